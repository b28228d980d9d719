"""The model server as a frozen app starts it: the app's own executable with
`--local-server`, handled in main.py before anything of Qt is imported."""

import sys
from pathlib import Path

import pytest

from core.chat.client import ChatClient
from core.chat.conversation import Message, ReplyStatus, Role
from core.chat.reply import TextDelta
from core.local.engine import EngineState, LocalEngine, server_command
from core.local.model_files import BUILTIN_MODEL, BUILTIN_SHA256, model_file

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def test_the_server_is_the_module_from_source_and_the_app_itself_when_frozen() -> None:
    assert server_command("/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "core.local.server",
    ]
    assert server_command("/opt/rivulet/rivulet", frozen=True) == [
        "/opt/rivulet/rivulet",
        "--local-server",
    ]


def test_a_frozen_app_serves_the_model_from_its_own_executable_without_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The frozen app's executable runs main.py with the arguments it was given; this one
    # does the same from source.
    app = tmp_path / "rivulet"
    app.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{MAIN}" "$@"\n')
    app.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    engine = LocalEngine(model_file(""), BUILTIN_MODEL, sha256=BUILTIN_SHA256, python=str(app))
    engine.start()
    try:
        assert engine.wait_until_settled(60).state is EngineState.READY
        client = ChatClient(engine.endpoint)
        question = Message(Role.USER, "Which city is the capital of France?")
        reply = client.stream([question], BUILTIN_MODEL)
        assert "Paris" in "".join(d.text for d in reply if isinstance(d, TextDelta))
        assert reply.status is ReplyStatus.COMPLETE
        client.close()
        command = Path(f"/proc/{engine.pid}/cmdline").read_bytes().split(b"\0")
        assert command[1:3] == [str(MAIN).encode(), b"--local-server"]
        loaded = Path(f"/proc/{engine.pid}/maps").read_text()
        assert "libllama" in loaded  # what the server loaded is seen here...
        for qt in ("libQt6Core", "PySide6", "shiboken6"):
            assert qt not in loaded  # ...and Qt is none of it
    finally:
        engine.stop()
    assert engine.wait_until_ended(5).state is EngineState.STOPPED
