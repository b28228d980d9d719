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

from core.chat.attachments import describe_size, read_attached
from core.errors import UserError

if TYPE_CHECKING:
    import odfdo

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
        if self.paged:
            count = len(self.pages)
            amount = f"{count:,} page{'s' if count != 1 else ''}"
        else:
            amount = f"{self.chars:,} character{'s' if self.chars != 1 else ''}"
        return f"{self.kind} · {amount} · {describe_size(self.size)}"

    def __repr__(self) -> str:
        return f"Document(name={self.name!r}, kind={self.kind!r}, pages={len(self.pages)})"


def kind_of(name: str) -> str | None:
    """The kind of file `name` is by its extension ("Makefile" counts), or None."""
    lower = name.lower()
    suffix = lower.rsplit(".", 1)[-1] if "." in lower else lower
    return KINDS.get(suffix)


def read_document(
    path: Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> Document:
    """Read and extract a file; DocumentError (naming it) if it cannot be."""
    data = read_attached(path, MAX_FILE_BYTES, DocumentError, _too_big, noun="a file")
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
            f"Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, "
            "PDF, Word (.docx) and OpenDocument (.odt) files."
        )
    if not data:
        raise DocumentError(f"{name} is empty.")
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
        raise DocumentError(f"{name} has no text in it.")
    return Document(name, kind, len(data), pages, data, hashlib.sha256(data).hexdigest())


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {describe_size(size)}; Rivulet reads files of up to "
        f"{describe_size(MAX_FILE_BYTES)}."
    )


def _decode(data: bytes, name: str) -> str:
    """Text in whatever encoding it was saved in (UTF-8 first: by far the commonest)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data[:8192]:
        raise DocumentError(f"{name} is not a text file, whatever its name says.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    results = from_bytes(data[:1_000_000])
    best = results.best()
    if best is None or best.encoding is None:
        raise DocumentError(f"{name} is not a text file, whatever its name says.")
    # On short texts the detector cannot tell Windows code pages from their Mac and
    # Baltic cousins (French "à" read as "ą", Russian capitals as other letters): in a
    # near tie, the code page Windows saves such text in wins (they are what non-UTF-8
    # files mostly are).
    tied = {m.encoding for m in results if m.chaos <= best.chaos + 0.1}
    encoding = next((e for e in _COMMON_CODE_PAGES if e in tied), best.encoding)
    return data.decode(encoding, errors="replace")


def _pdf_pages(
    data: bytes, name: str, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> tuple[str, ...]:
    import pypdfium2 as pdfium  # ~20 ms to import: only when a PDF is attached

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise DocumentError(
                f"{name} is protected by a password. Open it, save a copy without the "
                "password, and attach that."
            ) from None
        raise DocumentError(f"{name} is damaged or is not really a PDF.") from None
    pages: list[str] = []
    try:
        count = len(document)
        for number in range(count):
            if cancelled is not None and cancelled():
                raise DocumentError(f"Reading {name} was cancelled.")
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
            f"{name} has no text that can be read; it looks like scanned pages. "
            "Rivulet cannot read text in pictures yet."
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
            f"{name} is damaged, or protected by a password (save a copy without one)."
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentError(
            f"{name} looks unsafe: it would unpack to {describe_size(unpacked)} "
            f"(Rivulet opens {kind} files that unpack to at most "
            f"{describe_size(MAX_UNPACKED_BYTES)})."
        )
    return archive


def _docx_text(data: bytes, name: str) -> str:
    _unpacked_safely(data, name, "Word")
    import docx  # python-docx; imported only when a Word file is attached

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a damaged file
        raise DocumentError(f"{name} is damaged or is not really a Word document.") from None
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
        raise DocumentError(f"{name} is protected by a password (save a copy without one).")
    import odfdo  # imported only when an OpenDocument file is attached

    try:
        document = odfdo.Document(io.BytesIO(data))
        if document.get_type() not in ("text", "text-template"):
            raise DocumentError(
                f"Rivulet reads OpenDocument text (.odt); {name} is another kind of "
                "OpenDocument file."
            )
        parts: list[str] = []
        _odt_walk(document.body, parts)
    except DocumentError:
        raise
    except Exception:  # odfdo and lxml raise many kinds for a damaged file
        raise DocumentError(f"{name} is damaged or is not really an OpenDocument file.") from None
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
