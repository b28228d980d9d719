"""Replies as Markdown: every element, streamed or at once, and the safety rules."""

from collections.abc import Iterable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.chat.conversation import Message, ReplyStatus, Role
from core.config.settings import Settings
from core.markdown.blocks import SOFT_LIMIT
from gui.reply_view.block_boxes import BOX_PADDING, CODE_BOX, QUOTE_BAR
from gui.reply_view.markdown_text import COPY_ICON, FRAME_BUDGET, MarkdownText
from gui.reply_view.message_widget import MessageWidget
from gui.reply_view.rich_documents import highlighter
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


def images_in(document: QTextDocument) -> list[str]:
    """The names of the images a document would load (and so fetch) to show itself."""
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def pieces(text: str, cuts: Iterable[int]) -> list[str]:
    edges = sorted({c for c in cuts if 0 < c < len(text)})
    return [text[a:b] for a, b in zip([0, *edges], [*edges, len(text)], strict=True)]


def stream(view: MarkdownText, text: str, cuts: Iterable[int]) -> None:
    """Feed `text` the way a streamed reply reaches it (pieces, then the end), checking
    after every piece that nothing the reply names would be loaded."""
    for piece in pieces(text, cuts):
        view.append_markdown(piece)
        assert images_in(view.document()) == [], f"after {piece!r}"
    view.finish()
    assert images_in(view.document()) == []


def awkward_cuts(text: str) -> Iterator[list[int]]:
    """One cut at every place, then a character at a time."""
    for cut in range(1, len(text)):
        yield [cut]
    yield list(range(1, len(text)))


def streamed_widget(qtbot: QtBot, text: str, cuts: Iterable[int]) -> MessageWidget:
    """A reply's widget fed as ChatSession feeds it: queued deltas, a frame at a time,
    then its outcome (which finishes the Markdown)."""
    widget = MessageWidget(Message(Role.ASSISTANT, "", ReplyStatus.STREAMING), "Assistant")
    qtbot.addWidget(widget)
    assert widget.markdown is not None
    for piece in pieces(text, cuts):
        widget.queue_text(piece)
        widget.flush()  # what the frame timer does
        assert images_in(widget.markdown.document()) == []
    widget.show_outcome(Message(Role.ASSISTANT, text, ReplyStatus.COMPLETE))
    assert images_in(widget.markdown.document()) == []
    return widget


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


RAW_HTML = "Hi <b>there</b> <img src=x onerror=alert(1)> <script>x()</script>"
HTML_BLOCK = (
    "<table><tr><td>\n<img src=http://127.0.0.1:9/x.png>\n</td></tr></table>\n\n"
    "<div onclick=alert(1)>\n\n*still* text\n\n</div>"
)


def test_a_megabyte_in_one_delta_is_rendered_a_share_per_turn_and_in_order(
    qtbot: QtBot, view: MarkdownText
) -> None:
    text = " ".join(f"w{n}" for n in range(200_000))  # ~1.3 MB, one paragraph
    view.append_markdown(text)
    shown = view.document().characterCount()
    share = SOFT_LIMIT + FRAME_BUDGET  # a long line is cut into blocks of SOFT_LIMIT
    assert 0 < shown <= share  # a share now, not the whole megabyte at once
    view.finish()  # the reply ends while most of it still waits: nothing is lost
    assert view.document().characterCount() <= share
    qtbot.waitUntil(lambda: view.document().characterCount() > len(text), timeout=30_000)
    assert view.toPlainText().replace("\n", " ") == text


def test_lists_and_tables_follow_the_text_with_no_empty_line_and_lists_are_tight(
    view: MarkdownText,
) -> None:
    view.set_markdown("Intro:\n\n1. one\n2. two\n\nThen:\n\n| A | B |\n|---|---|\n| 1 | 2 |")
    texts = [text for text, _fmt in blocks(view.document())]
    assert texts[:5] == ["Intro:", "one", "two", "Then:", "A"]
    items = [fmt for text, fmt in blocks(view.document()) if text in ("one", "two")]
    assert items[0].topMargin() > items[1].topMargin()  # set off from the text above
    assert items[1].topMargin() + items[0].bottomMargin() <= 6  # items close together


