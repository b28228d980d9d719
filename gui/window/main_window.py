"""The main window: the conversation above, the prompt below, menus and a status line."""

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.chat.attachments import Attachment, AttachmentError, load_image
from core.config.chat_options import (
    BUILT_IN_PRESETS,
    ChatOptions,
    ChatSetup,
    OptionsPreset,
    preset_name_for,
)
from core.config.prices import PriceStore, PriceTable, conversation_totals
from core.config.providers import BUILTIN_ID, Endpoint, Provider, is_loopback
from core.config.recent_folders import RecentFolders
from core.config.settings import Settings, SettingsStore
from core.errors import ChatError, ErrorKind
from core.history.recorder import ConversationRecorder
from core.history.store import HistoryStore, StoredConversation
from core.local.engine import EngineState, EngineStatus, LocalEngine
from core.local.model_files import BUILTIN_MODEL, LocalModelError, check_gguf, display_name
from gui.async_slot import async_slot
from gui.chat.auto_title import AutoTitler
from gui.chat.local_runner import LocalModels
from gui.chat.session import ChatSession
from gui.dialogs.chat_options import ChatOptionsDialog
from gui.dialogs.file_dialogs import FileType, Purpose, ask_for_file
from gui.dialogs.prices import PricesDialog
from gui.dialogs.settings import SettingsDialog
from gui.dialogs.shortcuts import ShortcutsDialog
from gui.future_relay import FutureRelay
from gui.reply_view.attachment_strip import AttachmentStrip, attachment_from_mime
from gui.reply_view.conversation_view import ConversationView
from gui.sidebar.sidebar import Sidebar
from gui.theme import stylesheet
from gui.window.export_import import TransferActions
from gui.window.geometry import restore_geometry, save_geometry
from gui.window.header import ChatHeader
from gui.window.menu_entry_offer import AppMenu
from gui.window.prompt_edit import PromptEdit
from gui.window.undo_keys import UndoKeys

if TYPE_CHECKING:  # imported lazily: openai takes ~300 ms to import
    from core.chat.client import ChatClient

log = logging.getLogger(__name__)

ClientFactory = Callable[[Endpoint], "ChatClient"]

# Keys are read from the keychain after the first frames are on screen (reading holds
# Python's GIL for ~90 ms); a keystroke that needs them sooner asks for them at once.
KEYS_AFTER_MS = 100
# A keychain that has not answered by then is probably asking for a password: say so.
KEYCHAIN_SLOW_MS = 1500
MIN_TEXT, MAX_TEXT = 7.0, 32.0  # points


