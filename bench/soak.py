"""Soak: hundreds of replies in one real window, with people doing things at the wrong moment.

`python -m bench.soak [replies]` (500 by default; about two minutes). One window, made as
`main.py` makes it (logging to a file, Qt's messages in the log, the qasync loop running),
talks to the loopback server. Each turn sends a prompt, and the server and the "user" do
one of: answer, fail (HTTP errors, an error event, a dropped connection, malformed JSON,
a web page), or get stopped at a random moment (before the answer starts, mid-answer,
by Stop or by switching chats in the sidebar). Every few turns: New chat, or another chat
opened from the sidebar.

Afterwards it prints what it found: errors and exceptions (log records at WARNING and
above, sys.excepthook, threading.excepthook, the asyncio loop's handler), threads and
file descriptors after warm-up and at the end, threads left once the window is closed,
and resident memory after warm-up and at the end. It exits 1 when an error was seen, a
turn never ended, or threads/descriptors grew; memory and timings are figures to read,
not pass/fail.
"""

import asyncio
import gc
import logging
import os
import random
import sys
import threading
import time
import types
from collections import Counter
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from tests.support.fake_openai import (
    Drop,
    FakeOpenAIServer,
    Part,
    Pause,
    Script,
    chunk,
    error_script,
    sse,
    usage_chunk,
)

REPLIES = 500
WARM_UP = 50
TURN_DEADLINE_S = 20.0  # a turn that has not ended by then counts as stuck
SEED = 16
# Qt's offscreen platform says this for every top-level window; it is not our code (the
# tests ignore it too: qt_log_ignore in pyproject.toml).
IGNORED = {"This plugin does not support propagateSizeHints()"}


# -- what the server does ---------------------------------------------------------------
def _paced(deltas: list[str], pause: float, *, reasoning: bool = False) -> list[Part]:
    parts: list[Part] = [sse(chunk(role=True))]
    if reasoning:
        think = chunk()
        think["choices"][0]["delta"] = {"content": None, "reasoning_content": "Let me see. "}
        parts.append(sse(think))
    for delta in deltas:
        parts += [Pause(pause), sse(chunk(delta))]
    return parts


def _ending() -> list[Part]:
    return [sse(chunk(finish="stop")), sse(usage_chunk()), b"data: [DONE]\n\n"]


ANSWER = [
    "Here",
    " is",
    " **an**",
    " answer",
    " with",
    " `code`:\n\n",
    "```python\n",
    "def f(x):\n",
    "    return x * 2\n",
    "```\n\n",
    "And a [link](https://example.com).",
]


def answer_script(rng: random.Random) -> Script:
    return Script(parts=[*_paced(ANSWER, 0.001, reasoning=rng.random() < 0.3), *_ending()])


def long_script() -> Script:
    """About 0.6 s of answer: long enough to be stopped at a random moment."""
    words = [f" word{i}" + ("\n\n" if i % 40 == 39 else "") for i in range(300)]
    return Script(parts=[*_paced(words, 0.002), *_ending()])


def failure_script(rng: random.Random) -> tuple[str, Script]:
    partial = _paced(["Partial", " answer"], 0.001)
    choices: list[tuple[str, Script]] = [
        ("HTTP 500", error_script(500, "The server had an error")),
        ("HTTP 429", error_script(429, "Slow down", headers={"Retry-After": "2"})),
        ("HTTP 401", error_script(401, "Incorrect API key provided: sk-soak")),
        ("error event", Script(parts=[*partial, sse({"error": {"message": "overloaded"}})])),
        ("dropped", Script(parts=[*partial, Drop()])),
        ("malformed JSON", Script(parts=[*partial, b"data: {not json\n\n"])),
        ("cut short", Script(parts=partial)),
        (
            "web page",
            Script(
                status=502,
                headers={"Content-Type": "text/html"},
                parts=[b"<html><body>Bad gateway</body></html>"],
            ),
        ),
    ]
    return rng.choice(choices)


def next_turn(rng: random.Random) -> tuple[str, Script]:
    """What happens this turn, and what the server sends for it."""
    roll = rng.random()
    if roll < 0.45:
        return "answer", answer_script(rng)
    if roll < 0.7:
        return failure_script(rng)
    if roll < 0.8:
        # Slow to answer (a server loading its model), and stopped before it does.
        return "stop before headers", Script(parts=long_script().parts, delay_before_headers=0.5)
    if roll < 0.92:
        return "stop mid-answer", long_script()
    return "switch chat mid-answer", long_script()


