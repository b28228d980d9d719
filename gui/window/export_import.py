"""File → Export / Import: choose a file, run the job off the GUI thread, say how it went."""

import logging
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from core.config.recent_folders import RecentFolders
from core.errors import UserError
from core.history.file_names import safe_file_name
from core.history.store import HistoryStore
from core.i18n import Context
from gui.background import Background
from gui.chat.session import ChatSession
from gui.dialogs.file_dialogs import FileDialog, FileType, Purpose, ask_for_file
from gui.sidebar.sidebar import Sidebar

log = logging.getLogger(__name__)

ExportImport = Context("ExportImport")

PRODUCT = "Rivulet"  # a name: the same in every language

# The export and import modules are imported by the work itself, on its worker thread:
# start-up never pays for them.
if TYPE_CHECKING:
    from core.history.records import Cancelled, Progress

Work = Callable[["Progress", "Cancelled"], str]

MARKDOWN = FileType("Markdown", ("md",))  # format names, the same in every language
JSON = FileType("JSON", ("json",))
EXPORT_TYPES = (MARKDOWN, JSON)


def import_types() -> tuple[FileType, ...]:
    return (
        FileType(ExportImport.tr("Chat exports"), ("json",)),
        FileType(ExportImport.tr("All files")),
    )


class TransferJob(QObject):
    """One export or import: `work(progress, cancelled)` runs in the background and returns
    a sentence for the user. Signals arrive on the GUI thread; the job deletes itself once
    it has ended.

    Signals:
        progressed(int, int): done, total.
        succeeded(str): what was done, in plain words.
        failed(str): why not, in plain words (also when cancelled).
    """

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, background: Background, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = background.run_task(
            work, self._on_work_done, self._on_work_failed, self.progressed.emit
        )

    def cancel(self) -> None:
        self._task.cancel()

    def wait(self, seconds: float) -> None:
        self._task.wait(seconds)

    def _on_work_done(self, message: str) -> None:
        self._end(self.succeeded, message)

    def _on_work_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):  # cancelled, or a file that cannot be imported
            message = error.message
        elif isinstance(error, OSError):
            message = ExportImport.tr(
                "Rivulet could not write the file: {reason}.", reason=error.strerror or error
            )
        else:
            log.error("Export or import failed", exc_info=error)
            message = ExportImport.tr("Something went wrong inside Rivulet; nothing was changed.")
        self._end(self.failed, message)

    def _end(self, signal: SignalInstance, message: str) -> None:
        signal.emit(message)
        # Its work is done and told: a window that runs many exports keeps none of them.
        self.deleteLater()


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
        # Beside the history: the data folder (or the stand-in's, for a session not kept).
        self._folders = RecentFolders(store.path.parent)
        self.last_message = ""
        self.background = Background("transfer", self)

    # -- the jobs --------------------------------------------------------------------
    def export_chats(
        self, path: Path, conversation_ids: list[str] | None, *, markdown: bool | None = None
    ) -> TransferJob:
        """Export some chats (or all, for None) to `path`, as Markdown when `markdown`
        (by default: for a .md file), else JSON."""
        store = self._store
        if markdown is None:
            markdown = path.suffix.lower() == ".md"

        def work(progress: "Progress", cancelled: "Cancelled") -> str:
            from core.history.export import export_json, export_markdown, read_conversations

            with closing(store.new_reader()) as conn:
                records = list(read_conversations(conn, conversation_ids))
            writer = export_markdown if markdown else export_json
            writer(records, path, progress, cancelled)
            return ExportImport.tr("Exported %n chat(s) to {path}.", "", len(records), path=path)

        return self._start(ExportImport.tr("Exporting chats…"), work)

    def import_chats(self, path: Path) -> TransferJob:
        """Import Rivulet JSON or ChatGPT's conversations.json; all or nothing."""
        store = self._store

        def work(progress: "Progress", cancelled: "Cancelled") -> str:
            from core.history.imports import parse_file, write_records

            records = parse_file(path)
            result = store.in_transaction(
                lambda conn: write_records(conn, records, progress, cancelled)
            ).result()
            text = ExportImport.tr("Imported %n chat(s).", "", result.added)
            if result.already_there:
                skipped = ExportImport.tr(
                    "Skipped %n chat(s) that Rivulet already had.", "", result.already_there
                )
                text = f"{text} {skipped}"
            return text

        job = self._start(ExportImport.tr("Importing chats…"), work)
        job.succeeded.connect(self._sidebar.reload)
        return job

    def _start(self, label: str, work: Work) -> TransferJob:
        job = TransferJob(self.background, work, self)
        dialog = QProgressDialog(
            label, ExportImport.tr("Cancel", "stop the export or import"), 0, 0, self._window
        )
        dialog.setWindowTitle(PRODUCT)
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
        return job

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Warning, PRODUCT, message, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- menu actions ------------------------------------------------------------------
    @Slot()
    def export_current(self) -> None:
        conversation_id = self._session.conversation_id
        if conversation_id is None:
            self._window.statusBar().showMessage(
                ExportImport.tr("There is no saved chat open to export yet."), 5000
            )
            return
        self.export_chat(conversation_id)

    @Slot(str)
    def export_chat(self, conversation_id: str) -> None:
        """Ask where to export one chat (open or not), then export it."""
        untitled = ExportImport.tr("Rivulet chat", "a file name for a chat without a title")
        title = safe_file_name(self._sidebar.title_of(conversation_id) or "", untitled)
        self._ask_for_export(f"{title} {date.today().isoformat()}", [conversation_id])

    @Slot()
    def export_all(self) -> None:
        #: A file name for all chats; the date is written 2025-10-31.
        name = ExportImport.tr("Rivulet chats {date}", date=date.today().isoformat())
        self._ask_for_export(safe_file_name(name, "Rivulet chats"), None)

    @Slot()
    def import_file(self) -> None:
        ask_for_file(
            self._window,
            self._folders,
            Purpose.CHATS,
            title=ExportImport.tr("Import chats"),
            types=import_types(),
            then=lambda paths, _type: self.import_chats(paths[0]),
        )

    def _ask_for_export(self, name: str, conversation_ids: list[str] | None) -> FileDialog:
        # The type chosen in the dialog decides the format; the dialog has given the
        # name that type's extension too.
        return ask_for_file(
            self._window,
            self._folders,
            Purpose.CHATS,
            title=ExportImport.tr("Export chats"),
            types=EXPORT_TYPES,
            then=lambda paths, file_type: self.export_chats(
                paths[0], conversation_ids, markdown=file_type == MARKDOWN
            ),
            save_as=name,
        )
