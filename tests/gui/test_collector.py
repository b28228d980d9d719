"""Cycles holding Qt objects are collected on the GUI thread, never on a worker."""

import gc
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable
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
    seen_in: list[str] = []
    ref = _drop_a_cycle(seen_in)
    kept = _allocate_on_a_worker()
    assert ref() is not None  # the worker left it alone
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)  # the timer's pass took it
    assert seen_in == [threading.main_thread().name]
    assert len(kept) == 20_000
    assert collector.passes[0] >= 1


def test_only_a_generation_past_its_threshold_is_collected(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    gc.collect()  # every count back to zero
    assert collector.collect_if_due() is None
    kept = [[i] for i in range(gc.get_threshold()[0] + 1)]
    assert collector.collect_if_due() == 0
    assert collector.passes == [1, 0, 0]
    assert len(kept) > 0


def test_the_app_starts_it() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-c", "import gc, main; main.create_app(); print(gc.isenabled())"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout.strip() == "False"
