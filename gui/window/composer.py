"""The composer under the conversation: attached images, the prompt, its buttons, and the
banner shown while an earlier prompt is being edited."""

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import Context
from gui.documents.chips import DocumentChips
from gui.icons import IconButton
from gui.reply_view.attachment_strip import AttachmentStrip
from gui.window.prompt_edit import PromptEdit

ComposerBar = Context("ComposerBar")


def native_keys(keys: str) -> str:
    """Keys as this platform writes them, in the user's language ("Ctrl+Shift+I", "⇧⌘I")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class Composer(QWidget):
    """Signals:
    send_clicked(): Send (or Stop, while a reply is under way) was pressed.
    attach_clicked(): the Attach button was pressed.
    edit_cancelled(): Cancel on the editing banner was pressed; the prompt is cleared.
    """

    send_clicked = Signal()
    attach_clicked = Signal()
    edit_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.editing: int | None = None  # index of the prompt being edited
        self._busy = False  # a reply is under way: Send is Stop

        self.edit_banner = QWidget(self)
        banner_row = QHBoxLayout(self.edit_banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self._banner_text = banner_text = QLabel(self.edit_banner)
        banner_text.setWordWrap(True)
        banner_text.setObjectName("hint")
        self.cancel_edit_button = QPushButton(self.edit_banner)
        self.cancel_edit_button.clicked.connect(self._on_cancel_edit_button_clicked)
        banner_row.addWidget(banner_text, 1)
        banner_row.addWidget(self.cancel_edit_button)
        self.edit_banner.hide()

        self.prompt = PromptEdit(self)
        self.send_button = IconButton("arrow-up", "", self, size=20)
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.send_clicked)
        self.attachments = AttachmentStrip(self)
        self.attach_button = IconButton("paperclip", "", self, size=20)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.attach_clicked)

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 14)
        column.setSpacing(6)
        column.addWidget(self.edit_banner)
        column.addWidget(self.attachments)
        self.documents = DocumentChips(self)
        column.addWidget(self.documents)
        # One rounded box, as in the chat apps people know: attach, the prompt, send.
        self.box = QFrame(self)
        self.box.setObjectName("composerBox")
        row = QHBoxLayout(self.box)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(4)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.prompt, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.prompt.focus_changed.connect(self._on_prompt_focus_changed)
        column.addWidget(self.box)
        self._retranslate()

    def _retranslate(self) -> None:
        self._banner_text.setText(
            ComposerBar.tr(
                "Editing an earlier prompt. Sending it starts a new chat from that point; "
                "the original chat stays as it is."
            )
        )
        self.cancel_edit_button.setText(ComposerBar.tr("Cancel", "stop editing a prompt"))
        self.cancel_edit_button.setAccessibleName(ComposerBar.tr("Cancel editing"))
        attach = ComposerBar.tr("Attach files or images")
        self.attach_button.setText(attach)
        self.attach_button.setAccessibleName(attach)
        self.attach_button.setToolTip(
            ComposerBar.tr(
                "Attach files or images (or drop them here)  {key}",
                key=native_keys("Ctrl+Shift+I"),
            )
        )
        self._write_send_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _write_send_button(self) -> None:
        button = self.send_button
        if self._busy:
            button.setText(ComposerBar.tr("Stop", "stop the reply being written"))
            button.setAccessibleName(ComposerBar.tr("Stop the reply"))
            button.setToolTip(ComposerBar.tr("Stop the reply  ({key})", key=native_keys("Esc")))
        else:
            button.setText(ComposerBar.tr("Send", "send the prompt"))
            button.setAccessibleName(ComposerBar.tr("Send", "send the prompt"))
            button.setToolTip(ComposerBar.tr("Send  ({key})", key=native_keys("Enter")))

    def set_busy(self, busy: bool) -> None:
        """Send becomes Stop (and Esc presses it) while a reply is under way."""
        self._busy = busy
        self._write_send_button()
        self.send_button.set_icon_name("square" if busy else "arrow-up")
        self.send_button.setShortcut(QKeySequence("Esc") if busy else QKeySequence())

    def start_editing(self, index: int, text: str) -> None:
        self.editing = index
        self.prompt.setPlainText(text)
        self.edit_banner.show()
        self.prompt.setFocus()
        self.prompt.moveCursor(QTextCursor.MoveOperation.End)

    def stop_editing(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.edit_banner.hide()

    def clear(self) -> None:
        """After a prompt was sent: empty, not editing."""
        self.prompt.clear()
        self.attachments.clear()
        self.documents.clear()
        self.stop_editing()

    @Slot(bool)
    def _on_prompt_focus_changed(self, focused: bool) -> None:
        # The box shows where the keyboard is (the prompt inside has no frame of its own).
        self.box.setProperty("focused", focused)
        self.box.style().unpolish(self.box)
        self.box.style().polish(self.box)

    @Slot()
    def _on_cancel_edit_button_clicked(self) -> None:
        self.stop_editing()
        self.prompt.clear()
        self.prompt.setFocus()
        self.edit_cancelled.emit()
