"""Bring the completion of a `concurrent.futures.Future` back to the GUI thread."""

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

Callback = Callable[["Future[Any]"], None]


class FutureRelay(QObject):
    """`when_done(future, callback)` runs `callback(future)` on this object's thread.

    Signals:
        future_done(callback, future): emitted on the future's thread, delivered queued.
    """

    future_done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued even on this thread: a future that is already done runs its callback
        # inside add_done_callback, where the caller may hold a lock the callback wants
        # (this deadlocked the key reader); later, from the event loop, it never can.
        self.future_done.connect(self._on_future_done, Qt.ConnectionType.QueuedConnection)

    def when_done(self, future: "Future[Any]", callback: "Callback") -> None:
        future.add_done_callback(lambda done: self.future_done.emit(callback, done))

    @Slot(object, object)
    def _on_future_done(
        self, callback: Callable[["Future[Any]"], None], future: "Future[Any]"
    ) -> None:
        callback(future)
