"""Export and import round trips, ChatGPT's export, duplicates, broken files, cancel."""

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.chat.attachments import Attachment
from core.chat.conversation import Message, ReplyStatus, Role
from core.config.chat_options import ChatOptions, ChatSetup
from core.history.export import export_json, export_markdown, read_conversations
from core.history.imports import MAX_CHAT_NODES, MAX_IMPORT_BYTES, parse_file, write_records
from core.history.recorder import ConversationRecorder
from core.history.records import ConversationRecord, TransferCancelledError, TransferError
from core.history.store import DB_NAME, HistoryStore
from tests.support.chatgpt_export import chain, chatgpt_export, linked_conversation, wide


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore(tmp_path / "a")
    yield opened
    opened.close()


def _fill(store: HistoryStore) -> None:
    for prompt, reply, status in (
        ("Capital of France?", "Paris.", ReplyStatus.COMPLETE),
        ("Write a poem", "Roses are", ReplyStatus.STOPPED),
    ):
        recorder = ConversationRecorder(store)
        recorder.append(Message(Role.USER, prompt))
        future = recorder.append(Message(Role.ASSISTANT, reply, status, model="gpt-4o-mini"))
    future.result(5)


def _records(store: HistoryStore) -> list[ConversationRecord]:
    with store.new_reader() as conn:
        return list(read_conversations(conn))


def _import(store: HistoryStore, path: Path) -> tuple[int, int]:
    records = parse_file(path)
    result = store.in_transaction(lambda conn: write_records(conn, records)).result(10)
    return result.added, result.already_there


def test_json_round_trip_into_another_store(store: HistoryStore, tmp_path: Path) -> None:
    _fill(store)
    store.set_pinned(store.conversations()[-1].id, True).result(5)  # pins travel too
    exported = _records(store)
    assert sorted(record.pinned for record in exported) == [False, True]
    path = tmp_path / "all.json"
    export_json(exported, path)
    other = HistoryStore(tmp_path / "b")
    assert _import(other, path) == (2, 0)
    assert _records(other) == exported
    assert _import(other, path) == (0, 2)  # the same file twice: no duplicates
    assert len(other.conversations()) == 2
    other.close()


def test_markdown_export_reads_like_the_chat(store: HistoryStore, tmp_path: Path) -> None:
    _fill(store)
    path = tmp_path / "chats.md"
    export_markdown(_records(store), path)
    text = path.read_text(encoding="utf-8")
    assert "# Capital of France?" in text
    assert "**You**\n\nCapital of France?" in text
    assert "**Assistant (gpt-4o-mini)**\n\nParis." in text
    assert "*(stopped)*" in text
    assert not (tmp_path / "chats.md.part").exists()


def test_chatgpt_export_imports_the_current_branch_only(
    store: HistoryStore, tmp_path: Path
) -> None:
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    assert _import(store, path) == (2, 0)
    titles = {c.title: c.id for c in store.conversations()}
    assert set(titles) == {"Sourdough starter", "Haiku"}
    sourdough = store.load(titles["Sourdough starter"])
    assert sourdough is not None
    assert [(m.message.role, m.message.content) for m in sourdough.messages] == [
        (Role.USER, "How do I make a sourdough starter?"),
        (Role.ASSISTANT, "Mix flour and water."),
        (Role.ASSISTANT, "Feed it daily."),
    ]
    assert sourdough.messages[1].message.model == "gpt-4o"
    assert store.search("sourdough starter")
    assert _import(store, path) == (0, 2)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01 not text at all \xff", "could not read"),
        (b"{ this is not json", "not a JSON file"),
        (b'{"some": "other app"}', "not a Rivulet export"),
        (
            b'{"format": "rivulet-conversations", "version": 1, "conversations": [{"id": 1}]}',
            "damaged",
        ),
        (b'[{"mapping": {}, "current_node": "missing"}]', "damaged"),
    ],
)
def test_a_broken_or_foreign_file_is_refused_and_nothing_is_written(
    store: HistoryStore, tmp_path: Path, content: bytes, words: str
) -> None:
    _fill(store)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(TransferError, match=words):
        parse_file(path)
    assert len(store.conversations()) == 2


CRAFTED = {
    "two messages each other's parent": (
        linked_conversation({"a": "b", "b": "a"}, "a"),
        "damaged or incomplete",
    ),
    "a message its own parent": (linked_conversation({"a": "a"}, "a"), "damaged or incomplete"),
    "a loop far from the root": (
        linked_conversation({**chain(1000), "n0": "n999"}, "n999"),
        "damaged or incomplete",
    ),
    "a very deep chain": (
        linked_conversation(chain(MAX_CHAT_NODES + 1), f"n{MAX_CHAT_NODES}", texts=False),
        "more than 100,000 messages",
    ),
    "a huge mapping": (
        linked_conversation(wide(MAX_CHAT_NODES + 1), "n1", texts=False),
        "more than 100,000 messages",
    ),
}


