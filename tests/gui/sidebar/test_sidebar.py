"""The conversation list: newest first under date headings, open, rename, pin, delete with
undo, full-text search."""

import json
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu, QTextEdit
from pytestqt.qtbot import QtBot

from core import i18n
from core.chat.conversation import ReplyStatus
from core.config.settings import Settings
from core.history.store import HistoryStore
from gui.sidebar.sidebar import Sidebar
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.file_dialog_driver import file_dialog, go_to_folder, name_field, press, type_name
from tests.gui.helpers import ask, type_and_send
from tests.support.chatgpt_export import chatgpt_export
from tests.support.fake_openai import FakeOpenAIServer, Script, Stall, chunk, reply_script, sse


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
    return [row.title for row in window.sidebar.model.chats]


def _chat_index(window: MainWindow, number: int) -> QModelIndex:
    """The view's index of the `number`th chat in the list (headings are rows too)."""
    return window.sidebar.model.index(_row_of(window, _titles(window)[number]))


def test_new_conversations_appear_on_top_and_open_when_chosen(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    current = window.sidebar.list.currentIndex()
    assert window.sidebar.model.rows[current.row()].title == "How is bread made?"
    older = _chat_index(window, 1)
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
    assert model.setData(_chat_index(window, 1), "  Streams   ")
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
    sidebar.list.setCurrentIndex(_chat_index(window, 0))  # the open one: bread
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    assert _titles(window) == ["What is a rivulet?"]
    assert window.view.messages == []  # the open chat was the deleted one
    assert sidebar.undo_bar.isVisible() and "How is bread made?" in sidebar.undo_label.text()
    qtbot.mouseClick(sidebar.undo_button, Qt.MouseButton.LeftButton)
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    sidebar.list.setFocus()
    sidebar.list.setCurrentIndex(_chat_index(window, 1))
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
    qtbot.waitUntil(lambda: len(sidebar.model.chats) == 2)


def test_store_search_is_what_the_sidebar_shows(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    store: HistoryStore = window._history
    qtbot.waitUntil(lambda: bool(store.search("yeast")))  # the last checkpoint is committed
    assert [h.title for h in store.search("yeast")] == ["How is bread made?"]


# -- helpers for driving the list like a person ------------------------------------------
def _click_row(qtbot: QtBot, window: MainWindow, number: int, button: Qt.MouseButton) -> None:
    sidebar = window.sidebar
    qtbot.mouseClick(
        sidebar.list.viewport(),
        button,
        pos=sidebar.list.visualRect(sidebar.model.index(number)).center(),
    )


def _right_click_row(window: MainWindow, number: int) -> None:
    # What the platform sends on a right click (QTest's clicks do not make one).
    viewport = window.sidebar.list.viewport()
    where = window.sidebar.list.visualRect(window.sidebar.model.index(number)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)


def _row_of(window: MainWindow, title: str) -> int:
    """The view's row of the chat called `title`."""
    rows = window.sidebar.model.rows
    return next(n for n, row in enumerate(rows) if row.title == title and not row.heading)


def _highlighted(window: MainWindow) -> list[str]:
    """The titles of the highlighted (selected) rows."""
    rows = window.sidebar.list.selectionModel().selectedRows()
    return [window.sidebar.model.rows[index.row()].title for index in rows]


def _open_title(window: MainWindow) -> str:
    first = window.view.messages[0].plain_text() if window.view.messages else ""
    return first  # every chat here is titled by its first prompt


def _window_with_three_chats(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> MainWindow:
    window = _window_with_two_chats(qtbot, make_window, server)
    server.enqueue(reply_script(["The Nile is a long river."]))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ask(qtbot, window, "Name a river.")
    qtbot.waitUntil(lambda: bool(window._history.search("Nile")))  # last checkpoint in
    return window


def _row_menu(qtbot: QtBot, window: MainWindow) -> QMenu:
    menus: list[QMenu] = []

    def shown() -> bool:
        menus[:] = [m for m in window.sidebar.findChildren(QMenu) if m.isVisible()]
        return len(menus) == 1

    qtbot.waitUntil(shown)
    return menus[0]


def _choose(qtbot: QtBot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


# -- issue 18 point 8: one row per chat; Esc clears the search ----------------------------
def test_search_shows_each_chat_once_with_its_newest_hit_and_esc_clears_it(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(
        reply_script(["Rivulets are small streams."]),
        reply_script(["A brook is a small stream too."]),
        reply_script(["Bread needs yeast."]),
    )
    ask(qtbot, window, "What is a rivulet?")
    ask(qtbot, window, "And a small brook?")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ask(qtbot, window, "How is bread made?")
    qtbot.waitUntil(lambda: bool(window._history.search("yeast")))  # last checkpoint in
    sidebar = window.sidebar

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sidebar.search, "small")
    qtbot.waitUntil(lambda: bool(sidebar.model.rows) and sidebar.model.rows[0].is_hit)
    assert _titles(window) == ["What is a rivulet?"]  # three matching messages, one row
    detail = sidebar.model.rows[0].detail
    assert detail.startswith("3 matches · Reply: ") and "small stream too" in detail
    assert "3 matches" in str(sidebar.model.data(sidebar.model.index(0)))  # what the row shows

    _click_row(qtbot, window, 0, Qt.MouseButton.LeftButton)  # opens the chat at its hit
    assert _open_title(window) == "What is a rivulet?"
    hit = window.view.messages[3]
    assert hit.plain_text() == "A brook is a small stream too."
    qtbot.waitUntil(lambda: not hit.visibleRegion().isEmpty())

    sidebar.search.setFocus()
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Escape)
    assert sidebar.search.text() == ""
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    assert not any(row.is_hit for row in sidebar.model.rows)
    assert sidebar.list.hasFocus()
    assert _highlighted(window) == ["What is a rivulet?"]  # the open chat


def test_esc_clears_the_search_first_and_stops_a_reply_after(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("Still going")), Stall()]))
    type_and_send(qtbot, window, "Tell me more")
    qtbot.waitUntil(lambda: window.session.draft.parts == ["Still going"], timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sidebar.search, "yeast")
    qtbot.waitUntil(lambda: bool(sidebar.model.rows) and sidebar.model.rows[0].is_hit)
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Escape)
    assert sidebar.search.text() == "" and len(sidebar.model.chats) == 2
    assert window.session.is_busy  # the first Esc was the search's
    with qtbot.waitSignal(window.session.reply_ended, timeout=2000) as blocker:
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Escape)
    assert blocker.args[0].status is ReplyStatus.STOPPED


