"""`SetupController` with no window: real settings files, a real session and history."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.chat.client import ChatClient
from core.config.keys import KeyVault
from core.config.providers import BUILTIN_ID, Provider
from core.config.settings import Settings, SettingsStore
from core.history.recorder import ConversationRecorder
from core.history.store import HistoryStore
from gui.chat.session import ChatSession
from gui.chat.setup_controller import SetupController
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path, server: FakeOpenAIServer) -> Iterator[SetupController]:
    store = SettingsStore(tmp_path, KeyVault(tmp_path, MemoryKeyring()))
    store.save(Settings.single(api_key="sk-1", base_url=server.base_url, model="m"), environ={})
    history = HistoryStore(tmp_path)
    session = ChatSession(ConversationRecorder(history))
    made = SetupController(
        store, ChatClient, session, on_secret=lambda _s: None, local_servers=(), local_models=None
    )
    yield made
    made.close()
    session.shutdown()
    history.close()


def test_a_setup_is_reported_for_the_views(
    qtbot: QtBot, controller: SetupController, server: FakeOpenAIServer
) -> None:
    choices: list[tuple[tuple[Provider, ...], str, str, dict[str, str], dict[str, str]]] = []
    controller.choices_changed.connect(lambda *args: choices.append(args))
    with qtbot.waitSignal(controller.model_described) as described:
        controller.apply_setup(controller.default_setup())
    assert described.args[0].startswith("m  ·  ")
    providers, provider_id, model, unavailable, _needs = choices[-1]
    assert [p.id for p in providers] == ["main", BUILTIN_ID]
    assert provider_id == "main" and model == "m"
    # This controller runs no local models: the switcher greys the built-in one out.
    assert unavailable == {BUILTIN_ID: "This window runs no local models."}
    assert controller.session.model == "m"


def test_a_file_that_is_not_a_model_is_refused_in_words(
    qtbot: QtBot, controller: SetupController, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.gguf"
    notes.write_text("shopping list")
    with qtbot.waitSignal(controller.warning) as warned:
        assert not controller.use_model_file(notes)
    assert "GGUF" in warned.args[0]
    assert controller.session.model != str(notes)
