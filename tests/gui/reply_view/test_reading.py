"""Reading while a reply streams: follow only at the bottom, jump back, select text,
text size, accessible names, and screenshots in light and dark (kept in artifacts/)."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QImage, QKeySequence, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.config.settings import Settings, SettingsStore
from gui.reply_view.conversation_view import ConversationView
from gui.reply_view.markdown_text import MarkdownText
from gui.reply_view.message_widget import MessageWidget
from gui.theme import dark_palette
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import app_palette, ask, type_and_send
from tests.support.fake_openai import (
    RICH_REPLY,
    FakeOpenAIServer,
    Part,
    Pause,
    Script,
    chunk,
    sse,
)

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts"


def paced_reply(paragraphs: int, pause: float = 0.02) -> Script:
    parts: list[Part] = [sse(chunk(role=True))]
    for n in range(paragraphs):
        parts += [sse(chunk(f"Paragraph {n}: the river keeps running.\n\n")), Pause(pause)]
    parts += [sse(chunk(finish="stop")), b"data: [DONE]\n\n"]
    return Script(parts=parts)


def test_the_view_follows_only_at_the_bottom_and_offers_a_jump(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    view = window.view
    bar = view.verticalScrollBar()
    server.enqueue(paced_reply(120))
    with qtbot.waitSignal(window.session.reply_ended, timeout=20_000):
        type_and_send(qtbot, window, "long, please")
        qtbot.waitUntil(lambda: bar.maximum() > 300, timeout=10_000)
        assert bar.value() == bar.maximum()  # following the reply
        bar.setValue(100)  # the reader scrolls up to read
        grown = bar.maximum()
        qtbot.waitUntil(lambda: bar.maximum() > grown + 100, timeout=10_000)
        assert bar.value() == 100  # it stays where they are
        assert view.jump_button.isVisible()
        # A pill, in either theme (it was a square block in the light one): the corners
        # show what is behind it, the middle of its top edge its own colour.
        shown = window.grab().toImage()
        ratio = shown.devicePixelRatio()
        where = view.jump_button.geometry().translated(view.mapTo(window, QPoint(0, 0)))
        left, top, right = (round(v * ratio) for v in (where.left(), where.top(), where.right()))
        fill = shown.pixelColor((left + right) // 2, top + round(2 * ratio))
        assert shown.pixelColor(left, top) != fill and shown.pixelColor(right, top) != fill
        qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
        assert bar.value() == bar.maximum() and view.following
        assert not view.jump_button.isVisible()
        grown = bar.maximum()
        qtbot.waitUntil(lambda: bar.maximum() > grown + 50, timeout=10_000)
        assert bar.value() == bar.maximum()  # following again


def test_a_frame_lays_out_and_follows_before_it_is_painted(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """The reply's new text and the scroll that follows it reach the screen in one paint:
    a frame's text, rendered in shares over a few turns, is laid out and followed after
    each share, before that share is painted (Qt alone would paint the text first and
    scroll only after it)."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    view = window.view
    bar = view.verticalScrollBar()
    server.enqueue(paced_reply(40, pause=0.5))
    type_and_send(qtbot, window, "long, please")
    qtbot.waitUntil(lambda: bool(view.messages) and view.messages[-1].has_text(), timeout=10_000)
    widget = view.messages[-1]
    markdown = widget.markdown
    assert markdown is not None
    paints = PaintLog(markdown, view)
    for n in range(3):
        before = bar.maximum()
        paints.seen.clear()
        # ~1,900 characters: more than one turn's share
        widget.queue_text("A line of its own, long enough to need room.\n\n" * 40)
        widget.flush()  # what the frame timer runs
        assert markdown.is_rendering(), n
        qtbot.waitUntil(lambda: not markdown.is_rendering() and bool(paints.seen))
        assert bar.maximum() > before, n
        assert bar.value() == bar.maximum(), n
        # At every paint the text had its height and the view had followed it down.
        assert paints.seen and all(paints.seen), (n, paints.seen)
    window.session.stop()


class PaintLog(QObject):
    """At each paint of a reply: whether its widget had grown to its text and the view had
    scrolled to show the reply's end."""

    def __init__(self, text: MarkdownText, view: ConversationView) -> None:
        super().__init__(text)
        self.seen: list[bool] = []
        self._text = text
        self._view = view
        text.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            text, port = self._text, self._view.viewport()
            grown = text.document().size().height() <= text.height()
            end = text.mapTo(port, QPoint(0, text.height())).y()
            self.seen.append(grown and end <= port.height() + 1)
        return False


