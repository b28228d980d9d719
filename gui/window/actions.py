"""The window's menus, as one table: each item's text, shortcuts and what it runs.

Help -> Keyboard shortcuts is built from the menus this table makes
(`gui/dialogs/shortcuts.py`), so the two cannot disagree. The table is made in the
user's language each time it is asked for (`menus()`), so the built menus can take a
new language's texts (`BuiltMenus.retranslate`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from core.i18n import Context

Menus = Context("Menus")

Key = str | QKeySequence.StandardKey
Role = QAction.MenuRole


@dataclass(frozen=True)
class Item:
    text: str
    run: str  # the window's attribute that runs it, dotted ("sidebar.rename_current")
    keys: tuple[Key, ...] = ()
    name: str = ""  # kept as window.<name> when set
    # Where macOS puts it: About, Settings and Quit go to the application menu. Set for
    # every item, as Qt would otherwise guess from the (translated) text.
    role: Role = Role.NoRole
    checked: str = ""  # a check item: the window's attribute saying whether it is on
    # One of several choices sharing `checked` (the attribute naming the one in use):
    # checked when it names this one, and choosing one unchecks the others.
    choice: str = ""


@dataclass(frozen=True)
class Menu:
    key: str  # how the code names it, in every language: "file", "chat", "view", "help"
    title: str
    items: "tuple[Item | None, ...]"


SEPARATOR = None


def menus() -> tuple[Menu, ...]:
    """The menu bar's table, its texts in the user's language."""
    return (
        Menu(
            "file",
            Menus.tr("&File"),
            (
                Item(
                    Menus.tr("&New chat"),
                    "new_chat",
                    (QKeySequence.StandardKey.New,),
                    "new_chat_action",
                ),
                Item(
                    Menus.tr("&Settings…"),
                    "dialogs.open_settings",
                    ("Ctrl+,",),
                    "settings_action",
                    role=Role.PreferencesRole,
                ),
                Item(Menus.tr("&Prices…"), "dialogs.open_prices"),
                Item(
                    Menus.tr("&Find in all chats"),
                    "focus_search",
                    (QKeySequence.StandardKey.Find,),
                ),
                Item(Menus.tr("&Rename chat"), "sidebar.rename_current", ("F2",)),
                # Ctrl+Z undoes typing while the field has some, else brings back the chat.
                Item(
                    Menus.tr("&Undo delete", "brings back the chat deleted last"),
                    "sidebar.undo_delete",
                    (QKeySequence.StandardKey.Undo,),
                    "undo_delete_action",
                ),
                SEPARATOR,
                Item(Menus.tr("&Export this chat…"), "transfers.export_current"),
                Item(Menus.tr("Export &all chats…"), "transfers.export_all"),
                Item(Menus.tr("&Import chats…"), "transfers.import_file"),
                SEPARATOR,
                Item(Menus.tr("&Quit"), "close", ("Ctrl+Q",), role=Role.QuitRole),
            ),
        ),
        Menu(
            "chat",
            Menus.tr("&Chat", "the menu"),
            (
                Item(Menus.tr("Switch &model"), "switch_model", ("Ctrl+M",)),
                Item(
                    Menus.tr("Chat &options…", "system prompt, temperature, reply length"),
                    "dialogs.open_chat_options",
                    ("Ctrl+Shift+O",),
                ),
                Item(Menus.tr("Attach &files or images…"), "pick_images", ("Ctrl+Shift+I",)),
                Item(
                    Menus.tr("Open a model file (.&gguf)…"),
                    "open_model_file",
                    ("Ctrl+Shift+M",),
                ),
                SEPARATOR,
                Item(
                    Menus.tr("&Delete chat"),
                    "delete_current_chat",
                    ("Ctrl+Shift+Backspace",),
                    "delete_chat_action",
                ),
            ),
        ),
        Menu(
            "view",
            Menus.tr("&View"),
            (
                Item(Menus.tr("Show or hide the &sidebar"), "sidebar_fold.toggle", ("Ctrl+B",)),
                SEPARATOR,
                Item(
                    Menus.tr("L&ight theme"), "theme.light", checked="theme.current", choice="light"
                ),
                Item(Menus.tr("Dar&k theme"), "theme.dark", checked="theme.current", choice="dark"),
                Item(
                    Menus.tr("The system's t&heme"),
                    "theme.system",
                    checked="theme.current",
                    choice="system",
                ),
                SEPARATOR,
                Item(Menus.tr("&Larger text"), "text_size.bigger", ("Ctrl+=", "Ctrl++")),
                Item(Menus.tr("S&maller text"), "text_size.smaller", ("Ctrl+-",)),
                Item(Menus.tr("&Default text size"), "text_size.default", ("Ctrl+0",)),
                SEPARATOR,
                Item(
                    Menus.tr("Show &figures (tokens, speed, cost)"),
                    "figures.set_shown",
                    name="figures_action",
                    checked="figures.shown",
                ),
            ),
        ),
        Menu(
            "help",
            Menus.tr("&Help"),
            (
                Item(Menus.tr("&Keyboard shortcuts"), "dialogs.show_shortcuts", ("F1",)),
                SEPARATOR,
                Item(
                    Menus.tr("&About Rivulet"),
                    "dialogs.show_about",
                    name="about_action",
                    role=Role.AboutRole,
                ),
            ),
        ),
    )


class BuiltMenus:
    """The table's menus on a window's menu bar: each menu by its key (`built["help"]`),
    each item's action by what it runs (`actions["new_chat"]`).

    Made in two steps, as the window is: the menus' titles first (the bar takes its
    height, so nothing below moves when the items come), then `fill` adds the items once
    what they run exists.
    """

    def __init__(self, window: QMainWindow) -> None:
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        for table in menus():
            self.menus[table.key] = window.menuBar().addMenu(table.title)

    def fill(self, window: QMainWindow) -> None:
        """Add every item; each runs the window's attribute its table names."""
        groups: dict[str, QActionGroup] = {}
        for table in menus():
            menu = self.menus[table.key]
            for item in table.items:
                if item is None:
                    menu.addSeparator()
                    continue
                action = QAction(item.text, window)
                action.setShortcuts([QKeySequence(key) for key in item.keys])
                run: Callable[..., object] = attrgetter(item.run)(window)
                if item.checked:
                    action.setCheckable(True)
                    state = attrgetter(item.checked)(window)
                    if item.choice:
                        if item.checked not in groups:
                            groups[item.checked] = QActionGroup(window)  # exclusive
                        groups[item.checked].addAction(action)
                        action.setChecked(state == item.choice)
                        action.triggered.connect(run)
                    else:
                        action.setChecked(bool(state))
                        action.toggled.connect(run)
                else:
                    action.triggered.connect(run)
                action.setMenuRole(item.role)
                if item.name:
                    setattr(window, item.name, action)
                self.actions[item.run] = action
                menu.addAction(action)

    def __getitem__(self, key: str) -> QMenu:
        return self.menus[key]

    def retranslate(self) -> None:
        """Write every menu's and item's text again, in the language now in use."""
        for table in menus():
            self.menus[table.key].setTitle(table.title)
            for item in table.items:
                if item is not None:
                    self.actions[item.run].setText(item.text)
