"""The window's language: the system's or the chosen one, sentences of core/ and gui/
from the compiled catalogue, numbers by the locale, the layout mirrored for Arabic, and
every widget told at once when it changes."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core import i18n
from core.i18n import Context
from gui.i18n import Translation, system_language

Tests = Context("Tests")

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Tests</name>
    <message>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def translation(qapp: QApplication, tmp_path: Path) -> Iterator[Translation]:
    (tmp_path / "rivulet_de.ts").write_text(GERMAN, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "rivulet_de.ts")], check=True)
    made = Translation(qapp, tmp_path)
    yield made
    made.apply("en")
    made.deleteLater()
    assert i18n.language() is i18n.ENGLISH
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_system_language_is_the_first_one_rivulet_has() -> None:
    assert system_language(["de-AT", "en-US"]) == "de"
    assert system_language(["pt-PT"]) == "pt_BR"
    assert system_language(["pt-BR"]) == "pt_BR"
    assert system_language(["zh-Hans-CN"]) == "zh_CN"
    assert system_language(["gd", "fr-CA", "en"]) == "fr"
    assert system_language(["gd"]) == "en"


class _Counting(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def test_a_chosen_language_writes_sentences_numbers_and_sizes_and_tells_every_widget(
    translation: Translation, qtbot: QtBot
) -> None:
    widget = _Counting()
    qtbot.addWidget(widget)
    translation.apply("de")
    assert Tests.tr("Hello {name}", name="Anna") == "Hallo Anna"
    assert Tests.tr("%n file(s)", "", 1) == "1 Datei"
    assert Tests.tr("%n file(s)", "", 1234) == "1.234 Dateien"
    assert Tests.tr("Not in the catalogue, %n time(s)", "", 2) == "Not in the catalogue, 2 times"
    assert i18n.size(1024 * 1024 * 3 // 2) == "1,5 MB"
    assert QLocale().language() == QLocale.Language.German
    qtbot.waitUntil(lambda: widget.changes >= 1)
    translation.apply("en")
    assert Tests.tr("%n file(s)", "", 1234) == "1,234 files"
    qtbot.waitUntil(lambda: widget.changes >= 2)


def test_arabic_and_hebrew_mirror_the_layout(translation: Translation, qapp: QApplication) -> None:
    for code in ("ar", "he"):
        translation.apply(code)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    translation.apply("ja")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
