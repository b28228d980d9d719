"""`StreamWorker`: iterates a `ChatReply` on a QThread and reports each delta as a signal."""

import logging
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.errors import ChatError, ErrorKind
from core.reply import ChatReply

log = logging.getLogger(__name__)

# Flow control. The worker and the GUI thread share one GIL, and a worker parsing a
# fast stream rarely lets go of it, so the GUI thread would get it only every few
# milliseconds per delta and its queue of deltas (and with it every repaint) would fall
# seconds behind. Letting at most this many deltas wait in the GUI thread's queue, and
# sleeping briefly when more do, hands the GUI thread the GIL in bursts.
MAX_IN_FLIGHT = 32
BACKOFF_S = 0.0002


class StreamWorker(QObject):
    """Owns the loop over one reply; never touches widgets.

    Signals:
        delta_received(str): one text delta, in order, one signal per delta.
        request_failed(ChatError): the reply failed; its partial text is on the reply.
        finished(): the loop is over (after any failure); the reply holds the outcome.
    """

    delta_received = Signal(str)
    request_failed = Signal(object)
    finished = Signal()

    def __init__(self, reply: ChatReply) -> None:
        super().__init__()
        self.reply = reply
        self._home = QThread.currentThread()
        # Written only by the GUI thread's slot (`delivered`) and only by the worker (`_sent`).
        self.delivered = 0
        self._sent = 0

    @Slot()
    def run(self) -> None:
        emit = self.delta_received.emit
        reply = self.reply
        try:
            for delta in reply:
                emit(delta.text)
                self._sent += 1
                while self._sent - self.delivered > MAX_IN_FLIGHT and not reply.stop_requested:
                    time.sleep(BACKOFF_S)
        except ChatError as error:
            self.request_failed.emit(error)
        except Exception:
            # A bug, not a network problem: the details go to the log, plain words to the user.
            log.exception("Unexpected error while streaming a reply")
            self.request_failed.emit(
                ChatError(
                    ErrorKind.INTERNAL,
                    "Something went wrong inside Rivulet while reading the reply. "
                    "The details are in the log file.",
                )
            )
        finally:
            # Hand ourselves back to the thread that made us, so it can delete us with
            # deleteLater() once it has read the outcome (our own thread is about to end).
            self.moveToThread(self._home)
            self.finished.emit()

    def stop(self) -> None:
        """Thread-safe: called from the GUI thread while `run` is busy in a socket read."""
        self.reply.stop()
