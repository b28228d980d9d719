"""`HistoryStore`: every conversation in one SQLite file, written off the caller's thread.

Writes go to one background thread that owns the writing connection, in order, and
return futures; reads use a second connection (WAL lets them run beside the writer).
Ids are made by the caller (uuid4 hex), so a reply can be checkpointed before its row
is known to exist. Schema changes are an ordered list of migrations; before running
any, a copy of the file is saved next to it. A file SQLite cannot read is moved aside,
never deleted, and a fresh one is started.
"""

import logging
import queue
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from core.chat.conversation import Message
from core.config.chat_options import ChatOptions, ChatSetup
from core.documents.passages import InMemory, Passages
from core.documents.read import Document
from core.errors import UserError
from core.history.files import keep_files, write_files
from core.history.passages import StoredPassages
from core.history.rows import read_messages
from core.history.schema import MIGRATIONS
from core.history.search import ConversationHit, SearchHit, search_conversations, search_messages
from core.i18n import Context

HistoryErrors = Context("HistoryErrors")

log = logging.getLogger(__name__)

DB_NAME = "rivulet.db"

T = TypeVar("T")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class StoredMessage:
    id: str
    message: Message


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    updated_at: float
    pinned: bool = False


@dataclass(frozen=True)
class StoredConversation:
    id: str
    title: str
    messages: list[StoredMessage]
    setup: ChatSetup = ChatSetup()


class StoreError(UserError):
    """The store could not write; `message` says why in plain words."""


def _plain(error: sqlite3.Error) -> str:
    text = str(error).lower()  # SQLite's words are English: matched as they are
    if "full" in text:
        return HistoryErrors.tr("The disk is full, so Rivulet could not save the conversation.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return HistoryErrors.tr(
            "Rivulet's data folder is read-only, so it could not save the conversation."
        )
    #: error: SQLite's own words for what went wrong
    return HistoryErrors.tr("Rivulet could not save the conversation ({error}).", error=str(error))


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """The file itself is bad (as opposed to a folder we may not write, or a locked file)."""
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


