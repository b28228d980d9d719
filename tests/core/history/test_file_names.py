"""Names for exported files made from chat titles, and the folders dialogs remember."""

import json
from pathlib import Path

from core.config.recent_folders import FILE_NAME, RecentFolders
from core.history.file_names import MAX_BYTES, safe_file_name


def test_a_title_becomes_a_name_every_file_system_accepts() -> None:
    assert safe_file_name("Capital of France?", "x") == "Capital of France"
    assert safe_file_name('a/b\\c: <d> | "e" *f*', "x") == "a b c d e f"
    assert safe_file_name("line one\nline\ttwo\x00", "x") == "line one line two"
    assert safe_file_name("..hidden.", "x") == "hidden"  # no hidden file, no trailing dot
    assert safe_file_name(" / ? ", "Rivulet chat") == "Rivulet chat"
    assert safe_file_name("con", "x") == "Chat con"  # Windows' device names
    assert safe_file_name("LPT1.notes", "x") == "Chat LPT1.notes"


def test_a_long_title_is_cut_within_the_byte_limit_at_a_character() -> None:
    name = safe_file_name("漢字" * 200, "x")
    assert len(name.encode("utf-8")) <= MAX_BYTES
    assert name and set(name) <= {"漢", "字"}


def test_folders_are_remembered_per_purpose_and_forgotten_when_gone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    chats, pictures = tmp_path / "chats", tmp_path / "pictures"
    chats.mkdir()
    pictures.mkdir()
    RecentFolders(data).remember("chats", chats)
    RecentFolders(data).remember("images", pictures)
    again = RecentFolders(data)  # a restart
    assert again.get("chats") == chats
    assert again.get("images") == pictures
    assert again.get("models") is None
    pictures.rmdir()
    assert again.get("images") is None


def test_a_damaged_folders_file_is_no_trouble(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    folders = RecentFolders(tmp_path)
    assert folders.get("chats") is None
    folders.remember("chats", tmp_path)
    assert json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))["folders"] == {
        "chats": str(tmp_path)
    }
