"""Images attached to a prompt: checked on the way in, sent as data URLs in the message."""

import base64
import math
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError

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


def describe_size(size: int) -> str:
    """A size as people read it: "512 bytes", "12.3 KB", "31.2 MB" (rounded up, never under)."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{math.ceil(value * 10) / 10:.1f}".removesuffix(".0") + f" {unit}"


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
    label = name or "The image"
    if not data:
        raise AttachmentError(f"{label} is empty: there is no picture in it.")
    if len(data) > MAX_IMAGE_BYTES:
        raise AttachmentError(_too_big(label, len(data)))
    mime = sniff_image_mime(data)
    if mime is None:
        raise AttachmentError(f"{label} is not a PNG, JPEG, GIF or WebP image.")
    return Attachment(mime, data, name)


def load_image(path: Path) -> Attachment:
    """Read an image file into an attachment; AttachmentError (naming the file) if unusable."""
    data = read_attached(path, MAX_IMAGE_BYTES, AttachmentError, _too_big, noun="an image")
    return image_from_bytes(data, path.name or str(path))


def read_attached(
    path: Path,
    limit: int,
    error: type[UserError],
    too_big: Callable[[str, int], str],
    *,
    noun: str,
) -> bytes:
    """A file the user attaches, read whole; `error` (naming it, in plain words) when it
    is gone, a folder, a pipe, unreadable or over `limit` bytes (`too_big` says so)."""
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{name} is a folder, not {noun}.")
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device: reading it could block or never end.
            raise error(f"{name} is not a file that can be attached.")
        if info.st_size > limit:
            raise error(too_big(name, info.st_size))  # checked before reading
        with path.open("rb") as file:
            # One byte over the limit is enough to tell, should the file grow meanwhile.
            return file.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{name} was not found. It may have been moved or deleted.") from None
    except PermissionError:
        raise error(f"Rivulet is not allowed to open {name}.") from None
    except OSError as failure:
        reason = f" ({failure.strerror})" if failure.strerror else ""
        raise error(f"{name} could not be read{reason}.") from None


def api_content(text: str, images: Sequence[Attachment]) -> str | list[dict[str, object]]:
    """A Chat Completions message's `content`: the plain text, or parts when there are images."""
    if not images:
        return text  # the plain string every OpenAI-compatible server understands
    parts: list[dict[str, object]] = [{"type": "text", "text": text}] if text else []
    parts.extend({"type": "image_url", "image_url": {"url": image.data_url}} for image in images)
    return parts


def _too_big(label: str, size: int) -> str:
    return (
        f"{label} is {describe_size(size)}; images can be at most {describe_size(MAX_IMAGE_BYTES)}."
    )
