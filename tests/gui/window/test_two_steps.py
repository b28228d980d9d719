"""The window made in two steps, as the app starts it: typeable at its first frame, the
rest (sidebar, header, chat, session, menus' items) right after, with nothing lost or
moved in between."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from core.chat.client import ChatClient
from core.config.settings import Settings, SettingsStore
from core.history.store import HistoryStore
from gui.window.main_window import MainWindow, WindowParts
from tests.support.fake_openai import FakeOpenAIServer


class Parts:
    """Makes the window's parts when the window asks, and says whether it asked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked = 0
        self.history: HistoryStore | None = None

    def __call__(self) -> WindowParts:
        self.asked += 1
        self.history = HistoryStore(self.folder)
        return WindowParts(ChatClient, self.history, local_servers=())


@pytest.fixture
def two_steps(
    qtbot: QtBot, data_dir: Path, server: FakeOpenAIServer, event_loop_for_qt: QEventLoop
) -> Iterator[tuple[MainWindow, Parts]]:
    store = SettingsStore(data_dir)
    store.save(Settings.single(base_url=server.base_url, model="m"), environ={})
    parts = Parts(data_dir)
    window = MainWindow(store, parts)
    qtbot.addWidget(window)
    yield window, parts
    window.close()


def _place(widget: QWidget | None, window: MainWindow) -> QRect:
    assert widget is not None
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_a_question_typed_and_sent_before_the_rest_is_made_is_asked_once_it_is(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts]
) -> None:
    window, parts = two_steps
    assert not window.built and parts.asked == 0
    QTest.keyClicks(window.prompt, "Is anyone there?")
    QTest.keyClick(window.prompt, Qt.Key.Key_Return)  # Enter, before there is a session
    assert window.prompt.toPlainText() == "Is anyone there?"  # kept, not lost

    window.show()
    qtbot.waitUntil(lambda: window.built)
    assert parts.asked == 1
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        pass
    questions = [m.content for m in window.session.conversation if m.role.value == "user"]
    assert questions == ["Is anyone there?"]
    assert window.prompt.toPlainText() == ""


def test_nothing_on_screen_moves_when_the_rest_arrives(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts]
) -> None:
    window, _parts = two_steps
    first: dict[str, QRect] = {}

    def on_first_frame() -> None:  # the frame is painted just after this, before the rest
        assert not window.built
        first["composer"] = _place(window.composer, window)
        first["central"] = _place(window.centralWidget(), window)
        first["menu bar"] = _place(window.menuBar(), window)

    window.first_frame.exposed.connect(on_first_frame)
    window.show()
    qtbot.waitUntil(lambda: window.built)
    qtbot.waitUntil(lambda: window.view.isVisible() and window.sidebar.isVisible())
    QTest.qWait(0)  # the layout the rest's arrival asked for
    assert first, "the first frame was not seen"
    assert _place(window.composer, window) == first["composer"]
    assert _place(window.centralWidget(), window) == first["central"]
    assert _place(window.menuBar(), window) == first["menu bar"]
    assert [menu.title() for menu in window.menus.menus.values()] == [
        "&File",
        "&Chat",
        "&View",
        "&Help",
    ]
    assert window.new_chat_action.isEnabled() and window.prompt.hasFocus()


def test_files_opened_before_the_rest_is_made_are_attached_once_it_is(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts], tmp_path: Path
) -> None:
    window, _parts = two_steps
    note = tmp_path / "minutes.txt"
    note.write_text("The meeting moved to Friday.", encoding="utf-8")
    window.open_files([str(note)])  # "Open with Rivulet", handed over at launch
    window.show()
    qtbot.waitUntil(lambda: window.built)
    chips = window.composer.documents
    qtbot.waitUntil(lambda: [d.name for d in chips.documents()] == ["minutes.txt"])


def test_a_window_closed_before_the_rest_is_made_never_makes_it(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts]
) -> None:
    window, parts = two_steps
    window.when_built(lambda: pytest.fail("ran for a window closed before it was made"))
    window.show()
    window.close()  # before the first frame's turn of the loop is over
    QTest.qWait(50)
    assert parts.asked == 0 and not window.built
