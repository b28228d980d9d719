"""The sidebar: every conversation, newest first, with search, rename, and delete with undo."""

import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
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

from core.chat.conversation import Role
from core.history.search import ConversationHit
from core.history.store import HistoryStore

SEARCH_DELAY_MS = 150
_WHO = {Role.USER: "You", Role.ASSISTANT: "Reply", Role.SYSTEM: "System"}
UNDO_SECONDS = 10
_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    conversation_id: str
    title: str
    stamp: float  # last used
    detail: str = ""  # for a search hit: how many messages matched, and the newest one
    message_id: str = ""  # for a search hit: the newest matching message

    @property
    def is_hit(self) -> bool:
        return bool(self.message_id)


def hit_row(hit: ConversationHit) -> Row:
    """A search result's row: "3 matches · Reply: …the newest match…"."""
    count = f"{hit.matches} match{'es' if hit.matches != 1 else ''}"
    detail = f"{count} · {_WHO[hit.role]}: {hit.snippet}"
    return Row(hit.conversation_id, hit.title, hit.updated_at, detail, hit.message_id)


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
    """Rows of conversations (or of search results, one per chat); titles are editable.

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
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

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
            if row.conversation_id == conversation_id:
                return number
        return -1

    def row_before(self, stamp: float) -> int:
        """Where a row last used at `stamp` goes in a newest-first list."""
        return next((n for n, row in enumerate(self.rows) if row.stamp < stamp), len(self.rows))

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


class Sidebar(QWidget):
    """Signals:
    conversation_chosen(str, str): open conversation `id`, at message `message_id` if not "".
    new_chat_requested(): the New chat button was pressed.
    conversation_deleted(str): a conversation was deleted (Undo may bring it back).

    The highlighted row is always the open chat's (`mark_current`), through deletes,
    undos, renames, imports and searches; the arrow keys move only the keyboard's cursor.
    """

    conversation_chosen = Signal(str, str)
    new_chat_requested = Signal()
    conversation_deleted = Signal(str)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._store = store
        self._current: str | None = None
        # Deleted this session, newest last: (row number then, the row, the search then,
        # whether it was the open chat).
        self._deleted: list[tuple[int, Row, str, bool]] = []

        self.search = SearchField(self)
        self.search.setPlaceholderText("Search all chats")
        self.search.setAccessibleName("Search all chats")
        self.search.setClearButtonEnabled(True)
        self.search.dismissed.connect(self._on_search_dismissed)
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
        # The highlight is the open chat's alone (`mark_current`); the arrow keys move only
        # the keyboard's cursor (a focus frame), and Enter opens the chat under it.
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)

        delete = QAction("Delete chat", self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        # The row's menu from the keyboard, for whoever cannot right-click.
        menu_key = QAction("Chat actions", self.list)
        menu_key.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(self._on_menu_key_triggered)
        self.list.addAction(menu_key)

        self.undo_bar = QWidget(self)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton("Undo", self.undo_bar)
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.setToolTip("Bring the chat back (Ctrl+Z)")
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
    @Slot()
    def reload(self) -> None:
        """Read the list again from the store: every chat, or the search's results."""
        text = self.search.text().strip()
        if text:
            rows = [hit_row(hit) for hit in self._store.search_conversations(text)]
        else:
            rows = [Row(c.id, c.title, c.updated_at) for c in self._store.conversations()]
        self.model.replace(rows)
        self._show_current()

    @Slot()
    def _run_search(self) -> None:
        self.reload()

    @Slot()
    def _on_search_dismissed(self) -> None:
        self._search_timer.stop()
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

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
        """`conversation_id` is the open chat (None: a new chat not saved yet)."""
        self._current = conversation_id
        self._show_current()

    def _show_current(self) -> None:
        selection = self.list.selectionModel()
        number = self.model.row_of(self._current) if self._current else -1
        if number < 0:
            selection.clearSelection()
            return
        index = self.model.index(number)
        selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not self.list.hasFocus():  # else the keyboard's cursor stays where the user is
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.list.scrollTo(index)

    # -- actions -----------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.rows[index.row()]
            self.mark_current(row.conversation_id)
            self.conversation_chosen.emit(row.conversation_id, row.message_id)

    @Slot(str, str)
    def _on_model_title_edited(self, conversation_id: str, title: str) -> None:
        self._store.rename(conversation_id, title)

    @Slot()
    def rename_current(self) -> None:
        """Rename in place: the row the list's keyboard focus is on, else the open chat's."""
        index = self.list.currentIndex()
        if not self.list.hasFocus() and self._current:
            index = self.model.index(self.model.row_of(self._current))
        self._rename(index)

    def _rename(self, index: QModelIndex) -> None:
        if index.isValid():
            self.list.edit(index)

    @Slot()
    def delete_current(self) -> None:
        """Delete the row the list's keyboard focus is on."""
        index = self.list.currentIndex()
        if index.isValid():
            self.delete_chat(self.model.rows[index.row()].conversation_id)

    def delete_chat(self, conversation_id: str) -> None:
        """Delete a chat, shown or not; `undo_delete` brings it back."""
        number = self.model.row_of(conversation_id)
        if number >= 0:
            row = self.model.remove(number)
        else:  # deleted from the menu while a search hides it: read its row
            summary = next(
                (c for c in self._store.conversations() if c.id == conversation_id), None
            )
            # None: its first prompt is still on its way to the disk (it was just sent).
            title, stamp = (summary.title, summary.updated_at) if summary else ("", time.time())
            row = Row(conversation_id, title or "this chat", stamp)
        self._store.set_deleted(conversation_id, True)
        was_open = conversation_id == self._current
        self._deleted.append((number, row, self.search.text().strip(), was_open))
        self.undo_label.setText(f"Deleted “{row.title}”.")
        self.undo_bar.show()
        self._undo_timer.start()
        self._show_current()  # the open chat keeps its highlight
        self.conversation_deleted.emit(conversation_id)

    @Slot()
    def undo_delete(self) -> None:
        """Bring back the chat deleted last."""
        self.undo_bar.hide()
        if not self._deleted:
            return
        number, row, searched, was_open = self._deleted.pop()
        self._store.set_deleted(row.conversation_id, False)
        shown = self.search.text().strip()
        if not shown:
            self.model.insert(
                self.model.row_before(row.stamp), Row(row.conversation_id, row.title, row.stamp)
            )
        elif shown == searched and number >= 0:
            self.model.insert(min(number, len(self.model.rows)), row)
        if was_open and self._current is None:  # nothing else opened since: open it again
            self.mark_current(row.conversation_id)
            self.conversation_chosen.emit(row.conversation_id, "")
        else:
            self._show_current()

    @Slot(QPoint)
    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if index.isValid():
            self._open_row_menu(index, self.list.viewport().mapToGlobal(position))

    @Slot()
    def _on_menu_key_triggered(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            corner = self.list.visualRect(index).bottomLeft()
            self._open_row_menu(index, self.list.viewport().mapToGlobal(corner))

    def _open_row_menu(self, index: QModelIndex, where: QPoint) -> None:
        conversation_id = self.model.rows[index.row()].conversation_id
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction("Rename", lambda: self._rename(self._index_of(conversation_id)))
        menu.addAction("Delete", lambda: self.delete_chat(conversation_id))
        # popup(), not exec(): no nested event loop under qasync.
        menu.popup(where)

    def _index_of(self, conversation_id: str) -> QModelIndex:
        return self.model.index(self.model.row_of(conversation_id))
