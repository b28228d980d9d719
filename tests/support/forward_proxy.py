"""A plain HTTP proxy on 127.0.0.1 (no CONNECT) that sends every request to one server.

Clients send it absolute URIs (`POST http://chat.example.test/v1/chat/completions`), as
they do to any HTTP proxy; it forwards each to `upstream` whatever host it names, so a
name only the proxy knows proves a request went through it. Answers stream back as they
arrive (a chunk at a time), with the connection closed at the end.
"""

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

# Headers about one hop only: they describe the connection, not the message.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authorization",
    "transfer-encoding",
    "content-length",
    "te",
    "upgrade",
}


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up mid-answer (Stop) is the point of the tests


class ForwardProxy:
    """Start with `with ForwardProxy("http://127.0.0.1:1234") as proxy:`; `proxy.url` is
    what HTTP_PROXY takes; `proxy.requests` the request lines it forwarded."""

    def __init__(self, upstream: str) -> None:
        target = urlsplit(upstream)
        self.upstream = (target.hostname or "127.0.0.1", target.port or 80)
        self.requests: list[str] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer._forward(self)

            def do_POST(self) -> None:
                outer._forward(self)

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _forward(self, handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        target = urlsplit(handler.path)
        if target.scheme != "http":
            handler.send_error(400, "A proxy takes absolute http:// URIs")
            return
        with self._lock:
            self.requests.append(f"{handler.command} {handler.path}")
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else None
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP}
        upstream = http.client.HTTPConnection(*self.upstream, timeout=60)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            upstream.request(handler.command, path, body=body, headers=headers)
            answer = upstream.getresponse()
            handler.send_response(answer.status, answer.reason)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    handler.send_header(name, value)
            handler.send_header("Connection", "close")
            handler.end_headers()
            while piece := answer.read1(65536):
                handler.wfile.write(piece)
                handler.wfile.flush()
        except OSError:
            pass  # either side hung up: so does the proxy
        finally:
            upstream.close()

    def __enter__(self) -> "ForwardProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
