"""A user acting at the wrong moment: before the app is ready, while a prompt is saved,
after a reply failed. Each question must be answered or end in plain words, and the
Send/Stop button must always tell the truth."""

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from core.chat.conversation import Message, ReplyStatus, Role
from core.config.keys import KeyVault
from core.config.settings import Settings, SettingsStore
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, settings_dialog, type_and_send
from tests.support.fake_openai import FakeOpenAIServer, Script, error_script, reply_script
from tests.support.gated_keyring import GatedKeyring

# A call on the GUI thread that takes longer than this waited for something it should not.
PROMPT_S = 1.0


def waiting_text(window: MainWindow) -> str:
    return window.view.messages[-1].notice_text


def drain_events(qtbot: QtBot) -> None:
    """Let the GUI thread handle every event posted so far (they run in order)."""
    done: list[bool] = []
    QTimer.singleShot(0, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))


def busy_log(window: MainWindow) -> list[bool]:
    changes: list[bool] = []
    window.session.busy_changed.connect(changes.append)
    return changes


# -- 1. the first question is always answered ------------------------------------------
def test_a_question_typed_before_the_model_list_arrives_waits_for_it(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.stall_models = True  # the server is slow to list its models
    window = make_window(Settings.single(base_url=server.base_url))  # no model chosen yet
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000) as blocker:
        type_and_send(qtbot, window, "Hello, are you there?")
        qtbot.waitUntil(lambda: "which models" in waiting_text(window))
        assert window.send_button.text() == "Stop"
        assert server.chat_requests == []
        server.released.set()
    message = blocker.args[0]
    assert message.status is ReplyStatus.COMPLETE, message.error
    assert message.content == "Hello there!"
    body = server.chat_requests[0].body
    assert body is not None and body["model"] == "gpt-4o-mini"
    assert window.view.messages[-1].notice_text == ""
    assert window.send_button.text() == "Send"


