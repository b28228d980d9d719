"""Nothing the app starts outlives its use: finished transfer jobs, the colouring thread."""

import gc
import weakref
from pathlib import Path

from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.window.export_import import TransferJob
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.app_process import spawn_app
from tests.support.fake_openai import FakeOpenAIServer, reply_script

CODE_REPLY = "Here:\n\n```python\ndef f(x):\n    return x  # done\n```\n\nThat is all."


def test_the_colouring_thread_ends_when_the_app_quits(server: FakeOpenAIServer) -> None:
    server.enqueue(reply_script([CODE_REPLY]))
    with spawn_app("tests.support.quit_after_code", server.base_url) as proc:
        out, err = proc.communicate(timeout=30)
    lines = out.splitlines()
    assert lines[:1] == ["closing"], err  # a code block was coloured on its thread first
    alive = lines[-1].removeprefix("alive: ").split(",")
    assert not [name for name in alive if name.startswith("rivulet-colours")], lines[-1]
    assert proc.returncode == 0, err


def test_finished_transfer_jobs_are_released(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "Capital of France?")
    jobs: list[weakref.ref[TransferJob]] = []
    for n in range(5):
        job = window.transfers.export_chats(tmp_path / f"chats-{n}.json", None)
        jobs.append(weakref.ref(job))
        with qtbot.waitSignal(job.succeeded):
            pass
        del job
    (tmp_path / "locked").mkdir()
    job = window.transfers.export_chats(tmp_path / "locked", None)  # a folder: it fails
    jobs.append(weakref.ref(job))
    with qtbot.waitSignal(job.failed):
        pass
    del job
    qtbot.waitUntil(lambda: not window.transfers.findChildren(TransferJob))
    gc.collect()
    assert [ref for ref in jobs if ref() is not None] == []
