"""Providers: the servers a user talks to, and presets for the ones people run.

A `Provider` is one saved server (name, address, the model new chats start with, the
models it offered last time). Its key is not part of what is saved: the `KeyVault`
keeps it, filed under the provider's address.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from core.i18n import Context

Providers = Context("Providers")

OPENAI_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
# The built-in model has no address of its own: each start of its server gets a port.
# Anything that asks the provider itself for an address gets one that refuses at once,
# so a chat meant to stay on this computer can never go to OpenAI's default by mistake.
BUILTIN_ID = "builtin"
NOWHERE_URL = "http://127.0.0.1:0/v1"


@dataclass(frozen=True)
class Preset:
    kind: str
    brand: str  # the name as written here: a product's, or English words (see `name`)
    base_url: str
    needs_key: bool
    local: bool  # runs on this computer: free, and found by first-run detection
    default_model: str = ""
    key_hint: str = ""  # where a user gets a key

    @property
    def name(self) -> str:
        """The name people see, in their language (a product's name stays as it is).
        A provider made from the preset keeps it in the language of the moment."""
        if self.kind == "llamacpp":
            return Providers.tr("llama.cpp server", "a kind of server; llama.cpp is a product")
        if self.kind == "custom":
            return Providers.tr("Other server", "a server of none of the kinds named")
        if self.kind == BUILTIN_ID:
            return Providers.tr("Built-in (offline)", "the model that comes with Rivulet")
        return self.brand


PRESETS: tuple[Preset, ...] = (
    Preset(
        "openai",
        "OpenAI",
        OPENAI_URL,
        needs_key=True,
        local=False,
        default_model=DEFAULT_OPENAI_MODEL,
        key_hint="platform.openai.com/api-keys",
    ),
    Preset("ollama", "Ollama", "http://localhost:11434/v1", needs_key=False, local=True),
    Preset("lmstudio", "LM Studio", "http://localhost:1234/v1", needs_key=False, local=True),
    Preset("llamacpp", "llama.cpp server", "http://localhost:8080/v1", needs_key=False, local=True),
    Preset("vllm", "vLLM", "http://localhost:8000/v1", needs_key=False, local=True),
    Preset(
        "openrouter",
        "OpenRouter",
        "https://openrouter.ai/api/v1",
        needs_key=True,
        local=False,
        key_hint="openrouter.ai/keys",
    ),
    Preset(
        "groq",
        "Groq",
        "https://api.groq.com/openai/v1",
        needs_key=True,
        local=False,
        default_model="llama-3.1-8b-instant",
        key_hint="console.groq.com/keys",
    ),
    Preset(
        "deepseek",
        "DeepSeek",
        "https://api.deepseek.com/v1",
        needs_key=True,
        local=False,
        default_model="deepseek-chat",
        key_hint="platform.deepseek.com/api_keys",
    ),
    Preset("custom", "Other server", "", needs_key=False, local=False),
)
CUSTOM = PRESETS[-1]
# Not in PRESETS (which the Add menu and first-run detection offer): there is one, always.
BUILTIN = Preset(
    "builtin",
    "Built-in (offline)",
    "",
    needs_key=False,
    local=True,
    default_model="SmolLM2-135M-Instruct",  # core.local.model_files.BUILTIN_MODEL
)


def preset(kind: str) -> Preset:
    if kind == BUILTIN.kind:
        return BUILTIN
    return next((p for p in PRESETS if p.kind == kind), CUSTOM)


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


Environ = Mapping[str, str]


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    kind: str
    base_url: str
    model: str = ""  # the model new chats with this provider start with
    models: tuple[str, ...] = ()  # what the server listed last time (for quick switching)
    api_key: str = ""
    # Tokens its models read at once, as the user set it (0: what the server says, else
    # core/documents/context.py's table): what attached files are fitted to.
    context: int = 0

    def __repr__(self) -> str:
        key = "***" if self.api_key else ""
        return (
            f"Provider(id={self.id!r}, name={self.name!r}, base_url={self.base_url!r}, "
            f"model={self.model!r}, api_key={key!r})"
        )

    @property
    def preset(self) -> Preset:
        return preset(self.kind)

    @property
    def shown_name(self) -> str:
        """Its name in the user's language: a preset's own name ("Built-in (offline)",
        kept as written here) shows translated; a name the user gave shows as given."""
        chosen = self.preset
        return chosen.name if self.name == chosen.brand else self.name

    @property
    def is_local(self) -> bool:
        # A known hosted preset pointed at a loopback address is a proxy, not free.
        return self.preset.local or (self.kind == "custom" and is_loopback(self.base_url))

    @property
    def is_builtin(self) -> bool:
        return self.kind == BUILTIN.kind

    @property
    def key_account(self) -> str:
        """Keys are filed per server address, so each provider keeps its own."""
        if self.is_builtin:
            return "rivulet:builtin"  # never a key; never OpenAI's account
        return self.base_url.rstrip("/") or OPENAI_URL

    def endpoint(self, environ: Environ = os.environ) -> Endpoint:
        """Where requests go. `OPENAI_API_KEY` is used only for the server it belongs to
        (OpenAI's, or `OPENAI_BASE_URL`'s), so it never leaks to another provider."""
        if self.is_builtin:
            return Endpoint(base_url=NOWHERE_URL, api_key=None)  # the engine has the real one
        url = self.base_url.rstrip("/") or None
        key = self.api_key or None
        if key is None and _env_key_belongs_to(url, environ):
            key = environ.get("OPENAI_API_KEY") or None
        return Endpoint(base_url=url, api_key=key)

    def uses_env_key(self, environ: Environ = os.environ) -> bool:
        """Whether `OPENAI_API_KEY` belongs to this provider's server."""
        return _env_key_belongs_to(self.base_url.rstrip("/") or None, environ)

    def model_or_default(self) -> str:
        return self.model or self.preset.default_model

    def with_models(self, models: list[str]) -> "Provider":
        model = self.model if self.model else (models[0] if models else "")
        return replace(self, models=tuple(models), model=model)


def new_provider(kind: str, *, name: str = "", base_url: str = "", model: str = "") -> Provider:
    import uuid  # here: ~3 ms that starting need not wait for

    chosen = preset(kind)
    return Provider(
        id=uuid.uuid4().hex[:12],
        name=name or chosen.brand,  # shown translated (`shown_name`), in any language
        kind=chosen.kind,
        base_url=base_url or chosen.base_url,
        model=model or chosen.default_model,
    )


def builtin_provider() -> Provider:
    # Saved with an address that refuses at once: a Rivulet from before the built-in model
    # reads this entry as "Other server" and must not fall back to OpenAI's address.
    return Provider(id=BUILTIN_ID, name=BUILTIN.brand, kind=BUILTIN.kind, base_url=NOWHERE_URL)


def server_name(url: str) -> str:
    """What to call the server at `url`, for people: "Local server at 127.0.0.1:8765",
    "Server at example.com" (not where Rivulet learnt of it)."""
    parts = urlsplit(url)
    host = parts.hostname or url
    shown = f"{host}:{parts.port}" if parts.port else host
    local = host in ("localhost", "::1") or host.startswith("127.")
    if local:
        return Providers.tr("Local server at {address}", address=shown)
    return Providers.tr("Server at {address}", address=shown)


def providers_from_environment(environ: Environ = os.environ) -> tuple[Provider, ...]:
    """The providers a first start offers: `OPENAI_BASE_URL`'s server if set, and OpenAI."""
    found: list[Provider] = []
    url = environ.get("OPENAI_BASE_URL", "").strip().rstrip("/")
    if url and url != OPENAI_URL:
        found.append(new_provider("custom", name=server_name(url), base_url=url))
    found.append(new_provider("openai"))
    return tuple(found)


def _env_key_belongs_to(url: str | None, environ: Environ) -> bool:
    env_url = environ.get("OPENAI_BASE_URL", "").strip().rstrip("/")
    return (url or OPENAI_URL) == (env_url or OPENAI_URL)


def is_loopback(url: str) -> bool:

    host = urlsplit(url).hostname or ""
    return host in {"localhost", "127.0.0.1", "::1"} or host.startswith("127.")
