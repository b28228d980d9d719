"""File → Export / Import: choose a file, run the job off the GUI thread, say how it went."""

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from core.store import HistoryStore
from core.transfer import (
    Cancelled,
    Progress,
    export_json,
    export_markdown,
    parse_file,
    read_conversations,
    write_records,
)
from gui.chat_session import ChatSession
from gui.sidebar import Sidebar
from gui.transfer_job import TransferJob


class TransferActions(QObject):
    """Exports and imports for a window; `last_message` is the last failure shown."""

    def __init__(
        self, window: QMainWindow, store: HistoryStore, session: ChatSession, sidebar: Sidebar
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._session = session
        self._sidebar = sidebar
        self.last_message = ""

    # -- the jobs --------------------------------------------------------------------
    def export_chats(self, path: Path, conversation_ids: list[str] | None) -> TransferJob:
        """Export some chats (or all, for None) to `path`: Markdown for .md, else JSON."""
        store = self._store

        def work(progress: Progress, cancelled: Cancelled) -> str:
            with closing(store.new_reader()) as conn:
                records = list(read_conversations(conn, conversation_ids))
            writer = export_markdown if path.suffix.lower() == ".md" else export_json
            writer(records, path, progress, cancelled)
            count = len(records)
            return f"Exported {count} chat{'s' if count != 1 else ''} to {path}."

        return self._start("Exporting chats…", work)

    def import_chats(self, path: Path) -> TransferJob:
        """Import Rivulet JSON or ChatGPT's conversations.json; all or nothing."""
        store = self._store

        def work(progress: Progress, cancelled: Cancelled) -> str:
            records = parse_file(path)
            result = store.in_transaction(
                lambda conn: write_records(conn, records, progress, cancelled)
            ).result()
            text = f"Imported {result.added} chat{'s' if result.added != 1 else ''}"
            if result.already_there:
                text += f" ({result.already_there} were already here)"
            return text + "."

        job = self._start("Importing chats…", work)
        job.succeeded.connect(self._sidebar.reload)
        return job

    def _start(self, label: str, work: Callable[[Progress, Cancelled], str]) -> TransferJob:
        job = TransferJob(work, self)
        dialog = QProgressDialog(label, "Cancel", 0, 0, self._window)
        dialog.setWindowTitle("Rivulet")
        dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        job.progressed.connect(lambda _done, total: dialog.setMaximum(total))
        job.progressed.connect(lambda done, _total: dialog.setValue(done))
        job.succeeded.connect(lambda text: self._window.statusBar().showMessage(text, 10_000))
        job.failed.connect(self._on_job_failed)
        for signal in (job.succeeded, job.failed):
            signal.connect(dialog.close)
            signal.connect(dialog.deleteLater)
        job.start()
        return job

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Warning, "Rivulet", message, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- menu actions ------------------------------------------------------------------
    @Slot()
    def export_current(self) -> None:
        conversation_id = self._session.conversation_id
        if conversation_id is None:
            self._window.statusBar().showMessage("There is no saved chat open to export yet.", 5000)
            return
        self._ask_for_file(save=True, then=lambda path: self.export_chats(path, [conversation_id]))

    @Slot()
    def export_all(self) -> None:
        self._ask_for_file(save=True, then=lambda path: self.export_chats(path, None))

    @Slot()
    def import_file(self) -> None:
        self._ask_for_file(save=False, then=self.import_chats)

    def _ask_for_file(self, *, save: bool, then: Callable[[Path], object]) -> None:
        # open() rather than exec(): no nested event loop under qasync.
        dialog = QFileDialog(self._window, "Export chats" if save else "Import chats")
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilters(["Markdown (*.md)", "JSON (*.json)"])
            dialog.setDefaultSuffix("md")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilters(["Chat exports (*.json)", "All files (*)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        dialog.open()
