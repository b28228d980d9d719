"""Read-only, selectable text whose height follows its content."""

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from gui.reply_view.block_boxes import paint_boxes

LAYOUT_DEPTH = 6


class MessageText(QTextBrowser):
    """Read-only, selectable text whose height follows its content (the view scrolls, not
    it), up to a cap when one is set (a long prompt, folded).

    Signals:
        cut_changed(bool): whether the cap now hides part of the text.
    """

    cut_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cap: int | None = None
        # Set once a code box or a quote bar is in the text: most replies have neither,
        # and their paints skip the walk over the blocks on screen.
        self.has_boxes = False
        self.cut_off = False
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(0)  # align the text with the title above it
        self.viewport().setAutoFillBackground(False)
        self.setObjectName("messageText")  # transparent, by the window's stylesheet
        self.document().documentLayout().documentSizeChanged.connect(self._on_layout_resized)
        self._end = QTextCursor(self.document())
        self._end.movePosition(QTextCursor.MoveOperation.End)

    def append_plain(self, text: str) -> None:
        self._end.movePosition(QTextCursor.MoveOperation.End)
        self._end.insertText(text)

    def settle(self) -> None:
        """Lay the text out now, and the view around it (following a growing reply).
        Qt would do both lazily, the second only after painting the first: two paints
        of the whole reply per streamed frame instead of one (measured, ~3 ms each)."""
        self._on_layout_resized()  # asking the size lays the document out
        # Each pass lays out one level more (message, column, content, scroll area);
        # passes beyond the tree's depth find nothing to do.
        for _ in range(LAYOUT_DEPTH):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Under the text: code boxes and quote bars, which the document cannot draw.
        if self.has_boxes:
            painter = QPainter(self.viewport())
            paint_boxes(painter, self.document(), event.rect())
            painter.end()
        super().paintEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Never scrolled itself (it is as tall as its text, or folded at its start): the
        # wheel scrolls the conversation around it.
        event.ignore()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def set_height_cap(self, cap: int | None) -> None:
        """Show at most `cap` pixels of the text (None: all of it)."""
        self._cap = cap
        self._on_layout_resized()

    @Slot()
    def _on_layout_resized(self) -> None:
        height = int(self.document().size().height()) + 2
        cut = self._cap is not None and height > self._cap
        if cut and self._cap is not None:
            height = self._cap
        if height != self.height():
            self.setFixedHeight(height)
        if cut and not self.textCursor().hasSelection():
            # A folded prompt shows its first lines. Its own text cursor was pushed to the
            # end by the text put in before it, and keeping it in view scrolled there.
            start = self.textCursor()
            start.movePosition(QTextCursor.MoveOperation.Start)
            self.setTextCursor(start)
            self.verticalScrollBar().setValue(0)
        if cut != self.cut_off:
            self.cut_off = cut
            self.cut_changed.emit(cut)
