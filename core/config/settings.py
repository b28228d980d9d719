"""The user's settings: saved providers, which one new chats use, option presets.

They go to `settings.json` in the data folder; keys go to the `KeyVault` (the OS
keychain, or the user's fallback choice), filed under each provider's address. A key
that comes from `OPENAI_API_KEY` is never copied anywhere.
"""

import json
import logging
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from core.config.chat_options import ChatOptions, OptionsPreset
from core.config.files import write_json_atomically
from core.config.keys import KeyPlace, KeyVault
from core.config.providers import (
    OPENAI_URL,
    PRESETS,
    Endpoint,
    Environ,
    Provider,
    builtin_provider,
    new_provider,
    providers_from_environment,
)

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2
MAX_CONTEXT = 10_000_000  # tokens; a context set by hand beyond this is a typo


@dataclass(frozen=True)
class Settings:
    providers: tuple[Provider, ...] = ()
    current_id: str = ""  # the provider new chats use
    key_place: KeyPlace = KeyPlace.KEYCHAIN  # where there is no keychain: the user's choice
    option_presets: tuple[OptionsPreset, ...] = ()  # the user's own, after the built-in ones
    text_size: float = 0.0  # points for the conversation; 0: the system's size
    theme: str = "system"  # "system", "light" or "dark" (View menu)
    show_figures: bool = False  # tokens, speed and cost always shown, not only on hover
    language: str = ""  # "" for the system's; else a code of gui/i18n.py's LANGUAGES ("de")
    # True until settings were saved once: the cue for first-run detection of local servers.
    first_run: bool = False

    @classmethod
    def single(
        cls, api_key: str = "", base_url: str = "", model: str = "", **extra: Any
    ) -> "Settings":
        """Settings with one provider at `base_url` (OpenAI's when empty)."""
        provider = Provider(
            id="main",
            name=_name_for(base_url),
            kind=_kind_for(base_url),
            base_url=base_url.strip().rstrip("/") or OPENAI_URL,
            model=model,
            api_key=api_key,
        )
        return cls(providers=(provider,), current_id=provider.id, **extra)

    @property
    def current(self) -> Provider | None:
        return self.provider(self.current_id) or (self.providers[0] if self.providers else None)

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)

    def endpoint(self, environ: Environ = os.environ) -> Endpoint:
        current = self.current
        return current.endpoint(environ) if current else Endpoint(None, None)

    @property
    def model(self) -> str:
        current = self.current
        return current.model_or_default() if current else ""

    def with_provider(self, provider: Provider) -> "Settings":
        """These settings with `provider` replaced (same id) or added."""
        known = any(p.id == provider.id for p in self.providers)
        providers = (
            tuple(provider if p.id == provider.id else p for p in self.providers)
            if known
            else (*self.providers, provider)
        )
        return replace(self, providers=providers)


