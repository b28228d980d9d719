"""The Settings dialog with several providers, and what Save does to the open chat."""

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.chat.conversation import ReplyStatus
from core.config.chat_options import ChatOptions
from core.config.providers import new_provider
from core.config.settings import Settings
from gui.dialogs.settings import SettingsDialog
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, settings_dialog, type_and_send
from tests.support.fake_openai import FakeOpenAIServer, Pause, Script, Stall, chunk, sse


def dialog_of(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.dialogs.open_settings()
    return settings_dialog(qtbot, window)


def test_add_edit_and_remove_providers(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    dialog = dialog_of(qtbot, window)
    menu = dialog.add_button.menu()
    assert menu is not None
    names = [a.text() for a in menu.actions()]
    assert names == [
        "OpenAI",
        "Ollama",
        "LM Studio",
        "llama.cpp server",
        "vLLM",
        "OpenRouter",
        "Groq",
        "DeepSeek",
        "Other server",
    ]
    menu.actions()[6].trigger()  # Groq
    assert dialog.base_url.text() == "https://api.groq.com/openai/v1"
    assert "console.groq.com" in dialog.key_hint.text()
    dialog.api_key.setText("gsk-typed")
    menu.actions()[1].trigger()  # Ollama
    assert dialog.provider_list.count() == 4  # the server, the built-in model, two added
    dialog.name.setText("My Ollama")
    dialog.name.textEdited.emit("My Ollama")

    dialog.provider_list.setCurrentRow(0)  # remove the first: the form must follow
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.provider_list.currentRow() == 0
    # The built-in model moved up: it has no address or key, and cannot be removed.
    assert dialog.name.text() == "Built-in (offline)"
    assert not dialog.remove_button.isEnabled()
    assert not dialog.base_url.isEnabled() and not dialog.api_key.isEnabled()
    assert "offline" in dialog.status.text()
    dialog.provider_list.setCurrentRow(1)
    assert dialog.name.text() == "Groq" and dialog.api_key.text() == "gsk-typed"
    dialog.api_key.setText("gsk-edited")

    with qtbot.waitSignal(dialog.settings_accepted) as saved:
        dialog._on_buttons_accepted()
    settings = saved.args[0]
    assert [p.name for p in settings.providers] == ["Built-in (offline)", "Groq", "My Ollama"]
    assert settings.providers[1].api_key == "gsk-edited"
    assert settings.current_id == settings.providers[1].id


def test_an_empty_address_is_refused_in_plain_words(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    dialog = dialog_of(qtbot, window)
    menu = dialog.add_button.menu()
    assert menu is not None
    menu.actions()[-1].trigger()  # Other server: no address yet
    with qtbot.assertNotEmitted(dialog.settings_accepted):
        dialog._on_buttons_accepted()
    assert "Enter Other server's server address" in dialog.status.text()
    assert dialog.isVisible()
    dialog.reject()


def test_closing_while_a_test_is_under_way_is_quiet(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.stall_models = True
    dialog = dialog_of(qtbot, window)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._task is not None)  # the request is under way
    dialog.reject()  # the awaiting slot must not touch the deleted dialog (no traceback)
    qtbot.waitUntil(lambda: window.dialogs.settings_dialog is None)
    server.released.set()
    message = ask(qtbot, window, "still fine?")
    assert message.status is ReplyStatus.COMPLETE


def test_saving_settings_keeps_an_older_chat_on_its_own_provider(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    with FakeOpenAIServer() as other:
        local = replace(new_provider("ollama", base_url=server.base_url), model="llama3.2")
        hosted = replace(new_provider("groq", base_url=other.base_url), api_key="g", model="big")
        window = make_window(Settings(providers=(local, hosted), current_id=local.id))
        window._on_header_model_chosen(hosted.id, "big")
        ask(qtbot, window, "on the hosted one")
        window._on_header_model_chosen(local.id, "llama3.2")  # default back to local...
        window._on_header_model_chosen(hosted.id, "big")  # ...but this chat stays hosted
        dialog = dialog_of(qtbot, window)
        dialog.provider_list.setCurrentRow(0)  # local selected: the default for new chats
        dialog._on_buttons_accepted()
        assert window.session.setup.provider_id == hosted.id
        assert window.session.model == "big"
        window.new_chat()
        assert window.session.setup.provider_id == local.id


def test_changes_while_a_reply_streams_wait_for_it_to_end(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(
        Script(
            parts=[
                sse(chunk(role=True)),
                sse(chunk("slow ")),
                Pause(0.4),
                sse(chunk("end")),
                sse(chunk(finish="stop")),
                b"data: [DONE]\n\n",
            ]
        )
    )
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000) as ended:
        type_and_send(qtbot, window, "go")
        qtbot.waitUntil(lambda: "slow " in window.session.draft.parts, timeout=5000)
        window._on_options_dialog_accepted(ChatOptions(system_prompt="Be terse."))
        assert "next reply" in window.statusBar().currentMessage()
        assert window.header.options_button.text() == "Options: Custom"
        window._on_header_model_chosen("nope", "other")  # switching is refused meanwhile
        assert "press Stop" in window.statusBar().currentMessage()
    assert ended.args[0].status is ReplyStatus.COMPLETE  # not cut short
    assert ended.args[0].content == "slow end"
    ask(qtbot, window, "next")
    body = server.chat_requests[-1].body
    assert body is not None and body["messages"][0] == {"role": "system", "content": "Be terse."}


def test_a_stalled_reply_can_still_be_stopped_after_a_deferred_change(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    server.enqueue(Script(parts=[sse(chunk(role=True)), sse(chunk("stuck")), Stall()]))
    type_and_send(qtbot, window, "go")
    qtbot.waitUntil(lambda: "stuck" in window.session.draft.parts, timeout=5000)
    window._on_options_dialog_accepted(ChatOptions(temperature=0.1))
    with qtbot.waitSignal(window.session.reply_ended, timeout=2000):
        window.session.stop()
    assert window.session.setup.options == ChatOptions(temperature=0.1)
