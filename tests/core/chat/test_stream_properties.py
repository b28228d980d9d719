"""Properties of the whole streaming path, over the real loopback server and `ChatClient`.

Hypothesis builds streams in every dialect the app knows (role-only first chunk, Azure's
empty first chunk, SSE comments, `reasoning_content`, `reasoning`, inline <think> tags,
usage chunks, CRLF or CR line endings, JSON spread over several `data:` lines...) and the
server sends them cut at arbitrary byte offsets, each piece in its own write. Whatever
the cuts, the reply must say exactly what the unsplit stream says; and bytes that are not
a valid stream must end in a plain-words `ChatError`, never in another exception.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from core.chat.client import ChatClient
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import ReasoningDelta, TextDelta
from core.config.providers import Endpoint
from core.errors import ChatError, ErrorKind
from tests.support.fake_openai import Drop, FakeOpenAIServer, Part, Script, chunk, split_bytes
from tests.support.properties import examples

HELLO = [Message(Role.USER, "Why is the sky blue?")]
FINAL = {
    "stop": ReplyStatus.COMPLETE,
    "length": ReplyStatus.CUT_OFF,
    "content_filter": ReplyStatus.FILTERED,
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        yield fake


@pytest.fixture(scope="module")
def client(server: FakeOpenAIServer) -> Iterator[ChatClient]:
    chat = ChatClient(Endpoint(server.base_url, "sk-test"), read_timeout=5.0)
    yield chat
    chat.close()


# -- building streams ---------------------------------------------------------------
@dataclass
class StreamSpec:
    """A valid stream in one dialect, and what a reader must get out of it."""

    dialect: str  # plain, reasoning_content, reasoning, think
    answer: list[str]
    thinking: list[str]
    finish: str
    role_first: bool
    azure_first: bool
    comments: list[int]  # comment blocks go before these event numbers
    usage: bool
    done: bool
    timings: bool
    no_delta: bool
    finish_in_last_chunk: bool
    line_end: str
    multiline_data: bool
    no_space: bool
    ids: bool
    ascii_json: bool
    think_gap: str = "\n\n"
    think_cuts: list[int] = field(default_factory=list)

    def expected(self) -> tuple[str, str]:
        """(answer, thinking) as the reply must show them."""
        answer, thinking = "".join(self.answer), "".join(self.thinking)
        if self.dialect == "think":
            answer = self.think_gap + answer
            # The blank lines between </think> and the answer are not part of the answer.
            return (answer.lstrip() if thinking else answer), thinking
        return answer, thinking

    def deltas(self) -> list[dict[str, Any]]:
        """The `delta` objects of the stream's content chunks, in order."""
        if self.dialect == "think":
            content = ("<think>" + "".join(self.thinking) + "</think>" + self.think_gap) + "".join(
                self.answer
            )
            edges = sorted({c for c in self.think_cuts if 0 < c < len(content)})
            bounds = zip([0, *edges], [*edges, len(content)], strict=True)
            return [{"content": content[a:b]} for a, b in bounds]
        out: list[dict[str, Any]] = []
        for piece in self.thinking:
            if self.dialect == "reasoning_content":  # DeepSeek, llama.cpp
                out.append({"content": None, "reasoning_content": piece})
            else:  # Ollama, vLLM, Groq, OpenRouter
                out.append({"content": "", "reasoning": piece})
        out += [{"content": piece} for piece in self.answer]
        return out

    def events(self) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        if self.azure_first:
            first = chunk()
            first["choices"] = []
            first["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": {}}]
            events.append(first)
        if self.role_first:
            events.append(chunk(role=True))
        deltas = self.deltas()
        for number, delta in enumerate(deltas):
            data = chunk()
            data["choices"][0]["delta"] = delta
            if self.finish_in_last_chunk and number == len(deltas) - 1:
                data["choices"][0]["finish_reason"] = self.finish
            if self.timings:  # llama.cpp
                data["timings"] = {"prompt_n": 3, "predicted_n": number}
            events.append(data)
        if self.no_delta:  # Azure: a choice with no delta at all
            data = chunk()
            data["choices"] = [{"index": 0, "finish_reason": None, "content_filter_offsets": {}}]
            events.append(data)
        if not (self.finish_in_last_chunk and deltas):
            events.append(chunk(finish=self.finish))
        if self.usage:
            data = chunk()
            data["choices"] = []
            data["usage"] = {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13}
            events.append(data)
        return events

    def raw(self) -> bytes:
        """The body, byte for byte."""
        end = self.line_end
        blocks: list[str] = []
        for number, event in enumerate(self.events()):
            blocks += [f": OPENROUTER PROCESSING{end}{end}"] * self.comments.count(number)
            if self.multiline_data:
                # Several data: lines are joined with newlines, which JSON reads as space.
                text = json.dumps(event, indent=1, ensure_ascii=self.ascii_json)
            else:
                text = json.dumps(event, separators=(",", ":"), ensure_ascii=self.ascii_json)
            prefix = "data:" if self.no_space else "data: "
            lines = [prefix + line for line in text.split("\n")]
            if self.ids:
                lines = [f"id: {number}", *lines, ": inline comment"]
            blocks.append(end.join(lines) + end + end)
        if self.done:
            blocks.append(f"data: [DONE]{end}{end}")
        return "".join(blocks).encode()


