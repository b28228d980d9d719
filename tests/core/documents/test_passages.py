"""Files longer than the model can read: passages that fit, found by the question's words,
named by file and page."""

from pathlib import Path

import pytest

from core.documents.compose import compose, note
from core.documents.context import DEFAULT_CONTEXT, context_of, files_budget
from core.documents.passages import PASSAGE_CHARS, matching, split
from core.documents.read import Document, read_document
from tests.support.documents import lease_pages, pdf


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path: Path = tmp_path_factory.mktemp("docs") / "lease.pdf"
    path.write_bytes(pdf(lease_pages()))
    return read_document(path)


def test_a_300_page_pdf_sends_only_passages_that_fit_the_built_in_models_context(
    long_pdf: Document,
) -> None:
    assert len(long_pdf.pages) == 300
    budget = files_budget(context_of("SmolLM2-135M-Instruct", known=4096), 200)
    sent = compose("What notice period must the tenant give?", [long_pdf], budget)
    assert len(sent.text) <= budget
    assert sent.passages and not sent.whole
    assert "lease.pdf, page 250" in sent.passages  # words only page 250 has
    assert sent.passages[0].startswith("lease.pdf, page ")
    assert "notice period of three months" in sent.text
    assert sent.partly == ("lease.pdf",) and sent.left_out == ()
    assert "cite the passages you use as [file, page]" in sent.text


def test_passages_are_found_by_words_that_only_one_page_has(long_pdf: Document) -> None:
    passages = split([long_pdf])
    ranked = matching("notice period tenant", passages)
    assert ranked[0].page == 250 and "three months" in ranked[0].text
    assert len(ranked) == 1  # no other passage has any of those words
    assert all(len(p.text) <= PASSAGE_CHARS for p in passages)
    # No word in common: the files' beginning is sent, in reading order.
    assert matching("zebra", passages) == []
    sent = compose("zebra", [long_pdf], files_budget(4096, 0))
    assert sent.passages[:3] == ("lease.pdf, page 1",) * len(sent.passages[:3])


def test_files_that_fit_go_whole_with_their_names(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Shopping\n\n- flour\n- yeast", encoding="utf-8")
    note = read_document(path)
    sent = compose("What do I need?", [note], files_budget(DEFAULT_CONTEXT, 0))
    assert sent.whole and sent.passages == ()
    assert '<file name="notes.md">\n# Shopping\n\n- flour\n- yeast\n</file>' in sent.text


def test_a_file_none_of_which_fits_is_named_as_left_out(long_pdf: Document) -> None:
    sent = compose("notice period", [long_pdf], budget=300)
    assert sent.passages == () and sent.left_out == ("lease.pdf",)


def test_contexts_come_from_the_server_the_table_or_a_safe_default() -> None:
    assert context_of("gpt-4o-mini") == 128_000
    assert context_of("openai/gpt-4.1-mini") == 1_047_576  # longest matching name wins
    assert context_of("llama3.1:8b", known=131_072) == 131_072
    assert context_of("some-new-model") == DEFAULT_CONTEXT
    # Room for the reply and what the request already holds comes off first.
    assert files_budget(4096, 0) == (4096 - 1024) * 3
    assert files_budget(4096, 100_000) == 0


def test_the_note_says_plainly_what_was_left_out(long_pdf: Document, tmp_path: Path) -> None:
    path = tmp_path / "recipe.txt"
    path.write_text("Knead dough ten minutes.", encoding="utf-8")
    recipe = read_document(path)
    budget = files_budget(4096, 0)
    sent = compose("What notice period must the tenant give?", [long_pdf, recipe], budget)
    assert sent.unmatched == ("recipe.txt",)
    said = note(sent)
    assert said.startswith("Only part of lease.pdf fits what this model can read at once: the ")
    assert "(pages " in said or "(page 250)" in said
    assert said.endswith("Nothing in recipe.txt matches the question's words.")
    assert note(compose("dough", [recipe], budget)) == ""  # sent whole: nothing to say


def test_servers_that_state_a_models_context_are_believed() -> None:
    from openai.types import Model

    from core.chat.model_list import context_of_entry

    def entry(**extra: object) -> Model:
        return Model.model_validate(
            {"id": "m", "object": "model", "created": 0, "owned_by": "x", **extra}
        )

    assert context_of_entry(entry(max_model_len=32_768)) == 32_768  # vLLM
    assert context_of_entry(entry(context_length=200_000)) == 200_000  # OpenRouter
    assert context_of_entry(entry(meta={"n_ctx_train": 8192})) == 8192  # llama.cpp
    assert context_of_entry(entry()) == 0
    assert context_of_entry(entry(max_model_len="lots")) == 0


def test_the_labels_of_what_was_sent_can_be_read_back(long_pdf: Document) -> None:
    from core.documents.compose import labels_in

    sent = compose("notice period tenant", [long_pdf], files_budget(4096, 0))
    assert labels_in(sent.text) == list(sent.passages)


def test_a_large_context_is_not_filled_with_every_page_that_shares_a_word(
    long_pdf: Document,
) -> None:
    from core.documents.compose import MAX_PASSAGE_CHARS

    budget = files_budget(context_of("gpt-4o-mini"), 0)  # 128,000 tokens: room for 280 pages
    sent = compose("river mill notice period", [long_pdf], budget)
    assert len(sent.text) <= MAX_PASSAGE_CHARS
    assert "lease.pdf, page 250" in sent.passages  # the best match is still among them
