"""The window's text size (View -> Larger, Smaller, Default) and its style sheet, which
also follows the system's switch between light and dark."""

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from core.config.settings import Settings
from gui.chat.setup_controller import SetupController
from gui.theme import stylesheet

MIN_TEXT, MAX_TEXT = 7.0, 32.0  # points


class TextSize(QObject):
    """Restyles `window` when the size changes (remembered in the settings) or the palette
    does; 0 is the platform's default size."""

    def __init__(self, window: QMainWindow, setup: SetupController) -> None:
        super().__init__(window)
        self._window = window
        self._setup = setup
        sheet = stylesheet(window.palette(), setup.settings.text_size)
        if sheet != window.styleSheet():  # a window made in two steps has it already
            window.setStyleSheet(sheet)
        window.installEventFilter(self)

    @Slot()
    def bigger(self) -> None:
        self._set(min(self._current() + 1, MAX_TEXT))

    @Slot()
    def smaller(self) -> None:
        self._set(max(self._current() - 1, MIN_TEXT))

    @Slot()
    def default(self) -> None:
        self._set(0.0)

    def _current(self) -> float:
        return self._setup.settings.text_size or QApplication.font().pointSizeF()

    def _set(self, size: float) -> None:
        self._setup.change_settings(lambda settings: _sized(settings, size))
        self._window.setStyleSheet(stylesheet(self._window.palette(), size))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The system switched between light and dark: follow it. (Replies already shown
        # keep their code colours until reopened.)
        if watched is self._window and event.type() == QEvent.Type.PaletteChange:
            sheet = stylesheet(self._window.palette(), self._setup.settings.text_size)
            if sheet != self._window.styleSheet():
                self._window.setStyleSheet(sheet)
        return False


def _sized(settings: Settings, size: float) -> Settings:
    from dataclasses import replace

    return replace(settings, text_size=size)
