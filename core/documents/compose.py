"""What a question with files sends: the files whole when they fit, else the passages that
rank highest for the question, labelled with file and page, and the model asked to cite
them. The user's own words are sent as typed, after the files."""

import re
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from core.documents.passages import InMemory, Passage, Passages
from core.documents.read import Document
from core.i18n import Context

FilesNote = Context("FilesNote")

# WHOLE and PARTS go to the model, as do the files' labels: never translated.
WHOLE = "The user attached {count}. Answer from {them} where they are relevant.\n\n{files}"
PARTS = (
    "The user attached {count}, too long to include whole. Below are the passages that "
    "best match the question, each labelled with its file and page. Answer from them, "
    "cite the passages you use as [file, page], and say so if they do not hold the "
    "answer.\n\n{files}"
)


MAX_PASSAGE_CHARS = 48_000  # ~40 passages, ~12,000 tokens


@dataclass(frozen=True)
class FilesSent:
    """What was sent of a question's files."""

    text: str  # the part of the message that carries them ("" for no files)
    passages: tuple[str, ...] = ()  # labels of the passages sent ("report.pdf, page 3")
    partly: tuple[str, ...] = ()  # files only part of which could be sent
    left_out: tuple[str, ...] = ()  # files none of which fitted
    unmatched: tuple[str, ...] = ()  # files no part of which matches the question

    @property
    def whole(self) -> bool:
        return not self.passages


@dataclass(frozen=True)
class FilesRequest:
    """What fitting a chat's files to a question needs: `fit()` it on a worker thread
    (ranking a large collection takes a while)."""

    query: str  # the question, with the words of the questions before it
    documents: tuple[Document, ...]
    budget: int  # characters
    # Where the passages are ranked: the history file's index, which keeps them between
    # questions (core/history/passages.py); None ranks them in memory.
    index: Callable[[], AbstractContextManager[Passages]] | None = None

    def fit(self) -> FilesSent:
        index = self.index() if self.index is not None else nullcontext(None)
        with index as passages:
            return compose(self.query, self.documents, self.budget, passages)


def compose(
    question: str, documents: Sequence[Document], budget: int, passages: Passages | None = None
) -> FilesSent:
    """The files for `question` in at most `budget` characters (see context.files_budget),
    the passages ranked by `passages` (else in memory) when they do not fit whole."""
    if not documents:
        return FilesSent("")
    count = f"{len(documents)} file{'s' if len(documents) != 1 else ''}"
    them = "it" if len(documents) == 1 else "them"
    whole = "\n\n".join(_file_block(d.name, d.text) for d in documents)
    if len(whole) + len(WHOLE) <= budget:
        return FilesSent(WHOLE.format(count=count, them=them, files=whole))
    # Passages beyond the best few dozen add little to an answer, and with a large cloud
    # context they would cost the user ~100,000 tokens a question.
    room = min(budget, MAX_PASSAGE_CHARS) - len(PARTS) - 200
    chosen: list[Passage] = []
    index = passages if passages is not None else InMemory(documents)
    # The passages that share words with the question, best first; only when none does,
    # the files' beginning. Filling the rest of a large context with pages that do not
    # match would cost a cloud user tokens and help no answer.
    matched = index.matching(question)
    considered = {p.file for p in matched} if matched else {d.name for d in documents}
    for passage in matched or index.in_order():
        cost = len(passage.text) + len(passage.label) + 40
        if cost <= room:
            chosen.append(passage)
            room -= cost
        elif not matched and room < 100:
            break  # the files' beginning fills it: no need to read the rest
    chosen.sort(key=lambda p: p.order)  # in reading order, as the files have them
    blocks = "\n\n".join(_file_block(p.label, p.text) for p in chosen)
    sent = Counter(p.file for p in chosen)
    in_all = index.counts()
    return FilesSent(
        PARTS.format(count=count, files=blocks),
        passages=tuple(p.label for p in chosen),
        partly=tuple(d.name for d in documents if 0 < sent[d.name] < in_all[d.name]),
        left_out=tuple(d.name for d in documents if not sent[d.name] and d.name in considered),
        unmatched=tuple(d.name for d in documents if d.name not in considered),
    )


def labels_in(context: str) -> list[str]:
    """The labels of the files or passages a sent question carried ("lease.pdf, page 3")."""
    return re.findall(r'^<file name="([^"\n]*)">$', context, flags=re.MULTILINE)


def note(sent: FilesSent) -> str:
    """What to say under the question when its files could not all be sent ("" if they were)."""
    parts = []
    if sent.partly:
        parts.append(_partly(sent))
    if sent.left_out:
        parts.append(
            FilesNote.tr("Nothing of {names} fitted beside the rest.", names=_names(sent.left_out))
        )
    if sent.unmatched and not sent.whole:
        parts.append(
            FilesNote.tr(
                "Nothing in {names} matches the question's words.", names=_names(sent.unmatched)
            )
        )
    return " ".join(parts)  # sentences of their own


def _partly(sent: FilesSent) -> str:
    """The sentence for files only part of which was sent: which passages went, and from
    which pages (read from the labels, which are never translated: the model sees them)."""
    names = _names(sent.partly)
    pages = sorted(
        {int(label.rsplit("page ", 1)[1]) for label in sent.passages if ", page " in label}
    )
    shown = ", ".join(map(str, pages[:12])) + (", …" if len(pages) > 12 else "")
    count = len(sent.passages)
    if count == 1:
        if pages:
            return FilesNote.tr(
                "Only part of {names} fits what this model can read at once: the passage "
                "that best matches the question was sent (page {page}).",
                names=names,
                page=shown,
            )
        return FilesNote.tr(
            "Only part of {names} fits what this model can read at once: the passage that "
            "best matches the question was sent.",
            names=names,
        )
    if len(pages) > 1:
        return FilesNote.tr(
            "Only part of {names} fits what this model can read at once: the %n passages "
            "that best match the question were sent (pages {pages}).",
            "",
            count,
            names=names,
            pages=shown,
        )
    if pages:
        return FilesNote.tr(
            "Only part of {names} fits what this model can read at once: the %n passages "
            "that best match the question were sent (page {page}).",
            "",
            count,
            names=names,
            page=shown,
        )
    return FilesNote.tr(
        "Only part of {names} fits what this model can read at once: the %n passages that "
        "best match the question were sent.",
        "",
        count,
        names=names,
    )


def _names(names: Sequence[str]) -> str:
    """File names as a list is written: "a.pdf", "a.pdf and b.txt", "a.pdf, b.txt and c.md"."""
    listed = names[0]
    for name in names[1:-1]:
        #: a list of file names, and one more (not the last)
        listed = FilesNote.tr("{names}, {name}", names=listed, name=name)
    if len(names) > 1:
        #: a list of file names, and the last one
        listed = FilesNote.tr("{names} and {name}", names=listed, name=names[-1])
    return listed


def _file_block(label: str, text: str) -> str:
    return f'<file name="{label}">\n{text}\n</file>'
