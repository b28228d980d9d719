"""`ConversationRecorder`: mirrors one conversation into the `HistoryStore` as it happens."""

from collections.abc import Sequence
from concurrent.futures import Future
from contextlib import AbstractContextManager

from core.chat.conversation import Message, Role
from core.config.chat_options import ChatSetup
from core.documents.passages import Passages
from core.documents.read import Document
from core.history.store import HistoryStore, StoredConversation, new_id
from core.i18n import Context

ChatTitles = Context("ChatTitles")

TITLE_LENGTH = 60


def title_from(prompt: str) -> str:
    """A first title from the first prompt: its first line, shortened at a word."""
    line = " ".join(prompt.split())
    if len(line) <= TITLE_LENGTH:
        # Stored as the title, in the language of the moment.
        return line or ChatTitles.tr(
            "New chat", "the title of a chat whose first prompt has no text"
        )
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"


class ConversationRecorder:
    """Knows the conversation's id and its messages' ids; every call queues one write."""

    def __init__(self, store: HistoryStore) -> None:
        self._store = store
        self.conversation_id: str | None = None
        self.title = ""
        self.setup = ChatSetup()
        self._ids: list[str] = []

    def start_over(self, setup: ChatSetup = ChatSetup()) -> None:
        self.conversation_id = None
        self.title = ""
        self.setup = setup
        self._ids = []

    def resume(self, stored: StoredConversation) -> None:
        self.conversation_id = stored.id
        self.title = stored.title
        self.setup = stored.setup
        self._ids = [m.id for m in stored.messages]

    def change_setup(self, setup: ChatSetup) -> None:
        """A new provider, model or options; stored at once if the conversation exists."""
        self.setup = setup
        if self.conversation_id is not None:
            self._store.set_setup(self.conversation_id, setup)

    def append(self, message: Message, *, title: str = "") -> "Future[None]":
        """Store a new message (and the conversation, titled `title` or after it, if new)."""
        if self.conversation_id is None:
            self.conversation_id = new_id()
            self.title = title or title_from(message.content if message.role is Role.USER else "")
            self._store.add_conversation(self.conversation_id, self.title, self.setup)
        message_id = new_id()
        self._ids.append(message_id)
        return self._store.add_message(self.conversation_id, message_id, message)

    def update_last(self, message: Message) -> "Future[None]":
        """Checkpoint the last message (a reply as it streams, and when it ends)."""
        return self._store.update_message(self._ids[-1], message)

    def keep(self, documents: Sequence[Document]) -> "Future[None]":
        """Keep files ahead of the message that will hold them (see HistoryStore.keep)."""
        return self._store.keep(documents)

    def passages(self, documents: Sequence[Document]) -> AbstractContextManager[Passages]:
        """The files' passages ranked by the history's index (see HistoryStore.passages)."""
        return self._store.passages(documents)

    def drop_last(self) -> "Future[None]":
        return self._store.delete_message(self._ids.pop())
