"""Conversations survive restarts and crashes: a real SQLite file, a real SIGKILL."""

import signal
import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.chat.conversation import ReplyStatus, Role
from core.config.settings import Settings
from core.history.store import DB_NAME
from gui.chat.reply_run import CONTINUE_PROMPT
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.app_process import spawn_app
from tests.support.fake_openai import (
    FakeOpenAIServer,
    Part,
    Pause,
    Script,
    Stall,
    chunk,
    reply_script,
    sse,
)


def test_the_last_conversation_is_back_after_a_restart_and_continues(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    settings = Settings.single(base_url=server.base_url, model="m")
    first = make_window(settings)
    server.enqueue(reply_script(["Paris."]), reply_script(["2.1 million."]))
    ask(qtbot, first, "Capital of France?")
    first.close()

    second = make_window(settings)
    assert [w.plain_text() for w in second.view.messages] == ["Capital of France?", "Paris."]
    ask(qtbot, second, "Population?")
    body = server.chat_requests[-1].body
    assert body is not None
    assert [m["content"] for m in body["messages"]] == [
        "Capital of France?",
        "Paris.",
        "Population?",
    ]


def test_the_prompt_is_committed_before_the_request_is_sent(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    seen_in_db: list[list[str]] = []

    def responder(_body: object) -> Script:
        with sqlite3.connect(f"file:{data_dir / DB_NAME}?mode=ro", uri=True) as conn:
            seen_in_db.append([r[0] for r in conn.execute("SELECT content FROM messages")])
        return reply_script(["ok"])

    server.responder = responder
    ask(qtbot, window, "Remember this")
    assert seen_in_db and "Remember this" in seen_in_db[0]


def test_new_chat_starts_a_new_stored_conversation(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "one")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ask(qtbot, window, "two")
    window.close()
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM conversations ORDER BY title")]
    assert titles == ["one", "two"]


def _assistant_text_in_db(path: Path) -> str:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute(
                "SELECT content FROM messages WHERE role = 'assistant' ORDER BY seq DESC LIMIT 1"
            ).fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def test_a_reply_killed_mid_stream_comes_back_marked_and_can_continue(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    words = [f"word{i} " for i in range(400)]
    paced: list[Part] = [sse(chunk(role=True))]
    for word in words:
        paced += [sse(chunk(word)), Pause(0.01)]
    server.enqueue(Script(parts=[*paced, Stall()]))
    with spawn_app("tests.support.stream_forever", server.base_url) as app:
        assert app.stdout is not None and app.stderr is not None
        assert app.stdout.readline().strip() == "streaming", app.stderr.read()
        deadline = time.monotonic() + 10
        while not _assistant_text_in_db(data_dir / DB_NAME):  # the first checkpoint (1 s)
            assert time.monotonic() < deadline, "no checkpoint was written"
            time.sleep(0.05)  # allowed: polling another process's database file
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    saved = _assistant_text_in_db(data_dir / DB_NAME)
    assert saved and "".join(words).startswith(saved)

    server.enqueue(reply_script(["and they lived happily ever after."]))
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    last = window.session.conversation.last
    assert last is not None and last.status is ReplyStatus.INTERRUPTED
    assert last.content == saved
    widget = window.view.messages[-1]
    assert widget.plain_text() == saved
    assert "Interrupted" in widget.notice_text
    assert widget.retry_button.isVisible() and widget.continue_button.isVisible()

    with qtbot.waitSignal(window.session.reply_ended, timeout=5000) as blocker:
        qtbot.mouseClick(widget.continue_button, Qt.MouseButton.LeftButton)
    message = blocker.args[0]
    assert message.status is ReplyStatus.COMPLETE
    assert message.content == saved + "and they lived happily ever after."
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"][-2] == {"role": "assistant", "content": saved}
    assert body["messages"][-1] == {"role": "user", "content": CONTINUE_PROMPT}
    assert [m.role for m in window.session.conversation] == [Role.USER, Role.ASSISTANT]
    window.close()
    assert _assistant_text_in_db(data_dir / DB_NAME) == message.content


def test_a_failing_disk_is_reported_and_the_reply_stays_on_screen(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "saved question")
    # What SQLite says for a read-only file or folder (tests run as root, which ignores modes).
    window._history._writer_conn.execute("PRAGMA query_only = ON")
    told_by_session: list[str] = []
    window.session.save_failed.connect(told_by_session.append)
    server.enqueue(reply_script(["Still ", "shown."]))
    message = ask(qtbot, window, "unsaved question")
    assert message.content == "Still shown."
    assert window.view.messages[-1].plain_text() == "Still shown."
    qtbot.waitUntil(window.history_notice.isVisible)
    assert "read-only" in window.history_notice.text()
    assert told_by_session == []  # the store reported it: one report per write error
    window._history._writer_conn.execute("PRAGMA query_only = OFF")


def test_a_damaged_history_file_is_kept_and_the_user_is_told(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"\x00garbage" * 512)
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert window.history_notice.isVisible()
    assert "damaged" in window.history_notice.text()
    assert list(data_dir.glob("rivulet.damaged-*.db"))
    assert ask(qtbot, window, "works?").content == "Hello there!"
