"""`GuiThreadCollector`: Python's cycle collector, run on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation fills:
often a worker (making the chat's client, reading keys, a streaming reply). A cycle that
holds a Qt object owned by Python then has its C++ destructor run on that worker while the
GUI thread may be using the same document or view. Such cycles are common: after each GUI
test, text cursors, block formats and list models that were still alive sat in cyclic
garbage. So the automatic collector is switched off and this object runs nearly the same
generational schedule from a timer on the GUI thread (as qutebrowser, Spyder and
GitFourchette do). The cost: nothing is collected while the GUI thread is busy, which it
never is for long.

Start it before the first worker thread starts; nothing else may call `gc.enable()`.
"""

import gc

from PySide6.QtCore import QObject, Qt, QTimer

# Twice a second when idle, ten times while garbage keeps coming: a worker reading a big
# file makes young objects fast, and one pass over a few hundred thousand of them holds
# the GUI thread tens of ms (as it would hold any thread: the pass keeps the GIL).
IDLE_INTERVAL_MS = 500
BUSY_INTERVAL_MS = 100


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(IDLE_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._thresholds = gc.get_threshold()
        # As CPython: a full pass waits until the objects promoted to the oldest generation
        # since the last one are a quarter of those it left there (a stream's replies
        # would otherwise rescan the whole heap every few seconds).
        self._long_lived = 0
        self._pending = 0
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

        `gc.get_count()` is (allocations less deallocations since the last generation-0
        pass, generation-0 passes since the last generation-1 pass, generation-1 passes
        since the last full one). Once the first is past its threshold, CPython collects
        the oldest generation whose count is past its own.
        """
        counts = gc.get_count()
        if not 0 < self._thresholds[0] < counts[0]:
            return None
        for generation in (2, 1, 0):
            if counts[generation] <= self._thresholds[generation]:
                continue
            if generation == 2 and self._pending < self._long_lived / 4:
                continue
            # What a generation-1 pass leaves is promoted: the young objects less the found.
            young = len(gc.get_objects(0)) + len(gc.get_objects(1)) if generation == 1 else 0
            found = gc.collect(generation)
            if generation == 1:
                self._pending += max(young - found, 0)
            elif generation == 2:
                self._long_lived = len(gc.get_objects(2))
                self._pending = 0
            self.passes[generation] += 1
            return generation
        return None

    def _on_timer_timeout(self) -> None:
        due = self.collect_if_due()
        self._timer.setInterval(IDLE_INTERVAL_MS if due is None else BUSY_INTERVAL_MS)
