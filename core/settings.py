"""The user's settings: which server, which key, which model; saved as JSON in the data folder.

The API key is saved in `secrets.json`, readable only by the user, until keys move to
the OS keychain. A key that comes from `OPENAI_API_KEY` is never copied to disk.
"""

import json
import logging
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class Endpoint:
    """Where requests go. `api_key` None means none is needed or none is known."""

    base_url: str | None
    api_key: str | None

    @property
    def display_url(self) -> str:
        return self.base_url or OPENAI_URL

    @property
    def is_usable(self) -> bool:
        # OpenAI's own API needs a key; any other server may not.
        return bool(self.api_key) or bool(self.base_url and self.base_url != OPENAI_URL)

    def __repr__(self) -> str:  # never show the key, not even in a traceback
        return f"Endpoint(base_url={self.base_url!r}, api_key={'***' if self.api_key else None})"


@dataclass(frozen=True)
class Settings:
    """What the user chose; empty fields fall back to the environment."""

    api_key: str = ""
    base_url: str = ""
    model: str = ""

    def __repr__(self) -> str:
        key = "***" if self.api_key else ""
        return f"Settings(api_key={key!r}, base_url={self.base_url!r}, model={self.model!r})"

    def endpoint(self, environ: dict[str, str] | os._Environ[str] = os.environ) -> Endpoint:
        key = self.api_key or environ.get("OPENAI_API_KEY") or None
        url = self.base_url or environ.get("OPENAI_BASE_URL") or None
        return Endpoint(base_url=url.rstrip("/") if url else None, api_key=key)

    def model_for(self, endpoint: Endpoint) -> str:
        """The chosen model; OpenAI's small default when talking to OpenAI itself."""
        if self.model:
            return self.model
        return DEFAULT_OPENAI_MODEL if endpoint.display_url == OPENAI_URL else ""


class SettingsStore:
    """Loads and saves `Settings` in a folder; a damaged file is kept aside, never lost."""

    def __init__(self, folder: Path) -> None:
        self._settings_path = folder / "settings.json"
        self._secrets_path = folder / "secrets.json"

    def load(self) -> Settings:
        data = self._read(self._settings_path)
        secrets = self._read(self._secrets_path)
        return Settings(
            api_key=_str(secrets.get("api_key")),
            base_url=_str(data.get("base_url")),
            model=_str(data.get("model")),
        )

    def save(
        self, settings: Settings, environ: dict[str, str] | os._Environ[str] = os.environ
    ) -> None:
        if settings.api_key and settings.api_key == environ.get("OPENAI_API_KEY"):
            settings = replace(settings, api_key="")
        _write_atomically(
            self._settings_path, {"base_url": settings.base_url, "model": settings.model}
        )
        _write_atomically(self._secrets_path, {"api_key": settings.api_key})

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            aside = path.with_suffix(".damaged.json")
            log.warning("Could not read %s; moved it to %s and started fresh", path, aside)
            try:
                path.replace(aside)
            except OSError:
                pass
            return {}
        return data if isinstance(data, dict) else {}


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _write_atomically(path: Path, data: dict[str, str]) -> None:
    """Write to a temporary file and rename it, so a crash never leaves half a file.

    `mkstemp` creates the file readable only by its owner (0600), which the secrets
    file relies on.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
