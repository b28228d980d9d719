"""ChatClient against a real loopback server: the bytes real servers send, and their quirks."""

import json
import threading
import time
from collections.abc import Iterator

import pytest

from core.chat.attachments import Attachment
from core.chat.client import ChatClient
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import ChatReply, TextDelta
from core.config.chat_options import ChatOptions
from core.config.providers import Endpoint
from core.errors import ChatError, ErrorKind
from tests.support.fake_openai import (
    Drop,
    FakeOpenAIServer,
    Pause,
    Script,
    Stall,
    chunk,
    error_script,
    openai_reply,
    reply_script,
    sse,
    usage_chunk,
)

HELLO = [Message(Role.USER, "Hello?")]


@pytest.fixture
def client(server: FakeOpenAIServer) -> Iterator[ChatClient]:
    chat = ChatClient(Endpoint(server.base_url, "sk-test-123"), read_timeout=2.0)
    yield chat
    chat.close()


def texts(reply: ChatReply) -> list[str]:
    """The answer's deltas (reasoning deltas are left out)."""
    return [d.text for d in reply if isinstance(d, TextDelta)]


def test_reply_yields_deltas_and_records_usage_and_finish(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(reply_script(["The ", "capital ", "is ", "Paris."]))
    reply = client.stream(HELLO, "gpt-4o-mini")
    assert texts(reply) == ["The ", "capital ", "is ", "Paris."]
    assert reply.text == "The capital is Paris."
    assert reply.status is ReplyStatus.COMPLETE
    assert reply.finish_reason == "stop"
    assert reply.usage is not None and reply.usage.total_tokens == 17
    assert reply.seconds_to_first_delta is not None
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["messages"] == [{"role": "user", "content": "Hello?"}]
    assert server.chat_requests[-1].headers["authorization"] == "Bearer sk-test-123"


def test_request_starts_only_when_iterated(server: FakeOpenAIServer, client: ChatClient) -> None:
    reply = client.stream(HELLO, "m")
    assert server.chat_requests == []
    assert texts(reply) == ["Hello", " there", "!"]


def test_multi_turn_history_is_sent(server: FakeOpenAIServer, client: ChatClient) -> None:
    history = [
        Message(Role.USER, "one"),
        Message(Role.ASSISTANT, "reply one"),
        Message(Role.USER, "two"),
        Message(Role.ASSISTANT, "", ReplyStatus.FAILED, "boom"),
        Message(Role.USER, "three"),
    ]
    texts(client.stream(history, "m"))
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"] == [
        {"role": "user", "content": "one"},
        {"role": "assistant", "content": "reply one"},
        # The question left unanswered by the failed reply goes out with the next one:
        # two user turns in a row are refused by strict servers.
        {"role": "user", "content": "two\n\nthree"},
    ]


def test_quirks_of_real_servers_are_tolerated(server: FakeOpenAIServer, client: ChatClient) -> None:
    azure_first = chunk()
    azure_first["choices"] = []
    azure_first["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": {}}]
    no_delta = chunk()
    no_delta["choices"] = [{"index": 0, "finish_reason": None, "content_filter_offsets": {}}]
    null_content = chunk()
    null_content["choices"][0]["delta"] = {"content": None, "reasoning_content": "hmm"}
    server.enqueue(
        Script(
            parts=[
                b": OPENROUTER PROCESSING\n\n",
                sse(azure_first),
                sse(chunk(role=True)),
                sse(no_delta),
                sse(null_content),
                sse(chunk("A")),
                b": keep-alive\n\n",
                sse(chunk("B")),
                sse(chunk(finish="stop")),
                sse(usage_chunk()),
                # no [DONE]: some servers just end the body
            ]
        )
    )
    reply = client.stream(HELLO, "m")
    assert texts(reply) == ["A", "B"]
    assert reply.status is ReplyStatus.COMPLETE


@pytest.mark.parametrize(
    ("finish", "status"),
    [("length", ReplyStatus.CUT_OFF), ("content_filter", ReplyStatus.FILTERED)],
)
def test_finish_reasons_other_than_stop(
    server: FakeOpenAIServer, client: ChatClient, finish: str, status: ReplyStatus
) -> None:
    server.enqueue(reply_script(["partial"], finish=finish))
    reply = client.stream(HELLO, "m")
    assert texts(reply) == ["partial"]
    assert reply.status is status


