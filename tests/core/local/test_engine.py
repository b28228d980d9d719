"""The local model server with the real built-in model: answers, Stop, failures, memory."""

import os
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from bench.local_repetition import BEFORE, repeated_run
from core.chat.client import ChatClient
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import TextDelta
from core.config.chat_options import ChatOptions
from core.errors import ChatError, ErrorKind
from core.local.engine import STOP_REPORTS_KEPT, EngineState, EngineStatus, LocalEngine
from core.local.model_files import BUILTIN_MODEL, BUILTIN_SHA256, model_file
from tests.support.noisy_local_server import STOPS, launcher

LONG_PROMPT = "Write a very long story about a lighthouse keeper and the sea. " * 40


def builtin_engine(**kwargs: object) -> LocalEngine:
    return LocalEngine(model_file(""), BUILTIN_MODEL, sha256=BUILTIN_SHA256, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def engine() -> Iterator[LocalEngine]:
    started = builtin_engine()
    started.start()
    yield started
    started.stop()


def text_of(client: ChatClient, prompt: str, options: ChatOptions = ChatOptions()) -> str:
    reply = client.stream([Message(Role.USER, prompt)], BUILTIN_MODEL, options)
    text = "".join(d.text for d in reply if isinstance(d, TextDelta))
    assert reply.status is ReplyStatus.COMPLETE, reply.error
    return text


def test_a_request_sent_while_loading_waits_and_gets_a_real_answer() -> None:
    statuses: list[EngineStatus] = []
    engine = builtin_engine(on_status=lambda _engine, status: statuses.append(status))
    engine.start()
    try:
        # Sent at once: the socket exists before the model is loaded.
        client = ChatClient(engine.endpoint)
        reply = client.stream([Message(Role.USER, "Which city is the capital of France?")], "any")
        deltas = [d.text for d in reply if isinstance(d, TextDelta)]
        assert reply.status is ReplyStatus.COMPLETE
        assert "Paris" in "".join(deltas)
        assert len(deltas) > 3  # streamed a token at a time, not in one piece
        assert reply.usage is not None
        assert reply.usage.prompt_tokens > 10 and reply.usage.completion_tokens >= len(deltas)
        states = [s.state for s in statuses]
        assert states[0] is EngineState.LOADING and EngineState.READY in states
        progress = [s.progress for s in statuses if s.state is EngineState.LOADING]
        assert progress == sorted(progress) and len(progress) > 5  # people see it move
        assert statuses[-1].context == 4096
        client.close()
    finally:
        engine.stop()
    assert engine.wait_until_ended(5).state is EngineState.STOPPED


def test_stop_cuts_the_answer_short_in_the_server_too(engine: LocalEngine) -> None:
    client = ChatClient(engine.endpoint)
    reply = client.stream([Message(Role.USER, LONG_PROMPT)], BUILTIN_MODEL)
    seen = 0
    for delta in reply:
        seen += isinstance(delta, TextDelta)
        if seen == 5:
            reply.stop()
    assert reply.status is ReplyStatus.STOPPED
    report = engine.stop_reports.get(timeout=10)
    # The model stood still right after the client left, not thousands of tokens later.
    assert report.tokens < 100
    # And it is free for the next question at once.
    assert "Paris" in text_of(client, "Which city is the capital of France?")
    client.close()


def test_stop_during_a_long_prompt_stops_reading_it(engine: LocalEngine) -> None:
    client = ChatClient(engine.endpoint)
    # Loaded first: run alone, this test's CPU watch below saw the model loading, and
    # stopped a request that had not reached the model yet (so no report came).
    text_of(client, "Hello")
    # Fresh text (no cached prefix) of ~3,000 tokens: about a second of reading.
    prompt = " ".join(f"Item {n} of the list is the number {n * 7}." for n in range(250))
    reply = client.stream([Message(Role.USER, prompt)], BUILTIN_MODEL)
    errors: queue.Queue[BaseException] = queue.Queue()

    def read() -> None:
        try:
            list(reply)
        except BaseException as error:
            errors.put(error)

    reader = threading.Thread(target=read)
    reader.start()
    # Stop once the server is busy reading the prompt (its CPU time moves).
    stat = Path(f"/proc/{engine.pid}/stat")
    start = _cpu_ticks(stat)
    while _cpu_ticks(stat) < start + 5:
        pass
    reply.stop()
    reader.join(10)
    assert errors.empty()
    report = engine.stop_reports.get(timeout=10)
    assert report.tokens == 0  # cut off before the first word
    client.close()


def test_other_programs_cannot_use_the_server(engine: LocalEngine) -> None:
    assert engine.endpoint.base_url is not None
    response = httpx2.get(f"{engine.endpoint.base_url}/models")
    assert response.status_code == 401
    wrong = httpx2.get(
        f"{engine.endpoint.base_url}/models", headers={"Authorization": "Bearer guess"}
    )
    assert wrong.status_code == 401
    right = httpx2.get(
        f"{engine.endpoint.base_url}/models",
        headers={"Authorization": f"Bearer {engine.endpoint.api_key}"},
    )
    assert right.json()["data"][0]["id"] == BUILTIN_MODEL
    assert engine.endpoint.api_key and engine.endpoint.api_key not in repr(engine)


def test_images_get_a_plain_refusal(engine: LocalEngine) -> None:
    from core.chat.attachments import image_from_bytes

    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082"
    )
    image = image_from_bytes(png, "dot.png")
    client = ChatClient(engine.endpoint)
    reply = client.stream([Message(Role.USER, "What is this?", images=(image,))], "m")
    with pytest.raises(ChatError) as refused:
        list(reply)
    assert refused.value.kind is ErrorKind.BAD_REQUEST
    assert refused.value.message.startswith("This model reads text only")
    client.close()


