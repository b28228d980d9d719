"""One-shot requests (the model list, titles) take the chat path's proxy rules: a remote
server through the environment's proxy, a server on this computer directly."""

import asyncio
from collections.abc import Iterator

import pytest

from core.chat.model_list import list_models
from core.chat.titles import suggest_title
from core.config.providers import Endpoint
from tests.support.fake_openai import FakeOpenAIServer, completion_script
from tests.support.forward_proxy import ForwardProxy

REMOTE = "http://chat.example.test/v1"  # only the proxy can reach it
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def proxy(server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    with ForwardProxy(server.base_url) as started:
        for name in PROXY_VARIABLES:
            monkeypatch.delenv(name, raising=False)
            monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.setenv("HTTP_PROXY", started.url)
        yield started


def test_a_remote_model_list_comes_through_the_environment_proxy(
    server: FakeOpenAIServer, proxy: ForwardProxy
) -> None:
    models = asyncio.run(list_models(Endpoint(REMOTE, "k")))
    assert models
    assert proxy.requests == [f"GET {REMOTE}/models"]


def test_a_server_on_this_computer_is_asked_directly(
    server: FakeOpenAIServer, proxy: ForwardProxy
) -> None:
    models = asyncio.run(list_models(Endpoint(server.base_url, "k")))
    assert models
    server.one_shot_reply = completion_script("Capital cities")
    title = asyncio.run(suggest_title(Endpoint(server.base_url, "k"), "m", "q", "a"))
    assert title == "Capital cities"
    assert proxy.requests == []  # the key never went through the proxy
