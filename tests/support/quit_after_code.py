"""Run the real app, get a reply with a code block coloured, close the window, then list
the threads still alive after the app's loop has ended (one line: "alive: a,b,...").

Used by tests/gui/chat/test_lifetimes.py in a subprocess.
"""

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

import main
from core.config.settings import Settings, SettingsStore


def _threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t is not threading.main_thread()]


def drive() -> int:
    folder = Path(os.environ["RIVULET_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    SettingsStore(folder).save(Settings.single(base_url=os.environ["TEST_SERVER_URL"], model="m"))
    app = main.create_app()
    window = main.create_window(folder)
    poll = QTimer(window)

    def watch() -> None:
        if not window.built:  # made in two steps: the session comes after the first frame
            return
        if not window.session.is_busy and not window.session.conversation.last:
            window.session.send("Show me some Python")
        colouring = any(name.startswith("rivulet-colours") for name in _threads())
        if colouring and not window.session.is_busy:
            poll.stop()
            print("closing", flush=True)
            window.close()

    poll.timeout.connect(watch)
    poll.start(5)
    code = main.run(app, window)
    print("alive: " + ",".join(_threads()), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(drive())
