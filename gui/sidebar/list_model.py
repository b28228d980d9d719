"""The sidebar's rows: chats under date headings (or search hits), as a Qt list model."""

import datetime
import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from core import i18n
from core.chat.conversation import Role
from core.history.search import ConversationHit
from core.i18n import Context
from gui.sidebar.groups import Grouping

ConversationList = Context("ConversationList")

_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    """A chat (or a search hit) in the list, or a heading (`heading`) above a group."""

    conversation_id: str
    title: str
    stamp: float  # last used
    detail: str = ""  # for a search hit: how many messages matched, and the newest one
    message_id: str = ""  # for a search hit: the newest matching message
    pinned: bool = False
    heading: bool = False
    group: str = ""  # a heading's group, the same in every language ("today", "2025-10")

    @property
    def is_hit(self) -> bool:
        return bool(self.message_id)

    @property
    def key(self) -> str:
        return f"heading:{self.group}" if self.heading else self.conversation_id


def heading_row(group: str, title: str) -> Row:
    """The heading of group `group` (a key), showing `title`."""
    return Row("", title, 0.0, heading=True, group=group)


def hit_row(hit: ConversationHit, pinned: bool = False) -> Row:
    """A search result's row: "3 matches · Reply: …the newest match…"."""
    return Row(hit.conversation_id, hit.title, hit.updated_at, _detail(hit), hit.message_id, pinned)


def _detail(hit: ConversationHit) -> str:
    """How many messages of a chat matched, and the newest match, by whom."""
    count, snippet = hit.matches, hit.snippet
    if hit.role is Role.USER:
        return ConversationList.tr(
            "%n match(es) · You: {snippet}",
            "a search hit: the newest match is a prompt",
            count,
            snippet=snippet,
        )
    if hit.role is Role.ASSISTANT:
        return ConversationList.tr(
            "%n match(es) · Reply: {snippet}",
            "a search hit: the newest match is a reply",
            count,
            snippet=snippet,
        )
    return ConversationList.tr(
        "%n match(es) · System: {snippet}",
        "a search hit: the newest match is a system prompt",
        count,
        snippet=snippet,
    )


def when(stamp: float, now: float | None = None) -> str:
    """A short, friendly time: "Today 14:02", "Yesterday", "3 Nov 2026"."""
    day = time.localtime(stamp)
    today = time.localtime(now if now is not None else time.time())
    if day.tm_year == today.tm_year and day.tm_yday == today.tm_yday:
        moment = datetime.datetime.fromtimestamp(stamp)
        #: When a chat was last used: today, at this time of day.
        return ConversationList.tr("Today {time}", time=i18n.time_of_day(moment))
    if day.tm_year == today.tm_year and day.tm_yday == today.tm_yday - 1:
        return ConversationList.tr("Yesterday", "when a chat was last used")
    # The locale writes the month's name (its short form, as a date needs it).
    #: Qt's date format for when a chat was last used ("3 Nov 2026"): d = day, MMM = short
    #: month name, MMMM = full month name, M = month number, yyyy = year; other letters in
    #: 'quotes'. Write your language's usual order, e.g. yyyy年M月d日.
    pattern = ConversationList.tr("d MMM yyyy")
    return QLocale().toString(QDate(day.tm_year, day.tm_mon, day.tm_mday), pattern)


