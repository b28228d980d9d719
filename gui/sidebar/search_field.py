"""The sidebar's search box: Esc with text in it clears the search."""

from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
)


class SearchField(QLineEdit):
    """The search box. Esc with text in it clears it (before any window shortcut on Esc).

    Signals:
        dismissed(): Esc cleared the search.
    """

    dismissed = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._clears(event):
            event.accept()  # the key comes here, not to a shortcut such as Stop (Esc)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clears(event):
            self.clear()
            self.dismissed.emit()
            return
        super().keyPressEvent(event)

    def _clears(self, event: QEvent) -> bool:
        return (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and bool(self.text())
        )
