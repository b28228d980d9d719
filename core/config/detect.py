"""First-run detection: which local servers (Ollama, LM Studio, ...) answer on this computer."""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.config.providers import PRESETS, Provider, new_provider
from core.errors import ChatError

# Loopback answers (or refuses) in well under a millisecond; a port that accepts the
# connection but never answers is not a server worth offering.
PROBE_TIMEOUT = 1.5


@dataclass(frozen=True)
class FoundServer:
    provider: Provider  # with the models it listed, the first one chosen
    models: tuple[str, ...]


def local_candidates() -> list[Provider]:
    """A provider for each local preset, at its usual address."""
    return [new_provider(p.kind) for p in PRESETS if p.local]


async def detect_local_servers(
    candidates: Sequence[Provider], *, timeout: float = PROBE_TIMEOUT
) -> list[FoundServer]:
    """The candidates that answer like an OpenAI-compatible server, in the given order."""

    async def probe(candidate: Provider) -> FoundServer | None:
        if not await _accepts_connections(candidate.base_url, timeout):
            return None  # the usual case, settled without loading openai (~300 ms, 40 MB)
        from core.chat.model_list import list_models

        try:
            models = await list_models(candidate.endpoint({}), timeout=timeout)
        except ChatError:
            return None
        return FoundServer(candidate.with_models(models), tuple(models))

    results = await asyncio.gather(*(probe(c) for c in candidates))
    return [found for found in results if found is not None]


async def _accepts_connections(url: str, timeout: float) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass
    return True
