"""The documents a reply is drawn with: Markdown blocks styled for reading, links that
never fetch anything, and code blocks coloured on a worker thread shared by the app."""

from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from core.i18n import Context
from gui.reply_view.block_boxes import QUOTE_BAR, QUOTE_INDENT

RichDocuments = Context("RichDocuments")

MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def code_background(dark: bool) -> str:
    return "#17181c" if dark else "#e8e8ec"


_pool: list[ThreadPoolExecutor] = []
_quit_hooked: list[QCoreApplication] = []


def highlighter() -> ThreadPoolExecutor:
    if not _pool:  # one worker for the app, made with the first code block
        _pool.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="rivulet-colours"))
        app = QCoreApplication.instance()
        if app is not None and app not in _quit_hooked:
            # Its thread would otherwise outlive the window: the interpreter waits for it
            # at exit, through whatever colouring is still queued.
            app.aboutToQuit.connect(shutdown_highlighter)
            _quit_hooked.append(app)
    return _pool[0]


def shutdown_highlighter() -> None:
    """End the colouring thread (the app quits); colours not worked out yet are dropped."""
    while _pool:
        _pool.pop().shutdown(wait=True, cancel_futures=True)


def markdown_document(block: str, dark: bool, *, final: bool) -> QTextDocument:
    document = QTextDocument()
    document.setMarkdown(block, MARKDOWN)
    # Walking a document's fragments costs more than parsing it: only when the text
    # can hold what the walk looks for. Images always (they must never be fetched);
    # the finishing touches (quotes, code spans, link colour) once a block is finished,
    # not on every frame of the open one.
    if "![" in block:
        images_to_links(document, dark)
    if document.begin().textList() is not None:
        tighten_lists(document)
    if final and any(mark in block for mark in (">", "`", "[", "http", "www.", "@")):
        style_document(document, dark)
    return document


def style_document(document: QTextDocument, dark: bool) -> None:
    """What Qt's Markdown reader leaves plain: quotes set off, inline code shaded.

    Runs once per finished block, on the GUI thread: the fragments are read first, one
    format each, and the changes made after with one cursor (a cursor and two format
    reads per fragment were most of a streamed frame's time)."""
    coloured = QTextCharFormat()
    coloured.setForeground(link_colour(dark))
    code = QTextCharFormat()
    code.setBackground(QColor(code_background(dark)))
    quoted = QTextCharFormat()
    quoted.setForeground(QColor("#a3a3a8" if dark else "#5f6068"))
    quoted.setFontItalic(True)
    quote_level = QTextFormat.Property.BlockQuoteLevel
    changes: list[tuple[int, int, QTextCharFormat]] = []
    quotes: list[tuple[QTextBlock, int]] = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().intProperty(quote_level)
        if level > 0:
            quotes.append((block, level))
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isAnchor():
                changes.append((fragment.position(), fragment.length(), coloured))
            elif char_format.fontFixedPitch():
                changes.append((fragment.position(), fragment.length(), code))
            iterator += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, change in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(change)
    bar = quote_bar_colour(dark)
    for block, level in quotes:
        cursor = QTextCursor(block)
        fmt = block.blockFormat()
        # Indented on the side its lines start on: the right for Arabic or Hebrew text.
        if block.textDirection() == Qt.LayoutDirection.RightToLeft:
            fmt.setRightMargin(QUOTE_INDENT * level)
            fmt.setLeftMargin(0)
        else:
            fmt.setLeftMargin(QUOTE_INDENT * level)
        fmt.setProperty(QUOTE_BAR, bar)
        cursor.setBlockFormat(fmt)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(quoted)


LIST_ITEM_GAP = 3  # pixels above and below a list item (Qt's reader gives 6: loose)


def tighten_lists(document: QTextDocument) -> None:
    """List items spaced like a document's, not a paragraph's apart."""
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            fmt = block.blockFormat()
            fmt.setTopMargin(LIST_ITEM_GAP)
            fmt.setBottomMargin(LIST_ITEM_GAP)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def images_to_links(document: QTextDocument, dark: bool) -> None:
    """Replace every image with a link to it: shown, never fetched."""
    found: list[tuple[int, str]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                name = fragment.charFormat().toImageFormat().name()
                found.extend((fragment.position() + i, name) for i in range(fragment.length()))
            iterator += 1
        block = block.next()
    for position, name in reversed(found):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        link = QTextCharFormat()
        scheme = urlsplit(name).scheme.lower()
        if scheme in ("http", "https"):
            link.setAnchor(True)
            link.setAnchorHref(name)
            link.setForeground(link_colour(dark))
            link.setFontUnderline(True)
        cursor.insertText(
            # Shown in a reply instead of an image; `name` is its address.
            RichDocuments.tr("[image: {address}]", address=name),
            link,
        )


def quote_bar_colour(dark: bool) -> QColor:
    return QColor("#5c5d66" if dark else "#c4c5cc")


def link_colour(dark: bool) -> QColor:
    # Qt's default link blue (#0000ff) is unreadable on a dark background.
    return QColor("#7cb4ff" if dark else "#1a5fd0")


Span = tuple[int, int, str, bool, bool]  # offset, length, colour, bold, italic


def colour_spans(code: str, language: str, dark: bool) -> list[Span]:
    """Where the colours go in `code` (Pygments tokens and its style's colours).

    Runs on a worker thread: making a lexer compiles its regular expressions, ~100 ms
    the first time for Python, which the window must not wait for.
    """
    from pygments.lexers import get_lexer_by_name
    from pygments.styles import get_style_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return []
    style = get_style_by_name("monokai" if dark else "default")
    spans: list[Span] = []
    offset = 0
    for token, value in lexer.get_tokens(code):
        look = style.style_for_token(token)
        if look["color"] or look["bold"] or look["italic"]:
            spans.append((offset, len(value), look["color"] or "", look["bold"], look["italic"]))
        offset += len(value)
    return spans
