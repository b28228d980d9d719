"""The built-in offline model through the whole app: a real model, a real process, a real
window. The first reply comes from SmolLM2 itself, through the same QThread and
signal-per-delta path as every other provider."""

import os
import signal
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.chat.client import ChatClient
from core.chat.conversation import ReplyStatus
from core.config.providers import BUILTIN_ID, NOWHERE_URL
from core.config.settings import Settings, SettingsStore
from core.local.engine import EngineState, EngineStatus, LocalEngine
from core.local.model_files import BUILTIN_MODEL, model_file
from gui.chat.local_runner import LocalModels
from gui.window.main_window import MainWindow, WindowParts
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, type_and_send
from tests.support.fake_openai import FakeOpenAIServer

LOAD_TIMEOUT_MS = 60_000
ANSWER_TIMEOUT_MS = 60_000


def engine_of(window: MainWindow) -> LocalEngine:
    assert window.setup.local.models is not None
    engine = window.setup.local.models.engine
    assert engine is not None
    return engine


def test_a_new_user_with_nothing_set_up_chats_with_the_built_in_model_at_once(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    models = LocalModels(data_dir)
    seen: list[EngineStatus] = []
    models.status_changed.connect(lambda _engine, status: seen.append(status))
    window = make_window(local_models=models)  # first run: no settings, no key

    # No dialog: the chat is ready, says what it talks to, and invites a better server.
    assert window.setup.provider.id == BUILTIN_ID
    assert window.dialogs.settings_dialog is None
    assert "small model that runs on this computer" in window.view.welcome.text
    assert window.view.welcome.settings_button.isVisible()
    assert BUILTIN_MODEL in window.header.model_description
    assert window.header.model_box.currentText().startswith(BUILTIN_MODEL)

    # The model loads in the background, with progress people can watch.
    qtbot.waitUntil(
        lambda: engine_of(window).status.state is EngineState.READY, timeout=LOAD_TIMEOUT_MS
    )
    assert any(s.state is EngineState.LOADING and 0 < s.progress < 1 for s in seen)
    qtbot.waitUntil(window.status.load_progress.isHidden)

    message = ask(qtbot, window, "Which city is the capital of France?", timeout=ANSWER_TIMEOUT_MS)
    assert message.status is ReplyStatus.COMPLETE
    assert "Paris" in message.content
    assert message.model == BUILTIN_MODEL
    assert message.stats is not None and message.stats.tokens_out > 3
    shown = window.view.messages[-1]
    qtbot.waitUntil(lambda: "Paris" in shown.plain_text())
    # Free and local: the header says so.
    assert "free" in window.header.totals_text


def test_a_question_sent_while_the_model_loads_says_it_waits_and_is_answered(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window(local_models=LocalModels(data_dir))  # first run: loading starts
    with qtbot.waitSignal(window.session.reply_ended, timeout=ANSWER_TIMEOUT_MS) as ended:
        type_and_send(qtbot, window, "Which city is the capital of France?")
        assert engine_of(window).status.state is EngineState.LOADING
        notice = window.view.messages[-1].notice_text
        assert notice == f"Waiting for {BUILTIN_MODEL} to load…"
    assert ended.args[0].status is ReplyStatus.COMPLETE
    assert "Paris" in ended.args[0].content
    assert window.view.messages[-1].notice_text == ""


def test_stop_ends_a_local_answer_and_the_model_stands_still(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window(local_models=LocalModels(data_dir))
    engine = engine_of(window)
    type_and_send(qtbot, window, "Write a very long story about the sea, with many chapters.")
    qtbot.waitUntil(lambda: len(window.session.draft.parts) > 5, timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000) as ended:
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    assert ended.args[0].status is ReplyStatus.STOPPED
    report = engine.stop_reports.get(timeout=10)
    assert report.tokens > 0  # it was writing, and stopped mid-answer


def test_switching_away_frees_the_model_and_switching_back_reloads_it(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, server: FakeOpenAIServer
) -> None:
    settings = Settings.single(base_url=server.base_url, model="gpt-4o-mini")
    window = make_window(settings, local_models=LocalModels(data_dir))
    assert window.setup.local.models is not None and window.setup.local.models.engine is None

    window._on_header_model_chosen(BUILTIN_ID, BUILTIN_MODEL)
    first = engine_of(window)
    qtbot.waitUntil(lambda: first.status.state is EngineState.READY, timeout=LOAD_TIMEOUT_MS)
    pid = first.pid
    assert pid is not None and Path(f"/proc/{pid}").exists()

    window._on_header_model_chosen("main", "gpt-4o-mini")
    assert window.setup.local.models.engine is None
    assert first.wait_until_ended(5).state is EngineState.STOPPED  # its memory is back
    assert ask(qtbot, window, "hello").status is ReplyStatus.COMPLETE  # the server's turn

    window._on_header_model_chosen(BUILTIN_ID, BUILTIN_MODEL)
    assert engine_of(window) is not first
    message = ask(qtbot, window, "Which city is the capital of France?", timeout=ANSWER_TIMEOUT_MS)
    assert "Paris" in message.content  # the whole chat went to the model, on a new port


def test_a_damaged_model_file_gets_a_clear_message_and_nothing_is_lost(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window(local_models=LocalModels(data_dir))
    damaged = tmp_path / "llama-3-8b.Q4_K_M.gguf"
    damaged.write_bytes(model_file("").read_bytes()[:3_000_000])  # a download cut short
    window.use_model_file(damaged)
    assert window.session.model == str(damaged)
    assert "llama-3-8b.Q4_K_M" in window.header.model_box.currentText()
    engine = engine_of(window)
    qtbot.waitUntil(lambda: engine.status.state is EngineState.FAILED, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "could not load" in window.statusBar().currentMessage())

    message = ask(qtbot, window, "hello?", timeout=ANSWER_TIMEOUT_MS)
    assert message.status is ReplyStatus.FAILED
    assert message.error is not None
    assert message.error.startswith("llama.cpp could not load llama-3-8b.Q4_K_M.gguf")
    # The prompt is kept, and the file stays on the switcher to try again or switch away.
    assert window.session.conversation.last is not None
    stored = SettingsStore(data_dir).load(environ={}).provider(BUILTIN_ID)
    assert stored is not None and str(damaged) in stored.models
    assert BUILTIN_MODEL in stored.models


def test_a_file_that_is_not_a_model_is_refused_before_anything_changes(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window(local_models=LocalModels(data_dir))
    before = window.session.setup
    notes = tmp_path / "notes.gguf"
    notes.write_text("shopping: milk, bread")
    window.use_model_file(notes)
    assert window.dialogs.warning_box is not None
    qtbot.waitUntil(window.dialogs.warning_box.isVisible)
    assert "is not a GGUF model file" in window.dialogs.warning_box.text()
    assert window.session.setup == before
    window.dialogs.warning_box.close()


def test_without_llama_cpp_the_app_runs_and_says_why_the_built_in_model_is_unavailable(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    models = LocalModels(data_dir, runtime="llama_cpp_not_installed_here")
    window = make_window(local_models=models)
    # Nothing set up and no built-in model: the usual welcome, plus the reason.
    assert window.setup.provider.id != BUILTIN_ID
    welcome = window.view.welcome.text
    assert "needs a chat server" in welcome
    assert "built-in offline model cannot be used" in welcome
    assert "llama-cpp-python" in welcome
    box = window.header.model_box
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(BUILTIN_MODEL))
    assert box.itemText(index).endswith("(unavailable)")
    reason = box.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert "llama-cpp-python" in reason
    model = box.model()
    assert not (model.flags(model.index(index, 0)) & Qt.ItemFlag.ItemIsEnabled)

    # A chat already on the built-in model says why it cannot answer; nothing is sent.
    window._on_header_model_chosen(BUILTIN_ID, BUILTIN_MODEL)
    assert "llama-cpp-python" in window.view.welcome.text
    type_and_send(qtbot, window, "hello")
    assert len(window.session.conversation) == 0
    assert "llama-cpp-python" in window.statusBar().currentMessage()
    assert window.prompt.toPlainText() == "hello"  # kept, to send elsewhere
    assert models.engine is None


def test_the_model_switcher_offers_to_open_a_model_file(qtbot: QtBot) -> None:
    from core.config.providers import builtin_provider, new_provider
    from gui.window.header import ChatHeader

    header = ChatHeader()
    qtbot.addWidget(header)
    opened = "/models/Qwen2.5-0.5B-Instruct-Q4_K_M.gguf"
    local = builtin_provider()
    local = replace(local, models=(BUILTIN_MODEL, opened))
    header.show_choices([new_provider("openai"), local], BUILTIN_ID, opened)
    box = header.model_box
    texts = [box.itemText(i) for i in range(box.count())]
    assert box.currentText() == "Qwen2.5-0.5B-Instruct-Q4_K_M  ·  Built-in (offline)"
    assert texts[-2:] == ["Open a model file (.gguf)…", "Add or edit providers…"]
    with qtbot.waitSignal(header.model_file_requested):
        box.activated.emit(box.count() - 2)
    assert header.current_choice == (BUILTIN_ID, opened)  # nothing switched by itself
    with qtbot.waitSignal(header.model_chosen) as chosen:
        box.activated.emit(texts.index("SmolLM2-135M-Instruct  ·  Built-in (offline)"))
    assert chosen.args == [BUILTIN_ID, BUILTIN_MODEL]


def test_a_crash_mid_answer_restarts_the_model_and_retry_works(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window(local_models=LocalModels(data_dir))
    crashed = engine_of(window)
    type_and_send(qtbot, window, "Give me three tips for sleeping better.")
    qtbot.waitUntil(lambda: len(window.session.draft.parts) > 5, timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000) as ended:
        assert crashed.pid is not None
        os.kill(crashed.pid, signal.SIGKILL)  # out of memory, say
    assert ended.args[0].status is ReplyStatus.FAILED
    assert ended.args[0].content  # what it wrote before is kept
    qtbot.waitUntil(lambda: "stopped unexpectedly" in window.statusBar().currentMessage())
    # Started again on its own, on a new port, and the session talks to the new one.
    qtbot.waitUntil(lambda: engine_of(window) is not crashed, timeout=10_000)
    restarted = engine_of(window)
    qtbot.waitUntil(lambda: restarted.status.state is EngineState.READY, timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(window.session.reply_ended, timeout=ANSWER_TIMEOUT_MS) as again:
        window.view.retry_requested.emit()
    assert again.args[0].status in (ReplyStatus.COMPLETE, ReplyStatus.CUT_OFF)
    assert len(again.args[0].content) > 100


def test_a_model_file_that_is_gone_is_explained_and_nothing_is_sent(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window(local_models=LocalModels(data_dir))
    gone = tmp_path / "moved-away.gguf"
    window._on_header_model_chosen(BUILTIN_ID, str(gone))
    # On a busy machine the window's first frame (and the model's start) may come after.
    qtbot.waitUntil(lambda: "no longer there" in window.view.welcome.text)
    type_and_send(qtbot, window, "hello")
    qtbot.waitUntil(lambda: "no longer there" in window.statusBar().currentMessage())
    assert len(window.session.conversation) == 0  # not sent anywhere
    engine = engine_of(window)
    assert engine.pid is None
    assert engine.endpoint.base_url == NOWHERE_URL  # never empty, which means OpenAI's


def test_the_model_starts_after_the_first_frame_and_a_prompt_typed_before_is_answered(
    qtbot: QtBot, data_dir: Path
) -> None:
    """On two cores the model's process would compete with the window for the processor
    while it starts: the window is typeable first, then the model loads."""
    from core.history.store import HistoryStore

    models = LocalModels(data_dir)
    parts = WindowParts(ChatClient, HistoryStore(data_dir), local_models=models)
    window = MainWindow(SettingsStore(data_dir), parts)
    qtbot.addWidget(window)
    assert engine_of(window).pid is None  # made, not started: nothing is on screen yet
    # Typing starts making the chat's client before the model has an address.
    window.prompt.setPlainText("Which city is the capital of France?")
    made = window.session._run.clients.future
    assert made is not None
    qtbot.waitUntil(made.done)

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: engine_of(window).pid is not None)
    with qtbot.waitSignal(
        window.session.reply_ended, timeout=LOAD_TIMEOUT_MS + ANSWER_TIMEOUT_MS
    ) as ended:
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    assert ended.args[0].status is ReplyStatus.COMPLETE
    assert "Paris" in ended.args[0].content
    window.close()