# Any text, surrogates aside (they cannot be sent as UTF-8), and never the tag that
# starts thinking (inline <think> in content is reasoning by design).
_texts = (
    st.lists(
        st.text(st.characters(codec="utf-8"), max_size=6)
        | st.sampled_from(["<", ">", "/", "\n", "\r\n", " ", "<think", "</think", "🌊", "水"]),
        max_size=4,
    )
    .map("".join)
    .filter(lambda t: "<think>" not in t and "</think>" not in t)
)


@st.composite
def stream_specs(draw: st.DrawFn) -> StreamSpec:
    dialect = draw(st.sampled_from(["plain", "reasoning_content", "reasoning", "think"]))
    answer = draw(st.lists(_texts, max_size=8))
    thinking = [] if dialect == "plain" else draw(st.lists(_texts, max_size=6))
    # Pieces can join into a tag ("<think" + ">"): inline tags in the answer are
    # reasoning by design, so they are kept out of it (and out of inline thinking).
    assume("<think>" not in "".join(answer))
    assume(dialect != "think" or "</think>" not in "".join(thinking))
    spec = StreamSpec(
        dialect=dialect,
        answer=answer,
        thinking=thinking,
        finish=draw(st.sampled_from(sorted(FINAL))),
        role_first=draw(st.booleans()),
        azure_first=draw(st.booleans()),
        comments=draw(st.lists(st.integers(0, 12), max_size=3)),
        usage=draw(st.booleans()),
        done=draw(st.booleans()),
        timings=draw(st.booleans()),
        no_delta=draw(st.booleans()),
        finish_in_last_chunk=draw(st.booleans()),
        line_end=draw(st.sampled_from(["\n", "\r\n", "\r"])),
        multiline_data=draw(st.booleans()),
        no_space=draw(st.booleans()),
        ids=draw(st.booleans()),
        ascii_json=draw(st.booleans()),
        think_gap=draw(st.sampled_from(["", "\n", "\n\n", " \n\n"])),
    )
    if dialect == "think":
        # Where the content deltas are cut, tags included ("<thi" | "nk>").
        size = len("".join(thinking) + "".join(answer)) + 20
        spec.think_cuts = draw(st.lists(st.integers(1, size), max_size=10))
    return spec


