"""Turn what the network and the `openai` package raise into a `ChatError` people can act on."""

import json
import re

import httpx2
import openai

from core.errors import ChatError, ErrorKind
from core.i18n import Context
from core.local.model_files import LOCAL_MODEL_ERROR
from core.local.reasons import REASON_FIELD, reason_text

ExplainErrors = Context("ExplainErrors")

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


def _too_many_requests(seconds: float | None) -> str:
    if seconds is None:
        return ExplainErrors.tr(
            "The server is getting too many requests (HTTP 429). Wait a moment, then press Retry."
        )
    if seconds < 90:
        return ExplainErrors.tr(
            "The server is getting too many requests (HTTP 429). "
            "Wait %n second(s), then press Retry.",
            "",
            max(1, round(seconds)),
        )
    return ExplainErrors.tr(
        "The server is getting too many requests (HTTP 429). "
        "Wait about %n minute(s), then press Retry.",
        "",
        round(seconds / 60),
    )


def _with_said(message: str, detail: str) -> str:
    """`message`, then the server's own words (untranslated) as a sentence of their own."""
    if not detail:
        return message
    return message + " " + ExplainErrors.tr('The server said: "{said}"', said=detail)


def _too_deep_json(exc: BaseException) -> bool:
    # json's C decoder answers nesting deeper than the recursion limit with RecursionError.
    return isinstance(exc, RecursionError) and "while decoding a JSON" in str(exc)


def explain_status(exc: openai.APIStatusError, model: str) -> ChatError:
    status = exc.status_code
    if _looks_like_html(exc):
        return ChatError(
            ErrorKind.NOT_AN_API,
            ExplainErrors.tr(
                "The server answered with a web page (HTTP {status}) instead of a chat reply. "
                "A proxy or the wrong address may be in the way: check the server address in "
                "Settings.",
                status=str(status),
            ),
        )
    detail = _server_message(exc)
    if _error_type(exc) == LOCAL_MODEL_ERROR and detail:
        # Rivulet's own model server writes its messages for people already, in English
        # (it has no translator): its reason code gives them in the user's language.
        error = exc.body.get("error", exc.body) if isinstance(exc.body, dict) else None
        said = reason_text(error.get(REASON_FIELD)) if isinstance(error, dict) else None
        kind = ErrorKind.SERVER if status >= 500 else ErrorKind.BAD_REQUEST
        return ChatError(kind, said or detail)
    if status in {401, 403}:
        return ChatError(
            ErrorKind.BAD_KEY,
            _with_said(
                ExplainErrors.tr(
                    "The server did not accept the API key (HTTP {status}). "
                    "Check the key in Settings.",
                    status=str(status),
                ),
                detail,
            ),
        )
    if status == 404:
        return ChatError(
            ErrorKind.NOT_FOUND,
            _with_said(
                ExplainErrors.tr(
                    'The server does not know the model "{model}", or the server address is '
                    "wrong (HTTP 404). Pick a model in Settings.",
                    model=model,
                ),
                detail,
            ),
        )
    if status == 429:
        seconds = _retry_after(exc.response)
        return ChatError(
            ErrorKind.RATE_LIMITED,
            _with_said(_too_many_requests(seconds), detail),
            retry_after=seconds,
        )
    if status >= 500:
        return ChatError(
            ErrorKind.SERVER,
            _with_said(
                ExplainErrors.tr(
                    "The server had a problem (HTTP {status}). Try again in a moment.",
                    status=str(status),
                ),
                detail,
            ),
        )
    return ChatError(
        ErrorKind.BAD_REQUEST,
        _with_said(
            ExplainErrors.tr("The server refused the request (HTTP {status}).", status=str(status)),
            detail,
        ),
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
                ExplainErrors.tr(
                    "Could not connect to the server at {address}. Check that it is running "
                    "and that the address in Settings is right.",
                    address=base_url,
                ),
            )
        if isinstance(exc, openai.APITimeoutError):
            return ChatError(
                ErrorKind.TIMEOUT,
                ExplainErrors.tr(
                    "The server stopped sending before the reply was finished. "
                    "It may be overloaded: press Retry, or try again later."
                ),
            )
        return ChatError(
            ErrorKind.DROPPED,
            ExplainErrors.tr(
                "The connection to the server was lost before the reply was finished. "
                "Check your network and press Retry."
            ),
        )
    if isinstance(exc, openai.APIError):
        # An `error` event inside the stream.
        return ChatError(
            ErrorKind.STREAM_ERROR,
            ExplainErrors.tr(
                'The server reported an error while writing the reply: "{said}"',
                said=exc.message,
            ),
        )
    if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError) or _too_deep_json(exc):
        return ChatError(
            ErrorKind.MALFORMED,
            ExplainErrors.tr(
                "The server sent data that is not a valid chat reply. It may not be an "
                "OpenAI-compatible server."
            ),
        )
    return None
