"""The window's language: Rivulet's catalogue and Qt's own (standard buttons and dialogs)
installed for it, numbers, sizes and dates written as its locale writes them, and the
layout mirrored for Arabic and Hebrew. Changing it takes effect at once: Qt sends every
widget a LanguageChange event, and each writes its texts again (`Retranslating`).

The catalogues are resources/translations/rivulet_<code>.ts, compiled to .qm by the setup
(`./dev translations`); see docs/translations.md."""

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from core import i18n
from gui.resources import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"

# Each language in its own name, as a language menu shows it to someone who reads only it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "uk": "Українська",
    "pl": "Polski",
    "tr": "Türkçe",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "ko": "한국어",
    "hi": "हिन्दी",
    "ar": "العربية",
    "he": "עברית",
}


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's languages Rivulet has ("pt-BR" → "pt_BR", "de-AT" → "de"),
    else English."""
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        tag = name.replace("-", "_")
        language, _, region = tag.partition("_")
        for code in (f"{language}_{region[:2].upper()}" if region else "", language.lower()):
            if code in LANGUAGES:
                return code
        if language.lower() == "zh":  # Chinese is offered as Simplified Chinese
            return "zh_CN"
        if language.lower() == "pt":
            return "pt_BR"
    return "en"


class Translation(QObject):
    """The installed language of one QApplication (its child: `Translation.of(app)`)."""

    def __init__(self, app: QApplication, folder: Path = TRANSLATIONS) -> None:
        super().__init__(app)
        self._app = app
        self._folder = folder
        self._own = QTranslator(app)
        self._qt = QTranslator(app)
        self._installed = False
        self.code = "en"
        self.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

    @classmethod
    def of(cls, app: QCoreApplication) -> "Translation | None":
        return app.findChild(cls)

    def apply(self, code: str) -> None:
        """Use language `code` ("" for the system's) from now on."""
        code = code if code in LANGUAGES else system_language()
        if self._installed:
            self._app.removeTranslator(self._own)
            self._app.removeTranslator(self._qt)
            self._installed = False
        self.code = code
        self.locale = QLocale(code)
        QLocale.setDefault(self.locale)
        if code != "en":
            loaded = self._own.load(str(self._folder / f"rivulet_{code}.qm"))
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # qtbase, not qt_<code>: that one also needs catalogues PySide6-Essentials lacks.
            self._qt.load(f"qtbase_{code}", qt_folder)
            if not loaded:
                log.warning("Could not load the %s catalogue from %s", code, self._folder)
            else:
                self._app.installTranslator(self._qt)
                self._app.installTranslator(self._own)  # asked first: installed last
                self._installed = True
        self._app.setLayoutDirection(self.locale.textDirection())
        i18n.use(self._language())

    def _language(self) -> i18n.Language:
        if self.code == "en" or not self._installed:
            return i18n.ENGLISH
        locale = self.locale
        own = self._own

        def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
            found = own.translate(context, source, disambiguation, n)
            if not found:  # not translated yet: English, with English plurals
                return i18n.ENGLISH.translate(context, source, disambiguation, n)
            return found.replace("%Ln", locale.toString(n)).replace("%n", locale.toString(n))

        return i18n.Language(
            translate=translate,
            number=locale.toString,
            decimal=lambda value, digits: locale.toString(float(value), "f", digits),
            size=lambda value: locale.formattedDataSize(
                value, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
            # Chinese writes a month as a number ("10月"), as Japanese and Korean do;
            # Qt's long Chinese name is the literary "十月".
            month=(
                (lambda month: locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat))
                if locale.language() == QLocale.Language.Chinese
                else locale.standaloneMonthName
            ),
            time=lambda date: locale.toString(_qtime(date), QLocale.FormatType.ShortFormat),
        )


def _qtime(date: datetime) -> QTime:
    return QTime(date.hour, date.minute)
