"""File dialogs answered through their own controls: where they open, the name they
suggest, the folder they remember across restarts, and the format the chosen type makes."""

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.file_dialog_driver import (
    choose_type,
    file_dialog,
    go_to_folder,
    name_field,
    press,
    save_or_open,
)
from tests.gui.helpers import ask
from tests.support.fake_openai import FakeOpenAIServer, reply_script

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TODAY = date.today().isoformat()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with Documents, Pictures and Downloads."""
    folder = tmp_path / "home"
    for name in ("Documents", "Pictures", "Downloads"):
        (folder / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs
    return folder


def menu_action(window: MainWindow, text: str) -> QAction:
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def folder_of(dialog_directory: str) -> Path:
    return Path(dialog_directory)


def test_the_chosen_type_decides_the_format_and_the_extension(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, home: Path, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "Capital of France?")
    qtbot.waitUntil(lambda: bool(window._history.search("Capital")))
    out = tmp_path / "out"
    out.mkdir()

    menu_action(window, "Export &all chats…").trigger()
    dialog = file_dialog(qtbot, window)
    go_to_folder(qtbot, dialog, out)
    choose_type(qtbot, dialog, "JSON")
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=10_000):
        save_or_open(qtbot, dialog, "all_chats")  # no extension typed
    assert sorted(p.name for p in out.iterdir()) == ["all_chats.json"]
    data = json.loads((out / "all_chats.json").read_text(encoding="utf-8"))
    assert [c["title"] for c in data["conversations"]] == ["Capital of France?"]

    # The other type's extension typed out of habit: the chosen type still wins.
    menu_action(window, "Export &all chats…").trigger()
    dialog = file_dialog(qtbot, window)
    assert folder_of(dialog.directory().path()) == out  # the folder used last time
    choose_type(qtbot, dialog, "Markdown")
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=10_000):
        save_or_open(qtbot, dialog, "notes.json")
    assert sorted(p.name for p in out.iterdir()) == ["all_chats.json", "notes.md"]
    assert (out / "notes.md").read_text(encoding="utf-8").startswith("# Capital of France?")


def test_exports_suggest_a_name_open_in_documents_and_remember_the_folder_after_a_restart(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, home: Path, tmp_path: Path
) -> None:
    settings = Settings.single(base_url=server.base_url, model="m")
    window = make_window(settings)
    server.enqueue(reply_script(["Paris."]))
    ask(qtbot, window, "Capital of France?")
    qtbot.waitUntil(lambda: bool(window._history.search("Paris")))

    menu_action(window, "&Export this chat…").trigger()
    dialog = file_dialog(qtbot, window)
    assert folder_of(dialog.directory().path()) == home / "Documents"
    assert name_field(dialog).text() == f"Capital of France {TODAY}.md"  # no "?" in names
    exports = tmp_path / "exports"
    exports.mkdir()
    go_to_folder(qtbot, dialog, exports)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=10_000):
        save_or_open(qtbot, dialog, f"Capital of France {TODAY}.md")
    assert "Paris." in (exports / f"Capital of France {TODAY}.md").read_text(encoding="utf-8")
    window.close()

    again = make_window()  # the same data folder: a restart
    menu_action(again, "Export &all chats…").trigger()
    dialog = file_dialog(qtbot, again)
    assert folder_of(dialog.directory().path()) == exports
    assert name_field(dialog).text() == f"Rivulet chats {TODAY}.md"
    press(qtbot, dialog, QDialogButtonBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    menu_action(again, "&Import chats…").trigger()
    dialog = file_dialog(qtbot, again)
    assert folder_of(dialog.directory().path()) == exports
    assert name_field(dialog).text() == ""
    press(qtbot, dialog, QDialogButtonBox.ButtonRole.RejectRole)


def press_keys(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+Shift+`key` in the window, made active first as a person's window is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, CTRL_SHIFT)  # it returns: no nested event loop


def picture(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path))
    return path


def test_attach_image_opens_in_pictures_without_blocking_and_remembers_the_folder(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, home: Path, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="vision"))
    picture(home / "Pictures" / "teal.png")
    shots = tmp_path / "shots"
    shots.mkdir()
    picture(shots / "second.png")

    press_keys(qtbot, window, Qt.Key.Key_I)
    dialog = file_dialog(qtbot, window)
    assert folder_of(dialog.directory().path()) == home / "Pictures"
    save_or_open(qtbot, dialog, "teal.png")
    assert [a.name for a in window.attachments.attachments()] == ["teal.png"]

    press_keys(qtbot, window, Qt.Key.Key_I)
    dialog = file_dialog(qtbot, window)
    go_to_folder(qtbot, dialog, shots)
    save_or_open(qtbot, dialog, "second.png")
    assert [a.name for a in window.attachments.attachments()] == ["teal.png", "second.png"]

    press_keys(qtbot, window, Qt.Key.Key_I)
    dialog = file_dialog(qtbot, window)
    assert folder_of(dialog.directory().path()) == shots
    press(qtbot, dialog, QDialogButtonBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(window.attachments.attachments()) == 2


def test_open_a_model_file_opens_in_downloads_without_blocking(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, home: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    before = window.session.setup
    (home / "Downloads" / "notes.gguf").write_text("shopping: milk, bread")

    press_keys(qtbot, window, Qt.Key.Key_M)
    dialog = file_dialog(qtbot, window)
    assert folder_of(dialog.directory().path()) == home / "Downloads"
    save_or_open(qtbot, dialog, "notes.gguf")
    qtbot.waitUntil(
        lambda: window.dialogs.warning_box is not None and window.dialogs.warning_box.isVisible()
    )
    box = window.dialogs.warning_box
    assert box is not None
    assert "is not a GGUF model file" in box.text()
    assert window.session.setup == before
    box.close()
