"""Each server family's stream, byte for byte as they send it: reasoning kept apart."""

from collections.abc import Iterator
from typing import Any

import pytest

from core.chat.client import ChatClient
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import ChatReply, ReasoningDelta, TextDelta
from core.chat.think_tags import ThinkSplitter
from core.config.providers import Endpoint
from tests.support.fake_openai import FakeOpenAIServer, Script, chunk, sse, usage_chunk

HELLO = [Message(Role.USER, "Why is the sky blue?")]


@pytest.fixture
def client(server: FakeOpenAIServer) -> Iterator[ChatClient]:
    chat = ChatClient(Endpoint(server.base_url, "k"))
    yield chat
    chat.close()


def _delta_chunk(delta: dict[str, Any], **extra: Any) -> dict[str, Any]:
    data = chunk()
    data["choices"][0]["delta"] = delta
    data.update(extra)
    return data


def _split(reply: ChatReply) -> tuple[str, str]:
    answer: list[str] = []
    thinking: list[str] = []
    for delta in reply:
        (answer if isinstance(delta, TextDelta) else thinking).append(delta.text)
        assert isinstance(delta, TextDelta | ReasoningDelta)
    return "".join(answer), "".join(thinking)


def test_deepseek_reasoning_content(server: FakeOpenAIServer, client: ChatClient) -> None:
    server.enqueue(
        Script(
            parts=[
                sse(_delta_chunk({"role": "assistant", "content": None, "reasoning_content": ""})),
                sse(_delta_chunk({"content": None, "reasoning_content": "Rayleigh "})),
                sse(_delta_chunk({"content": None, "reasoning_content": "scattering."})),
                sse(_delta_chunk({"content": "Short ", "reasoning_content": None})),
                sse(_delta_chunk({"content": "waves scatter."})),
                sse(chunk(finish="stop")),
                sse(usage_chunk()),
                b"data: [DONE]\n\n",
            ]
        )
    )
    reply = client.stream(HELLO, "deepseek-reasoner")
    assert _split(reply) == ("Short waves scatter.", "Rayleigh scattering.")
    assert reply.reasoning == "Rayleigh scattering." and reply.text == "Short waves scatter."
    assert reply.status is ReplyStatus.COMPLETE


def test_llama_cpp_reasoning_content_with_timings(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    timings = {"prompt_n": 12, "predicted_n": 3, "predicted_per_second": 41.2}
    server.enqueue(
        Script(
            parts=[
                sse(_delta_chunk({"reasoning_content": "thinking"}, timings=timings)),
                sse(_delta_chunk({"content": "Blue."}, timings=timings)),
                sse(chunk(finish="stop")),
                b"data: [DONE]\n\n",
            ]
        )
    )
    assert _split(client.stream(HELLO, "qwen3")) == ("Blue.", "thinking")


def test_ollama_vllm_openrouter_reasoning_with_comment_lines(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    server.enqueue(
        Script(
            parts=[
                b": OPENROUTER PROCESSING\n\n",
                sse(_delta_chunk({"role": "assistant", "content": "", "reasoning": "Light "})),
                b": OPENROUTER PROCESSING\n\n",
                sse(_delta_chunk({"content": "", "reasoning": "bends."})),
                sse(_delta_chunk({"content": "Because of scattering."})),
                sse(chunk(finish="stop")),
                sse(usage_chunk()),
                b"data: [DONE]\n\n",
            ]
        )
    )
    assert _split(client.stream(HELLO, "deepseek/deepseek-r1")) == (
        "Because of scattering.",
        "Light bends.",
    )


def test_inline_think_tags_split_across_chunks(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    pieces = ["<thi", "nk>Let me", " think.</th", "ink>\n\nThe sky", " is blue."]
    server.enqueue(
        Script(
            parts=[sse(chunk(p)) for p in pieces] + [sse(chunk(finish="stop")), b"data: [DONE]\n\n"]
        )
    )
    reply = client.stream(HELLO, "deepseek-r1:7b")
    assert _split(reply) == ("The sky is blue.", "Let me think.")


def test_later_turns_never_send_reasoning_back(
    server: FakeOpenAIServer, client: ChatClient
) -> None:
    history = [
        Message(Role.USER, "q1"),
        Message(Role.ASSISTANT, "a1", reasoning="secret thoughts"),
        Message(Role.USER, "q2"),
    ]
    _split(client.stream(history, "m"))
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"][1] == {"role": "assistant", "content": "a1"}
    assert "secret thoughts" not in str(body)


@pytest.mark.parametrize(
    ("pieces", "answer", "thinking"),
    [
        (["plain answer"], "plain answer", ""),
        (["a < b and <b>bold</b>"], "a < b and <b>bold</b>", ""),
        (["<think>", "x", "</think>", "y"], "y", "x"),
        (["<", "think>x</think>y"], "y", "x"),
        (["ends with <thi"], "ends with <thi", ""),  # an unfinished tag at the end is text
        (["<think>never closed"], "", "never closed"),
    ],
)
def test_think_splitter(pieces: list[str], answer: str, thinking: str) -> None:
    splitter = ThinkSplitter()
    out: list[tuple[str, str]] = []
    for piece in pieces:
        out += splitter.feed(piece)
    out += splitter.flush()
    assert "".join(p for kind, p in out if kind == "text") == answer
    assert "".join(p for kind, p in out if kind == "reasoning") == thinking


def test_detection_finds_the_servers_that_answer(server: FakeOpenAIServer) -> None:
    import asyncio
    import socket

    from core.config.detect import detect_local_servers
    from core.config.providers import new_provider

    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
    server.models = ["qwen3:4b", "llama3.2:3b"]
    candidates = [
        new_provider("ollama", base_url=server.base_url),
        new_provider("lmstudio", base_url=dead_url),
    ]
    found = asyncio.run(detect_local_servers(candidates, timeout=2.0))
    assert [f.provider.kind for f in found] == ["ollama"]
    assert found[0].models == ("llama3.2:3b", "qwen3:4b")
    assert found[0].provider.model == "llama3.2:3b"
