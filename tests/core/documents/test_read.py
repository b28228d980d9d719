"""Reading attached files: every format, every encoding, and a plain sentence for every
file that cannot be read."""

import io
import os
from pathlib import Path

import pytest

from core.documents.read import MAX_FILE_BYTES, DocumentError, kind_of, read_document
from tests.support.documents import (
    docx,
    drawing_only_pdf,
    encrypted_odt,
    encrypted_pdf,
    odt,
    pdf,
    zip_bomb_docx,
)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "kind", "expected"),
    [
        ("notes.txt", "Plain notes, ünïcode ✓".encode(), "Text", "Plain notes, ünïcode ✓"),
        ("readme.md", b"# Title\n\n- item", "Markdown", "# Title\n\n- item"),
        ("tool.py", b"def main():\n    return 1\n", "Code", "def main():\n    return 1\n"),
        ("Makefile", b"all:\n\techo hi\n", "Code", "all:\n\techo hi\n"),
        ("table.csv", b"name,age\nAnn,31\n", "CSV", "name,age\nAnn,31\n"),
        ("data.json", b'{"a": [1, 2]}', "JSON", '{"a": [1, 2]}'),
        ("bom.txt", "\ufeffwith a byte order mark".encode(), "Text", "with a byte order mark"),
        ("utf16.txt", "Grüße aus Köln".encode("utf-16"), "Text", "Grüße aus Köln"),
    ],
)
def test_text_formats_read_as_written(
    tmp_path: Path, name: str, data: bytes, kind: str, expected: str
) -> None:
    document = read_document(_write(tmp_path, name, data))
    assert (document.kind, document.text, document.name) == (kind, expected, name)
    assert document.size == len(data) and len(document.sha256) == 64
    assert document.describe().startswith(f"{kind} · {len(expected):,} character")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le café du coin ouvre à sept heures. Déjà la file d'attente s'allonge.\n", "cp1252"),
        ("Привет! Это письмо о квартире: отопление не работает уже неделю.\n", "cp1251"),  # noqa: RUF001
        ("Zażółć gęślą jaźń. Proszę o naprawę ogrzewania w mieszkaniu.\n", "cp1250"),
        ("東京の天気は明日晴れるでしょう。会議は午後三時からです。\n", "shift_jis"),
    ],
)
def test_the_encoding_of_a_file_that_is_not_utf8_is_detected(
    tmp_path: Path, text: str, encoding: str
) -> None:
    document = read_document(_write(tmp_path, "letter.txt", (text * 20).encode(encoding)))
    assert document.text == text * 20


def test_html_is_read_as_text_without_scripts_or_styles(tmp_path: Path) -> None:
    page = (
        b"<html><head><title>T</title><style>p{color:red}</style></head><body>"
        b"<h1>Opening hours</h1><p>Mon&ndash;Fri <b>9&nbsp;to&nbsp;5</b></p>"
        b"<script>alert('no')</script><ul><li>One</li><li>Two</li></ul></body></html>"
    )
    document = read_document(_write(tmp_path, "hours.html", page))
    assert document.text == "Opening hours\nMon\u2013Fri 9 to 5\nOne\nTwo"


