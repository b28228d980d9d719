"""Workers post to a `Background` while the GUI thread deletes its owner, many times.

Run by tests/gui/test_background.py in a subprocess, because what it guards against is a
segfault: a worker emitting a signal of an object the GUI thread is deleting. Prints
"survived" and exits with 0 when nothing crashed and posts still arrive.
"""

import sys
import threading
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread

from gui.background import Background

ROUNDS = 300


def one_round(app: QCoreApplication) -> None:
    owner = QObject()
    background = Background("race", parent=owner)
    started = threading.Barrier(3)
    stop = threading.Event()

    def post_until_stopped() -> None:
        started.wait()
        while not stop.is_set():
            background.post(lambda: None)

    workers = [threading.Thread(target=post_until_stopped) for _ in range(2)]
    for worker in workers:
        worker.start()
    started.wait()
    QThread.usleep(500)  # the workers are mid-post, over and over
    shiboken6.delete(owner)  # here and now, on the GUI thread, as a closed chat's widgets
    stop.set()
    for worker in workers:
        worker.join()
    app.processEvents()


def delivered_to_a_live_owner(app: QCoreApplication) -> bool:
    """And a post from a worker still reaches an owner that is alive."""
    owner = QObject()
    background = Background("race", parent=owner)
    got = threading.Event()
    worker = threading.Thread(target=lambda: background.post(got.set))
    worker.start()
    worker.join()
    deadline = time.monotonic() + 10
    while not got.is_set() and time.monotonic() < deadline:
        app.processEvents()
    return got.is_set()


def main() -> int:
    app = QCoreApplication(sys.argv)
    for _ in range(ROUNDS):
        one_round(app)
    print("survived" if delivered_to_a_live_owner(app) else "delivered nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
