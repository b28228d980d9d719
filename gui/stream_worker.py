"""`StreamWorker`: iterates a `ChatReply` on a QThread and reports each delta as a signal."""

import logging

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.errors import ChatError, ErrorKind
from core.reply import ChatReply

log = logging.getLogger(__name__)


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

    @Slot()
    def run(self) -> None:
        emit = self.delta_received.emit
        try:
            for delta in self.reply:
                emit(delta.text)
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
