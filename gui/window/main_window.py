"""The main window: the sidebar beside the conversation, the composer below, menus and a
status line. It composes the parts and connects them; they decide."""

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from core.chat.attachments import Attachment
from core.config.chat_options import ChatOptions, ChatSetup
from core.config.providers import Endpoint, Provider
from core.config.settings import SettingsStore
from core.history.recorder import ConversationRecorder
from core.history.store import HistoryStore, StoredConversation
from gui.chat.auto_title import AutoTitler
from gui.chat.local_runner import LocalModels
from gui.chat.session import ChatSession
from gui.chat.setup_controller import SetupController
from gui.reply_view.attachment_strip import attachment_from_mime
from gui.reply_view.conversation_view import ConversationView
from gui.sidebar.sidebar import Sidebar
from gui.theme import stylesheet
from gui.window.actions import build_menus
from gui.window.composer import Composer
from gui.window.dialogs import WindowDialogs
from gui.window.export_import import TransferActions
from gui.window.geometry import restore_geometry, save_geometry
from gui.window.header import ChatHeader
from gui.window.images import pick_images, pick_model_file
from gui.window.menu_entry_offer import AppMenu
from gui.window.status_line import StatusLine
from gui.window.undo_keys import UndoKeys

if TYPE_CHECKING:
    from core.chat.client import ChatClient

ClientFactory = Callable[[Endpoint], "ChatClient"]

# Keys are read from the keychain after the first frames are on screen (reading holds
# Python's GIL for ~90 ms); a keystroke that needs them sooner asks for them at once.
KEYS_AFTER_MS = 100
MIN_TEXT, MAX_TEXT = 7.0, 32.0  # points


