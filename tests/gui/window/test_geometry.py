"""The window comes back where it was closed: size, position and maximised state."""

import json
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory


def test_size_and_position_survive_a_restart(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    wanted = QRect(screen.x() + 30, screen.y() + 40, screen.width() * 3 // 4, screen.height() // 2)
    window = make_window()
    window.setGeometry(wanted)
    qtbot.waitUntil(lambda: window.geometry() == wanted)
    window.close()
    again = make_window()
    assert again.geometry() == wanted
    assert not again.isMaximized()


def test_maximised_stays_maximised_and_keeps_its_normal_size(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    normal = QRect(screen.x() + 10, screen.y() + 20, screen.width() * 3 // 4, screen.height() // 3)
    window = make_window()
    window.setGeometry(normal)
    qtbot.waitUntil(lambda: window.geometry() == normal)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    saved = json.loads((data_dir / "window.json").read_text())
    assert saved["maximized"] is True
    assert (saved["width"], saved["height"]) == (normal.width(), normal.height())
    again = make_window()
    assert again.isMaximized()
    # (The offscreen platform forgets the normal size when it un-maximises a window
    # created maximised; the widget's own record is what a real window manager gets.)
    assert again.normalGeometry().size() == normal.size()


def test_a_place_off_every_screen_is_not_restored(
    make_window: WindowFactory, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    far = {"x": 100_000, "y": 100_000, "width": 300, "height": 200, "maximized": False}
    (data_dir / "window.json").write_text(json.dumps(far))
    window = make_window()
    assert window.geometry().x() < 100_000
    assert window.size().width() != 300


def test_a_damaged_file_is_ignored(make_window: WindowFactory, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "window.json").write_text("{not json")
    window = make_window()
    assert window.isVisible()
