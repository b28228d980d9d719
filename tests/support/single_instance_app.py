"""Run the real app through main.start(), as a double-click would.

Used by tests/gui/window/test_single_instance.py in subprocesses. A first instance minimises
its window and prints "ready" once it listens, then a JSON line for the first later launch
it is handed (the paths, the status bar's message, whether the window is still minimised)
and closes. A later instance hands its arguments over inside main.start() and exits 0
without printing anything.
"""

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer

import main
from core.config.settings import Settings, SettingsStore
from gui.window import single_instance


def meet_at_the_barrier(barrier: Path) -> None:
    """Two launches at exactly the same moment: each, having found nobody listening,
    waits here for the other, so both go on to start with nobody listening yet."""
    real = single_instance.hand_over

    def hand_over(name: str, paths: Sequence[str], *, wait: float = 0.0) -> bool:
        found = real(name, paths, wait=wait)
        if not found and wait == 0.0:
            (barrier / str(os.getpid())).touch()
            deadline = time.monotonic() + 20
            while len(list(barrier.iterdir())) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)  # allowed: a barrier polled across two processes
        return found

    single_instance.hand_over = hand_over


def drive() -> int:
    if "RACE_BARRIER" in os.environ:
        meet_at_the_barrier(Path(os.environ["RACE_BARRIER"]))
    folder = Path(os.environ["RIVULET_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "settings.json").exists():
        # A server that answers: no first-run probing and no built-in model to load.
        SettingsStore(folder).save(
            Settings.single(base_url=os.environ["TEST_SERVER_URL"], model="gpt-4o-mini")
        )
    started = main.start(sys.argv[1:])
    if started is None:
        return 0
    app, window, instance = started

    def report(paths: list[str]) -> None:
        shown = {
            "paths": paths,
            "status": window.statusBar().currentMessage(),
            "minimized": window.isMinimized(),
            "attached": [chip.accessibleName() for chip in window.composer.documents.chips],
        }
        print(json.dumps(shown), flush=True)
        window.close()

    def minimize_then_say_ready() -> None:
        # Out of the way, as a user's window might be when they launch Rivulet again.
        window.showMinimized()
        print("ready", flush=True)

    # Connected after the window's own handler, so the status bar already says it.
    instance.launched.connect(report)
    QTimer.singleShot(0, minimize_then_say_ready)
    return main.run(app, window)


if __name__ == "__main__":
    sys.exit(drive())
