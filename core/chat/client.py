"""`ChatClient`: streaming chat completions over the official `openai` package."""

import json
import threading
from collections.abc import Iterator, Sequence

import httpx2
import openai
from openai import OpenAI, Stream
from openai._httpx2 import request_exceptions, timeout_exceptions

from core.chat.conversation import Message, request_messages
from core.chat.explain import explain
from core.chat.reply import ChatReply, Chunk, ChunkStream
from core.chat.transport import InterruptibleTransport
from core.config.chat_options import ChatOptions
from core.config.providers import OPENAI_URL, Endpoint
from core.errors import ChatError, ErrorKind
from core.i18n import Context

ChatClientErrors = Context("ChatClientErrors")

# Reasoning models can think for minutes before their first token, so the read timeout
# stays generous; Stop does not depend on it (see core.chat.transport).
DEFAULT_READ_TIMEOUT = 300.0
Payload = list[dict[str, object]]
CONNECT_TIMEOUT = 10.0


class ChatClient:
    """One server endpoint. Thread-safe: replies may be iterated on worker threads."""

    def __init__(self, endpoint: Endpoint, *, read_timeout: float = DEFAULT_READ_TIMEOUT) -> None:
        self.endpoint = endpoint
        timeout = httpx2.Timeout(read_timeout, connect=CONNECT_TIMEOUT)
        self._transport = InterruptibleTransport(
            limits=httpx2.Limits(max_connections=20, max_keepalive_connections=5)
        )
        self._http = httpx2.Client(
            transport=self._transport, timeout=timeout, follow_redirects=True
        )
        self._openai = OpenAI(
            # Local servers accept any key, but the SDK refuses to start without one.
            api_key=endpoint.api_key or "no-key",
            base_url=endpoint.display_url,  # never the SDK's own OPENAI_BASE_URL fallback
            # A chat window shows the failure and offers Retry; silent SDK retries
            # (honouring a long Retry-After) would look like a hang.
            max_retries=0,
            timeout=timeout,
            http_client=self._http,
        )
        self._lock = threading.Lock()
        # None: not known yet. Some servers reject stream_options with HTTP 400.
        self._accepts_usage_option: bool | None = None

    def stream(
        self, messages: Sequence[Message], model: str, options: ChatOptions = ChatOptions()
    ) -> ChatReply:
        """A reply that sends the request when first iterated, on the iterating thread."""
        payload = request_messages(messages)
        if options.system_prompt.strip():
            payload.insert(0, {"role": "system", "content": options.system_prompt.strip()})
        settings = self._sampling(options)

        def open_stream() -> ChunkStream:
            if not self.endpoint.is_usable:
                raise ChatError(
                    ErrorKind.NOT_CONFIGURED,
                    ChatClientErrors.tr(
                        "Rivulet has no server to talk to yet. Open Settings and enter an "
                        "OpenAI API key, or the address of a local server."
                    ),
                )
            if not model:
                raise ChatError(
                    ErrorKind.NOT_CONFIGURED,
                    ChatClientErrors.tr(
                        "No model is chosen yet. Open Settings, press Test connection and pick "
                        "one of the server's models."
                    ),
                )
            return self._open(payload, model, settings)

        return ChatReply(
            open_stream,
            self._transport,
            lambda exc: explain(
                exc, base_url=self.endpoint.display_url, model=model, secret=self.endpoint.api_key
            ),
        )

    def _sampling(self, options: ChatOptions) -> dict[str, object]:
        chosen: dict[str, object] = {}
        if options.temperature is not None:
            chosen["temperature"] = options.temperature
        if options.max_tokens is not None:
            # OpenAI's reasoning models refuse the older `max_tokens`; most other servers
            # know only that one.
            name = (
                "max_completion_tokens" if self.endpoint.display_url == OPENAI_URL else "max_tokens"
            )
            chosen[name] = options.max_tokens
        return chosen

    def _open(self, payload: Payload, model: str, settings: dict[str, object]) -> ChunkStream:
        with self._lock:
            ask_usage = self._accepts_usage_option is not False
        if not ask_usage:
            return self._create(payload, model, settings, ask_usage=False)
        try:
            return self._create(payload, model, settings, ask_usage=True)
        except openai.BadRequestError:
            # Retry once without the option; remember only if that was the cause.
            stream = self._create(payload, model, settings, ask_usage=False)
            with self._lock:
                self._accepts_usage_option = False
            return stream

    def _create(
        self, payload: Payload, model: str, settings: dict[str, object], *, ask_usage: bool
    ) -> ChunkStream:
        body: dict[str, object] = {"model": model, "messages": payload, "stream": True}
        if ask_usage:
            body["stream_options"] = {"include_usage": True}
        body.update(settings)  # only what the user set: the rest stays the server's default
        # The SDK's own request path (address, key, headers, errors as exceptions, SSE
        # and error events), but with chunks left as decoded JSON (`cast_to=object`):
        # - building a `ChatCompletionChunk` model for each one was three quarters of the
        #   streaming thread's time per delta (measured: 10,000 vs 40,000 chunks/s), and
        #   that thread shares the GIL with the window, so the window stalled and the
        #   stream slowed;
        # - `chat.completions.create` walks every message in Python (`maybe_transform`):
        #   ~0.3 s for a 2,000-message chat, stalling the window for up to 190 ms.
        stream: Stream[Chunk] = self._openai.post(
            "/chat/completions",
            body=body,
            cast_to=object,
            stream=True,
            stream_cls=_EventStream,
        )
        content_type = stream.response.headers.get("content-type", "")
        if "html" in content_type:
            stream.close()
            raise ChatError(
                ErrorKind.NOT_AN_API,
                ChatClientErrors.tr(
                    "The server answered with a web page instead of a chat reply. A proxy or "
                    "the wrong address may be in the way: check the server address in Settings."
                ),
            )
        if content_type.startswith("application/json"):
            # Some servers and proxies ignore stream=True and send the whole reply.
            try:
                return _WholeReply.parse(stream.response.read())
            finally:
                stream.close()
        return stream

    def close(self) -> None:
        self._openai.close()


