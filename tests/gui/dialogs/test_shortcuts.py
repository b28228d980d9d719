"""Help → Keyboard shortcuts (F1): a table made from the menus, readable at any text size."""

import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.dialogs.shortcuts import ShortcutsDialog
from gui.window.main_window import MainWindow
from gui.window.text_size import MAX_TEXT
from tests.gui.conftest import WindowFactory
from tests.support.fake_openai import FakeOpenAIServer


def press_f1(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # returns at once: no exec() loop
    dialogs = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert not dialogs[0].isModal()
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def area(label: QLabel, dialog: QWidget) -> QRect:
    return QRect(label.mapTo(dialog, label.rect().topLeft()), label.size())


def check_layout(dialog: ShortcutsDialog, points: float) -> None:
    assert dialog.rows
    for keys, description in dialog.rows:
        assert keys.font().pointSizeF() == points
        key_area, description_area = area(keys, dialog), area(description, dialog)
        assert not key_area.intersects(description_area), (keys.text(), description.text())
        assert key_area.right() < description_area.left()
        # Nothing cut off: each label has at least the room its text asks for.
        assert keys.width() >= keys.sizeHint().width(), keys.text()
        assert description.width() >= description.sizeHint().width(), description.text()
    rows = [area(k, dialog).united(area(d, dialog)) for k, d in dialog.rows]
    for above, below in itertools.pairwise(rows):
        assert above.bottom() < below.top()


def listed(dialog: ShortcutsDialog) -> set[tuple[str, str]]:
    return {(k.text(), d.text()) for k, d in dialog.rows}


def test_f1_lists_every_menu_shortcut_in_two_columns_at_any_text_size(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    dialog = press_f1(qtbot, window)
    check_layout(dialog, window.prompt.font().pointSizeF())

    expected: set[tuple[str, str]] = set()
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.shortcuts():
                keys = " or ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                expected.add((keys, action.text().replace("&", "").removesuffix("…")))
    assert len(expected) >= 14
    assert ("Ctrl+Shift+M", "Open a model file (.gguf)") in expected
    assert expected <= listed(dialog)
    assert {("Enter", "Send"), ("Shift+Enter", "New line"), ("Esc", "Stop the reply")} <= listed(
        dialog
    )
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    for _ in range(40):  # View → Larger text, pressed until it grows no more
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.setup.settings.text_size == MAX_TEXT
    large = press_f1(qtbot, window)
    check_layout(large, MAX_TEXT)
    assert expected <= listed(large)
    large.close()
