"""Start-up work that can wait runs once the window's first frame is on screen."""

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from gui.window import first_frame
from gui.window.first_frame import FirstFrame


def test_waiting_work_runs_in_order_once_the_window_is_exposed(qtbot: QtBot) -> None:
    window = QPlainTextEdit()
    qtbot.addWidget(window)
    frame = FirstFrame(window)
    ran: list[str] = []
    frame.then(lambda: ran.append("keys"))
    frame.then(lambda: ran.append("model"))
    qtbot.wait(50)  # the event loop turns; nothing is shown yet
    assert ran == []

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ran == ["keys", "model"])
    assert frame.passed
    frame.then(lambda: ran.append("later"))  # after the first frame: at once
    assert ran == ["keys", "model", "later"]


def test_a_window_closed_before_its_first_frame_runs_none_of_it(qtbot: QtBot) -> None:
    window = QPlainTextEdit()
    qtbot.addWidget(window)
    frame = FirstFrame(window)
    ran: list[str] = []
    frame.then(lambda: ran.append("keys"))
    frame.cancel()
    window.show()
    qtbot.waitExposed(window)
    frame.then(lambda: ran.append("later"))
    with pytest.raises(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: bool(ran), timeout=300)
    assert ran == []


def test_a_window_never_exposed_runs_it_anyway_a_little_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_frame, "LATEST_MS", 50)
    window = QPlainTextEdit()
    qtbot.addWidget(window)
    frame = FirstFrame(window)  # never shown (started minimised, say)
    ran: list[str] = []
    frame.then(lambda: ran.append("keys"))
    qtbot.waitUntil(lambda: ran == ["keys"])
