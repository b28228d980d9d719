"""Files a user attaches to a question, read into text: plain text and Markdown, source
code, CSV, JSON, HTML (as text), PDF, DOCX and ODT.

Every file that cannot be read raises `DocumentError` with one plain sentence that names
it; nothing here shows a traceback or keeps a file open. PDFs are read with pypdfium2
(PDFium), chosen over pypdf by measurement (docs/benchmarks.md: ~12x the pages per
second, the same text); Word files with python-docx, OpenDocument text with odfdo. Runs
off the GUI thread; `progress` is told each page.
"""

import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core import i18n
from core.chat.attachments import read_attached
from core.errors import UserError
from core.i18n import Context

if TYPE_CHECKING:
    import odfdo

DocumentReading = Context("DocumentReading")

MAX_FILE_BYTES = 50 * 1024 * 1024
# A DOCX or ODT is a ZIP: what it unpacks to is checked before it is opened (a "ZIP bomb" of a
# few kilobytes can unpack to gigabytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

TEXT = {"txt", "text", "log", "rst", "ini", "cfg", "conf", "toml", "yaml", "yml", "xml", "tex"}
MARKDOWN = {"md", "markdown"}
CSV = {"csv", "tsv"}
JSON = {"json", "jsonl", "ndjson", "geojson"}
HTML = {"html", "htm", "xhtml"}
CODE = {
    "py", "pyi", "js", "mjs", "ts", "tsx", "jsx", "java", "kt", "kts", "c", "h", "cc", "cpp",
    "hpp", "cs", "go", "rs", "rb", "php", "sh", "bash", "zsh", "ps1", "swift", "m", "mm",
    "sql", "r", "scala", "lua", "pl", "css", "scss", "less", "vue", "svelte", "dart", "ex",
    "exs", "hs", "clj", "el", "vim", "gradle", "cmake", "mk", "dockerfile", "makefile",
}  # fmt: skip
# The kinds are identifiers too (kept in the history, compared in code): `kind_label` is
# how one is shown.
KINDS = {
    **dict.fromkeys(TEXT, "Text"),
    **dict.fromkeys(MARKDOWN, "Markdown"),
    **dict.fromkeys(CSV, "CSV"),
    **dict.fromkeys(JSON, "JSON"),
    **dict.fromkeys(HTML, "HTML"),
    **dict.fromkeys(CODE, "Code"),
    "pdf": "PDF",
    "docx": "Word",
    "odt": "OpenDocument",
}
# What the file dialog offers (images are attached the same way, see core/chat/attachments).
SUFFIXES = tuple(sorted(KINDS))

_COMMON_CODE_PAGES = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257")

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class DocumentError(UserError):
    """A file that cannot be read; `message` says why in plain words, naming it."""


@dataclass(frozen=True, repr=False)
class Document:
    """A file's text, page by page (one "page" for anything that has no pages)."""

    name: str
    kind: str  # "PDF", "Word", "Markdown", "Code", ...
    size: int  # the file's bytes
    pages: tuple[str, ...]
    # The file itself, to be stored; left out when a chat is opened, and of comparisons:
    # `sha256` says which file it is.
    data: bytes = field(default=b"", compare=False)
    sha256: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.pages)

    @property
    def chars(self) -> int:
        return sum(len(page) for page in self.pages)

    @property
    def paged(self) -> bool:
        return self.kind == "PDF"

    def describe(self) -> str:
        """ "PDF · 12 pages · 1.2 MB", "Markdown · 3,210 characters · 3.2 KB"."""
        kind, size = kind_label(self.kind), i18n.size(self.size)
        if self.paged:
            return DocumentReading.tr(
                "{kind} · %n page(s) · {size}", "", len(self.pages), kind=kind, size=size
            )
        return DocumentReading.tr(
            "{kind} · %n character(s) · {size}", "", self.chars, kind=kind, size=size
        )

    def __repr__(self) -> str:
        return f"Document(name={self.name!r}, kind={self.kind!r}, pages={len(self.pages)})"


