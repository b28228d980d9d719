"""Replies as Markdown: every element, streamed or at once, and the safety rules."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.settings import Settings
from gui.markdown_text import MarkdownText
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.fake_openai import RICH_REPLY, FakeOpenAIServer, reply_script


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[MarkdownText]:
    holder = QWidget()
    qtbot.addWidget(holder)
    text = MarkdownText(holder)
    holder.resize(700, 400)
    holder.show()
    yield text


def blocks(document: QTextDocument) -> list[tuple[str, QTextBlockFormat]]:
    found = []
    block = document.begin()
    while block.isValid():
        found.append((block.text(), block.blockFormat()))
        block = block.next()
    return found


def test_every_element_renders(view: MarkdownText) -> None:
    view.set_markdown(RICH_REPLY)
    document = view.document()
    rendered = blocks(document)
    texts = [t for t, _ in rendered]
    heading = next(f for t, f in rendered if t == "A rich reply")
    assert heading.toBlockFormat().headingLevel() == 2
    numbered = document.findBlock(document.toPlainText().index("numbered items"))
    assert numbered.textList() is not None
    quote = next(f for t, f in rendered if t.startswith("A block quote"))
    assert quote.intProperty(QTextFormat.Property.BlockQuoteLevel) == 1
    assert "Feature" in texts and "highlighted" in texts  # table cells are blocks
    code = next(f for t, f in rendered if t.startswith("def greet"))
    assert code.toBlockFormat().nonBreakableLines()  # a <pre> block
    assert view.codes == [
        "def greet(name: str) -> str:\n"
        "    # comments are coloured too\n"
        '    return f"Hello, {name}!"'
    ]
    html = view.toHtml()
    assert 'href="https://example.com"' in html
    assert "rivulet-copy:0" in html
    assert view.markdown_source() == RICH_REPLY


def test_streaming_in_any_pieces_ends_like_rendering_at_once(
    qtbot: QtBot, view: MarkdownText
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    at_once = MarkdownText(holder)
    at_once.set_markdown(RICH_REPLY)
    for start in range(0, len(RICH_REPLY), 7):
        view.append_markdown(RICH_REPLY[start : start + 7])
    view.finish()
    assert view.toPlainText() == at_once.toPlainText()
    assert view.codes == at_once.codes


def test_raw_html_is_shown_as_text(view: MarkdownText) -> None:
    view.set_markdown("Hi <b>there</b> <img src=x onerror=alert(1)> <script>x()</script>")
    text = view.toPlainText()
    assert "<b>there</b>" in text and "<script>x()</script>" in text and "<img src=x" in text


def test_images_are_links_and_never_fetched(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    pixel = f"{server.base_url}/pixel.png"
    local = "file:///etc/hostname"
    server.enqueue(reply_script([f"Look: ![tracker]({pixel}) and ![x]({local})\n\nDone."]))
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "show me")
    widget = window.view.messages[-1]
    assert widget.markdown is not None
    text = widget.markdown.toPlainText()
    assert f"[image: {pixel}]" in text and f"[image: {local}]" in text
    assert f'href="{pixel}"' in widget.markdown.toHtml()
    assert f'href="{local}"' not in widget.markdown.toHtml()  # only web links are links
    # Rendering done, and the server was never asked for the image.
    assert not any("pixel" in r.path for r in server.requests)
    assert widget.markdown.loadResource(2, QUrl(pixel)) is None


class _Browser(QObject):
    """Stands in for the system browser: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_links_open_only_for_web_and_mail_and_only_on_click(
    qtbot: QtBot, view: MarkdownText
) -> None:
    browser = _Browser()
    for scheme in ("http", "https", "mailto", "file", "javascript"):
        # The stubs ask for bytes, but PySide 6.11 accepts only str at run time.
        QDesktopServices.setUrlHandler(scheme, browser, "open")  # type: ignore[arg-type]
    try:
        view.set_markdown(
            "[a](https://example.com) [m](mailto:x@example.com) [f](file:///etc/passwd) "
            "[j](javascript:alert(1))"
        )
        assert browser.opened == []  # nothing opens by itself
        for url in ("https://example.com", "mailto:x@example.com"):
            view.anchorClicked.emit(QUrl(url))
        for url in ("file:///etc/passwd", "javascript:alert(1)"):
            with qtbot.waitSignal(view.link_refused):
                view.anchorClicked.emit(QUrl(url))
        assert browser.opened == ["https://example.com", "mailto:x@example.com"]
    finally:
        for scheme in ("http", "https", "mailto", "file", "javascript"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_each_code_block_has_a_copy_button(qtbot: QtBot, view: MarkdownText) -> None:
    view.set_markdown("```\nfirst\n```\n\ntext\n\n~~~sh\necho second\n~~~")
    assert view.codes == ["first", "echo second"]
    with qtbot.waitSignal(view.code_copied) as copied:
        view.anchorClicked.emit(QUrl("rivulet-copy:1"))
    assert copied.args == [1]
    assert QGuiApplication.clipboard().text() == "echo second"


def test_a_long_line_wraps_instead_of_widening(view: MarkdownText) -> None:
    view.set_markdown("x" * 20_000)
    assert view.document().idealWidth() <= view.viewport().width() + 1


def test_code_is_coloured_off_the_gui_thread(qtbot: QtBot, view: MarkdownText) -> None:
    view.set_markdown("Before.\n\n```python\ndef f(x):\n    return x  # done\n```\n\nAfter.")
    text = view.toPlainText()
    start = text.index("def f")
    assert text[start : start + len(view.codes[0])] == view.codes[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)  # inside "def"
    plain = cursor.charFormat().foreground().color().name()

    def colour_of_def() -> str:
        probe = QTextCursor(view.document())
        probe.setPosition(start + 1)
        return probe.charFormat().foreground().color().name()

    qtbot.waitUntil(lambda: colour_of_def() != plain, timeout=5000)  # "def" is coloured
    assert view.toPlainText() == text  # colours only: not a character moved


def test_copy_code_works_with_a_real_click_and_from_the_keyboard(
    qtbot: QtBot, view: MarkdownText
) -> None:
    view.set_markdown("```\nclicked\n```")
    position = view.toPlainText().index("Copy code") + 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    spot = view.cursorRect(cursor).center()
    with qtbot.waitSignal(view.code_copied):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert QGuiApplication.clipboard().text() == "clicked"
    QGuiApplication.clipboard().clear()
    view.setTextCursor(QTextCursor(view.document()))  # back at the start
    # What Tab does inside a text browser whose links take the keyboard: go to the next
    # link (False if there is none to go to).
    assert view.focusNextPrevChild(True)
    assert view.textCursor().selectedText() == "Copy code"
    with qtbot.waitSignal(view.code_copied):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "clicked"


def test_an_open_code_block_leaves_no_shade_behind(view: MarkdownText) -> None:
    reply = "| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n\nEnd."
    for start in range(0, len(reply), 3):
        view.append_markdown(reply[start : start + 3])
    view.finish()
    shaded = [
        text
        for text, fmt in blocks(view.document())
        if fmt.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert shaded == ["x = 1"]  # only the code itself


def test_text_added_after_an_end_shows_at_once(view: MarkdownText) -> None:
    # Continue on an interrupted reply appends to a message that had been finished.
    view.set_markdown("First part.\n\nSecond par")
    view.append_markdown("t goes on")
    assert view.toPlainText().endswith("Second part goes on")  # the open block is shown
    view.finish()
    assert view.toPlainText() == "First part.\nSecond part goes on"
    assert view.markdown_source() == "First part.\n\nSecond part goes on"


def test_continuing_a_reply_with_code_keeps_its_colours_in_place(
    qtbot: QtBot, view: MarkdownText
) -> None:
    view.set_markdown("```python\ndef a():\n    pass\n```\n\nThen")
    view.append_markdown(" more.\n\n```python\ndef b():\n    pass\n```")
    view.finish()
    text = view.toPlainText()
    start = text.index("def b")
    plain = QTextCursor(view.document())
    plain.setPosition(start + 1)
    before = plain.charFormat().foreground().color().name()

    def colour_at(position: int) -> str:
        probe = QTextCursor(view.document())
        probe.setPosition(position)
        return probe.charFormat().foreground().color().name()

    qtbot.waitUntil(lambda: colour_at(start + 1) != before, timeout=5000)
    assert view.codes == ["def a():\n    pass", "def b():\n    pass"]
    assert "Then more." in view.toPlainText()