def test_a_chat_deleted_from_the_search_results_comes_back_there(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_three_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sidebar.search, "is")  # in every chat
    qtbot.waitUntil(lambda: bool(sidebar.model.rows) and sidebar.model.rows[0].is_hit)
    found = _titles(window)
    assert "How is bread made?" in found
    sidebar.list.setFocus()
    for _ in range(found.index("How is bread made?")):
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    assert "How is bread made?" not in _titles(window)
    assert _highlighted(window) == ["Name a river."]  # still the open chat's row
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(window) == found
    assert sidebar.model.rows[found.index("How is bread made?")].is_hit


# -- issue 18 point 3: the highlight is always the open chat ------------------------------
def test_the_highlight_stays_on_the_open_chat_through_delete_and_undo(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_three_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    assert _titles(window) == ["Name a river.", "How is bread made?", "What is a rivulet?"]
    assert _highlighted(window) == ["Name a river."]
    # Walk down the list with the keyboard to another chat and delete it there.
    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)
    assert sidebar.list.currentIndex() == _chat_index(window, 1)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    assert _titles(window) == ["Name a river.", "What is a rivulet?"]
    assert _open_title(window) == "Name a river."
    assert _highlighted(window) == ["Name a river."]
    qtbot.mouseClick(sidebar.undo_button, Qt.MouseButton.LeftButton)
    assert _titles(window) == ["Name a river.", "How is bread made?", "What is a rivulet?"]
    assert _highlighted(window) == ["Name a river."]

    # Rename another chat in place: the highlight does not follow the rename.
    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_End)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_F2)
    editor = sidebar.list.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Streams")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the list commits on its next turn
    qtbot.waitUntil(lambda: _titles(window)[2] == "Streams")
    window.prompt.setFocus()
    assert _highlighted(window) == ["Name a river."]


