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

# Each child prints "ready" once its window is shown, exposed and has keyboard focus
# in a text field, then idles for a while so its memory can be read.
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication(sys.argv)
w = QPlainTextEdit(); w.setWindowTitle("bare"); w.resize(980, 760); w.show()
def check():
    if w.windowHandle() and w.windowHandle().isExposed():
        w.setFocus(); app.processEvents()
        print("ready", flush=True); timer.stop()
timer = QTimer(); timer.timeout.connect(check); timer.start(1)
QTimer.singleShot(int(sys.argv[1]), app.quit)
app.exec()
"""

RIVULET = """
import sys, main
from PySide6.QtCore import QTimer
from pathlib import Path
app = main.create_app()
w = main.create_window(Path(sys.argv[2]))
w.show()
def check():
    if w.windowHandle() and w.windowHandle().isExposed() and w.focusWidget() is w.prompt:
        print("ready", flush=True); timer.stop()
timer = QTimer(); timer.timeout.connect(check); timer.start(1)
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


def _one(code: str, idle_ms: int, folder: str) -> tuple[float, float, float]:
    """Seconds to ready, idle RSS in MB, and CPU ms used up to ready."""
    with app_started(code, str(idle_ms), folder, folder=folder, signal="ready") as (proc, ready):
        cpu = _cpu_ms(proc.pid)
        time.sleep(min(2.0, idle_ms / 1000 - 0.5))  # idle, then read memory
        rss = _rss_mb(proc.pid)
    return ready, rss, cpu


def measure(rounds: int = 5) -> dict[str, float]:
    bare_times, app_times, bare_rss, app_rss, bare_cpu, app_cpu = [], [], [], [], [], []
    with TemporaryDirectory() as folder:
        _one(RIVULET, 3000, folder)  # warm the disk cache and write .pyc files for both
        for _ in range(rounds):
            t, m, c = _one(BARE, 3000, folder)
            bare_times.append(t)
            bare_rss.append(m)
            bare_cpu.append(c)
            t, m, c = _one(RIVULET, 3000, folder)
            app_times.append(t)
            app_rss.append(m)
            app_cpu.append(c)
    med = statistics.median
    return {
        "bare_start_ms": med(bare_times) * 1000,
        "app_start_ms": med(app_times) * 1000,
        "start_ratio": med(app_times) / med(bare_times),
        "bare_cpu_ms": med(bare_cpu),
        "app_cpu_ms": med(app_cpu),
        "cpu_ratio": med(app_cpu) / med(bare_cpu),
        "bare_idle_rss_mb": med(bare_rss),
        "app_idle_rss_mb": med(app_rss),
    }
