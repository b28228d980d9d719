"""The one `AsyncOpenAI` builder for one-shot requests (the model list, titles).

Like the chat path (`core/chat/transport.py`), a server on this computer is reached
directly, never through a proxy from the environment, which could not reach it and must
not see its key; any other server goes through the environment's proxies, as curl would.
"""

import httpx2
from openai import AsyncOpenAI

from core.config.providers import Endpoint, is_loopback


def async_client(endpoint: Endpoint, *, timeout: float, connect: float) -> AsyncOpenAI:
    """A client for `endpoint`; close it with `await client.close()`."""
    limits = httpx2.Timeout(timeout, connect=min(timeout, connect))
    http = httpx2.AsyncClient(
        timeout=limits,
        follow_redirects=True,
        trust_env=not is_loopback(endpoint.display_url),
    )
    return AsyncOpenAI(
        # Local servers accept any key, but the SDK refuses to start without one.
        api_key=endpoint.api_key or "no-key",
        base_url=endpoint.display_url,  # never the SDK's own OPENAI_BASE_URL fallback
        max_retries=0,  # the user sees the failure and can ask again
        timeout=limits,
        http_client=http,
    )
