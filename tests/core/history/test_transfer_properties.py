"""Properties of importing: no file, however damaged, crashes the import or touches history.

Hypothesis takes a real Rivulet JSON export and a ChatGPT conversations.json, then cuts
them short, replaces any value in them with any JSON value, drops keys, or sends bytes
that are not JSON at all. Whatever comes, `parse_file` either reads conversations (which
then import cleanly, and a second time add nothing) or raises its own `TransferError`,
and the conversations already in the real SQLite history never change.

ChatGPT exports made here are acyclic: a `parent` cycle made the import loop forever
(fixed separately); the mutations below never close one.
"""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from core.chat.attachments import Attachment
from core.chat.conversation import Message, ReplyStatus, Role
from core.config.chat_options import ChatOptions, ChatSetup
from core.history.export import export_json, export_markdown, read_conversations
from core.history.imports import parse_file, write_records
from core.history.recorder import ConversationRecorder
from core.history.records import TransferError
from core.history.store import HistoryStore
from tests.support.chatgpt_export import chatgpt_export
from tests.support.properties import examples

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
Dump = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("transfer-properties")


@pytest.fixture(scope="module")
def store(folder: Path) -> Iterator[HistoryStore]:
    """A real history with chats already in it, one of them with an image and options."""
    opened = HistoryStore(folder / "history")
    recorder = ConversationRecorder(opened)
    recorder.start_over(ChatSetup("p", "gpt-4o", ChatOptions("Be brief.", 0.5, 200)))
    recorder.append(Message(Role.USER, "What is this?", images=(Attachment("image/png", PNG),)))
    recorder.append(Message(Role.ASSISTANT, "A grey square.", reasoning="It is grey."))
    recorder = ConversationRecorder(opened)
    recorder.append(Message(Role.USER, "Write a poem"))
    recorder.append(Message(Role.ASSISTANT, "Roses", ReplyStatus.STOPPED)).result(5)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def rivulet_export(store: HistoryStore, folder: Path) -> Any:
    """The history's own JSON export, as a JSON value."""
    path = folder / "export.json"
    with closing(store.new_reader()) as conn:
        export_json(list(read_conversations(conn)), path)
    return json.loads(path.read_text(encoding="utf-8"))


def dump(store: HistoryStore) -> Dump:
    """Every row that matters, in a stable order."""
    with closing(store.new_reader()) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            for table, order in (
                ("conversations", "id"),
                ("messages", "id"),
                ("attachments", "message_id, seq"),
            )
        }


def _existing(before: Dump, after: Dump) -> Dump:
    """The rows of `after` whose key was in `before` (what an import must leave alone)."""
    keys = {table: {row[0] for row in rows} for table, rows in before.items()}
    keys["messages"] = {row[1] for row in before["messages"]}  # by message id
    keys["attachments"] = {row[1] for row in before["attachments"]}  # by message id
    column = {"conversations": 0, "messages": 1, "attachments": 1}
    return {
        table: [row for row in rows if row[column[table]] in keys[table]]
        for table, rows in after.items()
    }


# -- damaging files ---------------------------------------------------------------------
_text = st.text(max_size=8) | st.sampled_from(
    ["", "user", "assistant", "complete", "\udc80lone surrogate", "x" * 300, "0", "1e400"]
)
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([10**400, -1, 2**63])
    | st.floats()
    | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)


