"""The folder each kind of file dialog was last used in, kept across restarts.

A small file of its own (`folders.json` in the data folder) rather than a field of
`Settings`: it changes every time a dialog is used, and saving settings also compares
and files keys, which a folder name has no business touching.
"""

import json
import logging
from pathlib import Path

from core.config.files import write_json_atomically

log = logging.getLogger(__name__)

FILE_NAME = "folders.json"


class RecentFolders:
    """Remembers a folder per purpose ("chats", "images", "models")."""

    def __init__(self, data_folder: Path) -> None:
        self._path = data_folder / FILE_NAME

    def get(self, purpose: str) -> Path | None:
        """The folder last used for `purpose`, if it still exists."""
        value = self._read().get(purpose)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return None

    def remember(self, purpose: str, folder: Path) -> None:
        """Keep `folder` for `purpose`; a failure only means it is not remembered."""
        folders = self._read()
        folders[purpose] = str(folder)
        try:
            write_json_atomically(self._path, {"version": 1, "folders": folders})
        except OSError as error:
            log.warning("Could not remember the folder %s: %s", folder, error)

    def _read(self) -> dict[str, object]:
        # An unreadable file is simply overwritten: it holds nothing but folder names,
        # which the next dialog the user accepts writes again.
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        folders = data.get("folders") if isinstance(data, dict) else None
        return dict(folders) if isinstance(folders, dict) else {}
