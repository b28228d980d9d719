"""Streaming throughput: Rivulet's whole path into a visible window versus a raw SSE loop
(the fastest a Python client reads the stream) and a bare `openai` loop.

All read the same 20,000-delta reply from the same loopback server in the same run,
alternating, so the machine's noise hits them alike. Figures are medians over rounds.
The server runs in a process of its own, as a real one does (`bench.server_process`):
before 2026-12-04 it ran in the bench's process and took the GIL for every chunk it wrote.
"""

import gc
import io
import itertools
import json
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

from openai import OpenAI

from bench.server_process import ServerProcess
from tests.support.fake_openai import FakeOpenAIServer, reply_script

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

Server = FakeOpenAIServer | ServerProcess

DELTAS = 20_000


def _app() -> "QApplication":
    """The QApplication, collecting cycles on its thread only, as main.create_app does."""
    from PySide6.QtWidgets import QApplication

    from gui.collector import GuiThreadCollector

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([])
    GuiThreadCollector(app).start()
    return app


CODE = [
    "```python\n",
    "def",
    " flow",
    "(rate",
    ": float",
    ") ->",
    " float",
    ":\n",
    "    return",
    " rate",
    " * 2",
    "\n```\n\n",
]


def reply_deltas(count: int = DELTAS) -> list[str]:
    """Word-sized deltas of a long Markdown answer: paragraphs with **bold** and
    `code`, and a fenced code block after every fifth paragraph."""
    words = ["The", " river", " **runs**", " past", " the", " `mill`", ",", " and", " über", " 水"]
    out: list[str] = []
    paragraph = 0
    while len(out) < count:
        out += [words[i % len(words)] for i in range(119)] + [".\n\n"]
        paragraph += 1
        if paragraph % 5 == 0:
            out += CODE
    return out[:count]


def giant_paragraph(size: int = 1_000_000, delta: int = 50) -> list[str]:
    """One paragraph of `size` characters (no newline), in `delta`-sized pieces."""
    text = ("flow " * (size // 5 + 1))[:size]
    return [text[i : i + delta] for i in range(0, size, delta)]


@dataclass
class Run:
    deltas_per_s: float
    first_delta_s: float
    stall_p99_ms: float = 0.0
    stall_max_ms: float = 0.0
    early_p90_ms: float = 0.0  # event-loop gaps in the run's first fifth
    late_p90_ms: float = 0.0  # and in its last: a frame must not cost more as text grows


def bare_sdk_loop(server: Server, deltas: list[str]) -> Run:
    """The starting point: `for chunk in stream: print(chunk.choices[0].delta.content)`."""
    server.enqueue(reply_script(deltas))
    client = OpenAI(base_url=server.base_url, api_key="bench")
    sink = io.StringIO()
    started = time.perf_counter()
    first = None
    count = 0
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "go"}], stream=True
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            if first is None:
                first = time.perf_counter()
            print(chunk.choices[0].delta.content, file=sink)
            count += 1
    ended = time.perf_counter()
    client.close()
    assert count == len(deltas), count
    assert first is not None
    return Run(count / (ended - started), first - started)


def raw_sse_loop(server: Server, deltas: list[str]) -> Run:
    """The fastest a Python client reads this stream: the HTTP client openai itself uses
    (`httpx2`) streaming the bytes, SSE events split by hand, `json.loads` per data line,
    the content appended to a list. No pydantic model per chunk (Rivulet builds none)."""
    import httpx2

    server.enqueue(reply_script(deltas))
    parts: list[str] = []
    first = None
    body = {"model": "m", "messages": [{"role": "user", "content": "go"}], "stream": True}
    with httpx2.Client(timeout=60) as client:
        started = time.perf_counter()
        with client.stream(
            "POST",
            f"{server.base_url}/chat/completions",
            json=body,
            headers={"Authorization": "Bearer bench"},
        ) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    break
                choices = json.loads(data).get("choices")
                if choices:
                    content = choices[0].get("delta", {}).get("content")
                    if content:
                        if first is None:
                            first = time.perf_counter()
                        parts.append(content)
        ended = time.perf_counter()
    assert "".join(parts) == "".join(deltas), len(parts)
    assert first is not None
    return Run(len(parts) / (ended - started), first - started)


def signal_ceiling(server: Server, deltas: list[str]) -> Run:
    """What the design's one queued signal per delta allows at most: Rivulet's client and
    `StreamWorker` on a QThread, each delta a signal into a GUI-thread slot that only
    keeps it (no session, no window, no rendering)."""
    from PySide6.QtCore import QEventLoop, QThread

    from core.chat.client import ChatClient
    from core.chat.conversation import Message, Role
    from core.config.providers import Endpoint
    from gui.chat.stream_worker import StreamWorker, WorkerLink

    _app()
    server.enqueue(reply_script(deltas))
    client = ChatClient(Endpoint(server.base_url, "bench"))
    worker = StreamWorker(client.stream([Message(Role.USER, "go")], "m"))
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    link = WorkerLink(worker)  # the acknowledgements the worker's flow control waits for
    parts: list[str] = []
    first: list[float] = []

    def keep(text: str) -> None:
        if not first:
            first.append(time.perf_counter())
        parts.append(text)

    link.delta_received.connect(keep)
    done = QEventLoop()
    link.finished.connect(done.quit)
    started = time.perf_counter()
    thread.start()
    done.exec()
    ended = time.perf_counter()
    thread.quit()
    thread.wait()
    client.close()
    assert "".join(parts) == "".join(deltas), len(parts)
    return Run(len(parts) / (ended - started), first[0] - started)


