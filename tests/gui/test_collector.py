"""Cycles holding Qt objects are collected on the GUI thread, never on a worker."""

import gc
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from gui.collector import GuiThreadCollector

ROOT = Path(__file__).resolve().parents[2]


class Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()  # no parent: Python owns it, so collecting it deletes it
        self.me = self


def _drop_a_cycle(seen_in: list[str]) -> "weakref.ref[Cyclic]":
    cycle = Cyclic()
    ref = weakref.ref(cycle, lambda _: seen_in.append(threading.current_thread().name))
    del cycle
    return ref


def _allocate_on_a_worker() -> list[object]:
    """What a worker does: allocate enough to fill the youngest generation many times.
    Returned: the counts that make a generation due are of objects still alive."""
    kept: list[object] = []

    def work() -> None:
        kept.extend([i] for i in range(20_000))

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    return kept


def _with_automatic_collection(action: Callable[[], object]) -> None:
    gc.enable()
    try:
        action()
    finally:
        gc.disable()


def test_without_it_a_worker_collects_a_qt_object(collector: GuiThreadCollector) -> None:
    """The hazard it removes: CPython collects in whichever thread allocates."""
    assert collector.running
    gc.collect()
    seen_in: list[str] = []
    ref = _drop_a_cycle(seen_in)
    _with_automatic_collection(_allocate_on_a_worker)
    assert ref() is None
    assert seen_in == ["worker"]


def test_a_cycle_is_collected_on_the_gui_thread(
    qtbot: QtBot, collector: GuiThreadCollector
) -> None:
    assert not gc.isenabled()
    gc.collect()
    passes = sum(collector.passes)
    seen_in: list[str] = []
    ref = _drop_a_cycle(seen_in)
    kept = _allocate_on_a_worker()
    assert ref() is not None  # the worker left it alone
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)  # the timer's pass took it
    assert seen_in == [threading.main_thread().name]
    assert len(kept) == 20_000
    assert sum(collector.passes) > passes


@contextmanager
def _thresholds(*thresholds: int) -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def test_the_oldest_generation_past_its_threshold_is_collected(qtbot: QtBot) -> None:
    kept: list[object] = []
    with _thresholds(100, 2, 1_000_000):
        collector = GuiThreadCollector()  # its timer is not started: only the calls below
        gc.collect()  # every count back to zero
        assert collector.collect_if_due() is None
        due = []
        for _ in range(4):
            kept.extend([i] for i in range(300))  # three times the youngest's threshold
            due.append(collector.collect_if_due())
    # The third pass makes the middle generation's count 3, past its threshold of 2.
    assert due == [0, 0, 0, 1]
    assert collector.passes == [3, 1, 0]


def test_a_full_pass_waits_for_the_oldest_generation_to_grow_by_a_quarter(
    qtbot: QtBot,
) -> None:
    kept: list[object] = []
    with _thresholds(100, 1, 1):
        collector = GuiThreadCollector()
        gc.collect()
        due = []
        for _ in range(14):
            kept.extend([i] for i in range(300))
            due.append(collector.collect_if_due())
        # Each generation is due once its count passes 1: a full pass at the 7th call,
        # and by the counts again at the 14th. By then only ~2,000 objects have joined
        # the oldest generation, far from a quarter of the heap: the youngest goes instead.
        assert due[:7] == [0, 0, 1, 0, 0, 1, 2]
        assert due[7:] == [0, 0, 1, 0, 0, 1, 0]
        # Once a quarter has joined it, the full pass is run.
        kept.extend([[i] for i in range(len(gc.get_objects(2)) // 2)])
        later = []
        for _ in range(3):
            later.append(collector.collect_if_due())
            kept.extend([i] for i in range(300))
        assert later == [0, 1, 2]  # the first two promote them


def test_the_app_collects_on_its_own_thread() -> None:
    script = """
import gc, sys, threading, weakref
import main
from PySide6.QtCore import QObject, QTimer
app = main.create_app()
seen = []
cycle = QObject()
cycle.me = cycle
ref = weakref.ref(cycle, lambda _: seen.append(threading.current_thread().name))
del cycle
kept = [[i] for i in range(gc.get_threshold()[0] * 3)]
worker = threading.Thread(target=lambda: kept.extend([i] for i in range(20_000)), name="w")
worker.start()
worker.join()
ready = QTimer(interval=20)
ready.timeout.connect(lambda: ref() is None and app.quit())
ready.start()
QTimer.singleShot(5000, app.quit)
app.exec()
print(gc.isenabled(), seen)
"""
    shown = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout.strip() == "False ['MainThread']"
