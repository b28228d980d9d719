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
from gui.dialogs.file_dialogs import FileType, Purpose, ask_for_file
from gui.reply_view.attachment_strip import attachment_from_mime

IMAGES = FileType("Images", ("png", "jpg", "jpeg", "gif", "webp"))
READABLE = FileType("Files and images", (*IMAGES.suffixes, *SUFFIXES))
MODELS = FileType("GGUF models", ("gguf",))


def is_image(path: Path) -> bool:
    return path.suffix.lower().lstrip(".") in IMAGES.suffixes


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


def pick_images(
    parent: QWidget,
    folder: Path,
    then: Callable[[list[Attachment], list[str]], None],
    documents: Callable[[list[Path]], None] = lambda _paths: None,
) -> None:
    """Ask for files and images; `then(images, problems)` with the images that load and
    why others do not, and `documents(paths)` with the other files, to be read."""

    def attach(paths: list[Path], _type: FileType) -> None:
        images: list[Attachment] = []
        problems: list[str] = []
        for path in paths:
            if not is_image(path):
                continue
            try:
                images.append(load_image(path))
            except AttachmentError as error:
                problems.append(error.message)
        others = [path for path in paths if not is_image(path)]
        if others:
            documents(others)
        if images or problems:
            then(images, problems)

    ask_for_file(
        parent,
        RecentFolders(folder),
        Purpose.IMAGES,
        title="Attach files or images",
        types=(READABLE, IMAGES, FileType("All files")),
        then=attach,
        multiple=True,
    )


def pick_model_file(parent: QWidget, folder: Path, then: Callable[[Path], None]) -> None:
    """Ask for a model file; `then(path)` once one is chosen."""
    ask_for_file(
        parent,
        RecentFolders(folder),
        Purpose.MODELS,
        title="Open a model file",
        types=(MODELS, FileType("All files")),
        then=lambda paths, _type: then(paths[0]),
    )
