"""`ReplyRun`: the reply under way in a `ChatSession`, from the moment its prompt is sent
until it ends: what its request waits for (the prompt's save, the client, the window's
holds), the worker that streams it, its checkpoints in the history, and how it ended.

Part of the session: it reports through the session's signals.
"""

import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import ChatReply
from core.chat.reply_draft import ReplyDraft
from core.errors import ChatError, ErrorKind
from core.history.store import StoreError
from core.i18n import Context
from core.local.model_files import display_name
from gui.chat.client_maker import ClientMaker
from gui.chat.stream_worker import StreamThreads, StreamWorker, WorkerLink

if TYPE_CHECKING:
    from core.chat.client import ChatClient
    from gui.chat.session import ChatSession

log = logging.getLogger(__name__)

ReplyProgress = Context("ReplyProgress")

# A streaming reply is written to the history at least this often, and when it ends.
CHECKPOINT_MS = 1000
# Sent (not shown, not stored) after an unfinished reply to have the model go on.
CONTINUE_PROMPT = (
    "Continue your previous answer exactly where it stopped. Do not repeat anything; "
    "start with the next word."
)


class ReplyRun(QObject):
    def __init__(self, session: "ChatSession") -> None:
        super().__init__(session)
        self._session = session
        # A reply is under way from the moment its prompt is sent until it ends, whether
        # its request has gone out yet or still waits (for the prompt to be saved, for the
        # client, or for what the window holds it for: keys, the server's model list).
        self._reply_token: object | None = None
        self._saving = False
        self._holds: dict[str, str] = {}
        self._connecting = ""  # what a reply says while its client is made ("": Connecting…)
        self._history: list[Message] = []
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_MS)
        self._checkpoint_timer.timeout.connect(self._on_checkpoint_timer_timeout)
        self.clients = ClientMaker(self)  # the chat's client, made off the GUI thread
        self.threads = StreamThreads(self)
        self.shut_down = False
        self._worker: StreamWorker | None = None
        self._link: WorkerLink | None = None  # the current worker's reports
        self._shown = False  # a reply under way is on screen
        self.draft = ReplyDraft()  # the reply under way (or the last one)'s text
        self._error: ChatError | None = None

    @property
    def is_busy(self) -> bool:
        return self._reply_token is not None

    @property
    def is_streaming(self) -> bool:
        return self._worker is not None

    # -- what a request waits for ------------------------------------------------
    def hold(self, key: str, reason: str) -> None:
        """Requests wait until `release(key)`; `reason` tells the user what they wait for."""
        self._holds[key] = reason
        self.begin_request()

    def release(self, key: str, error: ChatError | None = None) -> None:
        """What `key` held requests for is ready; with `error`, a waiting reply fails
        with it instead (the thing it waited for cannot happen)."""
        if self._holds.pop(key, None) is None:
            return
        if error is not None and self._reply_token is not None and self._worker is None:
            self._error = error
            self._finish(ReplyStatus.FAILED)
            return
        self.begin_request()

    @property
    def waiting_for(self) -> str:
        """What a reply under way waits for before its request can go out, or ""."""
        if self._reply_token is None or self._worker is not None:
            return ""
        if self._holds:  # what the user may wait long for comes first
            return next(iter(self._holds.values()))
        if self._saving:
            return ReplyProgress.tr("Saving your message…")
        return self._connecting or ReplyProgress.tr("Connecting…")

    def say_while_connecting(self, text: str) -> None:
        """What a waiting reply says while its client is being made (the window knows
        when that waits for the keychain); "" for the usual "Connecting…"."""
        self._connecting = text
        if self._reply_token is not None and self._worker is None:
            self._show_waiting()

    def _on_prompt_saved(self, token: object, saved: "Future[None]") -> None:
        if token is not self._reply_token:
            return  # stopped, New chat or closing came first
        self._saving = False
        if saved.exception() is not None:
            self._report_save_error(saved)  # ask anyway: the answer still shows
        self.begin_request()

    # -- the streaming reply ---------------------------------------------------
    def start(self, *, continuing: bool = False, after: "Future[None] | None" = None) -> None:
        """Show the reply under way at once; its request goes out once nothing holds it
        (`after`: the prompt's save)."""
        if continuing:
            partial = self._session.conversation.update_last(
                status=ReplyStatus.STREAMING, error=None
            )
            self._history = [*self._session.conversation, Message(Role.USER, CONTINUE_PROMPT)]
            self._shown = True
            self._session.reply_continued.emit(partial)
            self.draft = ReplyDraft(partial)
        else:
            self._history = list(self._session.conversation)
            placeholder = Message(
                Role.ASSISTANT, "", ReplyStatus.STREAMING, model=self._session.model
            )
            self._session.conversation.add(placeholder)
            self._session._recorder.append(placeholder)
            self._shown = True
            self._session.reply_started.emit(placeholder, _speaker(self._session.model))
            self.draft = ReplyDraft()
        self._error = None
        token = self._reply_token = object()
        self._session._set_busy(True)
        self._checkpoint_timer.start()
        self._saving = after is not None
        if after is not None:
            self.clients.when_done(after, lambda saved: self._on_prompt_saved(token, saved))
        self.begin_request()

    def begin_request(self) -> None:
        """Send the waiting reply's request if nothing holds it any more; else say why."""
        if self._reply_token is None or self._worker is not None or self.shut_down:
            return
        if self._saving or self._holds:
            self._show_waiting()
            return
        future = self.clients.prepare()
        if future is None:
            return  # not configured yet: configure() sends it
        if not future.done():
            # Never wait on this thread (a keychain may be showing an unlock prompt).
            self._show_waiting()
            token = self._reply_token
            self.clients.when_done(future, lambda made: self._on_client_made(token, made))
            return
        try:
            client = future.result()
        except Exception:
            log.exception("Could not set up the connection")
            self._error = ChatError(
                ErrorKind.INTERNAL,
                ReplyProgress.tr(
                    "Rivulet could not set up the connection. Check the server address in Settings."
                ),
            )
            self._finish(ReplyStatus.FAILED)
            return
        self._start_worker(client)

    def _on_client_made(self, token: object, made: "Future[ChatClient]") -> None:
        if token is self._reply_token and made is self.clients.future:
            self.begin_request()  # else: stopped, or a newer client is being made

    def _show_waiting(self) -> None:
        if self._shown:
            self._session.reply_waiting.emit(self.waiting_for)

    def _start_worker(self, client: "ChatClient") -> None:
        if not self.draft.continuing and self._session.conversation.last is not None:
            # The model may have been chosen while the reply waited.
            self._session.conversation.update_last(model=self._session.model)
            if self._shown:
                self._session.reply_titled.emit(_speaker(self._session.model))
        if self._shown:
            self._session.reply_waiting.emit("")
        reply = client.stream(self._history, self._session.model, self._session.setup.options)

        link = self._link = self.threads.start(reply)
        link.delta_received.connect(self._on_link_delta_received)
        link.reasoning_received.connect(self._on_link_reasoning_received)
        link.request_failed.connect(self._on_link_request_failed)
        link.finished.connect(self._on_link_finished)
        self._worker = link.worker

    @Slot()
    def _on_checkpoint_timer_timeout(self) -> None:
        if self._worker is not None:
            streaming = Message(
                Role.ASSISTANT,
                self.draft.text,
                ReplyStatus.STREAMING,
                model=self._session.model,
                reasoning=self.draft.reasoning,
            )
            self._session._recorder.update_last(streaming)

    def _report_save_error(self, future: "Future[None]") -> None:
        error = future.exception()
        if isinstance(error, StoreError):
            return  # the store reported it already (on_write_error): one report per error
        log.error("Saving the prompt failed", exc_info=error)
        self._session.save_failed.emit(
            ReplyProgress.tr("Rivulet could not save your message to the history.")
        )

    def abandon(self) -> None:
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
            self._session.text_received.emit(shown)

    @Slot(str)
    def _on_link_reasoning_received(self, text: str) -> None:
        self.draft.add_reasoning(text)
        self._session.reasoning_received.emit(text)

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
            self._session.text_received.emit(rest)
        text = self.draft.text
        error = self._error.message if self._error is not None else None
        prompt_chars = sum(len(m.content) for m in list(self._session.conversation)[:-1])
        stats = self.draft.stats(reply, prompt_chars)
        message = self._session.conversation.update_last(
            content=text,
            status=status,
            error=error,
            reasoning=self.draft.reasoning,
            stats=stats,
        )
        self._checkpoint_timer.stop()
        self._session._recorder.update_last(message)
        if self._shown:
            self._session.reply_shown.emit(message)
        if self._link is not None:
            self._link.cut()  # whatever that worker still sends goes nowhere
        self._link = None
        self._worker = None
        self._shown = False
        self._reply_token = None
        self._saving = False
        self._history = []
        self._session._set_busy(False)
        self._session.reply_ended.emit(message)

    def stop(self) -> None:
        """Stop the reply now; the partial text stays. One still waiting is never sent."""
        if self._worker is not None:
            self._worker.stop()
        elif self._reply_token is not None:
            self._finish(ReplyStatus.STOPPED)


def _speaker(model: str) -> str:
    """Who writes a reply, as its heading says: the model, else "Assistant"."""
    return display_name(model) or ReplyProgress.tr("Assistant", "the heading of a reply")
