"""The sidebar folds away: with Ctrl+B or the header's button, and by itself while the
window is too narrow for it beside the conversation (it comes back when there is room,
unless the user folded it)."""

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

FOLD_BELOW = 760  # pixels of window width


class SidebarFold(QObject):
    def __init__(self, window: QWidget, sidebar: QWidget, focus_after: QWidget) -> None:
        super().__init__(window)
        self._sidebar = sidebar
        self._focus_after = focus_after  # where the keyboard goes when the sidebar folds
        self._wanted = True  # what the user last asked for
        self._narrow = window.width() < FOLD_BELOW
        sidebar.setVisible(not self._narrow)
        window.installEventFilter(self)

    @property
    def folded(self) -> bool:
        return self._sidebar.isHidden()

    @Slot()
    def toggle(self) -> None:
        self._wanted = self.folded
        self._show(self._wanted)

    def _show(self, shown: bool) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self._sidebar.isAncestorOf(focus)
        self._sidebar.setVisible(shown)
        if not shown and had_focus:
            self._focus_after.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent):
            narrow = event.size().width() < FOLD_BELOW
            if narrow != self._narrow:
                self._narrow = narrow
                self._show(self._wanted and not narrow)
        return False
