"""No nested event loops: a dialog run with exec() (or a static getter such as
QFileDialog.getOpenFileName or QMessageBox.warning) spins a second loop inside a slot,
where qasync's tasks and the window's own slots can run again before the first returns."""

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from core.config.chat_options import BUILT_IN_PRESETS, ChatOptions
from gui.dialogs.chat_options import ChatOptionsDialog

GUI = Path(__file__).resolve().parents[2] / "gui"
BLOCKING_STATICS = (
    {("QMessageBox", name) for name in ("warning", "information", "critical", "question", "about")}
    | {
        ("QFileDialog", name)
        for name in (
            "getOpenFileName",
            "getOpenFileNames",
            "getSaveFileName",
            "getExistingDirectory",
        )
    }
    | {("QInputDialog", name) for name in ("getText", "getInt", "getDouble", "getItem")}
)


def blocking_calls(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = node.func.attr
        if name == "exec":
            found.append(f"line {node.lineno}: .exec()")
        elif isinstance(owner, ast.Name) and (owner.id, name) in BLOCKING_STATICS:
            found.append(f"line {node.lineno}: {owner.id}.{name}()")
    return found


def test_no_module_in_gui_opens_a_dialog_with_a_nested_event_loop() -> None:
    offenders = {
        path.name: calls
        for path in sorted(GUI.rglob("*.py"))
        if (calls := blocking_calls(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_check_finds_what_it_looks_for() -> None:
    assert blocking_calls("menu.exec(point)\nQMessageBox.warning(self, 'a', 'b')\n") == [
        "line 1: .exec()",
        "line 2: QMessageBox.warning()",
    ]


def test_save_as_preset_asks_for_its_name_without_blocking(qtbot: QtBot) -> None:
    dialog = ChatOptionsDialog(ChatOptions(temperature=0.3), BUILT_IN_PRESETS, ())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.presets_changed) as saved:
        qtbot.mouseClick(dialog.save_preset_button, Qt.MouseButton.LeftButton)
        asked = dialog.name_dialog
        assert asked is not None and asked.isVisible()  # the click has returned already
        field = asked.findChild(QLineEdit)
        assert field is not None
        qtbot.keyClicks(field, "Careful")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [p.name for p in saved.args[0]] == ["Careful"]
    assert dialog.preset.currentText() == "Careful"