def test_the_highlight_stays_on_the_open_chat_through_search_and_import(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = _window_with_three_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    _click_row(qtbot, window, _row_of(window, "How is bread made?"), Qt.MouseButton.LeftButton)
    assert _open_title(window) == "How is bread made?"
    assert _highlighted(window) == ["How is bread made?"]

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sidebar.search, "river")
    qtbot.waitUntil(lambda: bool(sidebar.model.rows) and sidebar.model.rows[0].is_hit)
    assert _highlighted(window) == []  # the open chat is not among the results
    sidebar.search.clear()  # the clear button's way: the list comes back after a pause
    qtbot.waitUntil(lambda: len(sidebar.model.chats) == 3)
    assert _highlighted(window) == ["How is bread made?"]

    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    with qtbot.waitSignal(window.transfers.import_chats(path).succeeded):
        pass
    qtbot.waitUntil(lambda: len(sidebar.model.chats) == 5)
    assert _highlighted(window) == ["How is bread made?"]
    assert _open_title(window) == "How is bread made?"


# -- issue 18 point 2: Delete and Undo reachable wherever the focus is ---------------------
def test_delete_from_the_chat_menu_and_undo_with_ctrl_z_in_the_empty_composer(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_three_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    _click_row(qtbot, window, _row_of(window, "How is bread made?"), Qt.MouseButton.LeftButton)
    assert window.prompt.hasFocus()  # a click moves the focus to the composer
    window.delete_chat_action.trigger()  # Chat → Delete chat
    assert _titles(window) == ["Name a river.", "What is a rivulet?"]
    assert window.view.messages == []  # the open chat was the deleted one: a new chat
    assert sidebar.undo_bar.isVisible() and "How is bread made?" in sidebar.undo_label.text()
    assert window.prompt.hasFocus() and window.prompt.toPlainText() == ""
    qtbot.keyClick(window.prompt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(window) == ["Name a river.", "How is bread made?", "What is a rivulet?"]
    assert not sidebar.undo_bar.isVisible()
    assert _open_title(window) == "How is bread made?"  # open again, as before the delete
    assert _highlighted(window) == ["How is bread made?"]

    # The same from the keyboard, in the composer: Ctrl+Shift+Backspace.
    _click_row(qtbot, window, _row_of(window, "Name a river."), Qt.MouseButton.LeftButton)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.prompt, Qt.Key.Key_Backspace, control_shift)
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    window.close()
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert _titles(again) == ["How is bread made?", "What is a rivulet?"]
    again.new_chat()
    again.delete_chat_action.trigger()  # nothing saved is open: said, and nothing deleted
    assert again.statusBar().currentMessage() == "There is no saved chat open to delete."
    assert _titles(again) == ["How is bread made?", "What is a rivulet?"]


def test_ctrl_z_undoes_typing_first_and_the_deletion_after(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
    assert _titles(window) == ["How is bread made?"]
    window.prompt.setFocus()
    qtbot.keyClicks(window.prompt, "half a thought")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.prompt.toPlainText() == ""  # the typing went, not the deletion
    assert _titles(window) == ["How is bread made?"]
    qtbot.keyClick(window.prompt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(window) == ["How is bread made?", "What is a rivulet?"]
    # From the conversation (read-only text has nothing to undo) and from the list too.
    reply_text = window.view.messages[1].findChild(QTextEdit)
    assert reply_text is not None and reply_text.isReadOnly()
    for focus in (reply_text, sidebar.list):
        sidebar.list.setFocus()
        qtbot.keyClick(sidebar.list, Qt.Key.Key_End)
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
        assert _titles(window) == ["How is bread made?"]
        focus.setFocus()
        assert QApplication.focusWidget() is focus
        qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert _titles(window) == ["How is bread made?", "What is a rivulet?"]


# The offscreen platform cannot raise a popup or grab the keyboard for it; real ones can.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_row_menu_opens_from_mouse_and_keyboard_and_acts_on_its_row(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_three_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_End)
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Menu)  # the keyboard's menu key
    menu = _row_menu(qtbot, window)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Rename",
        "Pin to top",
        "Export…",
        "Delete",
    ]
    _choose(qtbot, menu, "Delete")
    assert _titles(window) == ["Name a river.", "How is bread made?"]
    assert _highlighted(window) == ["Name a river."]
    qtbot.waitUntil(lambda: not sidebar.findChildren(QMenu))  # closed and gone
    # Offscreen, focus does not come back to the window when a popup closes; it does on
    # a desktop.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(_row_menu(qtbot, window), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sidebar.findChildren(QMenu))

    _right_click_row(window, _row_of(window, "How is bread made?"))
    menu = _row_menu(qtbot, window)
    _choose(qtbot, menu, "Rename")
    editor = sidebar.list.findChild(QLineEdit)
    assert editor is not None and editor.text() == "How is bread made?"
    editor.selectAll()
    qtbot.keyClicks(editor, "Baking")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _titles(window) == ["Name a river.", "Baking"])
    assert _open_title(window) == "Name a river."  # right-clicking opened nothing
    assert _highlighted(window) == ["Name a river."]


