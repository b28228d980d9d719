"""`ChatSession`: one conversation on screen, and the reply streaming into it.

It starts each reply on its own QThread, routes the worker's per-delta signals to
the message being written, and records how the reply ended. Starting over (New chat,
Retry, new settings) stops the old worker and ignores anything it still sends, so
late deltas never land in the wrong place.
"""

import logging
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from core.chat.attachments import Attachment
from core.chat.conversation import Conversation, Message, Role
from core.chat.reply_draft import ReplyDraft
from core.config.chat_options import ChatOptions, ChatSetup
from core.documents.compose import FilesRequest, FilesSent, note
from core.documents.context import context_of, files_budget
from core.documents.read import Document
from core.errors import ChatError
from core.history.recorder import ConversationRecorder, title_from
from core.history.store import StoredConversation
from gui.chat.reply_run import ReplyRun
from gui.chat.speakers import title_of, you

if TYPE_CHECKING:  # imported lazily: openai takes ~300 ms to import
    from core.chat.client import ChatClient

ClientFactory = Callable[[], "ChatClient"]

log = logging.getLogger(__name__)


# Closing the window waits this long for the worker; with sockets shut down it needs ~1 ms.
SHUTDOWN_WAIT_MS = 1000


class ChatSession(QObject):
    """Signals:
    busy_changed(bool): a reply started (True) or ended (False); emitted once per change.
    reply_ended(Message): the finished assistant message, whatever its status.
    save_failed(str): a write to the history failed; the text says why in plain words.
    conversation_touched(str, str): conversation `id` (titled `title`) got a new prompt.

    What a view shows (it subscribes; the session never touches a widget):
    message_added(Message, str): a message and its title ("You", the model's name).
    history_replaced(list): the conversation now shows these (message, title) pairs.
    last_removed(): the last message is gone (Retry replaces it).
    cleared(): the conversation is empty (New chat).
    reply_started(Message, str): a reply under way was added, with its title.
    reply_continued(Message): the last (unfinished) reply goes on streaming.
    reply_waiting(str): why the reply under way has not started ("" once it has).
    reply_titled(str): the reply under way is by this model after all.
    text_received(str): one piece of the reply's text, in order.
    reasoning_received(str): one piece of the model's thinking.
    reply_shown(Message): the reply under way ended like this.
    """

    busy_changed = Signal(bool)
    reply_ended = Signal(Message)
    save_failed = Signal(str)
    conversation_touched = Signal(str, str)
    message_added = Signal(Message, str)
    history_replaced = Signal(list)
    last_removed = Signal()
    cleared = Signal()
    reply_started = Signal(Message, str)
    reply_continued = Signal(Message)
    reply_waiting = Signal(str)
    reply_titled = Signal(str)
    text_received = Signal(str)
    reasoning_received = Signal(str)
    reply_shown = Signal(Message)

    def __init__(self, recorder: ConversationRecorder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self._busy = False
        self.conversation = Conversation()
        self._model = ""
        self._provider_id = ""
        self._options = ChatOptions()
        # How much each model reads at once, where its server or engine said (else the
        # table in core/documents/context.py): files are fitted to it.
        self.known_contexts: dict[str, int] = {}
        self._context = 0
        self._run = ReplyRun(self)  # the reply under way, if any

    # -- configuration ---------------------------------------------------------
    def configure(
        self,
        client_factory: ClientFactory,
        model: str,
        *,
        provider_id: str = "",
        options: ChatOptions = ChatOptions(),
        remember: bool = True,
        context: int = 0,
    ) -> None:
        """Use this server, model and options from the next request on; the conversation
        remembers them.

        The client is made on first use, so starting the app never waits for openai. A
        reply still waiting to be sent goes out with the new setup; one streaming stops.
        """
        if self._run.is_streaming:
            self._run.abandon()
        self._run.clients.use(client_factory)
        self._model = model
        self._provider_id = provider_id
        self._options = options
        self._context = context  # as the user set it for this provider (0: not set)
        if "openai" in sys.modules:
            self.prepare()  # cheap once openai is imported; the next send needs no wait
        setup = ChatSetup(provider_id, model, options)
        if remember and setup != self._recorder.setup:
            self._recorder.change_setup(setup)
        self._run.begin_request()

    @property
    def setup(self) -> ChatSetup:
        return ChatSetup(self._provider_id, self._model, self._options)

    @Slot()
    def prepare(self) -> None:
        """Start making the client in the background, if that has not started yet."""
        self._run.clients.prepare()

    def reconnect(self) -> None:
        """Make the client again when next needed: its server's address has changed."""
        self._run.clients.drop()

    @property
    def model(self) -> str:
        return self._model

    @property
    def is_busy(self) -> bool:
        """Whether a reply is under way (streaming, or waiting to be sent)."""
        return self._run.is_busy

    @property
    def is_streaming(self) -> bool:
        """Whether a reply's request has gone out and it is still arriving."""
        return self._run.is_streaming

    # -- what a request waits for (the reply run keeps it) ---------------------------
    def hold(self, key: str, reason: str) -> None:
        """Requests wait until `release(key)`; `reason` tells the user what they wait for."""
        self._run.hold(key, reason)

    def release(self, key: str, error: ChatError | None = None) -> None:
        """What `key` held requests for is ready; with `error`, a waiting reply fails
        with it instead (the thing it waited for cannot happen)."""
        self._run.release(key, error)

    @property
    def waiting_for(self) -> str:
        """What a reply under way waits for before its request can go out, or ""."""
        return self._run.waiting_for

    def say_while_connecting(self, text: str) -> None:
        """What a waiting reply says while its client is being made (the window knows
        when that waits for the keychain)."""
        self._run.say_while_connecting(text)

    @property
    def draft(self) -> ReplyDraft:
        """The text of the reply under way (or of the last one)."""
        return self._run.draft

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # -- actions ---------------------------------------------------------------
    def send(
        self,
        prompt: str,
        *,
        title: str = "",
        images: tuple[Attachment, ...] = (),
        documents: tuple[Document, ...] = (),
        files_sent: FilesSent | None = None,
    ) -> bool:
        """Send a prompt; False (and nothing sent) if it is blank or a reply is streaming.

        The prompt is committed to the history first; the request goes out once it is.
        With files attached to it or earlier in the chat, it carries them whole, or the
        passages that best match it when they do not fit the model's context: as fitted
        already (`files_sent`, from `files_request`), else fitted here.
        """
        if self.is_busy or not (prompt.strip() or images or documents):
            return False
        if files_sent is not None:
            sent = files_sent
        else:
            # Fitted here, on the GUI thread, in memory: the history's index would wait
            # for the writer.
            request = self.files_request(prompt, documents, indexed=False)
            sent = request.fit() if request is not None else FilesSent("")
        message = Message(
            Role.USER,
            prompt,
            images=images,
            documents=documents,
            context=sent.text,
            context_note=note(sent),
        )
        self.conversation.add(message)
        self.message_added.emit(message, you())
        saved = self._recorder.append(message, title=title)
        assert self._recorder.conversation_id is not None
        self.conversation_touched.emit(self._recorder.conversation_id, self._recorder.title)
        self._run.start(after=saved)
        return True

    def files_request(
        self, prompt: str, documents: tuple[Document, ...], *, indexed: bool = True
    ) -> FilesRequest | None:
        """What fitting the chat's files (earlier ones and `documents`) to `prompt` needs;
        None when the chat has none. `indexed`: ranked by the history file's index (fit it
        off the GUI thread), else in memory."""
        earlier = [d for m in self.conversation if m.role is Role.USER for d in m.documents]
        unique = {d.sha256: d for d in [*earlier, *documents]}
        if not unique:
            return None
        chars = sum(len(m.content) for m in self.conversation) + len(prompt)
        stated = self._context or self.known_contexts.get(self._model, 0)
        context = context_of(self._model, stated)
        budget = files_budget(context, chars, self._options.max_tokens or 0)
        # A follow-up ("which page says so?") is about what was asked before it: the
        # passages are looked for with the last questions' words too.
        asked = [m.content for m in self.conversation if m.role is Role.USER][-2:]
        files = tuple(unique.values())
        index = partial(self._recorder.passages, files) if indexed else None
        return FilesRequest(" ".join([*asked, prompt]), files, budget, index)

    def keep_file(self, document: Document) -> None:
        """Index an attached file in the history ahead of its question (off this thread)."""
        self._recorder.keep((document,))

    @property
    def conversation_id(self) -> str | None:
        return self._recorder.conversation_id

    def open(self, stored: StoredConversation) -> None:
        """Show a stored conversation; a new prompt continues it."""
        self.new_conversation()
        self._recorder.resume(stored)
        for item in stored.messages:
            self.conversation.add(item.message)
        self.history_replaced.emit([(m, title_of(m, self._model)) for m in self.conversation])

    def send_edited(
        self, index: int, prompt: str, added_images: tuple[Attachment, ...] = ()
    ) -> bool:
        """Send an edited version of the prompt at `index` as a new branch.

        The turns before it are copied into a new conversation that continues with the
        edited prompt; the original conversation stays exactly as it was, so editing
        never loses a word (and both versions can be searched and exported).
        """
        if self.is_busy or not prompt.strip() or index >= len(self.conversation):
            return False
        earlier = list(self.conversation)[:index]
        # The edit keeps the prompt's images, plus any the user attached while editing.
        images = list(self.conversation)[index].images + added_images
        # The branch is named for its own question, not after the chat it came from.
        title = title_from(prompt)
        self.new_conversation()
        for message in earlier:
            self.conversation.add(message)
            self._recorder.append(message, title=title)
        self.history_replaced.emit([(m, title_of(m, self._model)) for m in earlier])
        return self.send(prompt, title=title, images=images)

    @Slot()
    def retry(self) -> None:
        """Ask again for the last reply, replacing it."""
        last = self.conversation.last
        if self.is_busy or last is None or last.role is not Role.ASSISTANT:
            return
        self.conversation.drop_last()
        self._recorder.drop_last()
        self.last_removed.emit()
        self._run.start()

    @Slot()
    def continue_reply(self) -> None:
        """Ask the model to go on from where the last (unfinished) reply stopped."""
        last = self.conversation.last
        if self.is_busy or last is None or last.role is not Role.ASSISTANT or not last.content:
            return
        self._run.start(continuing=True)

    @Slot()
    def stop(self) -> None:
        """Stop the reply now; the partial text stays. One still waiting is never sent."""
        self._run.stop()

    def new_conversation(self) -> None:
        self._run.abandon()
        self._recorder.start_over(self.setup)
        self.conversation = Conversation()
        self.cleared.emit()

    def shutdown(self) -> None:
        """Stop streaming and wait for the worker threads, so the app can exit cleanly."""
        self._run.shut_down = True
        self._run.abandon()
        self._run.threads.wait(SHUTDOWN_WAIT_MS)
        self._run.clients.close()