# -- what is watched ------------------------------------------------------------------
class Problems(logging.Handler):
    """Collects log records at WARNING and above, and every uncaught exception."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() in IGNORED:
            return
        text = f"log {record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            text += f" ({type(record.exc_info[1]).__name__}: {record.exc_info[1]})"
        self.seen.append(text)

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        _tb: types.TracebackType | None,
    ) -> None:
        self.seen.append(f"uncaught {kind.__name__}: {value}")
        sys.__excepthook__(kind, value, _tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self.seen.append(f"uncaught in thread {args.thread}: {args.exc_type.__name__}")

    def loop_handler(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        self.seen.append(f"asyncio: {context.get('message')} {context.get('exception')!r}")


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def trimmed_rss_mb() -> float:
    """RSS once the C allocator has handed its free pages back to the system (glibc):
    what is left is memory in use, not memory kept for reuse."""
    import ctypes

    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()


def os_threads() -> int:
    return len(os.listdir("/proc/self/task"))


def os_thread_names() -> Counter[str]:
    names: Counter[str] = Counter()
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/comm") as comm:
            names[comm.read().strip()] += 1
    return names


def fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def python_threads() -> Counter[str]:
    """Live Python threads by name (numbers stripped: pools number their workers)."""
    return Counter(t.name.rstrip("0123456789_-") for t in threading.enumerate() if t.is_alive())


def snapshot() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    gc.collect()
    return {
        "rss_mb": rss_mb(),
        "os_threads": os_threads(),
        "fds": fds(),
        "python_threads": python_threads(),
        "os_thread_names": os_thread_names(),
        "widgets": len(QApplication.allWidgets()),
        "objects": Counter(type(o).__name__ for o in gc.get_objects()),
    }


# -- the soak -------------------------------------------------------------------------
async def settle(seconds: float = 0.3) -> None:
    """Let deleteLater, the store's writes and late signals run."""
    await asyncio.sleep(seconds)


async def turn_ends(window: Any) -> bool:
    deadline = time.monotonic() + TURN_DEADLINE_S
    while window.session.is_busy:
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.002)
    return True