def test_a_long_list_shows_a_screenful_first_and_the_rest_once_asked(
    qtbot: QtBot, data_dir: Path
) -> None:
    from gui.sidebar.sidebar import FIRST_ROWS, Sidebar

    store = HistoryStore(data_dir)
    count = FIRST_ROWS + 40
    for number in range(count):
        store.add_conversation(f"chat-{number:03}", f"Chat {number}").result()
    expected = [c.id for c in store.conversations()]
    sidebar = Sidebar(store)
    qtbot.addWidget(sidebar)
    assert [row.conversation_id for row in sidebar.model.chats] == expected[:FIRST_ROWS]
    sidebar.list.setCurrentIndex(sidebar.model.index(3))  # the keyboard's place is kept

    sidebar.finish_loading()
    assert [row.conversation_id for row in sidebar.model.chats] == expected
    assert sidebar.list.currentIndex().row() == 3
    sidebar.finish_loading()  # only once
    assert len(sidebar.model.chats) == count
    store.close()


def test_a_list_changed_before_it_was_complete_is_read_again(qtbot: QtBot, data_dir: Path) -> None:
    from gui.sidebar.sidebar import FIRST_ROWS, Sidebar

    store = HistoryStore(data_dir)
    for number in range(FIRST_ROWS + 5):
        store.add_conversation(f"chat-{number:03}", f"Chat {number}").result()
    sidebar = Sidebar(store)
    qtbot.addWidget(sidebar)
    store.set_deleted(sidebar.model.chats[0].conversation_id, True).result()

    sidebar.finish_loading()
    assert [row.conversation_id for row in sidebar.model.chats] == [
        c.id for c in store.conversations()
    ]
    assert len(sidebar.model.chats) == FIRST_ROWS + 4
    store.close()


# -- issue 17 point 6: a sidebar that organises itself --------------------------------------
def _store_with_chats_of_every_age(data_dir: Path) -> HistoryStore:
    store = HistoryStore(data_dir)
    now = time.time()
    ages = {"today": 0, "yesterday": 1, "last week": 4, "last month": 20, "long ago": 200}
    for title, days in ages.items():
        store.add_conversation(title, title.capitalize()).result()
        stamp = now - days * 86_400 if days else now

        def backdate(conn: sqlite3.Connection, cid: str = title, when: float = stamp) -> None:
            conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (when, cid))

        store.in_transaction(backdate).result()
    return store


def _shown(qtbot: QtBot, sidebar: Sidebar) -> Sidebar:
    qtbot.addWidget(sidebar)
    sidebar.resize(260, 600)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


def _headings(sidebar: Sidebar) -> list[str]:
    return [row.title for row in sidebar.model.rows if row.heading]