def test_raw_html_is_shown_as_text(view: MarkdownText) -> None:
    # The path streamed replies take: pieces, then the end.
    stream(view, RAW_HTML, range(5, len(RAW_HTML), 5))
    text = view.toPlainText()
    assert "<b>there</b>" in text and "<script>x()</script>" in text and "<img src=x" in text


@pytest.mark.parametrize("html", [RAW_HTML, HTML_BLOCK])
def test_raw_html_stays_text_however_the_deltas_cut_it(qtbot: QtBot, html: str) -> None:
    for cuts in awkward_cuts(html):
        widget = streamed_widget(qtbot, html, cuts)
        assert widget.markdown is not None
        shown = widget.markdown.toPlainText()
        for tag in ("<b>", "<img src=", "<script>", "<table>", "<div onclick=alert(1)>"):
            assert (tag in shown) == (tag in html), (tag, cuts)
        assert "<img" not in widget.markdown.toHtml(), cuts  # never a real element
        assert widget.plain_text() == html
        widget.deleteLater()


def test_images_are_links_and_never_fetched_however_the_deltas_cut_them(
    qtbot: QtBot, server: FakeOpenAIServer
) -> None:
    pixel = f"{server.base_url}/pixel.png"
    reply = (
        f"![a]({pixel}) ![b](file:///etc/hostname)\n"
        f'![ref][p]\n\n[p]: {pixel} "title"\n\n> ![quoted]({pixel})'
    )
    for cuts in awkward_cuts(reply):
        widget = streamed_widget(qtbot, reply, cuts)
        assert widget.markdown is not None
        text = widget.markdown.toPlainText()
        assert f"[image: {pixel}]" in text and "[image: file:///etc/hostname]" in text, cuts
        widget.deleteLater()
    assert not any("pixel" in r.path for r in server.requests)


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


LINKS = (
    "[a](https://example.com) [m](mailto:x@example.com) [f](file:///etc/passwd) "
    "[j](javascript:alert(1))"
)


def anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return found


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
        # The path streamed replies take, cut inside the link syntax.
        stream(view, LINKS, [3, 20, 31, 47, 60, 80, len(LINKS) - 4])
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
    # Each Copy link has the app's copy icon beside it: the document's own image, drawn.
    assert images_in(view.document()) == [COPY_ICON, COPY_ICON]
    drawn = view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(COPY_ICON))
    assert isinstance(drawn, QImage) and not drawn.isNull()


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


