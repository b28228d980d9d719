"""Providers, per-chat setup, options, first-run detection, totals: through the real window."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.config.chat_options import ChatOptions
from core.config.providers import Provider, new_provider
from core.config.settings import Settings, SettingsStore
from gui.dialogs.prices import PricesDialog
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.support.fake_openai import FakeOpenAIServer


def choose(window: MainWindow, provider: Provider, model: str) -> None:
    """Pick a model in the header's switcher, as a click on its entry does."""
    box = window.header.model_box
    index = window.header.index_of((provider.id, model))
    assert index >= 0, [box.itemText(i) for i in range(box.count())]
    box.setCurrentIndex(index)
    box.activated.emit(index)


def two_providers(first_url: str, second_url: str) -> tuple[Settings, Provider, Provider]:
    local = replace(new_provider("ollama", base_url=first_url), models=("llama3.2", "qwen3"))
    hosted = replace(
        new_provider("groq", base_url=second_url), api_key="gsk-test", models=("big", "small")
    )
    local = replace(local, model="llama3.2")
    settings = Settings(providers=(local, hosted), current_id=local.id)
    return settings, local, hosted


def test_switching_provider_and_model_is_one_choice_and_the_chat_remembers_it(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    with FakeOpenAIServer() as other:
        settings, _local, hosted = two_providers(server.base_url, other.base_url)
        window = make_window(settings)
        assert window.header.model_box.currentText().startswith("llama3.2")
        ask(qtbot, window, "first question")
        assert len(server.chat_requests) == 1

        choose(window, hosted, "small")
        described = window.header.model_description
        assert "small" in described and "Groq" in described
        ask(qtbot, window, "second question")
        request = other.chat_requests[-1]
        assert request.headers["authorization"] == "Bearer gsk-test"
        assert request.body is not None and request.body["model"] == "small"
        # The whole conversation went along to the new provider.
        contents = [m["content"] for m in request.body["messages"]]
        assert contents == ["first question", "Hello there!", "second question"]
        chat_id = window.session.conversation_id
        window.close()

        again = make_window()  # reopens the latest chat from the file
        assert again.session.conversation_id == chat_id
        assert again.session.model == "small"
        assert again.header.current_choice == (hosted.id, "small")
        assert again.header.model_box.currentText() == "small  ·  Groq"
        # ...and a new chat starts where the user last chose to be.
        again.new_chat()
        assert again.session.setup.provider_id == hosted.id


def test_an_older_chat_reopens_with_its_own_provider(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    with FakeOpenAIServer() as other:
        settings, local, hosted = two_providers(server.base_url, other.base_url)
        window = make_window(settings)
        ask(qtbot, window, "asked the local one")
        local_chat = window.session.conversation_id
        window.new_chat()
        choose(window, hosted, "big")
        ask(qtbot, window, "asked the hosted one")
        assert local_chat is not None
        window.sidebar.conversation_chosen.emit(local_chat, "")
        assert window.session.setup.provider_id == local.id
        ask(qtbot, window, "follow-up")
        assert server.chat_requests[-1].body is not None
        assert len(server.chat_requests) == 2 and len(other.chat_requests) == 1


def test_chat_options_go_into_requests_and_are_kept(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    window.dialogs.open_chat_options()
    dialog = window.dialogs.chat_options_dialog
    assert dialog is not None
    index = dialog.preset.findText("Translator")
    dialog.preset.setCurrentIndex(index)
    dialog.preset.activated.emit(index)
    assert dialog.set_temperature.isChecked() and dialog.temperature.value() == 0.2
    dialog.set_max_tokens.setChecked(True)
    dialog.max_tokens.setValue(300)
    dialog.save_preset("My translator")
    dialog._on_buttons_accepted()
    assert window.header.options_button.text() == "Options: My translator"

    ask(qtbot, window, "Bonjour")
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"][0]["role"] == "system"
    assert "translator" in body["messages"][0]["content"]
    assert (body["temperature"], body["max_tokens"]) == (0.2, 300)
    window.close()

    again = make_window()
    assert again.session.setup.options == ChatOptions(
        system_prompt=body["messages"][0]["content"], temperature=0.2, max_tokens=300
    )
    assert again.header.options_button.text() == "Options: My translator"
    again.new_chat()  # a new chat starts with the defaults a non-technical user expects
    assert again.session.setup.options == ChatOptions()
    assert again.header.options_button.text() == "Options: Default"


def test_first_run_offers_the_local_servers_that_answer(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    with FakeOpenAIServer() as gone:
        dead_url = gone.base_url
    window = make_window(
        local_servers=[
            new_provider("ollama", base_url=server.base_url),
            new_provider("lmstudio", base_url=dead_url),
        ]
    )
    welcome = window.view.welcome
    assert welcome.settings_button.isVisible()  # nothing configured yet
    qtbot.waitUntil(lambda: len(welcome.offer_buttons) == 1, timeout=5000)
    button = welcome.offer_buttons[0]
    assert button.text() == "Use Ollama (2 models)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not welcome.settings_button.isVisible()
    assert window.header.model_description == "gpt-4o-mini  ·  Ollama"
    message = ask(qtbot, window, "hi")
    assert message.content == "Hello there!"
    saved = SettingsStore(data_dir).load()
    assert saved.current is not None and saved.current.kind == "ollama"
    assert not saved.first_run


def test_no_detection_once_settings_exist(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(
        Settings.single(base_url=server.base_url, model="m"),
        local_servers=[new_provider("ollama", base_url=server.base_url)],
    )
    ask(qtbot, window, "hi")  # time for a detection to have run, had it started
    assert window.view.welcome.offer_buttons == []
    assert [r.path for r in server.requests if r.path.endswith("/models")] == []


def test_totals_and_cost_follow_the_conversation_and_the_price_table(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    # An OpenAI-kind provider at a loopback address is priced (it may be a proxy).
    hosted = replace(new_provider("openai", base_url=server.base_url), api_key="k")
    window = make_window(Settings(providers=(hosted,), current_id=hosted.id))
    assert window.header.totals_text == ""
    ask(qtbot, window, "one")
    ask(qtbot, window, "two")
    # The fake server's usage chunk: 12 tokens in, 5 out per reply; gpt-4o-mini 0.15/0.60.
    text = window.header.totals_text
    assert text.startswith("2 replies · 24 tokens in · 10 out · $")
    assert "≈" not in text
    window.dialogs.open_prices()
    prices = window.findChild(PricesDialog)
    assert prices is not None
    items = [prices.table.item(r, 0) for r in range(prices.table.rowCount())]
    row = next(r for r, item in enumerate(items) if item and item.text() == "gpt-4o-mini")
    cell = prices.table.item(row, 1)
    assert cell is not None
    cell.setText("1000000")  # $1 per token in
    prices.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "$24" in window.header.totals_text)


def test_local_servers_cost_nothing(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="llama3"))
    ask(qtbot, window, "one")
    assert "free" in window.header.totals_text