class SettingsStore:
    """Loads and saves `Settings` in a folder; a damaged file is kept aside, never lost."""

    def __init__(self, folder: Path, vault: KeyVault | None = None) -> None:
        self.folder = folder
        self._settings_path = folder / "settings.json"
        self.vault = vault or KeyVault(folder)
        # Each address's key as last loaded or saved: a save writes only what changed.
        self._loaded_keys: dict[str, str] = {}
        self._loaded_place = KeyPlace.KEYCHAIN
        self._moved_key: tuple[str, str] | None = None  # a 0.1 key to file anew

    def load(self, environ: Environ = os.environ, *, with_keys: bool = True) -> Settings:
        """The saved settings; with `with_keys=False` the providers' keys are left empty
        for `with_keys()` to fill (reading the keychain costs ~90 ms at start-up)."""
        exists = self._settings_path.exists()
        data = self._read(self._settings_path)
        place = _str(data.get("key_place"))
        key_place = KeyPlace(place) if place in KeyPlace._value2member_map_ else KeyPlace.KEYCHAIN
        moved_key: tuple[str, str] | None = None  # (old account, new account)
        if "providers" in data:
            settings = Settings(
                providers=tuple(_providers(data.get("providers"))),
                current_id=_str(data.get("current")),
                key_place=key_place,
                option_presets=tuple(_presets(data.get("option_presets"))),
                text_size=_size(data.get("text_size")),
                theme=_theme(data.get("theme")),
                show_figures=data.get("show_figures") is True,
                language=_language(data.get("language")),
            )
        elif "base_url" in data or "model" in data:  # Rivulet 0.1: one server
            # 0.1 read an empty address as "OPENAI_BASE_URL, else OpenAI" and filed the
            # key under OpenAI's address either way.
            old_url = _str(data.get("base_url"))
            url = old_url or environ.get("OPENAI_BASE_URL", "").strip().rstrip("/")
            settings = Settings.single("", url, _str(data.get("model")), key_place=key_place)
            if not old_url and url:
                moved_key = (OPENAI_URL, url.rstrip("/"))
        else:
            providers = providers_from_environment(environ)
            settings = Settings(
                providers=providers,
                current_id=providers[0].id,
                key_place=key_place,
                first_run=not exists,
            )
        if not settings.providers:  # a hand-edited list with nothing usable left
            settings = replace(settings, providers=(new_provider("openai"),))
        if not any(p.is_builtin for p in settings.providers):
            # Always there, last: the model that works offline (or says why it cannot).
            settings = replace(settings, providers=(*settings.providers, builtin_provider()))
        self._moved_key = moved_key
        return self.with_keys(settings) if with_keys else settings

    def with_keys(self, settings: Settings) -> Settings:
        """`settings` with each provider's key from the vault. Thread-safe enough to run
        off the GUI thread: it only reads the vault and replaces a dict."""
        moved_key, self._moved_key = self._moved_key, None
        # Rivulet files no key before its settings are first saved, and none for the
        # built-in model: then the keychain is not asked, and its libraries (~20 MB
        # resident) are never loaded.
        providers = tuple(
            p
            if settings.first_run or p.is_builtin
            else replace(p, api_key=self.vault.get(p.key_account))
            for p in settings.providers
        )
        self._loaded_keys = {p.key_account: p.api_key for p in providers}
        self._loaded_place = settings.key_place
        if moved_key is not None:
            old, new = moved_key
            key = self.vault.get(old)
            providers = tuple(
                replace(p, api_key=key) if p.key_account == new else p for p in providers
            )
            self._loaded_keys[old] = key  # so the next save files it under `new` only
            self._loaded_keys[new] = ""
        return replace(settings, providers=providers)

    def save(self, settings: Settings, environ: Environ = os.environ) -> None:
        """Write the settings; touch the vault only for keys that changed.

        Writing only changes matters: a keychain that could not be read at start-up
        looks like "no key", and blindly writing that back would delete the real one.
        """
        write_json_atomically(
            self._settings_path,
            {
                "version": SETTINGS_VERSION,
                "providers": [_provider_json(p) for p in settings.providers],
                "current": settings.current_id,
                "key_place": settings.key_place.value,
                "text_size": settings.text_size,
                "theme": settings.theme,
                "show_figures": settings.show_figures,
                "language": settings.language,
                "option_presets": [
                    {"name": p.name, "options": json.loads(p.options.to_json() or "{}")}
                    for p in settings.option_presets
                ],
            },
        )
        wanted: dict[str, str] = {}
        for provider in settings.providers:
            account = provider.key_account
            key = provider.api_key
            if key and key == environ.get("OPENAI_API_KEY") and provider.uses_env_key(environ):
                key = ""  # the environment's key is used, never copied
            loaded = self._loaded_keys.get(account)
            # Providers sharing an address share a key: the one the user changed wins.
            if account not in wanted or key != loaded:
                wanted[account] = key
        for account in self._loaded_keys.keys() - wanted.keys():
            if self._loaded_keys[account]:
                self.vault.put(account, "", settings.key_place)  # its provider was removed
        moved = settings.key_place is not self._loaded_place  # e.g. memory -> private file
        for account, key in wanted.items():
            if key != self._loaded_keys.get(account, "") or (moved and key):
                self.vault.put(account, key, settings.key_place)
        self._loaded_keys = wanted
        self._loaded_place = settings.key_place

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


def _provider_json(provider: Provider) -> dict[str, Any]:
    return {
        "id": provider.id,
        "name": provider.name,
        "kind": provider.kind,
        "base_url": provider.base_url,
        "model": provider.model,
        "models": list(provider.models),
        "context": provider.context,
    }


def _providers(raw: object) -> list[Provider]:
    found: list[Provider] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        kind = _str(item.get("kind")) or "custom"
        provider_id = _str(item.get("id"))
        base_url = _str(item.get("base_url"))
        if kind == "builtin":
            if any(p.is_builtin for p in found):
                continue  # there is one built-in model server, whatever a hand edit says
            provider_id = builtin_provider().id
            base_url = builtin_provider().base_url
        elif not provider_id or any(p.id == provider_id for p in found):
            provider_id = new_provider(kind).id
        models = item.get("models")
        found.append(
            Provider(
                id=provider_id,
                name=_str(item.get("name")) or _name_for(base_url),
                kind=kind,
                base_url=base_url,
                model=_str(item.get("model")),
                models=tuple(m for m in models if isinstance(m, str))
                if isinstance(models, list)
                else (),
                context=_context(item.get("context")),
            )
        )
    return found


def _presets(raw: object) -> list[OptionsPreset]:
    found: list[OptionsPreset] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and _str(item.get("name")):
            options = item.get("options")
            found.append(
                OptionsPreset(
                    _str(item.get("name")),
                    ChatOptions.from_dict(options if isinstance(options, dict) else {}),
                )
            )
    return found


def _kind_for(base_url: str) -> str:
    url = base_url.strip().rstrip("/") or OPENAI_URL
    return next((p.kind for p in PRESETS if p.base_url and p.base_url == url), "custom")


def _name_for(base_url: str) -> str:
    kind = _kind_for(base_url)
    if kind != "custom":
        return next(p.name for p in PRESETS if p.kind == kind)
    from urllib.parse import urlsplit

    return urlsplit(base_url).netloc or "Server"


def _size(value: object) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and 6 <= value <= 48
    return float(value) if ok else 0.0  # type: ignore[arg-type]


THEMES = ("system", "light", "dark")


def _context(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_CONTEXT:
        return value
    return 0


def _theme(value: object) -> str:
    return value if isinstance(value, str) and value in THEMES else "system"


def _language(value: object) -> str:
    ok = isinstance(value, str) and re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", value)
    return value if ok else ""  # type: ignore[return-value]


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
