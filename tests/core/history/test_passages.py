"""A chat's files ranked by the history file's own index: the same passages as ranking
them in memory, only these files' passages, split and indexed once."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.documents.compose import compose
from core.documents.context import files_budget
from core.documents.passages import InMemory
from core.documents.read import Document, document_from_bytes
from core.history.passages import StoredPassages
from core.history.store import HistoryStore
from tests.support.documents import filler, lease_pages, pdf


@pytest.fixture(scope="module")
def lease() -> Document:
    return document_from_bytes(pdf(lease_pages()), "lease.pdf")


@pytest.fixture(scope="module")
def minutes() -> Document:
    pages = [filler(n + 1000) for n in range(40)]
    pages[7] += "\nThe tenant asked about the garden shed and its notice board."
    return document_from_bytes(pdf(pages), "minutes.pdf")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path)
    yield store
    store.close()


def _passage_rows(store: HistoryStore) -> int:
    with store.new_reader() as conn:
        return int(conn.execute("SELECT count(*) FROM file_passages").fetchone()[0])


QUESTIONS = [
    "What notice period must the tenant give?",
    "garden shed",
    "zebra",  # no word in common: the files' beginning
    "the",  # a word on every page
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_history_index_sends_what_ranking_in_memory_sends(
    store: HistoryStore, lease: Document, minutes: Document, question: str
) -> None:
    files = [lease, minutes]
    budget = files_budget(4096, 0)
    with store.passages(files) as index:
        assert isinstance(index, StoredPassages)
        stored = compose(question, files, budget, index)
    assert stored == compose(question, files, budget, InMemory(files))
    assert stored.passages and not stored.whole


def test_other_files_in_the_history_are_not_sent(
    store: HistoryStore, lease: Document, minutes: Document
) -> None:
    with store.passages([minutes]):
        pass  # kept, as by an earlier chat
    with store.passages([lease]) as index:
        found = index.matching("garden shed notice")
        sent = compose("garden shed notice", [lease], files_budget(4096, 0), index)
    assert found and {p.file for p in found} == {"lease.pdf"}
    assert all(label.startswith("lease.pdf") for label in sent.passages)
    assert "garden shed" not in sent.text


def test_files_are_split_and_indexed_once(store: HistoryStore, lease: Document) -> None:
    with store.passages([lease]) as index:
        first = index.counts()
    rows = _passage_rows(store)
    with store.passages([lease]) as index:  # the next question
        assert index.counts() == first
    assert _passage_rows(store) == rows == first["lease.pdf"]


def test_a_file_kept_for_a_question_never_sent_is_gone_at_the_next_start(
    tmp_path: Path, lease: Document
) -> None:
    store = HistoryStore(tmp_path)
    with store.passages([lease]):
        pass
    assert _passage_rows(store) > 0
    store.close()
    reopened = HistoryStore(tmp_path)
    try:
        assert _passage_rows(reopened) == 0
    finally:
        reopened.close()


def test_files_that_cannot_be_kept_are_ranked_in_memory(tmp_path: Path, lease: Document) -> None:
    store = HistoryStore(tmp_path)
    store.close()  # as when the app is closing
    with store.passages([lease]) as index:
        assert isinstance(index, InMemory)
        sent = compose("notice period", [lease], files_budget(4096, 0), index)
    assert "lease.pdf, page 250" in sent.passages
