"""The user's settings: which server, which key, which model.

Server and model go to `settings.json` in the data folder; the key goes to the `KeyVault`
(the OS keychain, or the user's fallback choice), filed under the server's address. A key
that comes from `OPENAI_API_KEY` is never copied anywhere.
"""

import json
import logging
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from core.keys import KeyPlace, KeyVault

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
    key_place: KeyPlace = KeyPlace.KEYCHAIN  # where there is no keychain: the user's choice

    def __repr__(self) -> str:
        key = "***" if self.api_key else ""
        return f"Settings(api_key={key!r}, base_url={self.base_url!r}, model={self.model!r})"

    @property
    def key_account(self) -> str:
        """Keys are filed per server, so switching servers keeps each one's key."""
        return self.base_url.rstrip("/") or OPENAI_URL

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

    def __init__(self, folder: Path, vault: KeyVault | None = None) -> None:
        self._settings_path = folder / "settings.json"
        self.vault = vault or KeyVault(folder)

    def load(self) -> Settings:
        data = self._read(self._settings_path)
        place = _str(data.get("key_place"))
        settings = Settings(
            base_url=_str(data.get("base_url")),
            model=_str(data.get("model")),
            key_place=KeyPlace(place)
            if place in KeyPlace._value2member_map_
            else KeyPlace.KEYCHAIN,
        )
        return replace(settings, api_key=self.vault.get(settings.key_account))

    def save(
        self, settings: Settings, environ: dict[str, str] | os._Environ[str] = os.environ
    ) -> None:
        key = settings.api_key
        if key and key == environ.get("OPENAI_API_KEY"):
            key = ""
        _write_atomically(
            self._settings_path,
            {
                "base_url": settings.base_url,
                "model": settings.model,
                "key_place": settings.key_place.value,
            },
        )
        self.vault.put(settings.key_account, key, settings.key_place)

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
    """Write to a temporary file and rename it, so a crash never leaves half a file."""
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
