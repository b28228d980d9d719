"""A long conversation opens fast: the latest messages at once, earlier ones on scrolling up."""

from collections import Counter

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from core.chat.conversation import Message, ReplyStatus, Role
from core.config.settings import Settings
from core.history.recorder import ConversationRecorder
from gui.reply_view.conversation_view import (
    AT_TOP_SLACK,
    BATCH,
    DESTROY_PER_TURN,
    FILL,
    FIRST_SHOWN,
    ConversationView,
)
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.fake_openai import FakeOpenAIServer


def _store_long_conversation(
    make_window: WindowFactory, server: FakeOpenAIServer, count: int, words: int = 0
) -> str:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    recorder = ConversationRecorder(window._history)
    for i in range(count):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        text = f"message {i}" + " word" * words
        future = recorder.append(Message(role, text, ReplyStatus.COMPLETE))
    future.result(10)
    window.close()
    assert recorder.conversation_id is not None
    return recorder.conversation_id


def test_only_the_latest_messages_are_built_and_scrolling_up_adds_more(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    _store_long_conversation(make_window, server, 500)
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    view = window.view
    assert len(window.session.conversation) == 500
    # A screenful at once; these one-line messages do not fill the screen, so more are
    # added until the view can scroll (else the reader could never ask for earlier ones).
    assert FIRST_SHOWN <= len(view.messages) <= FIRST_SHOWN + BATCH
    assert view.messages[-1].plain_text() == "message 499"
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())  # at the end
    built = len(view.messages)
    top = view.messages[0]
    bar.setValue(0)
    # A few at a time, until the reader is clear of the top (not 40 at once, which held
    # the window for up to 160 ms while the reader scrolled).
    qtbot.waitUntil(lambda: bar.value() > AT_TOP_SLACK)
    added = len(view.messages) - built
    assert 0 < added < BATCH and added % FILL == 0
    assert view.messages[0].plain_text() == f"message {500 - len(view.messages)}"
    # The message that was at the top is still in view: the reader keeps their place.
    qtbot.waitUntil(lambda: not top.visibleRegion().isEmpty())
    assert len(view.messages) < 500  # built as needed, not all at once
    # Scrolling up again builds more.
    bar.setValue(0)
    qtbot.waitUntil(lambda: len(view.messages) > built + added)
    # A new prompt still carries the whole conversation.
    ask(qtbot, window, "one more")
    body = server.chat_requests[-1].body
    assert body is not None and len(body["messages"]) == 501


def test_messages_that_fill_the_view_are_all_that_is_built(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    # Each of these is taller than a third of the window: the first ones fill the view.
    conversation_id = _store_long_conversation(make_window, server, 200, words=400)
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    view = window.view
    bar = view.verticalScrollBar()
    window.chats.new_chat()
    qtbot.waitUntil(lambda: bar.maximum() == 0)  # the empty chat's welcome fits
    window.chats.open_at(conversation_id)  # as from the list, in a window on screen
    assert len(view.messages) == FIRST_SHOWN
    # The check for a view not yet full runs before the first layout; it used to read the
    # scroll bar's range there (still 0) and build 40 more at once.
    qtbot.waitUntil(lambda: bar.maximum() > view.viewport().height())
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    assert len(view.messages) == FIRST_SHOWN


def test_the_chat_left_is_taken_off_the_page_at_once(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    _store_long_conversation(make_window, server, 40)
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    view = window.view
    old = view.messages
    assert old
    window.chats.new_chat()
    # Hidden and out of the layout now; destroyed a little later, after the next frame.
    assert view.messages == [] and all(w.isHidden() for w in old)
    assert all(view._column.indexOf(w) == -1 for w in old)
    assert view.welcome.isVisible()
    qtbot.waitUntil(lambda: view._column_widget.findChildren(type(old[0])) == [])


def test_a_search_hit_deep_in_history_is_revealed(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    conversation_id = _store_long_conversation(make_window, server, 300)
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    hit = next(h for h in window._history.search("message") if h.conversation_id == conversation_id)
    stored = window._history.load(conversation_id)
    assert stored is not None
    index = next(i for i, m in enumerate(stored.messages) if m.id == hit.message_id)
    window.chats.open_at(conversation_id, hit.message_id)
    widget = next(w for w in window.view.messages if w.plain_text() == f"message {index}")
    qtbot.waitUntil(lambda: not widget.visibleRegion().isEmpty())


def _short_messages(count: int) -> list[tuple[Message, str]]:
    roles = (Role.USER, Role.ASSISTANT)
    return [
        (Message(roles[i % 2], f"message {i}", ReplyStatus.COMPLETE), "m") for i in range(count)
    ]


def test_a_window_made_taller_can_still_reach_earlier_messages(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_history(_short_messages(500))
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    built = len(view.messages)
    # Taller than all the messages shown: more are built, so the view can scroll again
    # (else the reader could never ask for the earlier ones).
    view.resize(900, 1400)
    qtbot.waitUntil(lambda: len(view.messages) > built and bar.maximum() > 0)


def test_a_hidden_view_builds_only_the_first_messages(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show_history(_short_messages(500))  # hidden: it lays nothing out
    qtbot.waitUntil(lambda: not view._filler.isActive())
    assert len(view.messages) == FIRST_SHOWN  # not all 500, for want of a height
    view.show()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # filled once shown
    assert FIRST_SHOWN < len(view.messages) < 500


def test_the_messages_of_a_chat_left_are_destroyed_a_few_per_turn(qtbot: QtBot) -> None:
    # Destroying a message takes ~1.3 ms: the 400 a reader who scrolled far up had built
    # froze the window for half a second when destroyed at once.
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_history(_short_messages(60))
    view.reveal(0)  # builds all of them, as a reader scrolling to the top does
    built = view.messages
    assert len(built) == 60
    turn = [0]
    turns = QTimer(view)  # counts the turns of the event loop
    turns.setInterval(0)
    turns.timeout.connect(lambda: turn.__setitem__(0, turn[0] + 1))
    turns.start()
    destroyed_in: list[int] = []
    for widget in built:
        widget.destroyed.connect(lambda _=None: destroyed_in.append(turn[0]))
    view.clear()
    qtbot.waitUntil(lambda: len(destroyed_in) == 60, timeout=10_000)
    per_turn = Counter(destroyed_in)
    assert max(per_turn.values()) <= DESTROY_PER_TURN
    assert len(per_turn) >= 60 // DESTROY_PER_TURN
