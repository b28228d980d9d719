"""`StreamWorker`: iterates a `ChatReply` on a QThread and reports each delta as a signal."""

import logging
import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from core.chat.reply import ChatReply, TextDelta
from core.errors import ChatError, ErrorKind
from core.i18n import Context

log = logging.getLogger(__name__)

ReplyWorker = Context("ReplyWorker")

# Flow control. The worker and the GUI thread share one GIL, and a worker parsing a
# fast stream rarely lets go of it, so the GUI thread would get it only every few
# milliseconds per delta and its queue of deltas (and with it every repaint) would fall
# seconds behind. So at most MAX_IN_FLIGHT deltas wait in the GUI thread's queue; past
# that the worker sleeps (without the GIL) until the GUI thread has caught up, which it
# then does in one quick, uncontended burst.
MAX_IN_FLIGHT = 32
# A safety net only: the GUI thread wakes the worker as soon as it has caught up.
MAX_WAIT_S = 0.05


class StreamWorker(QObject):
    """Owns the loop over one reply; never touches widgets.

    Signals:
        delta_received(str): one text delta, in order, one signal per delta.
        reasoning_received(str): one delta of the model's thinking.
        request_failed(ChatError): the reply failed; its partial text is on the reply.
        finished(): the loop is over (after any failure); the reply holds the outcome.
    """

    delta_received = Signal(str)
    reasoning_received = Signal(str)
    request_failed = Signal(ChatError)
    finished = Signal()

    def __init__(self, reply: ChatReply) -> None:
        super().__init__()
        self.reply = reply
        self._home = QThread.currentThread()
        # `_delivered` is written only by the GUI thread, `_sent` only by the worker.
        self._delivered = 0
        self._sent = 0
        self._caught_up = threading.Event()

    @Slot()
    def run(self) -> None:
        emit = self.delta_received.emit
        emit_reasoning = self.reasoning_received.emit
        reply = self.reply
        try:
            for delta in reply:
                if type(delta) is TextDelta:
                    emit(delta.text)
                else:
                    emit_reasoning(delta.text)
                self._sent += 1
                if self._sent - self._delivered > MAX_IN_FLIGHT:
                    self._caught_up.clear()
                    # Checked again after clear(), so a wake-up in between is not lost.
                    if self._sent - self._delivered > MAX_IN_FLIGHT and not reply.stop_requested:
                        self._caught_up.wait(MAX_WAIT_S)
        except ChatError as error:
            self.request_failed.emit(error)
        except Exception:
            # A bug, not a network problem: the details go to the log, plain words to the user.
            log.exception("Unexpected error while streaming a reply")
            self.request_failed.emit(
                ChatError(
                    ErrorKind.INTERNAL,
                    ReplyWorker.tr(
                        "Something went wrong inside Rivulet while reading the reply. "
                        "The details are in the log file."
                    ),
                )
            )
        finally:
            # Hand ourselves back to the thread that made us, so it can delete us with
            # deleteLater() once it has read the outcome (our own thread is about to end).
            self.moveToThread(self._home)
            self.finished.emit()

    def acknowledge(self) -> None:
        """The GUI thread has taken one delta; wakes the worker once it has taken them all."""
        self._delivered += 1
        if self._delivered >= self._sent and not self._caught_up.is_set():
            self._caught_up.set()

    def stop(self) -> None:
        """Thread-safe: called from the GUI thread while `run` is busy in a socket read."""
        self.reply.stop()
        self._caught_up.set()


class WorkerLink(QObject):
    """The GUI-thread end of one worker's reports, as long as the session listens to it.

    `cut()` ends it for good, including reports already queued on their way: Qt still
    delivers those after a disconnect, and a reply the user left must not receive them.

    Signals: as the worker's, for the current worker only.
    """

    delta_received = Signal(str)
    reasoning_received = Signal(str)
    request_failed = Signal(ChatError)
    finished = Signal()

    def __init__(self, worker: StreamWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._cut = False
        worker.delta_received.connect(self._on_worker_delta_received)
        worker.reasoning_received.connect(self._on_worker_reasoning_received)
        worker.request_failed.connect(self._on_worker_request_failed)
        worker.finished.connect(self._on_worker_finished)

    def cut(self) -> None:
        if self._cut:
            return
        self._cut = True
        worker = self.worker
        worker.delta_received.disconnect(self._on_worker_delta_received)
        worker.reasoning_received.disconnect(self._on_worker_reasoning_received)
        worker.request_failed.disconnect(self._on_worker_request_failed)
        worker.finished.disconnect(self._on_worker_finished)
        self.deleteLater()

    @Slot(str)
    def _on_worker_delta_received(self, text: str) -> None:
        if not self._cut:
            self.worker.acknowledge()
            self.delta_received.emit(text)

    @Slot(str)
    def _on_worker_reasoning_received(self, text: str) -> None:
        if not self._cut:
            self.worker.acknowledge()
            self.reasoning_received.emit(text)

    @Slot(ChatError)
    def _on_worker_request_failed(self, error: ChatError) -> None:
        if not self._cut:
            self.request_failed.emit(error)

    @Slot()
    def _on_worker_finished(self) -> None:
        if not self._cut:
            self.finished.emit()


class StreamThreads(QObject):
    """Every streaming worker whose thread has not finished, including ones the session
    let go of (New chat, new settings). The strong reference matters: a worker has no Qt
    parent, so dropping the last Python reference would delete it while its thread runs it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live: dict[QThread, StreamWorker] = {}

    def start(self, reply: ChatReply) -> WorkerLink:
        """Iterate `reply` on a thread of its own; its reports come through the link."""
        thread = QThread(self)
        worker = StreamWorker(reply)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        link = WorkerLink(worker, self)
        # Direct: quit must not wait for the GUI thread, which may be blocked in shutdown.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)  # queued: emitted on that thread
        self.live[thread] = worker
        thread.start()
        return link

    def wait(self, milliseconds: int) -> None:
        """Wait for every thread (closing down); their replies must have been stopped."""
        for thread in list(self.live):
            if not thread.wait(milliseconds):
                log.warning("A streaming thread did not stop within %d ms", milliseconds)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()  # which thread ended: bookkeeping, not a reply's identity
        if not isinstance(thread, QThread):
            return
        worker = self.live.pop(thread, None)
        if worker is not None:
            worker.deleteLater()  # it moved itself back to this thread when it finished
        thread.deleteLater()
