"""Answering a file dialog through its own controls, as a person does."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot


def file_dialog(qtbot: QtBot, parent: QWidget) -> QFileDialog:
    """The file dialog `parent` opened (waited for), active, its name field focused."""

    def shown() -> QFileDialog | None:
        return next((d for d in parent.findChildren(QFileDialog) if d.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    assert dialog.isModal()  # window-modal through open(), not a nested exec() loop
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    edit = name_field(dialog)
    # Offscreen, the completer's pop-up list warns that it cannot raise itself.
    edit.setCompleter(QCompleter([], edit))
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)  # the dialog follows typing only in a focused field
    return dialog


def name_field(dialog: QFileDialog) -> QLineEdit:
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    return edit


def choose_type(qtbot: QtBot, dialog: QFileDialog, label: str) -> None:
    """Pick the file type starting with `label` from the dialog's list, by keyboard."""
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert combo is not None
    wanted = combo.findText(label, Qt.MatchFlag.MatchStartsWith)
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentText().startswith(label):
            return
        qtbot.keyClick(combo, key)
    assert combo.currentText().startswith(label)


def type_name(qtbot: QtBot, dialog: QFileDialog, text: str) -> None:
    """Click into the name field and type `text` over what it holds."""
    edit = name_field(dialog)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.hasFocus)  # the dialog follows typing only in a focused field
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def press(qtbot: QtBot, dialog: QFileDialog, role: QDialogButtonBox.ButtonRole) -> None:
    """Click the dialog's Save/Open (AcceptRole) or Cancel (RejectRole) button."""
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    assert isinstance(button, QPushButton) and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go_to_folder(qtbot: QtBot, dialog: QFileDialog, folder: Path) -> None:
    """Type a folder's path and press Save/Open: the dialog moves there."""
    type_name(qtbot, dialog, str(folder))
    press(qtbot, dialog, QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: Path(dialog.directory().path()) == folder)
    assert dialog.isVisible()


def save_or_open(qtbot: QtBot, dialog: QFileDialog, name: str) -> None:
    type_name(qtbot, dialog, name)
    press(qtbot, dialog, QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: not dialog.isVisible())
