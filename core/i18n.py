"""Every sentence Rivulet shows, in the user's language, with no Qt in `core/`.

Each module names its context once and writes its sentences through it:

    Chips = Context("Chips")
    Chips.tr("{name} is empty.", name=path.name)
    Chips.tr("%n page(s)", "", count)          # a plural: %n, and the count third

`pyside6-lupdate` finds these calls by their shape (`<Name>.tr("...")`, the context
being the name before `.tr`), so the catalogues under resources/translations hold the
sentences of `core/` and `gui/` alike. Placeholders are named (`{name}`), so a
translation may put them in any order; a sentence is always whole, never assembled from
translated pieces.

Which language is used is the process's choice, as with `gettext.install`: the window
installs Qt's translator and its locale's formatting (gui/i18n.py) through `use()`;
without it (tests of `core/`, the model server's process) sentences are English, with
English plurals and numbers.
"""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Language:
    """How to translate a sentence and write numbers, sizes and dates for the user."""

    # (context, source, disambiguation, n) -> the sentence, %n already replaced
    translate: Callable[[str, str, str | None, int], str]
    number: Callable[[int], str]
    decimal: Callable[[float, int], str]  # (value, digits after the point)
    size: Callable[[int], str]  # bytes, as "12.3 KB"
    month: Callable[[int], str]  # 1-12 -> "October", as it stands alone
    time: Callable[[datetime], str]  # "14:05"


_PLURAL_PART = re.compile(r"\((\w+)\)")


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """The source itself, its plural made English: "%n file(s)" -> "1 file", "3 files"."""
    if n < 0:
        return source
    text = _PLURAL_PART.sub(lambda found: "" if n == 1 else found.group(1), source)
    return text.replace("%n", _english_number(n))


def _english_number(value: int) -> str:
    return f"{value:,}"


def _english_decimal(value: float, digits: int) -> str:
    return f"{value:,.{digits}f}"


def _english_size(size: int) -> str:
    """A size as people read it: "512 bytes", "12.3 KB", "31.2 MB" (rounded up, never under)."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{math.ceil(value * 10) / 10:.1f}".removesuffix(".0") + f" {unit}"


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _english_month(month: int) -> str:
    return _MONTHS[month - 1]


ENGLISH = Language(
    translate=_english,
    number=_english_number,
    decimal=_english_decimal,
    size=_english_size,
    month=_english_month,
    time=lambda date: date.strftime("%H:%M"),
)


class _Current:
    language = ENGLISH


def use(language: Language) -> None:
    """Make `language` the one every later sentence is written in (the window calls this
    at start and when the user picks another language)."""
    _Current.language = language


def language() -> Language:
    return _Current.language


class Context:
    """Where a module's sentences come from, for translators and for the catalogues."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(
        self, source: str, disambiguation: str | None = None, n: int = -1, **args: object
    ) -> str:
        """`source` in the user's language, its `{placeholders}` filled: numbers written
        as the user's locale writes them, anything else as its `str`."""
        text = _Current.language.translate(self.name, source, disambiguation or None, n)
        if not args:
            return text
        values = {key: _shown(value) for key, value in args.items()}
        try:
            return text.format_map(values)
        except (KeyError, ValueError, IndexError):  # a translation that lost a placeholder
            return _english(self.name, source, None, n).format_map(values)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return _Current.language.number(value)
    return str(value)


def decimal(value: float, digits: int = 1) -> str:
    return _Current.language.decimal(value, digits)


def size(value: int) -> str:
    return _Current.language.size(value)


Dates = Context("Dates")


def month(date: datetime, with_year: bool = False) -> str:
    """ "October", or "October 2025" in the order the language writes them."""
    name = _Current.language.month(date.month)
    return Dates.tr("{month} {year}", month=name, year=str(date.year)) if with_year else name


def time_of_day(date: datetime) -> str:
    return _Current.language.time(date)
