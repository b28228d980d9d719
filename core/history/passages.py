"""A chat's files ranked by the history file's own FTS5 index (`file_passages_fts`, also
used by search): their passages are split and indexed once, when first kept, not again
for every question. Ranking 10,000 pages this way is a query, not an index to build."""

import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from types import TracebackType

from core.documents.passages import Passage, fts_query
from core.documents.read import Document

# Each file's passages keep their place: the file's position in the chat, then the order
# they were stored in (rowids grow as a file is split).
_FILE_STRIDE = 1 << 40


class StoredPassages:
    """`Passages` (core/documents/passages.py) of files already kept in the history,
    read over a connection of their own; use it in a `with` block, which closes it."""

    def __init__(self, conn: sqlite3.Connection, documents: Sequence[Document]) -> None:
        self._conn = conn
        self._names: dict[str, str] = {}
        self._place: dict[str, int] = {}
        for document in documents:
            self._names.setdefault(document.sha256, document.name)
            self._place.setdefault(document.sha256, len(self._place))
        self._shas = list(self._names)

    def _passage(self, n: int, sha256: str, page: int, text: str) -> Passage:
        return Passage(self._names[sha256], page, text, self._place[sha256] * _FILE_STRIDE + n)

    def _of_these(self) -> str:
        return "p.sha256 IN (" + ",".join("?" * len(self._shas)) + ")"

    def matching(self, question: str) -> list[Passage]:
        if not self._shas:
            return []
        # BM25 weighs words by how many of the history's passages have them.
        rows = self._conn.execute("SELECT count(*) FROM file_passages").fetchone()[0]
        query = fts_query(self._conn, "file_passages_fts", rows, question)
        if not query:
            return []
        found = self._conn.execute(
            "SELECT p.n, p.sha256, p.page, p.text FROM file_passages_fts"
            " JOIN file_passages p ON p.n = file_passages_fts.rowid"
            f" WHERE file_passages_fts MATCH ? AND {self._of_these()}"
            " ORDER BY bm25(file_passages_fts)",
            (query, *self._shas),
        )
        return [self._passage(*row) for row in found]

    def in_order(self) -> Iterator[Passage]:
        for sha256 in self._shas:
            rows = self._conn.execute(
                "SELECT n, sha256, page, text FROM file_passages WHERE sha256 = ? ORDER BY n",
                (sha256,),
            )
            for row in rows:
                yield self._passage(*row)

    def counts(self) -> Counter[str]:
        rows = self._conn.execute(
            f"SELECT p.sha256, count(*) FROM file_passages p WHERE {self._of_these()}"
            " GROUP BY p.sha256",
            self._shas,
        )
        counts: Counter[str] = Counter()
        for sha256, count in rows:
            counts[self._names[sha256]] += count
        return counts

    def __enter__(self) -> "StoredPassages":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._conn.close()
