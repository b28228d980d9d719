"""The window's menus, as one table: each item's text, shortcuts and what it runs.

Help -> Keyboard shortcuts is built from the menus this table makes
(`gui/dialogs/shortcuts.py`), so the two cannot disagree.
"""

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Item:
    text: str
    run: str  # the window's attribute that runs it, dotted ("sidebar.rename_current")
    keys: tuple[Key, ...] = ()
    name: str = ""  # kept as window.<name> when set
    about: bool = False  # the platform's About item (moved to the app menu on macOS)
    checked: str = ""  # a check item: the window's attribute saying whether it is on


SEPARATOR = None

MENUS: tuple[tuple[str, tuple[Item | None, ...]], ...] = (
    (
        "&File",
        (
            Item("&New chat", "new_chat", (QKeySequence.StandardKey.New,), "new_chat_action"),
            Item("&Settings…", "dialogs.open_settings", ("Ctrl+,",), "settings_action"),
            Item("&Prices…", "dialogs.open_prices"),
            Item("&Find in all chats", "focus_search", (QKeySequence.StandardKey.Find,)),
            Item("&Rename chat", "sidebar.rename_current", ("F2",)),
            # Ctrl+Z undoes typing while the field has some, else brings back the chat.
            Item(
                "&Undo delete",
                "sidebar.undo_delete",
                (QKeySequence.StandardKey.Undo,),
                "undo_delete_action",
            ),
            SEPARATOR,
            Item("&Export this chat…", "transfers.export_current"),
            Item("Export &all chats…", "transfers.export_all"),
            Item("&Import chats…", "transfers.import_file"),
            SEPARATOR,
            Item("&Quit", "close", ("Ctrl+Q",)),
        ),
    ),
    (
        "&Chat",
        (
            Item("Switch &model", "switch_model", ("Ctrl+M",)),
            Item("Chat &options…", "dialogs.open_chat_options", ("Ctrl+Shift+O",)),
            Item("Attach &files or images…", "pick_images", ("Ctrl+Shift+I",)),
            Item("Open a model &file (.gguf)…", "open_model_file", ("Ctrl+Shift+M",)),
            SEPARATOR,
            Item(
                "&Delete chat",
                "delete_current_chat",
                ("Ctrl+Shift+Backspace",),
                "delete_chat_action",
            ),
        ),
    ),
    (
        "&View",
        (
            Item("Show or hide the &sidebar", "sidebar_fold.toggle", ("Ctrl+B",)),
            SEPARATOR,
            Item("L&ight theme", "theme.light"),
            Item("Dar&k theme", "theme.dark"),
            Item("The system's t&heme", "theme.system"),
            SEPARATOR,
            Item("&Larger text", "text_size.bigger", ("Ctrl+=", "Ctrl++")),
            Item("&Smaller text", "text_size.smaller", ("Ctrl+-",)),
            Item("&Default text size", "text_size.default", ("Ctrl+0",)),
            SEPARATOR,
            Item(
                "Show &figures (tokens, speed, cost)",
                "figures.set_shown",
                name="figures_action",
                checked="figures.shown",
            ),
        ),
    ),
    (
        "&Help",
        (
            Item("&Keyboard shortcuts", "dialogs.show_shortcuts", ("F1",)),
            SEPARATOR,
            Item("&About Rivulet", "dialogs.show_about", name="about_action", about=True),
        ),
    ),
)


def build_menus(window: QMainWindow) -> dict[str, QMenu]:
    """Add the table's menus to `window`'s menu bar; each menu by its plain name."""
    menus: dict[str, QMenu] = {}
    for title, items in MENUS:
        menu = window.menuBar().addMenu(title)
        menus[title.replace("&", "")] = menu
        for item in items:
            if item is None:
                menu.addSeparator()
                continue
            action = QAction(item.text, window)
            action.setShortcuts([QKeySequence(key) for key in item.keys])
            run: Callable[..., object] = attrgetter(item.run)(window)
            if item.checked:
                action.setCheckable(True)
                action.setChecked(bool(attrgetter(item.checked)(window)))
                action.toggled.connect(run)
            else:
                action.triggered.connect(run)
            if item.about:
                action.setMenuRole(QAction.MenuRole.AboutRole)
            if item.name:
                setattr(window, item.name, action)
            menu.addAction(action)
    return menus