def test_a_damaged_model_file_gets_a_clear_message(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.gguf"
    damaged.write_bytes(model_file("").read_bytes()[:2_000_000])  # a download cut short
    engine = LocalEngine(damaged, "damaged")
    engine.start()
    try:
        status = engine.wait_until_settled(60)
        assert status.state is EngineState.FAILED
        assert "could not load damaged.gguf" in status.message
        # A chat sent to it hears the same reason, not a connection error.
        client = ChatClient(engine.endpoint)
        reply = client.stream([Message(Role.USER, "hello")], "damaged")
        with pytest.raises(ChatError) as failed:
            list(reply)
        assert failed.value.message == status.message
        client.close()
    finally:
        engine.stop()


def test_a_model_file_that_vanishes_while_loading_fails_and_requests_hear_why(
    tmp_path: Path,
) -> None:
    with model_file("").open("rb") as real:
        header = real.read(24)  # a real model's start: every check of it passes
    # A pipe stands in for the file, so it can be deleted at exactly the wrong moment:
    # after the server checked it and before it reads it.
    vanishing = tmp_path / "vanishing.gguf"
    os.mkfifo(vanishing)

    app_checked = threading.Event()

    def feed() -> None:
        with open(vanishing, "wb", buffering=0) as pipe:  # the app's check
            pipe.write(header)
        # Only the server's process reads the pipe from here on (the app's check is over).
        app_checked.wait(10)
        with open(vanishing, "wb", buffering=0) as pipe:  # the server's own check
            pipe.write(header[:-1])
            vanishing.unlink()  # the user deletes or moves the file
            pipe.write(header[-1:])

    threading.Thread(target=feed, daemon=True).start()
    engine = LocalEngine(vanishing, "vanishing")
    engine.start()
    app_checked.set()
    try:
        status = engine.wait_until_settled(30)  # before the fix: loading for ever
        assert status.state is EngineState.FAILED, status
        assert status.message == f"The model file vanishing.gguf is no longer there ({vanishing})."
        client = ChatClient(engine.endpoint)
        started = time.monotonic()
        with pytest.raises(ChatError) as failed:
            list(client.stream([Message(Role.USER, "hello")], "vanishing"))
        assert failed.value.message == status.message
        assert time.monotonic() - started < 5  # not the 300 s read timeout
        client.close()
    finally:
        engine.stop()


def test_garbled_reports_are_skipped_and_stop_reports_do_not_pile_up(tmp_path: Path) -> None:
    statuses: list[EngineStatus] = []
    engine = builtin_engine(
        python=launcher(tmp_path), on_status=lambda _engine, status: statuses.append(status)
    )
    engine.start()
    try:
        assert engine.wait_until_settled(30).state is EngineState.READY
        assert all(0.0 <= s.progress <= 1.0 for s in statuses)
        kept = [engine.stop_reports.get_nowait() for _ in range(engine.stop_reports.qsize())]
        assert len(kept) == STOP_REPORTS_KEPT
        assert kept[-1].tokens == STOPS - 1  # the newest are kept
        assert engine.endpoint.base_url is not None
        models = httpx2.get(
            f"{engine.endpoint.base_url}/models",
            headers={"Authorization": f"Bearer {engine.endpoint.api_key}"},
        )
        assert models.json()["data"][0]["id"] == BUILTIN_MODEL  # serving as usual
    finally:
        engine.stop()
    assert engine.wait_until_ended(5).state is EngineState.STOPPED


def test_a_built_in_file_that_changed_is_caught_by_its_checksum(tmp_path: Path) -> None:
    changed = tmp_path / "SmolLM2.gguf"
    data = bytearray(model_file("").read_bytes())
    data[-1000] ^= 0xFF  # one flipped byte in the weights: loads, answers gibberish
    changed.write_bytes(bytes(data))
    engine = LocalEngine(changed, BUILTIN_MODEL, sha256=BUILTIN_SHA256)
    engine.start()
    try:
        status = engine.wait_until_settled(60)
        assert status.state is EngineState.FAILED
        assert "damaged" in status.message and "Reinstall" in status.message
    finally:
        engine.stop()


def test_a_text_file_fails_before_any_process_starts(tmp_path: Path) -> None:
    text = tmp_path / "notes.gguf"
    text.write_text("not a model")
    engine = LocalEngine(text, "notes")
    engine.start()
    assert engine.pid is None
    assert engine.status.state is EngineState.FAILED
    assert "not a GGUF model file" in engine.status.message


def test_stopping_ends_the_process_and_frees_its_memory() -> None:
    engine = builtin_engine()
    engine.start()
    assert engine.wait_until_settled(60).state is EngineState.READY
    pid = engine.pid
    assert pid is not None
    resident_kb = _rss_kb(pid)
    assert resident_kb > 100_000  # the model and its cache are in there
    engine.stop()
    assert engine.wait_until_ended(5).state is EngineState.STOPPED
    with pytest.raises(FileNotFoundError):
        _rss_kb(pid)  # the process, and all it held, is gone


def _cpu_ticks(stat: Path) -> int:
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_the_server_does_not_outlive_the_app() -> None:
    # The app's end closes the server's stdin, whether it quits or crashes.
    engine = builtin_engine()
    engine.start()
    assert engine.wait_until_settled(60).state is EngineState.READY
    pid = engine.pid
    assert pid is not None
    process = engine._process
    assert process is not None and process.stdin is not None
    process.stdin.close()  # what the kernel does for a crashed app
    assert process.wait(10) == 0
    status = engine.wait_until_ended(5)
    assert status.state is EngineState.FAILED and "stopped unexpectedly" in status.message
    assert os.environ.get("RIVULET_LOCAL_TOKEN") is None  # the token only went to the child


def test_a_chat_too_long_for_the_model_keeps_its_latest_part_and_says_so(
    engine: LocalEngine,
) -> None:
    client = ChatClient(engine.endpoint)
    filler = " ".join(f"fact{n}" for n in range(300))  # ~600 tokens
    history = [
        Message(Role.USER if n % 2 == 0 else Role.ASSISTANT, f"{n}: {filler}") for n in range(6)
    ]
    reply = client.stream([*history, Message(Role.USER, "What is the capital of France?")], "m")
    text = "".join(d.text for d in reply if isinstance(d, TextDelta))
    assert reply.status in (ReplyStatus.COMPLETE, ReplyStatus.CUT_OFF)
    assert text  # it answered instead of refusing the whole chat
    assert 1 <= reply.left_out < len(history)
    assert reply.usage is not None and reply.usage.prompt_tokens <= 4096 - 1024
    client.close()


def test_asking_the_same_again_gives_a_new_answer_and_a_new_question_a_steady_one(
    engine: LocalEngine,
) -> None:
    client = ChatClient(engine.endpoint)
    first = text_of(client, "Write a two-line poem about the rain.")
    again = text_of(client, "Write a two-line poem about the rain.")  # Regenerate
    assert again != first
    text_of(client, "What is the capital of France?")
    assert text_of(client, "Write a two-line poem about the rain.") == first  # greedy again
    client.close()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            PermissionError(13, "Permission denied", "/m/x.gguf"),
            "Could not read the model file x.gguf: Permission denied.",
        ),
        (OSError(5, "Input/output error", "/m/x.gguf"), "Could not read the model file x.gguf"),
        (OSError(12, "Cannot allocate memory"), "because of an unexpected error (OSError"),
        (KeyError("tokenizer.ggml.tokens"), "because of an unexpected error (KeyError"),
    ],
)
def test_every_load_failure_is_told_in_plain_words(error: Exception, expected: str) -> None:
    from core.local.server import _why_not_loaded

    message = _why_not_loaded(Path("/m/x.gguf"), error)
    assert expected in message
    assert "Traceback" not in message