def test_stream_without_finish_or_done_counts_as_dropped(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(reply_script(["cut"], finish=None, usage=False, done=False))
    reply = client.stream(HELLO, "m")
    got: list[str] = []
    with pytest.raises(ChatError) as caught:
        got.extend(d.text for d in reply)
    assert got == ["cut"]
    assert caught.value.kind is ErrorKind.DROPPED
    assert reply.status is ReplyStatus.FAILED
    assert reply.text == "cut"


def test_server_rejecting_stream_options_is_retried_once_and_remembered(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(reply_script(["ok"], usage=False), reply_script(["again"], usage=False))
    server.default_script = reply_script(["ok"], usage=False)
    server.enqueue_first(
        Script(parts=openai_reply(["ok"], usage=False), reject_stream_options=True)
    )
    assert texts(client.stream(HELLO, "m")) == ["ok"]
    first, retry = server.chat_requests
    assert first.body is not None and "stream_options" in first.body
    assert retry.body is not None and "stream_options" not in retry.body
    texts(client.stream(HELLO, "m"))
    third = server.chat_requests[-1]
    assert third.body is not None and "stream_options" not in third.body
    assert len(server.chat_requests) == 3


def test_unrelated_bad_request_is_reported_and_not_remembered(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    bad = error_script(400, "context too long")
    server.enqueue(bad, bad)
    with pytest.raises(ChatError) as caught:
        texts(client.stream(HELLO, "m"))
    assert caught.value.kind is ErrorKind.BAD_REQUEST
    assert "context too long" in caught.value.message
    texts(client.stream(HELLO, "m"))
    last = server.chat_requests[-1].body
    assert last is not None and "stream_options" in last


@pytest.mark.parametrize(
    ("script", "kind", "words"),
    [
        (error_script(401, "Incorrect API key provided"), ErrorKind.BAD_KEY, "API key"),
        (error_script(404, "The model `nope` does not exist"), ErrorKind.NOT_FOUND, '"nope"'),
        (
            error_script(429, "Rate limit reached", headers={"Retry-After": "20"}),
            ErrorKind.RATE_LIMITED,
            "Wait 20 seconds",
        ),
        (error_script(503, "overloaded"), ErrorKind.SERVER, "HTTP 503"),
        (
            Script(
                status=502,
                headers={"Content-Type": "text/html"},
                parts=[b"<html><body><h1>502 Bad Gateway</h1></body></html>"],
            ),
            ErrorKind.NOT_AN_API,
            "web page",
        ),
        (
            Script(headers={"Content-Type": "text/html"}, parts=[b"<!DOCTYPE html><p>login</p>"]),
            ErrorKind.NOT_AN_API,
            "web page",
        ),
        (
            Script(parts=[sse(chunk(role=True)), sse({"error": {"message": "upstream died"}})]),
            ErrorKind.STREAM_ERROR,
            "upstream died",
        ),
        (
            Script(parts=[sse(chunk(role=True)), b'data: {"choices": [\n\n']),
            ErrorKind.MALFORMED,
            "not a valid chat reply",
        ),
        (
            Script(parts=[sse(chunk(role=True)), sse(chunk("half")), Drop()]),
            ErrorKind.DROPPED,
            "connection",
        ),
    ],
)
def test_failures_become_plain_words(
    server: FakeOpenAIServer, client: ChatClient, script: Script, kind: ErrorKind, words: str
) -> None:
    server.enqueue(script)
    with pytest.raises(ChatError) as caught:
        texts(client.stream([Message(Role.USER, "x")], "nope"))
    assert caught.value.kind is kind
    assert words in caught.value.message
    assert "<html" not in caught.value.message.lower()
    assert "Traceback" not in caught.value.message


def test_rate_limit_keeps_the_wait(server: FakeOpenAIServer, client: ChatClient) -> None:
    server.enqueue(error_script(429, "slow down", headers={"Retry-After": "20"}))
    with pytest.raises(ChatError) as caught:
        texts(client.stream(HELLO, "m"))
    assert caught.value.retry_after == 20.0
    assert len(server.chat_requests) == 1  # no silent SDK retries


def test_partial_text_is_kept_when_the_connection_drops(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("half a")), Drop()]))
    reply = client.stream(HELLO, "m")
    with pytest.raises(ChatError):
        texts(reply)
    assert reply.text == "half a"
    assert reply.status is ReplyStatus.FAILED


