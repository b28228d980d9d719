"""The whole path: loopback server -> openai -> QThread -> one signal per delta -> view."""

import random
import re
import string
import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.chat.conversation import ReplyStatus, Role
from core.config.settings import Settings
from gui.reply_view.markdown_text import MarkdownText
from gui.reply_view.message_widget import MessageWidget
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, type_and_send
from tests.support.fake_openai import (
    FakeOpenAIServer,
    Pause,
    Script,
    Stall,
    chunk,
    reply_script,
    sse,
)


def shown(qtbot: QtBot, widget: MessageWidget) -> str:
    """What the message shows on screen: its rendered document's text, once every block
    waiting to be rendered is (a long reply renders in shares, a frame at a time)."""
    assert widget.text_view.isVisibleTo(widget)
    view = widget.markdown
    if view is None:
        return widget.text_view.toPlainText()
    qtbot.waitUntil(lambda: not view._waiting and not view._more.isActive(), timeout=10_000)
    return view.toPlainText()


def paragraphs(text: str) -> list[str]:
    """Text with no Markdown syntax in it, as rendered paragraphs: blank lines part them,
    a single newline is a space, runs of spaces at line ends do not show."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _deltas(count: int) -> list[str]:
    rng = random.Random(7)
    words = ["stream", "ing", " reply", " über", " 水", " 🌊", "\n\n", " code", "\n", "."]
    return [rng.choice(words) + rng.choice(string.ascii_letters) for _ in range(count)]


def test_20000_deltas_arrive_complete_and_in_order(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    deltas = _deltas(20_000)
    server.enqueue(reply_script(deltas))
    message = ask(qtbot, window, "Write a lot", timeout=120_000)
    expected = "".join(deltas)
    assert message.status is ReplyStatus.COMPLETE
    assert message.content == expected
    assert window.session.conversation.last == message
    widget = window.view.messages[-1]
    widget.flush()
    # QTextDocument stores paragraph breaks as U+2029; toPlainText turns them back into \n.
    assert widget.plain_text() == expected
    # What is rendered: every paragraph, in order, nothing lost or doubled...
    rendered = shown(qtbot, widget)
    assert [" ".join(line.split()) for line in rendered.split("\n")] == paragraphs(expected)
    assert widget.markdown is not None
    assert widget.markdown.document().blockCount() == len(paragraphs(expected))
    # ...and exactly what the same reply rendered at once shows.
    at_once = MarkdownText()
    qtbot.addWidget(at_once)
    at_once.set_markdown(expected)
    assert rendered == at_once.toPlainText()


def test_each_request_carries_the_whole_conversation(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    server.enqueue(reply_script(["Paris."]), reply_script(["About 2.1 million."]))
    assert ask(qtbot, window, "Capital of France?").content == "Paris."
    assert ask(qtbot, window, "How many people live there?").content == "About 2.1 million."
    first, second = (r.body for r in server.chat_requests)
    assert first is not None and second is not None
    assert first["messages"] == [{"role": "user", "content": "Capital of France?"}]
    assert second["messages"] == [
        {"role": "user", "content": "Capital of France?"},
        {"role": "assistant", "content": "Paris."},
        {"role": "user", "content": "How many people live there?"},
    ]
    assert second["model"] == "gpt-4o-mini"
    assert [w.plain_text() for w in window.view.messages] == [
        "Capital of France?",
        "Paris.",
        "How many people live there?",
        "About 2.1 million.",
    ]
    assert [shown(qtbot, w) for w in window.view.messages] == [
        "Capital of France?",
        "Paris.",
        "How many people live there?",
        "About 2.1 million.",
    ]


def test_multibyte_utf8_split_across_writes_reaches_the_view(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    event = sse(chunk("Grüße 🌊"))
    cut = event.index("🌊".encode()) + 1
    server.enqueue(
        Script(
            parts=[
                sse(chunk(role=True)),
                event[:cut],
                Pause(0.05),
                event[cut:],
                sse(chunk(finish="stop")),
                b"data: [DONE]\n\n",
            ]
        )
    )
    assert ask(qtbot, window, "greet").content == "Grüße 🌊"
    assert window.view.messages[-1].plain_text() == "Grüße 🌊"
    assert shown(qtbot, window.view.messages[-1]) == "Grüße 🌊"


def test_send_becomes_stop_and_stop_is_fast_on_a_stalled_stream(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("Half an ans")), Stall()]))
    assert window.send_button.text() == "Send"
    type_and_send(qtbot, window, "Tell me")
    qtbot.waitUntil(lambda: "Half an ans" in window.session.draft.parts, timeout=5000)
    assert window.send_button.text() == "Stop"
    started = time.monotonic()
    with qtbot.waitSignal(window.session.reply_ended, timeout=2000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    elapsed = time.monotonic() - started
    assert elapsed < 0.2, f"Stop took {elapsed * 1000:.0f} ms"
    message = blocker.args[0]
    assert message.status is ReplyStatus.STOPPED
    assert message.content == "Half an ans"
    widget = window.view.messages[-1]
    assert widget.plain_text() == "Half an ans"
    assert shown(qtbot, widget) == "Half an ans"
    assert "Stopped" in widget.notice_text
    assert window.send_button.text() == "Send"
    made = window.session._run.clients.future
    assert made is not None
    client = made.result()
    assert client._transport._pool.connections == []  # the HTTP connection was released


def test_escape_stops_the_reply(qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("abc")), Stall()]))
    type_and_send(qtbot, window, "go")
    qtbot.waitUntil(lambda: window.session.draft.parts == ["abc"], timeout=5000)
    with qtbot.waitSignal(window.session.reply_ended, timeout=2000) as blocker:
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    assert blocker.args[0].status is ReplyStatus.STOPPED


def test_sending_while_a_reply_streams_is_not_possible(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("busy")), Stall()]))
    type_and_send(qtbot, window, "first")
    qtbot.waitUntil(lambda: window.session.draft.parts == ["busy"], timeout=5000)
    type_and_send(qtbot, window, "second")
    assert len(server.chat_requests) == 1
    assert window.prompt.toPlainText() == "second"  # kept for when the reply is done
    assert "Stop" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.session.reply_ended, timeout=2000):
        window.session.stop()
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    assert [m.content for m in window.session.conversation if m.role is Role.USER] == [
        "first",
        "second",
    ]


def test_closing_the_window_mid_reply_stops_the_thread(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("still going")), Stall()]))
    type_and_send(qtbot, window, "long story")
    qtbot.waitUntil(lambda: window.session.draft.parts == ["still going"], timeout=5000)
    (thread,) = window.session._run.threads.live
    assert thread.isRunning()
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    assert thread.isFinished()


def test_new_chat_starts_empty_and_ignores_the_old_reply(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    server.enqueue(
        Script(
            parts=[
                sse(chunk(role=True)),
                sse(chunk("old")),
                Pause(0.2),
                sse(chunk(" late")),
                Stall(),
            ]
        ),
        reply_script(["fresh"]),
    )
    type_and_send(qtbot, window, "old question")
    qtbot.waitUntil(lambda: window.session.draft.parts == ["old"], timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.messages == []
    assert len(window.session.conversation) == 0
    assert window.view.welcome.isVisible()
    message = ask(qtbot, window, "new question")
    assert message.content == "fresh"
    assert [shown(qtbot, w) for w in window.view.messages] == ["new question", "fresh"]
    assert [m.content for m in window.session.conversation] == ["new question", "fresh"]
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"] == [{"role": "user", "content": "new question"}]


def test_each_reply_shows_its_tokens_and_speed_and_keeps_them(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    settings = Settings.single(base_url=server.base_url, model="m")
    window = make_window(settings)
    server.enqueue(reply_script(["a", "b"]), reply_script(["no usage here"], usage=False))
    message = ask(qtbot, window, "count")
    assert message.stats is not None and not message.stats.estimated
    assert (message.stats.tokens_in, message.stats.tokens_out) == (12, 5)  # the usage chunk
    details = window.view.messages[-1].details_button  # the figures, behind an info icon
    assert not details.isHidden()
    assert details.toolTip().startswith("5 tokens (12 in)")
    estimated = ask(qtbot, window, "again")
    assert estimated.stats is not None and estimated.stats.estimated
    assert shown(qtbot, window.view.messages[-1]) == "no usage here"
    window.close()
    again = make_window(settings)
    assert again.session.conversation.last is not None
    assert again.session.conversation.last.stats == estimated.stats
    assert shown(qtbot, again.view.messages[-1]) == "no usage here"  # a stored reply
