"""A real HTTP server on 127.0.0.1 that speaks the OpenAI Chat Completions streaming protocol.

It writes the bytes real servers write (HTTP/1.1, chunked transfer encoding, SSE
`data:` lines, OpenAI's chunk JSON) and plays scripts, so tests and benchmarks can
make it do what real servers do: stall, drop the connection, send an error event,
rate-limit, answer with an HTML page. It records every request it receives.
"""

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Stall:
    """Send nothing more until the server shuts down (or `released` is set)."""


class Hold:
    """Send nothing more until `released` is set, then go on with the rest."""


class Drop:
    """Close the TCP connection without ending the chunked body."""


@dataclass(frozen=True)
class Pause:
    """Wait between two writes, so the client sees them in separate reads."""

    seconds: float


Part = bytes | Stall | Hold | Drop | Pause


@dataclass
class Script:
    status: int = 200
    headers: dict[str, str] = field(
        default_factory=lambda: {"Content-Type": "text/event-stream; charset=utf-8"}
    )
    parts: Sequence[Part] = ()
    # Answer 400 when the request asks for stream_options, as some servers do.
    reject_stream_options: bool = False
    # Send not even the status line (a server still loading its model).
    stall_before_headers: bool = False
    # Wait this long before the status line (a slow server that does answer in the end).
    delay_before_headers: float = 0.0


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


def sse(data: object) -> bytes:
    text = (
        data
        if isinstance(data, str)
        else json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    )
    return f"data: {text}\n\n".encode()


def chunk(
    content: str | None = None, *, finish: str | None = None, role: bool = False
) -> dict[str, Any]:
    """One `chat.completion.chunk` shaped like OpenAI's, extra fields included."""
    delta: dict[str, Any] = {}
    if role:
        delta = {"role": "assistant", "content": "", "refusal": None}
    elif content is not None:
        delta = {"content": content}
    return {
        "id": "chatcmpl-Rv1",
        "object": "chat.completion.chunk",
        "created": 1763900000,
        "model": "gpt-4o-mini-2024-07-18",
        "service_tier": "default",
        "system_fingerprint": "fp_560af6e559",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        "usage": None,
        "obfuscation": "x1Yz",
    }


def usage_chunk(prompt: int = 12, completion: int = 5) -> dict[str, Any]:
    data = chunk()
    data["choices"] = []
    data["usage"] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    return data


def openai_reply(
    deltas: Iterable[str], *, finish: str | None = "stop", usage: bool = True, done: bool = True
) -> list[Part]:
    """The SSE events OpenAI sends for a reply made of `deltas`."""
    parts: list[Part] = [sse(chunk(role=True))]
    parts += [sse(chunk(d)) for d in deltas]
    if finish is not None:
        parts.append(sse(chunk(finish=finish)))
    if usage:
        parts.append(sse(usage_chunk()))
    if done:
        parts.append(b"data: [DONE]\n\n")
    return parts


def reply_script(deltas: Iterable[str], **kwargs: Any) -> Script:
    return Script(parts=openai_reply(deltas, **kwargs))


def split_bytes(raw: bytes, cuts: Iterable[int]) -> list[Part]:
    """`raw` cut at the given byte offsets: each piece goes out as its own HTTP chunk (its
    own write, with TCP_NODELAY), so the client's decoder sees the pieces one by one."""
    edges = sorted({c for c in cuts if 0 < c < len(raw)})
    return [raw[a:b] for a, b in zip([0, *edges], [*edges, len(raw)], strict=True) if b > a]


def raw_script(raw: bytes, cuts: Iterable[int] = (), **kwargs: Any) -> Script:
    """Serve exactly `raw` as the streamed body, split at `cuts` (see `split_bytes`)."""
    return Script(parts=split_bytes(raw, cuts), **kwargs)


def completion_script(content: str) -> Script:
    """A whole (non-streamed) chat.completion, as a server answers stream=false."""
    body = {
        "id": "chatcmpl-Rv2",
        "object": "chat.completion",
        "created": 1763900000,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 30, "completion_tokens": 4, "total_tokens": 34},
    }
    return Script(headers={"Content-Type": "application/json"}, parts=[json.dumps(body).encode()])


def error_script(status: int, message: str, *, headers: dict[str, str] | None = None) -> Script:
    body = json.dumps({"error": {"message": message, "type": "error", "code": None}}).encode()
    all_headers = {"Content-Type": "application/json"}
    all_headers.update(headers or {})
    return Script(status=status, headers=all_headers, parts=[body])


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up mid-reply are what several tests are about


