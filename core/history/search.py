"""Searching the history: SQLite FTS5 over every message, newest matches first."""

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass

from core.chat.conversation import Role


@dataclass(frozen=True)
class SearchHit:
    conversation_id: str
    message_id: str
    title: str
    snippet: str
    role: Role


@dataclass(frozen=True)
class ConversationHit:
    """A chat that matched a search: its newest matching message and how many matched."""

    conversation_id: str
    message_id: str
    title: str
    snippet: str
    role: Role
    matches: int
    updated_at: float


# Matches counted row by row in Python before a bulk count in SQLite is cheaper.
_COUNTED_IN_WALK = 2_000
# Matches marked (with characters no text has) so that `_readable` can start a snippet
# near its first match: the chat list shows a line's start and elides the rest.
_HIT, _HIT_END = "\x02", "\x03"
_SNIPPET = f"snippet(messages_fts, 0, '{_HIT}', '{_HIT_END}', '…', 12)"
_FILE_SNIPPET = f"snippet(file_passages_fts, 0, '{_HIT}', '{_HIT_END}', '…', 12)"
_WORDS_BEFORE_HIT = 3
# Markdown's marks, which the list would show as typed: headings' hashes, emphasis,
# code and strike-through marks.
_MARKS = re.compile(r"(?:^|(?<=\s))#{1,6}\s|\*+|`+|~~|(?<!\w)__|__(?!\w)")
# FTS5 drives this join in rowid order (no sorting), so a LIMIT stops the walk early.
_VISIBLE_MATCHES = (
    "FROM messages_fts JOIN messages m ON m.n = messages_fts.rowid"
    " JOIN conversations c ON c.id = m.conversation_id"
    " WHERE messages_fts MATCH ? AND c.deleted_at IS NULL"
)


def _readable(snippet: str) -> str:
    """A snippet on one line, without Markdown's marks, starting a few words before its
    first match (the list elides a line's end: the match was often past it)."""
    words = _MARKS.sub("", snippet).split()
    first = next((i for i, word in enumerate(words) if _HIT in word), 0)
    if first > _WORDS_BEFORE_HIT:
        words = ["…", *words[first - _WORDS_BEFORE_HIT :]]
    return " ".join(words).replace(_HIT, "").replace(_HIT_END, "")


def fts_query(text: str) -> str:
    """An FTS5 query that matches every word as a prefix; user text is never FTS syntax."""
    words = text.split()
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search_messages(conn: sqlite3.Connection, text: str, limit: int = 100) -> list[SearchHit]:
    """Messages matching every word of `text` (word prefixes too), newest first."""
    query = fts_query(text)
    if not query:
        return []
    # Newest matches first: FTS5 walks its index in rowid order and stops at the limit,
    # so this stays fast however many messages match (ranking would score them all).
    # Deleted chats are left out inside that walk, so they never use up the limit.
    rows = conn.execute(
        f"SELECT m.conversation_id, m.id, c.title, {_SNIPPET}, m.role {_VISIBLE_MATCHES}"
        " ORDER BY messages_fts.rowid DESC LIMIT ?",
        (query, limit),
    ).fetchall()
    return [
        SearchHit(conversation, message, title, _readable(snippet), Role(role))
        for conversation, message, title, snippet, role in rows
    ]


