"""A screen with no monitor (Xvfb) and a person's hands on it (xdotool), for frozen apps.

A frozen app cannot import test modules, so the smoke tests drive it from outside, as a
person would: through its real X11 window.
"""

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

TOOLS = ("Xvfb", "xdotool")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextmanager
def virtual_screen() -> Iterator[str]:
    """An Xvfb display of its own; yields its name (":N")."""
    read, write = os.pipe()
    with subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
            # Without it the server resets whenever its last client leaves, and a client
            # connecting meanwhile (the app, after an xdotool call) is refused.
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as xvfb:
        os.close(write)
        with os.fdopen(read) as reader:
            number = reader.readline().strip()  # Xvfb writes it once it accepts clients
        try:
            assert number, "Xvfb did not start"
            yield f":{number}"
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)


def wait_for(check: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)  # allowed: polling another process (X server, window) for a condition


def xdotool(display: str, *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    ).stdout.strip()


def visible_window(display: str, window_class: str) -> str:
    """The id of the first visible window whose WM_CLASS is `window_class`, or ''."""
    found = xdotool(display, "search", "--onlyvisible", "--class", window_class)
    return found.splitlines()[0] if found else ""


def type_into(display: str, window: str, text: str) -> None:
    """Focus `window` and type `text` then Enter, as key presses from the X server."""
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "type", "--delay", "20", text)
    xdotool(display, "key", "Return")


def stored_replies(data_dir: Path) -> list[tuple[str, str]]:
    """(content, status) of every assistant message in the app's history database."""
    db = data_dir / "rivulet.db"
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            rows = conn.execute(
                "SELECT content, status FROM messages WHERE role = 'assistant' ORDER BY n"
            ).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []
    return [(str(content), str(status)) for content, status in rows]


def count_pixels(display: str, window: str, colours: set[tuple[int, int, int]]) -> int:
    """How many pixels of `window`, as the X server shows it now, have one of `colours`.
    Screenshot by ImageMagick's `import`, read by Qt."""
    from tempfile import TemporaryDirectory

    from PySide6.QtGui import QImage

    with TemporaryDirectory() as folder:
        shot = Path(folder) / "window.png"
        subprocess.run(
            ["import", "-window", window, str(shot)],
            env=dict(os.environ, DISPLAY=display),
            check=True,
            timeout=30,
        )
        image = QImage(str(shot)).convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    found = 0
    for y in range(height):
        row = data[y * stride : y * stride + width * 3]
        for colour in colours:
            needle = bytes(colour)
            at = row.find(needle)
            while at != -1:
                found += at % 3 == 0
                at = row.find(needle, at + 1)
    return found