class FakeOpenAIServer:
    """Start with `with FakeOpenAIServer() as server:`; `server.base_url` ends in /v1."""

    def __init__(
        self, models: Sequence[str] = ("gpt-4o-mini", "llama3.2"), *, port: int = 0
    ) -> None:
        self.models = list(models)
        self.requests: list[Request] = []
        self.released = threading.Event()
        self.stall_models = False
        # Which server's own API to speak beside the OpenAI one: "ollama" or "lmstudio"
        # (their /models entries and the native endpoints that state models' contexts).
        self.dialect = "openai"
        self.native_contexts: dict[str, int] = {}
        self.native_api = True  # False: the dialect's own endpoints answer 404
        self._scripts: deque[Script] = deque()
        self._lock = threading.Lock()
        self.default_script = reply_script(["Hello", " there", "!"])
        self.one_shot_reply = completion_script("A Short Title")
        self.one_shot_responder: Callable[[Any], Script] | None = None
        # When set and nothing is queued: makes the script from the request body.
        self.responder: Callable[[Any], Script] | None = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

            def do_GET(self) -> None:
                outer._record(self, None)
                if self.path.startswith("/api/"):  # a server's own API, not the OpenAI one
                    if self.path == "/api/v0/models" and outer._native("lmstudio"):
                        outer._send_json(self, outer._lm_studio_models())
                    else:
                        outer._send_whole(self, 404, "text/plain", b"not found")
                elif self.path.rstrip("/").endswith("/models"):
                    if outer.stall_models:
                        outer.released.wait(60)  # a server too slow to list its models
                    body = {
                        "object": "list",
                        "data": [
                            {"id": m, "object": "model", "created": 0, "owned_by": outer._owner}
                            for m in outer.models
                        ],
                    }
                    outer._send_whole(self, 200, "application/json", json.dumps(body).encode())
                else:
                    outer._send_whole(self, 404, "text/plain", b"not found")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                outer._record(self, body)
                if self.path.startswith("/api/"):  # a server's own API, not the OpenAI one
                    if self.path == "/api/show" and outer._native("ollama"):
                        outer._send_json(self, outer._ollama_show(body))
                    else:
                        outer._send_whole(self, 404, "text/plain", b"not found")
                    return
                if isinstance(body, dict) and not body.get("stream"):
                    # One-shot requests (titles) have their own answer and leave the
                    # queue of streamed replies alone.
                    outer._play(
                        self,
                        outer.one_shot_responder(body)
                        if outer.one_shot_responder
                        else outer.one_shot_reply,
                    )
                    return
                script = outer._next_script(body)
                if script.reject_stream_options and body and "stream_options" in body:
                    # Refuse, and keep the script for the retry that leaves the option out.
                    outer.enqueue_first(script)
                    message = "Unrecognized request argument supplied: stream_options"
                    script = error_script(400, message)
                outer._play(self, script)

        self._server = _QuietServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )

    # -- scripting ---------------------------------------------------------------
    def enqueue(self, *scripts: Script) -> None:
        with self._lock:
            self._scripts.extend(scripts)

    def _next_script(self, body: Any = None) -> Script:
        with self._lock:
            if self._scripts:
                return self._scripts.popleft()
        return self.responder(body) if self.responder else self.default_script

    def enqueue_first(self, script: Script) -> None:
        with self._lock:
            self._scripts.appendleft(script)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def chat_requests(self) -> list[Request]:
        """Streamed chat requests, in order."""
        return [r for r in self._completions() if r.body and r.body.get("stream")]

    @property
    def one_shot_requests(self) -> list[Request]:
        """Chat requests without streaming (the app asks for titles that way)."""
        return [r for r in self._completions() if not (r.body and r.body.get("stream"))]

    def _completions(self) -> list[Request]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- serving -----------------------------------------------------------------
    @property
    def _owner(self) -> str:
        return {"ollama": "library", "lmstudio": "organization_owner"}.get(self.dialect, "test")

    def _native(self, dialect: str) -> bool:
        return self.dialect == dialect and self.native_api

    def _send_json(self, handler: BaseHTTPRequestHandler, body: object) -> None:
        self._send_whole(handler, 200, "application/json", json.dumps(body).encode())

    def _ollama_show(self, body: Any) -> dict[str, Any]:
        """Ollama's /api/show, as 0.13 answers it (shortened): `num_ctx` appears in
        `parameters` only when the Modelfile sets it."""
        model = body.get("model") if isinstance(body, dict) else None
        parameters = 'stop "<|start_header_id|>"\nstop "<|eot_id|>"'
        if model in self.native_contexts:
            parameters = (
                f"num_ctx                        {self.native_contexts[model]}\n{parameters}"
            )
        return {
            "license": "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT",
            "modelfile": f"FROM {model}",
            "parameters": parameters,
            "template": "{{ .Prompt }}",
            "details": {"format": "gguf", "family": "llama", "parameter_size": "8.0B"},
            "model_info": {
                "general.architecture": "llama",
                "general.parameter_count": 8030261248,
                "llama.context_length": 131072,
                "llama.embedding_length": 4096,
            },
            "capabilities": ["completion", "tools"],
        }

    def _lm_studio_models(self) -> dict[str, Any]:
        """LM Studio's /api/v0/models: `loaded_context_length` only for loaded models."""
        data = []
        for model in self.models:
            entry: dict[str, Any] = {
                "id": model,
                "object": "model",
                "type": "llm",
                "publisher": "lmstudio-community",
                "arch": "llama",
                "compatibility_type": "gguf",
                "quantization": "Q4_K_M",
                "state": "not-loaded",
                "max_context_length": 131072,
            }
            if model in self.native_contexts:
                entry["state"] = "loaded"
                entry["loaded_context_length"] = self.native_contexts[model]
            data.append(entry)
        return {"object": "list", "data": data}

    def _record(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        with self._lock:
            self.requests.append(
                Request(
                    handler.command,
                    handler.path,
                    {k.lower(): v for k, v in handler.headers.items()},
                    body,
                )
            )

    def _send_whole(
        self, handler: BaseHTTPRequestHandler, status: int, content_type: str, body: bytes
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _play(self, handler: BaseHTTPRequestHandler, script: Script) -> None:
        handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if script.stall_before_headers:
            self.released.wait(60)
            handler.close_connection = True
            return
        if script.delay_before_headers:
            time.sleep(script.delay_before_headers)  # allowed: server-side pacing, not a test wait
        handler.send_response(script.status)
        for name, value in script.headers.items():
            handler.send_header(name, value)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.send_header("x-request-id", "req_rivulet_test")
        handler.end_headers()
        out = handler.wfile
        try:
            for part in script.parts:
                if isinstance(part, Stall):
                    self.released.wait(60)
                    handler.close_connection = True
                    return
                if isinstance(part, Hold):
                    self.released.wait(60)
                    continue
                if isinstance(part, Drop):
                    handler.close_connection = True
                    handler.connection.shutdown(socket.SHUT_RDWR)
                    return
                if isinstance(part, Pause):
                    time.sleep(part.seconds)  # allowed: server-side pacing, not a test wait
                    continue
                if part:
                    out.write(b"%x\r\n%s\r\n" % (len(part), part))
            out.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True  # the client stopped reading: as real servers do

    def __enter__(self) -> "FakeOpenAIServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


RICH_REPLY = """## A rich reply

Rivulet renders **Markdown**: *emphasis*, `inline code`, [links](https://example.com) and lists:

1. numbered items
2. with **bold** text

- bullets too
- and ~~strikethrough~~

> A block quote, for when the model cites something.

| Feature | Shown as |
|---|---|
| tables | a grid |
| code | highlighted |

```python
def greet(name: str) -> str:
    # comments are coloured too
    return f"Hello, {name}!"
```

Raw HTML stays text: <b>not bold</b> <script>alert(1)</script>

An image is a link, never fetched: ![pixel](http://127.0.0.1:9/pixel.png)
"""


def _demo_reply(body: Any) -> Script:
    """A paced, word-by-word answer that quotes the question, for trying the app by hand."""
    messages = body.get("messages", []) if isinstance(body, dict) else []
    content = messages[-1].get("content", "") if messages else ""
    images = 0
    if isinstance(content, list):  # text and images, as vision requests send them
        images = sum(1 for part in content if part.get("type") == "image_url")
        content = " ".join(str(p.get("text", "")) for p in content if p.get("type") == "text")
    question = str(content)
    turns = sum(1 for m in messages if m.get("role") == "user")
    seen = f" with {images} image{'s' if images != 1 else ''}" if images else ""
    text = (
        f"You asked{seen}: \u201c{question}\u201d. This is reply number {turns}, streamed word by "
        "word from a local test server.\n\nRivulet shows each word as it arrives, keeps "
        "the whole conversation, and sends it with every new question."
    )
    if "markdown" in question.lower():
        text = RICH_REPLY
    words = [w + " " for w in text.split(" ")]
    parts: list[Part] = [sse(chunk(role=True))]
    for word in words:
        parts += [Pause(0.03), sse(chunk(word))]
    parts += [sse(chunk(finish="stop")), sse(usage_chunk()), b"data: [DONE]\n\n"]
    return Script(parts=parts)


def _demo_title(body: Any) -> Script:
    """A title made of the question's first words, as a model might write it."""
    text = str(body["messages"][-1]["content"]) if isinstance(body, dict) else ""
    question = text.split("User:", 1)[-1].split("Assistant:", 1)[0]
    words = [w.strip("?!.,") for w in question.split()][:5]
    return completion_script(" ".join(w.capitalize() for w in words) or "A Chat")


if __name__ == "__main__":
    # python -m tests.support.fake_openai [port]: a server to try the app against by hand.
    import sys

    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    demo = FakeOpenAIServer(port=port)
    demo.responder = _demo_reply
    demo.one_shot_responder = _demo_title
    print(f"OPENAI_BASE_URL={demo.base_url}", flush=True)
    with demo:
        demo.released.wait()