def app_path(
    server: Server,
    deltas: list[str],
    *,
    checkpoints: bool = True,
    long_chat_open: bool = False,
) -> Run:
    """The same reply through ChatClient -> QThread -> signal per delta -> the window
    (with `long_chat_open`, into a 2,000-message conversation opened first)."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer

    from core.chat.client import ChatClient
    from core.config.settings import Settings, SettingsStore
    from core.history.store import HistoryStore
    from gui.window.main_window import MainWindow, WindowParts

    app = _app()
    server.enqueue(reply_script(deltas))
    with TemporaryDirectory() as folder:
        if long_chat_open:
            from bench.history import generate

            generate(Path(folder), conversations=0)  # the 2,000-message one: opened at start
        store = SettingsStore(Path(folder))
        store.save(Settings.single(base_url=server.base_url, model="m"), environ={})
        window = MainWindow(store, WindowParts(ChatClient, HistoryStore(Path(folder))))
        window.show()
        if long_chat_open:
            assert len(window.session.conversation) == 2_000
        gc.collect()  # as main.run() does once the window has settled
        gc.freeze()
        loop = QEventLoop()
        QTimer.singleShot(200, loop.quit)  # let the window appear and settle
        loop.exec()

        clock = QElapsedTimer()
        ticks: list[int] = []
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(1)
        first: list[float] = []
        session = window.session

        def on_tick() -> None:
            ticks.append(clock.nsecsElapsed())
            if not first and session.draft.parts:  # the first delta reached the GUI thread
                first.append(time.perf_counter())

        ticker.timeout.connect(on_tick)
        done = QEventLoop()
        window.session.reply_ended.connect(done.quit)

        # As when a person types: the first keystroke starts making the client, and
        # renders a small hidden reply once (gui/reply_view/conversation_view.warm_up),
        # done by the time a person has typed a question.
        window.prompt.setPlainText("go")
        future = window.session._run.clients.future
        assert future is not None
        future.result()
        while not window.view.warm_done:
            app.processEvents()
        if not checkpoints:  # for the A/B: the reply is written only when it ends
            window.session._run._checkpoint_timer.setInterval(10**9)

        clock.start()
        ticker.start()
        started = time.perf_counter()
        window.question.submit()  # commits the prompt, then sends it
        done.exec()
        window.view.messages[-1].flush()
        app.processEvents()
        ended = time.perf_counter()
        ticker.stop()
        message = window.session.conversation.last
        assert message is not None and message.content == "".join(deltas)
        window.close()
        window.deleteLater()
        # processEvents() leaves deferred deletes alone: without this, the old window's
        # widgets were destroyed during the next round's stream (a ~150 ms stall there).
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    gaps = [(b - a) / 1e6 for a, b in itertools.pairwise(ticks)]
    if os.environ.get("RIVULET_BENCH_WHERE") and gaps:
        worst = max(range(len(gaps)), key=gaps.__getitem__)
        print(f"  longest gap {gaps[worst]:.1f} ms at {ticks[worst] / 1e6:.0f} ms into the run")
    fifth = len(gaps) // 5
    early, late = sorted(gaps[:fifth]), sorted(gaps[-fifth:]) if fifth else []
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    return Run(
        len(deltas) / (ended - started),
        first[0] - started,
        p99,
        max(gaps, default=0.0),
        early[int(len(early) * 0.9)] if early else 0.0,
        late[int(len(late) * 0.9)] if late else 0.0,
    )


def measure(rounds: int = 5) -> dict[str, float]:
    deltas = reply_deltas()
    bare: list[Run] = []
    raw: list[Run] = []
    ceiling: list[Run] = []
    app: list[Run] = []
    unsaved: list[Run] = []
    long_chat: list[Run] = []
    with ServerProcess() as server:
        bare_sdk_loop(server, deltas[:500])  # warm up imports and the server
        raw_sse_loop(server, deltas[:500])
        for _ in range(rounds):
            raw.append(raw_sse_loop(server, deltas))
            ceiling.append(signal_ceiling(server, deltas))
            bare.append(bare_sdk_loop(server, deltas))
            app.append(app_path(server, deltas))
            unsaved.append(app_path(server, deltas, checkpoints=False))
            long_chat.append(app_path(server, deltas, long_chat_open=True))
    med = statistics.median
    results = {
        "raw_deltas_per_s": med(r.deltas_per_s for r in raw),
        "raw_first_delta_ms": med(r.first_delta_s for r in raw) * 1000,
        "bare_deltas_per_s": med(r.deltas_per_s for r in bare),
        "app_deltas_per_s": med(r.deltas_per_s for r in app),
        "bare_first_delta_ms": med(r.first_delta_s for r in bare) * 1000,
        "app_first_delta_ms": med(r.first_delta_s for r in app) * 1000,
        "app_stall_p99_ms": med(r.stall_p99_ms for r in app),
        "app_stall_max_ms": max(r.stall_max_ms for r in app),
    }
    results["ceiling_deltas_per_s"] = med(r.deltas_per_s for r in ceiling)
    results["ceiling_ratio"] = results["ceiling_deltas_per_s"] / results["raw_deltas_per_s"]
    results["rate_ratio"] = results["app_deltas_per_s"] / results["bare_deltas_per_s"]
    results["raw_rate_ratio"] = results["app_deltas_per_s"] / results["raw_deltas_per_s"]
    results["long_chat_deltas_per_s"] = med(r.deltas_per_s for r in long_chat)
    results["long_chat_ratio"] = results["long_chat_deltas_per_s"] / results["bare_deltas_per_s"]
    results["long_chat_stall_p99_ms"] = med(r.stall_p99_ms for r in long_chat)
    results["long_chat_stall_max_ms"] = max(r.stall_max_ms for r in long_chat)
    results["no_checkpoint_deltas_per_s"] = med(r.deltas_per_s for r in unsaved)
    results["checkpoint_cost"] = (
        1 - results["app_deltas_per_s"] / results["no_checkpoint_deltas_per_s"]
    )
    return results


def measure_growth(rounds: int = 3, times: int = 5) -> dict[str, float]:
    """A reply `times` the usual length (5x: ~0.5 MB of Markdown): the GUI's event-loop
    gaps (p90) in its first fifth and in its last, which are equal when no frame costs
    more as the reply grows."""
    runs: list[Run] = []
    with ServerProcess() as server:
        for _ in range(rounds):
            runs.append(app_path(server, reply_deltas(DELTAS * times)))
    early = statistics.median(r.early_p90_ms for r in runs)
    late = statistics.median(r.late_p90_ms for r in runs)
    return {"early_p90_ms": early, "late_p90_ms": late, "growth_ratio": late / early}


def measure_giants(rounds: int = 3) -> dict[str, float]:
    """The longest GUI stall with a 1 MB one-paragraph reply, streamed and as one delta."""
    streamed: list[Run] = []
    single: list[Run] = []
    with ServerProcess() as server:
        for _ in range(rounds):
            streamed.append(app_path(server, giant_paragraph()))
            single.append(app_path(server, ["".join(giant_paragraph())]))
    return {
        "paragraph_stall_max_ms": max(r.stall_max_ms for r in streamed),
        "paragraph_stall_p99_ms": statistics.median(r.stall_p99_ms for r in streamed),
        "paragraph_deltas_per_s": statistics.median(r.deltas_per_s for r in streamed),
        "single_delta_stall_max_ms": max(r.stall_max_ms for r in single),
    }


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure_memory(replies: int = 1_000, per_chat: int = 10) -> dict[str, float]:
    """Resident memory after 100 and after `replies` short Markdown replies in one window,
    starting a new chat every `per_chat` replies (as a person does): flat means no leak."""
    from PySide6.QtCore import QEventLoop, QTimer

    from core.chat.client import ChatClient
    from core.config.settings import Settings, SettingsStore
    from core.history.store import HistoryStore
    from gui.window.main_window import MainWindow, WindowParts

    app = _app()
    reply = ["Here", " is", " **a**", " reply", " with", " `code`:\n\n", *CODE, "Done."]
    marks: dict[int, float] = {}
    with FakeOpenAIServer() as server, TemporaryDirectory() as folder:
        server.default_script = reply_script(reply)
        store = SettingsStore(Path(folder))
        store.save(Settings.single(base_url=server.base_url, model="m"), environ={})
        window = MainWindow(store, WindowParts(ChatClient, HistoryStore(Path(folder))))
        window.show()
        gc.freeze()
        for n in range(1, replies + 1):
            done = QEventLoop()
            window.session.reply_ended.connect(done.quit)
            window.prompt.setPlainText(f"question {n}")
            window.question.submit()
            QTimer.singleShot(10_000, done.quit)  # a safety net, never reached in practice
            done.exec()
            window.session.reply_ended.disconnect(done.quit)
            if n % per_chat == 0:
                window.new_chat()
            if n in (100, replies):
                for _ in range(3):  # let deleteLater and the store's writes settle
                    app.processEvents()
                gc.collect()
                marks[n] = _rss_mb()
        window.close()
        app.processEvents()
    return {
        "rss_after_100_mb": marks[100],
        "rss_after_all_mb": marks[replies],
        "growth": marks[replies] / marks[100] - 1,
    }
