"""Run the real app through main.start(), as a double-click would.

Used by tests/gui/test_single_instance.py in subprocesses. A first instance prints
"ready" once it listens, then one JSON line per later launch it is handed (the paths and
the status bar's message), and closes its window after the first. A later instance
hands its arguments over inside main.start() and exits 0 without printing anything.
"""

import json
import os
import sys
from pathlib import Path

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
        status = window.statusBar().currentMessage()
        print(json.dumps({"paths": paths, "status": status}), flush=True)
        window.close()

    # Connected after the window's own handler, so the status bar already says it.
    instance.launched.connect(report)
    print("ready", flush=True)
    return main.run(app, window)


if __name__ == "__main__":
    sys.exit(drive())
