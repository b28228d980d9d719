"""`Background`: the one way Rivulet runs work off the GUI thread and hears back on it.

In the spirit of Anki's `QueryOp`: a function runs on a worker thread; its result, or the
exception it raised, comes back to a callback on the GUI thread, and so does its progress.
The callbacks belong to an owner (a QObject): once the owner is deleted or `close()`d,
nothing is delivered to it, and work still running finishes with no one to tell.

    self._background = Background("keys", parent=self)
    self._background.run(lambda: read(settings), self._on_keys_read, self._on_keys_failed)

`when_done` brings a future made elsewhere (the history store's writer thread) back the
same way, and `post` a plain callback from another thread. The streaming reply keeps its
own QThread: it reports one signal per delta.

Everything crosses to the GUI thread through one relay that lives as long as the process
(`call_on_gui_thread`), never through a signal of the object being called back: the GUI
thread may delete that object while a worker emits on it, which crashed the app (a reply's
widget closed just as its code's colours arrived).
"""

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Q = TypeVar("Q", bound=QObject)
Progress = Callable[[int, int], None]  # done, total: called from the worker thread
Cancelled = Callable[[], bool]


class Task(Generic[T]):
    """One piece of work handed to `Background`: it can be cancelled (the work sees it
    through its `cancelled` argument) and waited for (on shutdown only)."""

    def __init__(self, future: "Future[T]", cancel: threading.Event) -> None:
        self.future = future
        self._cancel = cancel

    def cancel(self) -> None:
        """Ask the work to stop; it sees this through `cancelled()` and ends as it says
        (work not started yet still starts, and should end at its first check)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def done(self) -> bool:
        return self.future.done()

    def wait(self, seconds: float) -> None:
        """Block until the work ends or `seconds` pass. For closing down, never in a slot."""
        if self.future.done():
            return
        done = threading.Event()
        self.future.add_done_callback(lambda _: done.set())
        done.wait(seconds)


class Background(QObject):
    """Worker threads named `rivulet-<name>`, and the way back to the GUI thread.

    `workers=1` runs the work in the order it was given (keys, then the client they make).
    """

    def __init__(self, name: str, parent: QObject | None = None, *, workers: int = 1) -> None:
        super().__init__(parent)
        self._name = name
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None  # made with the first work: post needs none
        self._pool_lock = threading.Lock()
        self._closed = False
        self._alive = weakref.ref(self)  # a delivery under way holds this object weakly
        _Relay.the_one()  # made now, on the GUI thread

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task[T]:
        """Run `work()` off the GUI thread, then `on_done(result)` or `on_error(exception)`
        on it. Without `on_error`, an exception is logged and dropped."""
        return self.run_task(lambda _progress, _cancelled: work(), on_done, on_error)

    def run_task(
        self,
        work: Callable[[Progress, Cancelled], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task[T]:
        """Like `run`, for work that reports progress and checks whether it is cancelled:
        `work(progress, cancelled)`; `on_progress(done, total)` runs on the GUI thread."""
        cancel = threading.Event()

        def progress(done: int, total: int) -> None:
            if on_progress is not None:
                self.post(lambda: on_progress(done, total))

        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=self._workers, thread_name_prefix=f"rivulet-{self._name}"
                )
            future = self._pool.submit(work, progress, cancel.is_set)
        self.when_done(future, lambda ended: _settle(ended, on_done, on_error))
        return Task(future, cancel)

    def when_done(self, future: "Future[T]", callback: Callable[["Future[T]"], None]) -> None:
        """`callback(future)` on the GUI thread once `future` (made anywhere) is done."""
        future.add_done_callback(lambda ended: self.post(lambda: callback(ended)))

    def close(self) -> None:
        """Deliver nothing more; work already running finishes on its own (never waited
        for: a network read may take long to give up)."""
        self._closed = True
        with self._pool_lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)

    def post(self, call: Callable[[], None]) -> None:
        """Run `call()` on the GUI thread, soon, unless the owner is gone or closed. Safe
        from any thread: for reports that arrive by callback (the model server's status)."""
        if not self._closed:
            call_on_gui_thread(self._alive, lambda background: background._deliver(call))

    def _deliver(self, call: Callable[[], None]) -> None:
        if not self._closed:
            call()


def call_on_gui_thread(alive: "weakref.ref[Q]", call: Callable[[Q], None]) -> None:
    """`call(owner)` on the GUI thread, soon, if `alive()` (a weak reference to the owner)
    still exists there. Safe from any thread, even while the GUI thread deletes the owner:
    that is only looked at on the GUI thread. Queued even from the GUI thread itself: a
    future already done runs its done-callback at once, inside a caller that may hold a
    lock the callback wants."""

    def on_gui_thread() -> None:
        owner = alive()
        if owner is not None and shiboken6.isValid(owner):
            call(owner)

    _Relay.the_one().calls.emit(on_gui_thread)


class _Relay(QObject):
    calls = Signal(object)

    _one: "_Relay | None" = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        super().__init__()
        self.calls.connect(self._on_calls, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_calls(self, call: Callable[[], None]) -> None:
        call()

    @classmethod
    def the_one(cls) -> "_Relay":
        """The process's one relay: never deleted, so a worker can always emit on it."""
        with cls._lock:
            if cls._one is None:
                app = QCoreApplication.instance()
                if app is None and threading.current_thread() is not threading.main_thread():
                    # It would stay on this thread and never deliver anything.
                    raise RuntimeError("a call for the GUI thread before there is one")
                relay = _Relay()
                if app is not None:
                    relay.moveToThread(app.thread())  # where its calls run, whoever made it
                cls._one = relay
            return cls._one


def _settle(
    future: "Future[Any]",
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None,
) -> None:
    if future.cancelled():
        return
    error = future.exception()
    if error is None:
        on_done(future.result())
    elif on_error is not None:
        on_error(error)
    else:
        log.error("Background work failed", exc_info=error)