def kind_label(kind: str) -> str:
    """How a kind of file (one of KINDS' values) is named on screen."""
    if kind == "Text":
        return DocumentReading.tr("Text", "a kind of file: plain text")
    if kind == "Code":
        return DocumentReading.tr("Code", "a kind of file: source code")
    if kind == "Word":
        return DocumentReading.tr("Word", "a kind of file: a Microsoft Word document")
    return kind  # the formats' own names: Markdown, CSV, JSON, HTML, PDF, OpenDocument


def kind_of(name: str) -> str | None:
    """The kind of file `name` is by its extension ("Makefile" counts), or None."""
    lower = name.lower()
    suffix = lower.rsplit(".", 1)[-1] if "." in lower else lower
    return KINDS.get(suffix)


def read_document(
    path: Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> Document:
    """Read and extract a file; DocumentError (naming it) if it cannot be."""
    data = read_attached(path, MAX_FILE_BYTES, DocumentError, _too_big)
    return document_from_bytes(data, path.name or str(path), progress, cancelled)


def document_from_bytes(
    data: bytes,
    name: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Document:
    kind = kind_of(name)
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(_too_big(name, len(data)))
    if data.startswith(b"%PDF") and kind != "PDF":
        kind = "PDF"  # a PDF saved with another name is still a PDF
    if kind is None:
        raise DocumentError(
            DocumentReading.tr(
                "Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, "
                "PDF, Word (.docx) and OpenDocument (.odt) files.",
                name=name,
            )
        )
    if not data:
        raise DocumentError(DocumentReading.tr("{name} is empty.", name=name))
    if kind == "PDF":
        pages = _pdf_pages(data, name, progress, cancelled)
    elif kind == "Word":
        pages = (_docx_text(data, name),)
    elif kind == "OpenDocument":
        pages = (_odt_text(data, name),)
    else:
        text = _decode(data, name)
        if kind == "HTML":
            from core.documents.html_text import html_text  # html.parser: only for HTML

            text = html_text(text)
        pages = (text,)
    if not any(page.strip() for page in pages):
        raise DocumentError(DocumentReading.tr("{name} has no text in it.", name=name))
    return Document(name, kind, len(data), pages, data, hashlib.sha256(data).hexdigest())


def _too_big(name: str, size: int) -> str:
    return DocumentReading.tr(
        "{name} is {size}; Rivulet reads files of up to {limit}.",
        name=name,
        size=i18n.size(size),
        limit=i18n.size(MAX_FILE_BYTES),
    )


def _decode(data: bytes, name: str) -> str:
    """Text in whatever encoding it was saved in (UTF-8 first: by far the commonest)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data[:8192]:
        raise DocumentError(_not_text(name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    results = from_bytes(data[:1_000_000])
    best = results.best()
    if best is None or best.encoding is None:
        raise DocumentError(_not_text(name))
    # On short texts the detector cannot tell Windows code pages from their Mac and
    # Baltic cousins (French "à" read as "ą", Russian capitals as other letters): in a
    # near tie, the code page Windows saves such text in wins (they are what non-UTF-8
    # files mostly are).
    tied = {m.encoding for m in results if m.chaos <= best.chaos + 0.1}
    encoding = next((e for e in _COMMON_CODE_PAGES if e in tied), best.encoding)
    return data.decode(encoding, errors="replace")


def _not_text(name: str) -> str:
    return DocumentReading.tr("{name} is not a text file, whatever its name says.", name=name)


def _pdf_pages(
    data: bytes, name: str, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> tuple[str, ...]:
    import pypdfium2 as pdfium  # ~20 ms to import: only when a PDF is attached

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise DocumentError(
                DocumentReading.tr(
                    "{name} is protected by a password. Open it, save a copy without the "
                    "password, and attach that.",
                    name=name,
                )
            ) from None
        raise DocumentError(
            DocumentReading.tr("{name} is damaged or is not really a PDF.", name=name)
        ) from None
    pages: list[str] = []
    try:
        count = len(document)
        for number in range(count):
            if cancelled is not None and cancelled():
                raise DocumentError(DocumentReading.tr("Reading {name} was cancelled.", name=name))
            page = document[number]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
            except pdfium.PdfiumError:
                text = ""  # one broken page does not lose the others
            finally:
                page.close()
            # PDFium ends lines with CRLF and marks a word broken at a line end with
            # U+FFFE: join the word, keep the lines.
            pages.append(text.replace("\ufffe\r\n", "").replace("\r\n", "\n").replace("\r", "\n"))
            if progress is not None:
                progress(number + 1, count)
    finally:
        document.close()
    if pages and not any(page.strip() for page in pages):
        raise DocumentError(
            DocumentReading.tr(
                "{name} has no text that can be read; it looks like scanned pages. "
                "Rivulet cannot read text in pictures yet.",
                name=name,
            )
        )
    return tuple(pages)


def _unpacked_safely(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """The ZIP a Word or OpenDocument file is, checked for what it would unpack to."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        # A Word file with a password is not a ZIP at all (an encrypted OLE file).
        raise DocumentError(
            DocumentReading.tr(
                "{name} is damaged, or protected by a password (save a copy without one).",
                name=name,
            )
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        size, limit = i18n.size(unpacked), i18n.size(MAX_UNPACKED_BYTES)
        if kind == "Word":
            message = DocumentReading.tr(
                "{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files "
                "that unpack to at most {limit}).",
                name=name,
                size=size,
                limit=limit,
            )
        else:
            message = DocumentReading.tr(
                "{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument "
                "files that unpack to at most {limit}).",
                name=name,
                size=size,
                limit=limit,
            )
        raise DocumentError(message)
    return archive


def _docx_text(data: bytes, name: str) -> str:
    _unpacked_safely(data, name, "Word")
    import docx  # python-docx; imported only when a Word file is attached

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a damaged file
        raise DocumentError(
            DocumentReading.tr("{name} is damaged or is not really a Word document.", name=name)
        ) from None
    parts: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(node.text or "" for node in child.iter() if _is_text(node)))
        elif tag == "tbl":
            for row in child.iter(f"{{{_W}}}tr"):
                cells = [
                    "".join(node.text or "" for node in cell.iter() if _is_text(node))
                    for cell in row.iter(f"{{{_W}}}tc")
                ]
                parts.append(" | ".join(cells))
    return "\n".join(parts)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _odt_text(data: bytes, name: str) -> str:
    archive = _unpacked_safely(data, name, "OpenDocument")
    try:
        manifest = archive.read("META-INF/manifest.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        manifest = b""
    if b"encryption-data" in manifest:  # ODF keeps the ZIP and encrypts what is in it
        raise DocumentError(
            DocumentReading.tr(
                "{name} is protected by a password (save a copy without one).", name=name
            )
        )
    import odfdo  # imported only when an OpenDocument file is attached

    try:
        document = odfdo.Document(io.BytesIO(data))
        if document.get_type() not in ("text", "text-template"):
            raise DocumentError(
                DocumentReading.tr(
                    "Rivulet reads OpenDocument text (.odt); {name} is another kind of "
                    "OpenDocument file.",
                    name=name,
                )
            )
        parts: list[str] = []
        _odt_walk(document.body, parts)
    except DocumentError:
        raise
    except Exception:  # odfdo and lxml raise many kinds for a damaged file
        raise DocumentError(
            DocumentReading.tr(
                "{name} is damaged or is not really an OpenDocument file.", name=name
            )
        ) from None
    return "\n".join(parts)


def _odt_walk(element: "odfdo.Element", parts: list[str]) -> None:
    import odfdo

    for child in element.children:
        tag = child.tag
        if tag in ("text:p", "text:h", "text:list"):
            parts.append(str(child).rstrip("\n"))
        elif isinstance(child, odfdo.Table):
            for row in child.traverse():
                parts.append(" | ".join(cell.text_recursive.strip() for cell in row.traverse()))
        elif tag not in ("text:sequence-decls", "office:forms", "text:tracked-changes"):
            _odt_walk(child, parts)  # sections, frames and the like hold paragraphs


def _is_text(node: object) -> bool:
    return getattr(node, "tag", None) == f"{{{_W}}}t"