# Before the fix, a loop sent the import round for ever while its memory grew; the
# timeout ends such a test (as a failure) long before the memory matters.
@pytest.mark.timeout(10)
@pytest.mark.parametrize(("conversation", "words"), CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_chatgpt_export_is_refused_quickly_and_imports_nothing(
    store: HistoryStore, tmp_path: Path, conversation: dict[str, object], words: str
) -> None:
    _fill(store)
    path = tmp_path / "conversations.json"
    # Beside two good conversations: all or nothing, so none of them comes in either.
    path.write_text(json.dumps([*chatgpt_export(), conversation]), encoding="utf-8")
    with pytest.raises(TransferError) as refused:
        parse_file(path)
    assert words in str(refused.value)
    assert str(refused.value).startswith("conversations.json ")
    assert str(refused.value).endswith("so nothing was imported.")
    assert len(store.conversations()) == 2


@pytest.mark.timeout(10)
def test_json_nested_far_too_deeply_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "conversations.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(TransferError, match="nested far too deeply"):
        parse_file(path)


@pytest.mark.timeout(10)
def test_a_file_too_big_to_import_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "conversations.json"
    with path.open("wb") as file:
        file.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no gigabyte is written, or read
    started = time.monotonic()
    with pytest.raises(TransferError) as refused:
        parse_file(path)
    assert time.monotonic() - started < 1
    assert str(refused.value) == (
        "conversations.json is 1024.1 MB, more than the 1024 MB Rivulet can import at "
        "once, so nothing was imported."
    )


def test_a_failure_midway_leaves_nothing_half_imported(store: HistoryStore, tmp_path: Path) -> None:
    records = parse_file(_chatgpt_file(tmp_path))

    def fail_on_second(done: int, _total: int) -> None:
        if done == 1:
            raise TransferCancelledError

    with pytest.raises(TransferCancelledError):
        store.in_transaction(lambda conn: write_records(conn, records, fail_on_second)).result(5)
    assert store.conversations() == []
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_cancel_before_writing(store: HistoryStore, tmp_path: Path) -> None:
    records = parse_file(_chatgpt_file(tmp_path))
    with pytest.raises(TransferCancelledError):
        store.in_transaction(
            lambda conn: write_records(conn, records, cancelled=lambda: True)
        ).result(5)
    assert store.conversations() == []
    with pytest.raises(TransferCancelledError):
        export_json(records, tmp_path / "x.json", cancelled=lambda: True)
    assert not (tmp_path / "x.json").exists()


def _chatgpt_file(tmp_path: Path) -> Path:
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    return path


def test_db_name_is_where_the_store_writes(store: HistoryStore) -> None:
    assert store.path.name == DB_NAME


PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


def test_images_model_and_options_travel_with_the_json(store: HistoryStore, tmp_path: Path) -> None:
    recorder = ConversationRecorder(store)
    recorder.start_over(ChatSetup("provider-here", "gpt-4o", ChatOptions("Be brief.", 0.5)))
    recorder.append(Message(Role.USER, "", images=(Attachment("image/png", PNG, "a.png"),)))
    recorder.append(Message(Role.ASSISTANT, "A grey square.")).result(5)
    path = tmp_path / "pictures.json"
    export_json(_records(store), path)
    other = HistoryStore(tmp_path / "b")
    assert _import(other, path) == (1, 0)
    latest = other.latest_conversation()
    assert latest is not None
    assert latest.messages[0].message.images == (Attachment("image/png", PNG, "a.png"),)
    # The provider id means nothing on another computer; the model and options do.
    assert latest.setup == ChatSetup("", "gpt-4o", ChatOptions("Be brief.", 0.5))
    other.close()
    markdown = tmp_path / "pictures.md"
    export_markdown(_records(store), markdown)
    text = markdown.read_text(encoding="utf-8")
    assert "*System prompt:* Be brief." in text
    assert "[image: a.png, 48 bytes; kept in the JSON export]" in text


def test_a_file_whose_image_is_not_an_image_imports_nothing(
    store: HistoryStore, tmp_path: Path
) -> None:
    _fill(store)
    path = tmp_path / "all.json"
    export_json(_records(store), path)
    data = json.loads(path.read_text())
    data["conversations"][0]["messages"][0]["images"] = [
        {"mime": "image/png", "name": "x.png", "data": "bm90IGFuIGltYWdl"}  # "not an image"
    ]
    path.write_text(json.dumps(data))
    with pytest.raises(TransferError, match="damaged or incomplete"):
        parse_file(path)


def test_files_go_out_with_their_chat_and_come_back_read_again(
    store: HistoryStore, tmp_path: Path
) -> None:
    from core.documents.read import document_from_bytes
    from tests.support.documents import pdf, zip_bomb_docx

    lease = document_from_bytes(pdf(["Rent: monthly.", "Notice: 3 months."]), "lease.pdf")
    recorder = ConversationRecorder(store)
    recorder.append(
        Message(
            Role.USER,
            "What notice?",
            documents=(lease,),
            context="<file>...</file>",
            context_note="Only part of lease.pdf fits.",
        )
    )
    recorder.append(Message(Role.ASSISTANT, "Three months.")).result(5)
    exported = _records(store)
    assert exported[0].messages[0].files[0].name == "lease.pdf"
    path = tmp_path / "with-files.json"
    export_json(exported, path)
    other = HistoryStore(tmp_path / "b")
    assert _import(other, path) == (1, 0)
    assert _records(other) == exported
    latest = other.latest_conversation()
    assert latest is not None
    message = latest.messages[0].message
    assert message.documents == (lease,)  # pages read again from the bytes
    assert message.context_note == "Only part of lease.pdf fits."
    other.close()

    markdown = tmp_path / "with-files.md"
    export_markdown(exported, markdown)
    assert "*[file: lease.pdf, PDF, " in markdown.read_text(encoding="utf-8")

    # A file in an export is checked like one attached: a ZIP bomb refuses the import.
    data = json.loads(path.read_text(encoding="utf-8"))
    import base64

    bomb = base64.b64encode(zip_bomb_docx(210)).decode("ascii")
    data["conversations"][0]["messages"][0]["files"][0] = {
        "name": "bomb.docx",
        "kind": "Word",
        "data": bomb,
    }
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TransferError, match="damaged or incomplete"):
        parse_file(crafted)
