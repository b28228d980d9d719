"""The model writes a short title after the first reply, without blocking anything."""

from pytestqt.qtbot import QtBot

from core.chat.titles import clean_title
from core.config.settings import Settings
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.fake_openai import FakeOpenAIServer, completion_script, reply_script


def test_the_first_reply_brings_a_model_written_title(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.one_shot_reply = completion_script('Title: "French Capital Question".')
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(reply_script(["Paris."]), reply_script(["About 2 million."]))
    ask(qtbot, window, "What is the capital of France, please?")
    assert window.sidebar.model.chats[0].title == "What is the capital of France, please?"
    qtbot.waitUntil(lambda: window.sidebar.model.chats[0].title == "French Capital Question")
    request = server.one_shot_requests[0].body
    assert request is not None and "Paris." in request["messages"][-1]["content"]
    ask(qtbot, window, "How many people?")  # later replies ask for no more titles
    assert len(server.one_shot_requests) == 1
    window.close()
    again = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert again.sidebar.model.chats[0].title == "French Capital Question"


def test_a_server_that_cannot_title_leaves_the_first_prompt(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "Hello there")
    qtbot.waitUntil(lambda: len(server.one_shot_requests) == 1)
    assert window.sidebar.model.chats[0].title == "Hello there"


def test_clean_title() -> None:
    assert clean_title('"Sourdough Basics"') == "Sourdough Basics"
    assert clean_title("<think>hmm</think>\n\nTitle: Rain Haiku.") == "Rain Haiku"
    assert clean_title("   ") is None
    assert clean_title("x" * 200) is None
    assert clean_title('Title: "French Capital Question".') == "French Capital Question"
