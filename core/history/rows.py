"""Messages as the history file keeps them: one query and one mapping of their columns,
shared by the store (to show a chat) and export (to write one)."""

import json
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from core.chat.attachments import Attachment
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.stats import ReplyStats
from core.documents.read import Document

# Plain lookups: calling an Enum by value costs microseconds, and a long chat has
# thousands of rows.
_STATUSES = {status.value: status for status in ReplyStatus}
_ROLES = {role.value: role for role in Role}


class MessageRow(NamedTuple):
    """One row of `messages`, as stored (the status as written, even "streaming"). A
    tuple: opening a 2,000-message chat builds one per message."""

    id: str
    role: str
    content: str
    status: str
    error: str | None
    model: str
    created_at: float
    reasoning: str
    stats: str
    images: tuple[Attachment, ...]
    documents: tuple[Document, ...] = ()
    context: str = ""
    context_note: str = ""

    def message(self) -> Message:
        """The `Message` to show: a reply still marked as streaming when read back was cut
        short by a crash; a status this version does not know counts as failed."""
        state = _STATUSES.get(self.status, ReplyStatus.FAILED)
        if state is ReplyStatus.STREAMING:
            state = ReplyStatus.INTERRUPTED
        return Message(
            _ROLES[self.role],
            self.content,
            state,
            self.error,
            self.model,
            self.reasoning,
            ReplyStats.from_json(self.stats),
            images=self.images,
            documents=self.documents,
            context=self.context,
            context_note=self.context_note,
        )


def read_messages(
    conn: sqlite3.Connection, conversation_id: str, *, file_bytes: bool = True
) -> Iterator[MessageRow]:
    """A conversation's messages in order, each with its images and files (the files'
    bytes only with `file_bytes`: showing a chat needs their text, export their bytes)."""
    images = read_images(conn, conversation_id)
    documents = read_documents(conn, conversation_id, file_bytes=file_bytes)
    rows = conn.execute(
        "SELECT id, role, content, status, error, model, created_at, reasoning, stats,"
        " context, context_note FROM messages WHERE conversation_id = ? ORDER BY seq",
        (conversation_id,),
    ).fetchall()
    for row in rows:  # its first nine columns are MessageRow's, then context and note
        message_id = row[0]
        yield MessageRow._make(
            (
                *row[:9],
                tuple(images.get(message_id, ())),
                tuple(documents.get(message_id, ())),
                *row[9:],
            )
        )


def read_documents(
    conn: sqlite3.Connection, conversation_id: str, *, file_bytes: bool = True
) -> dict[str, list[Document]]:
    """The files of a conversation's prompts, by message id, in the order attached."""
    documents: dict[str, list[Document]] = {}
    data_column = "f.data" if file_bytes else "x''"  # a 50 MB PDF is not read to show it
    for message_id, name, kind, size, pages, data, sha256 in conn.execute(
        f"SELECT mf.message_id, mf.name, f.kind, f.size, f.pages, {data_column}, f.sha256"
        " FROM message_files mf JOIN files f ON f.sha256 = mf.sha256"
        " JOIN messages m ON m.id = mf.message_id WHERE m.conversation_id = ?"
        " ORDER BY mf.message_id, mf.seq",
        (conversation_id,),
    ):
        document = Document(name, kind, size, tuple(json.loads(pages)), bytes(data), sha256)
        documents.setdefault(message_id, []).append(document)
    return documents


def read_images(conn: sqlite3.Connection, conversation_id: str) -> dict[str, list[Attachment]]:
    """The images of a conversation's messages, by message id, in the order they were sent."""
    images: dict[str, list[Attachment]] = {}
    for message_id, mime, name, data in conn.execute(
        "SELECT a.message_id, a.mime, a.name, a.data FROM attachments a"
        " JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = ?"
        " ORDER BY a.message_id, a.seq",
        (conversation_id,),
    ):
        images.setdefault(message_id, []).append(Attachment(mime, bytes(data), name))
    return images
