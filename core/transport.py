"""An HTTP transport whose blocking socket reads can be interrupted from another thread.

Closing an `openai` stream from another thread does not wake a worker blocked in a
socket read (it stays blocked until the server sends something or the read timeout
fires). Shutting the socket down does, within about a millisecond. This transport
remembers which socket each thread last used, so `interrupt(thread_id)` can do that,
including while the request is still being written or waits for response headers.
"""

import socket
import threading
from collections.abc import Iterable
from typing import Any

import httpcore2
import httpx2
from httpcore2 import NetworkBackend, NetworkStream


class _SocketRegistry:
    """Thread id -> the socket that thread is using now, and which threads were interrupted.

    An interrupted thread stays marked until `disarm`, so a socket it opens or reuses
    after the interrupt (a Stop that lands between two requests, or before the request
    is written) is shut down as soon as it is touched.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_thread: dict[int, socket.socket] = {}
        self._interrupted: set[int] = set()

    def note(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        ident = threading.get_ident()
        with self._lock:
            self._by_thread[ident] = sock
            interrupted = ident in self._interrupted
        if interrupted:
            _shut(sock)

    def forget(self, sock: socket.socket | None) -> None:
        with self._lock:
            for ident in [i for i, s in self._by_thread.items() if s is sock]:
                del self._by_thread[ident]

    def arm(self, thread_id: int) -> None:
        with self._lock:
            self._interrupted.discard(thread_id)

    def disarm(self, thread_id: int) -> None:
        self.arm(thread_id)

    def interrupt(self, thread_id: int) -> None:
        with self._lock:
            self._interrupted.add(thread_id)
            sock = self._by_thread.pop(thread_id, None)
        if sock is not None:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        # The base-class method, so an SSLSocket's state is not torn down under the
        # reading thread; shutdown(2) on the descriptor is what wakes the read.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: nothing left to wake


class _TrackedStream(NetworkStream):
    def __init__(self, inner: NetworkStream, registry: _SocketRegistry) -> None:
        self._inner = inner
        self._registry = registry

    def _socket(self) -> socket.socket | None:
        sock = self._inner.get_extra_info("socket")
        return sock if isinstance(sock, socket.socket) else None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self._registry.note(self._socket())
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._registry.note(self._socket())
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._registry.forget(self._socket())
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _TrackedStream(inner, self._registry)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _TrackingBackend(NetworkBackend):
    def __init__(self, inner: NetworkBackend, registry: _SocketRegistry) -> None:
        self._inner = inner
        self._registry = registry

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        tracked = _TrackedStream(stream, self._registry)
        self._registry.note(tracked._socket())
        return tracked

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> NetworkStream:
        stream = self._inner.connect_unix_socket(path, timeout, socket_options)
        return _TrackedStream(stream, self._registry)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class InterruptibleTransport(httpx2.HTTPTransport):
    """`httpx2.HTTPTransport` plus `interrupt(thread_id)`.

    Requests that go through an environment proxy use httpx's own proxy transport and
    cannot be interrupted this way; for them Stop falls back to the read timeout.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._registry = _SocketRegistry()
        pool = self._pool
        if isinstance(pool, httpcore2.ConnectionPool):
            # httpx does not expose the pool's network backend; swapping it is the one
            # private touch here, and tests/core/test_stop.py fails if it stops working.
            pool._network_backend = _TrackingBackend(pool._network_backend, self._registry)

    def arm(self, thread_id: int) -> None:
        """`thread_id` starts a request: forget any earlier interrupt of it."""
        self._registry.arm(thread_id)

    def interrupt(self, thread_id: int) -> None:
        """Wake `thread_id` out of a blocking read, now or at its next socket use."""
        self._registry.interrupt(thread_id)

    def disarm(self, thread_id: int) -> None:
        """`thread_id` is done with its request: its later requests may use sockets again."""
        self._registry.disarm(thread_id)
