"""Attaching files to the question being written: each is read on a worker thread (a
300-page PDF takes a fraction of a second, a big one longer, with progress on its chip);
a file that cannot be read is taken off again and the reason said in the status line."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from core.documents.compose import FilesRequest, FilesSent
from core.documents.read import Document, DocumentError, read_document
from core.i18n import Context
from gui.background import Background, Cancelled, Progress, Task
from gui.documents.chips import DocumentChip, DocumentChips

AttachFiles = Context("AttachFiles")

log = logging.getLogger(__name__)


class DocumentAttacher(QObject):
    def __init__(
        self,
        chips: DocumentChips,
        say: Callable[[str], None],
        parent: QObject,
        keep: Callable[[Document], object] = lambda _document: None,
    ) -> None:
        super().__init__(parent)
        self._chips = chips
        self._say = say
        self._keep = keep
        self._background = Background("documents", parent=self)
        self._tasks: dict[DocumentChip, Task[Document]] = {}
        self._fitting: Task[FilesSent] | None = None
        chips.changed.connect(self._on_chips_changed)

    def attach(self, paths: list[Path]) -> None:
        for path in paths:
            self._read(path, self._chips.add(path.name or str(path)))

    def _read(self, path: Path, chip: DocumentChip) -> None:
        def work(progress: Progress, cancelled: Cancelled) -> Document:
            return read_document(path, progress, cancelled)

        def read(document: Document) -> None:
            self._on_read(chip, document)

        def failed(error: BaseException) -> None:
            self._on_failed(chip, error)

        self._tasks[chip] = self._background.run_task(work, read, failed, chip.set_progress)

    def _on_read(self, chip: DocumentChip, document: Document) -> None:
        self._tasks.pop(chip, None)
        if chip in self._chips.chips:
            chip.set_document(document)
            self._chips.changed.emit()
            # Indexed in the history now, while the question is being typed, not when it
            # is sent: 10,000 pages take ~1.5 s to index.
            self._keep(document)

    def _on_failed(self, chip: DocumentChip, error: BaseException) -> None:
        self._tasks.pop(chip, None)
        removed = chip not in self._chips.chips
        self._chips.remove(chip)
        if isinstance(error, DocumentError):
            if not removed:  # taken off while being read: nothing to say
                self._say(error.message)
        else:
            # Not a file's fault but a bug: kept in the log with its traceback.
            log.error("Reading %s failed", chip.accessibleName(), exc_info=error)
            self._say(AttachFiles.tr("{name} could not be read.", name=chip.accessibleName()))

    @Slot()
    def _on_chips_changed(self) -> None:
        for chip, task in list(self._tasks.items()):
            if chip not in self._chips.chips:  # removed while being read: stop reading
                task.cancel()
                del self._tasks[chip]

    @property
    def fitting(self) -> bool:
        """Whether a question's files are being fitted to it right now."""
        return self._fitting is not None

    def fit(self, request: FilesRequest, then: Callable[[FilesSent], None]) -> None:
        """Fit the files to a question on a worker thread, then `then(sent)` on this one
        (a large collection takes a while to rank; the window must not stop for it)."""
        self._fitting = self._background.run(request.fit, lambda sent: self._on_fitted(sent, then))

    def _on_fitted(self, sent: FilesSent, then: Callable[[FilesSent], None]) -> None:
        self._fitting = None
        then(sent)

    def close(self) -> None:
        if self._fitting is not None:
            self._fitting.cancel()
        for task in self._tasks.values():
            task.cancel()
        self._background.close()
