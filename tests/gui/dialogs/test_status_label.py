"""Settings → Test connection: "Testing…" while it runs, then success or failure told
apart by words, a mark and a colour readable on light and dark backgrounds."""

import socket

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.dialogs.settings import SettingsDialog
from gui.dialogs.status_label import MIN_CONTRAST, contrast
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import settings_dialog
from tests.support.fake_openai import FakeOpenAIServer


def dialog_of(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.dialogs.open_settings()
    return settings_dialog(qtbot, window)


def closed_address() -> str:
    """An address on this machine where nothing listens: connections are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def text_colour(dialog: SettingsDialog) -> QColor:
    dialog.status.ensurePolished()
    return dialog.status.palette().color(dialog.status.foregroundRole())


def background(dialog: SettingsDialog) -> QColor:
    return dialog.status.palette().color(dialog.status.backgroundRole())


def test_testing_then_success_and_failure_are_told_apart_in_light_and_dark(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="gpt-4o-mini"))
    dialog = dialog_of(qtbot, window)
    plain = text_colour(dialog)
    server.stall_models = True
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Testing the connection…")
    assert dialog.test_button.text() == "Cancel"
    assert dialog.status.accessibleDescription() == "In progress"
    server.released.set()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("✓ Connected."), timeout=10_000)
    assert dialog.status.accessibleDescription() == "Succeeded"
    success = text_colour(dialog)
    assert contrast(success, background(dialog)) >= MIN_CONTRAST
    assert success != plain

    good = dialog.base_url.text()
    dialog.base_url.selectAll()
    qtbot.keyClicks(dialog.base_url, closed_address())
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("✕ Connection failed."), timeout=15_000)
    assert dialog.status.accessibleDescription() == "Failed"
    failure = text_colour(dialog)
    assert contrast(failure, background(dialog)) >= MIN_CONTRAST
    assert failure not in (success, plain)

    light = QApplication.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#1e1f22"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2d31"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)  # the desktop switched to a dark theme
    try:
        qtbot.waitUntil(lambda: background(dialog) == QColor("#1e1f22"))
        assert contrast(text_colour(dialog), background(dialog)) >= MIN_CONTRAST  # failure
        assert text_colour(dialog) != failure  # worked out again for the dark background
        check_success_in_the_dark(qtbot, dialog, good)
    finally:
        QApplication.setPalette(light)
    dialog.reject()


def check_success_in_the_dark(qtbot: QtBot, dialog: SettingsDialog, good: str) -> None:
    dialog.base_url.selectAll()
    qtbot.keyClicks(dialog.base_url, good)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("✓ Connected."), timeout=10_000)
    assert contrast(text_colour(dialog), background(dialog)) >= MIN_CONTRAST
