"""HistoryStore on real SQLite files: round trips, migrations, damage, failing disks."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.conversation import Message, ReplyStatus, Role
from core.recorder import ConversationRecorder, title_from
from core.store import DB_NAME, MIGRATIONS, HistoryStore, StoreError


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore(tmp_path)
    yield opened
    opened.close()


def test_round_trip_in_order(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "Hello?"))
    recorder.append(Message(Role.ASSISTANT, "", ReplyStatus.STREAMING))
    recorder.update_last(Message(Role.ASSISTANT, "Hi!", ReplyStatus.COMPLETE)).result(5)
    store.close()

    reopened = HistoryStore(tmp_path)
    latest = reopened.latest_conversation()
    assert latest is not None
    assert latest.title == "Hello?"
    assert [m.message for m in latest.messages] == [
        Message(Role.USER, "Hello?"),
        Message(Role.ASSISTANT, "Hi!", ReplyStatus.COMPLETE),
    ]
    reopened.close()


def test_a_reply_left_streaming_reads_back_as_interrupted(store: HistoryStore) -> None:
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "q"))
    recorder.append(Message(Role.ASSISTANT, "half", ReplyStatus.STREAMING)).result(5)
    latest = store.latest_conversation()
    assert latest is not None
    assert latest.messages[-1].message.status is ReplyStatus.INTERRUPTED
    assert latest.messages[-1].message.content == "half"


def test_schema_is_versioned_and_wal(tmp_path: Path) -> None:
    HistoryStore(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migration_backs_up_the_file_first(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    ConversationRecorder(store).append(Message(Role.USER, "keep me")).result(5)
    store.close()
    newer = (*MIGRATIONS, "ALTER TABLE conversations ADD COLUMN pinned INTEGER DEFAULT 0")
    migrated = HistoryStore(tmp_path, migrations=newer)
    backup = tmp_path / f"rivulet.before-v{len(newer)}.db"
    assert backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert copy.execute("SELECT content FROM messages").fetchone()[0] == "keep me"
    latest = migrated.latest_conversation()
    assert latest is not None and latest.messages[0].message.content == "keep me"
    migrated.close()


def test_a_file_from_a_newer_rivulet_is_refused_untouched(tmp_path: Path) -> None:
    HistoryStore(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer Rivulet"):
        HistoryStore(tmp_path)
    assert (tmp_path / DB_NAME).exists()


def test_a_damaged_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    garbage = b"this is not a database" * 100
    (tmp_path / DB_NAME).write_bytes(garbage)
    store = HistoryStore(tmp_path)
    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == garbage
    assert store.latest_conversation() is None
    ConversationRecorder(store).append(Message(Role.USER, "fresh start")).result(5)
    store.close()


def test_a_read_only_database_gives_a_plain_error(store: HistoryStore) -> None:
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "stored before")).result(5)
    errors: list[str] = []
    store.on_write_error = errors.append
    # What SQLite says on a read-only file or folder (tests run as root, which ignores modes).
    store._writer_conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError):
        recorder.append(Message(Role.USER, "x")).result(5)
    assert errors and "read-only" in errors[0]
    latest = store.latest_conversation()
    assert latest is not None and [m.message.content for m in latest.messages] == ["stored before"]
    store._writer_conn.execute("PRAGMA query_only = OFF")


def test_a_failed_write_reports_in_plain_words_and_keeps_what_was_stored(
    store: HistoryStore,
) -> None:
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "first")).result(5)
    errors: list[str] = []
    store.on_write_error = errors.append
    # Make the disk "full": cap the file at its current size.
    store._submit(lambda conn: conn.execute("PRAGMA max_page_count = 1")).result(5)
    big = Message(Role.USER, "x" * 200_000)
    with pytest.raises(StoreError):
        recorder.append(big).result(5)
    assert errors and "disk is full" in errors[0]
    latest = store.latest_conversation()
    assert latest is not None
    assert [m.message.content for m in latest.messages] == ["first"]


def test_titles_come_from_the_first_prompt() -> None:
    assert title_from("  What is\na rivulet?  ") == "What is a rivulet?"
    long = title_from("word " * 40)
    assert long.endswith("…") and len(long) <= 61
    assert title_from("") == "New chat"
