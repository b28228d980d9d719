"""The one error type the user can act on, with a message written for people."""

from dataclasses import dataclass
from enum import Enum


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
class ChatError(Exception):
    """A failure explained in plain words; `retry_after` is in seconds when the server said."""

    kind: ErrorKind
    message: str
    retry_after: float | None = None

    def __str__(self) -> str:
        return self.message
