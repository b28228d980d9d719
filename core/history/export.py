"""Export conversations as Markdown or JSON (the format import reads back)."""

import base64
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TypeVar

from core.chat.attachments import describe_size
from core.chat.conversation import ReplyStatus, Role
from core.config.chat_options import ChatOptions
from core.history.records import (
    FORMAT,
    VERSION,
    Cancelled,
    ConversationRecord,
    FileRecord,
    ImageRecord,
    MessageRecord,
    Progress,
    TransferCancelledError,
)
from core.history.rows import read_messages

T = TypeVar("T")


# -- reading the history ----------------------------------------------------------
def read_conversations(
    conn: sqlite3.Connection, ids: Iterable[str] | None = None
) -> Iterator[ConversationRecord]:
    """Conversations (all, newest first, or the given ids) with their messages, in order."""
    if ids is None:
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM conversations WHERE deleted_at IS NULL ORDER BY updated_at DESC"
            )
        ]
    for conversation_id in ids:
        head = conn.execute(
            "SELECT title, created_at, updated_at, model, options, pinned_at IS NOT NULL"
            " FROM conversations WHERE id = ?",
            (conversation_id,),
        ).fetchone()
        if head is None:
            continue
        messages = tuple(
            MessageRecord(
                id=row.id,
                role=row.role,
                content=row.content,
                status=row.status,
                error=row.error,
                model=row.model,
                created_at=row.created_at,
                reasoning=row.reasoning,
                images=tuple(
                    ImageRecord(i.mime, i.name, base64.b64encode(i.data).decode("ascii"))
                    for i in row.images
                ),
                files=tuple(
                    FileRecord(d.name, d.kind, base64.b64encode(d.data).decode("ascii"))
                    for d in row.documents
                ),
                context=row.context,
                context_note=row.context_note,
            )
            for row in read_messages(conn, conversation_id)
        )
        title, created, updated, chat_model, options, pinned = head
        chosen = ChatOptions.from_json(options)
        yield ConversationRecord(
            conversation_id,
            title,
            created,
            updated,
            messages,
            chat_model,
            None if chosen.is_default else asdict(chosen),
            bool(pinned),
        )


# -- export -----------------------------------------------------------------------
def export_json(
    records: list[ConversationRecord],
    path: Path,
    progress: Progress = lambda _d, _t: None,
    cancelled: Cancelled = lambda: False,
) -> None:
    out = _each(records, asdict, progress, cancelled)
    document = {"format": FORMAT, "version": VERSION, "conversations": out}
    _write(path, json.dumps(document, ensure_ascii=False, indent=1))


def export_markdown(
    records: list[ConversationRecord],
    path: Path,
    progress: Progress = lambda _d, _t: None,
    cancelled: Cancelled = lambda: False,
) -> None:
    parts = _each(records, _markdown, progress, cancelled)
    _write(path, "\n\n---\n\n".join(parts) + "\n")


def _each(
    records: list[ConversationRecord],
    render: Callable[[ConversationRecord], T],
    progress: Progress,
    cancelled: Cancelled,
) -> list[T]:
    """Render every record, reporting progress and stopping at a cancel."""
    out = []
    for number, record in enumerate(records, 1):
        if cancelled():
            raise TransferCancelledError
        out.append(render(record))
        progress(number, len(records))
    return out


def _markdown(record: ConversationRecord) -> str:
    day = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created_at))
    lines = [f"# {record.title}", "", f"*{day} · {len(record.messages)} messages*", ""]
    prompt = (record.options or {}).get("system_prompt")
    if prompt:
        lines += [f"*System prompt:* {prompt}", ""]
    for message in record.messages:
        who = "You" if message.role == Role.USER.value else "Assistant"
        if message.role == Role.ASSISTANT.value and message.model:
            who += f" ({message.model})"
        lines += [f"**{who}**", ""]
        if message.reasoning:
            thinking = "\n".join(f"> {line}" for line in message.reasoning.splitlines())
            lines += ["> *Thinking*", ">", thinking, ""]
        for image in message.images:
            size = describe_size(len(image.data) * 3 // 4)
            lines += [f"*[image: {image.name or image.mime}, {size}; kept in the JSON export]*", ""]
        for file in message.files:
            size = describe_size(len(file.data) * 3 // 4)
            lines += [f"*[file: {file.name}, {file.kind}, {size}; kept in the JSON export]*", ""]
        lines += [message.content, ""]
        if message.context_note:
            lines += [f"*({message.context_note})*", ""]
        if message.status not in (ReplyStatus.COMPLETE.value, ReplyStatus.STREAMING.value):
            lines += [f"*({message.error or message.status.replace('_', ' ')})*", ""]
    return "\n".join(lines).rstrip()


def _write(path: Path, text: str) -> None:
    # Write beside the target and rename: a cancelled or failed export leaves no half file.
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
