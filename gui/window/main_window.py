"""The main window: the sidebar beside the conversation, the composer below, menus and a
status line. It composes the parts and connects them; they decide."""

import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from core.config.chat_options import ChatOptions, ChatSetup
from core.config.settings import SettingsStore
from core.i18n import Context
from gui.theme import chosen_palette, stylesheet
from gui.window.actions import BuiltMenus
from gui.window.composer import Composer
from gui.window.early_input import EarlyInput
from gui.window.first_frame import FirstFrame, NextPaint
from gui.window.geometry import restore_geometry, save_geometry
from gui.window.sidebar_fold import FOLD_BELOW
from gui.window.status_line import StatusLine

if TYPE_CHECKING:
    from core.chat.client import ChatClient
    from core.config.providers import Endpoint, Provider
    from core.documents.read import Document
    from core.history.store import HistoryStore
    from gui.chat.auto_title import AutoTitler
    from gui.chat.local_runner import LocalModels
    from gui.chat.session import ChatSession
    from gui.chat.setup_controller import SetupController
    from gui.reply_view.conversation_view import ConversationView
    from gui.sidebar.sidebar import Sidebar
    from gui.window.chat_switcher import ChatSwitcher
    from gui.window.dialogs import WindowDialogs
    from gui.window.export_import import TransferActions
    from gui.window.figures_choice import FiguresChoice
    from gui.window.file_intake import FileIntake
    from gui.window.header import ChatHeader
    from gui.window.history_notice import HistoryNotice
    from gui.window.images import Received
    from gui.window.menu_entry_offer import AppMenu
    from gui.window.sending import QuestionSender
    from gui.window.sidebar_fold import SidebarFold
    from gui.window.text_size import TextSize
    from gui.window.theme_choice import ThemeChoice

log = logging.getLogger(__name__)

Window = Context("Window")

PRODUCT = "Rivulet"  # a name: the same in every language

ClientFactory = Callable[["Endpoint"], "ChatClient"]


def _keep_no_secret(_secret: str | None) -> None:
    pass


@dataclass(frozen=True)
class WindowParts:
    """What the window works over, beyond its settings."""

    make_client: ClientFactory
    history: "HistoryStore"
    on_secret: Callable[[str | None], None] = _keep_no_secret  # a key to mask in the log
    local_servers: "Sequence[Provider] | None" = None
    local_models: "LocalModels | None" = None
    history_problem: str | None = None  # why the history could not be opened, if so


