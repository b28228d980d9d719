"""Files longer than the model can read: split into passages, and the passages that rank
highest for a question picked with SQLite's FTS5 (BM25). No embedding model is needed, so
this works offline with the built-in model."""

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.documents.read import Document

PASSAGE_CHARS = 1_200  # about 300 tokens: a few paragraphs, enough to quote from


@dataclass(frozen=True)
class Passage:
    file: str  # the file's name
    page: int  # 1-based for a PDF; 0 for a file without pages
    text: str
    order: int  # its place in the files, for putting picked ones back in reading order

    @property
    def label(self) -> str:
        return f"{self.file}, page {self.page}" if self.page else self.file


def split(documents: Sequence[Document]) -> list[Passage]:
    """Every file cut into passages of at most PASSAGE_CHARS, at paragraph (else line,
    else word) ends; a passage never spans two pages."""
    passages: list[Passage] = []
    for document in documents:
        for number, page in enumerate(document.pages, start=1):
            for text in _pieces(page):
                passages.append(
                    Passage(document.name, number if document.paged else 0, text, len(passages))
                )
    return passages


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for block in re.split(r"\n\s*\n", text):
        paragraph = block.strip()
        if not paragraph:
            continue
        for part in _cut(paragraph):
            if current and len(current) + 2 + len(part) > PASSAGE_CHARS:
                pieces.append(current)
                current = part
            else:
                current = f"{current}\n\n{part}" if current else part
    if current:
        pieces.append(current)
    return pieces


def _cut(paragraph: str) -> list[str]:
    """A paragraph longer than a passage, cut at line ends, else at spaces, else anywhere."""
    if len(paragraph) <= PASSAGE_CHARS:
        return [paragraph]
    parts: list[str] = []
    rest = paragraph
    while len(rest) > PASSAGE_CHARS:
        window = rest[:PASSAGE_CHARS]
        cut = max(window.rfind("\n"), window.rfind(" "))
        if cut < PASSAGE_CHARS // 2:
            cut = PASSAGE_CHARS
        parts.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        parts.append(rest)
    return parts


class Passages(Protocol):
    """A chat's files as passages: ranked for a question, or in reading order. Kept in
    memory (`InMemory`) or in the history file (core/history/passages.py)."""

    def matching(self, question: str) -> list[Passage]:
        """The passages that share a word with `question`, the best match first."""
        ...

    def in_order(self) -> Iterator[Passage]: ...

    def counts(self) -> Counter[str]:
        """How many passages each file has, by name."""
        ...


class InMemory:
    """Passages split and ranked here, for files the history does not hold."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._passages = split(documents)

    def matching(self, question: str) -> list[Passage]:
        return matching(question, self._passages)

    def in_order(self) -> Iterator[Passage]:
        return iter(self._passages)

    def counts(self) -> Counter[str]:
        return Counter(p.file for p in self._passages)


def fts_query(conn: sqlite3.Connection, table: str, rows: int, question: str) -> str:
    """An FTS5 query for any of `question`'s words that tell passages apart ("" if none
    does), for the index `table` of `rows` passages.

    A word in more than half the passages ("the", or a word every page of a manual has)
    scores nothing in FTS5's BM25 (its weight is clamped to 1e-6), but matching it would
    still rank, and read, nearly every passage: ~0.4 s a question in 10,000 pages."""
    words = sorted({word.lower() for word in re.findall(r"\w{2,}", question)})
    if not words:
        return ""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab USING fts5vocab(main, {table}, row)"
    )
    marks = ",".join("?" * len(words))
    found = dict(
        conn.execute(f"SELECT term, doc FROM temp.{table}_vocab WHERE term IN ({marks})", words)
    )
    # A word the tokenizer spells otherwise ("café" is indexed as "cafe") is not in the
    # vocabulary under this spelling; it is kept, and matched as the tokenizer sees it.
    telling = [word for word in words if found.get(word, 0) * 2 <= rows]
    return " OR ".join('"' + word.replace('"', '""') + '"' for word in telling)


def matching(question: str, passages: Sequence[Passage]) -> list[Passage]:
    """The passages that share a telling word with `question`, the best match first."""
    if not passages or not re.search(r"\w{2,}", question):
        return []
    with sqlite3.connect(":memory:") as index:
        index.execute(
            "CREATE VIRTUAL TABLE passages"
            " USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
        )
        index.executemany(
            "INSERT INTO passages(rowid, text) VALUES (?, ?)",
            ((passage.order, passage.text) for passage in passages),
        )
        query = fts_query(index, "passages", len(passages), question)
        found = (
            [
                row[0]
                for row in index.execute(
                    "SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages)",
                    (query,),
                )
            ]
            if query
            else []
        )
    index.close()
    by_order = {passage.order: passage for passage in passages}
    return [by_order[order] for order in found]
