"""The window made in two steps, as the app starts it: typeable at its first frame, the
rest (sidebar, header, chat, session, menus' items) right after, with nothing lost or
moved in between."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from core.chat.client import ChatClient
from core.chat.conversation import Message, Role
from core.config.settings import Settings, SettingsStore
from core.history.store import HistoryStore
from gui.theme import dark_palette, stylesheet
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
    assert window.prompt.toPlainText() == ""  # taken, as sending takes it

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


def test_the_first_frame_is_in_the_chosen_dark_theme(
    qtbot: QtBot, data_dir: Path, event_loop_for_qt: QEventLoop
) -> None:
    store = SettingsStore(data_dir)
    store.save(replace(Settings(), theme="dark"), environ={})
    parts = Parts(data_dir)
    window = MainWindow(store, parts)
    qtbot.addWidget(window)
    try:
        # Made from the window's palette, the sheet was the light one (its palette had not
        # changed yet): light panels in a dark frame until the second step.
        assert window.styleSheet() == stylesheet(dark_palette(), 0.0)
        window.show()
        qtbot.waitUntil(lambda: window.built)
        assert window.styleSheet() == stylesheet(window.palette(), 0.0)
        assert window.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
            QPalette.ColorRole.Window
        )
    finally:
        window.close()
        QApplication.setPalette(window.theme._system)


def test_a_second_question_sent_before_the_rest_is_made_stays_in_the_prompt(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts]
) -> None:
    window, _parts = two_steps
    QTest.keyClicks(window.prompt, "First question")
    QTest.keyClick(window.prompt, Qt.Key.Key_Return)
    assert window.prompt.toPlainText() == ""  # taken, as sending takes it
    QTest.keyClicks(window.prompt, "The next one")
    QTest.keyClick(window.prompt, Qt.Key.Key_Return)  # the first has not gone yet

    window.show()
    qtbot.waitUntil(lambda: window.built)
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        pass
    questions = [m.content for m in window.session.conversation if m.role.value == "user"]
    assert questions == ["First question"]
    assert window.prompt.toPlainText() == "The next one"  # kept, for Enter once it can go


def test_files_handed_over_and_a_question_typed_before_the_rest_go_together(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts], tmp_path: Path
) -> None:
    """Opened with a file ("Open with Rivulet") over a history with chats, the question
    typed in the first frames belongs to the file's new chat: it was lost (the new chat
    emptied the prompt) and the file went without it."""
    window, parts = two_steps
    history = HistoryStore(parts.folder)
    earlier = "earlier-chat"
    history.add_conversation(earlier, "An earlier chat").result()
    history.add_message(earlier, "earlier-question", Message(Role.USER, "Hello")).result()
    history.close()
    note = tmp_path / "minutes.txt"
    note.write_text("The meeting moved to Friday.", encoding="utf-8")
    window.open_files([str(note)])
    QTest.keyClicks(window.prompt, "When is the meeting?")
    QTest.keyClick(window.prompt, Qt.Key.Key_Return)

    window.show()
    qtbot.waitUntil(lambda: window.built)
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        pass
    asked = [m for m in window.session.conversation if m.role.value == "user"]
    assert [m.content for m in asked] == ["When is the meeting?"]
    assert [d.name for d in asked[0].documents] == ["minutes.txt"]
    assert window.session.conversation_id != earlier


def test_files_pasted_or_dropped_before_the_rest_is_made_are_attached_once_it_is(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts], tmp_path: Path
) -> None:
    window, _parts = two_steps
    pasted, dropped = tmp_path / "agenda.md", tmp_path / "budget.txt"
    pasted.write_text("# Agenda", encoding="utf-8")
    dropped.write_text("Budget: 10", encoding="utf-8")
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(pasted))])
    window.prompt.insertFromMimeData(copied)  # as Ctrl+V does
    assert window.prompt.toPlainText() == ""  # attached, not its name typed
    carried = QMimeData()
    carried.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        carried,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)

    window.show()
    qtbot.waitUntil(lambda: window.built)
    chips = window.composer.documents
    attached = ["agenda.md", "budget.txt"]
    qtbot.waitUntil(lambda: sorted(d.name for d in chips.documents()) == attached)


def test_a_second_step_that_fails_says_so_and_closes_the_window(
    qtbot: QtBot, data_dir: Path, event_loop_for_qt: QEventLoop
) -> None:
    def broken() -> WindowParts:
        raise OSError("rivulet.log is a folder")

    window = MainWindow(SettingsStore(data_dir), broken)
    qtbot.addWidget(window)
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    window.show()
    qtbot.waitUntil(lambda: bool(said) and not window.isVisible())
    assert "could not finish starting" in said[0]
    assert not window.built


class FirstPaint(QObject):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "painted" not in self.order:
            self.order.append("painted")
        return False


def test_what_can_wait_starts_after_the_whole_window_is_painted(
    qtbot: QtBot, two_steps: tuple[MainWindow, Parts]
) -> None:
    """The rest of a long chat list (and the keys, the model, looking for servers) waits
    for the whole window's first frame; it ran before it, ~100 ms with 10,000 chats."""
    window, _parts = two_steps
    order: list[str] = []
    painted = FirstPaint(order)

    def when_made() -> None:  # before the second step hands out what waits
        window.view.viewport().installEventFilter(painted)
        finish = window.sidebar.finish_loading

        def finish_and_say() -> None:
            order.append("rest of the chat list")
            finish()

        window.sidebar.finish_loading = finish_and_say  # type: ignore[method-assign]

    window.when_built(when_made)
    window.show()
    qtbot.waitUntil(lambda: "rest of the chat list" in order)
    assert order == ["painted", "rest of the chat list"]