def test_read_timeout_when_the_server_goes_quiet(server: FakeOpenAIServer) -> None:
    chat = ChatClient(Endpoint(server.base_url, "k"), read_timeout=0.3)
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("so far")), Stall()]))
    reply = chat.stream(HELLO, "m")
    with pytest.raises(ChatError) as caught:
        texts(reply)
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert reply.text == "so far"
    chat.close()


def test_connection_refused() -> None:
    with FakeOpenAIServer() as gone:
        url = gone.base_url  # a port nothing listens on once the server is closed
    chat = ChatClient(Endpoint(url, "k"))
    with pytest.raises(ChatError) as caught:
        texts(chat.stream(HELLO, "m"))
    assert caught.value.kind is ErrorKind.UNREACHABLE
    assert url in caught.value.message
    chat.close()


def test_openai_without_a_key_is_not_configured() -> None:
    chat = ChatClient(Endpoint(None, None))
    with pytest.raises(ChatError) as caught:
        texts(chat.stream(HELLO, "m"))
    assert caught.value.kind is ErrorKind.NOT_CONFIGURED
    chat.close()


def test_multibyte_utf8_split_across_network_writes(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    event = sse(chunk("Grüße 🌊 水"))
    wave = event.index("🌊".encode())
    water = event.index("水".encode())
    server.enqueue(
        Script(
            parts=[
                sse(chunk(role=True)),
                event[: wave + 2],
                Pause(0.05),
                event[wave + 2 : water + 1],
                Pause(0.05),
                event[water + 1 :],
                *openai_reply([], usage=False)[1:],
            ]
        )
    )
    assert texts(client.stream(HELLO, "m")) == ["Grüße 🌊 水"]


def _iterate_in_thread(reply: ChatReply) -> tuple[threading.Thread, list[str]]:
    got: list[str] = []
    thread = threading.Thread(target=lambda: got.extend(d.text for d in reply))
    thread.start()
    return thread, got


def _pool_connections(client: ChatClient) -> int:
    return len(client._transport._pool.connections)


@pytest.mark.parametrize("before_headers", [False, True])
def test_stop_during_a_stalled_stream_is_fast_and_releases_the_connection(
    server: FakeOpenAIServer, before_headers: bool
) -> None:
    chat = ChatClient(Endpoint(server.base_url, "k"))  # default, generous read timeout
    parts = [] if before_headers else [sse(chunk(role=True)), sse(chunk("partial"))]
    server.enqueue(Script(parts=[*parts, Stall()], stall_before_headers=before_headers))
    reply = chat.stream(HELLO, "m")
    thread, got = _iterate_in_thread(reply)
    deadline = time.monotonic() + 5
    while not (got or (before_headers and server.chat_requests)):
        assert time.monotonic() < deadline
        time.sleep(0.005)  # allowed: polling a plain thread, no Qt loop here
    started = time.monotonic()
    reply.stop()
    thread.join(2)
    elapsed = time.monotonic() - started
    assert not thread.is_alive()
    assert elapsed < 0.2, f"stop took {elapsed * 1000:.0f} ms"
    assert reply.status is ReplyStatus.STOPPED
    assert reply.text == ("" if before_headers else "partial")
    assert _pool_connections(chat) == 0
    chat.close()


def test_stop_before_iterating_sends_nothing(server: FakeOpenAIServer, client: ChatClient) -> None:
    reply = client.stream(HELLO, "m")
    reply.stop()
    assert texts(reply) == []
    assert reply.status is ReplyStatus.STOPPED
    assert server.chat_requests == []


def test_client_keeps_working_after_a_stop(server: FakeOpenAIServer, client: ChatClient) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("x")), Stall()]))
    reply = client.stream(HELLO, "m")
    for _ in reply:
        reply.stop()
    assert reply.status is ReplyStatus.STOPPED
    assert texts(client.stream(HELLO, "m")) == ["Hello", " there", "!"]


