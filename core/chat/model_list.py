"""One-shot, non-streaming requests: list a server's models (which also tests the connection)."""

import openai

from core.chat.explain import explain
from core.chat.native_contexts import native_contexts
from core.chat.one_shot import async_client
from core.config.providers import Endpoint
from core.errors import ChatError, ErrorKind
from core.i18n import Context

ModelList = Context("ModelList")

# Where servers say how much a model reads at once, in their /models entries: vLLM
# (max_model_len), OpenRouter (context_length), llama.cpp's server (meta.n_ctx_train).
_CONTEXT_FIELDS = ("max_model_len", "context_length", "context_window", "max_context_length")


def context_of_entry(entry: object) -> int:
    """The context a /models entry states (0 when it states none)."""
    extra = getattr(entry, "model_extra", None) or {}
    for field in _CONTEXT_FIELDS:
        value = extra.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    meta = extra.get("meta")
    if isinstance(meta, dict):
        value = meta.get("n_ctx") or meta.get("n_ctx_train")
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 0


async def list_models(
    endpoint: Endpoint, *, timeout: float = 15.0, contexts: dict[str, int] | None = None
) -> list[str]:
    """The model ids the server offers, sorted; raises `ChatError` in plain words. The
    contexts the server states for them are added to `contexts`, when given."""
    if not endpoint.is_usable:
        raise ChatError(
            ErrorKind.NOT_CONFIGURED,
            ModelList.tr("Enter an OpenAI API key, or the address of a local server, first."),
        )
    client = async_client(endpoint, timeout=timeout, connect=10.0)
    try:
        page = await client.models.list()
        ids = sorted({m.id for m in page.data if isinstance(getattr(m, "id", None), str)})
        if contexts is not None:
            for entry in page.data:
                stated = context_of_entry(entry)
                if stated and isinstance(getattr(entry, "id", None), str):
                    contexts[entry.id] = stated
    except (openai.APIError, ValueError, TypeError, AttributeError) as exc:
        error = explain(exc, base_url=endpoint.display_url, model="", secret=endpoint.api_key)
        if isinstance(exc, openai.NotFoundError) or error is None:
            error = ChatError(
                ErrorKind.NOT_AN_API,
                ModelList.tr(
                    "{address} answered, but not like an OpenAI-compatible server "
                    "(no model list at /models). Check the address: it usually ends in /v1.",
                    address=endpoint.display_url,
                ),
            )
        raise error from exc
    finally:
        await client.close()
    if contexts is not None:
        contexts.update(await native_contexts(endpoint, page.data))
    return ids
