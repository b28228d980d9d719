"""Run the real app, send a prompt, and close the window as soon as the reply starts.

Used by tests/gui/test_app_process.py in a subprocess: prints "closing" when it closes
the window, then the process should exit by itself, cleanly and quickly.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

import main
from core.config.settings import Settings, SettingsStore


def drive() -> int:
    folder = Path(os.environ["RIVULET_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    # No model chosen: the app must pick the server's first one on its own, on the qasync loop.
    SettingsStore(folder).save(Settings.single(base_url=os.environ["TEST_SERVER_URL"]))
    app = main.create_app()
    window = main.create_window(folder)
    poll = QTimer(window)

    def send_when_ready() -> None:
        if window.session.model and not window.session.is_busy and not window.session.draft.parts:
            window.session.send("Tell me a long story")

    def close_when_streaming() -> None:
        if not window.built:  # made in two steps: the session comes after the first frame
            return
        send_when_ready()
        if window.session.draft.parts:
            poll.stop()
            print("closing", flush=True)
            window.close()

    poll.timeout.connect(close_when_streaming)
    poll.start(5)
    return main.run(app, window)


if __name__ == "__main__":
    sys.exit(drive())
