"""Help → Keyboard shortcuts: a two-column table made from the window's own menus.

Built from the menus' actions (their text and shortcuts) plus the few keys that are
not menu items, so the list cannot drift from what the keys really do.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Keys handled by widgets rather than menu items.
OUTSIDE_MENUS = (
    ("Enter", "Send"),
    ("Shift+Enter", "New line"),
    ("Esc", "Stop the reply"),
    ("Ctrl+V", "Paste text or an image into the prompt"),
    ("Delete", "Delete the chat selected in the list"),
)


@dataclass(frozen=True)
class Shortcut:
    keys: str
    description: str


def plain_text(action: QAction) -> str:
    """An action's text as read: no mnemonic marks, no trailing "…"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").strip()


def keys_text(action: QAction) -> str:
    fmt = QKeySequence.SequenceFormat.NativeText
    return " or ".join(s.toString(fmt) for s in action.shortcuts() if not s.isEmpty())


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, list[Shortcut]]]:
    """Each menu's name and the shortcuts of its items, in menu order."""
    sections: list[tuple[str, list[Shortcut]]] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows = _shortcuts_in(menu)
            if rows:
                sections.append((plain_text(top), rows))
    return sections


def _shortcuts_in(menu: QMenu) -> list[Shortcut]:
    rows: list[Shortcut] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows.extend(_shortcuts_in(submenu))
        elif keys_text(action):
            rows.append(Shortcut(keys_text(action), plain_text(action)))
    return rows


class ShortcutsDialog(QDialog):
    """A non-modal window listing keys and what they do; `rows` holds each row's
    (keys label, description label)."""

    def __init__(self, menu_bar: QMenuBar, text_points: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if text_points:  # follow View → Larger text, as the conversation does
            self.setStyleSheet(f"QLabel {{ font-size: {text_points:g}pt; }}")
        self.rows: list[tuple[QLabel, QLabel]] = []

        table = QWidget(self)
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        sections = [
            ("Writing", [Shortcut(k, d) for k, d in OUTSIDE_MENUS]),
            *menu_shortcuts(menu_bar),
        ]
        line = 0
        for heading, shortcuts in sections:
            title = QLabel(heading, table)
            title.setObjectName("shortcutHeading")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setContentsMargins(0, 10 if line else 0, 0, 2)
            grid.addWidget(title, line, 0, 1, 2)
            line += 1
            for shortcut in shortcuts:
                keys = QLabel(shortcut.keys, table)
                keys.setObjectName("shortcutKeys")
                keys.setTextFormat(Qt.TextFormat.PlainText)
                description = QLabel(shortcut.description, table)
                description.setTextFormat(Qt.TextFormat.PlainText)
                description.setAccessibleDescription(shortcut.keys)
                grid.addWidget(keys, line, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(description, line, 1, Qt.AlignmentFlag.AlignTop)
                self.rows.append((keys, description))
                line += 1

        scroll = QScrollArea(self)
        scroll.setWidget(table)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as the table (columns never squeeze into each other); as tall as it
        # fits on the screen, scrolling beyond that.
        table.ensurePolished()
        hint = table.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(hint.width() + bar + 2 * scroll.frameWidth())
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        height = hint.height() + 2 * scroll.frameWidth()
        scroll.setMinimumHeight(min(height, int(screen.availableGeometry().height() * 0.7)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
