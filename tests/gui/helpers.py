"""Driving the window the way a person does: typing and pressing keys."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.chat.conversation import Message
from gui.dialogs.settings import SettingsDialog
from gui.reply_view.message_widget import MessageWidget
from gui.window.main_window import MainWindow


def type_and_send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.prompt.setFocus()
    qtbot.keyClicks(window.prompt, text)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)


def ask(qtbot: QtBot, window: MainWindow, text: str, timeout: int = 10_000) -> Message:
    """Send `text` and wait for the reply to end; returns the stored assistant message."""
    with qtbot.waitSignal(window.session.reply_ended, timeout=timeout) as blocker:
        type_and_send(qtbot, window, text)
    message = blocker.args[0]
    assert isinstance(message, Message)
    return message


def settings_dialog(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """The Settings dialog, once open: it opens when the keys have been read (never
    waiting for the keychain on the GUI thread)."""
    qtbot.waitUntil(lambda: window.dialogs.settings_dialog is not None)
    dialog = window.dialogs.settings_dialog
    assert dialog is not None
    return dialog


def hover(qtbot: QtBot, message: MessageWidget) -> None:
    """Point at a message, as a person does before using its actions (they show on hover)."""
    qtbot.mouseMove(message.window(), QPoint(1, 1))  # from outside it, wherever it was
    qtbot.mouseMove(message, message.rect().center())
    qtbot.waitUntil(message.action_row.isVisible, timeout=2000)


@contextmanager
def app_palette(palette: QPalette | None = None) -> Iterator[QApplication]:
    """The application with `palette` (or as it is), given back as it was afterwards: the
    palette is global, and the next test must not start in the dark."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if palette is not None:
        app.setPalette(palette)
    try:
        yield app
    finally:
        app.setPalette(before)
