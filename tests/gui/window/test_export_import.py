"""Export and import from the window: off the GUI thread, with results in plain words."""

import json
import threading
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from core.history.records import Cancelled, Progress, TransferCancelledError
from gui.background import Background
from gui.window.export_import import TransferJob
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.chatgpt_export import chatgpt_export
from tests.support.fake_openai import FakeOpenAIServer, error_script, reply_script


def test_export_this_chat_and_all_chats(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(reply_script(["Paris."]), reply_script(["Berlin."]))
    ask(qtbot, window, "Capital of France?")
    window.new_chat()
    ask(qtbot, window, "Capital of Germany?")
    qtbot.waitUntil(lambda: bool(window._history.search("Berlin")))  # last checkpoint in
    current = window.session.conversation_id
    assert current is not None

    with qtbot.waitSignal(
        window.transfers.export_chats(tmp_path / "one.md", [current]).succeeded
    ) as done:
        pass
    assert "Exported 1 chat" in done.args[0]
    text = (tmp_path / "one.md").read_text(encoding="utf-8")
    assert "Capital of Germany?" in text and "Berlin." in text and "France" not in text

    with qtbot.waitSignal(window.transfers.export_chats(tmp_path / "all.json", None).succeeded):
        pass
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [c["title"] for c in data["conversations"]] == [
        "Capital of Germany?",
        "Capital of France?",
    ]
    assert window.statusBar().currentMessage().startswith("Exported 2 chats")


def test_import_a_chatgpt_export_twice(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    with qtbot.waitSignal(window.transfers.import_chats(path).succeeded) as first:
        pass
    assert first.args[0] == "Imported 2 chats."
    qtbot.waitUntil(lambda: len(window.sidebar.model.chats) == 2)
    assert {r.title for r in window.sidebar.model.chats} == {"Sourdough starter", "Haiku"}
    with qtbot.waitSignal(window.transfers.import_chats(path).succeeded) as second:
        pass
    assert second.args[0] == "Imported 0 chats. Skipped 2 chats that Rivulet already had."
    assert len(window.sidebar.model.chats) == 2


def test_a_foreign_file_is_refused_with_a_clear_message(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "keep me")
    path = tmp_path / "notes.json"
    path.write_text('{"todo": ["milk"]}', encoding="utf-8")
    with qtbot.waitSignal(window.transfers.import_chats(path).failed) as failed:
        pass
    assert "not a Rivulet export or a ChatGPT conversations.json" in failed.args[0]
    assert window.transfers.last_message == failed.args[0]
    assert [r.title for r in window.sidebar.model.chats] == ["keep me"]


def test_a_job_reports_progress_and_cancel_on_the_gui_thread(qtbot: QtBot) -> None:
    seen_cancel = threading.Event()

    def work(progress: Progress, cancelled: Cancelled) -> str:
        progress(1, 3)
        while not cancelled():
            seen_cancel.wait(0.01)  # allowed: the worker polls its cancel flag, as imports do
        raise TransferCancelledError

    gui_thread = QThread.currentThread()
    on_gui_thread: list[bool] = []
    # Progress comes back queued, so a handler connected right after the start sees it.
    job = TransferJob(Background("test"), work)
    job.progressed.connect(
        lambda _d, _t: on_gui_thread.append(QThread.currentThread() is gui_thread)
    )
    with qtbot.waitSignal(job.progressed):
        pass
    with qtbot.waitSignal(job.failed) as failed:
        job.cancel()
    assert failed.args[0] == "Cancelled. Nothing was changed."
    assert on_gui_thread == [True]
    job.wait(5)


def test_a_key_never_reaches_exports_logs_or_the_data_folder(
    qtbot: QtBot,
    make_window: WindowFactory,
    server: FakeOpenAIServer,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    secret = "sk-never-in-any-file-4242"
    window = make_window(Settings.single(api_key=secret, base_url=server.base_url, model="m"))
    server.enqueue(error_script(401, f"Incorrect API key provided: {secret}"))
    ask(qtbot, window, "hello")
    assert server.chat_requests[-1].headers["authorization"] == f"Bearer {secret}"
    for name in ("all.json", "all.md"):
        with qtbot.waitSignal(window.transfers.export_chats(tmp_path / name, None).succeeded):
            pass
    window.close()
    files = [*data_dir.rglob("*"), tmp_path / "all.json", tmp_path / "all.md"]
    for path in files:
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
