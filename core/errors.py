"""Errors the user can act on, each with a message written for people.

`UserError` is the base: a store that cannot write, an image or a model file that cannot
be used, a file that cannot be imported. `ChatError` adds what kind of failure a reply met.
Anything else raised is a bug: logged with its traceback, never shown as one.
"""

from dataclasses import dataclass
from enum import Enum


class UserError(Exception):
    """A failure explained in plain words: `message` (also its `str`)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ErrorKind(Enum):
    BAD_KEY = "bad_key"
    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    BAD_REQUEST = "bad_request"
    NOT_AN_API = "not_an_api"
    UNREACHABLE = "unreachable"
    DROPPED = "dropped"
    TIMEOUT = "timeout"
    STREAM_ERROR = "stream_error"
    MALFORMED = "malformed"
    NOT_CONFIGURED = "not_configured"
    INTERNAL = "internal"


# Not frozen: the interpreter sets __traceback__ and __context__ on raised exceptions.
@dataclass(eq=False)
class ChatError(UserError):
    """A failure explained in plain words; `retry_after` is in seconds when the server said."""

    kind: ErrorKind
    message: str
    retry_after: float | None = None

    def __str__(self) -> str:
        return self.message