async def soak(window: Any, server: FakeOpenAIServer, replies: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    while not window.built:  # the window is made in two steps, the second after its first frame
        await asyncio.sleep(0.01)
    rng = random.Random(SEED)
    counts: Counter[str] = Counter()
    endings: Counter[str] = Counter()
    window.session.reply_ended.connect(lambda message: endings.update([message.status.value]))
    stuck = 0
    requests = 0
    marks: dict[str, Any] = {}
    started = time.monotonic()

    def click(widget: Any, pos: Any = None) -> None:
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), pos)

    def switch_chat() -> bool:
        """Click another chat in the sidebar, as a person would."""
        sidebar = window.sidebar
        rows = sidebar.model.rowCount()
        if rows < 2:
            return False
        index = sidebar.model.index(rng.randrange(rows))
        spot = sidebar.list.visualRect(index).center()
        if spot.y() < 0 or spot.y() > sidebar.list.viewport().height():
            sidebar.list.scrollTo(index)
            spot = sidebar.list.visualRect(index).center()
        click(sidebar.list.viewport(), spot)
        return True

    for n in range(1, replies + 1):
        action, script = next_turn(rng)
        # This turn's answer, whenever its request comes (a Stop can come before it does).
        server.default_script = script
        counts[action] += 1
        window.prompt.setPlainText(f"Question {n}: tell me something.")
        window.prompt.setFocus()
        click(window.send_button)
        if action.startswith("stop") or action.startswith("switch"):
            await asyncio.sleep(rng.uniform(0.0, 0.25))  # a random moment
            if action.startswith("switch") and switch_chat():
                pass
            elif window.session.is_busy:
                click(window.send_button)  # the Send button is Stop while a reply streams
        if not await turn_ends(window):
            stuck += 1
            print(f"  turn {n} ({action}) did not end in {TURN_DEADLINE_S:.0f} s", flush=True)
            window.session.stop()
            await turn_ends(window)
        requests += len(server.chat_requests)
        server.requests.clear()  # the server's record of bodies would grow with the soak
        if n % 7 == 0:
            counts["new chat"] += 1
            window.new_chat()
        elif n % 5 == 0 and switch_chat():
            counts["switch chat"] += 1
        if n % 100 == 0:
            gc.collect()
            print(
                f"  {n} replies, {time.monotonic() - started:.0f} s, RSS {rss_mb():.1f} MB",
                flush=True,
            )
        if n == replies // 2:
            await settle()
            marks["half"] = snapshot()
        if n == min(WARM_UP, replies // 2):
            await settle()
            marks["warm"] = snapshot()
            marks["warm_s"] = time.monotonic() - started
    window.new_chat()
    await settle(1.0)
    marks["end"] = snapshot()
    marks["end_trimmed_mb"] = trimmed_rss_mb()
    marks["seconds"] = time.monotonic() - started
    marks["counts"] = counts
    marks["endings"] = endings
    marks["stuck"] = stuck
    marks["requests"] = requests + len(server.chat_requests)
    return marks


def main(argv: list[str]) -> int:
    replies = int(argv[1]) if len(argv) > 1 else REPLIES
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems = Problems()
    sys.excepthook = problems.excepthook
    threading.excepthook = problems.thread_excepthook

    from PySide6.QtWidgets import QApplication
    from qasync import QEventLoop

    from core.config.settings import Settings, SettingsStore
    from main import create_app, create_window

    app = QApplication.instance() or create_app()
    assert isinstance(app, QApplication)
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(problems.loop_handler)
    before = snapshot()
    with TemporaryDirectory() as folder, FakeOpenAIServer() as server:
        SettingsStore(Path(folder)).save(
            Settings.single(api_key="sk-soak-key", base_url=server.base_url, model="m"),
            environ={},
        )
        window = create_window(Path(folder))  # file logging and Qt messages, as the app
        logging.getLogger().addHandler(problems)
        window.show()
        with loop:
            marks = loop.run_until_complete(soak(window, server, replies))
            window.close()
            loop.run_until_complete(settle(1.0))
        app.processEvents()
        log_text = (Path(folder) / "rivulet.log").read_text(encoding="utf-8", errors="replace")
    after = snapshot()
    return report(
        replies=replies,
        marks=marks,
        before=before,
        after=after,
        seen=problems.seen,
        log_text=log_text,
    )


def report(
    *,
    replies: int,
    marks: dict[str, Any],
    before: dict[str, Any],
    after: dict[str, Any],
    seen: list[str],
    log_text: str,
) -> int:
    warm, end = marks["warm"], marks["end"]
    seconds = marks["seconds"]
    requests = marks["requests"]
    print(f"Soak: {replies} replies in one window, {seconds:.0f} s ({requests} chat requests)")
    print("  turns: " + ", ".join(f"{k} {v}" for k, v in sorted(marks["counts"].items())))
    print("  replies ended: " + ", ".join(f"{k} {v}" for k, v in sorted(marks["endings"].items())))
    print(f"  turns that never ended: {marks['stuck']}")
    tracebacks = log_text.count("Traceback")
    print(f"  errors and exceptions seen: {len(seen)}  (tracebacks in rivulet.log: {tracebacks})")
    for line in seen[:10]:
        print(f"    {line[:160]}")
    growth = end["rss_mb"] / warm["rss_mb"] - 1
    print(
        f"  RSS after {min(WARM_UP, replies // 2)} replies {warm['rss_mb']:.1f} MB, "
        f"after {replies} {end['rss_mb']:.1f} MB: {growth:+.1%} (target <= +10%)"
    )
    trimmed = marks["end_trimmed_mb"]
    print(
        f"  RSS at the end once malloc_trim(0) returned free heap pages: {trimmed:.1f} MB "
        f"({trimmed / warm['rss_mb'] - 1:+.1%} on the warm-up figure)"
    )
    half = marks["half"]["rss_mb"]
    print(
        f"  RSS after {replies // 2} replies {half:.1f} MB: second half "
        f"{end['rss_mb'] / half - 1:+.1%}"
    )
    print(
        f"  OS threads  after warm-up {warm['os_threads']}, at the end {end['os_threads']}"
        f"   file descriptors  after warm-up {warm['fds']}, at the end {end['fds']}"
    )
    print(
        f"  before the window: {before['os_threads']} OS threads, {before['fds']} fds; "
        f"after closing it: {after['os_threads']} OS threads, {after['fds']} fds"
    )
    print(f"  OS threads after closing it: {dict(after['os_thread_names'])}")
    left = after["python_threads"] - before["python_threads"]
    print(f"  Python threads left after closing the window: {dict(left) or 'none'}")
    print(f"  widgets after warm-up {warm['widgets']}, at the end {end['widgets']}")
    objects = end["objects"] - warm["objects"]
    print(
        f"  Python objects after warm-up {warm['objects'].total()}, "
        f"at the end {end['objects'].total()}; most grown: "
        + ", ".join(f"{name} +{count}" for name, count in objects.most_common(5))
    )
    grew = end["os_threads"] > warm["os_threads"] or end["fds"] > warm["fds"]
    failed = bool(seen) or tracebacks > 0 or marks["stuck"] > 0 or grew
    print("  result: " + ("PROBLEMS (see above)" if failed else "clean"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
