"""The conversation view following a chat session: data flows one way, from the session
(which knows no widget) to the view, through the session's signals."""

from PySide6.QtCore import QObject, Slot

from core.chat.conversation import Message
from gui.chat.session import ChatSession
from gui.reply_view.conversation_view import ConversationView
from gui.reply_view.message_widget import MessageWidget


class SessionBinding(QObject):
    """Shows what `session` reports in `view`; keeps the message a reply streams into."""

    def __init__(self, session: ChatSession, view: ConversationView) -> None:
        super().__init__(view)
        self._view = view
        self._streaming: MessageWidget | None = None
        session.message_added.connect(self._on_session_message_added)
        session.history_replaced.connect(view.show_history)
        session.last_removed.connect(view.remove_last)
        session.cleared.connect(self._on_session_cleared)
        session.reply_started.connect(self._on_session_reply_started)
        session.reply_continued.connect(self._on_session_reply_continued)
        session.reply_waiting.connect(self._on_session_reply_waiting)
        session.reply_titled.connect(self._on_session_reply_titled)
        session.text_received.connect(self._on_session_text_received)
        session.reasoning_received.connect(self._on_session_reasoning_received)
        session.reply_shown.connect(self._on_session_reply_shown)

    @Slot(Message, str)
    def _on_session_message_added(self, message: Message, title: str) -> None:
        self._view.add_message(message, title)

    @Slot()
    def _on_session_cleared(self) -> None:
        self._streaming = None
        self._view.clear()

    @Slot(Message, str)
    def _on_session_reply_started(self, message: Message, title: str) -> None:
        self._streaming = self._view.add_message(message, title)

    @Slot(Message)
    def _on_session_reply_continued(self, partial: Message) -> None:
        self._streaming = self._view.messages[-1]
        self._streaming.show_outcome(partial)

    @Slot(str)
    def _on_session_reply_waiting(self, reason: str) -> None:
        if self._streaming is not None:
            self._streaming.show_waiting(reason)

    @Slot(str)
    def _on_session_reply_titled(self, title: str) -> None:
        if self._streaming is not None:
            self._streaming.set_title(title)

    # Repaints are coalesced inside the message widget; every piece is queued, in order.
    @Slot(str)
    def _on_session_text_received(self, text: str) -> None:
        if self._streaming is not None:
            self._streaming.queue_text(text)

    @Slot(str)
    def _on_session_reasoning_received(self, text: str) -> None:
        if self._streaming is not None:
            self._streaming.queue_reasoning(text)

    @Slot(Message)
    def _on_session_reply_shown(self, message: Message) -> None:
        if self._streaming is not None:
            self._streaming.show_outcome(message)
        self._streaming = None