def test_chats_are_grouped_by_day_and_the_keyboard_steps_over_the_headings(
    qtbot: QtBot, data_dir: Path
) -> None:
    store = _store_with_chats_of_every_age(data_dir)
    sidebar = _shown(qtbot, Sidebar(store))
    headings = _headings(sidebar)
    # Today / Yesterday move with the clock; near midnight "today" may be another day.
    assert headings[-1] not in ("Today", "Yesterday", "Previous 7 days", "Previous 30 days")
    assert [row.title for row in sidebar.model.chats] == [
        "Today",
        "Yesterday",
        "Last week",
        "Last month",
        "Long ago",
    ]
    assert sidebar.model.rows[0].heading  # a heading on top, then its chats
    assert len(headings) >= 4
    # Headings are not chats: they cannot be chosen, renamed or deleted.
    first = sidebar.model.index(0)
    assert not sidebar.model.flags(first) & Qt.ItemFlag.ItemIsEnabled
    assert not sidebar.model.setData(first, "Renamed")
    # Every row is one height (10,000 rows lay out at once), and a heading's text fits.
    heights = {sidebar.list.visualRect(sidebar.model.index(n)).height() for n in range(4)}
    assert len(heights) == 1
    assert heights.pop() >= sidebar.fontMetrics().height() + 8

    sidebar.list.setFocus()
    sidebar.list.setCurrentIndex(_index_of_title(sidebar, "Today"))
    visited = []
    for _ in range(len(sidebar.model.chats) - 1):
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)
        visited.append(sidebar.model.rows[sidebar.list.currentIndex().row()])
    assert [row.title for row in visited] == ["Yesterday", "Last week", "Last month", "Long ago"]
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Home)
    assert not sidebar.model.rows[sidebar.list.currentIndex().row()].heading
    store.close()


def _index_of_title(sidebar: Sidebar, title: str) -> QModelIndex:
    rows = sidebar.model.rows
    return sidebar.model.index(
        next(n for n, row in enumerate(rows) if row.title == title and not row.heading)
    )


def _hover(qtbot: QtBot, sidebar: Sidebar, index: QModelIndex) -> None:
    where = sidebar.list.visualRect(index).center()
    qtbot.mouseMove(sidebar.list.viewport(), where)
    qtbot.waitUntil(sidebar.row_button.button.isVisible)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_row_button_pins_a_chat_to_the_top_and_the_pin_is_kept(
    qtbot: QtBot, data_dir: Path
) -> None:
    store = _store_with_chats_of_every_age(data_dir)
    sidebar = _shown(qtbot, Sidebar(store))
    long_ago = _index_of_title(sidebar, "Long ago")
    _hover(qtbot, sidebar, long_ago)
    button = sidebar.row_button.button
    row = sidebar.list.visualRect(long_ago)
    assert row.contains(button.geometry())  # on its row, at the right end
    assert button.geometry().right() > row.center().x()
    assert button.accessibleName() == "Chat actions"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = next(m for m in sidebar.findChildren(QMenu) if m.isVisible())
    _choose(qtbot, menu, "Pin to top")
    qtbot.waitUntil(lambda: not sidebar.findChildren(QMenu))  # closed and gone
    assert [row.title for row in sidebar.model.rows[:2]] == ["Pinned", "Long ago"]
    assert sidebar.model.rows[1].pinned
    assert "Long ago" not in [row.title for row in sidebar.model.rows[2:]]

    # Used again, a pinned chat stays under Pinned; a chat used now goes under Today.
    sidebar.touch("long ago", "Long ago")
    sidebar.touch("last month", "Last month")
    titles = [row.title for row in sidebar.model.rows]
    assert titles[:4] == ["Pinned", "Long ago", "Today", "Last month"]
    store.close()

    store = HistoryStore(data_dir)  # the pin is kept in the history file
    again = Sidebar(store)
    qtbot.addWidget(again)
    assert [row.title for row in again.model.rows[:2]] == ["Pinned", "Long ago"]
    again.set_pinned("long ago", False)
    assert "Pinned" not in _headings(again)
    assert again.model.chats[-1].title == "Long ago"
    store.close()
    store = HistoryStore(data_dir)
    assert not any(c.pinned for c in store.conversations())
    store.close()


