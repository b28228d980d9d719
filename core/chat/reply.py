"""`ChatReply`: one streaming reply, iterated on the thread that does the network I/O.

Modelled on openai-python's `Stream` and simonw/llm's `Response`: the request starts
on first iteration, the object keeps what it yielded, records usage and the finish
reason when the stream ends, owns closing the connection, and `stop()` may be called
from any thread.
"""

import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from core.chat.conversation import ReplyStatus
from core.chat.think_tags import ThinkSplitter
from core.errors import ChatError, ErrorKind
from core.i18n import Context
from core.local.model_files import LEFT_OUT_FIELD

ReplyStream = Context("ReplyStream")


@dataclass(frozen=True, slots=True)
class TextDelta:
    text: str


@dataclass(frozen=True, slots=True)
class ReasoningDelta:
    """The model's thinking, shown apart from the answer and never sent back."""

    text: str


Delta = TextDelta | ReasoningDelta


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


_FINISH_STATUS = {
    "stop": ReplyStatus.COMPLETE,
    "tool_calls": ReplyStatus.COMPLETE,
    "function_call": ReplyStatus.COMPLETE,
    "eos": ReplyStatus.COMPLETE,  # some local servers
    "length": ReplyStatus.CUT_OFF,
    "content_filter": ReplyStatus.FILTERED,
}


# A `chat.completion.chunk` as the server sent it: JSON decoded, not built into the SDK's
# models (see ChatClient._create), so every field may be missing or of any type.
Chunk = object


class ChunkStream(Protocol):
    """What a reply reads: openai's `Stream`, or a whole JSON reply cut into chunks."""

    def __iter__(self) -> Iterator[Chunk]: ...
    def close(self) -> None: ...


OpenStream = Callable[[], ChunkStream]


class Interrupter(Protocol):
    """Wakes a thread blocked in network I/O (see `core.chat.transport`)."""

    def arm(self, thread_id: int) -> None: ...
    def interrupt(self, thread_id: int) -> None: ...
    def disarm(self, thread_id: int) -> None: ...


Explain = Callable[[BaseException], ChatError | None]


class ChatReply:
    """Iterate for `TextDelta`s and `ReasoningDelta`s. Raises `ChatError` for failures
    people can act on."""

    def __init__(self, open_stream: OpenStream, interrupter: Interrupter, explain: Explain) -> None:
        self._open_stream = open_stream
        self._interrupter = interrupter
        self._explain = explain
        self._lock = threading.Lock()
        self._stream: ChunkStream | None = None
        self._thread_id: int | None = None
        self._started = False
        self._done = False
        self._stop_requested = False
        self._parts: list[str] = []
        self._reasoning: list[str] = []
        self._think = ThinkSplitter()
        self.status = ReplyStatus.STREAMING
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.error: ChatError | None = None
        self.model: str | None = None
        self.seconds_to_first_delta: float | None = None
        self.seconds_total: float | None = None  # from sending to the end of the stream
        # Earlier messages the server could not fit and left out (Rivulet's local server).
        self.left_out = 0

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def reasoning(self) -> str:
        return "".join(self._reasoning)

    def __iter__(self) -> Iterator[Delta]:
        with self._lock:
            if self._started:
                raise RuntimeError("a ChatReply can be iterated only once")
            self._started = True
            if self._stop_requested:
                self.status = ReplyStatus.STOPPED
                return
            self._thread_id = threading.get_ident()
            self._interrupter.arm(self._thread_id)
        started_at = time.monotonic()
        try:
            self._stream = self._open_stream()
            for chunk in self._stream:
                if self.stop_requested:
                    break
                for delta in self._take(chunk):
                    if self.seconds_to_first_delta is None:
                        self.seconds_to_first_delta = time.monotonic() - started_at
                    yield delta
            for delta in self._pieces(self._think.flush()):
                yield delta
        except Exception as exc:
            if self.stop_requested:
                self.status = ReplyStatus.STOPPED
                return
            error = self._explain(exc)
            self.status = ReplyStatus.FAILED
            if error is None:
                raise
            self.error = error
            raise error from exc
        finally:
            self.seconds_total = time.monotonic() - started_at
            self.close()
            with self._lock:
                self._done = True
                self._interrupter.disarm(self._thread_id)
        self.status = self._final_status()
        if self.status is ReplyStatus.FAILED:
            assert self.error is not None
            raise self.error

    def _take(self, chunk: Chunk) -> Iterator[Delta]:
        # Once per delta, on the hot path: plain dict lookups, every field checked.
        if not isinstance(chunk, dict):
            return  # not a chunk at all: nothing to show
        usage = chunk.get("usage")
        if isinstance(usage, dict):
            self.usage = Usage(
                prompt_tokens=_count(usage.get("prompt_tokens")),
                completion_tokens=_count(usage.get("completion_tokens")),
                total_tokens=_count(usage.get("total_tokens")),
            )
        if self.model is None:
            model = chunk.get("model")
            self.model = model if isinstance(model, str) else None
            left_out = chunk.get(LEFT_OUT_FIELD)
            if isinstance(left_out, dict):
                self.left_out = _count(left_out.get("messages"))
        choices = chunk.get("choices")
        for choice in choices if isinstance(choices, list) else ():
            if not isinstance(choice, dict) or choice.get("index", 0) not in (0, None):
                continue
            delta = choice.get("delta")
            if isinstance(delta, dict):
                # DeepSeek and llama.cpp say reasoning_content; Ollama, vLLM, Groq and
                # OpenRouter say reasoning.
                thinking = delta.get("reasoning_content") or delta.get("reasoning")
                if isinstance(thinking, str) and thinking:
                    self._reasoning.append(thinking)
                    yield ReasoningDelta(thinking)
                content = delta.get("content")
                if isinstance(content, str) and content:
                    yield from self._pieces(self._think.feed(content))
            finish = choice.get("finish_reason")
            if finish:
                self.finish_reason = str(finish)

    def _pieces(self, pieces: Iterator[tuple[str, str]]) -> Iterator[Delta]:
        for kind, piece in pieces:
            if kind == "reasoning":
                self._reasoning.append(piece)
                yield ReasoningDelta(piece)
            else:
                self._parts.append(piece)
                yield TextDelta(piece)

    def _final_status(self) -> ReplyStatus:
        if self.stop_requested:
            return ReplyStatus.STOPPED
        if self.finish_reason is None:
            self.error = ChatError(
                ErrorKind.DROPPED,
                ReplyStream.tr(
                    "The connection ended before the reply was finished. Press Retry to ask again."
                ),
            )
            return ReplyStatus.FAILED
        return _FINISH_STATUS.get(self.finish_reason, ReplyStatus.COMPLETE)

    def stop(self) -> None:
        """Stop the reply from any thread; the iterating thread ends within milliseconds."""
        with self._lock:
            self._stop_requested = True
            # Under the lock, so an interrupt never lands after the thread is done with
            # this reply (it would poison the thread's next request).
            if self._thread_id is not None and not self._done:
                self._interrupter.interrupt(self._thread_id)

    @property
    def stop_requested(self) -> bool:
        return self._stop_requested

    def close(self) -> None:
        """Release the HTTP connection. Safe to call more than once."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()

    def __enter__(self) -> "ChatReply":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
        self.close()


def _count(value: Any) -> int:
    """A token count from a server: a non-negative int, whatever was sent."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, str) and value.isdigit():
        return int(value)  # some servers quote their numbers
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, float) and math.isfinite(value):  # JSON allows NaN and Infinity
        return max(int(value), 0)
    return 0
