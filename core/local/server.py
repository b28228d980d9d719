"""The built-in model's server: one GGUF model behind the OpenAI chat API, on 127.0.0.1.

`core.local.engine.LocalEngine` starts it as `python -m core.local.server`, or, from a
frozen app, as `rivulet --local-server`. The app made the listening socket and hands it
over (an inherited descriptor; on Windows, stdin's first line), so a request sent while
the model still loads simply waits in the socket's queue. It tells the app how loading goes
on stdout, one JSON object per line:

    {"progress": 0.42}   {"ready": {"model": "...", "context": 4096}}   {"failed": "why"}
    {"stopped": {"tokens": 12, "ms": 3.1}}   (an answer cut short: its client left)

and quits when its stdin closes: the app quit, crashed, or switched to another model.
Every request must carry the bearer token the app put in RIVULET_LOCAL_TOKEN, so other
programs on this computer (or a web page) cannot use it.

This process has no translator: what it writes for people is English. A failure report
and an error's JSON also carry the reason as a code and its values ("rivulet_reason", see
core/local/reasons.py), for the app to say it in the user's language.

Only what a chat client needs is here: `GET /v1/models` and `POST /v1/chat/completions`,
streamed (with `stream_options.include_usage`) or not.
"""

import argparse
import hmac
import json
import os
import select
import socket
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO

from core.local.llama_chat import ChatRequestError, Generation, LocalChat
from core.local.model_files import (
    LEFT_OUT_FIELD,
    LOCAL_MODEL_ERROR,
    TOKEN_VARIABLE,
    LocalModelError,
)
from core.local.reasons import REASON_FIELD, Reason
from core.local.socket_handoff import read_shared

MAX_BODY = 64 << 20  # a long chat is a few MB of JSON; anything far beyond is a mistake
DISCONNECT_POLL_S = 0.02  # how often a running answer checks that its client is still there

Say = Callable[[dict[str, Any]], None]


class ModelServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, listener: socket.socket, token: str, say: Say) -> None:
        super().__init__(listener.getsockname(), ModelRequestHandler, bind_and_activate=False)
        self.socket.close()
        self.socket = listener
        self.token = token
        self.say = say
        self.chat: LocalChat | None = None
        self.failure = LocalModelError.because("loading")


