"""Turn what the network and the `openai` package raise into a `ChatError` people can act on."""

import json
import re

import httpx2
import openai

from core.errors import ChatError, ErrorKind
from core.local.model_files import LOCAL_MODEL_ERROR

_HTML_START = re.compile(rb"^\s*(<!doctype html|<html)", re.IGNORECASE)


def _retry_after(response: object) -> float | None:
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name in ("retry-after-ms", "retry-after"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            continue  # an HTTP date: rare enough to fall back to "in a moment"
        return seconds / 1000 if name == "retry-after-ms" else seconds
    return None


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    return ""


def _error_type(exc: openai.APIStatusError) -> str:
    body = exc.body  # the SDK hands over the inner "error" object, when there is one
    error = body.get("error", body) if isinstance(body, dict) else None
    return str(error.get("type", "")) if isinstance(error, dict) else ""


def _looks_like_html(exc: openai.APIStatusError) -> bool:
    content_type = exc.response.headers.get("content-type", "")
    if "html" in content_type:
        return True
    try:
        return bool(_HTML_START.match(exc.response.content[:200]))
    except Exception:
        return False


def _wait_phrase(seconds: float | None) -> str:
    if seconds is None:
        return "Wait a moment, then press Retry."
    if seconds < 90:
        return f"Wait {max(1, round(seconds))} seconds, then press Retry."
    return f"Wait about {round(seconds / 60)} minutes, then press Retry."


def _too_deep_json(exc: BaseException) -> bool:
    # json's C decoder answers nesting deeper than the recursion limit with RecursionError.
    return isinstance(exc, RecursionError) and "while decoding a JSON" in str(exc)


def explain_status(exc: openai.APIStatusError, model: str) -> ChatError:
    status = exc.status_code
    if _looks_like_html(exc):
        return ChatError(
            ErrorKind.NOT_AN_API,
            f"The server answered with a web page (HTTP {status}) instead of a chat reply. "
            "A proxy or the wrong address may be in the way: check the server address in "
            "Settings.",
        )
    detail = _server_message(exc)
    if _error_type(exc) == LOCAL_MODEL_ERROR and detail:
        # Rivulet's own model server writes its messages for people already.
        return ChatError(ErrorKind.SERVER if status >= 500 else ErrorKind.BAD_REQUEST, detail)
    said = f' The server said: "{detail}"' if detail else ""
    if status in {401, 403}:
        return ChatError(
            ErrorKind.BAD_KEY,
            f"The server did not accept the API key (HTTP {status}). "
            f"Check the key in Settings.{said}",
        )
    if status == 404:
        return ChatError(
            ErrorKind.NOT_FOUND,
            f'The server does not know the model "{model}", or the server address is wrong '
            f"(HTTP 404). Pick a model in Settings.{said}",
        )
    if status == 429:
        seconds = _retry_after(exc.response)
        return ChatError(
            ErrorKind.RATE_LIMITED,
            f"The server is getting too many requests (HTTP 429). {_wait_phrase(seconds)}{said}",
            retry_after=seconds,
        )
    if status >= 500:
        return ChatError(
            ErrorKind.SERVER,
            f"The server had a problem (HTTP {status}). Try again in a moment.{said}",
        )
    return ChatError(
        ErrorKind.BAD_REQUEST,
        f"The server refused the request (HTTP {status}).{said}",
    )


_KEY_LIKE = re.compile(r"\b(sk-[A-Za-z0-9_\-]{4})[A-Za-z0-9_\-]{4,}")


def scrub(text: str, secret: str | None) -> str:
    """Servers quote the key they refused; keep it out of what is shown and stored."""
    if secret and len(secret) >= 4:
        text = text.replace(secret, "***")
    return _KEY_LIKE.sub(r"\1…", text)


def explain(
    exc: BaseException, *, base_url: str, model: str, secret: str | None = None
) -> ChatError | None:
    """A `ChatError` for failures the user can act on; None for bugs, which should propagate.

    `secret` (the API key in use) is masked wherever the server repeated it.
    """
    error = _explain(exc, base_url=base_url, model=model)
    if error is not None:
        error = ChatError(error.kind, scrub(error.message, secret), error.retry_after)
    return error


def _explain(exc: BaseException, *, base_url: str, model: str) -> ChatError | None:
    if isinstance(exc, ChatError):
        return exc
    if isinstance(exc, openai.APIStatusError):
        return explain_status(exc, model)
    if isinstance(exc, openai.APIConnectionError):
        # APITimeoutError is a subclass: the cause tells connecting from reading apart.
        if isinstance(exc.__cause__, httpx2.ConnectError | httpx2.ConnectTimeout):
            return ChatError(
                ErrorKind.UNREACHABLE,
                f"Could not connect to the server at {base_url}. Check that it is running "
                "and that the address in Settings is right.",
            )
        if isinstance(exc, openai.APITimeoutError):
            return ChatError(
                ErrorKind.TIMEOUT,
                "The server stopped sending before the reply was finished. "
                "It may be overloaded: press Retry, or try again later.",
            )
        return ChatError(
            ErrorKind.DROPPED,
            "The connection to the server was lost before the reply was finished. "
            "Check your network and press Retry.",
        )
    if isinstance(exc, openai.APIError):
        # An `error` event inside the stream.
        return ChatError(
            ErrorKind.STREAM_ERROR,
            f'The server reported an error while writing the reply: "{exc.message}"',
        )
    if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError) or _too_deep_json(exc):
        return ChatError(
            ErrorKind.MALFORMED,
            "The server sent data that is not a valid chat reply. It may not be an "
            "OpenAI-compatible server.",
        )
    return None