@st.composite
def cut_points(draw: st.DrawFn, size: int) -> list[int]:
    """Byte offsets to cut a body of `size` bytes at: none, a few, or every byte."""
    if size < 2:
        return []
    how = draw(st.sampled_from(["few", "few", "many", "every"]))
    if how == "every":
        return list(range(1, size))
    most = 8 if how == "few" else 200
    return draw(st.lists(st.integers(1, size - 1), max_size=most))


# -- reading them ---------------------------------------------------------------------
@dataclass
class Outcome:
    answer: str
    thinking: str
    status: ReplyStatus
    error: ErrorKind | None


def read(client: ChatClient, server: FakeOpenAIServer, parts: list[Part], **kw: Any) -> Outcome:
    """Stream one reply whose body is `parts`; only `ChatError` may come out of it."""
    server.enqueue(Script(parts=parts, **kw))
    reply = client.stream(HELLO, "m")
    answer: list[str] = []
    thinking: list[str] = []
    error: ErrorKind | None = None
    try:
        for delta in reply:
            assert isinstance(delta, TextDelta | ReasoningDelta)
            assert delta.text  # never an empty delta
            (answer if isinstance(delta, TextDelta) else thinking).append(delta.text)
    except ChatError as failed:
        error = failed.kind
        assert reply.status is ReplyStatus.FAILED
        assert failed.message and "Traceback" not in failed.message
    assert reply.status is not ReplyStatus.STREAMING
    # The reply keeps exactly what it yielded.
    assert reply.text == "".join(answer) and reply.reasoning == "".join(thinking)
    return Outcome("".join(answer), "".join(thinking), reply.status, error)


# -- the properties -------------------------------------------------------------------
@settings(max_examples=examples(60))
@given(spec=stream_specs(), data=st.data())
def test_any_valid_stream_cut_anywhere_reads_like_the_whole_stream(
    client: ChatClient, server: FakeOpenAIServer, spec: StreamSpec, data: st.DataObject
) -> None:
    raw = spec.raw()
    cuts = data.draw(cut_points(len(raw)), label="cuts")
    whole = read(client, server, [raw])
    split = read(client, server, split_bytes(raw, cuts))
    assert split == whole
    assert (whole.answer, whole.thinking) == spec.expected()
    assert whole.status is FINAL[spec.finish] and whole.error is None


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts, inner, max_size=4),
    max_leaves=12,
)
_chunkish = st.fixed_dictionaries(
    {},
    optional={
        "model": _json,
        "usage": _json | st.fixed_dictionaries({}, optional={"prompt_tokens": _json}),
        "error": _json,
        "rivulet_left_out": _json,
        "choices": _json
        | st.lists(
            _json
            | st.fixed_dictionaries(
                {},
                optional={
                    "index": _json,
                    "finish_reason": _json,
                    "delta": _json
                    | st.fixed_dictionaries(
                        {},
                        optional={"content": _json, "reasoning": _json, "reasoning_content": _json},
                    ),
                },
            ),
            max_size=3,
        ),
    },
)


@st.composite
def junk_bodies(draw: st.DrawFn) -> bytes:
    """Random bytes, random lines, random JSON and chunk-like JSON, as SSE or not."""
    kind = draw(st.sampled_from(["bytes", "lines", "json", "chunks"]))
    if kind == "bytes":
        return draw(st.binary(max_size=600))
    if kind == "lines":
        lines = draw(st.lists(st.sampled_from(["data: ", "data:", ": ", "event: ", ""]) | _texts))
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    values = draw(st.lists(_json if kind == "json" else _chunkish, min_size=1, max_size=6))
    ending = draw(st.sampled_from([b"", b"data: [DONE]\n\n"]))
    return b"".join(b"data: " + json.dumps(v).encode() + b"\n\n" for v in values) + ending


