"""Help → Keyboard shortcuts: a two-column table made from the window's own menus.

Built from the menus' actions (their text and shortcuts) plus the few keys that are
not menu items, so the list cannot drift from what the keys really do.
"""

import re
from dataclasses import dataclass
from functools import reduce

from PySide6.QtCore import QEvent, Qt, QTimer
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

from core.i18n import Context

ShortcutsBox = Context("ShortcutsBox")


@dataclass(frozen=True)
class Shortcut:
    keys: str
    description: str


def _native(keys: str) -> str:
    """Keys as this platform writes them, in the user's language ("Ctrl+V", "⌘V")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def outside_menus() -> list[Shortcut]:
    """Keys handled by widgets rather than menu items."""
    return [
        Shortcut(_native("Enter"), ShortcutsBox.tr("Send", "what the Enter key does")),
        Shortcut(_native("Shift+Enter"), ShortcutsBox.tr("New line")),
        Shortcut(_native("Esc"), ShortcutsBox.tr("Stop the reply")),
        Shortcut(_native("Ctrl+V"), ShortcutsBox.tr("Paste text or an image into the prompt")),
        Shortcut(_native("Delete"), ShortcutsBox.tr("Delete the chat selected in the list")),
    ]


def plain_text(action: QAction) -> str:
    """An action's text as read: no mnemonic marks, no trailing "…" (U+2026, as sources
    and translations write it; three dots are taken off as well), and none of the
    "(&F)" mnemonics that Chinese, Japanese and Korean texts append."""
    text = action.text().replace("&&", "\0")
    text = re.sub(r"\s*\(&\w\)", "", text)
    text = text.replace("&", "").replace("\0", "&").strip()
    return text.removesuffix("…").removesuffix("...").strip()


def keys_text(action: QAction) -> str:
    fmt = QKeySequence.SequenceFormat.NativeText
    keys = [s.toString(fmt) for s in action.shortcuts() if not s.isEmpty()]
    if not keys:
        return ""
    return reduce(
        lambda first, second: ShortcutsBox.tr("{first} or {second}", first=first, second=second),
        keys,
    )


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
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if text_points:  # follow View → Larger text, as the conversation does
            self.setStyleSheet(f"QLabel {{ font-size: {text_points:g}pt; }}")
        self.rows: list[tuple[QLabel, QLabel]] = []
        self._menu_bar = menu_bar
        self._refill_pending = False

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fill()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(ShortcutsBox.tr("Keyboard shortcuts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if not self._refill_pending:
                # After the window has written its menus in the new language.
                self._refill_pending = True
                QTimer.singleShot(0, self, self._fill)
        super().changeEvent(event)

    def _fill(self) -> None:
        """The table, from the menus as they read now."""
        self._refill_pending = False
        self.rows = []
        table = QWidget(self)
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        sections = [
            (ShortcutsBox.tr("Writing", "keys used while writing a prompt"), outside_menus()),
            *menu_shortcuts(self._menu_bar),
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

        scroll = self._scroll
        scroll.setWidget(table)  # deletes the table it showed before
        # As wide as the table (columns never squeeze into each other); as tall as it
        # fits on the screen, scrolling beyond that.
        table.ensurePolished()
        hint = table.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(hint.width() + bar + 2 * scroll.frameWidth())
        parent = self.parentWidget()
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        height = hint.height() + 2 * scroll.frameWidth()
        scroll.setMinimumHeight(min(height, int(screen.availableGeometry().height() * 0.7)))
