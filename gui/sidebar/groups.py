"""The headings the sidebar sorts chats under: Pinned, Today, Yesterday, Previous 7 days,
Previous 30 days, then one per month ("October", or "October 2025" for earlier years).

Days are the computer's calendar days, not 24-hour spans: a chat from 23:50 yesterday is
"Yesterday" at 00:10 today.
"""

import datetime
import time

PINNED = "Pinned"


def _midnight(day: datetime.date) -> float:
    return time.mktime(day.timetuple())


class Grouping:
    """The headings as seen on `today`. Asked for every chat in the list (10,000 of
    them), so the recent groups are compared against precomputed midnights and a month
    is worked out once for its run of chats."""

    def __init__(self, today: datetime.date) -> None:
        self._today = today
        self._recent = (
            (_midnight(today), "Today"),
            (_midnight(today - datetime.timedelta(days=1)), "Yesterday"),
            (_midnight(today - datetime.timedelta(days=7)), "Previous 7 days"),
            (_midnight(today - datetime.timedelta(days=30)), "Previous 30 days"),
        )
        self._month = (0.0, 0.0, "")  # the last month asked for: its start, its end, its name

    def of(self, stamp: float, *, pinned: bool = False) -> str:
        """The heading for a chat last used at `stamp` (seconds since the epoch)."""
        if pinned:
            return PINNED
        for limit, name in self._recent:
            if stamp >= limit:  # a clock that was ahead when the chat was used: Today
                return name
        start, end, name = self._month
        if start <= stamp < end:
            return name
        day = datetime.date.fromtimestamp(stamp)
        first = day.replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        month = day.strftime("%B")
        name = month if day.year == self._today.year else f"{month} {day.year}"
        self._month = (_midnight(first), _midnight(following), name)
        return name
