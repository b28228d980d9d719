"""What export writes and import reads: conversations as records, and the errors a
transfer can end with."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.chat.conversation import ReplyStatus
from core.errors import UserError
from core.i18n import Context

Transfers = Context("Transfers")

FORMAT = "rivulet-conversations"
VERSION = 1

Progress = Callable[[int, int], None]  # done, total
Cancelled = Callable[[], bool]


class TransferError(UserError):
    """A file that cannot be imported, explained in plain words."""


class TransferCancelledError(UserError):
    """The user cancelled; nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or Transfers.tr("Cancelled. Nothing was changed."))


@dataclass(frozen=True)
class ImageRecord:
    mime: str
    name: str
    data: str  # base64: JSON carries no bytes


@dataclass(frozen=True)
class FileRecord:
    """A file attached to a prompt; its text is read again from it on import."""

    name: str
    kind: str
    data: str  # base64


@dataclass(frozen=True)
class MessageRecord:
    id: str
    role: str
    content: str
    status: str = ReplyStatus.COMPLETE.value
    error: str | None = None
    model: str = ""
    created_at: float = 0.0
    reasoning: str = ""
    images: tuple[ImageRecord, ...] = ()
    files: tuple[FileRecord, ...] = ()
    context: str = ""  # what was sent of the chat's files with this prompt
    context_note: str = ""


@dataclass(frozen=True)
class ConversationRecord:
    id: str
    title: str
    created_at: float
    updated_at: float
    messages: tuple[MessageRecord, ...]
    model: str = ""  # the provider is not exported: its id means nothing elsewhere
    options: dict[str, Any] | None = None  # system_prompt, temperature, max_tokens
    pinned: bool = False  # at the top of the chat list


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
