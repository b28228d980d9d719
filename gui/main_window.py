"""The main window: the conversation above, the prompt below, menus and a status line."""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.errors import ChatError
from core.recorder import ConversationRecorder
from core.settings import Endpoint, Settings, SettingsStore
from core.store import HistoryStore
from gui.async_slot import async_slot
from gui.auto_title import AutoTitler
from gui.chat_session import ChatSession
from gui.conversation_view import ConversationView
from gui.prompt_edit import PromptEdit
from gui.settings_dialog import SettingsDialog
from gui.sidebar import Sidebar
from gui.theme import stylesheet
from gui.transfer_actions import TransferActions

if TYPE_CHECKING:  # imported lazily: openai takes ~300 ms to import
    from core.client import ChatClient

log = logging.getLogger(__name__)

ClientFactory = Callable[[Settings], "ChatClient"]


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: SettingsStore,
        make_client: ClientFactory,
        history: HistoryStore,
        on_secret: Callable[[str | None], None] = lambda _secret: None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Rivulet")
        self.resize(1080, 760)
        self._store = store
        self._make_client = make_client
        self._on_secret = on_secret
        self._settings = store.load()
        self._dialog: SettingsDialog | None = None

        self.view = ConversationView(self)
        self.prompt = PromptEdit(self)
        self.send_button = QPushButton("Send", self)
        self.send_button.setAccessibleName("Send")
        self.send_button.setDefault(True)
        self.send_button.setMinimumWidth(88)
        self._history = history
        self.session = ChatSession(self.view, ConversationRecorder(history), self)

        self._editing: int | None = None  # index of the prompt being edited
        self.edit_banner = QWidget(self)
        banner_row = QHBoxLayout(self.edit_banner)
        banner_row.setContentsMargins(16, 6, 16, 0)
        banner_text = QLabel(
            "Editing an earlier prompt. Sending it starts a new chat from that point; "
            "the original chat stays as it is.",
            self.edit_banner,
        )
        banner_text.setWordWrap(True)
        banner_text.setObjectName("hint")
        self.cancel_edit_button = cancel_edit = QPushButton("Cancel", self.edit_banner)
        cancel_edit.setAccessibleName("Cancel editing")
        cancel_edit.clicked.connect(self._on_cancel_edit_clicked)
        banner_row.addWidget(banner_text, 1)
        banner_row.addWidget(cancel_edit)
        self.edit_banner.hide()

        composer = QWidget(self)
        composer.setObjectName("composer")
        row = QHBoxLayout(composer)
        row.setContentsMargins(16, 10, 16, 14)
        row.addWidget(self.prompt, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.history_notice = QLabel(self)
        self.history_notice.setObjectName("historyNotice")
        self.history_notice.setWordWrap(True)
        self.history_notice.setAccessibleName("History warning")
        self.history_notice.hide()
        column.addWidget(self.history_notice)
        column.addWidget(self.view, 1)
        column.addWidget(self.edit_banner)
        column.addWidget(composer)
        self.sidebar = Sidebar(history, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(central)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 830])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.setStyleSheet(stylesheet(self.palette()))

        self.model_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.model_label)
        self.transfers = TransferActions(self, history, self.session, self.sidebar)
        self._build_menus()

        self.prompt.submitted.connect(self._on_prompt_submitted)
        # Typing is the cue to get the connection ready (openai takes ~300 ms to import).
        self.prompt.textChanged.connect(self.session.prepare)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.session.busy_changed.connect(self._on_session_busy_changed)
        self.view.settings_requested.connect(self.open_settings)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self.session.save_failed.connect(self.show_history_notice)
        # The store reports failed writes on its own thread; the signal brings them here.
        self._write_errors = _WriteErrors(self)
        self._write_errors.write_failed.connect(self.show_history_notice)
        history.on_write_error = self._write_errors.write_failed.emit
        self.session.conversation_touched.connect(self.sidebar.touch)
        self.sidebar.conversation_chosen.connect(self._on_sidebar_conversation_chosen)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)
        self.auto_titler = AutoTitler(
            self.session, history, self.sidebar, self._endpoint_and_model, self
        )

        self._apply_settings(self._settings)
        latest = history.latest_conversation()
        if latest is not None:
            self.session.open(latest)
            self.sidebar.mark_current(latest.id)
        if history.moved_aside is not None:
            self.show_history_notice(
                "Rivulet could not read its history file, so it started a new one. "
                f"The old file is kept at {history.moved_aside}."
            )
        self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._on_startup_pick_model)

    # -- menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_chat_action = self._action(
            "&New chat", QKeySequence.StandardKey.New, self.new_chat
        )
        file_menu.addAction(self.new_chat_action)
        self.settings_action = self._action(
            "&Settings…", QKeySequence("Ctrl+,"), self.open_settings
        )
        file_menu.addAction(self.settings_action)
        file_menu.addAction(
            self._action("&Find in all chats", QKeySequence.StandardKey.Find, self._focus_search)
        )
        file_menu.addAction(
            self._action("&Rename chat", QKeySequence("F2"), self.sidebar.rename_current)
        )
        file_menu.addAction(
            self._action("&Undo delete", QKeySequence.StandardKey.Undo, self.sidebar.undo_delete)
        )
        file_menu.addSeparator()
        for text, slot in (
            ("&Export this chat…", self.transfers.export_current),
            ("Export &all chats…", self.transfers.export_all),
            ("&Import chats…", self.transfers.import_file),
        ):
            file_menu.addAction(self._action(text, QKeySequence(), slot))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", QKeySequence("Ctrl+Q"), self.close))
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(
            self._action("&Keyboard shortcuts", QKeySequence("F1"), self._show_shortcuts)
        )

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @Slot()
    def _focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    @Slot()
    def _show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            "Enter\tSend\nShift+Enter\tNew line\nEsc\tStop the reply\n"
            "Ctrl+N\tNew chat\nCtrl+F\tSearch all chats\nF2\tRename chat\n"
            "Delete\tDelete chat (in the list)\n"
            "Ctrl+,\tSettings\nCtrl+Q\tQuit",
        )

    # -- settings --------------------------------------------------------------
    def _apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        endpoint = settings.endpoint()
        self._on_secret(endpoint.api_key)
        model = settings.model_for(endpoint)
        self.session.configure(lambda: self._make_client(settings), model)
        self.view.welcome.set_configured(endpoint.is_usable)
        if endpoint.is_usable:
            where = endpoint.display_url
            self.model_label.setText(f"{model or 'no model chosen'}  ·  {where}")
        else:
            self.model_label.setText("Not connected to a server yet")

    def _endpoint_and_model(self) -> "tuple[Endpoint, str]":
        return self._settings.endpoint(), self.session.model

    @Slot()
    def open_settings(self) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            return
        dialog = SettingsDialog(self._settings, self._store.vault.keychain_available, self)
        dialog.settings_accepted.connect(self._on_dialog_settings_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_dialog_settings_accepted(self, settings: Settings) -> None:
        try:
            self._store.save(settings)
        except OSError as error:
            QMessageBox.warning(self, "Rivulet", f"Could not save the settings: {error.strerror}")
        self._apply_settings(settings)

    @Slot()
    def _on_dialog_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self.prompt.setFocus()

    @async_slot()
    async def _on_startup_pick_model(self) -> None:
        """With a local server and no model chosen, take the first one it offers."""
        endpoint = self._settings.endpoint()
        if self.session.model or not endpoint.is_usable:
            return
        from core.models import list_models

        try:
            models = await list_models(endpoint)
        except ChatError as error:
            self.statusBar().showMessage(error.message, 15000)
            return
        if models and not self.session.model:
            self._apply_settings(
                Settings(self._settings.api_key, self._settings.base_url, models[0])
            )

    # -- chatting --------------------------------------------------------------
    @Slot()
    def _on_prompt_submitted(self) -> None:
        if self.session.is_busy:
            self.statusBar().showMessage(
                "A reply is still being written: press Stop (Esc) first.", 4000
            )
            return
        text = self.prompt.toPlainText()
        if self._editing is not None:
            sent = self.session.send_edited(self._editing, text)
        else:
            sent = self.session.send(text)
        if sent:
            self.prompt.clear()
            self._stop_editing()

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if self.session.is_busy:
            self.session.stop()
        else:
            self._on_prompt_submitted()
        self.prompt.setFocus()

    @Slot(bool)
    def _on_session_busy_changed(self, busy: bool) -> None:
        self.send_button.setText("Stop" if busy else "Send")
        self.send_button.setAccessibleName("Stop the reply" if busy else "Send")
        self.send_button.setShortcut(QKeySequence("Esc") if busy else QKeySequence())

    @Slot(int)
    def _on_view_edit_requested(self, index: int) -> None:
        if self.session.is_busy:
            return
        self._editing = index
        self.prompt.setPlainText(list(self.session.conversation)[index].content)
        self.edit_banner.show()
        self.prompt.setFocus()
        self.prompt.moveCursor(QTextCursor.MoveOperation.End)

    @Slot()
    def _on_cancel_edit_clicked(self) -> None:
        self._stop_editing()
        self.prompt.clear()
        self.prompt.setFocus()

    @Slot()
    def _stop_editing(self) -> None:
        if self._editing is not None:
            self._editing = None
            self.edit_banner.hide()

    @Slot()
    def new_chat(self) -> None:
        self._stop_editing()
        self.session.new_conversation()
        self.sidebar.mark_current(None)
        self.prompt.clear()
        self.prompt.setFocus()

    @Slot(str, str)
    def _on_sidebar_conversation_chosen(self, conversation_id: str, message_id: str) -> None:
        self._stop_editing()
        if conversation_id == self.session.conversation_id and not message_id:
            return
        stored = self._history.load(conversation_id)
        if stored is None:
            return
        self.session.open(stored)
        index = next((i for i, m in enumerate(stored.messages) if m.id == message_id), None)
        if index is not None:
            self.view.reveal(index)
        self.prompt.setFocus()

    @Slot(str)
    def _on_sidebar_conversation_deleted(self, conversation_id: str) -> None:
        if conversation_id == self.session.conversation_id:
            self.new_chat()

    @Slot(str)
    def show_history_notice(self, message: str) -> None:
        """A red line above the conversation: something about saving the history."""
        self.history_notice.setText(message)
        self.history_notice.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.shutdown()
        self.auto_titler.cancel()
        self.sidebar.stop()
        self._history.close()  # waits for the last checkpoint to be written
        event.accept()


class _WriteErrors(QObject):
    """Signals:
    write_failed(str): a history write failed (emitted on the store's thread).
    """

    write_failed = Signal(str)