class ConversationListModel(QAbstractListModel):
    """Rows of conversations under date headings (Pinned, Today, Yesterday, …), or rows
    of search results, one per chat, with no headings; titles are editable.

    Headings are rows of their own, disabled, so the keyboard's cursor steps over them and
    every row keeps one height (the view lays out 10,000 rows at once with uniform sizes).
    Every change to the list is made as the smallest insert or removal of rows, so the
    view keeps its place and its keyboard cursor.

    Signals:
        title_edited(str, str): the user renamed conversation `id` to `title`.
    """

    title_edited = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []  # what the view shows: chats, and headings if grouped
        self.grouped = True

    @property
    def chats(self) -> list[Row]:
        """The chats (or hits) in the order shown, without the headings."""
        return [row for row in self.rows if not row.heading]

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Formatted here, for the rows on screen only: 10,000 rows load in one go.
            return f"{row.title}\n{row.detail}" if row.is_hit else row.title
        if role == Qt.ItemDataRole.EditRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole and not row.heading:
            return f"{row.title}\n{when(row.stamp)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and not row.heading:
            if row.pinned:
                #: A pinned chat, and when it was last used ("Today 14:05").
                return ConversationList.tr("Pinned. {when}", when=when(row.stamp))
            return when(row.stamp)
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if index.isValid() and self.rows[index.row()].heading:
            return Qt.ItemFlag.NoItemFlags
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(
        self, index: _AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        title = " ".join(str(value).split())
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not title:
            return False
        row = self.rows[index.row()]
        if row.heading:
            return False
        if title != row.title:
            row.title = title
            self.dataChanged.emit(index, index)
            self.title_edited.emit(row.conversation_id, title)
        return True

    # -- changing the list ------------------------------------------------------
    def replace(self, rows: list[Row], *, grouped: bool = True) -> None:
        """Show `rows` (chats in order: pinned first, then newest first; or search hits)."""
        self.beginResetModel()
        self.grouped = grouped
        self.rows = self._with_headings(rows)
        self.endResetModel()

    def extend(self, rows: list[Row]) -> None:
        """Add rows below the last (with headings where their groups begin)."""
        chats = self.chats + rows
        new = self._with_headings(chats)
        shown = len(self.rows)
        if [r.key for r in new[:shown]] != [r.key for r in self.rows]:
            self.replace(chats, grouped=self.grouped)  # midnight passed: Today moved
        elif len(new) > shown:
            self._insert_rows(shown, new[shown:])

    def insert(self, number: int, row: Row) -> None:
        """Put `row` back at row `number` of an ungrouped list (search results)."""
        self._insert_rows(number, [row])

    def insert_in_order(self, row: Row) -> None:
        """Add a chat where it belongs: pinned ones first, then by when it was used (with
        a heading above it if its group has none yet)."""
        if not self.grouped:
            self._insert_rows(self._place_of(row), [row])
            return
        group = self._grouping().of(row.stamp, pinned=row.pinned)
        place = self._place_of(row)  # before the first chat that comes after it
        above = self.rows[place - 1] if place > 0 else None
        if above is not None and above.heading and above.group != group:
            # Below the heading of the chats after it: its place is above that heading.
            place -= 1
            above = self.rows[place - 1] if place > 0 else None
        if above is not None and (above.group if above.heading else self._group(above)) == group:
            self._insert_rows(place, [row])
        elif (
            place < len(self.rows) and self.rows[place].heading and self.rows[place].group == group
        ):
            self._insert_rows(place + 1, [row])  # at the top of its group
        else:
            self._insert_rows(place, [heading_row(group, self._grouping().heading(group)), row])

    def remove(self, number: int) -> Row:
        """Take away the chat at row `number` (and its heading, if it was the last under it)."""
        row = self.rows[number]
        first = number
        below = self.rows[number + 1] if number + 1 < len(self.rows) else None
        if number > 0 and self.rows[number - 1].heading and (below is None or below.heading):
            first = number - 1
        self.beginRemoveRows(QModelIndex(), first, number)
        del self.rows[first : number + 1]
        self.endRemoveRows()
        return row

    def move_to_top(self, conversation_id: str, title: str) -> None:
        """A chat was just used: it goes to the top of its group (pinned, or Today)."""
        number = self.row_of(conversation_id)
        if number < 0:
            self.insert_in_order(Row(conversation_id, title, time.time()))
            return
        row = self.rows[number]
        row.stamp = time.time()
        above = self.rows[number - 1] if number > 0 else None
        before = self.rows[number - 2] if number > 1 else None
        if (
            self.grouped
            and above is not None
            and above.heading
            and above.group == self._group(row)
            and (before is None or (before.pinned and not row.pinned))
        ):  # already first in its section, under the right heading
            self.dataChanged.emit(self.index(number), self.index(number))
            return
        # In two steps, out and in, so each is a small change the view can follow.
        self.remove(number)
        self.insert_in_order(row)

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        number = self.row_of(conversation_id)
        if number >= 0 and self.rows[number].pinned != pinned:
            row = self.remove(number)
            row.pinned = pinned
            self.insert_in_order(row)

    def retranslate(self) -> None:
        """Write the headings again, in the user's language (it has changed)."""
        grouping = self._grouping()
        for row in self.rows:
            if row.heading:
                row.title = grouping.heading(row.group)
        if self.rows:  # the chats' tooltips and descriptions are written when asked for
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def _place_of(self, row: Row) -> int:
        """The view's row of the first chat that comes after `row` (or the end)."""
        order = _order(row)
        for number, other in enumerate(self.rows):
            if not other.heading and order < _order(other):
                return number
        return len(self.rows)

    def _insert_rows(self, number: int, rows: list[Row]) -> None:
        self.beginInsertRows(QModelIndex(), number, number + len(rows) - 1)
        self.rows[number:number] = rows
        self.endInsertRows()

    @staticmethod
    def _grouping() -> Grouping:
        # Today is asked each time: after midnight, new chats go under a new Today.
        return Grouping(datetime.date.today())

    def _group(self, chat: Row) -> str:
        return self._grouping().of(chat.stamp, pinned=chat.pinned)

    def row_of(self, conversation_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row.conversation_id == conversation_id and not row.heading:
                return number
        return -1

    def _with_headings(self, chats: list[Row]) -> list[Row]:
        if not self.grouped:
            return list(chats)
        grouping = self._grouping()  # after midnight, Today's chats move under Yesterday
        rows: list[Row] = []
        last = ""
        for chat in chats:
            group = grouping.of(chat.stamp, pinned=chat.pinned)
            if group != last:
                rows.append(heading_row(group, grouping.heading(group)))
                last = group
            rows.append(chat)
        return rows


def _order(row: Row) -> tuple[bool, float]:
    return (not row.pinned, -row.stamp)
