"""Images attached to a prompt: pasted or dropped, sent as data URLs, shown and stored."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.reply_view.attachment_strip import ImageThumbnails
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.fake_openai import FakeOpenAIServer


def pasted_picture() -> QMimeData:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def test_a_pasted_image_is_sent_shown_and_kept(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="vision"))
    window.prompt.insertFromMimeData(pasted_picture())  # what Ctrl+V does
    assert len(window.attachments.attachments()) == 1
    assert window.attachments.isVisible()
    assert window.prompt.toPlainText() == ""  # the image did not land in the text

    ask(qtbot, window, "What colour is this?")
    body = server.chat_requests[-1].body
    assert body is not None
    text_part, image_part = body["messages"][-1]["content"]
    assert text_part == {"type": "text", "text": "What colour is this?"}
    assert image_part["image_url"]["url"].startswith("data:image/png;base64,iVBOR")
    assert window.attachments.attachments() == ()  # the strip empties once sent
    assert not window.attachments.isVisible()
    prompt_widget = window.view.messages[0]
    thumbnails = prompt_widget.findChild(ImageThumbnails)
    assert thumbnails is not None
    qtbot.waitUntil(lambda: thumbnails.width() >= thumbnails.natural_width())  # not clipped

    ask(qtbot, window, "And now?")  # later turns still carry the image in the history
    earlier = server.chat_requests[-1].body
    assert earlier is not None and isinstance(earlier["messages"][0]["content"], list)
    window.close()

    again = make_window()
    stored = next(iter(again.session.conversation))
    assert len(stored.images) == 1 and stored.images[0].mime == "image/png"
    assert again.view.messages[0].findChild(ImageThumbnails) is not None


def test_an_image_alone_can_be_sent(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="vision"))
    window.prompt.insertFromMimeData(pasted_picture())
    ask(qtbot, window, "")
    body = server.chat_requests[-1].body
    assert body is not None
    (only,) = body["messages"][-1]["content"]
    assert only["type"] == "image_url"


def test_an_image_too_big_is_explained_and_a_text_file_is_attached_to_read(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="vision"))
    notes = tmp_path / "notes.txt"
    notes.write_text("just text")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as f:
        f.truncate(30 * 1024 * 1024)  # sparse: 30 MB without writing them
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes)), QUrl.fromLocalFile(str(huge))])
    window.prompt.insertFromMimeData(mime)
    assert window.attachments.attachments() == ()
    message = window.statusBar().currentMessage()
    assert "huge.png is 30" in message and "at most 20 MB" in message
    documents = window.composer.documents
    qtbot.waitUntil(lambda: [d.name for d in documents.documents()] == ["notes.txt"])
    # A file with an image's name that is not one is still explained.
    fake = tmp_path / "fake.png"
    fake.write_text("not a picture")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fake))])
    window.prompt.insertFromMimeData(mime)
    assert "fake.png is not a PNG, JPEG, GIF or WebP image" in window.statusBar().currentMessage()


def test_an_edited_prompt_keeps_its_images_and_takes_new_ones(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="vision"))
    window.prompt.insertFromMimeData(pasted_picture())
    ask(qtbot, window, "first")
    window.view.messages[0].edit_requested.emit()
    window.prompt.insertFromMimeData(pasted_picture())  # one more, while editing
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        window.question.submit()
    edited = next(iter(window.session.conversation))
    assert len(edited.images) == 2
    body = server.chat_requests[-1].body
    assert body is not None
    assert sum(p["type"] == "image_url" for p in body["messages"][0]["content"]) == 2
