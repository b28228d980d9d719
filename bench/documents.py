"""Attached files (issue 13): how fast a PDF and a Word file are read (the chosen library
beside the rejected one, in one run), how long picking passages takes, memory while
reading. `python -m bench.documents`, or part of `./dev bench`."""

import gc
import io
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from core.documents.compose import compose
from core.documents.context import files_budget
from core.documents.passages import matching, split
from core.documents.read import Document, document_from_bytes, read_document
from core.history.store import HistoryStore
from tests.support.documents import docx, odt, pdf

WORDS = [
    "the",
    "river",
    "runs",
    "past",
    "the",
    "mill",
    "and",
    "the",
    "town",
    "bridge",
    "over",
    "water",
    "with",
    "bread",
]
REAL_PDFS = (  # real-world PDFs a Debian machine often has (measured when present)
    Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
    Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"),
)


def _page(seed: int, lines: int = 45) -> str:
    pick = random.Random(seed)
    return "\n".join(" ".join(pick.choice(WORDS) for _ in range(13)) for _ in range(lines))


def _pypdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return sum(1 for page in reader.pages if page.extract_text() is not None)


def _python_docx_paragraphs(data: bytes) -> int:
    import docx as python_docx

    return len(python_docx.Document(io.BytesIO(data)).paragraphs)


def _best(work: object, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure() -> dict[str, float]:
    results: dict[str, float] = {}
    long_pdf = pdf([_page(n) for n in range(300)])
    # Memory first, while nothing bigger has been read in this process.
    import pypdfium2  # noqa: F401 - its library is loaded before the baseline

    gc.collect()
    results["peak_rss_before_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    document_from_bytes(long_pdf, "a.pdf")
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["pdf_pages_per_s"] = 300 / _best(lambda: document_from_bytes(long_pdf, "a.pdf"))
    results["pypdf_pages_per_s"] = 300 / _best(lambda: _pypdf_pages(long_pdf))
    for path in REAL_PDFS:
        if path.exists():
            data = path.read_bytes()
            pages = len(document_from_bytes(data, path.name).pages)
            key = path.stem.replace("-", "_")
            results[f"{key}_pages"] = pages
            results[f"{key}_pdfium_pages_per_s"] = pages / _best(
                lambda data=data, name=path.name: document_from_bytes(data, name)
            )
            results[f"{key}_pypdf_pages_per_s"] = pages / _best(
                lambda data=data: _pypdf_pages(data)
            )
    # A 200-page Word file: ~45 paragraphs a page.
    word = docx([_page(n, 1) for n in range(200 * 45)])
    results["docx_pages_per_s"] = 200 / _best(lambda: document_from_bytes(word, "a.docx"))
    results["python_docx_paragraphs_pages_per_s"] = 200 / _best(
        lambda: _python_docx_paragraphs(word)
    )
    # The same 200 pages as OpenDocument text (odfdo; odfpy, unmaintained since 2020, was
    # not considered).
    opendocument = odt("Bench", [_page(n, 1) for n in range(200 * 45)])
    results["odt_pages_per_s"] = 200 / _best(lambda: document_from_bytes(opendocument, "a.odt"))
    # From choosing the file to its chip being ready: read from disk and extract.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.pdf"
        path.write_bytes(long_pdf)
        results["attach_300_pages_ms"] = _best(lambda: read_document(path)) * 1000
    # Picking passages for one question in 10,000 pages (34 files of ~300 pages). The
    # pages are drawn from two dozen words, so every one of them is on nearly every page;
    # the question's telling words are on three pages only.
    fact = "The ferryman asks a toll of two coins at the bridge."
    collection = [
        Document(
            f"f{n}.pdf",
            "PDF",
            0,
            tuple(
                _page(n * 1000 + p)
                + (f"\n{fact}" if (n, p) in {(3, 7), (17, 250), (30, 99)} else "")
                for p in range(300)
            ),
            sha256=f"{n}",
        )
        for n in range(34)
    ]
    question = "What toll does the ferryman ask at the bridge over the mill?"
    passages = split(collection)
    results["passages"] = len(passages)
    results["rank_10k_pages_ms"] = _best(lambda: matching(question, passages), 1) * 1000
    budget = files_budget(4096, 0)
    results["compose_10k_pages_ms"] = _best(lambda: compose(question, collection, budget), 1) * 1000
    # The same from the history file's index, as the app does: the first question keeps
    # the files (split and indexed once), every later one is a query.
    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder))
        start = time.perf_counter()
        with store.passages(collection):
            results["keep_10k_pages_ms"] = (time.perf_counter() - start) * 1000

        def stored(asked: str) -> None:
            with store.passages(collection) as index:
                compose(asked, collection, budget, index)

        results["stored_10k_pages_ms"] = _best(lambda: stored(question)) * 1000
        # Only words every page has: nothing tells the pages apart, the files' beginning goes.
        results["stored_common_ms"] = _best(lambda: stored("bridge over the mill")) * 1000
        store.close()
    return results


def report(r: dict[str, float]) -> None:
    print("\nAttached files (medians of 3):")
    print(
        f"  300-page PDF      PDFium {r['pdf_pages_per_s']:7.0f} pages/s   "
        f"pypdf {r['pypdf_pages_per_s']:5.0f} pages/s   "
        f"ratio {r['pdf_pages_per_s'] / r['pypdf_pages_per_s']:4.1f}x"
    )
    for key in sorted(k for k in r if k.endswith("_pdfium_pages_per_s")):
        name = key.removesuffix("_pdfium_pages_per_s")
        print(
            f"  {name[:16]:16}  PDFium {r[key]:7.0f} pages/s   "
            f"pypdf {r[name + '_pypdf_pages_per_s']:5.0f} pages/s   "
            f"({r[name + '_pages']:.0f} pages, a real PDF)"
        )
    print(
        f"  200-page DOCX     read {r['docx_pages_per_s']:7.0f} pages/s   "
        f"python-docx paragraphs alone {r['python_docx_paragraphs_pages_per_s']:5.0f} pages/s"
    )
    print(f"  200-page ODT      read {r['odt_pages_per_s']:7.0f} pages/s")
    print(f"  attach a 300-page PDF to its chip ready  {r['attach_300_pages_ms']:6.0f} ms")
    print(
        f"  passages for one question in 10,000 pages ({r['passages']:,.0f} passages): "
        f"rank {r['rank_10k_pages_ms']:.0f} ms, split+rank+fit {r['compose_10k_pages_ms']:.0f} ms"
    )
    print(
        f"  the same from the history's index: {r['stored_10k_pages_ms']:.0f} ms a question "
        f"({r['compose_10k_pages_ms'] / r['stored_10k_pages_ms']:.0f}x faster; "
        f"keeping the files, once: {r['keep_10k_pages_ms']:.0f} ms; "
        f"a question of common words only: {r['stored_common_ms']:.0f} ms)"
    )
    print(
        f"  peak RSS reading the 300-page PDF {r['peak_rss_mb']:.0f} MB "
        f"(before: {r['peak_rss_before_mb']:.0f} MB)"
    )


if __name__ == "__main__":
    report(measure())
