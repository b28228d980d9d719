"""How much a model reads at once, asked of Ollama and LM Studio in their own APIs: their
OpenAI-compatible /models entries do not say, and the model's trained context (what the
table in core/documents/context.py knows) is not what these servers load it with.

Ollama runs a model with `num_ctx` tokens (4,096 unless the model's Modelfile or the
server says otherwise) and silently drops what does not fit, so believing the table's
128k for llama3.1 would cut the files out of a question. LM Studio states the context
a loaded model was loaded with."""

import asyncio
import logging
import re
from collections.abc import Sequence

import httpx2

from core.config.providers import Endpoint, is_loopback

log = logging.getLogger(__name__)

# Ollama's context when nothing sets num_ctx (its default since 0.6; newer releases may
# give more on a large GPU, so this can only be too small, never too large).
OLLAMA_DEFAULT_CONTEXT = 4096
_MOST_MODELS = 64  # an Ollama with more models is asked about these only

# What each server puts in `owned_by` of its OpenAI-compatible /models entries.
OLLAMA_OWNER = "library"
LM_STUDIO_OWNER = "organization_owner"


async def native_contexts(endpoint: Endpoint, entries: Sequence[object]) -> dict[str, int]:
    """The contexts Ollama or LM Studio run their models with, by model id; {} for any
    other server, or when the server does not answer (then the table and default apply)."""
    owners = {getattr(entry, "owned_by", None) for entry in entries}
    ids = [i for i in (getattr(e, "id", None) for e in entries) if isinstance(i, str)]
    if not ids or not ({OLLAMA_OWNER, LM_STUDIO_OWNER} & owners):
        return {}
    root = endpoint.display_url.rstrip("/").removesuffix("/v1")
    headers = {"Authorization": f"Bearer {endpoint.api_key}"} if endpoint.api_key else {}
    async with httpx2.AsyncClient(
        timeout=httpx2.Timeout(5.0),
        headers=headers,
        trust_env=not is_loopback(endpoint.display_url),
    ) as client:
        try:
            if OLLAMA_OWNER in owners:
                return await _ollama(client, root, ids[:_MOST_MODELS])
            return await _lm_studio(client, root)
        except (httpx2.HTTPError, ValueError, TypeError, AttributeError) as error:
            log.info("Could not ask %s for its models' contexts: %s", root, type(error).__name__)
            return {}


async def _ollama(client: httpx2.AsyncClient, root: str, ids: Sequence[str]) -> dict[str, int]:
    async def one(model: str) -> tuple[str, int]:
        response = await client.post(f"{root}/api/show", json={"model": model})
        response.raise_for_status()
        show = response.json()
        found = re.search(r"^num_ctx\s+(\d+)\s*$", show.get("parameters") or "", re.MULTILINE)
        trained = next(
            (
                value
                for key, value in (show.get("model_info") or {}).items()
                if key.endswith(".context_length") and isinstance(value, int) and value > 0
            ),
            0,
        )
        context = int(found.group(1)) if found else OLLAMA_DEFAULT_CONTEXT
        return model, min(context, trained) if trained else context

    return dict(await asyncio.gather(*(one(model) for model in ids)))


async def _lm_studio(client: httpx2.AsyncClient, root: str) -> dict[str, int]:
    response = await client.get(f"{root}/api/v0/models")
    response.raise_for_status()
    contexts: dict[str, int] = {}
    for entry in response.json().get("data") or []:
        # A loaded model runs with what it was loaded with; one not loaded yet will be
        # loaded with LM Studio's own default, which its maximum says nothing about.
        value = entry.get("loaded_context_length") or 0
        if isinstance(entry.get("id"), str) and isinstance(value, int) and value > 0:
            contexts[entry["id"]] = value
    return contexts