def test_colours_for_a_reply_closed_meanwhile_are_dropped(qtbot: QtBot) -> None:
    """The chat closes while its code is being coloured: the colours find nothing, and
    the live reply beside it still gets its own (CI crashed here once: the worker
    emitted a signal of the widget being deleted)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    closed, kept = MarkdownText(holder), MarkdownText(holder)
    code = "```python\ndef f(x):\n    return x\n```"
    closed.set_markdown(code)
    kept.set_markdown(code)
    shiboken6.delete(closed)  # at once, before its colours can have come back
    start = kept.toPlainText().index("def f") + 1

    def colour_of_def() -> str:
        probe = QTextCursor(kept.document())
        probe.setPosition(start)
        return probe.charFormat().foreground().color().name()

    plain = colour_of_def()  # colours arrive through the event loop, not yet run
    # One colouring worker, in order: once this is done, both deliveries have been sent.
    highlighter().submit(lambda: None).result(timeout=10)
    qtbot.waitUntil(lambda: colour_of_def() != plain, timeout=5000)
    assert not shiboken6.isValid(closed)


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
    boxed = [text for text, fmt in blocks(view.document()) if fmt.property(CODE_BOX) is not None]
    assert len(boxed) == 2 and "Copy code" in boxed[0] and boxed[1] == "x = 1"  # the code's own
    shaded = [
        text
        for text, fmt in blocks(view.document())
        if fmt.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert shaded == []  # the box is painted under the text, not a block's square shade


def _colour_at(image: QImage, x: float, y: float) -> QColor:
    scale = image.devicePixelRatio()
    return QColor(image.pixel(round(x * scale), round(y * scale)))


def test_code_sits_in_a_padded_rounded_box_and_a_quote_has_a_bar(
    qtbot: QtBot, view: MarkdownText
) -> None:
    view.set_markdown(
        "Before.\n\n> Quoted, first.\n>\n> Quoted, second.\n\n```\nx = 1\n```\n\nAfter."
    )
    qtbot.waitUntil(lambda: view.height() > 100)
    image = view.viewport().grab().toImage()
    document = view.document()
    layout = document.documentLayout()
    found = {b.text(): b for b in _all_blocks(document)}
    header = next(b for text, b in found.items() if "Copy code" in text)
    code = found["x = 1"]
    box = QColor(header.blockFormat().property(CODE_BOX))
    top = layout.blockBoundingRect(header).top() - BOX_PADDING[1]
    bottom = layout.blockBoundingRect(code).bottom() + BOX_PADDING[1]
    middle = (top + bottom) / 2
    assert _colour_at(image, 4, middle) == box  # inside, left of the text
    assert _colour_at(image, view.width() - 4, middle) == box  # to the right edge
    assert _colour_at(image, 0.5, top + 0.5) != box  # the corners are rounded
    assert _colour_at(image, 4, top - 3) != box  # a gap above and below
    assert _colour_at(image, 4, bottom + 3) != box
    before = layout.blockBoundingRect(found["Before."])
    after = layout.blockBoundingRect(found["After."])
    assert before.bottom() < top and bottom < after.top()
    # The code's text starts inside the padding, not at the box's edge.
    assert code.layout().lineAt(0).x() >= BOX_PADDING[0]
    # One bar down the whole quote, through the gap between its paragraphs.
    first = layout.blockBoundingRect(found["Quoted, first."])
    second = layout.blockBoundingRect(found["Quoted, second."])
    bar = QColor(found["Quoted, first."].blockFormat().property(QUOTE_BAR))
    for y in (first.center().y(), (first.bottom() + second.top()) / 2, second.center().y()):
        assert _colour_at(image, 3, y) == bar
    assert _colour_at(image, 3, before.center().y()) != bar


def _all_blocks(document: QTextDocument) -> list[QTextBlock]:
    found = []
    block = document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


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


def test_every_link_a_streamed_reply_shows_is_safe_to_click(qtbot: QtBot) -> None:
    browser = _Browser()
    schemes = ("http", "https", "mailto", "file", "javascript", "data")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, browser, "open")  # type: ignore[arg-type]
    reply = LINKS + " <https://example.org/auto> [d](data:text/html,<script>x</script>)"
    try:
        for cuts in awkward_cuts(reply):
            widget = streamed_widget(qtbot, reply, cuts)
            assert widget.markdown is not None
            assert browser.opened == []  # nothing opens by itself, mid-stream or after
            hrefs = anchors(widget.markdown.document())
            assert "https://example.com" in hrefs and "javascript:alert(1)" in hrefs, cuts
            refused: list[str] = []
            widget.markdown.link_refused.connect(refused.append)
            for href in hrefs:
                widget.markdown.anchorClicked.emit(QUrl(href))
            assert {QUrl(u).scheme() for u in browser.opened} <= {"http", "https", "mailto"}
            assert {QUrl(u).scheme() for u in refused} == {"file", "javascript", "data"}
            browser.opened.clear()
            widget.deleteLater()
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)


def _inline_code_background(text: MarkdownText) -> str:
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.toPlainText().index("inline code") + 2)
    return cursor.charFormat().background().color().name()


def test_a_shown_reply_takes_the_new_themes_colours(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """A trial switched to the dark theme with a reply open: its inline code became a
    white box under light text, and parts of its code vanished."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    window.theme.light()
    server.enqueue(reply_script([RICH_REPLY]))
    ask(qtbot, window, "show me")
    reply = window.view.messages[-1].markdown
    assert reply is not None
    light = _inline_code_background(reply)
    fresh_dark = MarkdownText(dark=True)
    fresh_dark.set_markdown(RICH_REPLY)
    window.theme.dark()
    qtbot.waitUntil(lambda: _inline_code_background(reply) == _inline_code_background(fresh_dark))
    assert light != _inline_code_background(fresh_dark)
    assert reply.toPlainText() == fresh_dark.toPlainText()  # nothing lost or doubled
    window.theme.light()
    qtbot.waitUntil(lambda: _inline_code_background(reply) == light)