class MainWindow(QMainWindow):
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
        self._make_client = make_client
        self._on_secret = on_secret
        # Keys come from the keychain on a worker thread once the window shows: finding
        # the keychain costs ~90 ms that the first paint does not wait for.
        self._settings = store.load(with_keys=False)  # always at least one provider
        self._key_reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rivulet-keys")
        self._keys: Future[Settings] | None = None
        self._keys_applied = False
        self._keys_lock = threading.Lock()
        self._after_keys: list[Callable[[], None]] = []  # actions that need the keys
        # The provider and address whose model list is being asked for, if any.
        self._model_lookup: tuple[str, str] | None = None
        self._setup_choice: tuple[str, str] | None = None  # chosen, waiting for a key
        self._closed = False
        self._relay = FutureRelay(self)
        self._deferred: ChatSetup | None = None  # applies once the streaming reply ends
        # None: this window runs no local models (the built-in one shows as unavailable).
        self._local_models = local_models
        self._local_problem: str | None = None  # why the chat's local model cannot run
        if (
            self._settings.first_run
            and not self._settings.endpoint().is_usable
            and local_models is not None
            and local_models.problem("") is None
        ):
            # Nothing set up and no key: the first reply comes from the built-in model,
            # with no dialog in between. (Saved only once the user saves something.)
            self._settings = replace(self._settings, current_id=BUILTIN_ID)
        self._provider = self._settings.current or self._settings.providers[0]
        self._price_store = PriceStore(store.folder)
        self._prices = self._price_store.load()
        if local_servers is None:
            from core.config.detect import local_candidates

            local_servers = local_candidates()
        self._local_servers = list(local_servers)
        self._found: list[Provider] = []
        self._dialog: SettingsDialog | None = None
        self.warning_box: QMessageBox | None = None

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

        self.attachments = AttachmentStrip(self)
        self.attach_button = QToolButton(self)
        self.attach_button.setText("Image…")
        self.attach_button.setAccessibleName("Attach an image")
        self.attach_button.setToolTip("Attach an image (or paste or drop one)  Ctrl+Shift+I")
        self.attach_button.clicked.connect(self.pick_images)
        composer = QWidget(self)
        composer.setObjectName("composer")
        composer_column = QVBoxLayout(composer)
        composer_column.setContentsMargins(16, 10, 16, 14)
        composer_column.setSpacing(6)
        composer_column.addWidget(self.attachments)
        row = QHBoxLayout()
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.prompt, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        composer_column.addLayout(row)
        self.header = ChatHeader(self)
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
        column.addWidget(self.header)
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
        self.setStyleSheet(stylesheet(self.palette(), self._settings.text_size))

        self.model_label = QLabel(self)
        self.load_progress = QProgressBar(self)
        self.load_progress.setAccessibleName("Loading the local model")
        self.load_progress.setRange(0, 100)
        self.load_progress.setMaximumWidth(160)
        self.load_progress.setFormat("Loading model %p%")
        self.load_progress.hide()
        self.statusBar().addPermanentWidget(self.load_progress)
        self.statusBar().addPermanentWidget(self.model_label)
        self.transfers = TransferActions(self, history, self.session, self.sidebar)
        self._build_menus()

        self.prompt.submitted.connect(self._on_prompt_submitted)
        # Typing is the cue to get the connection ready (openai takes ~300 ms to import).
        self.prompt.textChanged.connect(self.session.prepare)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.session.busy_changed.connect(self._on_session_busy_changed)
        self.view.settings_requested.connect(self.open_settings)
        self.view.welcome.server_accepted.connect(self._on_welcome_server_accepted)
        self.header.model_chosen.connect(self._on_header_model_chosen)
        self.header.options_requested.connect(self.open_chat_options)
        self.header.providers_requested.connect(self.open_settings)
        self.header.model_file_requested.connect(self.open_model_file)
        self.header.setup_requested.connect(self._on_header_setup_requested)
        self.prompt.images_received.connect(self._on_prompt_images_received)
        self.session.reply_ended.connect(self._update_totals)
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
        if local_models is not None:
            local_models.status_changed.connect(self._on_local_models_status_changed)
        self.auto_titler = AutoTitler(
            self.session, history, self.sidebar, self._endpoint_and_model, self
        )

        # A question typed before the keys are read waits for them (its client is made
        # with them, on another thread), and says so.
        self.session.say_while_connecting("Waiting for your keys from the system keychain…")
        self._apply_setup(ChatSetup())
        latest = history.latest_conversation()
        if latest is not None:
            self._open_stored(latest)
            self.sidebar.mark_current(latest.id)
        if history.moved_aside is not None:
            self.show_history_notice(
                "Rivulet could not read its history file, so it started a new one. "
                f"The old file is kept at {history.moved_aside}."
            )
        if self._needs_model_lookup():
            # The first question waits for the server's list instead of failing.
            self._hold_for_models()
        self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(KEYS_AFTER_MS, self._on_startup_read_keys)
        if self._settings.first_run and self._local_servers:
            QTimer.singleShot(0, self._on_startup_detect_servers)

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
        file_menu.addAction(self._action("&Prices…", QKeySequence(), self.open_prices))
        file_menu.addAction(
            self._action("&Find in all chats", QKeySequence.StandardKey.Find, self._focus_search)
        )
        file_menu.addAction(
            self._action("&Rename chat", QKeySequence("F2"), self.sidebar.rename_current)
        )
        # Ctrl+Z undoes typing while the field has some, else brings back the deleted chat.
        self.undo_delete_action = self._action(
            "&Undo delete", QKeySequence.StandardKey.Undo, self.sidebar.undo_delete
        )
        file_menu.addAction(self.undo_delete_action)
        self._undo_keys = UndoKeys((self.prompt, self.sidebar.search), self)
        file_menu.addSeparator()
        for text, slot in (
            ("&Export this chat…", self.transfers.export_current),
            ("Export &all chats…", self.transfers.export_all),
            ("&Import chats…", self.transfers.import_file),
        ):
            file_menu.addAction(self._action(text, QKeySequence(), slot))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", QKeySequence("Ctrl+Q"), self.close))
        chat_menu = self.menuBar().addMenu("&Chat")
        chat_menu.addAction(
            self._action("Switch &model", QKeySequence("Ctrl+M"), self._on_switch_model)
        )
        chat_menu.addAction(
            self._action("Chat &options…", QKeySequence("Ctrl+Shift+O"), self.open_chat_options)
        )
        chat_menu.addAction(
            self._action("Attach &image…", QKeySequence("Ctrl+Shift+I"), self.pick_images)
        )
        chat_menu.addAction(
            self._action(
                "Open a model &file (.gguf)…", QKeySequence("Ctrl+Shift+M"), self.open_model_file
            )
        )
        chat_menu.addSeparator()
        self.delete_chat_action = self._action(
            "&Delete chat", QKeySequence("Ctrl+Shift+Backspace"), self._on_delete_chat_triggered
        )
        chat_menu.addAction(self.delete_chat_action)
        view_menu = self.menuBar().addMenu("&View")
        bigger = self._action("&Larger text", QKeySequence("Ctrl+="), self._on_text_bigger)
        bigger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        view_menu.addAction(bigger)
        view_menu.addAction(
            self._action("&Smaller text", QKeySequence("Ctrl+-"), self._on_text_smaller)
        )
        view_menu.addAction(
            self._action("&Default text size", QKeySequence("Ctrl+0"), self._on_text_default)
        )
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(
            self._action("&Keyboard shortcuts", QKeySequence("F1"), self._show_shortcuts)
        )
        help_menu.addSeparator()
        self.about_action = self._action("&About Rivulet", QKeySequence(), self._show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        # Portable copies only: offered once in the status bar, and in this menu.
        self.app_menu = AppMenu(self, help_menu, self._store.folder)

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
    def _on_delete_chat_triggered(self) -> None:
        if self.session.conversation_id is None:
            self.statusBar().showMessage("There is no saved chat open to delete.", 5000)
            return
        self.sidebar.delete_chat(self.session.conversation_id)

    @Slot()
    def _focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    @Slot()
    def _show_shortcuts(self) -> None:
        shown = next((d for d in self.findChildren(ShortcutsDialog) if d.isVisible()), None)
        if shown is not None:  # pressed again: bring it back in front
            shown.raise_()
            shown.activateWindow()
            return
        # Not modal: it can stay open beside the chat.
        ShortcutsDialog(self.menuBar(), self._settings.text_size, self).show()

    @Slot()
    def _show_about(self) -> None:
        # Imported on demand: reading every package's metadata is for this dialog only.
        from core.desktop.licences import bundled_licences
        from gui.dialogs.about import AboutDialog

        shown = next((d for d in self.findChildren(AboutDialog) if d.isVisible()), None)
        if shown is not None:  # asked again: bring it back in front
            shown.raise_()
            shown.activateWindow()
            return
        # Not modal, like the shortcuts: it can stay open beside the chat.
        AboutDialog(self._store.folder, bundled_licences(), self).show()

    # -- settings and the chat's setup -----------------------------------------
    # -- text size -------------------------------------------------------------
    def _apply_text_size(self) -> None:
        self.setStyleSheet(stylesheet(self.palette(), self._settings.text_size))

    def _set_text_size(self, size: float) -> None:
        self._change_settings(lambda settings: replace(settings, text_size=size))
        self._apply_text_size()

    def _current_text_size(self) -> float:
        return self._settings.text_size or QApplication.font().pointSizeF()

    @Slot()
    def _on_text_bigger(self) -> None:
        self._set_text_size(min(self._current_text_size() + 1, MAX_TEXT))

    @Slot()
    def _on_text_smaller(self) -> None:
        self._set_text_size(max(self._current_text_size() - 1, MIN_TEXT))

    @Slot()
    def _on_text_default(self) -> None:
        self._set_text_size(0.0)

    # -- keys ------------------------------------------------------------------
    @Slot()
    def _on_startup_read_keys(self) -> None:
        self._key_future()

    def _key_future(self) -> "Future[Settings] | None":
        """The keys being read, starting that if needed; from any thread (the client may
        be made on its own thread before the start-up timer fires)."""
        with self._keys_lock:
            if self._keys is None and not self._closed:
                self._keys = self._key_reader.submit(self._read_keys, self._settings)
                self._relay.when_done(self._keys, self._on_keys_read)
            return self._keys

    def _read_keys(self, settings: Settings) -> Settings:
        """On the key reader's thread: the keys, and whether there is a keychain at all
        (asked here once, so the Settings dialog never asks on the GUI thread)."""
        with_keys = self._store.with_keys(settings)
        _ = self._store.vault.keychain_available
        return with_keys

    def _on_keys_read(self, _future: "Future[Settings]") -> None:
        if self._closed:
            return
        self._apply_keys()
        self._on_startup_pick_model()

    def _with_keys(self, action: Callable[[], None]) -> None:
        """Run `action` now if the keys are in the settings, else once they are: nothing on
        this thread waits for the keychain (it may be showing an unlock prompt)."""
        if self._keys_applied:
            action()
            return
        if self._key_future() is None:
            return  # closing
        self._after_keys.append(action)
        QTimer.singleShot(KEYCHAIN_SLOW_MS, self._on_keychain_slow)

    @Slot()
    def _on_keychain_slow(self) -> None:
        if not self._keys_applied and not self._closed:
            self.statusBar().showMessage(
                "Waiting for the system keychain (it may be asking for your password)…", 10000
            )

    def _apply_keys(self) -> None:
        """Put the keys, now read, into the settings, once; then run what waited for them."""
        future = self._keys
        if self._keys_applied or future is None or not future.done():
            return
        with_keys = self._settings
        try:
            with_keys = future.result()  # done: returns at once
        except Exception:
            log.exception("Could not read the keys")
        self._keys_applied = True
        keys = {p.id: p.api_key for p in with_keys.providers}
        # The settings may have changed meanwhile (a model switch): only add the keys.
        self._settings = replace(
            self._settings,
            providers=tuple(
                replace(p, api_key=p.api_key or keys.get(p.id, ""))
                for p in self._settings.providers
            ),
        )
        if not self.session.is_streaming:
            self._apply_setup(self._deferred or self.session.setup)
        self.session.say_while_connecting("Connecting…")
        waiting, self._after_keys = self._after_keys, []
        for action in waiting:
            action()

    def _keyed(self, provider: Provider) -> Provider:
        """`provider` with its key; may run on the client-making thread (it only waits)."""
        future = self._key_future()
        if provider.api_key or future is None:
            return provider
        found = future.result().provider(provider.id)
        return replace(provider, api_key=found.api_key) if found else provider

    def _apply_setup(self, setup: ChatSetup, *, retry_local: bool = False) -> None:
        """Talk to the setup's provider and model (the default ones where it names none).

        `retry_local`: start again a local model that failed to load (the user sent again).
        """
        provider = self._settings.provider(setup.provider_id)
        missing = provider is None and bool(setup.provider_id)
        if provider is None:
            provider = self._settings.current or self._settings.providers[0]
            model = provider.model_or_default()
        else:
            model = setup.model or provider.model_or_default()
        self._provider = provider
        endpoint = provider.endpoint()
        for each in self._settings.providers:  # mask every key in the log, not just this one
            self._on_secret(each.endpoint().api_key)
        keyed = not self._keys_applied  # made before the keys arrived: fetch them then
        engine = self._run_local_model(provider, model, retry=retry_local)
        if engine is not None:
            endpoint = engine.endpoint  # its own address and token, never a saved key
            self._on_secret(endpoint.api_key)
            keyed = False
        chosen = endpoint
        self.session.configure(
            lambda: self._make_client(self._keyed(provider).endpoint() if keyed else chosen),
            model,
            provider_id=provider.id,
            options=setup.options,
            # A chat whose provider was removed keeps its record until the user sends.
            remember=not missing,
        )
        if missing:
            self.statusBar().showMessage(
                f"This chat's provider was removed from Settings; it now uses {provider.name}.",
                10000,
            )
        self._show_choices(provider.id, model)
        self.header.show_options(preset_name_for(setup.options, self._presets()))
        self._follow_model_lookup()
        # Until the keys arrive (~0.2 s after start) assume a returning user has one, so
        # the welcome panel does not flash "no server yet" at them.
        usable = endpoint.is_usable or (not self._keys_applied and not self._settings.first_run)
        if provider.is_builtin:
            usable = engine is not None
        self.view.welcome.set_configured(
            usable, unavailable=self._local_problem or self._unavailable().get(BUILTIN_ID, "")
        )
        self.view.welcome.set_offline(provider.is_builtin and usable, display_name(model))
        if usable:
            self.model_label.setText(
                f"{display_name(model) or 'no model chosen'}  ·  {provider.name}"
            )
        elif provider.is_builtin:
            self.model_label.setText("The built-in model is unavailable")
        else:
            self.model_label.setText("Not connected to a server yet")
        self._update_totals()

    def _follow_model_lookup(self) -> None:
        """The model-list hold follows the chat's provider: gone when it has a model,
        asked for anew when it is another provider without one."""
        if not self._needs_model_lookup():
            self.session.release("models")
        elif self._model_lookup != self._lookup_key():
            self._hold_for_models()
            if self._keys_applied:
                self._on_send_pick_model()  # else the keys arriving start it

    def _show_choices(self, provider_id: str, model: str) -> None:
        self.header.show_choices(
            self._settings.providers,
            provider_id,
            model,
            unavailable=self._unavailable(),
            needs_setup=self._needs_setup(),
        )

    def _needs_setup(self) -> dict[str, str]:
        """Providers that cannot answer until the user adds what is missing."""
        if not self._keys_applied:
            return {}  # not known yet: a returning user usually has their keys
        return {
            p.id: "add a key"
            for p in self._settings.providers
            if p.preset.needs_key and not p.endpoint().is_usable
        }

    def _unavailable(self) -> dict[str, str]:
        """Providers the model switcher shows greyed out, with the reason."""
        if self._local_models is None:
            return {BUILTIN_ID: "This window runs no local models."}
        problem = self._local_models.problem("")
        return {BUILTIN_ID: problem} if problem else {}

    def _run_local_model(
        self, provider: Provider, model: str, *, retry: bool = False
    ) -> LocalEngine | None:
        """Start (or keep) the local model a built-in setup needs; stop it for any other,
        so its memory goes back. None when the setup is not local or cannot run."""
        self._local_problem = None
        if self._local_models is None:
            if provider.is_builtin:
                self._local_problem = "This window runs no local models."
            return None
        if not provider.is_builtin:
            self._local_models.release()  # its reports stop: nothing will load
            self.load_progress.hide()
            self._release_local_later(None)
            return None
        try:
            engine = self._local_models.engine_for(model, retry=retry)
            if engine.status.state is EngineState.LOADING:
                self.session.hold("local", f"Waiting for {display_name(engine.name)} to load…")
        except LocalModelError as error:
            self._local_problem = error.message
            self.load_progress.hide()
            return None
        if engine.status.state is EngineState.FAILED and not engine.running:
            # Nothing answers at its address (it never started, or died while loading):
            # say why here instead of sending the chat into a closed port.
            self._local_problem = engine.status.message
            self.load_progress.hide()
            return None
        if not is_loopback(engine.endpoint.base_url or ""):
            self._local_problem = "The local model has no address on this computer."
            return None  # never let a local chat go anywhere else
        return engine

    @Slot(object, object)
    def _on_local_models_status_changed(self, engine: LocalEngine, status: EngineStatus) -> None:
        if status.state is EngineState.LOADING:
            self.load_progress.setValue(round(status.progress * 100))
            self.load_progress.setToolTip(f"Loading {engine.name}")
            self.load_progress.show()
            # A question sent meanwhile waits, and says so (its request would wait in the
            # model's socket anyway, with nothing on screen to tell why).
            self.session.hold("local", f"Waiting for {display_name(engine.name)} to load…")
            return
        self.load_progress.hide()
        error = None
        if status.state is EngineState.FAILED and not engine.ever_ready:
            error = ChatError(ErrorKind.NOT_CONFIGURED, status.message)
        self._release_local_later(engine, error)
        if status.state is EngineState.READY:
            self.statusBar().showMessage(f"{engine.name} is loaded and ready.", 4000)
        elif status.state is EngineState.FAILED:
            self.statusBar().showMessage(status.message, 30000)
            if engine.ever_ready or not engine.running:
                # Crashed: start it again for Retry (once the failing reply has ended), or
                # show why it cannot run. Never from inside this report: it may come
                # synchronously from `_apply_setup` itself.
                QTimer.singleShot(0, self._on_local_model_failed)

    def _release_local_later(
        self, engine: LocalEngine | None, error: ChatError | None = None
    ) -> None:
        """Let a request waiting for the local model go (or fail) from the event loop:
        this may be called from inside `_apply_setup`, before the session is configured
        for the new setup. Only while `engine` is still the one in use (None: none is),
        so a late report never frees a hold a newer engine has taken."""

        def release() -> None:
            in_use = self._local_models.engine if self._local_models is not None else None
            if in_use is engine:
                self.session.release("local", error)

        QTimer.singleShot(0, self, release)

    @Slot()
    def _on_local_model_failed(self) -> None:
        if self._closed or not self._provider.is_builtin:
            return
        if self.session.is_streaming:
            self._deferred = self._deferred or self.session.setup
        else:
            self._apply_setup(self._deferred or self.session.setup)

    def _default_setup(self) -> ChatSetup:
        provider = self._settings.current
        return ChatSetup(provider.id, provider.model_or_default()) if provider else ChatSetup()

    def _presets(self) -> tuple[OptionsPreset, ...]:
        return (*BUILT_IN_PRESETS, *self._settings.option_presets)

    def _change_settings(self, change: Callable[[Settings], Settings]) -> None:
        """Change the settings now; save them once the keys are there to save with."""
        self._settings = change(self._settings)
        self._with_keys(lambda: self._save_settings(self._settings))

    def _save_settings(self, settings: Settings) -> None:
        # A save compares keys with the vault's, so they must have arrived, and `settings`
        # must be made from settings that have them (callers go through `_with_keys`).
        assert self._keys_applied, "settings saved before the keys were read"
        self._settings = settings
        try:
            self._store.save(settings)
        except OSError as error:
            self._warn(f"Could not save the settings: {error.strerror or error}")

    def _endpoint_and_model(self) -> "tuple[Endpoint, str] | None":
        if self._provider.is_builtin:
            return None  # small local models write poor titles; the prompt is better
        return self._provider.endpoint(), self.session.model

    def _change_setup(self, setup: ChatSetup) -> None:
        """Apply now, or once the streaming reply ends: a change never cuts a reply short.
        (A reply still waiting to be sent goes out with the new setup.)"""
        if self.session.is_streaming:
            self._deferred = setup
            self.statusBar().showMessage("Saved. The change applies from the next reply.", 5000)
        else:
            self._apply_setup(setup)

    @Slot()
    def _update_totals(self) -> None:
        free = {
            model
            for provider in self._settings.providers
            if provider.is_local
            for model in (*provider.models, provider.model)
        }
        if self._provider.is_local:
            free.add(self.session.model)
        totals = conversation_totals(self.session.conversation, self._prices, free)
        self.header.show_totals(totals.describe(free=totals.all_free))

    @Slot(str, str)
    def _on_header_model_chosen(self, provider_id: str, model: str) -> None:
        if self.session.is_streaming:
            self._busy("before switching")
            self._show_choices(self._provider.id, self.session.model)
            return
        self._apply_setup(ChatSetup(provider_id, model, self.session.setup.options))
        # New chats start where the user last chose to be.
        if self._settings.provider(provider_id) is not None:
            self._change_settings(lambda settings: _with_current(settings, provider_id, model))
        self.prompt.setFocus()

    @Slot()
    def _on_switch_model(self) -> None:
        self.header.model_box.setFocus()
        self.header.model_box.showPopup()

    @Slot()
    def open_chat_options(self) -> None:
        dialog = ChatOptionsDialog(
            self.session.setup.options, BUILT_IN_PRESETS, self._settings.option_presets, self
        )
        dialog.options_accepted.connect(self._on_options_dialog_accepted)
        dialog.presets_changed.connect(self._on_options_dialog_presets_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.chat_options_dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_options_dialog_accepted(self, options: ChatOptions) -> None:
        self._change_setup(replace(self._deferred or self.session.setup, options=options))
        self.header.show_options(preset_name_for(options, self._presets()))

    @Slot(tuple)
    def _on_options_dialog_presets_changed(self, presets: tuple[OptionsPreset, ...]) -> None:
        self._change_settings(lambda settings: replace(settings, option_presets=presets))

    @Slot()
    def open_prices(self) -> None:
        dialog = PricesDialog(self._prices, self)
        dialog.prices_accepted.connect(self._on_prices_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot(object)
    def _on_prices_dialog_accepted(self, table: PriceTable) -> None:
        self._prices = table
        try:
            self._price_store.save(table)
        except OSError as error:
            self._warn(f"Could not save the prices: {error.strerror or error}")
        self._update_totals()

    @Slot()
    def open_settings(self) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            return
        self._with_keys(self._open_settings_now)  # the dialog shows them

    def _open_settings_now(self) -> None:
        if self._dialog is not None or self._closed:
            return
        dialog = SettingsDialog(self._settings, self._store.vault.keychain_available, self)
        dialog.settings_accepted.connect(self._on_dialog_settings_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    @Slot(str, str)
    def _on_header_setup_requested(self, provider_id: str, model: str) -> None:
        """A provider without its key was chosen: open Settings at its key field; once
        the key is saved, the chat switches to what was chosen."""
        self._setup_choice = (provider_id, model)
        self.open_settings()
        self._with_keys(lambda: self._dialog.show_provider(provider_id) if self._dialog else None)

    @Slot(object)
    def _on_dialog_settings_accepted(self, settings: Settings) -> None:
        self._save_settings(settings)
        choice, self._setup_choice = self._setup_choice, None
        if (
            choice is not None
            and settings.provider(choice[0]) is not None
            and choice[0] not in self._needs_setup()
        ):
            if self.session.is_streaming:  # after the reply, as any change then
                self._change_setup(ChatSetup(*choice, options=self.session.setup.options))
            else:
                self._on_header_model_chosen(*choice)
            return
        current = self._deferred or self.session.setup
        if len(self.session.conversation) == 0 or settings.provider(current.provider_id) is None:
            # A chat not started yet follows the provider chosen in the dialog...
            self._change_setup(replace(self._default_setup(), options=current.options))
        else:
            # ...one under way keeps its own provider and model, with its new details.
            self._change_setup(current)

    @Slot()
    def _on_dialog_finished(self) -> None:
        self._setup_choice = None
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self.prompt.setFocus()

    def _needs_model_lookup(self) -> bool:
        """Whether the chat's server must be asked for a model before a request can go."""
        return not self._provider.is_builtin and not self.session.model

    def _lookup_key(self) -> tuple[str, str]:
        return (self._provider.id, self._provider.endpoint().display_url)

    def _hold_for_models(self) -> None:
        self.session.hold("models", "Asking the server which models it offers…")

    @async_slot()
    async def _on_startup_pick_model(self) -> None:
        await self._pick_model()

    @async_slot()
    async def _on_send_pick_model(self) -> None:
        await self._pick_model()

    async def _pick_model(self) -> None:
        """With a server and no model chosen, take the first one it offers. A question
        sent meanwhile waits for this; if the server cannot be asked or offers nothing,
        it fails with that reason (not with "no model chosen")."""
        provider = self._provider
        endpoint = provider.endpoint()
        key = (provider.id, endpoint.display_url)
        if not self._needs_model_lookup():
            self.session.release("models")
            return
        if self._model_lookup == key:
            return  # already asked
        if not endpoint.is_usable:
            self.session.release("models")  # the request then says what is missing
            return
        from core.chat.model_list import list_models

        self._model_lookup = key
        self._hold_for_models()
        try:
            models = await list_models(endpoint)
        except ChatError as error:
            if self._lookup_is_current(key):
                self._model_lookup = None
                if not self.session.is_busy:
                    self.statusBar().showMessage(error.message, 15000)
                self.session.release("models", error)
            return
        except BaseException:
            if self._lookup_is_current(key):
                self._model_lookup = None
                self.session.release("models")
            raise
        if not isValid(self) or self._closed:
            return
        current = self._lookup_is_current(key)
        if self._model_lookup == key:
            self._model_lookup = None
        self._take_model_list(provider, models, current=current)

    def _lookup_is_current(self, key: tuple[str, str]) -> bool:
        """Whether a model lookup still answers for the chat's provider and address (a
        lookup for a provider the user has left only updates that provider's list)."""
        if not isValid(self) or self._closed or self._model_lookup != key:
            return False
        return key == (self._provider.id, self._provider.endpoint().display_url)

    def _take_model_list(self, provider: Provider, models: list[str], *, current: bool) -> None:
        # Settings may have changed while waiting: use the provider as it is now.
        now = self._settings.provider(provider.id)
        if models and now is not None and now.base_url == provider.base_url:
            self._settings = self._settings.with_provider(now.with_models(models))
            if current and not self.session.model:
                self._change_setup(ChatSetup(provider.id, models[0], self.session.setup.options))
        if not current:
            return
        if not models and self._needs_model_lookup():
            self.session.release("models", _no_models(provider.name))
        else:
            self.session.release("models")

    @async_slot()
    async def _on_startup_detect_servers(self) -> None:
        """First run: offer the chat servers that answer on this computer's usual ports."""
        from core.config.detect import detect_local_servers

        found = await detect_local_servers(self._local_servers)
        if not isValid(self):
            return  # closed while waiting
        self._found = [f.provider for f in found]
        self.view.welcome.offer_servers(
            [
                f"{f.provider.name} ({len(f.models)} model{'s' if len(f.models) != 1 else ''})"
                for f in found
            ]
        )

    @Slot(int)
    def _on_welcome_server_accepted(self, index: int) -> None:
        provider = self._found[index]
        same = next((p for p in self._settings.providers if p.base_url == provider.base_url), None)
        # Already saved at that address: keep its name and key, take the fresh model list.
        chosen = (
            replace(same, models=provider.models, model=same.model or provider.model)
            if same
            else provider
        )
        self._change_settings(
            lambda settings: replace(
                settings.with_provider(chosen), current_id=chosen.id, first_run=False
            )
        )
        self.view.welcome.offer_servers([])
        self._apply_setup(replace(self._default_setup(), options=self.session.setup.options))
        self.prompt.setFocus()

    # -- images ----------------------------------------------------------------
    @Slot()
    def pick_images(self) -> None:
        def attach(paths: list[Path], _type: FileType) -> None:
            images: list[Attachment] = []
            problems: list[str] = []
            for path in paths:
                try:
                    images.append(load_image(path))
                except AttachmentError as error:
                    problems.append(error.message)
            self._on_prompt_images_received(images, problems)

        images = FileType("Images", ("png", "jpg", "jpeg", "gif", "webp"))
        ask_for_file(
            self,
            RecentFolders(self._store.folder),
            Purpose.IMAGES,
            title="Attach images",
            types=(images, FileType("All files")),
            then=attach,
            multiple=True,
        )

    @Slot(list, list)
    def _on_prompt_images_received(self, images: list[Attachment], problems: list[str]) -> None:
        for image in images:
            self.attachments.add(image)
        if problems:
            self.statusBar().showMessage(" ".join(problems), 12000)
        self.prompt.setFocus()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        images, problems = attachment_from_mime(event.mimeData())
        self._on_prompt_images_received(images, problems)
        event.acceptProposedAction()

    # -- chatting --------------------------------------------------------------
    @Slot()
    def _on_prompt_submitted(self) -> None:
        if self._busy("first"):
            return
        if self._provider.is_builtin and not self._local_model_ready_to_send():
            return
        if self._needs_model_lookup() and self._model_lookup != self._lookup_key():
            self._hold_for_models()  # before sending: the question waits for the list
            if self._keys_applied:
                self._on_send_pick_model()
            # else: the keys arriving starts the lookup
        text = self.prompt.toPlainText()
        if self._editing is not None:
            sent = self.session.send_edited(self._editing, text, self.attachments.attachments())
        else:
            sent = self.session.send(text, images=self.attachments.attachments())
        if sent:
            self.prompt.clear()
            self.attachments.clear()
            self._stop_editing()
            self._update_totals()

    def _busy(self, when: str) -> bool:
        """Whether a reply is streaming; if so, say what to do `when` ("first", ...)."""
        if self.session.is_busy:
            self.statusBar().showMessage(
                f"A reply is still being written: press Stop (Esc) {when}.", 5000
            )
        return self.session.is_busy

    def _local_model_ready_to_send(self) -> bool:
        """For a built-in setup: start again a model that stopped or failed (sending again
        is the user's way to try again), or say why it cannot run."""
        engine = self._local_models.engine if self._local_models else None
        if engine is None or engine.status.state in (EngineState.FAILED, EngineState.STOPPED):
            # A fresh process, with a fresh address.
            self._apply_setup(self.session.setup, retry_local=True)
        if self._local_problem is not None:
            self.statusBar().showMessage(self._local_problem, 15000)
            return False
        return True

    @Slot()
    def open_model_file(self) -> None:
        """Chat with a GGUF model file the user has, through the same local engine."""
        if self._busy("before switching"):
            return

        def use(paths: list[Path], _type: FileType) -> None:
            if not self._busy("before switching"):  # a reply may have started meanwhile
                self.use_model_file(paths[0])

        ask_for_file(
            self,
            RecentFolders(self._store.folder),
            Purpose.MODELS,
            title="Open a model file",
            types=(FileType("GGUF models", ("gguf",)), FileType("All files")),
            then=use,
        )

    def use_model_file(self, path: Path) -> None:
        try:
            check_gguf(path)
        except LocalModelError as error:
            self._warn(error.message)
            return
        problem = self._local_models.problem(str(path)) if self._local_models else None
        if self._local_models is None or problem is not None:
            self._warn(problem or "This window runs no local models.")
            return
        builtin = self._settings.provider(BUILTIN_ID)
        if builtin is None:
            return
        model = str(path)
        models = builtin.models or (BUILTIN_MODEL,)  # the built-in model stays on the list
        if model not in models:
            models = (*models, model)
        self._change_settings(
            lambda settings: settings.with_provider(replace(builtin, models=models))
        )
        self._on_header_model_chosen(BUILTIN_ID, model)

    def _warn(self, message: str) -> None:
        """A warning the user must read, without blocking the window's loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Rivulet", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.warning_box = box
        box.open()

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if self.session.is_busy:
            self.session.stop()
        else:
            self._on_prompt_submitted()
        self.prompt.setFocus()

    @Slot(bool)
    def _on_session_busy_changed(self, busy: bool) -> None:
        if not busy and self._deferred is not None:
            setup, self._deferred = self._deferred, None
            self._apply_setup(setup)
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
        self._deferred = None
        self._apply_setup(self._default_setup())
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
        self._deferred = None  # meant for the chat that was open
        self.session.open(stored)
        self._apply_setup(stored.setup)

    @Slot(str)
    def show_history_notice(self, message: str) -> None:
        """A red line above the conversation: something about saving the history."""
        self.history_notice.setText(message)
        self.history_notice.show()

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: follow it. (Replies already shown
        # keep their code colours until reopened.)
        if event.type() == QEvent.Type.PaletteChange:
            sheet = stylesheet(self.palette(), self._settings.text_size)
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, self._store.folder)
        self._closed = True
        self._key_reader.shutdown(wait=False)
        self.session.shutdown()
        if self._local_models is not None:
            self._local_models.release()
        self.auto_titler.cancel()
        self.sidebar.stop()
        self._history.close()  # waits for the last checkpoint to be written
        event.accept()


class _WriteErrors(QObject):
    """Signals:
    write_failed(str): a history write failed (emitted on the store's thread).
    """

    write_failed = Signal(str)


def _with_current(settings: Settings, provider_id: str, model: str) -> Settings:
    """`settings` with this provider and model as the ones new chats start with."""
    provider = settings.provider(provider_id)
    if provider is None:
        return settings
    return replace(settings.with_provider(replace(provider, model=model)), current_id=provider_id)


def _no_models(server: str) -> ChatError:
    return ChatError(
        ErrorKind.NOT_CONFIGURED,
        f"{server} answered, but offers no models yet. Load or download a model there "
        "(in Ollama: ollama pull llama3.2), then press Retry.",
    )
