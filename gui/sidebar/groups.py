"""The headings the sidebar sorts chats under: Pinned, Today, Yesterday, Previous 7 days,
Previous 30 days, then one per month ("October", or "October 2025" for earlier years).

Days are the computer's calendar days, not 24-hour spans: a chat from 23:50 yesterday is
"Yesterday" at 00:10 today.

A group is named by a key that is the same in every language ("today", "2025-10"); its
heading, the text the list shows, is written from the key in the user's language
(`Grouping.heading`), again whenever the language changes.
"""

import datetime
import time

from core import i18n
from core.i18n import Context

ChatGroups = Context("ChatGroups")

PINNED = "pinned"
TODAY = "today"
YESTERDAY = "yesterday"
PREVIOUS_7_DAYS = "previous-7-days"
PREVIOUS_30_DAYS = "previous-30-days"


def _midnight(day: datetime.date) -> float:
    return time.mktime(day.timetuple())


def month_key(day: datetime.date) -> str:
    """The key of the group of a month: "2025-10"."""
    return f"{day.year:04d}-{day.month:02d}"


class Grouping:
    """The groups as seen on `today`. Asked for every chat in the list (10,000 of
    them), so the recent groups are compared against precomputed midnights and a month
    is worked out once for its run of chats."""

    def __init__(self, today: datetime.date) -> None:
        self._today = today
        self._recent = (
            (_midnight(today), TODAY),
            (_midnight(today - datetime.timedelta(days=1)), YESTERDAY),
            (_midnight(today - datetime.timedelta(days=7)), PREVIOUS_7_DAYS),
            (_midnight(today - datetime.timedelta(days=30)), PREVIOUS_30_DAYS),
        )
        self._month = (0.0, 0.0, "")  # the last month asked for: its start, its end, its key

    def of(self, stamp: float, *, pinned: bool = False) -> str:
        """The key of the group of a chat last used at `stamp` (seconds since the epoch)."""
        if pinned:
            return PINNED
        for limit, key in self._recent:
            if stamp >= limit:  # a clock that was ahead when the chat was used: Today
                return key
        start, end, key = self._month
        if start <= stamp < end:
            return key
        day = datetime.date.fromtimestamp(stamp)
        first = day.replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        key = month_key(day)
        self._month = (_midnight(first), _midnight(following), key)
        return key

    def heading(self, key: str) -> str:
        """The heading of group `key`, in the user's language: "Today", "October",
        "October 2025" (a month of another year says which)."""
        if key == PINNED:
            return ChatGroups.tr("Pinned", "a heading in the chat list: chats pinned to the top")
        if key == TODAY:
            return ChatGroups.tr("Today", "a heading in the chat list")
        if key == YESTERDAY:
            return ChatGroups.tr("Yesterday", "a heading in the chat list")
        if key == PREVIOUS_7_DAYS:
            return ChatGroups.tr("Previous 7 days", "a heading in the chat list")
        if key == PREVIOUS_30_DAYS:
            return ChatGroups.tr("Previous 30 days", "a heading in the chat list")
        year, month = (int(part) for part in key.split("-"))
        first = datetime.datetime(year, month, 1)
        heading = i18n.month(first, with_year=year != self._today.year)
        # A heading starts with a capital where the script has them: Qt writes French,
        # Spanish or Russian months in lower case ("octobre 2025").
        return heading[:1].upper() + heading[1:]