class ModelRequestHandler(BaseHTTPRequestHandler):
    server: ModelServer
    protocol_version = "HTTP/1.1"
    timeout = 60  # a client that stops sending its request mid-way
    error_content_type = "application/json"

    def do_GET(self) -> None:
        chat = self._route("/v1/models", "/models")
        if chat is None:
            return
        self._send_json(
            200,
            {
                "object": "list",
                "data": [{"id": chat.name, "object": "model", "owned_by": "rivulet"}],
            },
        )

    def do_POST(self) -> None:
        chat = self._route("/v1/chat/completions", "/chat/completions")
        if chat is None:
            return
        request = self._read_json()
        if request is None:
            return
        with chat.lock:  # one answer at a time; a waiting client that leaves is dropped
            chat.abort.clear()
            if _closed(self.connection):
                return
            watcher = _DisconnectWatcher(self.connection, chat.abort.set)
            generation = Generation()
            try:
                if request.get("stream"):
                    self._stream(chat, request, generation)
                else:
                    self._complete(chat, request, generation)
            except ChatRequestError as error:
                self._refuse(error.status, error.reason, "invalid_request_error")
            except RuntimeError as error:  # llama.cpp failed before the answer began
                self._refuse(500, Reason("model_failed", {"error": str(error)}), "server_error")
            finally:
                watcher.stop()
            if chat.abort.is_set():
                self.server.say(
                    {"stopped": {"tokens": generation.completion_tokens, "ms": watcher.ms_since}}
                )

    def _stream(self, chat: LocalChat, request: dict[str, Any], generation: Generation) -> None:
        options = request.get("stream_options")
        with_usage = isinstance(options, dict) and options.get("include_usage") is True
        pieces = chat.answer(request, generation)  # a generator: closing it ends the answer
        # The first piece tells whether the request can be answered at all (too long,
        # images): an error before any output still gets a proper HTTP status.
        first = next(pieces, None)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        chunk_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())

        def chunk(delta: dict[str, str], finish: str | None = None) -> dict[str, Any]:
            return {
                "id": chunk_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": chat.name,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }

        try:
            opening = chunk({"role": "assistant", "content": ""})
            if generation.left_out:
                # Rivulet's own field (other clients ignore it): the chat was too long for
                # the model, which read only its latest part.
                opening[LEFT_OUT_FIELD] = {"messages": generation.left_out}
            self._event(opening)
            if first is not None:
                self._event(chunk({"content": first}))
                for piece in pieces:
                    self._event(chunk({"content": piece}))
            if chat.abort.is_set():
                return  # the client left; nobody reads an ending
            self._event(chunk({}, generation.finish_reason))
            if with_usage:
                self._event(
                    {
                        "id": chunk_id,
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": chat.name,
                        "choices": [],
                        "usage": _usage(generation),
                    }
                )
            self.wfile.write(b"data: [DONE]\n\n")
        except OSError:
            chat.abort.set()  # the client went away mid-answer (seen before the watcher)
        except RuntimeError as error:
            reason = Reason("model_failed", {"error": str(error)})
            self._event(
                {
                    "error": {
                        "message": reason.text(),
                        "type": LOCAL_MODEL_ERROR,
                        REASON_FIELD: reason.to_json(),
                    }
                }
            )
        finally:
            pieces.close()

    def _complete(self, chat: LocalChat, request: dict[str, Any], generation: Generation) -> None:
        text = "".join(chat.answer(request, generation))
        if chat.abort.is_set():
            return
        self._send_json(
            200,
            {
                "id": f"chatcmpl-{uuid.uuid4().hex}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": chat.name,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": generation.finish_reason,
                    }
                ],
                "usage": _usage(generation),
            },
        )

    def _event(self, data: dict[str, Any]) -> None:
        self.wfile.write(b"data: " + json.dumps(data).encode("utf-8") + b"\n\n")

    def _route(self, *paths: str) -> LocalChat | None:
        """The loaded model, for an authorised request to one of `paths`; otherwise None,
        with the error already sent (the body is left unread: the connection closes)."""
        given = self.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {self.server.token}".encode()):
            self._refuse(401, Reason("token_refused"), "invalid_api_key")
            return None
        if self.path.rstrip("/") not in paths:
            self._refuse(404, Reason("no_endpoint", {"path": self.path}), "not_found")
            return None
        if self.server.chat is None:
            failure = self.server.failure
            self._send_error(503, failure.message, "model_not_loaded", failure.reason)
        return self.server.chat

    def _read_json(self) -> dict[str, Any] | None:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._refuse(411, Reason("no_length"), "invalid_request_error")
            return None
        if not 0 < length <= MAX_BODY:
            self._refuse(413, Reason("too_large"), "invalid_request_error")
            return None
        try:
            request = json.loads(self.rfile.read(length))
        except ValueError:
            self._refuse(400, Reason("not_json"), "invalid_request_error")
            return None
        if not isinstance(request, dict):
            self._refuse(400, Reason("not_object"), "invalid_request_error")
            return None
        return request

    def _send_json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                self.send_header("Connection", "close")  # so the client does not reuse it
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client left first

    def _refuse(self, status: int, reason: Reason, code: str) -> None:
        self._send_error(status, reason.text(), code, reason)

    def _send_error(
        self, status: int, message: str, code: str, reason: Reason | None = None
    ) -> None:
        # Whatever the request still had unread must not be taken for the next one.
        self.close_connection = True
        error: dict[str, Any] = {"message": message, "type": LOCAL_MODEL_ERROR, "code": code}
        if reason is not None:
            error[REASON_FIELD] = reason.to_json()
        self._send_json(status, {"error": error})

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are the app's business; it logs them itself


