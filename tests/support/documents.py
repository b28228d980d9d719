"""Real files for the document tests, made on the spot: PDFs written byte by byte (pages
of text in Helvetica, a page with only a drawing, one with a password through pypdf),
Word files through python-docx, and a ZIP bomb dressed as a Word file."""

import io
import random
import zipfile
from collections.abc import Sequence


def pdf(pages: Sequence[str]) -> bytes:
    """A PDF with one page per string, its lines set in Helvetica as a PDF writer would."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font = 3 + 2 * len(pages)
    for number, text in enumerate(pages):
        content = _page_content(text)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * number}"
            f" 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _assemble(objects)


def drawing_only_pdf(pages: int = 2) -> bytes:
    """What a scanner makes, as far as text goes: pages with marks on them and no text."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for number in range(pages):
        drawing = b"0.2 g 72 72 468 648 re f 1 g 100 100 200 300 re f"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            f" /Contents {4 + 2 * number} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(drawing) + drawing + b"\nendstream")
    return _assemble(objects)


def encrypted_pdf(pages: Sequence[str], password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf(pages))))
    writer.encrypt(user_password=password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _page_content(text: str) -> bytes:
    lines = [b"BT /F1 11 Tf 14 TL 72 740 Td"]
    for line in text.splitlines() or [""]:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        lines.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    lines.append(b"ET")
    return b"\n".join(lines)


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt(
    heading: str,
    paragraphs: Sequence[str],
    items: Sequence[str] = (),
    table: Sequence[Sequence[str]] = (),
) -> bytes:
    """An OpenDocument text file, written by odfdo as LibreOffice would lay it out."""
    import odfdo

    document = odfdo.Document("text")
    document.body.clear()
    document.body.append(odfdo.Header(1, heading))
    section = odfdo.Section(name="Body")  # paragraphs inside a section are read too
    for text in paragraphs:
        section.append(odfdo.Paragraph(text))
    document.body.append(section)
    if items:
        document.body.append(odfdo.List(list(items)))
    if table:
        grid = odfdo.Table("Costs", width=len(table[0]), height=len(table))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.set_value((c, r), value)
        document.body.append(grid)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def encrypted_odt() -> bytes:
    """What LibreOffice's "Save with password" writes: the ZIP stays, its parts are
    encrypted, and the manifest says how."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", bytes(range(256)) * 8)  # ciphertext
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="'
            'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
            '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
            '<manifest:algorithm manifest:algorithm-name="Blowfish CFB"'
            ' manifest:initialisation-vector="x"/>'
            "</manifest:encryption-data></manifest:file-entry></manifest:manifest>",
        )
    return out.getvalue()


def zip_bomb_docx(unpacked_mb: int = 256) -> bytes:
    """A few hundred kilobytes that unpack to `unpacked_mb` megabytes of nothing."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(block)
    return out.getvalue()


WORDS = [
    "river",
    "mill",
    "stone",
    "water",
    "bread",
    "flour",
    "oven",
    "market",
    "town",
    "bridge",
    "field",
    "harvest",
]
NOTICE = "The tenant must give a notice period of three months in writing."


def filler(seed: int, lines: int = 40) -> str:
    """A page of words drawn from a dozen, none of them the ones a test asks about."""
    pick = random.Random(seed)
    return "\n".join(" ".join(pick.choice(WORDS) for _ in range(12)) for _ in range(lines))


def lease_pages(count: int = 300, fact_page: int = 250) -> list[str]:
    """A long lease: filler, and the notice period on page `fact_page` only."""
    pages = [filler(n) for n in range(count)]
    pages[fact_page - 1] += "\n" + NOTICE
    return pages
