"""The history at scale: start-up, the conversation list, opening a 2,000-message
conversation, and full-text search, with 1x and 10x as many conversations side by side.

1x is 1,000 conversations / 20,000 messages; 10x is 10,000 / 200,000 (issue #3), each
plus one 2,000-message conversation. Figures are medians of 5.
"""

import gc
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

from bench import startup
from core.history.store import DB_NAME, HistoryStore

if TYPE_CHECKING:
    from gui.window.main_window import MainWindow

VOCABULARY = (
    "river stream rivulet water bread yeast flour oven python qt window thread signal "
    "delta token model server reply question answer history search garden tomato "
    "winter summer mountain valley bridge train music guitar piano poem story"
)
WORDS = VOCABULARY.split(" ")
LONG_MESSAGES = 2_000


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def generate(folder: Path, conversations: int, per_conversation: int = 20) -> str:
    """Fill `folder` with a history; returns the id of the 2,000-message conversation."""
    HistoryStore(folder).close()  # the real schema, triggers and all
    rng = random.Random(1)
    now = time.time()
    long_id = uuid.uuid4().hex
    with sqlite3.connect(folder / DB_NAME) as conn:
        conv_rows = []
        message_rows = []
        for c in range(conversations + 1):
            cid = long_id if c == 0 else uuid.uuid4().hex
            count = LONG_MESSAGES if c == 0 else per_conversation
            stamp = now - (conversations - c) * 60 if c else now - conversations * 120
            conv_rows.append((cid, _text(rng, 4), stamp, stamp))
            for seq in range(1, count + 1):
                role = "user" if seq % 2 else "assistant"
                body = _text(rng, 12 if role == "user" else 60)
                message_rows.append(
                    (uuid.uuid4().hex, cid, seq, role, body, "complete", stamp, stamp)
                )
        conn.executemany(
            "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?,?,?,?)",
            conv_rows,
        )
        conn.executemany(
            "INSERT INTO messages (id, conversation_id, seq, role, content, status,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            message_rows,
        )
    return long_id


def _median_ms(action: "object", repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_window(folder: Path, long_id: str) -> dict[str, float]:
    """The list, opening the long chat, and search, in a window over `folder`."""
    from PySide6.QtWidgets import QApplication

    import main

    app = QApplication.instance() or main.create_app()  # collects as the app does
    window = main.create_window(folder)
    window.show()
    while not window.built:  # made in two steps, the second after its first frame
        app.processEvents()
    window.sidebar.finish_loading()
    gc.collect()  # as main.run() does once the window has settled: full collections
    gc.freeze()  # then scan only what came after start-up

    def open_long() -> None:
        window.session.new_conversation()
        window.chats.open_at(long_id, "")
        app.processEvents()  # lay out and paint what was built

    def search() -> None:
        window.sidebar.search.setText("rivulet garden")
        window.sidebar._run_search()

    figures = {
        "list_ms": _median_ms(window.sidebar.reload),
        "open_2000_ms": _median_ms(open_long),
        "search_ms": _median_ms(search),
        "rows": float(len(window.sidebar.model.rows)),
    }
    figures.update(_scroll_up(window))
    window.close()
    window.deleteLater()
    app.processEvents()
    return figures


def _scroll_up(window: "MainWindow") -> dict[str, float]:
    """Scroll up the open 2,000-message chat as a mouse wheel does (120 px every 16 ms)
    for two seconds: the GUI's event-loop gaps while earlier messages are built."""
    import itertools

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    bar = window.view.verticalScrollBar()
    built = len(window.view.messages)
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    wheel = QTimer()
    wheel.setInterval(16)
    wheel.timeout.connect(lambda: bar.setValue(bar.value() - 120))
    done = QEventLoop()
    QTimer.singleShot(2000, done.quit)
    ticker.start()
    wheel.start()
    done.exec()
    wheel.stop()
    ticker.stop()
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(ticks))
    return {
        "scroll_gap_p99_ms": gaps[int(len(gaps) * 0.99)],
        "scroll_gap_max_ms": gaps[-1],
        "scroll_built": float(len(window.view.messages) - built),
    }


WINDOW = """
import json, sys
from pathlib import Path
from bench.history import measure_window
print(json.dumps(measure_window(Path(sys.argv[1]), sys.argv[2])))
"""


def measure_window_apart(folder: Path, long_id: str) -> dict[str, float]:
    """`measure_window` in a process of its own, as a user's window is, not in the one the
    other benchmarks left their heap in (1,000 replies, 1 MB ones): side by side in one
    run, opening the long chat took 92 ms there and 69-84 ms apart (docs/benchmarks.md)."""
    out = subprocess.run(
        [sys.executable, "-c", WINDOW, str(folder), long_id],
        cwd=startup.ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def measure(rounds: int = 5) -> dict[str, dict[str, float]]:
    """Start-up with no history, 1x and 10x, alternating in one run; then the window's
    figures for 1x and 10x."""
    with TemporaryDirectory() as empty, TemporaryDirectory() as one, TemporaryDirectory() as ten:
        long_ids = {"1x": generate(Path(one), 1_000), "10x": generate(Path(ten), 10_000)}
        folders = {"none": empty, "1x": one, "10x": ten}
        starts: dict[str, list[float]] = {size: [] for size in folders}
        wholes: dict[str, list[float]] = {size: [] for size in folders}
        for folder in folders.values():
            startup._one(startup.RIVULET, 2500, folder)  # warm the disk cache
        for _ in range(rounds):
            for size, folder in folders.items():
                ready, _rss, _cpu, whole = startup._one(startup.RIVULET, 2500, folder)
                starts[size].append(ready * 1000)
                wholes[size].append(whole * 1000)
        # The history is opened in the window's second step: "complete" is where it counts.
        results: dict[str, dict[str, float]] = {
            size: {
                "start_ms": statistics.median(starts[size]),
                "complete_ms": statistics.median(wholes[size]),
            }
            for size in folders
        }
        for size in ("1x", "10x"):
            results[size].update(measure_window_apart(Path(folders[size]), long_ids[size]))
            results[size]["start_ratio"] = results[size]["start_ms"] / results["none"]["start_ms"]
            results[size]["complete_ratio"] = (
                results[size]["complete_ms"] / results["none"]["complete_ms"]
            )
    return results
