"""The sidebar: every conversation under date headings, pinned ones first, with search,
a "…" menu on each row (rename, pin, export, delete), and delete with undo."""

import time

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.history.store import HistoryStore
from core.i18n import Context
from gui.icons import IconButton
from gui.sidebar.list_model import ConversationListModel, Row, hit_row
from gui.sidebar.row_button import RowButton
from gui.sidebar.row_delegate import RowDelegate
from gui.sidebar.search_field import SearchField

SEARCH_DELAY_MS = 150
UNDO_SECONDS = 10
FIRST_ROWS = 60  # more than a tall screen shows

SidebarPanel = Context("SidebarPanel")


def _native(key: QKeySequence.StandardKey) -> str:
    """A standard key as this platform writes it, in the user's language ("Ctrl+N", "⌘N")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class Sidebar(QWidget):
    """Signals:
    conversation_chosen(str, str): open conversation `id`, at message `message_id` if not "".
    new_chat_requested(): the New chat button was pressed.
    conversation_deleted(str): a conversation was deleted (Undo may bring it back).
    current_title_changed(str): the open chat's title ("" for a new chat not saved yet).
    export_requested(str): the user asked to export conversation `id` (from its menu).

    The highlighted row is always the open chat's (`mark_current`), through deletes,
    undos, renames, imports and searches; the arrow keys move only the keyboard's cursor.
    """

    conversation_chosen = Signal(str, str)
    new_chat_requested = Signal()
    conversation_deleted = Signal(str)
    current_title_changed = Signal(str)
    export_requested = Signal(str)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # one colour, list and all
        self._store = store
        self._current: str | None = None
        # Deleted this session, newest last: (row number then, the row, the search then,
        # whether it was the open chat).
        self._deleted: list[tuple[int, Row, str, bool]] = []

        self.search = SearchField(self)
        self.search.setClearButtonEnabled(True)
        self.search.dismissed.connect(self._on_search_dismissed)
        self.new_button = IconButton("square-pen", "", self)
        self.new_button.setObjectName("newChatButton")
        self.new_button.show_text(True)
        self.new_button.clicked.connect(self.new_chat_requested)

        self.model = ConversationListModel()
        self.model.title_edited.connect(self._on_model_title_edited)
        self.list = QListView(self)
        # A short window keeps a row or two of the list, not the scroll area's 68 px.
        self.list.setMinimumHeight(36)
        self.list.setModel(self.model)
        self.delegate = RowDelegate(self.model, self.list)
        self.list.setItemDelegate(self.delegate)
        # Every row is one height (headings too): the view lays out 10,000 rows at once.
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Long titles are cut with "…" at the list's edge, never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # The highlight is the open chat's alone (`mark_current`); the arrow keys move only
        # the keyboard's cursor (a focus frame), and Enter opens the chat under it.
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)
        self.row_button = RowButton(self.list, self.delegate)
        self.row_button.menu_requested.connect(self._open_row_menu)

        delete = self._delete_action = QAction(self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        # The row's menu from the keyboard, for whoever cannot right-click.
        menu_key = self._menu_action = QAction(self.list)
        menu_key.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(self._on_menu_key_triggered)
        self.list.addAction(menu_key)

        self.undo_bar = QWidget(self)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.undo_bar)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        # What an empty list says instead of nothing: what will appear there, or that
        # no chat matches the search.
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("sidebarEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.hide()
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_empty_state)
        self._announced = ""  # the open chat's title, as last reported
        self.model.dataChanged.connect(self._announce_title)  # renamed, or titled

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 10)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.search)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        # A screenful now; the rest once the window is on screen (`finish_loading`):
        # with 10,000 chats, reading them all would delay the first frame.
        self.model.replace(self._summary_rows(FIRST_ROWS))
        self._complete = len(self.model.chats) < FIRST_ROWS
        self._retranslate()

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(SidebarPanel.tr("Search all chats"))
        self.search.setAccessibleName(SidebarPanel.tr("Search all chats"))
        new_chat = SidebarPanel.tr("New chat", "a button: start a new chat")
        self.new_button.setText(new_chat)
        self.new_button.setAccessibleName(new_chat)
        self.new_button.setToolTip(
            #: The New chat button's tooltip, with its keyboard shortcut ("Ctrl+N").
            SidebarPanel.tr("New chat ({keys})", keys=_native(QKeySequence.StandardKey.New))
        )
        self.list.setAccessibleName(SidebarPanel.tr("Conversations"))
        self._delete_action.setText(SidebarPanel.tr("Delete chat"))
        self._menu_action.setText(SidebarPanel.tr("Chat actions"))
        self.undo_button.setText(SidebarPanel.tr("Undo", "a button: bring back a deleted chat"))
        self.undo_button.setAccessibleName(SidebarPanel.tr("Undo delete"))
        self.undo_button.setToolTip(
            #: The Undo button's tooltip, with its keyboard shortcut ("Ctrl+Z").
            SidebarPanel.tr(
                "Bring the chat back ({keys})", keys=_native(QKeySequence.StandardKey.Undo)
            )
        )
        self.row_button.retranslate()
        self._show_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            # The headings (and the search hits' lines) are written in the new language.
            if self.model.grouped or not self.search.text().strip():
                self.model.retranslate()
            else:
                self.reload()
        super().changeEvent(event)

    def finish_loading(self) -> None:
        """Add the chats below the first screenful."""
        if self._complete:
            return
        if self.search.text().strip():
            self.reload()  # a search shows its own rows; the list is read when it ends
            return
        self._complete = True
        rows = self._summary_rows()
        shown = self.model.chats
        if [r.conversation_id for r in shown] == [r.conversation_id for r in rows[: len(shown)]]:
            self.model.extend(rows[len(shown) :])
        else:  # the list changed meanwhile
            self.model.replace(rows)
            self._show_current()

    # -- what the list shows ----------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read the list again from the store: every chat, or the search's results."""
        self._complete = True
        text = self.search.text().strip()
        if text:
            pinned = self._store.pinned_ids()  # so a hit's menu offers Pin or Unpin rightly
            rows = [
                hit_row(hit, hit.conversation_id in pinned)
                for hit in self._store.search_conversations(text)
            ]
        else:
            rows = self._summary_rows()
        self.model.replace(rows, grouped=not text)
        self._show_current()

    @Slot()
    def _show_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty_label.setText(
                SidebarPanel.tr("No chat matches your search.")
                if self.search.text().strip()
                else SidebarPanel.tr("Your chats will appear here. They are kept on this computer.")
            )
        self.empty_label.setVisible(empty)

    def _summary_rows(self, limit: int = -1) -> list[Row]:
        return [
            Row(c.id, c.title, c.updated_at, pinned=c.pinned)
            for c in self._store.conversations(limit)
        ]

    @Slot()
    def _run_search(self) -> None:
        self.reload()

    @Slot()
    def _on_search_dismissed(self) -> None:
        self._search_timer.stop()
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def title_of(self, conversation_id: str) -> str | None:
        number = self.model.row_of(conversation_id)
        return self.model.rows[number].title if number >= 0 else None

    def set_title(self, conversation_id: str, title: str) -> None:
        number = self.model.row_of(conversation_id)
        if number >= 0:
            self.model.rows[number].title = title
            index = self.model.index(number)
            self.model.dataChanged.emit(index, index)

    def stop(self) -> None:
        """No more searches: the store is closing."""
        self._search_timer.stop()
        self.search.textChanged.disconnect(self._search_timer.start)

    def touch(self, conversation_id: str, title: str) -> None:
        """A conversation got a new message: put it on top (unless a search is shown)."""
        if not self.search.text().strip():
            self.model.move_to_top(conversation_id, title)
        self.mark_current(conversation_id)

    def mark_current(self, conversation_id: str | None) -> None:
        """`conversation_id` is the open chat (None: a new chat not saved yet)."""
        self._current = conversation_id
        self._show_current()

    @Slot()
    def _announce_title(self) -> None:
        listed = self.title_of(self._current) if self._current else None
        if listed is None and self._current and self.search.text().strip():
            return  # a search lists other chats: the open one keeps its title meanwhile
        title = listed or ""
        if title != self._announced:
            self._announced = title
            self.current_title_changed.emit(title)

    def _show_current(self) -> None:
        self._announce_title()
        selection = self.list.selectionModel()
        number = self.model.row_of(self._current) if self._current else -1
        if number < 0:
            selection.clearSelection()
            return
        index = self.model.index(number)
        selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not self.list.hasFocus():  # else the keyboard's cursor stays where the user is
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.list.scrollTo(index)

    # -- actions -----------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        row = self._chat_at(index)
        if row is not None:
            self.mark_current(row.conversation_id)
            self.conversation_chosen.emit(row.conversation_id, row.message_id)

    @Slot(str, str)
    def _on_model_title_edited(self, conversation_id: str, title: str) -> None:
        self._store.rename(conversation_id, title)

    @Slot()
    def rename_current(self) -> None:
        """Rename in place: the row the list's keyboard focus is on, else the open chat's."""
        index = self.list.currentIndex()
        if not self.list.hasFocus() and self._current:
            index = self.model.index(self.model.row_of(self._current))
        self._rename(index)

    def _rename(self, index: QModelIndex) -> None:
        if self._chat_at(index) is not None:
            self.row_button.clear()
            self.list.edit(index)

    def _chat_at(self, index: QModelIndex) -> Row | None:
        """The chat (or hit) on the view's row `index`; None for a heading or no row."""
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        row = self.model.rows[index.row()]
        return None if row.heading else row

    def set_pinned(self, conversation_id: str, pinned: bool) -> None:
        """Pin a chat to the top of the list, or unpin it."""
        self._store.set_pinned(conversation_id, pinned)
        if self.model.grouped:
            self.model.set_pinned(conversation_id, pinned)
        else:  # search results keep their order; the list shows the pin when it is back
            number = self.model.row_of(conversation_id)
            if number >= 0:
                self.model.rows[number].pinned = pinned
        self._show_current()

    @Slot()
    def delete_current(self) -> None:
        """Delete the row the list's keyboard focus is on."""
        row = self._chat_at(self.list.currentIndex())
        if row is not None:
            self.delete_chat(row.conversation_id)

    def delete_chat(self, conversation_id: str) -> None:
        """Delete a chat, shown or not; `undo_delete` brings it back."""
        number = self.model.row_of(conversation_id)
        if number >= 0:
            row = self.model.remove(number)
        else:  # deleted from the menu while a search hides it: read its row
            summary = next(
                (c for c in self._store.conversations() if c.id == conversation_id), None
            )
            # None: its first prompt is still on its way to the disk (it was just sent).
            title, stamp = (summary.title, summary.updated_at) if summary else ("", time.time())
            pinned = bool(summary and summary.pinned)
            row = Row(conversation_id, title, stamp, pinned=pinned)
        self._store.set_deleted(conversation_id, True)
        was_open = conversation_id == self._current
        self._deleted.append((number, row, self.search.text().strip(), was_open))
        self.undo_label.setText(
            SidebarPanel.tr("Deleted “{title}”.", title=row.title)
            if row.title
            else SidebarPanel.tr("Deleted the chat.")
        )
        self.undo_bar.show()
        self._undo_timer.start()
        self._show_current()  # the open chat keeps its highlight
        self.conversation_deleted.emit(conversation_id)

    @Slot()
    def undo_delete(self) -> None:
        """Bring back the chat deleted last."""
        self.undo_bar.hide()
        if not self._deleted:
            return
        number, row, searched, was_open = self._deleted.pop()
        self._store.set_deleted(row.conversation_id, False)
        shown = self.search.text().strip()
        if not shown:
            # A chat deleted before it was on the disk has its title there by now.
            title = row.title or self._store.title(row.conversation_id) or ""
            self.model.insert_in_order(
                Row(row.conversation_id, title, row.stamp, pinned=row.pinned)
            )
        elif shown == searched and number >= 0:
            self.model.insert(min(number, len(self.model.rows)), row)
        if was_open and self._current is None:  # nothing else opened since: open it again
            self.mark_current(row.conversation_id)
            self.conversation_chosen.emit(row.conversation_id, "")
        else:
            self._show_current()

    @Slot(QPoint)
    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if self._chat_at(index) is not None:
            self._open_row_menu(index, self.list.viewport().mapToGlobal(position))

    @Slot()
    def _on_menu_key_triggered(self) -> None:
        index = self.list.currentIndex()
        if self._chat_at(index) is not None:
            corner = self.list.visualRect(index).bottomLeft()
            self._open_row_menu(index, self.list.viewport().mapToGlobal(corner))

    @Slot(QModelIndex, QPoint)
    def _open_row_menu(self, index: QModelIndex, where: QPoint) -> None:
        row = self._chat_at(index)
        if row is None:
            return
        conversation_id, pinned = row.conversation_id, row.pinned
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(
            SidebarPanel.tr("Rename", "a chat's menu item"),
            lambda: self._rename(self._index_of(conversation_id)),
        )
        menu.addAction(
            SidebarPanel.tr("Unpin", "a chat's menu item")
            if pinned
            else SidebarPanel.tr("Pin to top", "a chat's menu item"),
            lambda: self.set_pinned(conversation_id, not pinned),
        )
        menu.addAction(
            SidebarPanel.tr("Export…", "a chat's menu item"),
            lambda: self.export_requested.emit(conversation_id),
        )
        menu.addSeparator()
        menu.addAction(
            SidebarPanel.tr("Delete", "a chat's menu item"),
            lambda: self.delete_chat(conversation_id),
        )
        # popup(), not exec(): no nested event loop under qasync.
        menu.popup(where)

    def _index_of(self, conversation_id: str) -> QModelIndex:
        return self.model.index(self.model.row_of(conversation_id))
