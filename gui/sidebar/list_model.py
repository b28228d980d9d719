"""The sidebar's rows: chats (or search hits), newest first, as a Qt list model."""

import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from core.chat.conversation import Role
from core.history.search import ConversationHit

_WHO = {Role.USER: "You", Role.ASSISTANT: "Reply", Role.SYSTEM: "System"}
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

    def extend(self, rows: list[Row]) -> None:
        """Add rows below the last (the view keeps its place and its keyboard cursor)."""
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

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
