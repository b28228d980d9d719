"""Run the real app through main.start(), as a double-click would.

Used by tests/gui/test_single_instance.py in subprocesses. A first instance minimises
its window and prints "ready" once it listens, then a JSON line for the first later launch
it is handed (the paths, the status bar's message, whether the window is still minimised)
and closes. A later instance hands its arguments over inside main.start() and exits 0
without printing anything.
"""

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

import main
from core.settings import Settings, SettingsStore


def drive() -> int:
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