def test_stop_cancels_a_question_that_waits_and_it_is_never_sent(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.stall_models = True
    window = make_window(Settings.single(base_url=server.base_url))
    changes = busy_log(window)
    type_and_send(qtbot, window, "Never mind")
    qtbot.waitUntil(lambda: "which models" in waiting_text(window))
    with qtbot.waitSignal(window.session.reply_ended) as blocker:
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    assert blocker.args[0].status is ReplyStatus.STOPPED
    assert window.view.messages[-1].notice_text == "Stopped before the reply began."
    assert window.send_button.text() == "Send"
    server.released.set()  # the list arrives after all
    qtbot.waitUntil(lambda: window.session.model == "gpt-4o-mini")
    assert server.chat_requests == []
    assert changes == [True, False]


def test_a_server_that_offers_no_model_says_so_in_plain_words(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.models = []
    window = make_window(Settings.single(base_url=server.base_url))
    message = ask(qtbot, window, "Hello?")
    assert message.status is ReplyStatus.FAILED
    assert message.error is not None and "offers no models" in message.error
    assert server.chat_requests == []


def test_an_unreachable_server_is_named_as_the_problem(
    qtbot: QtBot, make_window: WindowFactory, unused_port: int
) -> None:
    """Issue 18.4: not "No model is chosen yet", which only follows from it."""
    window = make_window(Settings.single(base_url=f"http://127.0.0.1:{unused_port}/v1"))
    message = ask(qtbot, window, "Hello?")
    assert message.status is ReplyStatus.FAILED
    assert message.error is not None
    assert "Could not connect" in message.error and str(unused_port) in message.error
    assert "No model" not in message.error


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # closed again: nothing listens there


# -- 2. a failed reply never poisons the next request -----------------------------------
def alternation_enforced(server: FakeOpenAIServer) -> list[str]:
    """Make the server refuse what strict chat templates refuse; returns its verdicts."""
    verdicts: list[str] = []

    def respond(body: object) -> Script:
        roles = [
            m.get("role")
            for m in (body.get("messages", []) if isinstance(body, dict) else [])
            if isinstance(m, dict) and m.get("role") != "system"
        ]
        alternating = all(
            role == ("user" if i % 2 == 0 else "assistant") for i, role in enumerate(roles)
        )
        if not alternating or roles[-1:] != ["user"]:
            verdicts.append("refused")
            return error_script(
                400, "Conversation roles must alternate user/assistant/user/assistant/..."
            )
        verdicts.append("ok")
        return reply_script(["Fine", "."])

    server.responder = respond
    return verdicts


def test_after_a_failed_reply_the_next_question_is_valid_for_a_strict_server(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    verdicts = alternation_enforced(server)
    assert ask(qtbot, window, "First question").status is ReplyStatus.COMPLETE
    server.enqueue(error_script(503, "overloaded"))
    assert ask(qtbot, window, "Second question").status is ReplyStatus.FAILED
    message = ask(qtbot, window, "Third question")
    assert message.status is ReplyStatus.COMPLETE, message.error
    assert verdicts == ["ok", "ok"]
    body = server.chat_requests[-1].body
    assert body is not None
    # The unanswered question goes with the new one, so nothing the user asked is lost.
    assert body["messages"][-1] == {"role": "user", "content": "Second question\n\nThird question"}


def test_after_a_reply_stopped_before_its_first_word_the_next_request_alternates(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    verdicts = alternation_enforced(server)
    gate = threading.Event()
    window._history.in_transaction(lambda _conn: gate.wait(10))  # the history is busy
    type_and_send(qtbot, window, "Stopped at once")
    with qtbot.waitSignal(window.session.reply_ended):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    gate.set()
    assert ask(qtbot, window, "Asked again").status is ReplyStatus.COMPLETE
    assert verdicts == ["ok"]


# -- 3. Send/Stop never sticks -----------------------------------------------------------
@pytest.fixture
def busy_history(window: MainWindow) -> Iterator[threading.Event]:
    """The history's writer is busy (as behind a long import) until the event is set."""
    gate = threading.Event()
    window._history.in_transaction(lambda _conn: gate.wait(20))
    yield gate
    gate.set()


@pytest.mark.parametrize(
    "leave",
    [
        pytest.param(lambda w: w.new_chat_action.trigger(), id="new-chat"),
        pytest.param(lambda w: w.session.stop(), id="stop"),
    ],
)
def test_leaving_while_the_prompt_is_saved_frees_the_button(
    qtbot: QtBot,
    window: MainWindow,
    server: FakeOpenAIServer,
    busy_history: threading.Event,
    leave: Callable[[MainWindow], None],
) -> None:
    changes = busy_log(window)
    type_and_send(qtbot, window, "Saved slowly")
    qtbot.waitUntil(lambda: "Saving" in waiting_text(window))
    assert window.send_button.text() == "Stop"
    leave(window)
    assert window.send_button.text() == "Send"
    assert not window.session.is_busy
    # Esc now does nothing (it used to send whatever was in the prompt).
    qtbot.keyClicks(window.prompt, "typed next")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    assert window.prompt.toPlainText() == "typed next"
    busy_history.set()
    window._history.in_transaction(lambda _conn: None).result(10)  # the save is done
    drain_events(qtbot)  # ...and its news has reached the session
    assert server.chat_requests == []
    assert changes == [True, False]


def test_opening_another_chat_while_the_prompt_is_saved_frees_the_button(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    ask(qtbot, window, "An earlier chat")
    earlier = window.session.conversation_id
    window.new_chat()
    gate = threading.Event()
    window._history.in_transaction(lambda _conn: gate.wait(20))
    changes = busy_log(window)
    type_and_send(qtbot, window, "Saved slowly")
    assert earlier is not None
    window.sidebar.conversation_chosen.emit(earlier, "")
    assert window.send_button.text() == "Send" and not window.session.is_busy
    gate.set()
    window._history.in_transaction(lambda _conn: None).result(10)
    drain_events(qtbot)
    assert len(server.chat_requests) == 1  # only the earlier chat's
    assert changes == [True, False]


# -- 4. the GUI thread never waits on the keychain ---------------------------------------
def timed(action: Callable[[], object]) -> float:
    started = time.monotonic()
    action()
    return time.monotonic() - started


def test_a_keychain_that_asks_for_a_password_never_freezes_the_window(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    ring = GatedKeyring()
    settings = Settings.single(api_key="sk-gated", base_url=server.base_url, model="m")
    data_dir.mkdir(parents=True)
    SettingsStore(data_dir, KeyVault(data_dir, ring)).save(settings, environ={})
    ring.lock()
    window = make_window(vault=KeyVault(data_dir, ring))
    qtbot.waitUntil(ring.asked.is_set)  # the keychain is asked, and does not answer
    assert timed(lambda: type_and_send(qtbot, window, "Hello")) < PROMPT_S
    qtbot.waitUntil(lambda: "keychain" in waiting_text(window))
    assert timed(window.dialogs.open_settings) < PROMPT_S
    assert timed(lambda: window._on_header_model_chosen("main", "m2")) < PROMPT_S
    assert timed(
        lambda: qtbot.keyClick(window.prompt, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    ) < (PROMPT_S)
    assert server.chat_requests == []
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000) as blocker:
        ring.unlocked.set()
    message: Message = blocker.args[0]
    assert message.status is ReplyStatus.COMPLETE, message.error
    request = server.chat_requests[0]
    assert request.headers["authorization"] == "Bearer sk-gated"
    assert request.body is not None and request.body["model"] == "m2"  # chosen meanwhile
    assert settings_dialog(qtbot, window).isVisible()
    assert [m.role for m in window.session.conversation] == [Role.USER, Role.ASSISTANT]
