"""One-shot, non-streaming requests: list a server's models (which also tests the connection)."""

import openai

from core.chat.explain import explain
from core.chat.one_shot import async_client
from core.config.providers import Endpoint
from core.errors import ChatError, ErrorKind


async def list_models(endpoint: Endpoint, *, timeout: float = 15.0) -> list[str]:
    """The model ids the server offers, sorted; raises `ChatError` in plain words."""
    if not endpoint.is_usable:
        raise ChatError(
            ErrorKind.NOT_CONFIGURED,
            "Enter an OpenAI API key, or the address of a local server, first.",
        )
    client = async_client(endpoint, timeout=timeout, connect=10.0)
    try:
        page = await client.models.list()
        ids = sorted({m.id for m in page.data if isinstance(getattr(m, "id", None), str)})
    except (openai.APIError, ValueError, TypeError, AttributeError) as exc:
        error = explain(exc, base_url=endpoint.display_url, model="", secret=endpoint.api_key)
        if isinstance(exc, openai.NotFoundError) or error is None:
            error = ChatError(
                ErrorKind.NOT_AN_API,
                f"{endpoint.display_url} answered, but not like an OpenAI-compatible server "
                "(no model list at /models). Check the address: it usually ends in /v1.",
            )
        raise error from exc
    finally:
        await client.close()
    return ids