class _EventStream(Stream[Chunk]):
    """openai's `Stream`, reading the events in one plain loop.

    The SDK's own reader passes every line through four generators, a regular
    expression and an event object before decoding it: on a fast stream that was half
    of the streaming thread's time per delta, and that thread shares the GIL with the
    window. This reads the same events (`data:` lines joined until a blank line, as the
    SSE standard says; comments, `event:`, `id:` and `retry:` lines change nothing a
    chat reply needs) and fails the way the SDK does: an `error` object in the stream
    raises `APIError`, a broken connection `APIConnectionError`/`APITimeoutError`, bytes
    that are not UTF-8 JSON a `ValueError`. It also dispatches no empty events: the SDK's
    decoder made one of every blank line once a server had sent an `id:` field, then
    failed the whole reply decoding "" as JSON.
    """

    def __stream__(self) -> Iterator[Chunk]:
        response = self.response
        data: list[bytes] = []
        try:
            for line in self._lines():
                if line:
                    if line.startswith(b"data:"):
                        value = line[5:]
                        data.append(value[1:] if value.startswith(b" ") else value)
                    continue
                if not data:
                    continue  # a blank line that ends no event
                payload = data[0] if len(data) == 1 else b"\n".join(data)
                data = []
                if payload.startswith(b"[DONE]"):
                    break
                chunk = json.loads(payload)
                if isinstance(chunk, dict) and chunk.get("error"):
                    error = chunk["error"]
                    message = error.get("message") if isinstance(error, dict) else None
                    raise openai.APIError(
                        message=message
                        if isinstance(message, str) and message
                        else "An error occurred during streaming",
                        request=response.request,
                        body=error,
                    )
                yield chunk
        finally:
            response.close()

    def _lines(self) -> Iterator[bytes]:
        """The body's lines, split at LF, CRLF or CR, without their ends."""
        pending: list[bytes] = []  # the start of a line not ended yet
        skip_lf = False  # the last piece ended in CR: an LF first in the next is its pair
        try:
            for received in self.response.iter_bytes():
                piece = received[1:] if skip_lf and received.startswith(b"\n") else received
                skip_lf = piece.endswith(b"\r")
                if b"\r" in piece:
                    piece = piece.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                if b"\n" not in piece:
                    pending.append(piece)
                    continue
                lines = piece.split(b"\n")
                if pending:
                    pending.append(lines[0])
                    lines[0] = b"".join(pending)
                    pending = []
                last = lines.pop()
                if last:
                    pending.append(last)
                yield from lines
        except timeout_exceptions() as error:  # the SDK's own lists, as its reader uses
            raise openai.APITimeoutError(request=self.response.request) from error
        except request_exceptions() as error:
            raise openai.APIConnectionError(request=self.response.request) from error
        if pending:
            yield b"".join(pending)


class _WholeReply:
    """A complete `chat.completion` JSON body, read as a stream of one chunk."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self._chunks = chunks

    @classmethod
    def parse(cls, body: bytes) -> "_WholeReply":
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("error"), dict):
            said = str(data["error"].get("message", ""))
            raise ChatError(
                ErrorKind.STREAM_ERROR,
                ChatClientErrors.tr('The server reported an error: "{said}"', said=said),
            )
        try:
            choice = data["choices"][0]
            content = (choice.get("message") or {}).get("content")
            if content is not None and not isinstance(content, str):
                raise TypeError("content is not text")
            chunk = {
                "model": data.get("model", ""),
                "choices": [
                    {
                        "index": 0,
                        "delta": {"content": content},
                        "finish_reason": choice.get("finish_reason") or "stop",
                    }
                ],
                "usage": data.get("usage"),
            }
        except (TypeError, KeyError, IndexError, AttributeError, ValueError) as exc:
            raise ChatError(
                ErrorKind.MALFORMED,
                ChatClientErrors.tr(
                    "The server sent data that is not a valid chat reply. It may not be an "
                    "OpenAI-compatible server."
                ),
            ) from exc
        return cls([chunk])

    def __iter__(self) -> Iterator[Chunk]:
        return iter(self._chunks)

    def close(self) -> None:
        pass
