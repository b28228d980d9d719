"""Sending the question in the composer: it waits for its files to be read, has them
fitted to it on a worker thread, then goes; the composer empties once it is sent."""

from PySide6.QtCore import QLocale, QObject, Slot

from core.chat.attachments import Attachment
from core.documents.compose import FilesSent
from core.documents.read import Document
from core.i18n import Context
from gui.chat.session import ChatSession
from gui.chat.setup_controller import SetupController
from gui.documents.attach import DocumentAttacher
from gui.window.composer import Composer, native_keys
from gui.window.status_line import StatusLine

Sending = Context("Sending")

READING = "reading"  # the status line's topic while a question waits for its files


class QuestionSender(QObject):
    def __init__(
        self,
        composer: Composer,
        session: ChatSession,
        setup: SetupController,
        status: StatusLine,
        files: DocumentAttacher,
    ) -> None:
        super().__init__(composer)
        self._composer = composer
        self._session = session
        self._setup = setup
        self._status = status
        self._files = files
        self._send_when_read = False  # a question sent while its files are being read
        composer.documents.changed.connect(self._on_documents_changed)

    def busy(self, *, switching: bool = False) -> bool:
        """Whether a reply is under way; if so, say to stop it first (before `switching`
        to another model)."""
        if self._session.is_busy:
            key = native_keys("Esc")
            if switching:
                message = Sending.tr(
                    "A reply is still being written: press Stop ({key}) before switching.",
                    key=key,
                )
            else:
                message = Sending.tr(
                    "A reply is still being written: press Stop ({key}) first.", key=key
                )
            self._status.say(message, 5000)
        return self._session.is_busy

    @Slot()
    def submit(self) -> None:
        """Send what the composer holds (Enter, or the Send button)."""
        if self.busy() or not self._setup.ready_to_send():
            return
        composer = self._composer
        text = composer.prompt.toPlainText()
        images = composer.attachments.attachments()
        reading = composer.documents.reading()
        if reading:
            # Sent before its files are read (Enter pressed at once after opening them):
            # it goes as soon as they are, as a question waits for a loading model.
            self._send_when_read = True
            if len(reading) == 1:
                message = Sending.tr(
                    "Reading {name}; the question goes once it is read.", name=reading[0]
                )
            else:
                message = Sending.tr(
                    "Reading {names}; the question goes once they are read.",
                    names=QLocale().createSeparatedList(reading),
                )
            self._status.say(message, 0, topic=READING)
            return
        self._send_when_read = False
        documents = composer.documents.documents()
        if composer.editing is not None:
            self._after_send(self._session.send_edited(composer.editing, text, images))
            return
        request = self._session.files_request(text, documents)
        if request is None:
            self._after_send(self._session.send(text, images=images, documents=documents))
        elif not self._files.fitting:  # fitting on a worker; sent once it is done
            chat = self._session.conversation_id
            self._files.fit(
                request, lambda sent: self._send_fitted(chat, text, images, documents, sent)
            )

    def _send_fitted(
        self,
        chat: str | None,
        text: str,
        images: tuple[Attachment, ...],
        documents: tuple[Document, ...],
        files: FilesSent,
    ) -> None:
        if chat != self._session.conversation_id:  # another chat was opened meanwhile
            self._status.say(
                Sending.tr("The question was not sent: another chat was opened."), 8000
            )
            return
        sent = self._session.send(text, images=images, documents=documents, files_sent=files)
        self._after_send(sent)

    def _after_send(self, sent: bool) -> None:
        if sent:
            self._composer.clear()
            self._setup.update_totals()

    @Slot()
    def _on_documents_changed(self) -> None:
        if self._send_when_read and not self._composer.documents.reading():
            self._send_when_read = False
            if self._status.shows(READING):
                self._status.say("", 0)
            self.submit()
