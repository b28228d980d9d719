"""Which chat is on screen: a new one, one chosen in the sidebar (at a search hit), or
another after the open one was deleted."""

from PySide6.QtCore import QObject, Slot

from core.history.store import HistoryStore, StoredConversation
from gui.chat.session import ChatSession
from gui.chat.setup_controller import SetupController
from gui.reply_view.conversation_view import ConversationView
from gui.sidebar.sidebar import Sidebar
from gui.window.composer import Composer


class ChatSwitcher(QObject):
    def __init__(
        self,
        history: HistoryStore,
        session: ChatSession,
        setup: SetupController,
        *,
        view: ConversationView,
        sidebar: Sidebar,
        composer: Composer,
    ) -> None:
        super().__init__(composer)
        self._history = history
        self._session = session
        self._setup = setup
        self._view = view
        self._sidebar = sidebar
        self._composer = composer
        sidebar.conversation_chosen.connect(self._on_sidebar_conversation_chosen)
        sidebar.new_chat_requested.connect(self.new_chat)
        sidebar.conversation_deleted.connect(self._on_sidebar_conversation_deleted)

    @Slot()
    def new_chat(self) -> None:
        self._composer.stop_editing()
        self._session.new_conversation()
        self._setup.deferred = None
        self._setup.apply_setup(self._setup.default_setup())
        self._sidebar.mark_current(None)
        self._composer.prompt.clear()
        self._composer.prompt.setFocus()

    def open_latest(self) -> None:
        """At start: the chat the user was in last, if any."""
        latest = self._history.latest_conversation()
        if latest is not None:
            self.open(latest)
            self._sidebar.mark_current(latest.id)

    def open(self, stored: StoredConversation) -> None:
        self._setup.deferred = None  # meant for the chat that was open
        self._session.open(stored)
        self._setup.apply_setup(stored.setup)

    @Slot(str, str)
    def _on_sidebar_conversation_chosen(self, conversation_id: str, message_id: str) -> None:
        self.open_at(conversation_id, message_id)

    def open_at(self, conversation_id: str, message_id: str = "") -> None:
        """Show a stored chat, at `message_id` if given (a search hit)."""
        self._composer.stop_editing()
        if conversation_id == self._session.conversation_id and not message_id:
            return
        stored = self._history.load(conversation_id)
        if stored is None:
            return
        self.open(stored)
        index = next((i for i, m in enumerate(stored.messages) if m.id == message_id), None)
        if index is not None:
            self._view.reveal(index)
        self._composer.prompt.setFocus()

    @Slot(str)
    def _on_sidebar_conversation_deleted(self, conversation_id: str) -> None:
        if conversation_id == self._session.conversation_id:
            self.new_chat()
