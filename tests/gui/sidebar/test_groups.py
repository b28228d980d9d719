"""The sidebar's headings: calendar days, not 24-hour spans; months after thirty days."""

import datetime
import time

from gui.sidebar.groups import PINNED, Grouping

TODAY = datetime.date(2026, 3, 15)


def group_of(stamp: float, today: datetime.date, *, pinned: bool = False) -> str:
    """The heading a chat last used at `stamp` goes under."""
    grouping = Grouping(today)
    return grouping.heading(grouping.of(stamp, pinned=pinned))


def _at(day: datetime.date, hour: int, minute: int = 0) -> float:
    return time.mktime(datetime.datetime(day.year, day.month, day.day, hour, minute).timetuple())


def _days_ago(days: int, hour: int = 12) -> float:
    return _at(TODAY - datetime.timedelta(days=days), hour)


def test_recent_days_are_calendar_days() -> None:
    assert group_of(_at(TODAY, 0, 1), TODAY) == "Today"
    assert group_of(_at(TODAY, 23, 59), TODAY) == "Today"
    assert group_of(_days_ago(1, hour=23), TODAY) == "Yesterday"  # 23:00 yesterday
    assert group_of(_days_ago(1, hour=0), TODAY) == "Yesterday"
    assert group_of(_days_ago(2), TODAY) == "Previous 7 days"
    assert group_of(_days_ago(7, hour=0), TODAY) == "Previous 7 days"
    assert group_of(_days_ago(8), TODAY) == "Previous 30 days"
    assert group_of(_days_ago(30, hour=0), TODAY) == "Previous 30 days"


def test_older_chats_go_under_their_month_and_other_years_say_which() -> None:
    assert group_of(_days_ago(31), TODAY) == "February"  # 12 February 2026
    assert group_of(_at(datetime.date(2026, 1, 1), 0, 0), TODAY) == "January"
    assert group_of(_at(datetime.date(2025, 12, 31), 23, 59), TODAY) == "December 2025"


def test_a_clock_that_was_ahead_counts_as_today_and_pins_come_first() -> None:
    assert group_of(_days_ago(-3), TODAY) == "Today"
    assert group_of(_days_ago(400), TODAY, pinned=True) == "Pinned"
    assert Grouping(TODAY).of(_days_ago(400), pinned=True) == PINNED


def test_one_grouping_gives_the_same_answers_in_any_order() -> None:
    # It remembers the last month it worked out; asking out of order must not confuse it.
    stamps = [_days_ago(d) for d in (45, 100, 46, 2, 365, 44, 0, 101)]
    grouping = Grouping(TODAY)
    assert [grouping.heading(grouping.of(s)) for s in stamps] == [
        group_of(s, TODAY) for s in stamps
    ]


def test_groups_are_named_by_keys_that_no_language_changes() -> None:
    grouping = Grouping(TODAY)
    assert grouping.of(_at(TODAY, 12)) == "today"
    assert grouping.of(_at(datetime.date(2025, 12, 31), 23, 59)) == "2025-12"