def test_a_pdf_is_read_page_by_page(tmp_path: Path) -> None:
    pages = ["First page: the rent is due monthly.", "Second page.\nNotice period: 3 months."]
    document = read_document(_write(tmp_path, "lease.pdf", pdf(pages)))
    assert document.kind == "PDF" and len(document.pages) == 2
    assert "rent is due monthly" in document.pages[0]
    assert "Notice period: 3 months." in document.pages[1]
    assert document.describe().startswith("PDF · 2 pages · ")
    seen: list[tuple[int, int]] = []
    read_document(tmp_path / "lease.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_a_word_file_gives_its_paragraphs_and_tables(tmp_path: Path) -> None:
    data = docx(["Dear landlord,", "The heating is broken."], [["Room", "Temp"], ["Hall", "12"]])
    document = read_document(_write(tmp_path, "letter.docx", data))
    assert document.kind == "Word"
    assert document.text == "Dear landlord,\nThe heating is broken.\nRoom | Temp\nHall | 12"


def test_an_opendocument_file_gives_its_headings_sections_lists_and_tables(
    tmp_path: Path,
) -> None:
    data = odt(
        "Repairs",
        ["Dear landlord,", "The heating is  broken.\tSince Monday."],
        ["boiler", "radiator"],
        [["Room", "Cost"], ["Hall", "120"]],
    )
    document = read_document(_write(tmp_path, "letter.odt", data))
    assert document.kind == "OpenDocument"
    assert document.text == (
        "Repairs\nDear landlord,\nThe heating is  broken.\tSince Monday.\n"
        " -  boiler\n -  radiator\nRoom | Cost\nHall | 120"
    )


# -- bad input: one plain sentence that names the file, and nothing else -----------------
def _refused(path: Path) -> str:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = caught.value.message
    assert path.name in message and "Traceback" not in message
    return message


def test_a_pdf_with_a_password_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.pdf", encrypted_pdf(["secret text"]))
    assert "protected by a password" in _refused(path)


def test_a_pdf_of_scanned_pages_says_it_has_no_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "scan.pdf", drawing_only_pdf())
    assert "no text that can be read; it looks like scanned pages" in _refused(path)


def test_a_damaged_pdf_and_a_damaged_word_file_say_so(tmp_path: Path) -> None:
    whole = pdf(["Some text"] * 3)
    assert "damaged" in _refused(_write(tmp_path, "cut.pdf", whole[: len(whole) // 3]))
    word = docx(["Hello"])
    assert "damaged" in _refused(_write(tmp_path, "cut.docx", word[: len(word) // 2]))
    assert "damaged" in _refused(_write(tmp_path, "fake.docx", b"not a zip at all"))


def test_damaged_locked_and_other_opendocument_files_say_so(tmp_path: Path) -> None:
    whole = odt("Title", ["Some text"])
    assert "damaged" in _refused(_write(tmp_path, "cut.odt", whole[: len(whole) // 2]))
    assert "protected by a password" in _refused(_write(tmp_path, "locked.odt", encrypted_odt()))
    import odfdo

    sheet = io.BytesIO()
    odfdo.Document("spreadsheet").save(sheet)
    message = _refused(_write(tmp_path, "sheet.odt", sheet.getvalue()))
    assert "another kind of OpenDocument file" in message


def test_a_binary_file_with_a_text_name_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    assert "is not a text file" in _refused(path)


def test_a_file_over_the_limit_states_the_limit_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    assert "Rivulet reads files of up to 50 MB" in _refused(path)


def test_a_zip_bomb_posing_as_a_word_file_is_refused_before_it_is_unpacked(
    tmp_path: Path,
) -> None:
    data = zip_bomb_docx(256)
    assert len(data) < 2 * 1024 * 1024
    message = _refused(_write(tmp_path, "bomb.docx", data))
    assert "looks unsafe" in message and "at most 200 MB" in message
    assert "looks unsafe" in _refused(_write(tmp_path, "bomb.odt", data))


def test_missing_unreadable_folders_empty_and_unknown_files(tmp_path: Path) -> None:
    assert "was not found" in _refused(tmp_path / "gone.pdf")
    folder = tmp_path / "papers.pdf"
    folder.mkdir()
    assert "is a folder" in _refused(folder)
    assert "is empty" in _refused(_write(tmp_path, "empty.md", b""))
    assert "Rivulet cannot read" in _refused(_write(tmp_path, "song.mp3", b"ID3"))
    assert "has no text" in _refused(_write(tmp_path, "blank.txt", b"  \n\n "))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path, "private.txt", b"secret")
    path.chmod(0)
    assert "not allowed to open" in _refused(path)


def test_kinds_come_from_the_name() -> None:
    assert kind_of("Report.PDF") == "PDF" and kind_of("a.tar.gz") is None
    assert kind_of("Dockerfile") == "Code" and kind_of("x.tsv") == "CSV"