def test_long_answers_do_not_repeat_themselves_and_stay_steady(engine: LocalEngine) -> None:
    # Issue 18.12: both answers repeated an 8-word run from further back (the poem and
    # the explanation then went round in circles); DRY stops that, still deterministically.
    client = ChatClient(engine.endpoint)
    limit = ChatOptions(max_tokens=400)
    answers = []
    for prompt in ("Write a poem about autumn leaves.", "Explain how photosynthesis works."):
        reply = client.stream([Message(Role.USER, prompt)], BUILTIN_MODEL, limit)
        answers.append("".join(d.text for d in reply if isinstance(d, TextDelta)))
        assert repeated_run(answers[-1]) == ""
        assert reply.status is ReplyStatus.COMPLETE  # ended by itself, well within 400
    poem, photosynthesis = answers
    assert "leaves" in poem.lower() and "plants" in photosynthesis.lower()
    assert text_of(client, "Write a poem about autumn leaves.", limit) == poem
    client.close()


def test_the_server_takes_llama_cpp_sampling_fields(engine: LocalEngine) -> None:
    # The settings before issue 18.12, sent as llama.cpp's own server names them: the
    # poem repeats itself again (so the fields reach the sampler, and the bench's
    # "before" is what it says).
    assert engine.endpoint.base_url is not None
    response = httpx2.post(
        f"{engine.endpoint.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {engine.endpoint.api_key}"},
        json={
            "messages": [{"role": "user", "content": "Write a poem about autumn leaves."}],
            "max_tokens": 400,
            **BEFORE,
        },
        timeout=120,
    )
    assert repeated_run(response.json()["choices"][0]["message"]["content"]) != ""
