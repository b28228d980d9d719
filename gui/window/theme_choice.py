"""View -> Light theme, Dark theme, or the system's: remembered in the settings.

The window's style sheet follows the palette (gui/window/text_size.py restyles on every
palette change), so choosing a theme is choosing the application's palette.
"""

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gui.theme import chosen_palette

if TYPE_CHECKING:
    from gui.chat.setup_controller import SetupController


class ThemeChoice(QObject):
    def __init__(
        self, window: QWidget, setup: "SetupController", system: QPalette | None = None
    ) -> None:
        """`system`: the platform's palette, for "system", when the window has already
        applied the chosen theme (made in two steps); else the application's now."""
        super().__init__(window)
        self._setup = setup
        self._system = system if system is not None else QApplication.palette()
        if setup.settings.theme != "system":
            self._apply(setup.settings.theme)

    @Slot()
    def light(self) -> None:
        self._choose("light")

    @Slot()
    def dark(self) -> None:
        self._choose("dark")

    @Slot()
    def system(self) -> None:
        self._choose("system")

    @property
    def current(self) -> str:
        return self._setup.settings.theme

    def _choose(self, theme: str) -> None:
        self._setup.change_settings(lambda settings: replace(settings, theme=theme))
        self._apply(theme)

    def _apply(self, theme: str) -> None:
        palette = chosen_palette(theme)
        QApplication.setPalette(palette if palette is not None else self._system)
