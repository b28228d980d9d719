"""Start-up work that can wait runs once the window's first frame is on screen."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from gui.window import first_frame
from gui.window.first_frame import FirstFrame


def _unshown_window(qtbot: QtBot) -> tuple[QPlainTextEdit, FirstFrame, list[str]]:
    """A window not shown yet, its FirstFrame with "keys" waiting, and what has run."""
    window = QPlainTextEdit()
    qtbot.addWidget(window)
    frame = FirstFrame(window)
    ran: list[str] = []
    frame.then(lambda: ran.append("keys"))
    return window, frame, ran


def test_waiting_work_runs_in_order_once_the_window_is_exposed(qtbot: QtBot) -> None:
    window, frame, ran = _unshown_window(qtbot)
    frame.then(lambda: ran.append("model"))
    QCoreApplication.processEvents()  # the event loop turns; nothing is shown yet
    assert ran == []

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ran == ["keys", "model"])
    assert frame.passed
    frame.then(lambda: ran.append("later"))  # after the first frame: at once
    assert ran == ["keys", "model", "later"]


def test_a_window_closed_before_its_first_frame_runs_none_of_it(qtbot: QtBot) -> None:
    window, frame, ran = _unshown_window(qtbot)
    frame.cancel()
    window.show()
    qtbot.waitExposed(window)
    frame.then(lambda: ran.append("later"))
    for _ in range(3):  # the turns in which an exposed window's work would have run
        QCoreApplication.processEvents()
    assert ran == []


def test_a_window_never_exposed_runs_it_anyway_a_little_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_frame, "LATEST_MS", 50)
    _window, _frame, ran = _unshown_window(qtbot)  # never shown (started minimised, say)
    qtbot.waitUntil(lambda: ran == ["keys"])
