"""Run the real app, send a prompt, and close the window as soon as the reply starts.

Used by tests/gui/test_app_process.py in a subprocess: prints "closing" when it closes
the window, then the process should exit by itself, cleanly and quickly.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

import main
from core.settings import Settings, SettingsStore


def drive() -> int:
    folder = Path(os.environ["RIVULET_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    SettingsStore(folder).save(Settings(base_url=os.environ["TEST_SERVER_URL"], model="m"))
    app = main.create_app()
    window = main.create_window(folder)
    poll = QTimer(window)

    def send() -> None:
        window.session.send("Tell me a long story")
        poll.start(5)

    def close_when_streaming() -> None:
        if window.session._parts:
            poll.stop()
            print("closing", flush=True)
            window.close()

    poll.timeout.connect(close_when_streaming)
    QTimer.singleShot(0, send)
    return main.run(app, window)


if __name__ == "__main__":
    sys.exit(drive())
