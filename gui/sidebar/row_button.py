"""The "…" button on the sidebar row under the mouse: it opens that chat's menu.

One real button moved from row to row, not one drawn by the delegate: a drawn button's
click also clicks the row (and opens the chat), and a real one has a tooltip and an
accessible name. The keyboard opens the same menu with the Menu key or Shift+F10.
"""

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QListView

from core.i18n import Context
from gui.icons import IconButton
from gui.sidebar.row_delegate import RowDelegate

BUTTON_MARGIN = 6

RowActions = Context("RowActions")


class RowButton(QObject):
    """Shows the "…" button on the hovered chat row of `view`.

    Signals:
        menu_requested(QModelIndex, QPoint): open the menu of this row, at this global point.
    """

    menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, view: QListView, delegate: RowDelegate) -> None:
        super().__init__(view)
        self._view = view
        self._delegate = delegate
        self.button = IconButton("ellipsis", "", view.viewport(), size=16)
        self.button.setObjectName("rowButton")
        self.retranslate()
        # Clicked with the mouse only: the keyboard has the Menu key on the row itself,
        # and one more tab stop per row would be in the way.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.hide()
        self.button.clicked.connect(self._on_button_clicked)
        view.setMouseTracking(True)
        view.entered.connect(self._on_view_entered)
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        # The rows moved under the mouse: the button goes until the mouse moves (the
        # view lays its rows out again later; asking it where they are now would crash).
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.clear)

    def retranslate(self) -> None:
        """Write the button's texts in the user's language (the sidebar calls this when
        the language changes)."""
        text = RowActions.tr("Chat actions")
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.button.setToolTip(RowActions.tr("Rename, pin, export or delete this chat"))

    @Slot(QModelIndex)
    def _on_view_entered(self, index: QModelIndex) -> None:
        self._show_on(index)

    @Slot()
    def _on_view_scrolled(self) -> None:
        # The row under the mouse is another one now (or gone).
        where = self._view.viewport().mapFromGlobal(QCursor.pos())
        inside = self._view.viewport().rect().contains(where)
        self._show_on(self._view.indexAt(where) if inside else QModelIndex())

    @Slot()
    def clear(self) -> None:
        """No button until the mouse moves again (a row is being renamed, or deleted)."""
        self._show_on(QModelIndex())

    def _show_on(self, index: QModelIndex) -> None:
        previous = self._hovered()
        enabled = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        editing = self._view.state() == QListView.State.EditingState
        if not enabled or editing:
            index = QModelIndex()
        self._delegate.hovered = QPersistentModelIndex(index)
        for changed in (previous, index):
            if changed.isValid():
                self._view.update(changed)
        if not index.isValid():
            self.button.hide()
            return
        rect = self._view.visualRect(index)
        size = self.button.sizeHint()
        self.button.move(
            rect.right() - size.width() - BUTTON_MARGIN,
            rect.top() + (rect.height() - size.height()) // 2,
        )
        self.button.resize(size)
        self.button.show()

    @Slot()
    def _on_button_clicked(self) -> None:
        index = self._hovered()
        if index.isValid():
            corner = self.button.geometry().bottomLeft()
            self.menu_requested.emit(index, self._view.viewport().mapToGlobal(corner))

    def _hovered(self) -> QModelIndex:
        hovered = self._delegate.hovered
        model = self._view.model()
        return model.index(hovered.row(), 0) if hovered.isValid() else QModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and not self.button.underMouse():
            self._show_on(QModelIndex())
        return False
