"""`Background`: work off the GUI thread, results and errors back on it, nothing to the gone."""

import os
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread
from pytestqt.qtbot import QtBot

from gui.background import Background, Cancelled, Progress


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    background = Background("test", owner)
    worker_threads: list[str] = []
    results: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    background.run(work, lambda value: results.append((value, _on_gui_thread())))
    qtbot.waitUntil(lambda: results == [(42, True)])
    assert worker_threads[0].startswith("rivulet-test")
    background.close()


def test_an_error_comes_back_as_the_exception(qtbot: QtBot) -> None:
    background = Background("test")
    errors: list[BaseException] = []

    def work() -> int:
        raise OSError(28, "No space left on device")

    results: list[int] = []
    background.run(work, results.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], OSError) and errors[0].errno == 28
    assert results == []
    background.close()


def test_one_worker_runs_work_in_the_order_given(qtbot: QtBot) -> None:
    background = Background("test")
    order: list[int] = []
    for n in range(20):
        background.run(lambda n=n: n, order.append)  # type: ignore[misc]
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))
    background.close()


def test_progress_and_cancel_reach_the_work(qtbot: QtBot) -> None:
    background = Background("test")
    seen: list[tuple[int, int]] = []
    ended: list[str] = []
    started = threading.Event()

    def work(progress: Progress, cancelled: Cancelled) -> str:
        progress(1, 3)
        started.set()
        while not cancelled():
            threading.Event().wait(0.001)  # the work's own polling, not the test's
        progress(2, 3)
        return "stopped"

    task = background.run_task(work, ended.append, on_progress=lambda d, t: seen.append((d, t)))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: ended == ["stopped"])
    assert seen == [(1, 3), (2, 3)]
    assert task.is_cancelled() and task.done()
    background.close()


def test_nothing_is_delivered_to_an_owner_that_is_gone(qtbot: QtBot) -> None:
    owner = QObject()
    background = Background("test", owner)
    release = threading.Event()
    delivered: list[int] = []
    task = background.run(lambda: release.wait(5) and 1, delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: _is_deleted(background))
    release.set()
    qtbot.waitUntil(task.done)
    for _ in range(3):
        QCoreApplication.processEvents()
    assert delivered == []


def test_nothing_is_delivered_after_close(qtbot: QtBot) -> None:
    background = Background("test")
    release = threading.Event()
    delivered: list[int] = []
    task = background.run(lambda: release.wait(5) and 1, delivered.append)
    background.close()
    release.set()
    qtbot.waitUntil(task.done)
    for _ in range(3):
        QCoreApplication.processEvents()
    assert delivered == []


def test_when_done_brings_a_future_made_elsewhere_back(qtbot: QtBot) -> None:
    background = Background("test")
    future: Future[str] = Future()
    seen: list[tuple[str, bool]] = []
    background.when_done(future, lambda f: seen.append((f.result(), _on_gui_thread())))
    threading.Thread(target=future.set_result, args=("saved",)).start()
    qtbot.waitUntil(lambda: seen == [("saved", True)])
    background.close()


def test_a_future_already_done_is_still_delivered_later_not_inside_the_caller(
    qtbot: QtBot,
) -> None:
    background = Background("test")
    future: Future[int] = Future()
    future.set_result(7)
    seen: list[int] = []
    background.when_done(future, lambda f: seen.append(f.result()))
    assert seen == []  # not run inside when_done, where the caller may hold a lock
    qtbot.waitUntil(lambda: seen == [7])
    background.close()


def _is_deleted(obj: QObject) -> bool:
    return not shiboken6.isValid(obj)


def test_posting_while_the_owner_is_deleted_does_not_crash() -> None:
    """Workers post while the GUI thread deletes the owner, 300 times. A signal of the
    owner's own crashed the process within a few rounds (in CI too): a subprocess, so a
    crash fails this test instead of ending the run."""
    ran = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.support.post_while_deleted"],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,  # the exit code is the finding
    )
    assert (ran.returncode, ran.stdout.strip()) == (0, "survived"), ran.stderr[-2000:]
