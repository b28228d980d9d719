"""A red line above the conversation: something about saving or reading the history."""

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from core.history.store import HistoryStore
from core.i18n import Context

HistoryWarning = Context("HistoryWarning")


class HistoryNotice(QLabel):
    """Shows the history store's write errors (reported on its own thread) and a history
    file that had to be moved aside at start."""

    def __init__(self, history: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyNotice")
        self.setWordWrap(True)
        self.hide()
        self._relay = _WriteErrors(self)
        self._relay.write_failed.connect(self.show_message)
        history.on_write_error = self._relay.write_failed.emit
        self._moved_aside = history.moved_aside
        self._showing_moved_aside = False  # the message shown is the one written here
        self._retranslate()
        if self._moved_aside is not None:
            self._show_moved_aside()

    def _retranslate(self) -> None:
        self.setAccessibleName(HistoryWarning.tr("History warning"))
        if self._showing_moved_aside:
            self._show_moved_aside()

    def _show_moved_aside(self) -> None:
        self.show_message(
            HistoryWarning.tr(
                "Rivulet could not read its history file, so it started a new one. "
                "The old file is kept at {path}.",
                path=self._moved_aside,
            )
        )
        self._showing_moved_aside = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot(str)
    def show_message(self, message: str) -> None:
        self._showing_moved_aside = False
        self.setText(message)
        self.show()


class _WriteErrors(QObject):
    """Signals:
    write_failed(str): a history write failed (emitted on the store's thread).
    """

    write_failed = Signal(str)
