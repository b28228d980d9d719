"""Files longer than the model can read: split into passages, and the passages that rank
highest for a question picked with SQLite's FTS5 (BM25). No embedding model is needed, so
this works offline with the built-in model."""

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

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


def matching(question: str, passages: Sequence[Passage]) -> list[Passage]:
    """The passages that share a word with `question`, the best match first."""
    words = {word.lower() for word in re.findall(r"\w{2,}", question)}
    if not words or not passages:
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
        query = " OR ".join('"' + word.replace('"', '""') + '"' for word in sorted(words))
        found = [
            row[0]
            for row in index.execute(
                "SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages)",
                (query,),
            )
        ]
    index.close()
    by_order = {passage.order: passage for passage in passages}
    return [by_order[order] for order in found]