def test_request_body_is_valid_json_with_unicode(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    texts(client.stream([Message(Role.USER, "naïve — 日本")], "m"))
    body = server.chat_requests[-1].body
    assert body is not None
    assert json.dumps(body["messages"], ensure_ascii=False) == (
        '[{"role": "user", "content": "naïve — 日本"}]'
    )


def _json_script(body: object) -> Script:
    return Script(headers={"Content-Type": "application/json"}, parts=[json.dumps(body).encode()])


def test_a_server_that_ignores_stream_true_still_answers(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(
        _json_script(
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 1,
                "model": "m",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "All at once."},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6},
            }
        )
    )
    reply = client.stream(HELLO, "m")
    assert texts(reply) == ["All at once."]
    assert reply.status is ReplyStatus.COMPLETE
    assert reply.usage is not None and reply.usage.total_tokens == 6


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ({"error": {"message": "model is loading"}}, ErrorKind.STREAM_ERROR),
        ({"unexpected": True}, ErrorKind.MALFORMED),
        ([1, 2, 3], ErrorKind.MALFORMED),
    ],
)
def test_a_json_body_that_is_not_a_reply_is_explained(
    server: FakeOpenAIServer, client: ChatClient, body: object, kind: ErrorKind
) -> None:
    server.enqueue(_json_script(body))
    with pytest.raises(ChatError) as caught:
        texts(client.stream(HELLO, "m"))
    assert caught.value.kind is kind


def test_a_key_the_server_repeats_is_masked(server: FakeOpenAIServer) -> None:
    chat = ChatClient(Endpoint(server.base_url, "sk-proj-abcdefghijklmnop"))
    server.enqueue(
        error_script(
            401, "Incorrect API key provided: sk-proj-abcdefghijklmnop (also sk-other-12345678)"
        )
    )
    with pytest.raises(ChatError) as caught:
        texts(chat.stream(HELLO, "m"))
    assert "abcdefghijklmnop" not in caught.value.message
    assert "12345678" not in caught.value.message
    assert "Incorrect API key provided: ***" in caught.value.message
    chat.close()


def test_options_go_into_the_request_and_defaults_send_nothing_extra(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(reply_script(["ok"]))
    list(client.stream(HELLO, "m"))
    plain = server.chat_requests[-1].body
    assert plain is not None
    assert {"temperature", "max_tokens", "max_completion_tokens"}.isdisjoint(plain)
    assert [m["role"] for m in plain["messages"]] == ["user"]

    server.enqueue(reply_script(["ok"]))
    list(client.stream(HELLO, "m", ChatOptions("  Answer in French.  ", 0.2, 64)))
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"][0] == {"role": "system", "content": "Answer in French."}
    assert (body["temperature"], body["max_tokens"]) == (0.2, 64)


def test_openai_itself_gets_max_completion_tokens() -> None:
    chat = ChatClient(Endpoint(None, "k"))
    assert chat._sampling(ChatOptions(max_tokens=10)) == {"max_completion_tokens": 10}
    chat.close()


def test_images_are_sent_as_data_urls(server: FakeOpenAIServer, client: ChatClient) -> None:
    picture = Attachment("image/png", b"\x89PNG\r\n\x1a\nxyz", "p.png")
    server.enqueue(reply_script(["A picture."]))
    list(client.stream([Message(Role.USER, "What is it?", images=(picture,))], "m"))
    body = server.chat_requests[-1].body
    assert body is not None
    content = body["messages"][0]["content"]
    assert content == [
        {"type": "text", "text": "What is it?"},
        {"type": "image_url", "image_url": {"url": picture.data_url}},
    ]


def test_odd_chunks_from_a_loose_server_are_read_as_far_as_they_make_sense(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    # Chunks arrive as decoded JSON, not validated models: any field may be anything.
    server.enqueue(
        Script(
            parts=[
                sse([1, 2]),  # not an object at all
                sse({"choices": "none"}),
                sse({"choices": [7, {"index": 1, "delta": {"content": "other choice"}}]}),
                sse({"choices": [{"delta": {"content": 42, "reasoning": ["x"]}}]}),
                sse({"choices": [{"index": 0, "delta": {"content": "Hello"}}]}),
                sse({"choices": [{"delta": {"content": " there"}, "finish_reason": "stop"}]}),
                sse({"choices": [], "usage": {"prompt_tokens": "9", "completion_tokens": 2.0}}),
                b'data: {"choices": [], "usage": {"total_tokens": NaN}}\n\n',
                b'data: {"usage": {"prompt_tokens": "9", "total_tokens": 1e400}}\n\n',
                b"data: [DONE]\n\n",
            ]
        )
    )
    reply = client.stream(HELLO, "m")
    assert texts(reply) == ["Hello", " there"]
    assert reply.status is ReplyStatus.COMPLETE
    assert reply.usage is not None
    # The last usage wins; quoted digits count, NaN and infinity do not.
    assert (reply.usage.prompt_tokens, reply.usage.total_tokens) == (9, 0)