@settings(max_examples=examples(150))
@given(body=junk_bodies(), data=st.data())
@example(body=b"data: " + b"[" * 5_000 + b"\n\n", data=None).via("deeply nested JSON")
@example(body=b"data: \xff\xfe\n\n", data=None).via("not UTF-8")
@example(body=b'data: {"error": 1}\n\n', data=None).via("an error that is not an object")
def test_bytes_that_are_not_a_valid_stream_end_in_plain_words(
    client: ChatClient, server: FakeOpenAIServer, body: bytes, data: st.DataObject | None
) -> None:
    cuts: list[int] = []
    kind = "text/event-stream"
    if data is not None:
        cuts = data.draw(cut_points(len(body)), label="cuts")
        kind = data.draw(st.sampled_from([kind, "application/json", "text/plain"]), label="type")
    read(client, server, split_bytes(body, cuts), headers={"Content-Type": kind})


@settings(max_examples=examples(60))
@example(
    body=b'{"choices": [{"message": {"content": "' + b"[" * 5_000 + b'"}}]}',
    data=None,
).via("a whole JSON reply")
@example(body=b"[" * 5_000, data=None).via("a whole JSON reply nested too deeply")
@given(body=st.builds(lambda v: json.dumps(v).encode(), _json | _chunkish), data=st.data())
def test_a_whole_json_body_that_is_not_a_reply_ends_in_plain_words(
    client: ChatClient, server: FakeOpenAIServer, body: bytes, data: st.DataObject | None
) -> None:
    # Servers that ignore stream=true answer with one JSON body (ChatClient._WholeReply).
    read(client, server, [body], headers={"Content-Type": "application/json"})


@settings(max_examples=examples(60))
@given(spec=stream_specs(), data=st.data())
def test_a_stream_cut_short_anywhere_ends_in_plain_words(
    client: ChatClient, server: FakeOpenAIServer, spec: StreamSpec, data: st.DataObject
) -> None:
    raw = spec.raw()
    end = data.draw(st.integers(0, len(raw) - 1), label="end")
    cuts = data.draw(cut_points(end), label="cuts")
    drop = data.draw(st.booleans(), label="drop the connection")
    parts = split_bytes(raw[:end], cuts) + ([Drop()] if drop else [])
    got = read(client, server, parts)
    answer, thinking = spec.expected()
    if spec.dialect != "think":  # a tag cut short at the end is shown as the text it is
        assert answer.startswith(got.answer) and thinking.startswith(got.thinking)
    if got.error is None:  # it got as far as the finish reason
        assert got.status is FINAL[spec.finish]


# -- what the properties found, pinned ------------------------------------------------
def test_keep_alive_comments_after_an_id_field_are_not_events(
    client: ChatClient, server: FakeOpenAIServer
) -> None:
    # Found by the first property: once a server sent `id:`, openai's SSE decoder made an
    # empty event of every later blank line, and the reply failed as "not a valid reply".
    body = b"".join(
        [
            b"id: 1\n" + b"data: " + json.dumps(chunk("Hi")).encode() + b"\n\n",
            b": keep-alive\n\n",
            b"\n\n",
            b"id: 2\n" + b"data: " + json.dumps(chunk(finish="stop")).encode() + b"\n\n",
            b"data: [DONE]\n\n",
        ]
    )
    got = read(client, server, [body])
    assert (got.answer, got.status, got.error) == ("Hi", ReplyStatus.COMPLETE, None)


@pytest.mark.parametrize("streamed", [True, False])
def test_json_nested_too_deeply_is_malformed_not_a_crash(
    client: ChatClient, server: FakeOpenAIServer, streamed: bool
) -> None:
    # Found by the second property: json's decoder raises RecursionError past ~1,000
    # levels, which escaped as a bug ("something went wrong inside Rivulet").
    nested = b"[" * 5_000 + b"]" * 5_000
    body = b"data: " + nested + b"\n\n" if streamed else nested
    kind = "text/event-stream" if streamed else "application/json"
    got = read(client, server, [body], headers={"Content-Type": kind})
    assert got.error is ErrorKind.MALFORMED
