"""HistoryStore on real SQLite files: round trips, migrations, damage, failing disks."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.chat.attachments import Attachment
from core.chat.conversation import Message, ReplyStatus, Role
from core.config.chat_options import ChatOptions, ChatSetup
from core.history.recorder import ConversationRecorder, title_from
from core.history.schema import MIGRATIONS
from core.history.store import DB_NAME, HistoryStore, StoreError


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


def _conversation(store: HistoryStore, *texts: str) -> str:
    recorder = ConversationRecorder(store)
    for i, text in enumerate(texts):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        future = recorder.append(Message(role, text))
    future.result(5)
    assert recorder.conversation_id is not None
    return recorder.conversation_id


def test_conversations_are_listed_newest_first_and_can_be_renamed(store: HistoryStore) -> None:
    first = _conversation(store, "first question")
    second = _conversation(store, "second question")
    assert [c.id for c in store.conversations()] == [second, first]
    store.rename(first, "Renamed").result(5)
    assert [c.title for c in store.conversations()] == ["second question", "Renamed"]


def test_delete_can_be_undone_until_the_next_start(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    keep = _conversation(store, "keep")
    gone = _conversation(store, "gone")
    store.set_deleted(gone, True).result(5)
    assert [c.id for c in store.conversations()] == [keep]
    assert store.search("gone") == []
    store.set_deleted(gone, False).result(5)
    assert {c.id for c in store.conversations()} == {keep, gone}
    store.set_deleted(gone, True).result(5)
    store.close()
    reopened = HistoryStore(tmp_path)
    assert [c.id for c in reopened.conversations()] == [keep]
    assert reopened.load(gone) is None
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    reopened.close()


def test_full_text_search_finds_words_and_prefixes(store: HistoryStore) -> None:
    rivers = _conversation(store, "Tell me about rivers", "Rivulets become streams.")
    _conversation(store, "Unrelated", "Nothing here.")
    hits = store.search("rivul")
    assert [(h.conversation_id, h.title) for h in hits] == [(rivers, "Tell me about rivers")]
    assert "Rivulets" in hits[0].snippet
    assert store.search("streams rivulets")[0].conversation_id == rivers
    assert store.search("Rivulet streams nowhere") == []
    for odd in ['"', "AND OR NOT", "a*b(", "NEAR(x y)", "'; DROP TABLE messages; --"]:
        store.search(odd)  # never an FTS syntax error
    assert store.search("   ") == []


def test_a_snippet_starts_near_its_match_without_markdown_marks(store: HistoryStore) -> None:
    """The chat list shows a snippet's start: a trial's read "Reply: ## A rich repl…",
    and the word searched for was past the end."""
    reply = "## A rich reply\n\nRivulet renders **Markdown**: *emphasis*, `inline code`."
    found = _conversation(store, "Show me", reply)
    for hits in (store.search("markdown"), store.search_conversations("markdown")):
        assert hits[0].conversation_id == found
        snippet = hits[0].snippet
        assert snippet.split()[:5] == ["…", "reply", "Rivulet", "renders", "Markdown:"]
        assert not any(mark in snippet for mark in ("#", "*", "`", "\x02", "\x03"))


def test_deleted_chats_do_not_use_up_the_search_limit(store: HistoryStore) -> None:
    live = [_conversation(store, f"kept heron {i}") for i in range(3)]
    deleted = [_conversation(store, f"deleted heron {i}") for i in range(8)]  # newer
    for conversation_id in deleted:
        store.set_deleted(conversation_id, True).result(5)
    hits = store.search("heron", limit=5)
    assert sorted(h.conversation_id for h in hits) == sorted(live)
    chats = store.search_conversations("heron", limit=5)
    assert sorted(c.conversation_id for c in chats) == sorted(live)


def test_a_chat_matches_once_with_its_newest_hit_and_a_count(store: HistoryStore) -> None:
    older = _conversation(store, "otters swim", "Otters eat fish.", "otters sleep")
    _conversation(store, "no match here")
    newer = _conversation(store, "an otter pup")
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "late otters")).result(5)  # a third chat, newest
    chats = store.search_conversations("otter")
    assert [(c.conversation_id, c.matches) for c in chats] == [
        (recorder.conversation_id, 1),
        (newer, 1),
        (older, 3),
    ]
    assert chats[2].snippet == "otters sleep" and chats[2].role is Role.USER
    newest_of_older = store.load(older)
    assert newest_of_older is not None
    assert chats[2].message_id == newest_of_older.messages[2].id
    assert [c.conversation_id for c in store.search_conversations("otter", limit=2)] == [
        recorder.conversation_id,
        newer,
    ]
    assert store.search_conversations("   ") == []
    assert store.search_conversations("platypus") == []


@pytest.mark.parametrize("counted_in_walk", [2_000, 1])  # counted row by row, or in bulk
def test_match_counts_include_older_matches_past_other_chats(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch, counted_in_walk: int
) -> None:
    monkeypatch.setattr("core.history.search._COUNTED_IN_WALK", counted_in_walk)
    first = ConversationRecorder(store)
    first.append(Message(Role.USER, "otter one"))
    first.append(Message(Role.ASSISTANT, "otter two"))
    _conversation(store, "otter three", "otter four", "otter five")  # left out by the limit
    first.append(Message(Role.USER, "otter six")).result(5)
    last = _conversation(store, "otter seven")
    chats = store.search_conversations("otter", limit=2)
    assert [(c.conversation_id, c.matches, c.snippet) for c in chats] == [
        (last, 1, "otter seven"),
        (first.conversation_id, 3, "otter six"),
    ]


def test_search_sees_checkpointed_text(store: HistoryStore) -> None:
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "q"))
    recorder.append(Message(Role.ASSISTANT, "", ReplyStatus.STREAMING))
    recorder.update_last(Message(Role.ASSISTANT, "waterfall", ReplyStatus.COMPLETE)).result(5)
    assert len(store.search("waterfall")) == 1


def test_a_store_that_cannot_open_gets_a_stand_in_and_a_reason(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).mkdir()  # something SQLite cannot open, that is not damage
    store, problem = HistoryStore.open_or_stand_in(tmp_path)
    assert problem is not None and "will not be kept" in problem
    assert store.path.parent != tmp_path
    assert (tmp_path / DB_NAME).is_dir()  # left alone
    store.close()


def test_a_rivulet_0_1_file_gains_setups_and_images_and_keeps_its_chats(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DB_NAME) as old:  # written as Rivulet 0.1 wrote it
        old.executescript(MIGRATIONS[0])
        old.execute("INSERT INTO conversations VALUES ('c', 'from 0.1', 1, 1, NULL)")
        old.execute(
            "INSERT INTO messages (id, conversation_id, seq, role, content, status, created_at,"
            " updated_at) VALUES ('m', 'c', 1, 'user', 'from 0.1', 'complete', 1, 1)"
        )
        old.execute("PRAGMA user_version = 1")
    old.close()
    store = HistoryStore(tmp_path)
    assert (tmp_path / f"rivulet.before-v{len(MIGRATIONS)}.db").exists()
    latest = store.latest_conversation()
    assert latest is not None
    assert latest.messages[0].message == Message(Role.USER, "from 0.1")
    assert latest.setup == ChatSetup()  # no provider known: the app's current one applies
    store.close()


def test_a_rivulet_0_2_file_gains_pins_and_keeps_its_order(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DB_NAME) as old:  # written as Rivulet 0.2 wrote it
        for migration in MIGRATIONS[:2]:
            old.executescript(migration)
        for number, title in enumerate(("oldest", "middle", "newest")):
            old.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (title, title, number, number),
            )
        old.execute("PRAGMA user_version = 2")
    old.close()
    store = HistoryStore(tmp_path)
    assert [c.title for c in store.conversations()] == ["newest", "middle", "oldest"]
    assert not any(c.pinned for c in store.conversations())
    store.set_pinned("oldest", True).result()
    store.set_pinned("middle", True).result()
    assert [(c.title, c.pinned) for c in store.conversations()] == [
        ("middle", True),  # pinned first, each group newest first
        ("oldest", True),
        ("newest", False),
    ]
    assert [c.title for c in store.conversations(limit=2)] == ["middle", "oldest"]
    store.set_pinned("middle", False).result()
    assert [c.title for c in store.conversations()] == ["oldest", "newest", "middle"]
    store.close()


def test_setup_and_images_round_trip(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store)
    setup = ChatSetup("groq-1", "llama-3.1-8b-instant", ChatOptions("Be brief.", 0.3, 200))
    recorder.start_over(setup)
    picture = Attachment("image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "cat.png")
    recorder.append(Message(Role.USER, "What is this?", images=(picture, picture)))
    switched = ChatSetup("openai-1", "gpt-4o", setup.options)
    recorder.change_setup(switched)
    recorder.append(Message(Role.ASSISTANT, "A cat.")).result(5)
    store.close()

    reopened = HistoryStore(tmp_path)
    latest = reopened.latest_conversation()
    assert latest is not None
    assert latest.setup == switched
    assert latest.messages[0].message.images == (picture, picture)
    assert latest.messages[1].message.images == ()
    reopened.close()


def test_deleting_a_message_deletes_its_images(store: HistoryStore) -> None:
    recorder = ConversationRecorder(store)
    picture = Attachment("image/gif", b"GIF89a....", "a.gif")
    recorder.append(Message(Role.USER, "look", images=(picture,)))
    recorder.drop_last().result(5)
    assert store.new_reader().execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_a_suggested_title_never_replaces_a_rename_queued_before_it(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "What is the capital of France?")).result(5)
    conversation_id = recorder.conversation_id
    assert conversation_id is not None
    first = store.title(conversation_id)
    assert first == "What is the capital of France?"
    store.rename(conversation_id, "Trip planning")  # the user, while the model thought
    assert store.retitle(conversation_id, "Capital of France", if_title=first).result(5) is False
    assert store.title(conversation_id) == "Trip planning"
    assert store.retitle(conversation_id, "Trips", if_title="Trip planning").result(5) is True
    assert store.title(conversation_id) == "Trips"
    assert store.title("no-such-chat") is None
    store.close()


def test_files_are_kept_once_with_their_prompts_and_go_with_their_chats(tmp_path: Path) -> None:
    from core.documents.read import document_from_bytes

    report = document_from_bytes(b"# Report\n\nSales rose.", "report.md")
    store = HistoryStore(tmp_path)
    for chat in ("first", "second"):  # the same file attached in two chats
        recorder = ConversationRecorder(store)
        recorder.append(
            Message(
                Role.USER,
                "Summarise it",
                documents=(report,),
                context="<file>...</file>",
                context_note="Only part of report.md fits.",
            ),
            title=chat,
        ).result(5)
    store.close()

    reopened = HistoryStore(tmp_path)
    latest = reopened.latest_conversation()
    assert latest is not None
    message = latest.messages[0].message
    assert message.documents == (report,)  # name, kind, pages and hash
    assert message.documents[0].data == b""  # shown from its text: the bytes stay on disk
    assert message.context == "<file>...</file>"
    assert message.context_note == "Only part of report.md fits."
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == 1
    conn.close()
    for summary in reopened.conversations():
        reopened.set_deleted(summary.id, True).result()
    reopened.close()
    HistoryStore(tmp_path).close()  # purged at the next start, files and all
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == 0
    conn.close()


def test_a_chat_is_found_by_the_words_in_its_files(tmp_path: Path) -> None:
    from core.documents.read import document_from_bytes
    from tests.support.documents import pdf

    lease = document_from_bytes(pdf(["Rent is monthly.", "The deposit is returned."]), "lease.pdf")
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store)
    recorder.append(Message(Role.USER, "Summarise this", documents=(lease,)), title="Lease")
    other = ConversationRecorder(store)
    other.append(Message(Role.USER, "Where is my deposit?"), title="Deposit").result(5)
    hits = store.search_conversations("deposit")
    assert [hit.title for hit in hits] == ["Deposit", "Lease"]  # newest chat first
    assert hits[1].snippet == "lease.pdf: The deposit is returned."
    assert hits[1].matches == 1 and hits[1].role is Role.USER
    assert store.search_conversations("monthly")[0].title == "Lease"
    store.close()
