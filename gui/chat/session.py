"""`ChatSession`: one conversation on screen, and the reply streaming into it.

It starts each reply on its own QThread, routes the worker's per-delta signals to
the message being written, and records how the reply ended. Starting over (New chat,
Retry, new settings) stops the old worker and ignores anything it still sends, so
late deltas never land in the wrong place.
"""

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from core.chat.attachments import Attachment
from core.chat.conversation import Conversation, Message, ReplyStatus, Role
from core.chat.reply import ChatReply
from core.chat.reply_draft import ReplyDraft
from core.config.chat_options import ChatOptions, ChatSetup
from core.errors import ChatError, ErrorKind
from core.history.recorder import ConversationRecorder, title_from
from core.history.store import StoredConversation, StoreError
from core.local.model_files import display_name
from gui.chat.client_maker import ClientMaker
from gui.chat.stream_worker import StreamThreads, StreamWorker, WorkerLink

if TYPE_CHECKING:  # imported lazily: openai takes ~300 ms to import
    from core.chat.client import ChatClient

ClientFactory = Callable[[], "ChatClient"]

log = logging.getLogger(__name__)

# A streaming reply is written to the history at least this often, and when it ends.
CHECKPOINT_MS = 1000
# Sent (not shown, not stored) after an unfinished reply to have the model go on.
CONTINUE_PROMPT = (
    "Continue your previous answer exactly where it stopped. Do not repeat anything; "
    "start with the next word."
)
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
        # A reply is under way from the moment its prompt is sent until it ends, whether
        # its request has gone out yet or still waits (for the prompt to be saved, for the
        # client, or for what the window holds it for: keys, the server's model list).
        self._reply_token: object | None = None
        self._saving = False
        self._holds: dict[str, str] = {}
        self._connecting = "Connecting…"  # what a reply says while its client is made
        self._busy = False
        self._history: list[Message] = []
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_MS)
        self._checkpoint_timer.timeout.connect(self._on_checkpoint_timer_timeout)
        self.conversation = Conversation()
        self._clients = ClientMaker(self)  # the chat's client, made off this thread
        self._shut_down = False
        self._model = ""
        self._provider_id = ""
        self._options = ChatOptions()
        self._threads = StreamThreads(self)
        self._worker: StreamWorker | None = None
        self._link: WorkerLink | None = None  # the current worker's reports
        self._shown = False  # a reply under way is on screen
        self.draft = ReplyDraft()  # the reply under way (or the last one)'s text
        self._error: ChatError | None = None

    # -- configuration ---------------------------------------------------------
    def configure(
        self,
        client_factory: ClientFactory,
        model: str,
        *,
        provider_id: str = "",
        options: ChatOptions = ChatOptions(),
        remember: bool = True,
    ) -> None:
        """Use this server, model and options from the next request on; the conversation
        remembers them.

        The client is made on first use, so starting the app never waits for openai. A
        reply still waiting to be sent goes out with the new setup; one streaming stops.
        """
        if self._worker is not None:
            self._abandon()
        self._clients.use(client_factory)
        self._model = model
        self._provider_id = provider_id
        self._options = options
        if "openai" in sys.modules:
            self.prepare()  # cheap once openai is imported; the next send needs no wait
        setup = ChatSetup(provider_id, model, options)
        if remember and setup != self._recorder.setup:
            self._recorder.change_setup(setup)
        self._begin_request()

    @property
    def setup(self) -> ChatSetup:
        return ChatSetup(self._provider_id, self._model, self._options)

    @Slot()
    def prepare(self) -> None:
        """Start making the client in the background, if that has not started yet."""
        self._clients.prepare()

    @property
    def model(self) -> str:
        return self._model

    @property
    def is_busy(self) -> bool:
        """Whether a reply is under way (streaming, or waiting to be sent)."""
        return self._reply_token is not None

    @property
    def is_streaming(self) -> bool:
        """Whether a reply's request has gone out and it is still arriving."""
        return self._worker is not None

    # -- what a request waits for ------------------------------------------------
    def hold(self, key: str, reason: str) -> None:
        """Requests wait until `release(key)`; `reason` tells the user what they wait for."""
        self._holds[key] = reason
        self._begin_request()

    def release(self, key: str, error: ChatError | None = None) -> None:
        """What `key` held requests for is ready; with `error`, a waiting reply fails
        with it instead (the thing it waited for cannot happen)."""
        if self._holds.pop(key, None) is None:
            return
        if error is not None and self._reply_token is not None and self._worker is None:
            self._error = error
            self._finish(ReplyStatus.FAILED)
            return
        self._begin_request()

    @property
    def waiting_for(self) -> str:
        """What a reply under way waits for before its request can go out, or ""."""
        if self._reply_token is None or self._worker is not None:
            return ""
        if self._holds:  # what the user may wait long for comes first
            return next(iter(self._holds.values()))
        if self._saving:
            return "Saving your message…"
        return self._connecting

    def say_while_connecting(self, text: str) -> None:
        """What a waiting reply says while its client is being made (the window knows
        when that waits for the keychain)."""
        self._connecting = text
        if self._reply_token is not None and self._worker is None:
            self._show_waiting()

    # -- actions ---------------------------------------------------------------
    def send(self, prompt: str, *, title: str = "", images: tuple[Attachment, ...] = ()) -> bool:
        """Send a prompt; False (and nothing sent) if it is blank or a reply is streaming.

        The prompt is committed to the history first; the request goes out once it is.
        """
        if self.is_busy or not (prompt.strip() or images):
            return False
        message = Message(Role.USER, prompt, images=images)
        self.conversation.add(message)
        self.message_added.emit(message, "You")
        saved = self._recorder.append(message, title=title)
        assert self._recorder.conversation_id is not None
        self.conversation_touched.emit(self._recorder.conversation_id, self._recorder.title)
        self._start_reply(after=saved)
        return True

    @property
    def conversation_id(self) -> str | None:
        return self._recorder.conversation_id

    def _on_prompt_saved(self, token: object, saved: "Future[None]") -> None:
        if token is not self._reply_token:
            return  # stopped, New chat or closing came first
        self._saving = False
        if saved.exception() is not None:
            self._report_save_error(saved)  # ask anyway: the answer still shows
        self._begin_request()

    def open(self, stored: StoredConversation) -> None:
        """Show a stored conversation; a new prompt continues it."""
        self.new_conversation()
        self._recorder.resume(stored)
        for item in stored.messages:
            self.conversation.add(item.message)
        self.history_replaced.emit([(m, _title_of(m, self._model)) for m in self.conversation])

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
        self.history_replaced.emit([(m, _title_of(m, self._model)) for m in earlier])
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
        self._start_reply()

    @Slot()
    def continue_reply(self) -> None:
        """Ask the model to go on from where the last (unfinished) reply stopped."""
        last = self.conversation.last
        if self.is_busy or last is None or last.role is not Role.ASSISTANT or not last.content:
            return
        self._start_reply(continuing=True)

    @Slot()
    def stop(self) -> None:
        """Stop the reply now; the partial text stays. One still waiting is never sent."""
        if self._worker is not None:
            self._worker.stop()
        elif self._reply_token is not None:
            self._finish(ReplyStatus.STOPPED)

    def new_conversation(self) -> None:
        self._abandon()
        self._recorder.start_over(self.setup)
        self.conversation = Conversation()
        self.cleared.emit()

    def shutdown(self) -> None:
        """Stop streaming and wait for the worker threads, so the app can exit cleanly."""
        self._shut_down = True
        self._abandon()
        self._threads.wait(SHUTDOWN_WAIT_MS)
        self._clients.close()

    # -- the streaming reply ---------------------------------------------------
    def _start_reply(
        self, *, continuing: bool = False, after: "Future[None] | None" = None
    ) -> None:
        """Show the reply under way at once; its request goes out once nothing holds it
        (`after`: the prompt's save)."""
        if continuing:
            partial = self.conversation.update_last(status=ReplyStatus.STREAMING, error=None)
            self._history = [*self.conversation, Message(Role.USER, CONTINUE_PROMPT)]
            self._shown = True
            self.reply_continued.emit(partial)
            self.draft = ReplyDraft(partial)
        else:
            self._history = list(self.conversation)
            placeholder = Message(Role.ASSISTANT, "", ReplyStatus.STREAMING, model=self._model)
            self.conversation.add(placeholder)
            self._recorder.append(placeholder)
            self._shown = True
            self.reply_started.emit(placeholder, display_name(self._model) or "Assistant")
            self.draft = ReplyDraft()
        self._error = None
        token = self._reply_token = object()
        self._set_busy(True)
        self._checkpoint_timer.start()
        self._saving = after is not None
        if after is not None:
            self._clients.when_done(after, lambda saved: self._on_prompt_saved(token, saved))
        self._begin_request()

    def _begin_request(self) -> None:
        """Send the waiting reply's request if nothing holds it any more; else say why."""
        if self._reply_token is None or self._worker is not None or self._shut_down:
            return
        if self._saving or self._holds:
            self._show_waiting()
            return
        future = self._clients.prepare()
        if future is None:
            return  # not configured yet: configure() sends it
        if not future.done():
            # Never wait on this thread (a keychain may be showing an unlock prompt).
            self._show_waiting()
            token = self._reply_token
            self._clients.when_done(future, lambda made: self._on_client_made(token, made))
            return
        try:
            client = future.result()
        except Exception:
            log.exception("Could not set up the connection")
            self._error = ChatError(
                ErrorKind.INTERNAL,
                "Rivulet could not set up the connection. Check the server address in Settings.",
            )
            self._finish(ReplyStatus.FAILED)
            return
        self._start_worker(client)

    def _on_client_made(self, token: object, made: "Future[ChatClient]") -> None:
        if token is self._reply_token and made is self._clients.future:
            self._begin_request()  # else: stopped, or a newer client is being made

    def _show_waiting(self) -> None:
        if self._shown:
            self.reply_waiting.emit(self.waiting_for)

    def _start_worker(self, client: "ChatClient") -> None:
        if not self.draft.continuing and self.conversation.last is not None:
            # The model may have been chosen while the reply waited.
            self.conversation.update_last(model=self._model)
            if self._shown:
                self.reply_titled.emit(display_name(self._model) or "Assistant")
        if self._shown:
            self.reply_waiting.emit("")
        reply = client.stream(self._history, self._model, self._options)

        link = self._link = self._threads.start(reply)
        link.delta_received.connect(self._on_link_delta_received)
        link.reasoning_received.connect(self._on_link_reasoning_received)
        link.request_failed.connect(self._on_link_request_failed)
        link.finished.connect(self._on_link_finished)
        self._worker = link.worker

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @Slot()
    def _on_checkpoint_timer_timeout(self) -> None:
        if self._worker is not None:
            streaming = Message(
                Role.ASSISTANT,
                self.draft.text,
                ReplyStatus.STREAMING,
                model=self._model,
                reasoning=self.draft.reasoning,
            )
            self._recorder.update_last(streaming)

    def _report_save_error(self, future: "Future[None]") -> None:
        error = future.exception()
        self.save_failed.emit(error.message if isinstance(error, StoreError) else str(error))

    def _abandon(self) -> None:
        """Stop the reply under way and ignore whatever its worker still sends; keep its
        text. A reply still waiting is never sent."""
        if self._worker is not None:
            self._worker.stop()
        if self._reply_token is not None:
            self._finish(ReplyStatus.STOPPED)

    # The link of a worker the session let go of is cut: these hear the current one only.
    @Slot(str)
    def _on_link_delta_received(self, text: str) -> None:
        shown = self.draft.add_text(text)
        if shown:
            self.text_received.emit(shown)

    @Slot(str)
    def _on_link_reasoning_received(self, text: str) -> None:
        self.draft.add_reasoning(text)
        self.reasoning_received.emit(text)

    @Slot(ChatError)
    def _on_link_request_failed(self, error: ChatError) -> None:
        self._error = error

    @Slot()
    def _on_link_finished(self) -> None:
        if self._worker is not None:
            reply = self._worker.reply
            self._finish(ReplyStatus.FAILED if self._error is not None else reply.status, reply)

    def _finish(self, status: ReplyStatus, reply: "ChatReply | None" = None) -> None:
        rest = self.draft.flush()
        if rest and self._shown:
            self.text_received.emit(rest)
        text = self.draft.text
        error = self._error.message if self._error is not None else None
        prompt_chars = sum(len(m.content) for m in list(self.conversation)[:-1])
        stats = self.draft.stats(reply, prompt_chars)
        message = self.conversation.update_last(
            content=text,
            status=status,
            error=error,
            reasoning=self.draft.reasoning,
            stats=stats,
        )
        self._checkpoint_timer.stop()
        self._recorder.update_last(message)
        if self._shown:
            self.reply_shown.emit(message)
        if self._link is not None:
            self._link.cut()  # whatever that worker still sends goes nowhere
        self._link = None
        self._worker = None
        self._shown = False
        self._reply_token = None
        self._saving = False
        self._history = []
        self._set_busy(False)
        self.reply_ended.emit(message)


def _title_of(message: Message, current_model: str) -> str:
    if message.role is Role.USER:
        return "You"
    return display_name(message.model or current_model) or "Assistant"
