"""Export conversations as Markdown or JSON (the format import reads back)."""

import base64
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from core import i18n
from core.chat.conversation import ReplyStatus, Role
from core.config.chat_options import ChatOptions
from core.documents.read import kind_label
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
from core.i18n import Context

MarkdownExport = Context("MarkdownExport")

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
    created = datetime.fromtimestamp(record.created_at)
    day = f"{created:%Y-%m-%d} {i18n.time_of_day(created)}"
    about = MarkdownExport.tr("{date} · %n message(s)", "", len(record.messages), date=day)
    lines = [f"# {record.title}", "", f"*{about}*", ""]
    prompt = (record.options or {}).get("system_prompt")
    if prompt:
        label = MarkdownExport.tr("System prompt:", "a label, followed by the chat's system prompt")
        lines += [f"*{label}* {prompt}", ""]
    for message in record.messages:
        lines += [f"**{_speaker(message)}**", ""]
        if message.reasoning:
            thinking = "\n".join(f"> {line}" for line in message.reasoning.splitlines())
            heading = MarkdownExport.tr("Thinking", "the heading of a model's reasoning")
            lines += [f"> *{heading}*", ">", thinking, ""]
        for image in message.images:
            kept = MarkdownExport.tr(
                "image: {name}, {size}; kept in the JSON export",
                name=image.name or image.mime,
                size=i18n.size(len(image.data) * 3 // 4),
            )
            lines += [f"*[{kept}]*", ""]
        for file in message.files:
            kept = MarkdownExport.tr(
                "file: {name}, {kind}, {size}; kept in the JSON export",
                name=file.name,
                kind=kind_label(file.kind),
                size=i18n.size(len(file.data) * 3 // 4),
            )
            lines += [f"*[{kept}]*", ""]
        lines += [message.content, ""]
        if message.context_note:
            lines += [f"*({message.context_note})*", ""]
        if message.status not in (ReplyStatus.COMPLETE.value, ReplyStatus.STREAMING.value):
            lines += [f"*({message.error or _status_label(message.status)})*", ""]
    return "\n".join(lines).rstrip()


def _speaker(message: MessageRecord) -> str:
    if message.role == Role.USER.value:
        return MarkdownExport.tr("You", "the heading of the user's messages")
    if message.role == Role.ASSISTANT.value and message.model:
        #: the heading of a reply, and the model that wrote it
        return MarkdownExport.tr("Assistant ({model})", model=message.model)
    return MarkdownExport.tr("Assistant", "the heading of a reply")


def _status_label(status: str) -> str:
    """How a reply ended, shown under it when no error says more."""
    if status == ReplyStatus.STOPPED.value:
        return MarkdownExport.tr("stopped", "a reply the user stopped")
    if status == ReplyStatus.FAILED.value:
        return MarkdownExport.tr("failed", "a reply that failed")
    if status == ReplyStatus.CUT_OFF.value:
        return MarkdownExport.tr("cut off", "a reply that reached its length limit")
    if status == ReplyStatus.FILTERED.value:
        return MarkdownExport.tr("filtered", "a reply the server's content filter stopped")
    if status == ReplyStatus.INTERRUPTED.value:
        return MarkdownExport.tr("interrupted", "a reply the app's closing cut short")
    return status


def _write(path: Path, text: str) -> None:
    # Write beside the target and rename: a cancelled or failed export leaves no half file.
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
