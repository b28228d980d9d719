"""Shared fixtures: a real loopback OpenAI-compatible server and an isolated data folder."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fake_openai import FakeOpenAIServer, error_script

# Tests never read the developer's own keys or servers, and never show windows.
os.environ.pop("OPENAI_API_KEY", None)
os.environ.pop("OPENAI_BASE_URL", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the developer's real keychain: tests that need one bring an in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        # Titles stay the first prompt's unless a test asks for model-written ones.
        fake.one_shot_reply = error_script(501, "one-shot completions are off in this test")
        yield fake


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("RIVULET_DATA_DIR", str(folder))
    return folder
