"""Files kept in the history: once each (by SHA-256), with their passages indexed for
search. Used by the store's writer and by import, inside their transactions."""

import json
import sqlite3
from collections.abc import Sequence

from core.documents.passages import split
from core.documents.read import Document


def write_files(conn: sqlite3.Connection, message_id: str, documents: Sequence[Document]) -> None:
    """Keep `documents` with message `message_id`: each file once, however often it comes."""
    keep_files(conn, documents)
    conn.executemany(
        "INSERT INTO message_files (message_id, seq, sha256, name) VALUES (?,?,?,?)",
        [(message_id, seq, d.sha256, d.name) for seq, d in enumerate(documents)],
    )


def keep_files(conn: sqlite3.Connection, documents: Sequence[Document]) -> None:
    """Keep each of `documents` (once) with its passages indexed. A file no message holds
    is removed when the store next opens, so one kept for a question never sent goes."""
    for document in documents:
        if conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (document.sha256,)).fetchone():
            continue  # kept already: its text is not even turned into JSON again
        conn.execute(
            "INSERT INTO files (sha256, kind, size, pages, data) VALUES (?,?,?,?,?)",
            (
                document.sha256,
                document.kind,
                document.size,
                json.dumps(document.pages, ensure_ascii=False),
                document.data,
            ),
        )
        conn.executemany(
            "INSERT INTO file_passages (sha256, page, text) VALUES (?,?,?)",
            [(document.sha256, p.page, p.text) for p in split([document])],
        )
