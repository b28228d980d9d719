"""One table of actions builds the menus, and the shortcut list is read from those menus."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from gui.dialogs.shortcuts import menu_shortcuts, plain_text
from gui.window.actions import menus
from gui.window.main_window import MainWindow


def test_the_menus_are_the_table(window: MainWindow) -> None:
    bar = window.menuBar()
    built = []
    for top in bar.actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        items = [a for a in menu.actions() if not a.isSeparator()]
        built.append((top.text(), [(a.text(), a.shortcuts()) for a in items]))
    table = [
        (menu.title, [(i.text, [QKeySequence(k) for k in i.keys]) for i in menu.items if i])
        for menu in menus()
    ]
    # The portable copy's "Add to menu" items are added to Help after the table.
    assert built[: len(table) - 1] == table[:-1]
    assert built[len(table) - 1][1][: len(table[-1][1])] == table[-1][1]


def test_the_shortcut_list_shows_every_keyed_item_of_the_table(window: MainWindow) -> None:
    listed = {
        (section, row.description)
        for section, rows in menu_shortcuts(window.menuBar())
        for row in rows
    }
    for menu in menus():
        for item in menu.items:
            if item is not None and item.keys:
                name = item.text.replace("&", "").removesuffix("…").strip()
                assert (menu.title.replace("&", ""), name) in listed, name
    assert plain_text(window.new_chat_action) == "New chat"
