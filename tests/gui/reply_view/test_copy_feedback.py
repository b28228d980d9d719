"""Copy code in a reply confirms itself the way message Copy does: "Copied", briefly."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.reply_view.markdown_text import MarkdownText
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, hover
from tests.support.fake_openai import FakeOpenAIServer, reply_script


def link_area(view: MarkdownText) -> QRect:
    start = view.toPlainText().index("Copy code")
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(start)
    last.setPosition(start + len("Copy code"))
    return view.cursorRect(first).united(view.cursorRect(last))


def test_copy_code_says_copied_for_a_moment_like_message_copy(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.enqueue(reply_script(["Run this:\n\n```sh\necho hello\n```\n\nDone."]))
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "how do I greet?")
    widget = window.view.messages[-1]
    view = widget.markdown
    assert view is not None
    text = view.toPlainText()
    link = link_area(view)

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link.center())
    assert QGuiApplication.clipboard().text() == "echo hello"
    label = view.copied_label
    assert label is not None and label.isVisible()
    assert "Copied" in label.text()
    assert label.accessibleName() == "Code copied"
    shown = label.geometry()
    assert shown.left() > link.right() and shown.intersects(link.adjusted(0, 0, 400, 0))
    assert view.toPlainText() == text  # beside the text, not written into it
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3000)

    # The same confirmation as message Copy, which says "Copied" and then "Copy" again.
    hover(qtbot, widget)
    qtbot.mouseClick(widget.copy_button, Qt.MouseButton.LeftButton)
    assert widget.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: widget.copy_button.text() == "Copy", timeout=3000)


def test_copy_code_from_the_keyboard_confirms_too(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.enqueue(reply_script(["```\nfirst\n```"]))
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "code please")
    view = window.view.messages[-1].markdown
    assert view is not None
    view.setTextCursor(QTextCursor(view.document()))
    assert view.focusNextPrevChild(True)  # Tab onto the link
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "first"
    assert view.copied_label is not None and view.copied_label.isVisible()