class HistoryStore:
    """Conversations and messages in `folder/rivulet.db`.

    `moved_aside` is the path a damaged file was moved to at open, if that happened.
    `on_write_error(message)` is called on the writer thread when a write fails.
    """

    def __init__(
        self,
        folder: Path,
        *,
        migrations: Sequence[str] = MIGRATIONS,
        on_write_error: Callable[[str], None] = lambda _message: None,
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DB_NAME
        self.moved_aside: Path | None = None
        self.on_write_error = on_write_error
        self._reader = self._open(migrations)
        self._queue: queue.SimpleQueue[
            tuple[Callable[[sqlite3.Connection], Any], Future[Any]] | None
        ]
        self._queue = queue.SimpleQueue()
        self._writer_conn = _connect(self.path)
        # FULL: a commit reaches the disk before it returns, so a power cut loses at
        # most what was not yet checkpointed (about a second of a streaming reply).
        self._writer_conn.execute("PRAGMA synchronous = FULL")
        self._writer = threading.Thread(target=self._write_loop, name="rivulet-store", daemon=True)
        self._writer.start()

    @classmethod
    def open_or_stand_in(cls, folder: Path) -> "tuple[HistoryStore, str | None]":
        """The store in `folder`, or, if it cannot be opened, one in a temporary folder
        plus a sentence saying why this session's chats will not be kept."""
        try:
            return cls(folder), None
        except StoreError as error:
            stand_in = cls(Path(tempfile.mkdtemp(prefix="rivulet-unsaved-")))
            #: reason: a sentence saying why the history could not be opened
            return stand_in, HistoryErrors.tr(
                "{reason} This session's chats will not be kept.", reason=error.message
            )

    # -- opening -----------------------------------------------------------------
    def _open(self, migrations: Sequence[str]) -> sqlite3.Connection:
        try:
            conn = self._connect_and_check()
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise StoreError(_plain(error)) from error
            log.warning("Cannot read %s (%s); moving it aside", self.path, error)
            self.moved_aside = self._move_aside()
            conn = self._connect_and_check()
        self._migrate(conn, migrations)
        # Deleting is undoable until the app closes; what was deleted goes now.
        conn.execute("DELETE FROM conversations WHERE deleted_at IS NOT NULL")
        # Files no prompt holds any more (their chats were deleted).
        conn.execute("DELETE FROM files WHERE sha256 NOT IN (SELECT sha256 FROM message_files)")
        return conn

    def _connect_and_check(self) -> sqlite3.Connection:
        conn = _connect(self.path)
        conn.execute("PRAGMA journal_mode = WAL")
        # Cheap enough for every start (unlike quick_check, which reads the whole
        # file): reading the schema fails at once on a file that is not a database.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                part.replace(Path(f"{aside}{suffix}"))
        return aside

    def _migrate(self, conn: sqlite3.Connection, migrations: Sequence[str]) -> None:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(migrations):
            raise StoreError(
                HistoryErrors.tr(
                    "{path} was written by a newer Rivulet (schema {version}); "
                    "update Rivulet to open it.",
                    path=str(self.path),
                    version=str(version),
                )
            )
        if version == len(migrations):
            return
        if version > 0:
            backup = self.path.with_name(f"{self.path.stem}.before-v{len(migrations)}.db")
            with sqlite3.connect(backup) as copy:
                conn.backup(copy)
            copy.close()
            log.info("Backed up %s to %s before migrating", self.path, backup)
        for number in range(version + 1, len(migrations) + 1):
            # One script per migration, in its own transaction: statements may contain ";"
            # (trigger bodies), which splitting the text by hand would break.
            try:
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{migrations[number - 1]};\n"
                    f"PRAGMA user_version = {number};\nCOMMIT;"
                )
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # -- writing (background thread) ----------------------------------------------
    def _write_loop(self) -> None:
        conn = self._writer_conn
        while True:
            item = self._queue.get()
            if item is None:
                return
            work, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                conn.execute("BEGIN IMMEDIATE")
                result = work(conn)
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                message = _plain(error)
                log.error("Write failed: %s", error)
                self.on_write_error(message)
                future.set_exception(StoreError(message))
            except BaseException as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                future.set_exception(error)
            else:
                future.set_result(result)

    def in_transaction(self, work: Callable[[sqlite3.Connection], T]) -> "Future[T]":
        """Run `work` on the writer thread in one transaction (rolled back if it raises)."""
        return self._submit(work)

    def new_reader(self) -> sqlite3.Connection:
        """A read-only connection of its own, for reading on another thread."""
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def _submit(self, work: Callable[[sqlite3.Connection], T]) -> "Future[T]":
        future: Future[T] = Future()
        self._queue.put((work, future))
        return future

    def add_conversation(
        self, conversation_id: str, title: str, setup: ChatSetup = ChatSetup()
    ) -> "Future[None]":
        now = time.time()

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at, provider, model,"
                " options) VALUES (?,?,?,?,?,?,?)",
                (
                    conversation_id,
                    title,
                    now,
                    now,
                    setup.provider_id,
                    setup.model,
                    setup.options.to_json(),
                ),
            )

        return self._submit(work)

    def set_setup(self, conversation_id: str, setup: ChatSetup) -> "Future[None]":
        """Remember the provider, model and options a conversation now uses."""

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE conversations SET provider = ?, model = ?, options = ? WHERE id = ?",
                (setup.provider_id, setup.model, setup.options.to_json(), conversation_id),
            )

        return self._submit(work)

    def add_message(
        self, conversation_id: str, message_id: str, message: Message
    ) -> "Future[None]":
        now = time.time()

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO messages (id, conversation_id, seq, role, content, status, error,"
                " model, reasoning, stats, created_at, updated_at, context, context_note)"
                " VALUES (?, ?,"
                " (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation_id = ?),"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    conversation_id,
                    conversation_id,
                    message.role.value,
                    message.content,
                    message.status.value,
                    message.error,
                    message.model,
                    message.reasoning,
                    message.stats.to_json() if message.stats else "",
                    now,
                    now,
                    message.context,
                    message.context_note,
                ),
            )
            write_files(conn, message_id, message.documents)
            conn.executemany(
                "INSERT INTO attachments (message_id, seq, mime, name, data) VALUES (?,?,?,?,?)",
                [
                    (message_id, seq, image.mime, image.name, image.data)
                    for seq, image in enumerate(message.images)
                ],
            )
            conn.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id)
            )

        return self._submit(work)

    def update_message(self, message_id: str, message: Message) -> "Future[None]":
        """Checkpoint a reply: its text so far and how it stands."""
        now = time.time()

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE messages SET content = ?, status = ?, error = ?, model = ?, reasoning = ?,"
                " stats = ?, updated_at = ? WHERE id = ?",
                (
                    message.content,
                    message.status.value,
                    message.error,
                    message.model,
                    message.reasoning,
                    message.stats.to_json() if message.stats else "",
                    now,
                    message_id,
                ),
            )

        return self._submit(work)

    def delete_message(self, message_id: str) -> "Future[None]":
        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM messages WHERE id = ?", (message_id,))

        return self._submit(work)

    def rename(self, conversation_id: str, title: str) -> "Future[None]":
        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id)
            )

        return self._submit(work)

    def retitle(self, conversation_id: str, title: str, *, if_title: str) -> "Future[bool]":
        """Rename only if the title is still `if_title`: a title the model suggests never
        replaces one the user gave meanwhile (writes are applied in order, so a rename
        asked for before this one is seen). True if it was renamed."""

        def work(conn: sqlite3.Connection) -> bool:
            cursor = conn.execute(
                "UPDATE conversations SET title = ? WHERE id = ? AND title = ?",
                (title, conversation_id, if_title),
            )
            return cursor.rowcount == 1

        return self._submit(work)

    def title(self, conversation_id: str) -> str | None:
        """The conversation's title as last written (None if there is no such chat)."""
        row = self._reader.execute(
            "SELECT title FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def set_pinned(self, conversation_id: str, pinned: bool) -> "Future[None]":
        """Pin a conversation to the top of the list, or unpin it."""
        stamp = time.time() if pinned else None

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE conversations SET pinned_at = ? WHERE id = ?", (stamp, conversation_id)
            )

        return self._submit(work)

    def set_deleted(self, conversation_id: str, deleted: bool) -> "Future[None]":
        """Hide (or bring back) a conversation; hidden ones are purged at the next start."""
        stamp = time.time() if deleted else None

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ?", (stamp, conversation_id)
            )

        return self._submit(work)

    def keep(self, documents: Sequence[Document]) -> "Future[None]":
        """Keep files, their passages indexed, before a message holds them (a file no
        message holds is removed at the next open)."""
        return self._submit(lambda conn: keep_files(conn, documents))

    def passages(self, documents: Sequence[Document]) -> AbstractContextManager[Passages]:
        """`documents`' passages, ranked by the history's own index: kept first if they are
        not yet (waits for the writer: call it off the GUI thread). Ranked in memory when
        they cannot be kept (a full disk, a closed store), so a question still goes."""
        if self._writer.is_alive():
            try:
                self.keep(documents).result(timeout=60)
            except (StoreError, FutureTimeout):
                pass
            else:
                return StoredPassages(self.new_reader(), documents)
        return nullcontext(InMemory(documents))

    def close(self) -> None:
        """Finish every queued write, then close both connections. Safe to call twice."""
        if not self._writer.is_alive():
            return
        self._queue.put(None)
        self._writer.join()
        self._writer_conn.close()
        self._reader.close()

    # -- reading (caller's thread) --------------------------------------------------
    def latest_conversation(self) -> StoredConversation | None:
        row = self._reader.execute(
            "SELECT id FROM conversations WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1"
        ).fetchone()
        return self.load(row[0]) if row else None

    def conversations(self, limit: int = -1) -> list[ConversationSummary]:
        """Every conversation not deleted (or the first `limit`): the pinned ones, then
        the rest, each newest first."""
        rows = self._reader.execute(
            "SELECT id, title, updated_at, pinned_at IS NOT NULL FROM conversations"
            " WHERE deleted_at IS NULL"
            " ORDER BY pinned_at IS NULL, updated_at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [ConversationSummary(i, t, u, bool(p)) for i, t, u, p in rows]

    def pinned_ids(self) -> set[str]:
        """The ids of the pinned conversations (not deleted)."""
        rows = self._reader.execute(
            "SELECT id FROM conversations WHERE pinned_at IS NOT NULL AND deleted_at IS NULL"
        ).fetchall()
        return {row[0] for row in rows}

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Messages matching every word of `text` (word prefixes too), newest first."""
        return search_messages(self._reader, text, limit)

    def search_conversations(self, text: str, limit: int = 100) -> list[ConversationHit]:
        """Chats with messages matching `text`, one per chat, by their newest match."""
        return search_conversations(self._reader, text, limit)

    def load(self, conversation_id: str) -> StoredConversation | None:
        head = self._reader.execute(
            "SELECT title, provider, model, options FROM conversations WHERE id = ?",
            (conversation_id,),
        ).fetchone()
        if head is None:
            return None
        messages = [
            StoredMessage(row.id, row.message())
            # The files' text, not their bytes: those stay in the file (export reads them;
            # a file attached again later is kept once, by its hash).
            for row in read_messages(self._reader, conversation_id, file_bytes=False)
        ]
        title, provider, model, options = head
        setup = ChatSetup(provider, model, ChatOptions.from_json(options))
        return StoredConversation(conversation_id, title, messages, setup)
