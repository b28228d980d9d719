"""First-run detection: which local servers (Ollama, LM Studio, ...) answer on this computer."""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from core.errors import ChatError
from core.models import list_models
from core.providers import PRESETS, Provider, new_provider

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
        try:
            models = await list_models(candidate.endpoint({}), timeout=timeout)
        except ChatError:
            return None
        return FoundServer(candidate.with_models(models), tuple(models))

    results = await asyncio.gather(*(probe(c) for c in candidates))
    return [found for found in results if found is not None]
