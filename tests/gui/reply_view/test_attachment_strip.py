"""Attached images as the user sees them: thumbnails, the remove button, pasting and dropping."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QImageWriter
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from core.chat.attachments import Attachment, image_from_bytes
from gui.reply_view.attachment_strip import (
    REMOVE_MARK,
    AttachmentStrip,
    ImageThumbnails,
    attachment_from_mime,
)


def encoded(width: int, height: int, kind: bytes = b"PNG") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, kind).write(image)
    return bytes(buffer.data().data())


def png(name: str, width: int = 200, height: int = 100) -> Attachment:
    return image_from_bytes(encoded(width, height), name)


@pytest.fixture
def strip(qtbot: QtBot) -> Iterator[AttachmentStrip]:
    """A strip in a shown window, as it sits above the prompt."""
    window = QWidget()
    qtbot.addWidget(window)  # closes it afterwards, but keeps no reference: the yield does
    strip = AttachmentStrip(window)
    QVBoxLayout(window).addWidget(strip)
    window.show()
    qtbot.waitExposed(window)
    yield strip


def shown_labels(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if label.isVisible()]


def remove_buttons(strip: AttachmentStrip) -> list[QToolButton]:
    return [button for button in strip.findChildren(QToolButton) if button.isVisible()]


def test_an_added_image_shows_as_a_thumbnail_and_is_listed(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    assert not strip.isVisible()  # nothing attached, no empty band above the prompt
    image = png("cat.png", 200, 100)
    with qtbot.waitSignal(strip.changed):
        strip.add(image)
    assert strip.isVisible()
    assert strip.attachments() == (image,)
    [thumbnail] = shown_labels(strip)
    pixmap = thumbnail.pixmap()
    assert pixmap.height() / pixmap.devicePixelRatio() == 64
    assert pixmap.width() / pixmap.devicePixelRatio() == 128  # the aspect is kept
    assert thumbnail.accessibleName() == "Image cat.png"
    assert thumbnail.toolTip().startswith("cat.png · ")
    assert thumbnail.toolTip().endswith(" KB") or thumbnail.toolTip().endswith(" bytes")
    [button] = remove_buttons(strip)
    assert button.text() == REMOVE_MARK
    assert button.accessibleName() == "Remove image cat.png"


def test_the_remove_button_removes_its_image(qtbot: QtBot, strip: AttachmentStrip) -> None:
    first, second = png("first.png"), png("second.png", 50, 50)
    strip.add(first)
    strip.add(second)
    assert [b.accessibleName() for b in remove_buttons(strip)] == [
        "Remove image first.png",
        "Remove image second.png",
    ]
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(remove_buttons(strip)[0], Qt.MouseButton.LeftButton)
    assert strip.attachments() == (second,)
    assert [b.accessibleName() for b in remove_buttons(strip)] == ["Remove image second.png"]
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(remove_buttons(strip)[0], Qt.MouseButton.LeftButton)
    assert strip.attachments() == ()
    assert not strip.isVisible()


def test_clear_empties_and_hides_the_strip(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(png("a.png"))
    strip.add(png("b.png"))
    with qtbot.waitSignal(strip.changed):
        strip.clear()
    assert strip.attachments() == ()
    assert not strip.isVisible()
    with qtbot.assertNotEmitted(strip.changed):
        strip.clear()


def test_a_small_image_is_not_blown_up(strip: AttachmentStrip) -> None:
    strip.add(png("icon.png", 16, 16))
    pixmap = shown_labels(strip)[0].pixmap()
    assert pixmap.height() / pixmap.devicePixelRatio() == 16


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not an image at all", id="unknown-format"),
        # Right signature, cut short: passes the size and type checks, Qt can't decode it.
        pytest.param(
            encoded(40, 40)[:40],
            id="truncated-png",
            marks=pytest.mark.qt_log_ignore("libpng error"),
        ),
    ],
)
def test_data_qt_cannot_decode_shows_a_placeholder_tile(
    qtbot: QtBot, strip: AttachmentStrip, data: bytes
) -> None:
    broken = Attachment("image/png", data, "broken.png")
    with qtbot.waitSignal(strip.changed):
        strip.add(broken)
    assert strip.attachments() == (broken,)
    [placeholder] = shown_labels(strip)
    assert placeholder.objectName() == "imagePlaceholder"
    assert placeholder.pixmap().isNull()
    assert placeholder.text()  # the name, elided to fit the tile
    assert placeholder.accessibleName() == "Image broken.png, which cannot be shown"
    assert "broken.png" in placeholder.toolTip()
    assert [b.accessibleName() for b in remove_buttons(strip)] == ["Remove image broken.png"]


def test_message_thumbnails_are_bigger_and_read_only(qtbot: QtBot) -> None:
    wide, square = png("wide.png", 1000, 100), png("square.png", 400, 400)
    thumbnails = ImageThumbnails([wide, square])
    qtbot.addWidget(thumbnails)
    thumbnails.show()
    qtbot.waitExposed(thumbnails)
    assert thumbnails.attachments() == (wide, square)
    assert thumbnails.accessibleName() == "2 attached images"
    assert thumbnails.findChildren(QToolButton) == []
    sizes = [
        (round(p.width() / p.devicePixelRatio()), round(p.height() / p.devicePixelRatio()))
        for p in (label.pixmap() for label in shown_labels(thumbnails))
    ]
    assert sizes == [(480, 48), (160, 160)]  # a panorama stops at three times the height
    assert [label.accessibleName() for label in shown_labels(thumbnails)] == [
        "Image wide.png",
        "Image square.png",
    ]


def test_no_images_means_no_row(qtbot: QtBot) -> None:
    thumbnails = ImageThumbnails([])
    qtbot.addWidget(thumbnails)
    assert thumbnails.isHidden()


def test_a_pasted_image_becomes_a_png(qtbot: QtBot) -> None:
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    mime = QMimeData()
    mime.setImageData(image)
    attachments, errors = attachment_from_mime(mime)
    assert errors == []
    [pasted] = attachments
    assert (pasted.mime, pasted.name) == ("image/png", "Pasted image")
    assert QImage.fromData(pasted.data).size() == image.size()


def test_pasted_jpeg_bytes_are_kept_as_they_are() -> None:
    jpeg = encoded(30, 20, b"JPEG")
    mime = QMimeData()
    mime.setData("image/jpeg", jpeg)
    attachments, errors = attachment_from_mime(mime)
    assert errors == []
    assert [(a.mime, a.data) for a in attachments] == [("image/jpeg", jpeg)]


def test_a_dropped_image_file_is_attached_by_name(tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    path.write_bytes(encoded(10, 10))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    attachments, errors = attachment_from_mime(mime)
    assert errors == []
    assert [(a.name, a.mime, a.data) for a in attachments] == [
        ("chart.png", "image/png", path.read_bytes())
    ]


def test_a_dropped_text_file_is_explained_and_not_attached(tmp_path: Path) -> None:
    good, bad = tmp_path / "chart.png", tmp_path / "notes.txt"
    good.write_bytes(encoded(10, 10))
    bad.write_text("just words")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    assert attachment_from_mime(mime) == ([], ["notes.txt is not a PNG, JPEG, GIF or WebP image."])
    # With a good file alongside, the good one is still attached.
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    attachments, errors = attachment_from_mime(mime)
    assert [a.name for a in attachments] == ["chart.png"]
    assert errors == ["notes.txt is not a PNG, JPEG, GIF or WebP image."]


def test_copied_files_win_over_their_icon(tmp_path: Path) -> None:
    # File managers put the file's icon on the clipboard next to its address.
    path = tmp_path / "photo.png"
    path.write_bytes(encoded(10, 10))
    icon = QImage(32, 32, QImage.Format.Format_RGB32)
    icon.fill(QColor("grey"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    mime.setImageData(icon)
    attachments, _ = attachment_from_mime(mime)
    assert [a.name for a in attachments] == ["photo.png"]


def test_text_and_web_links_are_left_to_the_prompt() -> None:
    mime = QMimeData()
    mime.setText("https://example.com/cat.png")
    mime.setUrls([QUrl("https://example.com/cat.png")])
    assert attachment_from_mime(mime) == ([], [])
