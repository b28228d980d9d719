"""Ollama and LM Studio are asked, in their own APIs, what context they run a model with;
other servers are not asked, and a server that does not answer changes nothing."""

import asyncio

from core.chat.model_list import list_models
from core.chat.native_contexts import OLLAMA_DEFAULT_CONTEXT
from core.config.providers import Endpoint
from tests.support.fake_openai import FakeOpenAIServer


def _listed(server: FakeOpenAIServer) -> dict[str, int]:
    contexts: dict[str, int] = {}
    asyncio.run(list_models(Endpoint(server.base_url, None), contexts=contexts))
    return contexts


def test_ollama_states_num_ctx_else_runs_its_default_not_the_trained_128k() -> None:
    with FakeOpenAIServer(["llama3.1:8b", "qwen-long:latest"]) as server:
        server.dialect = "ollama"
        server.native_contexts = {"qwen-long:latest": 32_768}  # set in its Modelfile
        contexts = _listed(server)
        asked = sorted(str(r.body) for r in server.requests if r.path == "/api/show")
    assert contexts == {"llama3.1:8b": OLLAMA_DEFAULT_CONTEXT, "qwen-long:latest": 32_768}
    assert asked == ["{'model': 'llama3.1:8b'}", "{'model': 'qwen-long:latest'}"]


def test_lm_studio_states_what_a_loaded_model_was_loaded_with() -> None:
    with FakeOpenAIServer(["qwen2.5-7b-instruct", "gemma-3-4b"]) as server:
        server.dialect = "lmstudio"
        server.native_contexts = {"qwen2.5-7b-instruct": 8192}  # loaded; gemma is not
        assert _listed(server) == {"qwen2.5-7b-instruct": 8192}


def test_other_servers_are_not_asked_and_a_silent_one_changes_nothing() -> None:
    with FakeOpenAIServer(["gpt-4o-mini"]) as server:
        assert _listed(server) == {}
        assert [r.path for r in server.requests] == ["/v1/models"]
    for dialect in ("ollama", "lmstudio"):
        # Its /models entries say which server it is, but its own API answers 404.
        with FakeOpenAIServer(["llama3.2"]) as silent:
            silent.dialect = dialect
            silent.native_api = False
            contexts: dict[str, int] = {}
            models = asyncio.run(list_models(Endpoint(silent.base_url, None), contexts=contexts))
            assert len(silent.requests) == 2  # the list, then the one native question
        assert models == ["llama3.2"] and contexts == {}