class MainWindow(QMainWindow):
    """Made in two steps. The first makes the frame and the composer: a window a person
    can type in. The second makes the rest (the sidebar, the header, the conversation,
    the session and the menus): at once when given its `WindowParts`, or, given a
    function that makes them, after the window's first frame is on screen, so that
    starting the app shows a typeable window before most of it is imported (the rest
    follows within a few frames; what was typed meanwhile stays, and a question sent
    meanwhile goes once it can). `when_built` runs a call once the second step is done.
    """

    # Made by BuiltMenus.fill from gui/window/actions.py's table.
    new_chat_action: QAction
    settings_action: QAction
    undo_delete_action: QAction
    delete_chat_action: QAction
    about_action: QAction
    figures_action: QAction
    # Made by the second step.
    view: "ConversationView"
    session: "ChatSession"
    setup: "SetupController"
    dialogs: "WindowDialogs"
    header: "ChatHeader"
    history_notice: "HistoryNotice"
    sidebar: "Sidebar"
    sidebar_fold: "SidebarFold"
    theme: "ThemeChoice"
    text_size: "TextSize"
    figures: "FiguresChoice"
    intake: "FileIntake"
    question: "QuestionSender"
    transfers: "TransferActions"
    app_menu: "AppMenu"
    auto_titler: "AutoTitler"
    chats: "ChatSwitcher"

    def __init__(
        self, store: SettingsStore, parts: WindowParts | Callable[[], WindowParts]
    ) -> None:
        super().__init__()
        self.first_frame = FirstFrame(self)
        self._chat_title = ""  # the open chat's, "" for none (the window is PRODUCT's)
        self._store = store
        self._built = False
        self._closed = False
        self._when_built: list[Callable[[], None]] = []
        if not restore_geometry(self, store.folder):
            self.resize(1080, 760)
        self.setAcceptDrops(True)  # images dropped anywhere are attached to the prompt
        self._system_palette = QApplication.palette()  # what the platform gave
        self._style(store)

        self.composer = Composer(self)
        self.prompt = self.composer.prompt
        self.send_button = self.composer.send_button
        self.attachments = self.composer.attachments
        # Stand-ins where the sidebar and the conversation go, styled as they are, so that
        # nothing moves when those arrive.
        self._sidebar_stand_in = QWidget(self)
        self._sidebar_stand_in.setObjectName("sidebar")
        self._sidebar_stand_in.setVisible(self.width() >= FOLD_BELOW)
        self._view_stand_in = QWidget(self)
        self._view_stand_in.setObjectName("conversationContent")
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self._view_stand_in, 1)
        self._column.addWidget(self.composer)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self._sidebar_stand_in)
        self._splitter.addWidget(central)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([250, 830])
        self._splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._splitter)
        # The menu bar's titles and the status line now, so that nothing moves later.
        self.menus = BuiltMenus(self)
        self.status = StatusLine(self.statusBar())
        # Through the window's own slots: before the second step, `EarlyInput` keeps it.
        self._early = EarlyInput(self.prompt, self.when_built)
        self.prompt.submitted.connect(self._on_prompt_submitted)
        self.prompt.attachments_received.connect(self._on_prompt_attachments_received)
        self.composer.send_clicked.connect(self._on_send_button_clicked)
        self.composer.attach_clicked.connect(self._on_composer_attach_clicked)
        self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        self._retranslate()
        if isinstance(parts, WindowParts):
            self._build(parts)
        else:
            self.first_frame.then(lambda: self._build_later(parts))

    @property
    def built(self) -> bool:
        return self._built

    def when_built(self, action: Callable[[], None]) -> None:
        """Run `action` once the whole window is made: now, if it is."""
        if self._built:
            action()
        elif not self._closed:
            self._when_built.append(action)

    def _style(self, store: SettingsStore) -> None:
        """The chosen theme and text size, before the first frame (ThemeChoice and
        TextSize keep them up to date later)."""
        settings = store.load(with_keys=False)
        palette = chosen_palette(settings.theme)
        if palette is not None:
            QApplication.setPalette(palette)
        # The application's palette: the window's own takes it only when its change
        # event comes, after this.
        self.setStyleSheet(stylesheet(QApplication.palette(), settings.text_size))

    def _build_later(self, make_parts: Callable[[], WindowParts]) -> None:
        try:
            self._build(make_parts())
        except Exception:
            from PySide6.QtWidgets import QMessageBox

            # A bug or a broken data folder (its log file a folder, say): no window that
            # silently does nothing, but plain words, the details on stderr, and an end.
            log.exception("Rivulet could not finish starting")
            traceback.print_exc()
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                PRODUCT,
                Window.tr(
                    "Rivulet could not finish starting. Check that its data folder can be "
                    "written to, then start it again."
                ),
                parent=self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self.close)
            box.open()

    def _build(self, parts: WindowParts) -> None:
        """The second step: everything but the frame and the composer."""
        # Imported here, not at the top: these are most of the app's modules, and a
        # window made in two steps shows its first frame before they load.
        from core.history.recorder import ConversationRecorder
        from gui.chat.auto_title import AutoTitler
        from gui.chat.session import ChatSession
        from gui.chat.setup_controller import SetupController
        from gui.reply_view.conversation_view import ConversationView
        from gui.reply_view.session_binding import SessionBinding
        from gui.sidebar.sidebar import Sidebar
        from gui.window.chat_switcher import ChatSwitcher
        from gui.window.dialogs import WindowDialogs
        from gui.window.export_import import TransferActions
        from gui.window.figures_choice import FiguresChoice
        from gui.window.file_intake import FileIntake
        from gui.window.header import ChatHeader
        from gui.window.history_notice import HistoryNotice
        from gui.window.menu_entry_offer import AppMenu
        from gui.window.sending import QuestionSender
        from gui.window.sidebar_fold import SidebarFold
        from gui.window.text_size import TextSize
        from gui.window.theme_choice import ThemeChoice
        from gui.window.undo_keys import UndoKeys

        if self._closed:
            return
        store, history = self._store, parts.history
        self._history = history
        if parts.local_models is not None:
            parts.local_models.hold_starts()  # until the first frame is on screen
        self.view = ConversationView(self)
        self.session = ChatSession(ConversationRecorder(history), self)
        SessionBinding(self.session, self.view)
        self.setup = SetupController(
            store,
            parts.make_client,
            self.session,
            on_secret=parts.on_secret,
            local_servers=parts.local_servers,
            local_models=parts.local_models,
            parent=self,
        )
        self.dialogs = WindowDialogs(self, self.setup)
        self.header = ChatHeader(self)
        self.history_notice = HistoryNotice(history, self)
        self._column.replaceWidget(self._view_stand_in, self.view)
        self._column.setStretchFactor(self.view, 1)
        self._column.insertWidget(0, self.header)
        self._column.insertWidget(0, self.history_notice)
        self.sidebar = Sidebar(history, self)
        self._splitter.replaceWidget(0, self.sidebar)
        for stand_in in (self._view_stand_in, self._sidebar_stand_in):
            stand_in.hide()
            stand_in.deleteLater()
        self.sidebar_fold = SidebarFold(self, self.sidebar, self.prompt)
        self.theme = ThemeChoice(self, self.setup, self._system_palette)
        self.text_size = TextSize(self, self.setup)
        self.figures = FiguresChoice(self, self.setup, self.view, self.header)
        self.intake = FileIntake(
            self,
            store.folder,
            composer=self.composer,
            session=self.session,
            status=self.status,
            new_chat=self.new_chat,
        )
        self.documents = self.intake.documents
        # Menus and tests reach these through the window.
        self.pick_images = self.intake.pick
        self.attach_files = self.intake.attach_files
        self.question = QuestionSender(
            self.composer, self.session, self.setup, self.status, self.documents
        )
        self._early.sender, self._early.intake = self.question, self.intake
        self.transfers = TransferActions(self, history, self.session, self.sidebar)
        self.sidebar.export_requested.connect(self.transfers.export_chat)
        self.menus.fill(self)
        self._undo_keys = UndoKeys((self.prompt, self.sidebar.search), self)
        # Portable copies only: offered once in the status bar, and in the Help menu.
        self.app_menu = AppMenu(self, self.menus["help"], store.folder)
        self.auto_titler = AutoTitler(
            self.session, history, self.sidebar, self.setup.endpoint_and_model, self
        )
        self.chats = ChatSwitcher(
            history,
            self.session,
            self.setup,
            view=self.view,
            sidebar=self.sidebar,
            composer=self.composer,
        )
        self._connect()
        self._order_tab_stops()

        # A question typed before the keys are read waits for them (its client is made
        # with them, on another thread), and says so.
        self.session.say_while_connecting(
            Window.tr("Waiting for your keys from the system keychain…")
        )
        self.setup.apply_setup(ChatSetup())
        self.chats.open_latest()
        if self.setup.lookup.needed():
            self.setup.lookup.hold()  # the first question waits for the server's list
        if parts.history_problem is not None:
            self.history_notice.show_message(parts.history_problem)
        if not self.prompt.hasFocus() and QApplication.focusWidget() is None:
            self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        self._built = True
        if self.prompt.toPlainText():  # typed before this step: get ready as typing does
            self.session.prepare()
            self.view.warm_up()
        for action in self._when_built:
            action()
        self._when_built = []
        # What can wait starts once the window can be typed in (see first_frame.py). Made
        # after the first frame, the whole window paints first.
        later = (
            self.setup.read_keys,
            self.setup.start_held_model,
            self.setup.first_run.detect_soon,
            self.sidebar.finish_loading,
        )
        if self.first_frame.passed:
            NextPaint(self, lambda: self._run_later(later))
        else:
            for action in later:
                self.first_frame.then(action)

    def _run_later(self, actions: Sequence[Callable[[], None]]) -> None:
        if not self._closed:
            for action in actions:
                action()

    def _retranslate(self) -> None:
        # Qt adds " — Rivulet" (the application's display name) where the platform does,
        # unless the title ends with it already.
        if self._chat_title:
            #: The window's title: the chat's, then the application's name. Keep "Rivulet"
            #: last: where Qt adds the name itself, it adds it unless the title ends with it.
            title = Window.tr("{title} — Rivulet", title=self._chat_title)
        else:
            title = PRODUCT
        self.setWindowTitle(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self._retranslate()
            # Menus, actions and the status line are not widgets of their own.
            self.menus.retranslate()
            self.app_menu.retranslate()
            self.status.retranslate()
        super().changeEvent(event)

    def _order_tab_stops(self) -> None:
        """Tab goes through the window as it reads: the chat list, the bar above the
        chat, the messages (each adds itself after the one above), the composer."""
        header, composer = self.header, self.composer
        stops = [
            self.sidebar.new_button,
            self.sidebar.search,
            self.sidebar.list,
            header.sidebar_button,
            header.model_box,
            header.options_button,
            header.totals_button,
            self.view,
            composer.attach_button,
            self.prompt,
            self.send_button,
        ]
        for first, second in pairwise(stops):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        setup, session, view, header = self.setup, self.session, self.view, self.header
        setup.choices_changed.connect(header.show_setup_choices)
        setup.options_named.connect(header.show_options)
        setup.totals_changed.connect(header.show_totals)
        setup.welcome_changed.connect(view.welcome.show_setup)
        setup.model_described.connect(header.describe_model)
        header.sidebar_button.clicked.connect(self.sidebar_fold.toggle)
        setup.loading_progressed.connect(self.status.show_loading)
        setup.loading_ended.connect(self.status.hide_loading)
        setup.message.connect(self.status.say)
        setup.servers_found.connect(view.welcome.offer_servers)
        self.dialogs.closed.connect(self.prompt.setFocus)
        self.composer.documents.opened.connect(self.show_document)
        self.view.document_opened.connect(self.show_document)
        # Typing is the cue to get the connection ready (openai takes ~300 ms to import).
        self.prompt.textChanged.connect(session.prepare)
        self.prompt.textChanged.connect(view.warm_up)  # and the reply's first frames
        session.busy_changed.connect(self._on_session_busy_changed)
        session.reply_ended.connect(setup.update_totals)
        session.save_failed.connect(self.history_notice.show_message)
        session.conversation_touched.connect(self.sidebar.touch)
        view.settings_requested.connect(self.dialogs.open_settings)
        view.welcome.server_accepted.connect(self._on_welcome_server_accepted)
        view.welcome.suggestion_chosen.connect(self._on_welcome_suggestion_chosen)
        self.sidebar.current_title_changed.connect(self._on_sidebar_current_title_changed)
        view.edit_requested.connect(self._on_view_edit_requested)
        view.retry_requested.connect(session.retry)  # the view asks, the window forwards
        view.continue_requested.connect(session.continue_reply)
        # Back to the prompt: the pressed button hides as the reply restarts, and the
        # keyboard went on to the next control (New chat, which Enter then pressed).
        view.retry_requested.connect(self.prompt.setFocus)
        view.continue_requested.connect(self.prompt.setFocus)
        header.model_chosen.connect(self._on_header_model_chosen)
        header.options_requested.connect(self.dialogs.open_chat_options)
        header.providers_requested.connect(self.dialogs.open_settings)
        header.model_file_requested.connect(self.open_model_file)
        header.setup_requested.connect(self.dialogs.open_settings_at)

    # -- what the menus run ---------------------------------------------------------
    @Slot(object)
    def show_document(self, document: "Document") -> None:
        from gui.documents.viewer import show_document  # only once a file is clicked

        show_document(self, document)

    @Slot()
    def open_model_file(self) -> None:
        from gui.window.images import pick_model_file

        if not self.question.busy(switching=True):
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
            self.status.say(Window.tr("There is no saved chat open to delete."), 5000)
            return
        self.sidebar.delete_chat(self.session.conversation_id)

    @Slot()
    def new_chat(self) -> None:
        self.chats.new_chat()

    @Slot(list)
    def open_files(self, paths: list[str]) -> None:
        """Files given at launch ("Open with Rivulet"): a new chat with them attached."""
        if self._built:
            self.intake.open_files(paths)
        else:
            self._early.open_files(paths)

    def _pick_files(self) -> None:  # named: `when_built` keeps it before `intake` exists
        self.intake.pick()

    @Slot()
    def _on_prompt_submitted(self) -> None:
        if self._built:
            self.question.submit()
        else:
            self._early.send()

    @Slot(object)
    def _on_prompt_attachments_received(self, received: "Received") -> None:
        if self._built:
            self.intake.take(received)
        else:
            self._early.take(received)

    @Slot()
    def _on_composer_attach_clicked(self) -> None:
        self.when_built(self._pick_files)

    @Slot()
    def _on_send_button_clicked(self) -> None:
        if not self._built:
            self._early.send()
        elif self.session.is_busy:
            self.session.stop()
        else:
            self.question.submit()
        self.prompt.setFocus()

    @Slot(bool)
    def _on_session_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.setup.apply_deferred()
        self.composer.set_busy(busy)

    @Slot(str, str)
    def _on_header_model_chosen(self, provider_id: str, model: str) -> None:
        if self.session.is_streaming:
            self.question.busy(switching=True)
        if self.setup.choose_model(provider_id, model):
            self.prompt.setFocus()

    @Slot(ChatOptions)
    def _on_options_dialog_accepted(self, options: ChatOptions) -> None:
        self.setup.set_options(options)

    @Slot(str)
    def _on_sidebar_current_title_changed(self, title: str) -> None:
        self._chat_title = title
        self._retranslate()

    @Slot(str)
    def _on_welcome_suggestion_chosen(self, start: str) -> None:
        self.prompt.setPlainText(start)
        self.prompt.moveCursor(QTextCursor.MoveOperation.End)
        self.prompt.setFocus()

    @Slot(int)
    def _on_welcome_server_accepted(self, index: int) -> None:
        self.setup.first_run.accept(index)
        self.prompt.setFocus()

    def _on_model_file_picked(self, path: Path) -> None:
        if not self.question.busy(switching=True):  # a reply may have started meanwhile
            self.use_model_file(path)

    @Slot(int)
    def _on_view_edit_requested(self, index: int) -> None:
        if not self.session.is_busy:
            self.composer.start_editing(index, list(self.session.conversation)[index].content)

    # -- the window itself ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from gui.window.images import received_in  # not needed for the first frame

        self._on_prompt_attachments_received(received_in(event.mimeData()))
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, self._store.folder)
        self.first_frame.cancel()  # closed before its first frame: none of it is needed
        self._closed = True
        self._when_built = []
        if not self._built:  # closed before the rest was made: there is nothing to end
            event.accept()
            return
        self.setup.close()
        self.session.shutdown()
        self.intake.close()
        self.setup.local.close()  # the model's process ends once no reply reads from it
        self.auto_titler.cancel()
        self.sidebar.stop()
        self._history.close()  # waits for the last checkpoint to be written
        event.accept()
