"""`MessageWidget`: streamed text reaches the screen in order; thinking folds away once
the answer starts (told without joining the reply's text every frame)."""

from pytestqt.qtbot import QtBot

from core.chat.conversation import Message, ReplyStatus, Role
from gui.reply_view.message_widget import MessageWidget


def test_the_answer_starting_folds_the_thinking_away(qtbot: QtBot) -> None:
    widget = MessageWidget(Message(Role.ASSISTANT, "", ReplyStatus.STREAMING), "Model")
    qtbot.addWidget(widget)
    assert not widget.has_text()
    widget.queue_reasoning("Let me think")
    widget.flush()
    assert widget.thinking_button is not None and widget.thinking_button.isChecked()
    assert not widget.has_text()
    for piece in ("The answer", " is 42."):
        widget.queue_text(piece)
    widget.flush()
    assert widget.has_text()
    assert widget.plain_text() == "The answer is 42."
    assert not widget.thinking_button.isChecked()  # folded once the answer came


def test_a_prompt_has_text_as_typed(qtbot: QtBot) -> None:
    empty = MessageWidget(Message(Role.USER, ""), "You")
    typed = MessageWidget(Message(Role.USER, "hello"), "You")
    for widget in (empty, typed):
        qtbot.addWidget(widget)
    assert not empty.has_text()
    assert typed.has_text() and typed.plain_text() == "hello"