class _DisconnectWatcher:
    """Sets the abort flag once the client closes its connection (the user pressed Stop).

    Nothing is written while a long prompt is read, so a failed write alone would notice
    only after it; this checks the socket every 20 ms instead.
    """

    def __init__(self, connection: socket.socket, on_closed: Callable[[], None]) -> None:
        self._connection = connection
        self._on_closed = on_closed
        self._done = threading.Event()
        self._closed_at = 0.0
        self._thread = threading.Thread(target=self._watch, name="disconnect-watch", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(DISCONNECT_POLL_S):
            if _closed(self._connection) and not self._done.is_set():
                self._closed_at = time.perf_counter()
                self._on_closed()
                return

    def stop(self) -> None:
        """Stop watching; returns once the watcher can no longer touch the abort flag
        (which the next request clears and must find clear)."""
        self._done.set()
        self._thread.join()

    @property
    def ms_since(self) -> float:
        """Milliseconds since the client was seen gone (0 if it was not)."""
        if not self._closed_at:
            return 0.0
        return round((time.perf_counter() - self._closed_at) * 1000, 1)


def _closed(connection: socket.socket) -> bool:
    try:
        readable, _, _ = select.select([connection], [], [], 0)
        if not readable:
            return False
        return connection.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


def _usage(generation: Generation) -> dict[str, int]:
    return {
        "prompt_tokens": generation.prompt_tokens,
        "completion_tokens": generation.completion_tokens,
        "total_tokens": generation.prompt_tokens + generation.completion_tokens,
    }


def serve(args: argparse.Namespace, say: Say) -> None:
    """Load the model, answer requests until stdin closes. Runs until the process ends."""
    stdin = sys.stdin.buffer
    try:
        listener = _listener(args, stdin)
    except ValueError as error:
        # The handoff's line never came (the app is gone) or was broken: English only,
        # nobody is left to read it, or the app has a bug to fix.
        say({"failed": f"The local model could not start: {error}."})
        return
    except OSError as error:
        say(_failed(LocalModelError.because("start_failed", error=str(error))))
        return
    server = ModelServer(listener, os.environ.get(TOKEN_VARIABLE, ""), say)
    # Serve from the start: requests get "still loading" or the reason loading failed
    # only if they arrive after that; until then they wait in the socket's queue.
    threading.Thread(target=_load, args=(server, args, say), daemon=True).start()
    stdin.read()  # returns when the app closes our stdin, or dies


def _listener(args: argparse.Namespace, stdin: BinaryIO) -> socket.socket:
    """The listening socket the app made: inherited on POSIX (macOS included), or on
    Windows a copy made for this process, read from stdin's first line."""
    if args.socket_fd is not None:
        return socket.socket(fileno=args.socket_fd)
    shared = read_shared(stdin)
    if sys.platform == "win32":
        return socket.fromshare(shared)
    else:  # mypy checks each platform's branch on its own only in this shape
        raise OSError("sockets are handed over this way only on Windows")


def _load(server: ModelServer, args: argparse.Namespace, say: Say) -> None:
    path = Path(args.model)
    try:
        server.chat = LocalChat.load(
            path,
            args.name,
            sha256=args.sha256 or None,
            progress=lambda done: say({"progress": round(done, 3)}),
        )
    except Exception as error:
        # Whatever went wrong, the app hears why and requests get the reason at once;
        # a loader that died silently would leave them waiting for their read timeout.
        server.failure = _not_loaded(path, error)
        say(_failed(server.failure))
    else:
        say({"ready": {"model": server.chat.name, "context": server.chat.context}})
    finally:
        threading.Thread(target=server.serve_forever, daemon=True).start()


def _failed(error: LocalModelError) -> dict[str, Any]:
    """The report of a failure: its sentence, and its reason for the app to word again."""
    report: dict[str, Any] = {"failed": error.message}
    if error.reason is not None:
        report[REASON_FIELD] = error.reason.to_json()
    return report


def _why_not_loaded(path: Path, error: Exception) -> str:
    """What to tell people about a failed load, in plain words."""
    return _not_loaded(path, error).message


def _not_loaded(path: Path, error: Exception) -> LocalModelError:
    """A failed load, said in plain words (and as a reason)."""
    if isinstance(error, LocalModelError):
        return error
    if isinstance(error, ImportError):
        return LocalModelError.because("no_runtime")
    if isinstance(error, FileNotFoundError):
        # Moved or deleted while it loaded.
        return LocalModelError.because("file_gone", name=path.name, path=str(path))
    if isinstance(error, OSError) and error.filename is not None:
        return LocalModelError.because(
            "read_failed", name=path.name, error=str(error.strerror or error)
        )
    traceback.print_exception(error)  # into the model's log, for whoever fixes it
    return LocalModelError.because(
        "load_crashed", name=path.name, error=f"{type(error).__name__}: {error}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True, help="the GGUF file")
    parser.add_argument("--name", required=True, help="the model's name in answers")
    handoff = parser.add_mutually_exclusive_group(required=True)
    handoff.add_argument("--socket-fd", type=int, help="the listening socket, inherited")
    handoff.add_argument(
        "--socket-share", action="store_true", help="Windows: the socket comes on stdin"
    )
    parser.add_argument("--sha256", default="", help="check the file's bytes against this")
    args = parser.parse_args(argv)
    lock = threading.Lock()

    def say(message: dict[str, Any]) -> None:
        with lock:
            try:
                sys.stdout.write(json.dumps(message) + "\n")
                sys.stdout.flush()
            except (OSError, ValueError):
                pass  # the app is gone; stdin's end will stop us

    serve(args, say)
    os._exit(0)  # at once, even mid-answer: no waiting on llama.cpp's threads


if __name__ == "__main__":
    main()