def search_conversations(
    conn: sqlite3.Connection, text: str, limit: int = 100
) -> list[ConversationHit]:
    """Chats with messages matching `text`, one per chat, by their newest match."""
    query = fts_query(text)
    if not query:
        return []
    # One newest-first walk (as in `search`) finds the chats and counts their matches.
    # SQLite asks `first_match` about each row as it reads it, so only each chat's
    # newest match gets a snippet (making one costs more than reading the row).
    chosen: set[str] = set()

    def first_match(conversation_id: str) -> bool:
        if conversation_id in chosen or len(chosen) == limit:
            return False
        chosen.add(conversation_id)
        return True

    conn.create_function("rivulet_first_match", 1, first_match)
    cursor = conn.execute(
        "SELECT messages_fts.rowid, m.conversation_id, m.id, c.title, c.updated_at, m.role,"
        f" CASE WHEN rivulet_first_match(m.conversation_id) THEN {_SNIPPET} END"
        f" {_VISIBLE_MATCHES} ORDER BY messages_fts.rowid DESC",
        (query,),
    )
    newest: dict[str, tuple[str, str, float, str, str]] = {}
    counts: Counter[str] = Counter()
    oldest = 0  # the first message of the chats found: no match of theirs is older
    for walked, (n, conversation, message, title, stamp, role, snippet) in enumerate(cursor):
        if snippet is not None:
            newest[conversation] = (message, title, stamp, snippet, role)
            if len(newest) == limit:
                oldest = _first_message(conn, list(newest))
        if n < oldest:
            break
        if oldest and walked >= _COUNTED_IN_WALK:  # far to go: SQLite counts the rest
            counts.update(_match_counts(conn, query, list(newest), oldest, n))
            break
        if conversation in newest:
            counts[conversation] += 1
    cursor.close()
    hits = [
        ConversationHit(c, m, title, _readable(snippet), Role(role), counts[c], stamp)
        for c, (m, title, stamp, snippet, role) in newest.items()
    ]
    return _with_file_hits(conn, query, hits, limit)


def _with_file_hits(
    conn: sqlite3.Connection, query: str, hits: list[ConversationHit], limit: int
) -> list[ConversationHit]:
    """`hits`, with the chats whose attached files match too (a chat found both ways is
    listed once, its file matches counted), newest chat first."""
    found = {hit.conversation_id: hit for hit in hits}
    rows = conn.execute(
        "SELECT m.conversation_id, mf.message_id, c.title, c.updated_at, mf.name,"
        f" {_FILE_SNIPPET}"
        " FROM file_passages_fts JOIN file_passages p ON p.n = file_passages_fts.rowid"
        " JOIN message_files mf ON mf.sha256 = p.sha256"
        " JOIN messages m ON m.id = mf.message_id"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE file_passages_fts MATCH ? AND c.deleted_at IS NULL"
        " ORDER BY c.updated_at DESC LIMIT ?",
        (query, limit * 20),
    ).fetchall()
    if not rows:
        return hits
    extra: Counter[str] = Counter()
    for conversation, message, title, stamp, name, snippet in rows:
        extra[conversation] += 1
        if conversation not in found and len(found) < limit:
            text = f"{name}: {_readable(snippet)}"
            found[conversation] = ConversationHit(
                conversation, message, title, text, Role.USER, 0, stamp
            )
    merged = [
        ConversationHit(
            h.conversation_id,
            h.message_id,
            h.title,
            h.snippet,
            h.role,
            h.matches + extra[h.conversation_id],
            h.updated_at,
        )
        for h in found.values()
    ]
    return sorted(merged, key=lambda hit: hit.updated_at, reverse=True)


def _first_message(conn: sqlite3.Connection, conversation_ids: list[str]) -> int:
    marks = ",".join("?" * len(conversation_ids))
    row = conn.execute(
        f"SELECT min(n) FROM messages WHERE conversation_id IN ({marks})", conversation_ids
    ).fetchone()
    return int(row[0])


def _match_counts(
    conn: sqlite3.Connection, query: str, conversation_ids: list[str], low: int, high: int
) -> dict[str, int]:
    """How many messages of each chat between rowids `low` and `high` match `query`."""
    marks = ",".join("?" * len(conversation_ids))
    return dict(
        conn.execute(
            "SELECT m.conversation_id, count(*) FROM messages_fts"
            " JOIN messages m ON m.n = messages_fts.rowid"
            " WHERE messages_fts MATCH ? AND messages_fts.rowid BETWEEN ? AND ?"
            f" AND m.conversation_id IN ({marks}) GROUP BY m.conversation_id",
            (query, low, high, *conversation_ids),
        ).fetchall()
    )
