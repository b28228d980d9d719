"""The window's dialogs: Settings, a chat's options, prices, shortcuts, About, warnings.

None of them is modal to the event loop (`open()`/`show()`, never `exec()`): the chat
keeps streaming behind them.
"""

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from core.config.chat_options import BUILT_IN_PRESETS
from gui.chat.setup_controller import SetupController
from gui.i18n import Translation

# Each dialog's module is imported when it first opens: start-up never pays for them.
if TYPE_CHECKING:
    from gui.dialogs.chat_options import ChatOptionsDialog
    from gui.dialogs.settings import SettingsDialog


class WindowDialogs(QObject):
    """Opens each dialog once (asked again, it comes to the front) and hands what the user
    accepted to the setup controller.

    Signals:
        closed(): the Settings dialog closed (the prompt takes the focus back).
    """

    closed = Signal()

    def __init__(self, window: QMainWindow, setup: SetupController) -> None:
        super().__init__(window)
        self._window = window
        self._setup = setup
        self.settings_dialog: SettingsDialog | None = None
        self.chat_options_dialog: ChatOptionsDialog | None = None
        self.warning_box: QMessageBox | None = None
        setup.warning.connect(self.warn)

    @Slot()
    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        self._setup.with_keychain(self._open_settings_now)  # the dialog shows both

    def open_settings_at(self, provider_id: str, model: str) -> None:
        """A provider without its key was chosen: open Settings at its key field; once
        the key is saved, the chat switches to what was chosen."""
        self._setup.remember_choice(provider_id, model)
        self.open_settings()
        self._setup.with_keychain(
            lambda: (
                self.settings_dialog.show_provider(provider_id) if self.settings_dialog else None
            )
        )

    def _open_settings_now(self) -> None:
        if self.settings_dialog is not None or self._setup.closed:
            return
        from gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(
            self._setup.settings, self._setup.store.vault.keychain_available, self._window
        )
        dialog.settings_accepted.connect(self._setup.accept_settings)
        dialog.language_chosen.connect(self._on_settings_dialog_language_chosen)
        dialog.finished.connect(self._on_settings_dialog_finished)
        self.settings_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_settings_dialog_language_chosen(self, code: str) -> None:
        """A language applies at once, everywhere (every widget is told), and is kept."""
        self._setup.change_settings(lambda settings: replace(settings, language=code))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        (Translation.of(app) or Translation(app)).apply(code)

    @Slot()
    def _on_settings_dialog_finished(self) -> None:
        self._setup.forget_choice()
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = None
        self.closed.emit()

    @Slot()
    def open_chat_options(self) -> None:
        setup = self._setup
        from gui.dialogs.chat_options import ChatOptionsDialog

        dialog = ChatOptionsDialog(
            setup.session.setup.options,
            BUILT_IN_PRESETS,
            setup.settings.option_presets,
            self._window,
        )
        dialog.options_accepted.connect(setup.set_options)
        dialog.presets_changed.connect(setup.set_presets)
        dialog.finished.connect(dialog.deleteLater)
        self.chat_options_dialog = dialog
        dialog.open()

    @Slot()
    def open_prices(self) -> None:
        from gui.dialogs.prices import PricesDialog

        dialog = PricesDialog(self._setup.prices, self._window)
        dialog.prices_accepted.connect(self._setup.set_prices)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def show_shortcuts(self) -> None:
        from gui.dialogs.shortcuts import ShortcutsDialog

        shown = next((d for d in self._window.findChildren(ShortcutsDialog) if d.isVisible()), None)
        if shown is not None:  # pressed again: bring it back in front
            shown.raise_()
            shown.activateWindow()
            return
        # Not modal: it can stay open beside the chat.
        ShortcutsDialog(self._window.menuBar(), self._setup.settings.text_size, self._window).show()

    @Slot()
    def show_about(self) -> None:
        # Imported on demand: reading every package's metadata is for this dialog only.
        from core.desktop.licences import bundled_licences
        from gui.dialogs.about import AboutDialog

        shown = next((d for d in self._window.findChildren(AboutDialog) if d.isVisible()), None)
        if shown is not None:  # asked again: bring it back in front
            shown.raise_()
            shown.activateWindow()
            return
        # Not modal, like the shortcuts: it can stay open beside the chat.
        AboutDialog(self._setup.store.folder, bundled_licences(), self._window).show()

    @Slot(str)
    def warn(self, message: str) -> None:
        """A warning the user must read, without blocking the window's loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Rivulet", message, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.warning_box = box
        box.open()
