"""Chats through an HTTP proxy from the environment, and Stop through it."""

import threading
import time
from collections.abc import Iterator

import httpx2
import pytest

from core.chat.client import ChatClient
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import ChatReply, TextDelta
from core.chat.transport import InterruptibleTransport
from core.config.providers import Endpoint
from core.errors import ChatError
from tests.support.fake_openai import FakeOpenAIServer, Script, Stall, chunk, sse
from tests.support.forward_proxy import ForwardProxy

HELLO = [Message(Role.USER, "hi")]
# A name only the proxy knows how to reach: an answer to it came through the proxy.
REMOTE = "http://chat.example.test/v1"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def proxy(server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    with ForwardProxy(server.base_url) as started:
        for name in PROXY_VARIABLES:
            monkeypatch.delenv(name, raising=False)
            monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.setenv("HTTP_PROXY", started.url)
        yield started


def texts(reply: ChatReply) -> list[str]:
    return [d.text for d in reply if isinstance(d, TextDelta)]


def test_a_reply_comes_through_the_environment_proxy(
    server: FakeOpenAIServer, proxy: ForwardProxy
) -> None:
    client = ChatClient(Endpoint(REMOTE, "k"))
    assert texts(client.stream(HELLO, "m")) == ["Hello", " there", "!"]
    assert proxy.requests == [f"POST {REMOTE}/chat/completions"]
    assert server.chat_requests[-1].headers["host"] == "chat.example.test"
    client.close()


def test_stop_through_a_proxy_is_fast(server: FakeOpenAIServer, proxy: ForwardProxy) -> None:
    client = ChatClient(Endpoint(REMOTE, "k"))  # the default, generous read timeout
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("partial")), Stall()]))
    reply = client.stream(HELLO, "m")
    got: list[str] = []
    thread = threading.Thread(
        target=lambda: got.extend(d.text for d in reply if isinstance(d, TextDelta))
    )
    thread.start()
    deadline = time.monotonic() + 5
    while not got:  # the first words came, through the proxy; then it goes quiet
        assert thread.is_alive() and time.monotonic() < deadline, reply.error
        time.sleep(0.005)  # allowed: polling a plain thread, no Qt loop here
    started = time.monotonic()
    reply.stop()
    thread.join(2)
    elapsed = time.monotonic() - started
    assert not thread.is_alive()
    assert elapsed < 0.5, f"stop took {elapsed * 1000:.0f} ms"
    assert reply.status is ReplyStatus.STOPPED
    assert reply.text == "partial"
    assert proxy.requests == [f"POST {REMOTE}/chat/completions"]
    client.close()


def test_a_server_on_this_computer_is_never_asked_through_a_proxy(
    server: FakeOpenAIServer, proxy: ForwardProxy
) -> None:
    client = ChatClient(Endpoint(server.base_url, "k"))  # 127.0.0.1
    assert texts(client.stream(HELLO, "m")) == ["Hello", " there", "!"]
    assert proxy.requests == []
    client.close()


def test_no_proxy_sends_a_host_direct(
    server: FakeOpenAIServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost, .example.test")
    client = ChatClient(Endpoint(REMOTE, "k"))
    with pytest.raises(ChatError):  # direct: nobody else knows that name
        texts(client.stream(HELLO, "m"))
    assert proxy.requests == []
    client.close()


@pytest.mark.parametrize(
    ("no_proxy", "host", "excluded"),
    [
        ("*", "api.openai.com", True),
        ("openai.com", "api.openai.com", True),
        (".openai.com", "api.openai.com", True),
        ("openai.com", "notopenai.com", False),
        ("api.openai.com:443", "api.openai.com", True),
        ("10.0.0.0/8", "10.1.2.3", True),
        ("10.0.0.0/8", "11.1.2.3", False),
        ("", "api.openai.com", False),
    ],
)
def test_no_proxy_entries(no_proxy: str, host: str, excluded: bool) -> None:
    transport = InterruptibleTransport(proxies={"https": "proxy.corp:3128", "no": no_proxy})
    chosen = transport._proxy_for(httpx2.URL(f"https://{host}/v1"))
    assert chosen == (None if excluded else "http://proxy.corp:3128")
    transport.close()


def test_a_socks_proxy_is_left_out_instead_of_breaking_every_chat(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # httpx would need the optional socksio package for it, and raise at every request.
    transport = InterruptibleTransport(proxies={"https": "socks5://user:secret@proxy.corp:1080"})
    assert transport._proxy_for(httpx2.URL("https://api.openai.com/v1")) is None
    assert "Not using the https proxy" in caplog.text and "secret" not in caplog.text
    transport.close()
