"""One mapping of stored messages, for the store and for export: what is kept as written,
and what is shown."""

import sqlite3
from contextlib import closing
from pathlib import Path

from core.chat.attachments import Attachment
from core.chat.conversation import Message, ReplyStatus, Role
from core.history.recorder import ConversationRecorder
from core.history.rows import read_messages
from core.history.store import DB_NAME, HistoryStore

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def test_a_reply_left_streaming_by_a_crash_reads_back_as_interrupted(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store)
    images = (Attachment("image/png", PNG, "a.png"), Attachment("image/png", PNG + b"2", "b.png"))
    recorder.append(Message(Role.USER, "Look", images=images))
    recorder.append(Message(Role.ASSISTANT, "Half a", ReplyStatus.STREAMING)).result(5)
    conversation_id = recorder.conversation_id
    assert conversation_id is not None
    store.close()
    with closing(HistoryStore(tmp_path).new_reader()) as conn:
        prompt, reply = read_messages(conn, conversation_id)
    assert prompt.images == images  # in the order they were sent
    assert prompt.message() == Message(Role.USER, "Look", images=images)
    assert reply.status == "streaming"  # export keeps what was written...
    assert reply.message().status is ReplyStatus.INTERRUPTED  # ...the window shows the truth


def test_a_status_from_a_newer_version_shows_as_failed(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.ASSISTANT, "?", ReplyStatus.COMPLETE)).result(5)
    conversation_id = recorder.conversation_id
    assert conversation_id is not None
    store.close()
    with closing(sqlite3.connect(tmp_path / DB_NAME)) as conn:
        conn.execute("UPDATE messages SET status = 'paused-by-a-future-version'")
        conn.commit()
        (row,) = read_messages(conn, conversation_id)
    assert row.message().status is ReplyStatus.FAILED
    assert row.message().content == "?"
