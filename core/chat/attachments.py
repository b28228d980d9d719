"""Images attached to a prompt: checked on the way in, sent as data URLs in the message."""

import base64
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core import i18n
from core.errors import UserError
from core.i18n import Context

Attachments = Context("Attachments")

# OpenAI's vision guide caps each image at 20 MB; a bigger one fails the whole request,
# so it is refused when attached, where the user can still pick a smaller one.
MAX_IMAGE_BYTES = 20 * 1024 * 1024

# The formats vision APIs accept (OpenAI, Anthropic, Gemini and llama.cpp agree on these),
# by the bytes each file starts with. WebP is a RIFF file: "RIFF", a length, then "WEBP".
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


class AttachmentError(UserError):
    """An image that cannot be attached; `message` says why in plain words."""


@dataclass(frozen=True, repr=False)
class Attachment:
    mime: str
    data: bytes
    name: str = ""  # the file's name, for the user; never sent to the server

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def data_url(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"

    def __repr__(self) -> str:
        # Megabytes of bytes in a log line or a test failure help nobody.
        return f"Attachment(mime={self.mime!r}, name={self.name!r}, size={self.size})"


def sniff_image_mime(data: bytes) -> str | None:
    """The image's MIME type from its first bytes, or None if it is not PNG, JPEG, GIF or WebP."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def image_from_bytes(data: bytes, name: str = "") -> Attachment:
    """An attachment for image bytes (a file's or pasted ones); AttachmentError if unusable."""
    if not data:
        raise AttachmentError(
            Attachments.tr("{name} is empty: there is no picture in it.", name=name)
            if name
            else Attachments.tr("The image is empty: there is no picture in it.")
        )
    if len(data) > MAX_IMAGE_BYTES:
        raise AttachmentError(_too_big(name, len(data)))
    mime = sniff_image_mime(data)
    if mime is None:
        raise AttachmentError(
            Attachments.tr("{name} is not a PNG, JPEG, GIF or WebP image.", name=name)
            if name
            else Attachments.tr("The image is not a PNG, JPEG, GIF or WebP image.")
        )
    return Attachment(mime, data, name)


def load_image(path: Path) -> Attachment:
    """Read an image file into an attachment; AttachmentError (naming the file) if unusable."""
    data = read_attached(path, MAX_IMAGE_BYTES, AttachmentError, _too_big, folder=_folder)
    return image_from_bytes(data, path.name or str(path))


def read_attached(
    path: Path,
    limit: int,
    error: type[UserError],
    too_big: Callable[[str, int], str],
    *,
    folder: Callable[[str], str] | None = None,
    noun: str = "",
) -> bytes:
    """A file the user attaches, read whole; `error` (naming it, in plain words) when it
    is gone, a folder (`folder` says so; by default "… is a folder, not a file."), a pipe,
    unreadable or over `limit` bytes (`too_big` says so).

    `noun` is ignored: it is left only until every caller has stopped passing it."""
    del noun  # a sentence is never assembled from an English noun; see `folder`
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error(
                folder(name)
                if folder
                else Attachments.tr("{name} is a folder, not a file.", name=name)
            )
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device: reading it could block or never end.
            raise error(Attachments.tr("{name} is not a file that can be attached.", name=name))
        if info.st_size > limit:
            raise error(too_big(name, info.st_size))  # checked before reading
        with path.open("rb") as file:
            # One byte over the limit is enough to tell, should the file grow meanwhile.
            return file.read(limit + 1)
    except FileNotFoundError:
        raise error(
            Attachments.tr("{name} was not found. It may have been moved or deleted.", name=name)
        ) from None
    except PermissionError:
        raise error(Attachments.tr("Rivulet is not allowed to open {name}.", name=name)) from None
    except OSError as failure:
        raise error(
            #: {reason}: the system's own words for what went wrong
            Attachments.tr(
                "{name} could not be read ({reason}).",
                name=name,
                reason=failure.strerror,
            )
            if failure.strerror
            else Attachments.tr("{name} could not be read.", name=name)
        ) from None


def api_content(text: str, images: Sequence[Attachment]) -> str | list[dict[str, object]]:
    """A Chat Completions message's `content`: the plain text, or parts when there are images."""
    if not images:
        return text  # the plain string every OpenAI-compatible server understands
    parts: list[dict[str, object]] = [{"type": "text", "text": text}] if text else []
    parts.extend({"type": "image_url", "image_url": {"url": image.data_url}} for image in images)
    return parts


def _folder(name: str) -> str:
    return Attachments.tr("{name} is a folder, not an image.", name=name)


def _too_big(name: str, size: int) -> str:
    limit = i18n.size(MAX_IMAGE_BYTES)
    if not name:
        return Attachments.tr(
            "The image is {size}; images can be at most {limit}.",
            size=i18n.size(size),
            limit=limit,
        )
    return Attachments.tr(
        "{name} is {size}; images can be at most {limit}.",
        name=name,
        size=i18n.size(size),
        limit=limit,
    )
