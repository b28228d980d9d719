"""PySide6 6.12.0 on CPython 3.11 aborts after a few hundred signal emits (a refcount bug on
True/None). This guards the pinned version: 100,000 cross-thread emits, all delivered in order."""

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

COUNT = 100_000


class Emitter(QObject):
    number = Signal(int)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._home = QThread.currentThread()

    @Slot()
    def run(self) -> None:
        for i in range(COUNT):
            self.number.emit(i)
        self.moveToThread(self._home)  # so the GUI thread may delete it
        self.done.emit()


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[int] = []

    @Slot(int)
    def on_number(self, value: int) -> None:
        self.received.append(value)


def test_100000_signals_across_threads_arrive_in_order(qtbot: QtBot) -> None:
    thread = QThread()
    emitter = Emitter()
    emitter.moveToThread(thread)
    receiver = Receiver()
    emitter.number.connect(receiver.on_number)
    thread.started.connect(emitter.run)
    try:
        with qtbot.waitSignal(emitter.done, timeout=60_000):
            thread.start()
        qtbot.waitUntil(lambda: len(receiver.received) == COUNT, timeout=60_000)
    finally:
        thread.quit()
        thread.wait()
    assert receiver.received == list(range(COUNT))


def test_many_qt_calls_that_return_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(50_000):
        label.setText(str(i))
    assert label.text() == "49999"
