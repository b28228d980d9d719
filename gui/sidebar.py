"""The sidebar: every conversation, newest first, with search, rename, and delete with undo."""

import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.conversation import Role
from core.store import HistoryStore

SEARCH_DELAY_MS = 150
_WHO = {Role.USER: "You", Role.ASSISTANT: "Reply", Role.SYSTEM: "System"}
UNDO_SECONDS = 10
_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    conversation_id: str
    title: str
    stamp: float  # last used
    detail: str = ""  # for a search hit: what matched
    message_id: str = ""  # set for search hits

    @property
    def is_hit(self) -> bool:
        return bool(self.message_id)


def when(stamp: float, now: float | None = None) -> str:
    """A short, friendly time: "Today 14:02", "Yesterday", "3 Nov 2026"."""
    day = time.localtime(stamp)
    today = time.localtime(now if now is not None else time.time())
    if day.tm_year == today.tm_year and day.tm_yday == today.tm_yday:
        return time.strftime("Today %H:%M", day)
    if day.tm_year == today.tm_year and day.tm_yday == today.tm_yday - 1:
        return "Yesterday"
    return f"{day.tm_mday} {time.strftime('%b %Y', day)}"


class ConversationListModel(QAbstractListModel):
    """Rows of conversations (or of search hits); titles are editable in place.

    Signals:
        title_edited(str, str): the user renamed conversation `id` to `title`.
    """

    title_edited = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Formatted here, for the rows on screen only: 10,000 rows load in one go.
            return f"{row.title}\n{row.detail if row.is_hit else when(row.stamp)}"
        if role == Qt.ItemDataRole.EditRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.rows[index.row()].is_hit:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self, index: _AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        title = " ".join(str(value).split())
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not title:
            return False
        row = self.rows[index.row()]
        if title != row.title:
            row.title = title
            self.dataChanged.emit(index, index)
            self.title_edited.emit(row.conversation_id, title)
        return True

    def replace(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, conversation_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row.conversation_id == conversation_id and not row.is_hit:
                return number
        return -1

    def move_to_top(self, conversation_id: str, title: str) -> None:
        number = self.row_of(conversation_id)
        if number < 0:
            self.insert(0, Row(conversation_id, title, time.time()))
            return
        self.rows[number].stamp = time.time()
        if number > 0:
            self.beginMoveRows(QModelIndex(), number, number, QModelIndex(), 0)
            self.rows.insert(0, self.rows.pop(number))
            self.endMoveRows()
        self.dataChanged.emit(self.index(0), self.index(0))

    def insert(self, number: int, row: Row) -> None:
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.insert(number, row)
        self.endInsertRows()

    def remove(self, number: int) -> Row:
        self.beginRemoveRows(QModelIndex(), number, number)
        row = self.rows.pop(number)
        self.endRemoveRows()
        return row


class Sidebar(QWidget):
    """Signals:
    conversation_chosen(str, str): open conversation `id`, at message `message_id` if not "".
    new_chat_requested(): the New chat button was pressed.
    conversation_deleted(str): a conversation was deleted (Undo may bring it back).
    conversation_restored(str): Undo brought a deleted conversation back.
    """

    conversation_chosen = Signal(str, str)
    new_chat_requested = Signal()
    conversation_deleted = Signal(str)
    conversation_restored = Signal(str)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._store = store
        self._deleted: tuple[int, Row] | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search all chats")
        self.search.setAccessibleName("Search all chats")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton("New chat", self)
        self.new_button.setAccessibleName("New chat")
        self.new_button.clicked.connect(self.new_chat_requested)

        self.model = ConversationListModel()
        self.model.title_edited.connect(self._on_model_title_edited)
        self.list = QListView(self)
        self.list.setAccessibleName("Conversations")
        self.list.setModel(self.model)
        # Every row is two lines: with uniform sizes the view lays out 10,000 rows at once.
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Long titles are cut with "…" at the list's edge, never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)

        delete = QAction("Delete chat", self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)

        self.undo_bar = QWidget(self)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton("Undo", self.undo_bar)
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 10)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.reload()

    # -- what the list shows ----------------------------------------------------
    def reload(self) -> None:
        self.model.replace([Row(c.id, c.title, c.updated_at) for c in self._store.conversations()])

    @Slot()
    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.reload()
            return
        hits = self._store.search(text)
        self.model.replace(
            [
                Row(h.conversation_id, h.title, 0.0, f"{_WHO[h.role]}: {h.snippet}", h.message_id)
                for h in hits
            ]
        )

    def title_of(self, conversation_id: str) -> str | None:
        number = self.model.row_of(conversation_id)
        return self.model.rows[number].title if number >= 0 else None

    def set_title(self, conversation_id: str, title: str) -> None:
        number = self.model.row_of(conversation_id)
        if number >= 0:
            self.model.rows[number].title = title
            index = self.model.index(number)
            self.model.dataChanged.emit(index, index)

    def stop(self) -> None:
        """No more searches: the store is closing."""
        self._search_timer.stop()
        self.search.textChanged.disconnect(self._search_timer.start)

    def touch(self, conversation_id: str, title: str) -> None:
        """A conversation got a new message: put it on top (unless a search is shown)."""
        if not self.search.text().strip():
            self.model.move_to_top(conversation_id, title)
        self.mark_current(conversation_id)

    def mark_current(self, conversation_id: str | None) -> None:
        number = self.model.row_of(conversation_id) if conversation_id else -1
        if number < 0:
            self.list.clearSelection()
            return
        self.list.setCurrentIndex(self.model.index(number))

    # -- actions -----------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.rows[index.row()]
            self.conversation_chosen.emit(row.conversation_id, row.message_id)

    @Slot(str, str)
    def _on_model_title_edited(self, conversation_id: str, title: str) -> None:
        self._store.rename(conversation_id, title)

    def rename_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.list.edit(index)

    @Slot()
    def delete_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() or self.model.rows[index.row()].is_hit:
            return
        row = self.model.remove(index.row())
        self._store.set_deleted(row.conversation_id, True)
        self._deleted = (index.row(), row)
        self.undo_label.setText(f"Deleted “{row.title}”.")
        self.undo_bar.show()
        self._undo_timer.start()
        self.conversation_deleted.emit(row.conversation_id)

    @Slot()
    def undo_delete(self) -> None:
        deleted, self._deleted = self._deleted, None
        self.undo_bar.hide()
        if deleted is None:
            return
        number, row = deleted
        self._store.set_deleted(row.conversation_id, False)
        if not self.search.text().strip():
            self.model.insert(min(number, len(self.model.rows)), row)
        self.conversation_restored.emit(row.conversation_id)

    @Slot(QPoint)
    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if not index.isValid() or self.model.rows[index.row()].is_hit:
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction("Rename", self.rename_current)
        menu.addAction("Delete", self.delete_current)
        menu.exec(self.list.viewport().mapToGlobal(position))
