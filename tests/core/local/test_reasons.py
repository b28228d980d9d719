"""The model server's reasons: English where it writes them, the user's language where
the app reads them, and the sentence as it came when the app does not know the reason."""

import json
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from core import i18n
from core.i18n import ENGLISH
from core.local.engine import EngineState, EngineStatus, _report_from
from core.local.reasons import REASON_FIELD, Reason, reason_text


@pytest.fixture
def shouting() -> Iterator[None]:
    """A "language" that writes every sentence in capitals (placeholders kept)."""

    def translate(_context: str, source: str, _note: str | None, _n: int) -> str:
        return re.sub(r"[^{}]+(?=\{|$)", lambda part: part.group().upper(), source)

    i18n.use(replace(ENGLISH, translate=translate))
    yield
    i18n.use(ENGLISH)


def test_a_reason_says_its_sentence_and_comes_back_from_json() -> None:
    reason = Reason("file_gone", {"name": "x.gguf", "path": "/m/x.gguf"})
    assert reason.text() == "The model file x.gguf is no longer there (/m/x.gguf)."
    assert reason_text(json.loads(json.dumps(reason.to_json()))) == reason.text()
    too_long = Reason("too_long", {"model": "m", "tokens": 4096}).text()
    assert "at most 4,096 tokens at once" in too_long


@pytest.mark.parametrize(
    "value",
    [
        None,
        "file_gone",
        {"code": "no_such_reason", "args": {}},
        {"code": "file_gone", "args": {"name": "x.gguf"}},  # a value missing
        {"code": "file_gone", "args": ["x.gguf"]},
        {"code": "gguf_version", "args": {"name": "x", "version": {"nested": 1}}},
        {"code": "too_long", "args": {"model": "m", "tokens": "many"}},
    ],
)
def test_an_unknown_or_malformed_reason_has_no_sentence(value: object) -> None:
    assert reason_text(value) is None


def test_the_engine_says_a_failure_in_the_users_language(shouting: None) -> None:
    reason = {"code": "cut_short", "args": {"name": "x.gguf"}}
    line = json.dumps({"failed": "x.gguf is cut short: it has no room.", REASON_FIELD: reason})
    status = _report_from(line.encode())
    assert isinstance(status, EngineStatus) and status.state is EngineState.FAILED
    assert status.message == "x.gguf IS CUT SHORT: IT HAS NO ROOM FOR A MODEL."
    # A reason this app does not know: the server's own sentence.
    unknown = json.dumps({"failed": "Something new.", REASON_FIELD: {"code": "new"}})
    status = _report_from(unknown.encode())
    assert isinstance(status, EngineStatus) and status.message == "Something new."
