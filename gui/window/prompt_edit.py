"""The multi-line prompt field: Enter sends, Shift+Enter starts a new line."""

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from core.i18n import Context

PromptField = Context("PromptField")


class PromptEdit(QPlainTextEdit):
    """Signals:
    submitted(): Enter was pressed (without Shift); the text is left for the receiver.
    attachments_received(Received): files or images were pasted or dropped here (their
        names are not typed).
    focus_changed(bool): the keyboard came to the prompt (True) or left it.
    """

    submitted = Signal()
    attachments_received = Signal(object)
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hints = ("", "")  # the long hint and the short one, set in _retranslate
        self.setObjectName("prompt")
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_resized)
        self._on_document_resized()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(PromptField.tr("Message", "the field the prompt is typed in"))
        native = QKeySequence.SequenceFormat.NativeText
        self._hints = (
            PromptField.tr(
                "Ask anything…  ({enter} sends, {shift_enter} adds a line)",
                enter=QKeySequence("Enter").toString(native),
                shift_enter=QKeySequence("Shift+Enter").toString(native),
            ),
            PromptField.tr("Ask anything…", "the prompt's hint when the window is too narrow"),
        )
        self._fit_hint()

    def _fit_hint(self) -> None:
        # A hint that wraps is cut off (the field is one line high while empty): in a
        # narrow window only its first words show.
        room = self.viewport().width() - 2 * self.document().documentMargin()
        long, short = self._hints
        hint = long if self.fontMetrics().horizontalAdvance(long) <= room else short
        if hint != self.placeholderText():
            self.setPlaceholderText(hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
        )
        if is_enter and plain:
            self.submitted.emit()
            return
        if is_enter:
            self.insertPlainText("\n")  # Shift+Enter: a newline, not a paragraph break
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        from gui.window.images import received_in  # not needed for the first frame

        # Files copied in a file manager and pasted here: attached, not their names typed.
        received = received_in(source)
        if received:
            self.attachments_received.emit(received)
            return
        super().insertFromMimeData(source)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._on_document_resized()  # a new text size: new line heights
            self._fit_hint()

    def _on_document_resized(self) -> None:
        # Grow with the text from one to eight lines (wrapped ones too), then scroll.
        # A plain-text document's layout measures its height in lines.
        layout_lines = int(self.document().documentLayout().documentSize().height())
        lines = min(max(layout_lines, 1), 8)
        line_height = self.fontMetrics().lineSpacing()
        frame = int(self.document().documentMargin() * 2 + self.frameWidth() * 2)
        self.setFixedHeight(lines * line_height + frame + 4)