def test_a_heading_goes_when_its_last_chat_is_deleted_and_comes_back_with_undo(
    qtbot: QtBot, data_dir: Path
) -> None:
    store = _store_with_chats_of_every_age(data_dir)
    sidebar = Sidebar(store)
    qtbot.addWidget(sidebar)
    before = [row.key for row in sidebar.model.rows]
    heading_above = sidebar.model.rows[sidebar.model.row_of("long ago") - 1]
    assert heading_above.heading
    sidebar.delete_chat("long ago")
    assert heading_above.title not in _headings(sidebar)
    sidebar.undo_delete()
    assert [row.key for row in sidebar.model.rows] == before
    store.close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_export_from_the_row_menu_saves_that_chat_even_when_another_is_open(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, tmp_path: Path
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    qtbot.waitUntil(lambda: bool(window._history.search("yeast")))  # last checkpoint in
    _right_click_row(window, _row_of(window, "What is a rivulet?"))
    _choose(qtbot, _row_menu(qtbot, window), "Export…")
    dialog = file_dialog(qtbot, window)
    assert name_field(dialog).text().startswith("What is a rivulet")  # named after it
    go_to_folder(qtbot, dialog, tmp_path)
    type_name(qtbot, dialog, "rivulet.md")
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=5000):
        press(qtbot, dialog, QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.waitUntil((tmp_path / "rivulet.md").exists)
    text = (tmp_path / "rivulet.md").read_text(encoding="utf-8")
    assert "Rivulets are small streams." in text and "yeast" not in text
    assert _open_title(window) == "How is bread made?"  # exporting opened nothing


def test_a_pinned_chat_found_by_search_offers_unpin(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = _window_with_two_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    rivulet = sidebar.model.chats[1]
    sidebar.set_pinned(rivulet.conversation_id, True)
    assert [row.title for row in sidebar.model.rows[:2]] == ["Pinned", "What is a rivulet?"]
    qtbot.keyClicks(sidebar.search, "small streams")
    qtbot.waitUntil(lambda: bool(sidebar.model.rows) and sidebar.model.rows[0].is_hit)
    assert [(row.title, row.pinned) for row in sidebar.model.chats] == [
        ("What is a rivulet?", True)
    ]


def test_a_language_change_writes_the_headings_and_texts_again(
    qtbot: QtBot, data_dir: Path
) -> None:
    store = _store_with_chats_of_every_age(data_dir)
    sidebar = Sidebar(store)
    qtbot.addWidget(sidebar)
    sidebar.set_pinned("long ago", True)
    keys = [row.key for row in sidebar.model.rows]
    loud = replace(i18n.ENGLISH, translate=lambda *args: i18n.ENGLISH.translate(*args).upper())
    i18n.use(loud)
    try:
        QApplication.sendEvent(sidebar, QEvent(QEvent.Type.LanguageChange))
        headings = _headings(sidebar)
        assert headings[:2] == ["PINNED", "TODAY"]
        assert all(heading == heading.upper() for heading in headings)
        assert [row.key for row in sidebar.model.rows] == keys  # the same groups
        assert sidebar.search.placeholderText() == "SEARCH ALL CHATS"
        assert sidebar.row_button.button.accessibleName() == "CHAT ACTIONS"
        sidebar.touch("last week", "Last week")  # a chat moves under the heading it has
        assert [row.title for row in sidebar.model.rows[:4]] == [
            "PINNED",
            "Long ago",
            "TODAY",
            "Last week",
        ]
    finally:
        i18n.use(i18n.ENGLISH)
    store.close()


def test_the_rename_field_has_room_for_its_letters(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """A trial's rename field cut the title's letters off at the top and the bottom."""
    window = _window_with_two_chats(qtbot, make_window, server)
    sidebar = window.sidebar
    sidebar.list.setCurrentIndex(_chat_index(window, 0))
    sidebar.list.edit(_chat_index(window, 0))
    qtbot.waitUntil(lambda: sidebar.list.findChild(QLineEdit) is not None)
    editor = sidebar.list.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    room = (
        editor.contentsRect().height() - editor.textMargins().top() - editor.textMargins().bottom()
    )
    assert editor.height() >= editor.sizeHint().height()
    assert room >= editor.fontMetrics().height()
    assert editor.text() == "How is bread made?"
