"""A reply rendered as Markdown, block by block, safely.

Only the open block at the end is rendered again as text streams in; sealed blocks
(`core.markdown.blocks`) are rendered once and never touched, so the work per frame does not
grow with the reply. Model output is untrusted: raw HTML stays text (Qt's Markdown
reader with `MarkdownNoHTML`), images become links and nothing is ever fetched
(`loadResource` refuses everything), and a link opens in the system browser only when
clicked and only for http, https and mailto.
"""

import html
import weakref
from collections import deque
from concurrent.futures import Future

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QWidget

from core.i18n import Context
from core.markdown.blocks import BlockSplitter
from gui.background import call_on_gui_thread
from gui.icons import icon
from gui.reply_view.block_boxes import box_blocks
from gui.reply_view.message_text import MessageText
from gui.reply_view.rich_documents import (
    Span,
    code_background,
    colour_spans,
    highlighter,
    link_colour,
    markdown_document,
)

OPENABLE = {"http", "https", "mailto"}
BLOCK_GAP = 8  # pixels between paragraphs, lists, tables...
# Characters of finished blocks rendered per turn of the event loop: ~1 ms per 1,000
# (measured). A fast stream brings a few thousand per frame: rendered in one turn they
# kept the window from input for 10-20 ms. Shares of 1,000 (each laid out and painted)
# took the p99 gap 13.0 -> 9.2 ms for 22% of the streaming rate (a firehose's: a model
# sends a few hundred characters a second).
FRAME_BUDGET = 1_000
COPY_SCHEME = "rivulet-copy"
COPY_ICON = "rivulet-icon:copy"
COPIED_MS = 1500  # how long "Copied" shows beside a code block's Copy link, as message Copy

ReplyMarkdown = Context("ReplyMarkdown")


