"""The welcome panel's note about the built-in model: in any language but English it
also says that the small model answers best in English."""

from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from core import i18n
from gui.reply_view.conversation_view import ConversationView


@pytest.fixture
def speaking_another_language() -> Iterator[None]:
    i18n.use(replace(i18n.ENGLISH, number=lambda value: f"{value:_}"))
    yield
    i18n.use(i18n.ENGLISH)


def _note(qtbot: QtBot) -> str:
    view = ConversationView()
    qtbot.addWidget(view)
    view.welcome.set_offline(True, "SmolLM2-135M-Instruct")
    return view.welcome.text


def test_in_english_the_note_says_what_the_model_is(qtbot: QtBot) -> None:
    note = _note(qtbot)
    assert "SmolLM2-135M-Instruct, a small model that runs on this computer" in note
    assert "best in English" not in note


def test_in_another_language_it_says_the_model_answers_best_in_english(
    qtbot: QtBot, speaking_another_language: None
) -> None:
    assert "It understands and answers best in English" in _note(qtbot)
