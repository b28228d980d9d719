"""View -> Show figures: every reply's tokens and speed under it and the chat's totals in
the header, not only behind their info icons. Remembered in the settings."""

from dataclasses import replace

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from gui.chat.setup_controller import SetupController
from gui.reply_view.conversation_view import ConversationView
from gui.window.header import ChatHeader


class FiguresChoice(QObject):
    def __init__(
        self,
        window: QWidget,
        setup: SetupController,
        view: ConversationView,
        header: ChatHeader,
    ) -> None:
        super().__init__(window)
        self._setup = setup
        self._view = view
        self._header = header
        self._apply(setup.settings.show_figures)

    @property
    def shown(self) -> bool:
        return self._setup.settings.show_figures

    @Slot(bool)
    def set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self._setup.change_settings(lambda settings: replace(settings, show_figures=shown))
        self._apply(shown)

    def _apply(self, shown: bool) -> None:
        self._view.show_figures(shown)
        self._header.show_figures(shown)
