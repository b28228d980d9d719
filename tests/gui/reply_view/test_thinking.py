"""Reasoning shows live in a Thinking section above the answer, is stored, never sent back."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, type_and_send
from tests.support.fake_openai import FakeOpenAIServer, Script, Stall, chunk, reply_script, sse


def _reasoning(text: str) -> bytes:
    data = chunk()
    data["choices"][0]["delta"] = {"content": None, "reasoning_content": text}
    return sse(data)


def test_thinking_streams_live_then_folds_away_when_the_answer_starts(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="deepseek-reasoner"))
    server.enqueue(Script(parts=[_reasoning("Consider "), _reasoning("the light."), Stall()]))
    type_and_send(qtbot, window, "Why is the sky blue?")
    qtbot.waitUntil(lambda: len(window.view.messages) == 2)  # the prompt is saved, then sent
    widget = window.view.messages[-1]
    qtbot.waitUntil(lambda: widget.thinking_text() == "Consider the light.")
    assert widget.thinking_button is not None and widget.thinking_button.isChecked()
    assert widget.thinking_view is not None and widget.thinking_view.isVisible()
    with qtbot.waitSignal(window.session.reply_ended, timeout=2000):
        window.session.stop()
    message = window.session.conversation.last
    assert message is not None and message.reasoning == "Consider the light."


def test_thinking_is_stored_shown_folded_and_never_sent_back(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    settings = Settings.single(base_url=server.base_url, model="deepseek-reasoner")
    window = make_window(settings)
    server.enqueue(
        Script(
            parts=[
                _reasoning("Rayleigh."),
                sse(chunk("Scattering.")),
                sse(chunk(finish="stop")),
                b"data: [DONE]\n\n",
            ]
        ),
        reply_script(["Sunsets are red."]),
    )
    message = ask(qtbot, window, "Why is the sky blue?")
    assert (message.content, message.reasoning) == ("Scattering.", "Rayleigh.")
    widget = window.view.messages[-1]
    assert widget.plain_text() == "Scattering."
    assert widget.thinking_button is not None and not widget.thinking_button.isChecked()
    assert widget.thinking_view is not None and not widget.thinking_view.isVisible()
    qtbot.mouseClick(widget.thinking_button, Qt.MouseButton.LeftButton)
    assert widget.thinking_view.isVisible()

    ask(qtbot, window, "And sunsets?")
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"][1] == {"role": "assistant", "content": "Scattering."}
    assert "Rayleigh" not in str(body)

    window.close()
    again = make_window(settings)
    restored = again.view.messages[1]
    assert restored.thinking_text() == "Rayleigh."
    assert restored.thinking_button is not None and not restored.thinking_button.isChecked()
