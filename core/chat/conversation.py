"""Messages and conversations, as the app keeps them and as the API wants them."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum

from core.chat.attachments import Attachment, api_content
from core.chat.stats import ReplyStats
from core.documents.read import Document


class Role(Enum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class ReplyStatus(Enum):
    """How an assistant message ended (or that it has not ended yet)."""

    STREAMING = "streaming"
    COMPLETE = "complete"
    STOPPED = "stopped"  # by the user; the partial text is kept
    FAILED = "failed"
    CUT_OFF = "cut_off"  # finish_reason "length"
    FILTERED = "filtered"  # finish_reason "content_filter"
    INTERRUPTED = "interrupted"  # the app stopped (crash, power cut) while it streamed


@dataclass(frozen=True)
class Message:
    role: Role
    content: str
    status: ReplyStatus = ReplyStatus.COMPLETE
    error: str | None = None
    model: str = ""  # which model wrote an assistant message
    reasoning: str = ""  # its thinking, shown apart; never sent back to a server
    stats: ReplyStats | None = None  # tokens and speed of a finished reply
    images: tuple[Attachment, ...] = ()  # attached to a prompt, for vision models
    documents: tuple[Document, ...] = ()  # files attached to a prompt
    context: str = ""  # what was sent of the chat's files with this prompt (before it)
    context_note: str = ""  # said under the prompt when only part of them could be

    def as_api(self) -> dict[str, object]:
        text = self.content
        if self.context:
            text = f"{self.context}\n\n{text}" if text else self.context
        elif self.documents:  # an earlier turn: its files are not sent again
            text += "\n\n(Attached: " + ", ".join(d.name for d in self.documents) + ")"
        return {"role": self.role.value, "content": api_content(text, self.images)}


class Conversation:
    """An ordered list of messages; the last one may be a reply still streaming."""

    def __init__(self, messages: list[Message] | None = None) -> None:
        self._messages: list[Message] = list(messages or [])

    def __iter__(self) -> Iterator[Message]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)

    @property
    def last(self) -> Message | None:
        return self._messages[-1] if self._messages else None

    def add(self, message: Message) -> None:
        self._messages.append(message)

    def update_last(self, **changes: object) -> Message:
        updated = replace(self._messages[-1], **changes)  # type: ignore[arg-type]
        self._messages[-1] = updated
        return updated

    def drop_last(self) -> Message:
        return self._messages.pop()


def request_messages(messages: Iterable[Message]) -> list[dict[str, object]]:
    """What a request carries: the turns so far, valid for the strictest server.

    Replies that failed or were stopped before their first word are left out, and the
    questions they leave unanswered are merged into the next one: many servers' chat
    templates refuse two user turns in a row ("Conversation roles must alternate"), and
    others answer nonsense. Merging loses nothing the user wrote, and the model sees the
    earlier question as the context of the new one.
    """
    merged: list[Message] = []
    for message in messages:
        if not (message.content.strip() or message.images or message.context):
            continue  # some servers refuse a turn that is only whitespace
        if merged and merged[-1].role is message.role:
            before = merged[-1]
            # The same question typed again after a failure is asked once.
            same = before.content.strip() == message.content.strip()
            texts = (before.content,) if same else (before.content, message.content)
            text = "\n\n".join(t for t in texts if t)
            merged[-1] = replace(
                before,
                content=text,
                images=before.images + message.images,
                documents=before.documents + message.documents,
                context=message.context or before.context,
            )
        else:
            merged.append(message)
    # Only the latest question carries the files' text: each question gets the passages
    # for it, and earlier ones sent again would fill a small model's context.
    last_user = max((n for n, m in enumerate(merged) if m.role is Role.USER), default=-1)
    merged = [
        replace(m, context="") if m.context and n != last_user else m for n, m in enumerate(merged)
    ]
    return [m.as_api() for m in merged]
