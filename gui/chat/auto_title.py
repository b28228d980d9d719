"""Replace a new conversation's first-prompt title with a short one the model writes."""

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from core.chat.conversation import Message, ReplyStatus, Role
from core.config.providers import Endpoint
from core.history.store import HistoryStore, StoreError
from gui.chat.session import ChatSession
from gui.sidebar.sidebar import Sidebar

# None: do not ask for a title (the first prompt stays the title).
EndpointSource = Callable[[], tuple[Endpoint, str] | None]


class AutoTitler(QObject):
    """After the first complete reply of a conversation, asks for a title in the background.

    Nothing waits for it (a task on the qasync loop); if the user renamed the chat
    meanwhile, or the server cannot answer, the first-prompt title stays.
    """

    def __init__(
        self,
        session: ChatSession,
        store: HistoryStore,
        sidebar: Sidebar,
        endpoint_and_model: EndpointSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._store = store
        self._sidebar = sidebar
        self._endpoint_and_model = endpoint_and_model
        self._tasks: set[asyncio.Task[None]] = set()
        session.reply_ended.connect(self._on_session_reply_ended)

    @Slot(Message)
    def _on_session_reply_ended(self, message: Message) -> None:
        messages = list(self._session.conversation)
        first_exchange = [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
        conversation_id = self._session.conversation_id
        if first_exchange and message.status is ReplyStatus.COMPLETE and conversation_id:
            task = asyncio.ensure_future(
                self._ask(conversation_id, messages[0].content, message.content)
            )
            self._tasks.add(task)  # keep it alive until done
            task.add_done_callback(self._tasks.discard)

    async def _ask(self, conversation_id: str, prompt: str, reply: str) -> None:
        from core.chat.titles import suggest_title  # imports openai: only once chatting

        source = self._endpoint_and_model()
        if source is None:
            return  # a model too small to title well: the first prompt stays the title
        endpoint, model = source
        first_title = self._store.title(conversation_id)
        title = await suggest_title(endpoint, model, prompt, reply)
        if not title or first_title is None:
            return
        # The store decides, after any rename the user asked for meanwhile; the list follows.
        try:
            renamed = await asyncio.wrap_future(
                self._store.retitle(conversation_id, title, if_title=first_title)
            )
        except StoreError:
            return  # the history notice already says why it could not write
        if renamed:
            self._sidebar.set_title(conversation_id, title)

    def cancel(self) -> None:
        for task in self._tasks:
            task.cancel()