class MainWindow(QMainWindow):
    # Made by build_menus from gui/window/actions.py's table.
    new_chat_action: QAction
    settings_action: QAction
    undo_delete_action: QAction
    delete_chat_action: QAction
    about_action: QAction

    def __init__(
        self,
        store: SettingsStore,
        make_client: ClientFactory,
        history: HistoryStore,
        *,
        on_secret: Callable[[str | None], None] = lambda _secret: None,
        local_servers: Sequence[Provider] | None = None,
        local_models: LocalModels | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Rivulet")
        if not restore_geometry(self, store.folder):
            self.resize(1080, 760)
        self.setAcceptDrops(True)  # images dropped anywhere are attached to the prompt
        self._store = store
        self._history = history
        self.view = ConversationView(self)
        self.session = ChatSession(self.view, ConversationRecorder(history), self)
        self.setup = SetupController(
            store,
            make_client,
            self.session,
            on_secret=on_secret,
            local_servers=local_servers,
            local_models=local_models,
            parent=self,
        )
        self.dialogs = WindowDialogs(self, self.setup)

        self.composer = Composer(self)
        self.prompt = self.composer.prompt
        self.send_button = self.composer.send_button
        self.attachments = self.composer.attachments
        self.header = ChatHeader(self)
        self.history_notice = QLabel(self)
        self.history_notice.setObjectName("historyNotice")
        self.history_notice.setWordWrap(True)
        self.history_notice.setAccessibleName("History warning")
        self.history_notice.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for part, stretch in ((self.history_notice, 0), (self.header, 0), (self.view, 1)):
            column.addWidget(part, stretch)
        column.addWidget(self.composer)
        self.sidebar = Sidebar(history, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(central)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 830])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.setStyleSheet(stylesheet(self.palette(), self.setup.settings.text_size))
        self.status = StatusLine(self.statusBar())
        self.model_label = self.status.model_label
        self.transfers = TransferActions(self, history, self.session, self.sidebar)
        menus = build_menus(self)
        self._undo_keys = UndoKeys((self.prompt, self.sidebar.search), self)
        # Portable copies only: offered once in the status bar, and in the Help menu.
        self.app_menu = AppMenu(self, menus["Help"], store.folder)
        self.auto_titler = AutoTitler(
            self.session, history, self.sidebar, self.setup.endpoint_and_model, self
        )
        self._connect()

        # A question typed before the keys are read waits for them (its client is made
        # with them, on another thread), and says so.
        self.session.say_while_connecting("Waiting for your keys from the system keychain…")
        self.setup.apply_setup(ChatSetup())
        latest = history.latest_conversation()
        if latest is not None:
            self._open_stored(latest)
            self.sidebar.mark_current(latest.id)
        if history.moved_aside is not None:
            self.show_history_notice(
                "Rivulet could not read its history file, so it started a new one. "
                f"The old file is kept at {history.moved_aside}."
            )
        if self.setup.lookup.needed():
            self.setup.lookup.hold()  # the first question waits for the server's list
        self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(KEYS_AFTER_MS, self, self.setup.read_keys)
        self.setup.detect_servers_soon()

    def _connect(self) -> None:
        setup, session, view, header = self.setup, self.session, self.view, self.header
        setup.choices_changed.connect(self._on_setup_choices_changed)
        setup.options_named.connect(header.show_options)
        setup.totals_changed.connect(header.show_totals)
        setup.welcome_changed.connect(self._on_setup_welcome_changed)
        setup.model_described.connect(self.status.show_model)
        setup.loading_progressed.connect(self.status.show_loading)
        setup.loading_ended.connect(self.status.hide_loading)
        setup.message.connect(self.status.say)
        setup.servers_found.connect(view.welcome.offer_servers)
        self.dialogs.closed.connect(self.prompt.setFocus)
        self.composer.send_clicked.connect(self._on_send_button_clicked)
        self.composer.attach_clicked.connect(self.pick_images)
        self.prompt.submitted.connect(self._on_prompt_submitted)
        # Typing is the cue to get the connection ready (openai takes ~300 ms to import).
        self.prompt.textChanged.connect(session.prepare)
        self.prompt.images_received.connect(self._on_prompt_images_received)
        session.busy_changed.connect(self._on_session_busy_changed)
        session.reply_ended.connect(setup.update_totals)
        session.save_failed.connect(self.show_history_notice)
        session.conversation_touched.connect(self.sidebar.touch)
        view.settings_requested.connect(self.open_settings)
        view.welcome.server_accepted.connect(self._on_welcome_server_accepted)
        view.edit_requested.connect(self._on_view_edit_requested)
        header.model_chosen.connect(self._on_header_model_chosen)
        header.options_requested.connect(self.open_chat_options)
        header.providers_requested.connect(self.open_settings)
        header.model_file_requested.connect(self.open_model_file)
        header.setup_requested.connect(self.dialogs.open_settings_at)
        # The store reports failed writes on its own thread; the signal brings them here.
        self._write_errors = _WriteErrors(self)
        self._write_errors.write_failed.connect(self.show_history_notice)
        self._history.on_write_error = self._write_errors.write_failed.emit
        self.sidebar.conversation_chosen.connect(self._on_sidebar_conversation_chosen)
        self.sidebar.new_chat_requested.connect(self.new_chat)
        self.sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)

    # -- what the menus run ---------------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        self.dialogs.open_settings()

    @Slot()
    def open_chat_options(self) -> None:
        self.dialogs.open_chat_options()

    @Slot()
    def open_prices(self) -> None:
        self.dialogs.open_prices()

    @Slot()
    def pick_images(self) -> None:
        pick_images(self, self._store.folder, self._on_prompt_images_received)

    @Slot()
    def open_model_file(self) -> None:
        if not self._busy("before switching"):
            pick_model_file(self, self._store.folder, self._on_model_file_picked)

    def use_model_file(self, path: Path) -> None:
        if self.setup.use_model_file(path):
            self.prompt.setFocus()

    @Slot()
    def switch_model(self) -> None:
        self.header.model_box.setFocus()
        self.header.model_box.showPopup()

    @Slot()
    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    @Slot()
    def delete_current_chat(self) -> None:
        if self.session.conversation_id is None:
            self.status.say("There is no saved chat open to delete.", 5000)
            return
        self.sidebar.delete_chat(self.session.conversation_id)

    @Slot()
    def text_bigger(self) -> None:
        self._set_text_size(min(self._text_size() + 1, MAX_TEXT))

    @Slot()
    def text_smaller(self) -> None:
        self._set_text_size(max(self._text_size() - 1, MIN_TEXT))

    @Slot()
    def text_default(self) -> None:
        self._set_text_size(0.0)

    def _text_size(self) -> float:
        return self.setup.settings.text_size or QApplication.font().pointSizeF()

    def _set_text_size(self, size: float) -> None:
        self.setup.change_settings(lambda settings: replace(settings, text_size=size))
        self.setStyleSheet(stylesheet(self.palette(), size))

    @Slot()
    def new_chat(self) -> None:
        self.composer.stop_editing()
        self.session.new_conversation()
        self.setup.deferred = None
        self.setup.apply_setup(self.setup.default_setup())
        self.sidebar.mark_current(None)
        self.prompt.clear()
        self.prompt.setFocus()

    # -- chatting ----------------------------------------------------------------------
    @Slot()
    def _on_prompt_submitted(self) -> None:
        if self._busy("first") or not self.setup.ready_to_send():
            return
        text = self.prompt.toPlainText()
        images = self.attachments.attachments()
        editing = self.composer.editing
        if editing is not None:
            sent = self.session.send_edited(editing, text, images)
        else:
            sent = self.session.send(text, images=images)
        if sent:
            self.composer.clear()
            self.setup.update_totals()

    def _busy(self, when: str) -> bool:
        """Whether a reply is under way; if so, say what to do `when` ("first", ...)."""
        if self.session.is_busy:
            self.status.say(f"A reply is still being written: press Stop (Esc) {when}.", 5000)
        return self.session.is_busy

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if self.session.is_busy:
            self.session.stop()
        else:
            self._on_prompt_submitted()
        self.prompt.setFocus()

    @Slot(bool)
    def _on_session_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.setup.apply_deferred()
        self.composer.set_busy(busy)

    @Slot(tuple, str, str, dict, dict)
    def _on_setup_choices_changed(
        self, providers: tuple[Provider, ...], provider_id: str, model: str,
        unavailable: dict[str, str], needs_setup: dict[str, str],
    ) -> None:  # fmt: skip
        self.header.show_choices(
            providers, provider_id, model, unavailable=unavailable, needs_setup=needs_setup
        )

    @Slot(bool, str, bool, str)
    def _on_setup_welcome_changed(
        self, usable: bool, unavailable: str, offline: bool, model: str
    ) -> None:
        self.view.welcome.set_configured(usable, unavailable=unavailable)
        self.view.welcome.set_offline(offline, model)

    @Slot(str, str)
    def _on_header_model_chosen(self, provider_id: str, model: str) -> None:
        if self.session.is_streaming:
            self._busy("before switching")
        if self.setup.choose_model(provider_id, model):
            self.prompt.setFocus()

    @Slot(object)
    def _on_options_dialog_accepted(self, options: ChatOptions) -> None:
        self.setup.set_options(options)

    @Slot(int)
    def _on_welcome_server_accepted(self, index: int) -> None:
        self.setup.accept_server(index)
        self.prompt.setFocus()

    @Slot(list, list)
    def _on_prompt_images_received(self, images: list[Attachment], problems: list[str]) -> None:
        for image in images:
            self.attachments.add(image)
        if problems:
            self.status.say(" ".join(problems), 12000)
        self.prompt.setFocus()

    def _on_model_file_picked(self, path: Path) -> None:
        if not self._busy("before switching"):  # a reply may have started meanwhile
            self.use_model_file(path)

    @Slot(int)
    def _on_view_edit_requested(self, index: int) -> None:
        if not self.session.is_busy:
            self.composer.start_editing(index, list(self.session.conversation)[index].content)

    # -- history -----------------------------------------------------------------------
    @Slot(str, str)
    def _on_sidebar_conversation_chosen(self, conversation_id: str, message_id: str) -> None:
        self.composer.stop_editing()
        if conversation_id == self.session.conversation_id and not message_id:
            return
        stored = self._history.load(conversation_id)
        if stored is None:
            return
        self._open_stored(stored)
        index = next((i for i, m in enumerate(stored.messages) if m.id == message_id), None)
        if index is not None:
            self.view.reveal(index)
        self.prompt.setFocus()

    @Slot(str)
    def _on_sidebar_conversation_deleted(self, conversation_id: str) -> None:
        if conversation_id == self.session.conversation_id:
            self.new_chat()

    def _open_stored(self, stored: StoredConversation) -> None:
        self.setup.deferred = None  # meant for the chat that was open
        self.session.open(stored)
        self.setup.apply_setup(stored.setup)

    @Slot(str)
    def show_history_notice(self, message: str) -> None:
        """A red line above the conversation: something about saving the history."""
        self.history_notice.setText(message)
        self.history_notice.show()

    # -- the window itself ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        images, problems = attachment_from_mime(event.mimeData())
        self._on_prompt_images_received(images, problems)
        event.acceptProposedAction()

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: follow it. (Replies already shown
        # keep their code colours until reopened.)
        if event.type() == QEvent.Type.PaletteChange:
            sheet = stylesheet(self.palette(), self.setup.settings.text_size)
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, self._store.folder)
        self.setup.close()
        self.session.shutdown()
        self.setup.local.close()  # the model's process ends once no reply reads from it
        self.auto_titler.cancel()
        self.sidebar.stop()
        self._history.close()  # waits for the last checkpoint to be written
        event.accept()


class _WriteErrors(QObject):
    """Signals:
    write_failed(str): a history write failed (emitted on the store's thread).
    """

    write_failed = Signal(str)
