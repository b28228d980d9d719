"""Run the real app and close its window before its first frame; print what main.run
returned once it does (it must, at once).

Used by tests/gui/test_app_process.py in a subprocess.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

import main


def drive() -> int:
    folder = Path(os.environ["RIVULET_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    app = main.create_app()
    window = main.create_window(folder)
    QTimer.singleShot(0, window.close)  # runs inside main.run's wait for the first frame
    code = main.run(app, window)
    print(f"returned {code} built={window.built}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(drive())
