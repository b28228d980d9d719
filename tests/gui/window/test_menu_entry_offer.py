"""A portable Rivulet offers, once, to add itself to the application menu; Help removes it."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from core.desktop.menu_entry import installed_files
from tests.gui.conftest import WindowFactory


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen app in a portable folder (`rivulet/rivulet` beside a `portable` marker)."""
    executable = tmp_path / "unpacked" / "rivulet" / "rivulet"
    executable.parent.mkdir(parents=True)
    executable.write_bytes(b"")
    (executable.parent / "portable").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return executable


def test_adding_from_the_offer_writes_the_entry_and_icons(
    qtbot: QtBot, make_window: WindowFactory, share: Path, portable: Path
) -> None:
    window = make_window()
    offer = window.app_menu.offer
    assert offer is not None and offer.isVisible()
    assert not window.app_menu.remove_action.isVisible()
    qtbot.mouseClick(offer.add_button, Qt.MouseButton.LeftButton)
    assert window.app_menu.offer is None
    entry = (share / "applications" / "rivulet-portable.desktop").read_text()
    assert f"Exec={portable} %F" in entry
    assert "Icon=rivulet" in entry
    for size in (16, 48, 256):
        icon = QImage(str(share / f"icons/hicolor/{size}x{size}/apps/rivulet.png"))
        assert (icon.width(), icon.height()) == (size, size)
        assert icon.pixelColor(size // 2, size // 8).alpha() == 255  # drawn, not blank
        assert icon.pixelColor(0, 0).alpha() == 0  # round corners stay transparent
    assert (share / "icons/hicolor/scalable/apps/rivulet.svg").read_bytes().startswith(b"<svg")
    assert "application menu" in window.statusBar().currentMessage()
    assert window.app_menu.remove_action.isVisible()
    assert not window.app_menu.add_action.isVisible()
    window.close()
    # Answered: the next start does not ask again.
    assert make_window().app_menu.offer is None


def test_help_remove_deletes_exactly_those_files(
    qtbot: QtBot, make_window: WindowFactory, share: Path, portable: Path
) -> None:
    window = make_window()
    window.app_menu.add_action.trigger()
    files = installed_files(share)
    assert all(path.exists() for path in files)
    neighbour = share / "icons/hicolor/48x48/apps/other-app.png"
    neighbour.write_bytes(b"x")
    window.app_menu.remove_action.trigger()
    assert not any(path.exists() for path in files)
    assert neighbour.exists()
    assert window.app_menu.add_action.isVisible()
    assert not window.app_menu.remove_action.isVisible()


def test_not_now_writes_nothing_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, share: Path, portable: Path
) -> None:
    window = make_window()
    offer = window.app_menu.offer
    assert offer is not None
    qtbot.mouseClick(offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert not share.exists()
    assert "Help" in window.statusBar().currentMessage()
    window.close()
    again = make_window()
    assert again.app_menu.offer is None
    assert again.app_menu.add_action.isVisible()  # still possible later


def test_an_installed_or_source_copy_offers_nothing(
    make_window: WindowFactory, share: Path
) -> None:
    window = make_window()  # not frozen: running from source
    assert window.app_menu.offer is None
    assert not window.app_menu.add_action.isVisible()
    assert not window.app_menu.remove_action.isVisible()
