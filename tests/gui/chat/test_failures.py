"""Every failure shows plain words in the conversation, keeps the partial reply, offers Retry."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.chat.conversation import ReplyStatus
from core.config.settings import Settings
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, type_and_send
from tests.support.fake_openai import (
    Drop,
    FakeOpenAIServer,
    Script,
    Stall,
    chunk,
    error_script,
    reply_script,
    sse,
)

PARTIAL = [sse(chunk(role=True)), sse(chunk("The first half"))]

CASES = {
    "wrong key": (error_script(401, "Incorrect API key provided: sk-test"), "", "API key"),
    "unknown model": (error_script(404, "model not found"), "", "does not know the model"),
    "rate limit": (
        error_script(429, "Rate limit", headers={"Retry-After": "30"}),
        "",
        "Wait 30 seconds",
    ),
    "server error": (error_script(500, "oops"), "", "server had a problem"),
    "proxy html page": (
        Script(
            status=502, headers={"Content-Type": "text/html"}, parts=[b"<html>Bad Gateway</html>"]
        ),
        "",
        "web page",
    ),
    "dropped mid-reply": (Script(parts=[*PARTIAL, Drop()]), "The first half", "connection"),
    "error event in stream": (
        Script(parts=[*PARTIAL, sse({"error": {"message": "Model overloaded"}})]),
        "The first half",
        "Model overloaded",
    ),
    "malformed json": (
        Script(parts=[*PARTIAL, b"data: {not json}\n\n"]),
        "The first half",
        "not a valid chat reply",
    ),
    "cut off by length": (
        reply_script(["The first half"], finish="length"),
        "The first half",
        "cut off",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_failure_is_explained_in_the_conversation_and_retry_works(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer, case: str
) -> None:
    script, partial, words = CASES[case]
    server.enqueue(script, reply_script(["Second ", "time ", "lucky."]))
    failed = ask(qtbot, window, "Question?")
    assert failed.content == partial
    widget = window.view.messages[-1]
    assert widget.plain_text() == partial
    assert words in widget.notice_text
    assert "Traceback" not in widget.notice_text
    assert "<html" not in widget.notice_text
    assert widget.retry_button.isVisible()
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000) as blocker:
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].content == "Second time lucky."
    assert blocker.args[0].status is ReplyStatus.COMPLETE
    assert [w.plain_text() for w in window.view.messages] == ["Question?", "Second time lucky."]
    retried = server.chat_requests[-1].body
    assert retried is not None
    assert retried["messages"] == [{"role": "user", "content": "Question?"}]


def test_connection_refused(qtbot: QtBot, make_window: WindowFactory) -> None:
    with FakeOpenAIServer() as gone:
        url = gone.base_url
    window = make_window(Settings.single(base_url=url, model="m"))
    message = ask(qtbot, window, "anyone there?")
    assert message.status is ReplyStatus.FAILED
    assert "Could not connect" in window.view.messages[-1].notice_text


def test_server_that_stops_sending(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"), read_timeout=0.3)
    server.enqueue(Script(parts=[*PARTIAL, Stall()]))
    message = ask(qtbot, window, "hello?")
    assert message.content == "The first half"
    assert "stopped sending" in window.view.messages[-1].notice_text


def test_empty_prompt_sends_nothing(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    type_and_send(qtbot, window, "   ")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    assert server.chat_requests == []
    assert window.view.messages == []
    assert not window.session.is_busy
