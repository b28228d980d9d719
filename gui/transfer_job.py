"""`TransferJob`: an export or import on a background thread, with progress and cancel."""

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from core.history.transfer import Cancelled, Progress, TransferCancelledError, TransferError

log = logging.getLogger(__name__)

Work = Callable[[Progress, Cancelled], str]


class TransferJob(QObject):
    """Runs `work(progress, cancelled)` off the GUI thread; `work` returns a sentence for
    the user. Signals arrive on the GUI thread; the job deletes itself once it has ended.

    Signals:
        progressed(int, int): done, total.
        succeeded(str): what was done, in plain words.
        failed(str): why not, in plain words (also when cancelled).
    """

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)
    # Emitted on the worker thread; queued to this object's own slots, which re-emit the
    # public signals on the GUI thread, so lambdas connected to those run there too.
    _reported = Signal(int, int)
    _ended = Signal(bool, str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._reported.connect(self._on_reported)
        self._ended.connect(self._on_ended)
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rivulet-transfer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float) -> None:
        self._thread.join(seconds)

    def _run(self) -> None:
        try:
            message = self._work(self._reported.emit, self._cancel.is_set)
        except TransferCancelledError:
            self._ended.emit(False, "Cancelled. Nothing was changed.")
        except TransferError as error:
            self._ended.emit(False, str(error))
        except OSError as error:
            self._ended.emit(False, f"Rivulet could not write the file: {error.strerror or error}.")
        except Exception:
            log.exception("Export or import failed")
            self._ended.emit(False, "Something went wrong inside Rivulet; nothing was changed.")
        else:
            self._ended.emit(True, message)

    @Slot(int, int)
    def _on_reported(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(bool, str)
    def _on_ended(self, ok: bool, message: str) -> None:
        (self.succeeded if ok else self.failed).emit(message)
        # Its work is done and told: a window that runs many exports keeps none of them.
        self.deleteLater()
