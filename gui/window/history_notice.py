"""A red line above the conversation: something about saving or reading the history."""

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from core.history.store import HistoryStore


class HistoryNotice(QLabel):
    """Shows the history store's write errors (reported on its own thread) and a history
    file that had to be moved aside at start."""

    def __init__(self, history: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyNotice")
        self.setWordWrap(True)
        self.setAccessibleName("History warning")
        self.hide()
        self._relay = _WriteErrors(self)
        self._relay.write_failed.connect(self.show_message)
        history.on_write_error = self._relay.write_failed.emit
        if history.moved_aside is not None:
            self.show_message(
                "Rivulet could not read its history file, so it started a new one. "
                f"The old file is kept at {history.moved_aside}."
            )

    @Slot(str)
    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()


class _WriteErrors(QObject):
    """Signals:
    write_failed(str): a history write failed (emitted on the store's thread).
    """

    write_failed = Signal(str)
