"""What a delta's hand-over from the streaming thread to the GUI thread costs, and why the
design's ceiling (`streaming.signal_ceiling`) sits near 0.4 of the raw loop.

PySide6 (6.11) releases the GIL inside every signal emission, queued or direct: its
`MetaFunction::call` wraps `QMetaObject::metacall` in `Py_BEGIN_ALLOW_THREADS`. While the
other thread is running Python, each emission therefore hands it the GIL, and the emitter
waits to get it back. `QCoreApplication.postEvent` keeps the GIL. Two figures, from one run:

- `emit_us`/`post_us`: one emission / one posted event from a thread while another thread
  runs a Python loop (as the GUI thread does while it renders);
- the ceiling in four arrangements, all with Rivulet's `ChatClient` on a QThread, each
  delta handed over one by one and in order, against the raw SSE loop: the worker emits a
  signal or posts an event; the GUI end forwards by a signal (as `WorkerLink` does) or by a
  plain call. The session's own signal per delta to the view is kept in all four.
"""

import statistics
import threading
import time

from bench.server_process import ServerProcess
from bench.streaming import raw_sse_loop, reply_deltas
from tests.support.fake_openai import reply_script

EMITS = 200  # per batch
BATCHES = 7
IN_FLIGHT = 32  # as gui/chat/stream_worker.py


def handover_costs() -> dict[str, float]:
    """Microseconds per emission and per posted event while another thread is busy."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    kind = QEvent.Type(QEvent.registerEventType())

    class Source(QObject):
        said = Signal(str)

    source, receiver = Source(), QObject()
    kept: list[str] = []
    source.said.connect(kept.append, Qt.ConnectionType.QueuedConnection)
    busy = threading.Event()
    busy.set()

    def spin() -> None:
        while busy.is_set():
            pass

    emits: list[float] = []
    posts: list[float] = []

    def hand_over() -> None:
        for _ in range(BATCHES):
            started = time.perf_counter()
            for _ in range(EMITS):
                source.said.emit("x")
            emits.append((time.perf_counter() - started) / EMITS * 1e6)
            started = time.perf_counter()
            for _ in range(EMITS):
                QCoreApplication.postEvent(receiver, QEvent(kind))
            posts.append((time.perf_counter() - started) / EMITS * 1e6)

    spinner = threading.Thread(target=spin)
    spinner.start()
    worker = threading.Thread(target=hand_over)
    worker.start()
    worker.join()
    busy.clear()
    spinner.join()
    QCoreApplication.removePostedEvents(receiver)
    QCoreApplication.removePostedEvents(source)
    return {"emit_us": statistics.median(emits), "post_us": statistics.median(posts)}


def _ceiling(server: ServerProcess, deltas: list[str], post: bool, call: bool) -> float:
    """Deltas per second through one arrangement (see the module's docstring)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThread, Signal
    from PySide6.QtCore import Slot as QtSlot

    from core.chat.client import ChatClient
    from core.chat.conversation import Message, Role
    from core.config.providers import Endpoint

    kind = QEvent.Type(QEvent.registerEventType())

    class DeltaEvent(QEvent):
        def __init__(self, text: str) -> None:
            super().__init__(kind)
            self.text = text

    class Session(QObject):
        text_received = Signal(str)

    class Link(QObject):
        delta_received = Signal(str)

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session
            self.sent = 0  # written by the worker only
            self.delivered = 0  # by the GUI thread only
            self.caught_up = threading.Event()

        @QtSlot(str)
        def take(self, text: str) -> None:
            self.delivered += 1
            if self.delivered >= self.sent:  # the worker's flow control, as StreamWorker's
                self.caught_up.set()
            if call:
                self.session.text_received.emit(text)
            else:
                self.delta_received.emit(text)

        def event(self, event: QEvent) -> bool:
            if event.type() == kind:
                self.take(event.text)  # type: ignore[attr-defined]
                return True
            return super().event(event)

    class Worker(QObject):
        delta = Signal(str)
        finished = Signal()

        def __init__(self, link: Link) -> None:
            super().__init__()
            self.link = link
            self.client = ChatClient(Endpoint(server.base_url, "bench"))

        @QtSlot()
        def run(self) -> None:
            link = self.link
            for delta in self.client.stream([Message(Role.USER, "go")], "m"):
                link.sent += 1
                if post:
                    QCoreApplication.postEvent(link, DeltaEvent(delta.text))
                else:
                    self.delta.emit(delta.text)
                if link.sent - link.delivered > IN_FLIGHT:
                    link.caught_up.clear()
                    if link.sent - link.delivered > IN_FLIGHT:
                        link.caught_up.wait(0.05)
            self.client.close()
            self.finished.emit()

    server.enqueue(reply_script(deltas))
    session = Session()
    parts: list[str] = []
    session.text_received.connect(parts.append)
    link = Link(session)
    if not call:
        link.delta_received.connect(session.text_received.emit)
    worker = Worker(link)
    if not post:
        worker.delta.connect(link.take)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    done = QEventLoop()
    worker.finished.connect(done.quit)
    started = time.perf_counter()
    thread.start()
    done.exec()
    QCoreApplication.sendPostedEvents()
    ended = time.perf_counter()
    thread.quit()
    thread.wait()
    assert "".join(parts) == "".join(deltas), len(parts)
    return len(parts) / (ended - started)


ARRANGEMENTS = {
    "signal, forwarded by signal (as now)": (False, False),
    "signal, forwarded by a call": (False, True),
    "posted event, forwarded by signal": (True, False),
    "posted event, forwarded by a call": (True, True),
}


def measure(rounds: int = 3) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    figures = handover_costs()
    deltas = reply_deltas()
    rates: dict[str, list[float]] = {name: [] for name in ARRANGEMENTS}
    raw: list[float] = []
    with ServerProcess() as server:
        raw_sse_loop(server, deltas[:500])
        for _ in range(rounds):
            raw.append(raw_sse_loop(server, deltas).deltas_per_s)
            for name, (post, call) in ARRANGEMENTS.items():
                rates[name].append(_ceiling(server, deltas, post, call))
    figures["raw_deltas_per_s"] = statistics.median(raw)
    for name in ARRANGEMENTS:
        figures[name] = statistics.median(rates[name]) / figures["raw_deltas_per_s"]
    return figures


def report(figures: dict[str, float]) -> None:
    print("\nHanding deltas to the GUI thread (PySide releases the GIL in every emission):")
    print(
        f"  one emission {figures['emit_us']:8.1f} us   one posted event "
        f"{figures['post_us']:5.1f} us   (medians of 7 batches of 200, while another"
        " thread runs Python)"
    )
    print(f"  ceiling / raw SSE loop ({figures['raw_deltas_per_s']:.0f} deltas/s), medians of 3:")
    for name in ARRANGEMENTS:
        print(f"    {name:40s} {figures[name]:.2f}")