class MarkdownText(MessageText):
    """Signals:
    code_copied(int): the Copy button of code block n was pressed (its code is on the
        clipboard).
    link_refused(str): a link with a scheme Rivulet does not open was clicked.
    """

    code_copied = Signal(int)
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self._dark = dark
        self._splitter = BlockSplitter()
        self._tail_start: int | None = None  # where the open block's rendering begins
        self._tail_block_format = QTextBlockFormat()  # of the block at _tail_start
        self.codes: list[str] = []  # the code of each block, for its Copy button
        self._source: list[str] = []
        self._waiting: deque[str] = deque()  # sealed blocks not rendered yet
        self._finished = False
        self._more = QTimer(self)  # renders the next share of waiting blocks
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._on_more_timeout)
        self._code_language: str | None = None  # of the code block just rendered
        self._layout_number = 0  # bumped when the reply is laid out again from its source
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.copied_label: QLabel | None = None  # "Copied", over the link just used
        # Links (and Copy code) work by mouse and from the keyboard (Tab, then Enter).
        self.setTextInteractionFlags(
            self.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    # -- feeding -----------------------------------------------------------------
    def append_markdown(self, text: str) -> None:
        """Streamed text: seal what it finishes, show the rest as the open block."""
        if self._finished:
            # Continue on an unfinished reply: its last block may go on mid-word, so the
            # reply is laid out again from its source, once (a user's action, not a frame).
            text = "".join(self._source) + text
            self._reset()
        self._source.append(text)
        self._waiting.extend(self._splitter.feed(text))
        if not self._more.isActive():  # else a turn of its own renders them, in order
            self._drain()

    def _reset(self) -> None:
        self._layout_number += 1
        self.clear()
        self._splitter = BlockSplitter()
        self._tail_start = None
        self._tail_block_format = QTextBlockFormat()
        self._waiting.clear()
        self._more.stop()
        self._source.clear()
        self.codes.clear()
        self._finished = False

    def finish(self) -> None:
        """The reply ended: render what was open as finished blocks."""
        self._finished = True
        self._waiting.extend(self._splitter.finish())
        if not self._more.isActive():
            self._drain()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # The theme changed: code boxes, inline code and links were coloured for the
            # other one (white boxes under light text in a dark theme).
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            if dark != self._dark:
                self._render_again(dark)
        elif event.type() == QEvent.Type.LanguageChange and self.codes:
            self._render_again(self._dark)  # each code block's "Copy code" is in its text

    def _render_again(self, dark: bool) -> None:
        source, finished = "".join(self._source), self._finished
        self._reset()
        self._dark = dark
        if finished:
            self.set_markdown(source)
        elif source:
            self.append_markdown(source)  # a reply still arriving: the rest follows

    def set_markdown(self, text: str) -> None:
        """A stored reply, rendered at once."""
        self._source.append(text)
        self._waiting.extend(self._splitter.feed(text))
        self._waiting.extend(self._splitter.finish())
        self._finished = True
        self._drain(budget=None)

    def _drain(self, budget: int | None = FRAME_BUDGET) -> None:
        """Render waiting blocks, at most `budget` characters of them now (a single 1 MB
        delta seals 250 blocks at once: rendering them all in one go would freeze the
        window); the rest, and then the open block, on the next turns of the event loop."""
        sealed: list[str] = []
        size = 0
        while self._waiting and (budget is None or size < budget):
            block = self._waiting.popleft()
            sealed.append(block)
            size += len(block)
        if self._waiting:
            self._render(sealed, None)
            self._more.start()
        else:
            self._render(sealed, "" if self._finished else self._splitter.tail)

    @Slot()
    def _on_more_timeout(self) -> None:
        self._drain()
        # As a frame does (MessageWidget.flush): lay out and follow now, so that the
        # share's paint shows its text and the scroll that follows it together.
        self.settle()

    def stop_rendering(self) -> None:
        """Render no more of what waits (the message is going away)."""
        self._more.stop()

    def is_rendering(self) -> bool:
        """Whether finished blocks still wait for a turn of their own."""
        return bool(self._waiting)

    def has_source(self) -> bool:
        """Whether any text came (cheap: stops at the first piece with any)."""
        return any(self._source)

    def markdown_source(self) -> str:
        """The Markdown as it arrived (what Copy copies)."""
        return "".join(self._source)

    # -- rendering -----------------------------------------------------------------
    def _render(self, sealed: list[str], tail: str | None) -> None:
        """Replace the open block's rendering with `sealed` blocks, then `tail` (None:
        leave no open block shown for now)."""
        if not sealed and tail is None:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if self._tail_start is not None:
            cursor.setPosition(self._tail_start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            # Removing across blocks can leave the open block's format (a code block's
            # shade, say) on the block where it started: put that block's own back.
            cursor.setBlockFormat(self._tail_block_format)
        for block in sealed:
            self._insert(cursor, block, final=True)
        self._tail_start = cursor.position()
        self._tail_block_format = cursor.blockFormat()
        if tail:
            self._insert(cursor, tail, final=False)
        cursor.endEditBlock()

    def _insert(self, cursor: QTextCursor, block: str, *, final: bool) -> None:
        spaced = cursor.position() > 0
        if spaced:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start = cursor.position()
        if block.lstrip(" ").startswith(("```", "~~~")):
            rendered = self._code_document(block, final=final)
            self.has_boxes = True
        else:
            rendered = markdown_document(block, self._dark, final=final)
            self.has_boxes = self.has_boxes or (final and ">" in block)  # a quote, maybe
        cursor.insertFragment(QTextDocumentFragment(rendered))
        first = self.document().findBlock(start)
        if _opens_its_own_block(rendered):
            # A list or a table does not merge into the block made for it: that block
            # would stay as an empty line above it. Take it out; the list or table has
            # its own margins.
            if spaced and not first.text():
                gap = QTextCursor(self.document())
                gap.setPosition(start - 1)
                gap.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
                gap.removeSelectedText()
                item = self.document().findBlock(start)
                if item.textList() is not None:  # the gap a blank line makes, as paragraphs
                    fmt = item.blockFormat()
                    fmt.setTopMargin(BLOCK_GAP)
                    QTextCursor(item).setBlockFormat(fmt)
            return
        # The fragment's first block merges into the block the cursor is in and takes its
        # format: give it back its own (heading, quote, code...), plus the gap a blank
        # line makes between blocks.
        fmt = first.blockFormat()
        for key, value in rendered.begin().blockFormat().properties().items():
            if key != QTextFormat.Property.ObjectIndex.value:
                fmt.setProperty(key, value)
        if spaced:
            fmt.setTopMargin(max(fmt.topMargin(), BLOCK_GAP))
        QTextCursor(first).setBlockFormat(fmt)
        if final and self._code_language is not None:
            # The code is the fragment's last lines; sealed text never moves, so its
            # place stays valid until the colours arrive.
            code = self.codes[-1]
            self._colour(cursor.position() - len(code), code, self._code_language)
            self._code_language = None

    def _colour(self, position: int, code: str, language: str) -> None:
        if not language or not code:
            return
        future = highlighter().submit(colour_spans, code, language, self._dark)
        layout = self._layout_number
        alive = weakref.ref(self)  # the worker never holds the widget itself

        def deliver(done: "Future[list[Span]]") -> None:  # on the worker thread
            if done.cancelled() or done.exception() is not None:
                return  # left uncoloured (the app quit, or Pygments failed): still readable
            # Not a signal of this widget: the chat may be closing it right now.
            call_on_gui_thread(alive, lambda text: text._apply_colours(position, layout, done))

        future.add_done_callback(deliver)

    def _apply_colours(self, position: int, layout: int, future: "Future[list[Span]]") -> None:
        if layout != self._layout_number:
            return  # the reply was laid out again since (Continue): positions moved
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for offset, length, colour, bold, italic in future.result():
            cursor.setPosition(position + offset)
            cursor.setPosition(position + offset + length, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            if colour:
                fmt.setForeground(QColor(f"#{colour}"))
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if italic:
                fmt.setFontItalic(True)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def _code_document(self, block: str, *, final: bool) -> QTextDocument:
        lines = block.split("\n")
        language = lines[0].strip().lstrip("`~").strip().split(" ")[0]
        code = "\n".join(lines[1:-1])
        shown = html.escape(code)  # coloured later, off this thread (`_colour`)
        background = code_background(self._dark)
        header = ""
        if final:
            self.codes.append(code)
            self._code_language = language
            number = len(self.codes) - 1
            label = html.escape(language) + " · " if language else ""
            link = link_colour(self._dark).name()
            muted = "#a3a3a8" if self._dark else "#5f6068"  # WCAG AA on the reply
            # In the language of the moment the block is finished (it is never redrawn).
            copy = html.escape(ReplyMarkdown.tr("Copy code", "a link over a block of code"))
            header = (
                f'<p style="margin:0"><span style="color:{muted}">{label}</span>'
                f'<img src="{COPY_ICON}" width="14" height="14">&nbsp;'
                f'<a href="{COPY_SCHEME}:{number}">'
                f'<span style="color:{link}">{copy}</span></a></p>'
            )
        document = QTextDocument()
        if final:
            # Ours, in both documents: neither looks it up anywhere else.
            self._add_copy_icon(document, link_colour(self._dark).name())
            self._add_copy_icon(self.document(), link_colour(self._dark).name())
        document.setHtml(f'{header}<pre style="margin:4px 0">{shown}</pre>')
        box_blocks(document, QColor(background), BLOCK_GAP)
        return document

    @staticmethod
    def _add_copy_icon(document: QTextDocument, colour: str) -> None:
        """The copy icon beside each code block's Copy link, a resource of `document`
        (found before anything is loaded), drawn at twice its size for HiDPI screens."""
        pixmap = icon("copy", colour).pixmap(QSize(14, 14), 2.0)
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(COPY_ICON), pixmap.toImage()
        )

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None  # never fetch anything a reply names (tracking pixels, local files)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == COPY_SCHEME:
            number = int(url.path()) if url.path().isdigit() else -1
            if 0 <= number < len(self.codes):
                QGuiApplication.clipboard().setText(self.codes[number])
                self._show_copied(number)
                self.code_copied.emit(number)
        elif scheme in OPENABLE:
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url.toString())

    def _show_copied(self, number: int) -> None:
        """Say "Copied" beside code block `number`'s Copy link for a moment. Laid over
        the text, not written into it: the link keeps its keyboard focus, and text after
        it keeps its positions."""
        link = self._copy_link(number)
        if link is None:
            return
        label = self.copied_label
        if label is None:
            label = self.copied_label = QLabel(self.viewport())
            label.setObjectName("codeCopied")
            timer = QTimer(label)  # with the label, so it dies with it
            timer.setSingleShot(True)
            timer.setInterval(COPIED_MS)
            timer.timeout.connect(label.hide)
            self._copied_timer = timer
        label.setText(ReplyMarkdown.tr("✓ Copied", "said beside a code block's Copy link"))
        label.setAccessibleName(ReplyMarkdown.tr("Code copied"))
        label.setFont(self.font())
        label.setForegroundRole(self.foregroundRole())
        label.adjustSize()
        gap = label.fontMetrics().horizontalAdvance("  ")
        x = min(link.right() + gap, self.viewport().width() - label.width())
        label.move(max(x, 0), link.top() + (link.height() - label.height()) // 2)
        label.show()
        label.raise_()
        self._copied_timer.start()
        QAccessible.updateAccessibility(
            QAccessibleAnnouncementEvent(self, ReplyMarkdown.tr("Code copied"))
        )

    def _copy_link(self, number: int) -> QRect | None:
        """Where code block `number`'s Copy link is, in the viewport."""
        href = f"{COPY_SCHEME}:{number}"
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                    start = QTextCursor(self.document())
                    start.setPosition(fragment.position())
                    end = QTextCursor(self.document())
                    end.setPosition(fragment.position() + fragment.length())
                    return self.cursorRect(start).united(self.cursorRect(end))
                iterator += 1
            block = block.next()
        return None


def _opens_its_own_block(document: QTextDocument) -> bool:
    """Whether the document starts with a list or a table (which never merge into the
    block before them when inserted)."""
    first = document.begin()
    if first.textList() is not None:
        return True
    # A table is a frame, and a document always has a block before its first frame.
    second = first.next()
    return not first.text() and second.isValid() and QTextCursor(second).currentTable() is not None
