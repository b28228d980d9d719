"""A portable Rivulet's entry in the user's application menu: a .desktop file and icons.

A portable folder (the `portable` marker file beside the frozen executable) is not known
to the desktop until Rivulet writes these files under the user's data home
($XDG_DATA_HOME, else ~/.local/share), as the freedesktop.org specifications say.
Removing them removes exactly these files, nothing else.
"""

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from core.config.files import write_json_atomically

PORTABLE_MARKER = "portable"
APP_ID = "rivulet"  # the icon's name and the window class
# The portable copy's .desktop file has a name of its own: the .deb installs rivulet.desktop
# system-wide, and a user file of the same name would hide it (and be removed with it).
ENTRY_ID = "rivulet-portable"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ANSWER_FILE = "app-menu.json"  # in the data folder: the first-start offer was answered

# Characters that make an Exec argument need quotes; inside the quotes, these need a
# backslash (the Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED = set('"`$\\')


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec ignores others), else
    ~/.local/share."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def portable_executable() -> Path | None:
    """The frozen app's executable when it runs from a portable folder, else None."""
    if not getattr(sys, "frozen", False):
        return None
    executable = Path(sys.executable).absolute()
    return executable if (executable.parent / PORTABLE_MARKER).is_file() else None


def entry_path(home: Path) -> Path:
    return home / "applications" / f"{ENTRY_ID}.desktop"


def icon_paths(home: Path) -> dict[int | None, Path]:
    """Each icon's path by pixel size; None is the scalable SVG."""
    icons = home / "icons" / "hicolor"
    paths: dict[int | None, Path] = {
        size: icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES
    }
    paths[None] = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    return paths


def installed_files(home: Path) -> list[Path]:
    """Every file `install` writes, whether or not it exists now."""
    return [entry_path(home), *icon_paths(home).values()]


def is_installed(home: Path) -> bool:
    return entry_path(home).is_file()


# What a file manager offers to open with Rivulet: the files it reads (core/documents)
# and the images it attaches. Never made its default for any of them (no mimeapps.list).
MIME_TYPES = (
    "application/pdf;text/plain;text/markdown;text/csv;text/tab-separated-values;"
    "application/json;text/html;text/x-python;"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
    "application/vnd.oasis.opendocument.text;"
    "image/png;image/jpeg;image/gif;image/webp;"
)


def desktop_entry(executable: Path) -> str:
    """The .desktop file's text for a Rivulet at `executable` (an absolute path)."""
    # %F: files chosen with "Open with" arrive as arguments (handed to a running Rivulet).
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=Rivulet\n"
        "GenericName=AI Chat\n"
        "Comment=Chat with AI models, on your computer or online\n"
        f"Exec={_exec_argument(str(executable))} %F\n"
        f"TryExec={_string_value(str(executable))}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Network;Chat;\n"
        "Keywords=AI;chat;LLM;assistant;\n"
        f"StartupWMClass={APP_ID}\n"
        "StartupNotify=true\n"
        f"MimeType={MIME_TYPES}\n"
    )


def install(executable: Path, pngs: Mapping[int, bytes], svg: bytes, home: Path) -> list[Path]:
    """Write the .desktop file and the icons (PNG bytes by size, and the SVG); each file is
    replaced atomically. The .desktop file goes last, so the menu never shows an entry
    whose icons are missing."""
    written: list[Path] = []
    for size, path in icon_paths(home).items():
        data = svg if size is None else pngs.get(size)
        if data is not None:
            _write_atomically(path, data)
            written.append(path)
    _write_atomically(entry_path(home), desktop_entry(executable).encode())
    written.append(entry_path(home))
    return written


def remove(home: Path) -> list[Path]:
    """Delete the files `install` writes (folders stay: others' icons live there too)."""
    removed = []
    for path in installed_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed


def offer_answered(data_folder: Path) -> bool:
    return (data_folder / ANSWER_FILE).is_file()


def remember_offer_answered(data_folder: Path, added: bool) -> None:
    write_json_atomically(data_folder / ANSWER_FILE, {"offer_answered": True, "added": added})


def _exec_argument(argument: str) -> str:
    if not set(argument) & _EXEC_RESERVED and "%" not in argument:
        return argument
    quoted = "".join(f"\\{c}" if c in _EXEC_ESCAPED else c for c in argument)
    # The whole value is then a desktop-file string, whose backslashes are escaped again.
    return _string_value(f'"{quoted}"').replace("%", "%%")


def _string_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _write_atomically(path: Path, data: bytes) -> None:
    import tempfile  # here, not at start-up (see core/config/files.py)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # as an installed file is (mkstemp makes it 0600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
