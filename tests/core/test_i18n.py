"""Sentences without Qt: English, with English plurals and numbers, unless the process
chose a language; a translation that lost a placeholder never breaks a message."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest

from core import i18n
from core.i18n import ENGLISH, Context

Tests = Context("Tests")


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.use(ENGLISH)


def test_english_plurals_keep_or_drop_each_bracketed_part() -> None:
    assert Tests.tr("%n file(s)", "", 1) == "1 file"
    assert Tests.tr("%n file(s)", "", 0) == "0 files"
    assert Tests.tr("%n match(es) in {name}", "", 3, name="notes") == "3 matches in notes"
    assert Tests.tr("%n page(s)", "", 12_345) == "12,345 pages"
    assert Tests.tr("Hello {name}", name="Ann") == "Hello Ann"
    assert Tests.tr("{count} left", count=1234) == "1,234 left"  # ints by the locale


def test_sizes_months_and_times_in_english() -> None:
    assert i18n.size(1) == "1 byte" and i18n.size(512) == "512 bytes"
    assert i18n.size(1024 * 1024 + 1) == "1.1 MB"
    october = datetime(2025, 10, 3, 14, 5)
    assert i18n.month(october) == "October"
    assert i18n.month(october, with_year=True) == "October 2025"
    assert i18n.time_of_day(october) == "14:05"
    assert i18n.decimal(3.14159, 2) == "3.14"


def test_the_chosen_language_writes_every_later_sentence(language: None) -> None:
    german = {
        ("Tests", "%n file(s)"): ("%n Datei", "%n Dateien"),
        ("Dates", "{month} {year}"): ("{month} {year}",),
    }

    def translate(context: str, source: str, note: str | None, n: int) -> str:
        forms = german.get((context, source))
        if forms is None:
            return source
        return forms[0 if n == 1 or len(forms) == 1 else 1].replace("%n", str(n))

    i18n.use(replace(ENGLISH, translate=translate, number=lambda value: f"{value:_}"))
    assert Tests.tr("%n file(s)", "", 1) == "1 Datei"
    assert Tests.tr("%n file(s)", "", 4) == "4 Dateien"
    assert Tests.tr("{count} left", count=1234) == "1_234 left"
    i18n.use(ENGLISH)
    assert Tests.tr("%n file(s)", "", 4) == "4 files"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(language: None) -> None:
    i18n.use(replace(ENGLISH, translate=lambda c, s, d, n: "Hallo {nmae}"))
    assert Tests.tr("Hello {name}", name="Ann") == "Hello Ann"
    i18n.use(replace(ENGLISH, translate=lambda c, s, d, n: "Hallo {name"))
    assert Tests.tr("Hello {name}", name="Ann") == "Hello Ann"
