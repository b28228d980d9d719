"""Files kept in the history: once each (by SHA-256), with their passages indexed for
search. Used by the store's writer and by import, inside their transactions."""

import json
import sqlite3
from collections.abc import Sequence

from core.documents.passages import split
from core.documents.read import Document


def write_files(conn: sqlite3.Connection, message_id: str, documents: Sequence[Document]) -> None:
    """Keep `documents` with message `message_id`: each file once, however often it comes."""
    for seq, document in enumerate(documents):
        new = conn.execute(
            "INSERT OR IGNORE INTO files (sha256, kind, size, pages, data) VALUES (?,?,?,?,?)",
            (
                document.sha256,
                document.kind,
                document.size,
                json.dumps(document.pages, ensure_ascii=False),
                document.data,
            ),
        ).rowcount
        if new:
            conn.executemany(
                "INSERT INTO file_passages (sha256, page, text) VALUES (?,?,?)",
                [(document.sha256, p.page, p.text) for p in split([document])],
            )
        conn.execute(
            "INSERT INTO message_files (message_id, seq, sha256, name) VALUES (?,?,?,?)",
            (message_id, seq, document.sha256, document.name),
        )