def test_typing_warms_up_the_first_reply_and_shows_nothing(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    view = window.view
    assert not view.warmed
    qtbot.keyClicks(window.prompt, "He")
    qtbot.waitUntil(lambda: view.warm_done)
    # The sample reply was built hidden and is destroyed: the empty chat stays empty.
    qtbot.waitUntil(lambda: not view._column_widget.findChildren(MessageWidget))
    assert view.messages == [] and view.welcome.isVisible()
    assert window.prompt.toPlainText() == "He"
    ask(qtbot, window, "a question")  # and the first reply is shown as ever
    assert len(view.messages) == 2


def test_text_can_be_selected_while_the_reply_streams(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(paced_reply(40))
    with qtbot.waitSignal(window.session.reply_ended, timeout=20_000):
        type_and_send(qtbot, window, "go")
        qtbot.waitUntil(
            lambda: "Paragraph 3" in "".join(window.session.draft.parts), timeout=10_000
        )
        markdown = window.view.messages[-1].markdown
        assert markdown is not None
        cursor = markdown.textCursor()
        cursor.setPosition(0)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        markdown.setTextCursor(cursor)
        selected = markdown.textCursor().selectedText()
        assert selected.startswith("Paragraph 0")
    assert markdown.textCursor().selectedText() == selected  # kept while text arrived
    markdown.copy()
    assert QApplication.clipboard().text() == selected


def text_font(window: MainWindow) -> QFont:
    """The font a reply is actually drawn with."""
    reply = window.view.messages[-1].text_view
    reply.ensurePolished()
    return reply.document().defaultFont()


def test_text_size_changes_with_the_keyboard_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "something to read")
    before = text_font(window).pointSizeF()
    actions = {a.text(): a for a in window.findChildren(QAction)}
    larger = actions["&Larger text"]
    assert QKeySequence("Ctrl+=") in larger.shortcuts()
    assert actions["S&maller text"].shortcut() == QKeySequence("Ctrl+-")
    larger.trigger()
    larger.trigger()
    assert text_font(window).pointSizeF() == before + 2
    window.prompt.ensurePolished()
    assert window.prompt.font().pointSizeF() == before + 2
    # The one-line prompt grew with its text: no scroll bar for one line.
    assert window.prompt.height() >= window.prompt.fontMetrics().lineSpacing() + 4
    assert not window.prompt.verticalScrollBar().isVisible()
    window.close()
    assert SettingsStore(data_dir).load().text_size == before + 2
    again = make_window()
    assert text_font(again).pointSizeF() == before + 2
    actions = {a.text(): a for a in again.findChildren(QAction)}
    actions["S&maller text"].trigger()
    assert text_font(again).pointSizeF() == before + 1
    actions["&Default text size"].trigger()
    assert text_font(again).pointSizeF() == before


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(Script(parts=[]))  # default reply
    ask(qtbot, window, "hello")
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []


def _screenshot(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, name: str
) -> tuple[MainWindow, QImage, Path]:
    window = make_window(Settings.single(base_url=server.base_url, model="gpt-4o-mini"))
    server.enqueue(
        Script(parts=[sse(chunk(role=True)), sse(chunk(RICH_REPLY)), sse(chunk(finish="stop"))])
    )
    ask(qtbot, window, "Show me some markdown")
    window.view.scroll_to_bottom()
    qtbot.waitUntil(lambda: "tokens" in window.header.totals_text)  # the last to arrive
    image = window.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert image.save(str(path))
    return window, image, path


def test_a_rich_reply_screenshot_in_the_light_theme(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    _window, image, path = _screenshot(qtbot, make_window, server, "reply-light.png")
    assert path.stat().st_size > 10_000
    background = image.pixelColor(image.width() - 40, image.height() // 2)
    assert background.lightness() > 180


def test_a_rich_reply_screenshot_in_the_dark_theme(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    with app_palette(dark_palette()):
        window, image, _path = _screenshot(qtbot, make_window, server, "reply-dark.png")
        assert "#1b1b1f" in window.styleSheet()
        background = image.pixelColor(image.width() - 40, image.height() // 2)
        assert background.lightness() < 80
        code = window.view.messages[-1].markdown
        assert code is not None and "#17181c" in code.toHtml()  # dark code blocks


def test_the_window_follows_a_switch_to_dark_while_open(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    with app_palette() as app:
        window = make_window(Settings.single(base_url=server.base_url, model="m"))
        assert "#1b1b1f" not in window.styleSheet()
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: "#1b1b1f" in window.styleSheet())
