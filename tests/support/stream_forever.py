"""Run the real app, send a prompt, print "streaming" at the first delta, and keep going.

Used by tests/gui/test_crash_recovery.py, which kills this process with SIGKILL.
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
    SettingsStore(folder).save(Settings.single(base_url=os.environ["TEST_SERVER_URL"], model="m"))
    app = main.create_app()
    window = main.create_window(folder)
    poll = QTimer(window)
    said: list[bool] = []

    def watch() -> None:
        if not window.built:  # made in two steps: the session comes after the first frame
            return
        if not window.session.is_busy and not window.session.conversation.last:
            window.session.send("Tell me a long story")
        if window.session.draft.parts and not said:
            said.append(True)
            print("streaming", flush=True)

    poll.timeout.connect(watch)
    poll.start(5)
    return main.run(app, window)


if __name__ == "__main__":
    sys.exit(drive())
