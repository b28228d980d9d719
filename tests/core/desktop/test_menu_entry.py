"""A portable Rivulet's application-menu files: where they go, what they say, removal."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.desktop import menu_entry as desktop_entry
from core.desktop.menu_entry import (
    data_home,
    install,
    installed_files,
    offer_answered,
    portable_executable,
    remember_offer_answered,
    remove,
)
from core.desktop.menu_entry import (
    desktop_entry as entry_text,
)


def fields(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_data_home_follows_xdg_or_defaults_to_local_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_home({"XDG_DATA_HOME": "/x/share"}) == Path("/x/share")
    assert data_home({"XDG_DATA_HOME": "relative"}) == tmp_path / ".local" / "share"
    assert data_home({}) == tmp_path / ".local" / "share"


def test_only_a_frozen_app_beside_a_portable_marker_is_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "rivulet" / "rivulet"
    executable.parent.mkdir()
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delattr(sys, "frozen", raising=False)
    (executable.parent / "portable").write_bytes(b"")
    assert portable_executable() is None  # running from source
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert portable_executable() == executable
    (executable.parent / "portable").unlink()
    assert portable_executable() is None  # installed (the .deb has no marker)


def test_the_entry_starts_this_executable_with_the_app_icon() -> None:
    entry = fields(entry_text(Path("/home/ann/Apps/rivulet/rivulet")))
    assert entry["Exec"] == "/home/ann/Apps/rivulet/rivulet %F"
    assert entry["TryExec"] == "/home/ann/Apps/rivulet/rivulet"
    assert entry["Icon"] == "rivulet"
    assert entry["StartupWMClass"] == "rivulet"
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Rivulet"
    # "Open with" offers Rivulet for the files it reads and the images it attaches.
    offered = entry["MimeType"].rstrip(";").split(";")
    assert {"application/pdf", "text/plain", "image/png"} <= set(offered)
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document" in offered


def test_a_path_with_spaces_and_specials_is_quoted_as_the_spec_says() -> None:
    entry = fields(entry_text(Path('/home/ann/My Apps/$100 "best"/50%/rivulet')))
    # Quoted; ", $ escaped with a backslash, which the string level then doubles; % doubled.
    assert entry["Exec"] == '"/home/ann/My Apps/\\\\$100 \\\\"best\\\\"/50%%/rivulet" %F'


def test_install_then_remove_leaves_only_what_was_there(tmp_path: Path) -> None:
    home = tmp_path / "share"
    other = home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    pngs = {size: f"png{size}".encode() for size in desktop_entry.ICON_SIZES}
    written = install(Path("/opt/r/rivulet"), pngs, b"<svg/>", home)
    assert sorted(written) == sorted(installed_files(home))
    assert (home / "icons/hicolor/48x48/apps/rivulet.png").read_bytes() == b"png48"
    assert (home / "icons/hicolor/scalable/apps/rivulet.svg").read_bytes() == b"<svg/>"
    assert "Exec=/opt/r/rivulet %F" in (home / "applications/rivulet-portable.desktop").read_text()
    assert oct((home / "applications/rivulet-portable.desktop").stat().st_mode & 0o777) == "0o644"
    assert sorted(remove(home)) == sorted(written)
    assert not any(path.exists() for path in written)
    assert other.exists()  # exactly Rivulet's files, nothing else
    assert remove(home) == []


def test_the_answer_to_the_offer_is_remembered(tmp_path: Path) -> None:
    assert not offer_answered(tmp_path)
    remember_offer_answered(tmp_path, added=False)
    assert offer_answered(tmp_path)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
@pytest.mark.parametrize("folder", ["/opt/rivulet", '/home/ann/My Apps/$100 "best"/50%'])
def test_the_entry_passes_desktop_file_validate(tmp_path: Path, folder: str) -> None:
    path = tmp_path / "rivulet.desktop"
    path.write_text(entry_text(Path(folder) / "rivulet"))
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
