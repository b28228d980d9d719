"""Cold start to a visible, typeable window, and idle memory: Rivulet versus bare PySide6."""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent

# Each child prints "ready" when its text field's first frame is painted in a shown,
# exposed window and has keyboard focus (seen the same way in both: the field's first
# paint), then idles for a while so its memory can be read. Rivulet's window is made in
# two steps (gui/window/main_window.py); it also prints "complete" at the conversation's
# first paint after the second: the sidebar, the header and the chat are on screen.
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication(sys.argv)
w = QPlainTextEdit(); w.setWindowTitle("bare"); w.resize(980, 760); w.setFocus(); w.show()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        painted = event.type() == QEvent.Type.Paint
        if painted and w.windowHandle().isExposed() and w.focusWidget() is w:
            print("ready", flush=True); watched.removeEventFilter(self)
        return False
painted = FirstPaint(); w.viewport().installEventFilter(painted)
QTimer.singleShot(int(sys.argv[1]), app.quit)
app.exec()
"""

RIVULET = """
import sys, main
from PySide6.QtCore import QEvent, QObject, QTimer
from pathlib import Path
app = main.create_app()
w = main.create_window(Path(sys.argv[2]))
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and w.windowHandle().isExposed()
            and w.focusWidget() is w.prompt
        ):
            print("ready", flush=True); watched.removeEventFilter(self)
        return False
painted = FirstPaint(); w.prompt.viewport().installEventFilter(painted)
class WholePaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("complete", flush=True); watched.removeEventFilter(self)
        return False
whole = WholePaint()
w.when_built(lambda: w.view.viewport().installEventFilter(whole))
QTimer.singleShot(int(sys.argv[1]), w.close)
sys.exit(main.run(app, w))
"""


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextmanager
def app_started(
    code: str, *args: str, folder: str, signal: str
) -> Iterator[tuple["subprocess.Popen[str]", float]]:
    """Run `code` (a script that prints `signal` when its moment comes) on a data folder
    as a fresh start; yields the process and the seconds until it printed, then waits
    for it to end."""
    env = dict(os.environ, RIVULET_DATA_DIR=folder)
    # As on a user's machine, where Python caches compiled modules; some shells (this
    # project's CI among them) turn that off, which would time compiling, not starting.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        seconds = time.perf_counter() - started
        assert line.strip() == signal, line
        yield proc, seconds
        proc.wait(timeout=30)


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system) the process has used so far: steadier than wall time on
    a shared machine, though only to the clock tick (10 ms)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _one(code: str, idle_ms: int, folder: str) -> tuple[float, float, float, float]:
    """Seconds to ready, idle RSS in MB, CPU ms used up to ready, and seconds to
    complete (Rivulet's whole window; the same as ready for the bare one)."""
    with app_started(code, str(idle_ms), folder, folder=folder, signal="ready") as (proc, ready):
        cpu = _cpu_ms(proc.pid)
        complete = ready
        if code is RIVULET:
            started = time.perf_counter() - ready
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "complete"
            complete = time.perf_counter() - started
        time.sleep(min(2.0, idle_ms / 1000 - 0.5))  # idle, then read memory
        rss = _rss_mb(proc.pid)
    return ready, rss, cpu, complete


def measure(rounds: int = 5) -> dict[str, float]:
    bare_times, app_times, bare_rss, app_rss, bare_cpu, app_cpu = [], [], [], [], [], []
    app_complete = []
    with TemporaryDirectory() as folder:
        _one(RIVULET, 3000, folder)  # warm the disk cache and write .pyc files for both
        for _ in range(rounds):
            t, m, c, _ = _one(BARE, 3000, folder)
            bare_times.append(t)
            bare_rss.append(m)
            bare_cpu.append(c)
            t, m, c, whole = _one(RIVULET, 3000, folder)
            app_times.append(t)
            app_complete.append(whole)
            app_rss.append(m)
            app_cpu.append(c)
    med = statistics.median
    return {
        "bare_start_ms": med(bare_times) * 1000,
        "app_start_ms": med(app_times) * 1000,
        "start_ratio": med(app_times) / med(bare_times),
        "app_complete_ms": med(app_complete) * 1000,
        "complete_ratio": med(app_complete) / med(bare_times),
        "bare_cpu_ms": med(bare_cpu),
        "app_cpu_ms": med(app_cpu),
        "cpu_ratio": med(app_cpu) / med(bare_cpu),
        "bare_idle_rss_mb": med(bare_rss),
        "app_idle_rss_mb": med(app_rss),
    }
