"""`StreamWorker` and its `WorkerLink`: reports of a worker the session let go of go nowhere,
even those already queued when it was let go."""

import threading

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from core.chat.client import ChatClient
from core.chat.conversation import Message, Role
from core.config.providers import Endpoint
from gui.chat.stream_worker import StreamWorker, WorkerLink
from tests.support.fake_openai import FakeOpenAIServer, reply_script


def test_a_cut_link_drops_reports_already_on_their_way(
    qtbot: QtBot, server: FakeOpenAIServer
) -> None:
    client = ChatClient(Endpoint(server.base_url, "k"))
    worker = StreamWorker(client.stream([Message(Role.USER, "hi")], "m"))  # not run
    link = WorkerLink(worker)
    heard: list[str] = []
    link.delta_received.connect(heard.append)

    # Emitted on another thread: queued to the GUI thread, not delivered yet.
    def emit_three() -> None:
        for text in "abc":
            worker.delta_received.emit(text)

    emitter = threading.Thread(target=emit_three)
    emitter.start()
    emitter.join()
    link.cut()  # what the session does when the user leaves the reply (Stop, New chat)
    for _ in range(3):
        QCoreApplication.processEvents()
    assert heard == []
    client.close()


def test_an_uncut_link_forwards_every_delta_in_order(
    qtbot: QtBot, server: FakeOpenAIServer
) -> None:
    server.enqueue(reply_script([f"{n} " for n in range(200)]))
    client = ChatClient(Endpoint(server.base_url, "k"))
    worker = StreamWorker(client.stream([Message(Role.USER, "count")], "m"))
    link = WorkerLink(worker)
    heard: list[str] = []
    link.delta_received.connect(heard.append)
    with qtbot.waitSignal(link.finished, timeout=10_000):
        threading.Thread(target=worker.run).start()
    assert "".join(heard) == "".join(f"{n} " for n in range(200))
    client.close()
