"""The conversation list: newest first, open, rename, delete with undo, full-text search."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.settings import Settings
from core.store import HistoryStore
from gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.fake_openai import FakeOpenAIServer, reply_script


def _window_with_two_chats(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> MainWindow:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(
        reply_script(["Rivulets are small streams."]), reply_script(["Bread needs yeast."])
    )
    ask(qtbot, window, "What is a rivulet?")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ask(qtbot, window, "How is bread made?")
    return window


def _titles(window: MainWindow) -> list[str]:
    return [row.title for row in window.sidebar.model.rows]


def test_new_conversations_appear_on_top_and_open_when_chosen(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    assert window.sidebar.list.currentIndex().row() == 0
    older = window.sidebar.model.index(1)
    qtbot.mouseClick(
        window.sidebar.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.sidebar.list.visualRect(older).center(),
    )
    assert [w.plain_text() for w in window.view.messages] == [
        "What is a rivulet?",
        "Rivulets are small streams.",
    ]
    ask(qtbot, window, "And a brook?")
    assert _titles(window)[0] == "What is a rivulet?"  # continued, so it moves up
    body = server.chat_requests[-1].body
    assert body is not None and len(body["messages"]) == 3


def test_the_list_survives_a_restart(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    window.close()
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert _titles(again) == ["How is bread made?", "What is a rivulet?"]
    assert again.view.messages[0].plain_text() == "How is bread made?"


def test_rename_in_place_is_stored(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    model = window.sidebar.model
    assert model.setData(model.index(1), "  Streams   ")
    assert _titles(window)[1] == "Streams"
    window.close()
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert "Streams" in _titles(again)


def test_delete_with_undo(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    sidebar.list.setFocus()
    sidebar.list.setCurrentIndex(sidebar.model.index(0))  # the open one: bread
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    assert _titles(window) == ["What is a rivulet?"]
    assert window.view.messages == []  # the open chat was the deleted one
    assert sidebar.undo_bar.isVisible() and "How is bread made?" in sidebar.undo_label.text()
    qtbot.mouseClick(sidebar.undo_button, Qt.MouseButton.LeftButton)
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    sidebar.list.setFocus()
    sidebar.list.setCurrentIndex(sidebar.model.index(1))
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    window.close()
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert _titles(again) == ["How is bread made?"]


def test_search_finds_a_message_and_opens_the_chat_there(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert sidebar.search.hasFocus()
    qtbot.keyClicks(sidebar.search, "small stream")
    qtbot.waitUntil(lambda: len(sidebar.model.rows) == 1)
    hit = sidebar.model.rows[0]
    assert hit.title == "What is a rivulet?" and "small streams" in hit.detail
    qtbot.mouseClick(
        sidebar.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.list.visualRect(sidebar.model.index(0)).center(),
    )
    assert window.view.messages[1].plain_text() == "Rivulets are small streams."
    assert window.view.messages[1].hasFocus() or window.prompt.hasFocus()
    sidebar.search.clear()
    qtbot.waitUntil(lambda: len(sidebar.model.rows) == 2)


def test_store_search_is_what_the_sidebar_shows(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    store: HistoryStore = window._history
    qtbot.waitUntil(lambda: bool(store.search("yeast")))  # the last checkpoint is committed
    assert [h.title for h in store.search("yeast")] == ["How is bread made?"]
