"""Choosing files from the window: files and images to attach, a GGUF model file to chat
with."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QWidget

from core.chat.attachments import Attachment, AttachmentError, load_image
from core.config.recent_folders import RecentFolders
from core.documents.read import SUFFIXES
from core.i18n import Context
from gui.dialogs.file_dialogs import FileType, Purpose, ask_for_file
from gui.reply_view.attachment_strip import attachment_from_mime

FilePicker = Context("FilePicker")

IMAGE_SUFFIXES = ("png", "jpg", "jpeg", "gif", "webp")


def is_image(path: Path) -> bool:
    return path.suffix.lower().lstrip(".") in IMAGE_SUFFIXES


@dataclass(frozen=True)
class Received:
    """What pasted or dropped data holds: files to read as documents, images for the
    image strip, and why some images could not be attached."""

    files: list[Path]
    images: list[Attachment]
    problems: list[str]

    def __bool__(self) -> bool:
        return bool(self.files or self.images or self.problems)


def received_in(mime: QMimeData) -> Received:
    """Sort pasted or dropped data into files, images and problems (all empty for text)."""
    every = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    files = [path for path in every if not is_image(path)]
    images, problems = attachment_from_mime(mime, skip=set(files))
    return Received(files, images, problems)


def received_from(paths: list[Path]) -> Received:
    """Chosen or opened files, sorted: images loaded (or why not), the rest to be read."""
    images: list[Attachment] = []
    problems: list[str] = []
    for path in filter(is_image, paths):
        try:
            images.append(load_image(path))
        except AttachmentError as error:
            problems.append(error.message)
    return Received([path for path in paths if not is_image(path)], images, problems)


def pick_images(parent: QWidget, folder: Path, then: Callable[[Received], None]) -> None:
    """Ask for files and images; `then(received)` with what was chosen, sorted."""
    ask_for_file(
        parent,
        RecentFolders(folder),
        Purpose.IMAGES,
        title=FilePicker.tr("Attach files or images"),
        types=(
            FileType(FilePicker.tr("Files and images"), (*IMAGE_SUFFIXES, *SUFFIXES)),
            FileType(FilePicker.tr("Images"), IMAGE_SUFFIXES),
            FileType(FilePicker.tr("All files")),
        ),
        then=lambda paths, _type: then(received_from(paths)),
        multiple=True,
    )


def pick_model_file(parent: QWidget, folder: Path, then: Callable[[Path], None]) -> None:
    """Ask for a model file; `then(path)` once one is chosen."""
    ask_for_file(
        parent,
        RecentFolders(folder),
        Purpose.MODELS,
        title=FilePicker.tr("Open a model file"),
        types=(
            FileType(FilePicker.tr("GGUF models"), ("gguf",)),
            FileType(FilePicker.tr("All files")),
        ),
        then=lambda paths, _type: then(paths[0]),
    )
