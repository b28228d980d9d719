"""Choosing files from the window: images to attach, a GGUF model file to chat with."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.chat.attachments import Attachment, AttachmentError, load_image
from core.config.recent_folders import RecentFolders
from gui.dialogs.file_dialogs import FileType, Purpose, ask_for_file

IMAGES = FileType("Images", ("png", "jpg", "jpeg", "gif", "webp"))
MODELS = FileType("GGUF models", ("gguf",))


def pick_images(
    parent: QWidget, folder: Path, then: Callable[[list[Attachment], list[str]], None]
) -> None:
    """Ask for images; `then(images, problems)` with those that load and why others do not."""

    def attach(paths: list[Path], _type: FileType) -> None:
        images: list[Attachment] = []
        problems: list[str] = []
        for path in paths:
            try:
                images.append(load_image(path))
            except AttachmentError as error:
                problems.append(error.message)
        then(images, problems)

    ask_for_file(
        parent,
        RecentFolders(folder),
        Purpose.IMAGES,
        title="Attach images",
        types=(IMAGES, FileType("All files")),
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
