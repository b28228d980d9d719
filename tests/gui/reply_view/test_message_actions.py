"""Copy any message, regenerate the last reply, edit an earlier prompt as a new branch."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from core.chat.conversation import ReplyStatus
from core.config.providers import OPENAI_URL, Provider
from core.config.settings import Settings
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, hover, settings_dialog, type_and_send
from tests.support.fake_openai import (
    FakeOpenAIServer,
    Script,
    Stall,
    chunk,
    reply_script,
    sse,
)


def test_copy_puts_the_message_on_the_clipboard(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(reply_script(["Line one.\n\n", "Line two."]))
    ask(qtbot, window, "Two lines, please")
    reply = window.view.messages[-1]
    hover(qtbot, reply)
    qtbot.mouseClick(reply.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Line one.\n\nLine two."
    hover(qtbot, window.view.messages[0])
    qtbot.mouseClick(window.view.messages[0].copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Two lines, please"


def test_regenerate_replaces_the_last_reply(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(reply_script(["First answer."]), reply_script(["Better answer."]))
    ask(qtbot, window, "Question")
    reply = window.view.messages[-1]
    assert not reply.regenerate_button.isHidden()
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000) as blocker:
        hover(qtbot, reply)
        qtbot.mouseClick(reply.regenerate_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].content == "Better answer."
    assert [m.content for m in window.session.conversation] == ["Question", "Better answer."]
    window.close()
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert [w.plain_text() for w in again.view.messages] == ["Question", "Better answer."]


def test_only_the_latest_reply_offers_regenerate(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "one")
    ask(qtbot, window, "two")
    first_reply, last_reply = window.view.messages[1], window.view.messages[3]
    assert first_reply.regenerate_button.isHidden()
    assert not last_reply.regenerate_button.isHidden()


def test_editing_an_earlier_prompt_branches_and_keeps_the_original(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(
        reply_script(["Paris."]), reply_script(["2.1 million."]), reply_script(["Berlin."])
    )
    ask(qtbot, window, "Capital of France?")
    ask(qtbot, window, "Population?")
    original = window.session.conversation_id
    hover(qtbot, window.view.messages[0])
    qtbot.mouseClick(window.view.messages[0].edit_button, Qt.MouseButton.LeftButton)
    assert window.composer.edit_banner.isVisible()
    assert window.prompt.toPlainText() == "Capital of France?"
    window.prompt.clear()
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000) as blocker:
        qtbot.keyClicks(window.prompt, "Capital of Germany?")
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    assert blocker.args[0].content == "Berlin."
    assert blocker.args[0].status is ReplyStatus.COMPLETE
    assert not window.composer.edit_banner.isVisible()
    assert window.session.conversation_id != original
    assert [w.plain_text() for w in window.view.messages] == ["Capital of Germany?", "Berlin."]
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"] == [{"role": "user", "content": "Capital of Germany?"}]
    titles = [row.title for row in window.sidebar.model.chats]
    assert titles == ["Capital of Germany?", "Capital of France?"]
    stored = window._history.load(original or "")
    assert stored is not None
    assert [m.message.content for m in stored.messages] == [
        "Capital of France?",
        "Paris.",
        "Population?",
        "2.1 million.",
    ]


def test_editing_a_later_prompt_keeps_the_turns_before_it(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(reply_script(["A1"]), reply_script(["A2"]), reply_script(["A2 again"]))
    ask(qtbot, window, "Q1")
    ask(qtbot, window, "Q2")
    hover(qtbot, window.view.messages[2])
    qtbot.mouseClick(window.view.messages[2].edit_button, Qt.MouseButton.LeftButton)
    window.prompt.setPlainText("Q2, said better")
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    body = server.chat_requests[-1].body
    assert body is not None
    assert [m["content"] for m in body["messages"]] == ["Q1", "A1", "Q2, said better"]


def test_cancel_editing(qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "Q1")
    hover(qtbot, window.view.messages[0])
    qtbot.mouseClick(window.view.messages[0].edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.composer.cancel_edit_button, Qt.MouseButton.LeftButton)
    assert not window.composer.edit_banner.isVisible()
    assert window.prompt.toPlainText() == ""
    ask(qtbot, window, "Q2")  # an ordinary prompt again: same conversation
    assert len(window.session.conversation) == 4


def test_continue_after_stop_does_not_glue_words_and_shows_what_is_stored(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(
        Script(parts=[sse(chunk(role=True)), sse(chunk("The empire was multi")), Stall()])
    )
    with qtbot.waitSignal(window.session.reply_ended) as stopped:
        type_and_send(qtbot, window, "Tell me about Rome")
        reply = window.view.messages[-1]
        qtbot.waitUntil(lambda: "multi" in reply.plain_text())
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    assert stopped.args[0].status is ReplyStatus.STOPPED
    server.enqueue(reply_script(["The", " Roman", " Empire", " lasted", " centuries."]))
    with qtbot.waitSignal(window.session.reply_ended) as continued:
        qtbot.mouseClick(reply.continue_button, Qt.MouseButton.LeftButton)
    message = continued.args[0]
    # The keyboard is back in the prompt: a trial's went on to New chat, and Enter...
    assert window.prompt.hasFocus()
    assert message.content == "The empire was multi The Roman Empire lasted centuries."
    assert reply.plain_text() == message.content  # shown as stored
    assert "multiThe" not in reply.markdown.toPlainText()  # type: ignore[union-attr]


def test_a_provider_without_its_key_says_so_and_choosing_it_asks_for_the_key(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    local = Provider("local", "Local server", "custom", server.base_url, model="m")
    hosted = Provider("openai", "OpenAI", "openai", OPENAI_URL, model="gpt-4o-mini")
    window = make_window(Settings(providers=(local, hosted), current_id=local.id))
    box = window.header.model_box
    qtbot.waitUntil(lambda: any("add a key" in box.itemText(i) for i in range(box.count())))
    index = next(i for i in range(box.count()) if "OpenAI" in box.itemText(i))
    assert box.itemText(index).endswith("(add a key)")
    assert "Local server" in box.itemText(0) and "add a key" not in box.itemText(0)
    box.setCurrentIndex(index)
    box.activated.emit(index)
    dialog = settings_dialog(qtbot, window)
    assert dialog.provider_list.currentItem().text() == "OpenAI"
    assert window.session.setup.provider_id == "local"  # nothing switched to a dead end
    dialog.api_key.setText("sk-new")
    dialog._on_buttons_accepted()
    assert window.session.setup.provider_id == "openai"
    assert window.session.model == "gpt-4o-mini"
    assert not any("add a key" in box.itemText(i) for i in range(box.count()))
