"""The sidebar's search box: Esc with text in it clears the search."""

from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QWidget

from gui.icons import icon


class SearchField(QLineEdit):
    """The search box. Esc with text in it clears it (before any window shortcut on Esc).

    Signals:
        dismissed(): Esc cleared the search.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A magnifier in front, in the placeholder's colour: it reads as a search box.
        self._magnifier = QAction(self)
        self.addAction(self._magnifier, QLineEdit.ActionPosition.LeadingPosition)
        self._tint()

    def _tint(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._magnifier.setIcon(icon("search", QColor(colour).name(), 16))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._tint()

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
