"""Import Rivulet's JSON and ChatGPT's export.

Imports are all or nothing: the whole file is read and checked first, then written in
one transaction that a cancel rolls back. Conversation ids come from the file (ChatGPT's
prefixed with "chatgpt-"), so importing the same file twice adds nothing the second time.
"""

import base64
import binascii
import json
import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from core import i18n
from core.chat.attachments import AttachmentError, image_from_bytes
from core.chat.conversation import ReplyStatus, Role
from core.config.chat_options import ChatOptions
from core.documents.read import DocumentError, document_from_bytes
from core.history.files import write_files
from core.history.records import (
    FORMAT,
    Cancelled,
    ConversationRecord,
    FileRecord,
    ImageRecord,
    ImportResult,
    MessageRecord,
    Progress,
    TransferCancelledError,
    TransferError,
)
from core.history.store import new_id
from core.i18n import Context

ChatImports = Context("ChatImports")

# Files are read whole, and parsed JSON takes several times its size in memory: a heavy
# ChatGPT user's conversations.json is a few hundred MB.
MAX_IMPORT_BYTES = 1 << 30
# Nodes in one ChatGPT conversation (messages, edits and their branches); a real long
# chat has thousands.
MAX_CHAT_NODES = 100_000


# -- import -----------------------------------------------------------------------
def parse_file(path: Path) -> list[ConversationRecord]:
    """Read Rivulet JSON or ChatGPT's conversations.json; TransferError if it is neither.

    Whatever the file holds, this ends soon: its size, and every walk over the links it
    makes between messages, are bounded."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise TransferError(
                ChatImports.tr(
                    "{name} is {size}, more than the {limit} Rivulet can import at once, so "
                    "nothing was imported.",
                    name=path.name,
                    size=i18n.size(size),
                    limit=i18n.size(MAX_IMPORT_BYTES),
                )
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise TransferError(
            #: error: the system's own words for what went wrong
            ChatImports.tr(
                "Rivulet could not read {name}: {error}", name=path.name, error=str(error)
            )
        ) from error
    except RecursionError as error:  # brackets nested thousands deep: no export does that
        raise TransferError(
            ChatImports.tr(
                "{name} is not a conversation export (its data is nested far too deeply), "
                "so nothing was imported.",
                name=path.name,
            )
        ) from error
    except ValueError as error:
        raise TransferError(ChatImports.tr("{name} is not a JSON file.", name=path.name)) from error
    try:
        if isinstance(data, dict) and data.get("format") == FORMAT:
            return [_storable(_rivulet_record(c)) for c in data["conversations"]]
        if isinstance(data, list) and all(isinstance(c, dict) and "mapping" in c for c in data):
            records = (_storable(_chatgpt_record(c)) for c in data)
            return [r for r in records if r.messages]
    except _TooLargeError as error:
        raise TransferError(
            ChatImports.tr(
                "{name} has a conversation of more than %n message(s), more than Rivulet "
                "imports, so nothing was imported.",
                "",
                MAX_CHAT_NODES,
                name=path.name,
            )
        ) from error
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
        raise TransferError(
            ChatImports.tr(
                "{name} looks like a conversation export but is damaged or incomplete, "
                "so nothing was imported.",
                name=path.name,
            )
        ) from error
    raise TransferError(
        ChatImports.tr(
            "{name} is not a Rivulet export or a ChatGPT conversations.json, "
            "so nothing was imported.",
            name=path.name,
        )
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
LATEST_STAMP = 1e11  # seconds: the year 5138; past it, `time.localtime` fails


def _text(value: object) -> str:
    # JSON can carry half of a UTF-16 pair (a JavaScript string cut inside an emoji);
    # SQLite cannot store it, so it becomes the replacement character.
    return _LONE_SURROGATE.sub("\ufffd", str(value))


def _stamp(value: float) -> float:
    if not (math.isfinite(value) and abs(value) < LATEST_STAMP):
        raise ValueError("not a time")  # NaN would not even fit the NOT NULL columns
    return value


def _storable(record: ConversationRecord) -> ConversationRecord:
    """`record` with only text SQLite can store and times that are times."""
    messages = tuple(
        replace(
            m,
            id=_text(m.id),
            content=_text(m.content),
            error=None if m.error is None else _text(m.error),
            model=_text(m.model),
            created_at=_stamp(m.created_at),
            reasoning=_text(m.reasoning),
            images=tuple(replace(i, name=_text(i.name)) for i in m.images),
            files=tuple(replace(f, name=_text(f.name)) for f in m.files),
            context=_text(m.context),
            context_note=_text(m.context_note),
        )
        for m in record.messages
    )
    return replace(
        record,
        id=_text(record.id),
        title=_text(record.title),
        created_at=_stamp(record.created_at),
        updated_at=_stamp(record.updated_at),
        messages=messages,
        model=_text(record.model),
    )


def _rivulet_record(data: dict[str, Any]) -> ConversationRecord:
    messages = tuple(
        MessageRecord(
            id=str(m["id"]),
            role=Role(m["role"]).value,
            content=str(m["content"]),
            status=ReplyStatus(m.get("status", "complete")).value,
            error=m.get("error"),
            model=str(m.get("model", "")),
            created_at=float(m.get("created_at", 0.0)),
            reasoning=str(m.get("reasoning", "")),
            images=tuple(_image_record(i) for i in m.get("images") or ()),
            files=tuple(_file_record(f) for f in m.get("files") or ()),
            context=str(m.get("context", "")),
            context_note=str(m.get("context_note", "")),
        )
        for m in data["messages"]
    )
    options = data.get("options")
    return ConversationRecord(
        str(data["id"]),
        str(data["title"]),
        float(data["created_at"]),
        float(data["updated_at"]),
        messages,
        str(data.get("model") or ""),
        asdict(ChatOptions.from_dict(options)) if isinstance(options, dict) else None,
        data.get("pinned") is True,
    )


def _image_record(data: dict[str, Any]) -> ImageRecord:
    """An image from a file, checked like one the user attaches: a real image, not too big."""
    try:
        raw = base64.b64decode(str(data["data"]), validate=True)
        image = image_from_bytes(raw, str(data.get("name") or ""))
    except (binascii.Error, AttachmentError) as error:
        raise ValueError("bad image") from error
    return ImageRecord(image.mime, image.name, str(data["data"]))


def _file_record(data: dict[str, Any]) -> FileRecord:
    """A file from an export, checked like one the user attaches (it is read again on
    import: a damaged or unsafe file is refused here, not met later)."""
    try:
        raw = base64.b64decode(str(data["data"]), validate=True)
        name = data.get("name") or ChatImports.tr(
            "file", "the name of a file in an export that gives it none (no extension)"
        )
        document = document_from_bytes(raw, str(name))
    except (binascii.Error, DocumentError) as error:
        raise ValueError("bad file") from error
    return FileRecord(document.name, document.kind, str(data["data"]))


class _TooLargeError(Exception):
    """A conversation longer than any real export holds (more than MAX_CHAT_NODES)."""


def _chatgpt_record(data: dict[str, Any]) -> ConversationRecord:
    mapping: dict[str, Any] = data["mapping"]
    if len(mapping) > MAX_CHAT_NODES:
        raise _TooLargeError(f"{len(mapping)} nodes")
    # The conversation shown in ChatGPT is the path from the root to current_node. A file
    # whose messages name each other as parent would send this walk round for ever.
    path = []
    seen: set[str] = set()
    node_id = data.get("current_node")
    while node_id is not None:
        if node_id in seen:
            raise ValueError("the messages' parent links form a loop")
        seen.add(node_id)
        node = mapping[node_id]
        path.append(node)
        node_id = node.get("parent")
    messages = []
    for node in reversed(path):
        message = node.get("message") or {}
        role = (message.get("author") or {}).get("role")
        content = message.get("content") or {}
        parts = [p for p in content.get("parts") or [] if isinstance(p, str)]
        text = "\n".join(parts).strip()
        if role not in ("user", "assistant") or not text:
            continue  # system prompts, tool calls, images
        messages.append(
            MessageRecord(
                id=f"chatgpt-{message.get('id') or node['id']}",
                role=role,
                content=text,
                model=str((message.get("metadata") or {}).get("model_slug") or ""),
                created_at=float(message.get("create_time") or 0.0),
            )
        )
    created = float(data.get("create_time") or 0.0)
    source_id = data.get("conversation_id") or data.get("id")
    if not source_id:
        raise KeyError("conversation_id")
    return ConversationRecord(
        f"chatgpt-{source_id}",
        # Stored as the title, in the language of the moment.
        str(data.get("title") or ChatImports.tr("ChatGPT conversation", "a chat's title")),
        created,
        float(data.get("update_time") or created),
        tuple(messages),
    )


def write_records(
    conn: sqlite3.Connection,
    records: list[ConversationRecord],
    progress: Progress = lambda _d, _t: None,
    cancelled: Cancelled = lambda: False,
) -> ImportResult:
    """Insert the conversations not there yet. Runs inside the caller's transaction."""
    added = 0
    for number, record in enumerate(records, 1):
        if cancelled():
            raise TransferCancelledError
        options = ChatOptions.from_dict(record.options or {})
        inserted = conn.execute(
            "INSERT OR IGNORE INTO conversations (id, title, created_at, updated_at, model,"
            " options, pinned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                record.title,
                record.created_at,
                record.updated_at,
                record.model,
                options.to_json(),
                record.updated_at if record.pinned else None,
            ),
        ).rowcount
        if inserted:
            added += 1
            ids = _free_ids(conn, record.messages)
            conn.executemany(
                "INSERT OR IGNORE INTO messages (id, conversation_id, seq, role, content, status,"
                " error, model, reasoning, created_at, updated_at, context, context_note)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        message_id,
                        record.id,
                        seq,
                        m.role,
                        m.content,
                        m.status,
                        m.error,
                        m.model,
                        m.reasoning,
                        m.created_at,
                        m.created_at,
                        m.context,
                        m.context_note,
                    )
                    for seq, (m, message_id) in enumerate(zip(record.messages, ids, strict=True), 1)
                ],
            )
            for m, message_id in zip(record.messages, ids, strict=True):
                _write_files(conn, message_id, m.files)
            conn.executemany(
                "INSERT INTO attachments (message_id, seq, mime, name, data) VALUES (?,?,?,?,?)",
                [
                    (message_id, seq, image.mime, image.name, base64.b64decode(image.data))
                    for m, message_id in zip(record.messages, ids, strict=True)
                    for seq, image in enumerate(m.images)
                ],
            )
        progress(number, len(records))
    return ImportResult(added, len(records) - added)


def _write_files(conn: sqlite3.Connection, message_id: str, files: Iterable[FileRecord]) -> None:
    documents = [document_from_bytes(base64.b64decode(f.data), f.name) for f in files]
    write_files(conn, message_id, documents)


def _free_ids(conn: sqlite3.Connection, messages: Iterable[MessageRecord]) -> list[str]:
    """The id each message is stored under: its own, or a new one where that id is taken.

    A new conversation can carry message ids the history already has (a file edited by
    hand, an export imported under another id); keeping them would drop those messages
    and hang their images on someone else's.
    """
    taken: set[str] = set()
    ids = []
    for message in messages:
        message_id = message.id
        if (
            message_id in taken
            or conn.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone()
        ):
            message_id = new_id()
        taken.add(message_id)
        ids.append(message_id)
    return ids