def _places(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in a JSON value, depth first."""
    found: list[tuple[Any, Any]] = []
    keys = value.keys() if isinstance(value, dict) else range(len(value))
    for key in list(keys):
        found.append((value, key))
        if isinstance(value[key], dict | list):
            found += _places(value[key])
    return found


@st.composite
def damaged(draw: st.DrawFn, original: Any) -> Any:
    """`original` (a fresh copy) with a few values replaced, keys dropped or items added."""
    value = json.loads(json.dumps(original))
    for _ in range(draw(st.integers(1, 3))):
        places = _places(value)
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        how = draw(st.sampled_from(["replace", "replace", "drop", "add"]))
        if how == "replace":
            container[key] = draw(_json)
        elif how == "drop":
            del container[key]
        elif isinstance(container, list):
            container.append(draw(_json))
        else:
            container[draw(_text)] = draw(_json)
    return value


def _cycle(value: Any) -> bool:
    """Whether a ChatGPT conversation's path from current_node comes back on itself."""
    for conversation in value if isinstance(value, list) else ():
        if not isinstance(conversation, dict) or not isinstance(conversation.get("mapping"), dict):
            continue
        mapping, seen = conversation["mapping"], set()
        node = conversation.get("current_node")
        while isinstance(node, str) and isinstance(mapping.get(node), dict):
            if node in seen:
                return True
            seen.add(node)
            node = mapping[node].get("parent")
    return False


@st.composite
def chatgpt_conversations(draw: st.DrawFn) -> list[dict[str, Any]]:
    """ChatGPT-shaped exports: random trees (every parent made before its child)."""
    conversations = chatgpt_export()
    for number in range(draw(st.integers(0, 2))):
        size = draw(st.integers(1, 6))
        mapping: dict[str, Any] = {}
        for index in range(size):
            parent = f"n{draw(st.integers(0, index - 1))}" if index else None
            role = draw(st.sampled_from(["user", "assistant", "system", "tool"]))
            message = {
                "id": f"m{number}-{index}",
                "author": {"role": role},
                "create_time": draw(st.none() | st.floats(0, 2e9)),
                "content": {"content_type": "text", "parts": draw(st.lists(_text, max_size=2))},
            }
            mapping[f"n{index}"] = {
                "id": f"n{index}",
                "message": message if index else None,
                "parent": parent,
                "children": [],
            }
        conversations.append(
            {
                "title": draw(_text),
                "create_time": 1700000000.0,
                "mapping": mapping,
                "current_node": f"n{draw(st.integers(0, size - 1))}",
                "id": f"generated-{number}-{draw(st.integers(0, 10**6))}",
            }
        )
    return conversations


def files(original: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    """Whole, damaged or cut short; or not JSON at all."""
    encoded = original.map(lambda v: json.dumps(v).encode())
    return st.one_of(
        encoded,
        original.flatmap(damaged).map(lambda v: json.dumps(v).encode()),
        st.tuples(encoded, st.floats(0, 1)).map(lambda p: p[0][: int(len(p[0]) * p[1])]),
        _json.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=200),
    )


# -- the property ---------------------------------------------------------------------
def check_import(store: HistoryStore, folder: Path, content: bytes) -> None:
    """Import `content` as a file: either it is refused in plain words and nothing
    changes, or it imports, leaves what was there alone, and adds nothing a second time."""
    path = folder / "import.json"
    path.write_bytes(content)
    before = dump(store)
    try:
        records = parse_file(path)
    except TransferError as error:
        assert str(error) and "Traceback" not in str(error)
        assert dump(store) == before
        return

    def work(conn: sqlite3.Connection) -> tuple[int, int]:
        result = write_records(conn, records)
        return result.added, result.already_there

    added, already = store.in_transaction(work).result(10)
    assert added + already == len(records)
    assert _existing(before, dump(store)) == before  # nothing that was there changed
    # Every chat counted is really there, and what came in can go out again.
    assert {r.id for r in records} <= {row[0] for row in dump(store)["conversations"]}
    with closing(store.new_reader()) as conn:
        export_markdown(list(read_conversations(conn, [r.id for r in records])), path)
    assert store.in_transaction(work).result(10) == (0, len(records))


@settings(max_examples=examples(80))
@given(data=st.data())
@example(data=None).via("the export itself")
def test_any_damage_to_a_rivulet_export_is_refused_or_imported_cleanly(
    store: HistoryStore, folder: Path, rivulet_export: Any, data: st.DataObject | None
) -> None:
    content = json.dumps(rivulet_export).encode()
    if data is not None:
        content = data.draw(files(st.just(rivulet_export)), label="file")
    check_import(store, folder, content)


@settings(max_examples=examples(80))
@given(data=st.data())
def test_any_damage_to_a_chatgpt_export_is_refused_or_imported_cleanly(
    store: HistoryStore, folder: Path, data: st.DataObject
) -> None:
    content = data.draw(files(chatgpt_conversations()), label="file")
    try:
        parsed = json.loads(content)
    except ValueError:
        parsed = None
    assume(not _cycle(parsed))  # a cycle used to hang the import: fixed on its own
    check_import(store, folder, content)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"[" * 5_000 + b"]" * 5_000, id="nested too deeply"),
        pytest.param(
            json.dumps(
                [
                    {
                        "id": "big",
                        "current_node": "a",
                        "mapping": {
                            "a": {
                                "id": "a",
                                "parent": None,
                                "message": {
                                    "author": {"role": "user"},
                                    "content": {"parts": ["hi"]},
                                    "create_time": 10**400,
                                },
                            }
                        },
                    }
                ]
            ).encode(),
            id="a number too big for a float",
        ),
    ],
)
def test_files_found_by_the_properties_are_refused_in_plain_words(
    store: HistoryStore, folder: Path, content: bytes
) -> None:
    check_import(store, folder, content)


def _renamed(export: Any) -> Any:
    # The same chats under new conversation ids: their message ids are in the history.
    for conversation in export["conversations"]:
        conversation["id"] += "-copy"
    return export


def _set(field: str, value: Any) -> Any:
    def damage(export: Any) -> Any:
        conversation = export["conversations"][0]
        # A conversation id of its own, so the import does not skip it as already there.
        conversation["id"] += f"-{field}-{value!r}"
        for number, message in enumerate(conversation["messages"]):
            message["id"] += f"-{field}-{number}"
        target = conversation if field in conversation else conversation["messages"][-1]
        target[field] = value
        return export

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_renamed, id="message ids already in the history"),
        pytest.param(_set("title", "Cut emoji \ud83c"), id="half of a surrogate pair"),
        pytest.param(_set("error", {"message": "x"}), id="an error that is not text"),
        pytest.param(_set("created_at", float("nan")), id="a time that is NaN"),
        pytest.param(_set("created_at", 1e300), id="a time past any calendar"),
    ],
)
def test_exports_found_by_the_properties_are_refused_or_imported_cleanly(
    store: HistoryStore, folder: Path, rivulet_export: Any, damage: Any
) -> None:
    export = damage(json.loads(json.dumps(rivulet_export)))
    before = dump(store)
    check_import(store, folder, json.dumps(export).encode())
    added = {c.id for c in store.conversations()} - {row[0] for row in before["conversations"]}
    for conversation_id in added:  # what was imported is whole: every message, every image
        stored = store.load(conversation_id)
        source = next(c for c in export["conversations"] if c["id"] == conversation_id)
        assert stored is not None
        assert [m.message.content for m in stored.messages] == [
            m["content"] for m in source["messages"]
        ]
        assert [len(m.message.images) for m in stored.messages] == [
            len(m.get("images") or ()) for m in source["messages"]
        ]
