"""Files and images coming to the question being written: picked in a dialog, dropped
on the window, pasted, or opened with Rivulet from a file manager or a command line.
Images go to the image strip; other files are read as documents."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from core.chat.attachments import Attachment
from gui.chat.session import ChatSession
from gui.documents.attach import DocumentAttacher
from gui.window.composer import Composer
from gui.window.images import Received, pick_images, received_from
from gui.window.status_line import StatusLine


class FileIntake(QObject):
    def __init__(
        self,
        window: QWidget,
        folder: Path,
        *,
        composer: Composer,
        session: ChatSession,
        status: StatusLine,
        new_chat: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._folder = folder
        self._composer = composer
        self._session = session
        self._status = status
        self._new_chat = new_chat
        self.documents = DocumentAttacher(
            composer.documents,
            lambda message: status.say(message, 12000),
            self,
            keep=session.keep_file,
        )

    @Slot()
    def pick(self) -> None:
        pick_images(self._window, self._folder, self.take)

    @Slot(list)
    def open_files(self, paths: list[str]) -> None:
        """Files opened with Rivulet: a new chat (unless a reply is under way, or the open
        chat is still empty) with them attached, the prompt ready for the question."""
        if not paths:
            return
        if not self._session.is_busy and len(self._session.conversation):
            self._new_chat()
        self.take(received_from([Path(path) for path in paths]))

    @Slot(list)
    def attach_files(self, paths: list[Path]) -> None:
        """Attach files to the question being written (read off this thread)."""
        self.documents.attach(paths)
        self._composer.prompt.setFocus()

    @Slot(object)
    def take(self, received: Received) -> None:
        """Files and images that came in (picked, pasted, dropped, opened): files are
        read, images go to the strip, and what could not be attached is said."""
        if received.files:
            self.attach_files(received.files)
        if received.images or received.problems:
            self.receive_images(received.images, received.problems)

    @Slot(list, list)
    def receive_images(self, images: list[Attachment], problems: list[str]) -> None:
        for image in images:
            self._composer.attachments.add(image)
        if problems:
            self._status.say(" ".join(problems), 12000)
        self._composer.prompt.setFocus()

    def close(self) -> None:
        self.documents.close()
