"""Images attached to a prompt: which files are accepted, what the user is told otherwise."""

import base64
import os
import struct
import zlib
from pathlib import Path

import pytest

from core import i18n
from core.chat.attachments import (
    MAX_IMAGE_BYTES,
    Attachment,
    AttachmentError,
    api_content,
    image_from_bytes,
    load_image,
    sniff_image_mime,
)


def tiny_png() -> bytes:
    """A real 1x1 red PNG, built by hand so core's tests need no image library."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1, 8-bit RGB
    pixels = zlib.compress(b"\x00\xff\x00\x00")  # filter byte, then one red pixel
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 16
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
WEBP = b"RIFF" + struct.pack("<I", 12) + b"WEBPVP8 " + b"\x00" * 8


def reason(error: pytest.ExceptionInfo[AttachmentError]) -> str:
    return error.value.message


@pytest.mark.parametrize(
    ("name", "data", "mime"),
    [
        ("dot.png", tiny_png(), "image/png"),
        ("photo.jpg", JPEG, "image/jpeg"),
        ("old.gif", GIF, "image/gif"),
        ("anim.webp", WEBP, "image/webp"),
    ],
)
def test_each_accepted_format_loads_from_a_file(
    tmp_path: Path, name: str, data: bytes, mime: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    attachment = load_image(path)
    assert attachment == Attachment(mime, data, name)
    assert attachment.size == len(data)


def test_the_type_comes_from_the_bytes_not_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "actually-a-png.jpg"
    path.write_bytes(tiny_png())
    assert load_image(path).mime == "image/png"
    assert sniff_image_mime(b"RIFF\x00\x00\x00\x00WAVEfmt ") is None  # RIFF, but audio
    assert sniff_image_mime(b"") is None


def test_a_text_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a picture")
    with pytest.raises(AttachmentError) as error:
        load_image(path)
    assert reason(error) == "notes.txt is not a PNG, JPEG, GIF or WebP image."


def test_an_oversized_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as file:
        file.write(tiny_png())
        file.truncate(int(31.2 * 1024 * 1024))  # sparse: no time or disk spent on it
    with pytest.raises(AttachmentError) as error:
        load_image(path)
    assert reason(error) == "huge.png is 31.2 MB; images can be at most 20 MB."


def test_the_limit_itself_is_allowed_and_one_byte_more_is_not() -> None:
    at_limit = tiny_png().ljust(MAX_IMAGE_BYTES, b"\x00")
    assert image_from_bytes(at_limit).size == MAX_IMAGE_BYTES
    with pytest.raises(AttachmentError) as error:
        image_from_bytes(at_limit + b"\x00", "big.png")
    # Rounded up, so an image over the limit never reads as exactly at it.
    assert reason(error) == "big.png is 20.1 MB; images can be at most 20 MB."


def test_empty_data_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.touch()
    with pytest.raises(AttachmentError) as error:
        load_image(path)
    assert reason(error).startswith("empty.png is empty")
    with pytest.raises(AttachmentError) as error:
        image_from_bytes(b"")
    assert reason(error).startswith("The image is empty")


def test_a_missing_file_or_a_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as error:
        load_image(tmp_path / "gone.png")
    assert reason(error) == "gone.png was not found. It may have been moved or deleted."
    folder = tmp_path / "pictures"
    folder.mkdir()
    with pytest.raises(AttachmentError) as error:
        load_image(folder)
    assert reason(error) == "pictures is a folder, not an image."


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "private.png"
    path.write_bytes(tiny_png())
    path.chmod(0)
    try:
        with pytest.raises(AttachmentError) as error:
            load_image(path)
    finally:
        path.chmod(0o600)
    assert reason(error) == "Rivulet is not allowed to open private.png."


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (PermissionError(13, "Permission denied"), "Rivulet is not allowed to open dot.png."),
        (OSError(5, "Input/output error"), "dot.png could not be read (Input/output error)."),
    ],
)
def test_a_failing_read_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: OSError, message: str
) -> None:
    # What a dying disk or a root-run test cannot produce for real.
    path = tmp_path / "dot.png"
    path.write_bytes(tiny_png())

    def refuse(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(AttachmentError) as error:
        load_image(path)
    assert reason(error) == message


def test_the_error_carries_its_message_as_str() -> None:
    error = AttachmentError("Plain words.")
    assert str(error) == error.message == "Plain words."


def test_repr_names_the_image_but_never_dumps_its_bytes() -> None:
    attachment = Attachment("image/png", b"\x89PNG secret-looking bytes" * 1000, "dot.png")
    text = repr(attachment)
    assert text == "Attachment(mime='image/png', name='dot.png', size=25000)"
    assert "secret" not in text


def test_the_data_url_round_trips() -> None:
    png = tiny_png()
    url = Attachment("image/png", png).data_url
    prefix = "data:image/png;base64,"
    assert url.startswith(prefix)
    assert base64.b64decode(url.removeprefix(prefix), validate=True) == png


def test_api_content_is_plain_text_without_images() -> None:
    assert api_content("Hello", []) == "Hello"
    assert api_content("", ()) == ""


def test_api_content_puts_the_text_first_then_each_image() -> None:
    first, second = Attachment("image/png", tiny_png()), Attachment("image/gif", GIF)
    assert api_content("What is this?", [first, second]) == [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": first.data_url}},
        {"type": "image_url", "image_url": {"url": second.data_url}},
    ]


def test_api_content_without_text_is_only_the_images() -> None:
    image = Attachment("image/jpeg", JPEG)
    assert api_content("", [image]) == [{"type": "image_url", "image_url": {"url": image.data_url}}]


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (1024, "1 KB"),
        (1536, "1.5 KB"),
        (20 * 1024 * 1024, "20 MB"),
    ],
)
def test_sizes_read_as_people_say_them(size: int, text: str) -> None:
    assert i18n.size(size) == text
