"""`GuiThreadCollector`: Python's cycle collector, run on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation fills:
often a worker (making the chat's client, reading keys, a streaming reply). A cycle that
holds a Qt object owned by Python (a text cursor, a list model, a timer) then has its C++
destructor run on that worker while the GUI thread uses the same document or view: a
segfault, seen once in CI with a worker inside `ssl.create_default_context`. So the
automatic collector is switched off and this object runs the same generational schedule
from a timer on the GUI thread (as qutebrowser, Spyder and GitFourchette do).

Start it before the first worker thread starts; nothing else may call `gc.enable()`.
"""

import gc

from PySide6.QtCore import QObject, Qt, QTimer

# Twice a second: a stream's young objects pile up between checks (a generation-0 pass
# over a second of a fast stream takes ~1 ms), and an idle app wakes rarely.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._thresholds = gc.get_threshold()
        self.passes = [0, 0, 0]  # collections run, by generation

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to CPython (at exit, or a test's end)."""
        self._timer.stop()
        gc.enable()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def collect_if_due(self) -> int | None:
        """Run the generation CPython would have run by now, if any; its number, or None.

        `gc.get_count()` is (allocations since the last generation-0 pass, generation-0
        passes since the last generation-1 pass, generation-1 passes since the last full
        one), and each generation is due once its count passes its threshold.
        """
        counts = gc.get_count()
        due = None
        for generation, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold <= 0 or count <= threshold:
                break
            due = generation
        if due is not None:
            gc.collect(due)
            self.passes[due] += 1
        return due

    def _on_timer_timeout(self) -> None:
        self.collect_if_due()
