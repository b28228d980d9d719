"""An HTTP transport whose blocking socket reads can be interrupted from another thread.

Closing an `openai` stream from another thread does not wake a worker blocked in a
socket read (it stays blocked until the server sends something or the read timeout
fires). Shutting the socket down does, within about a millisecond. This transport
remembers which socket each thread last used, so `interrupt(thread_id)` can do that,
including while the request is still being written or waits for response headers.

httpx reads the environment's proxies only for a client without a transport of its own,
so this transport routes requests through them itself, on sockets it tracks the same way.
"""

import ipaddress
import logging
import socket
import threading
import urllib.request
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

import httpcore2
import httpx2
from httpcore2 import NetworkBackend, NetworkStream

log = logging.getLogger(__name__)
PROXY_SCHEMES = ("http", "https")  # SOCKS would need the optional socksio package


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
    """`httpx2.HTTPTransport` plus `interrupt(thread_id)`, also through a proxy.

    Proxies come from the environment (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, with
    `NO_PROXY`), read when the transport is made, as httpx and curl read them. A loopback
    address never goes through one: local servers and the built-in model are on this
    computer, where a proxy cannot reach them, and the built-in model's key stays here.
    """

    def __init__(self, *, proxies: Mapping[str, str] | None = None, **kwargs: Any) -> None:
        """`proxies`: scheme ("http", "https", "all", "no") -> proxy URL (or NO_PROXY's
        list); None reads them from the environment."""
        super().__init__(**kwargs)
        self._registry = _SocketRegistry()
        self._settings = kwargs
        self._proxies = _usable(
            urllib.request.getproxies_environment() if proxies is None else proxies
        )
        self._via: dict[str, httpx2.HTTPTransport] = {}  # proxy URL -> its pool
        self._via_lock = threading.Lock()
        _track(self, self._registry)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        proxy = self._proxy_for(request.url)
        if proxy is None:
            return super().handle_request(request)
        return self._through(proxy).handle_request(request)

    def _proxy_for(self, url: httpx2.URL) -> str | None:
        host = url.host
        if _is_loopback(host):
            return None
        proxy = self._proxies.get(url.scheme) or self._proxies.get("all")
        if not proxy:
            return None
        if _excluded(host, self._proxies.get("no", "")):
            return None
        return proxy

    def _through(self, proxy: str) -> httpx2.HTTPTransport:
        with self._via_lock:
            transport = self._via.get(proxy)
            if transport is None:
                transport = httpx2.HTTPTransport(proxy=proxy, **self._settings)
                _track(transport, self._registry)
                self._via[proxy] = transport
            return transport

    def arm(self, thread_id: int) -> None:
        """`thread_id` starts a request: forget any earlier interrupt of it."""
        self._registry.arm(thread_id)

    def interrupt(self, thread_id: int) -> None:
        """Wake `thread_id` out of a blocking read, now or at its next socket use."""
        self._registry.interrupt(thread_id)

    def disarm(self, thread_id: int) -> None:
        """`thread_id` is done with its request: its later requests may use sockets again."""
        self._registry.disarm(thread_id)

    def close(self) -> None:
        for transport in self._proxied():
            transport.close()
        super().close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        for transport in self._proxied():
            transport.close()
        super().__exit__(exc_type, exc_value, traceback)

    def _proxied(self) -> list[httpx2.HTTPTransport]:
        with self._via_lock:
            return list(self._via.values())


def _track(transport: httpx2.HTTPTransport, registry: _SocketRegistry) -> None:
    """Make `transport`'s connections (direct or to a proxy) note their sockets."""
    pool = transport._pool
    if isinstance(pool, httpcore2.ConnectionPool):  # an HTTPProxy is one too
        # httpx does not expose the pool's network backend; swapping it is the one
        # private touch here, and the Stop tests in tests/core/chat/test_client.py and
        # tests/core/chat/test_proxy.py fail if it stops working.
        pool._network_backend = _TrackingBackend(pool._network_backend, registry)


def _usable(proxies: Mapping[str, str]) -> dict[str, str]:
    """The proxies given, with a scheme each, less those this transport cannot use."""
    usable: dict[str, str] = {}
    for scheme, value in proxies.items():
        if scheme == "no":
            usable[scheme] = value
            continue
        url = value if "://" in value else f"http://{value}"
        if url.split("://", 1)[0].lower() in PROXY_SCHEMES:
            usable[scheme] = url
        else:  # never the URL itself: it may carry a password
            log.warning("Not using the %s proxy: Rivulet uses http and https proxies", scheme)
    return usable


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _excluded(host: str, no_proxy: str) -> bool:
    """Whether NO_PROXY names `host`: "*", the host itself, a domain it is in (with or
    without a leading dot), or an IP network it is in."""
    host = host.lower().strip("[]")
    for entry in no_proxy.split(","):
        name = entry.strip().lower()
        if name == "*":
            return True
        if name.count(":") == 1:  # host:port; the port does not matter here
            name = name.split(":")[0]
        name = name.strip("[]").lstrip(".")
        if not name:
            continue
        if host == name or host.endswith("." + name):
            return True
        if "/" in name:
            try:
                if ipaddress.ip_address(host) in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass
    return False
