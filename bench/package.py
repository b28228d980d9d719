"""The Linux packages: build time, sizes, and the frozen app's start-up against the source's.

Both apps are timed the same way, from outside, on the X server in DISPLAY (Xvfb under
./dev bench): launch to a visible window, found with xdotool; then a question typed into
it and answered by the built-in model (the app records its first token after sending).
"""

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from core.version import __version__

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
QUESTION = "Which city is the capital of France?"


def build() -> float:
    """Run ./dev package; the seconds it took."""
    started = time.perf_counter()
    done = subprocess.run(
        [str(ROOT / "dev"), "package"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"./dev package failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return time.perf_counter() - started


def sizes() -> dict[str, float]:
    ver = __version__
    files = (DIST / "rivulet").rglob("*")
    folder = sum(p.stat().st_size for p in files if p.is_file() and not p.is_symlink())
    return {
        "folder_mb": folder / 1e6,
        "tar_mb": (DIST / f"rivulet-{ver}-linux-x86_64.tar.gz").stat().st_size / 1e6,
        "deb_mb": (DIST / f"rivulet_{ver}_amd64.deb").stat().st_size / 1e6,
    }


def _xdotool(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, check=False
    ).stdout.strip()


def _first_token_s(folder: Path) -> float | None:
    db = folder / "rivulet.db"
    if not db.exists():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute(
                "SELECT stats FROM messages WHERE role = 'assistant' AND status = 'complete'"
            ).fetchone()
    except sqlite3.OperationalError:
        return None
    if row is None or not row[0]:
        return None
    value = json.loads(row[0]).get("first_token_s")
    return float(value) if value is not None else None


def _launch(command: list[str], ask: bool) -> tuple[float, float | None]:
    """Seconds from launch to a visible window; with `ask`, also from launch to the built-in
    model's first token (the question is typed as soon as the window shows)."""
    with TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "QT_QPA"))}
        env.update(RIVULET_DATA_DIR=folder, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        started = time.perf_counter()
        errors = Path(folder) / "stderr.txt"
        with (
            errors.open("w") as stderr,
            subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr
            ) as app,
        ):
            try:
                window = ""
                while not window:
                    if time.perf_counter() - started > 60 or app.poll() is not None:
                        raise RuntimeError(
                            f"no window from {command} (exit code {app.poll()}): "
                            f"{errors.read_text()[-2000:]}"
                        )
                    window = _xdotool("search", "--onlyvisible", "--class", "rivulet")
                shown = time.perf_counter() - started
                first_token = None
                _xdotool("windowfocus", "--sync", window.splitlines()[0])
                if ask:
                    _xdotool("type", "--delay", "5", QUESTION)
                    _xdotool("key", "Return")
                    sent = time.perf_counter() - started
                    deadline = time.perf_counter() + 120
                    while (after_send := _first_token_s(Path(folder))) is None:
                        if time.perf_counter() > deadline:
                            raise RuntimeError("the built-in model did not answer")
                        time.sleep(0.1)
                    first_token = sent + after_send
                _xdotool("key", "ctrl+q")
                app.wait(timeout=30)
            finally:
                if app.poll() is None:
                    app.kill()
        return shown, first_token


def measure(rounds: int = 5, token_rounds: int = 3, *, rebuild: bool = True) -> dict[str, float]:
    """Needs an X server in DISPLAY and xdotool; builds the packages first."""
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        raise RuntimeError("needs an X server (Xvfb) and xdotool")
    figures = {"build_s": build() if rebuild else float("nan"), **sizes()}
    frozen = [str(DIST / "rivulet" / "rivulet")]
    source = [sys.executable, str(ROOT / "main.py")]
    for command in (frozen, source):  # warm the disk cache (and write .pyc files)
        _launch(command, ask=False)
    starts: dict[str, list[float]] = {"frozen": [], "source": []}
    for _ in range(rounds):
        for name, command in (("frozen", frozen), ("source", source)):
            starts[name].append(_launch(command, ask=False)[0])
    tokens: dict[str, list[float]] = {"frozen": [], "source": []}
    for _ in range(token_rounds):
        for name, command in (("frozen", frozen), ("source", source)):
            token = _launch(command, ask=True)[1]
            assert token is not None
            tokens[name].append(token)
    med = statistics.median
    figures.update(
        frozen_start_ms=med(starts["frozen"]) * 1000,
        source_start_ms=med(starts["source"]) * 1000,
        frozen_first_token_ms=med(tokens["frozen"]) * 1000,
        source_first_token_ms=med(tokens["source"]) * 1000,
    )
    return figures


def report(f: dict[str, float]) -> None:
    print("\nPackages (issue 11; ./dev package, then each app started on this X server):")
    print(f"  build (./dev package)  {f['build_s']:6.0f} s")
    print(
        f"  sizes                  folder {f['folder_mb']:.0f} MB   .tar.gz {f['tar_mb']:.0f} MB"
        f"   .deb {f['deb_mb']:.0f} MB (floor: .deb < 200 MB)"
    )
    print(
        f"  launch to window       frozen {f['frozen_start_ms']:6.0f} ms   source "
        f"{f['source_start_ms']:6.0f} ms   ratio "
        f"{f['frozen_start_ms'] / f['source_start_ms']:.2f} (floor: <= 1)"
    )
    print(
        f"  launch to first offline token  frozen {f['frozen_first_token_ms']:6.0f} ms   "
        f"source {f['source_first_token_ms']:6.0f} ms (question typed at once; medians of 3)"
    )


if __name__ == "__main__":
    from bench.run import a_screen

    with a_screen():
        report(measure(rebuild="--no-build" not in sys.argv))
