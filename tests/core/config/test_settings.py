"""Settings: providers, environment defaults, keys kept apart, damaged files kept aside."""

import json
from dataclasses import replace
from pathlib import Path

from core.config import paths
from core.config.chat_options import ChatOptions, OptionsPreset
from core.config.keys import KeyVault
from core.config.providers import (
    NOWHERE_URL,
    OPENAI_URL,
    Endpoint,
    builtin_provider,
    new_provider,
    providers_from_environment,
)
from core.config.settings import Settings, SettingsStore
from tests.support.memory_keyring import CountingKeyring, MemoryKeyring


def test_data_dir_honours_the_environment(data_dir: Path) -> None:
    # the autouse fixture points RIVULET_DATA_DIR at a temporary folder
    assert not data_dir.exists()
    assert paths.data_dir() == data_dir
    assert data_dir.is_dir()


def test_a_first_start_offers_the_environment_server_and_openai() -> None:
    env = {"OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": "http://localhost:11434/v1/"}
    first, openai = providers_from_environment(env)
    assert first.endpoint(env) == Endpoint("http://localhost:11434/v1", "sk-env")
    # The environment's key belongs to the environment's server, not to OpenAI too.
    assert openai.endpoint(env) == Endpoint(OPENAI_URL, None)
    (only,) = providers_from_environment({"OPENAI_API_KEY": "sk-env"})
    assert only.endpoint({"OPENAI_API_KEY": "sk-env"}) == Endpoint(OPENAI_URL, "sk-env")


def test_the_environment_key_never_goes_to_another_provider() -> None:
    env = {"OPENAI_API_KEY": "sk-env"}
    for kind in ("openrouter", "groq", "deepseek", "ollama"):
        assert new_provider(kind).endpoint(env).api_key is None
    assert Settings.single(api_key="sk-mine", base_url="http://h:1/v1").endpoint(env) == (
        Endpoint("http://h:1/v1", "sk-mine")
    )


def test_what_counts_as_configured() -> None:
    assert not Settings().endpoint({}).is_usable
    assert not Settings.single().endpoint({}).is_usable
    assert Settings.single().endpoint({"OPENAI_API_KEY": "sk"}).is_usable
    assert Settings.single(base_url="http://localhost:1234/v1").endpoint({}).is_usable


def test_presets_know_their_addresses_and_default_models() -> None:
    assert new_provider("ollama").base_url == "http://localhost:11434/v1"
    assert new_provider("lmstudio").base_url == "http://localhost:1234/v1"
    assert new_provider("llamacpp").base_url == "http://localhost:8080/v1"
    assert new_provider("vllm").base_url == "http://localhost:8000/v1"
    assert new_provider("ollama").is_local and not new_provider("groq").is_local
    assert new_provider("custom", base_url="http://127.0.0.1:9/v1").is_local
    assert Settings.single().model == "gpt-4o-mini"
    assert Settings.single(base_url="http://localhost:8080/v1").model == ""
    assert Settings.single(model="llama3").model == "llama3"
    assert Settings.single(base_url="http://localhost:11434/v1").current.kind == "ollama"  # type: ignore[union-attr]


def test_key_is_never_shown_in_a_repr() -> None:
    assert "sk-secret" not in repr(Settings.single(api_key="sk-secret"))
    assert "sk-secret" not in repr(Endpoint(None, "sk-secret"))


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path, KeyVault(tmp_path, MemoryKeyring()))
    groq = replace(new_provider("groq"), api_key="gsk-2", models=("a", "b"))
    settings = Settings.single("sk-1", "http://h/v1", "m").with_provider(groq)
    settings = replace(
        settings,
        current_id=groq.id,
        option_presets=(OptionsPreset("Pirate", ChatOptions("Talk like a pirate.", 0.9, 50)),),
    )
    store.save(settings, environ={})
    again = SettingsStore(tmp_path, store.vault).load(environ={})
    assert again == settings.with_provider(builtin_provider())  # always there, last
    assert again.current == groq
    text = (tmp_path / "settings.json").read_text()
    assert "sk-1" not in text and "gsk-2" not in text


def test_a_removed_provider_takes_its_key_with_it(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    groq = replace(new_provider("groq"), api_key="gsk-2")
    store.save(Settings.single("sk-1").with_provider(groq), environ={})
    assert len(ring.passwords) == 2
    store.save(Settings.single("sk-1"), environ={})
    assert "gsk-2" not in ring.passwords.values()


def test_settings_of_rivulet_0_1_become_one_provider(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    vault = KeyVault(tmp_path, ring)
    vault.put("http://localhost:11434/v1", "k-old", vault.place_for(Settings().key_place))
    (tmp_path / "settings.json").write_text(
        json.dumps({"base_url": "http://localhost:11434/v1", "model": "llama3"})
    )
    settings = SettingsStore(tmp_path, vault).load(environ={})
    provider = settings.current
    assert provider is not None
    assert (provider.kind, provider.name, provider.model) == ("ollama", "Ollama", "llama3")
    assert provider.api_key == "k-old"  # filed under the same address as before
    assert not settings.first_run


def test_a_key_from_the_environment_is_not_copied_anywhere(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    store.save(Settings.single("sk-env", "", "m"), environ={"OPENAI_API_KEY": "sk-env"})
    assert ring.passwords == {}
    assert all("sk-env" not in f.read_text() for f in tmp_path.iterdir() if f.is_file())


def test_first_run_is_known_until_settings_are_saved(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path, KeyVault(tmp_path, MemoryKeyring()))
    first = store.load(environ={})
    assert first.first_run and first.current is not None and first.current.kind == "openai"
    store.save(first, environ={})
    assert not store.load(environ={}).first_run


def test_a_damaged_settings_file_is_kept_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{ not json")
    settings = SettingsStore(tmp_path).load(environ={})
    assert [p.kind for p in settings.providers] == ["openai", "builtin"]
    assert (tmp_path / "settings.damaged.json").read_text() == "{ not json"


def test_broken_entries_are_skipped_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {
                "providers": [
                    "nonsense",
                    {"id": "a", "kind": "ollama", "base_url": 5, "models": "x"},
                    {"id": "a", "name": "dup id", "base_url": "http://h/v1"},
                    {"id": "x", "kind": "builtin", "model": "/models/a.gguf"},
                    {"id": "y", "kind": "builtin", "name": "a second built-in"},
                ],
                "current": "zzz",
                "option_presets": [{"name": "T", "options": {"temperature": "hot"}}, 3],
            }
        )
    )
    settings = SettingsStore(tmp_path).load(environ={})
    assert len(settings.providers) == 3
    assert len({p.id for p in settings.providers}) == 3  # the duplicate id got a new one
    # One built-in provider, whatever a hand edit says, under its own id.
    assert [(p.id, p.model) for p in settings.providers if p.is_builtin] == [
        ("builtin", "/models/a.gguf")
    ]
    assert settings.current == settings.providers[0]  # an unknown current falls back
    assert settings.option_presets == (OptionsPreset("T", ChatOptions()),)


def test_a_settings_file_of_the_wrong_shape_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps(["a", "list"]))
    loaded = SettingsStore(tmp_path).load(environ={})
    assert [p.kind for p in loaded.providers] == ["openai", "builtin"]


class ReadFailingKeyring(MemoryKeyring):
    """A keychain that is there but cannot be read (locked), as Secret Service can be."""

    def get_password(self, service: str, username: str) -> str | None:
        if username == "probe":
            return None
        from keyring.errors import KeyringError

        raise KeyringError("locked")


def test_a_save_never_deletes_a_key_it_could_not_read(tmp_path: Path) -> None:
    ring = ReadFailingKeyring()
    ring.passwords[("Rivulet", OPENAI_URL)] = "sk-real"
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    settings = store.load(environ={})
    store.save(replace(settings, option_presets=()), environ={})  # e.g. a model switch
    assert ring.passwords[("Rivulet", OPENAI_URL)] == "sk-real"


def test_two_providers_at_one_address_take_the_changed_key(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    first = replace(new_provider("openrouter"), api_key="or-old")
    second = replace(new_provider("openrouter", name="OpenRouter (work)"), api_key="or-old")
    store.save(Settings(providers=(first, second)), environ={})
    store.load(environ={})
    rotated = (first, replace(second, api_key="or-new"))
    store.save(Settings(providers=rotated), environ={})
    loaded = SettingsStore(tmp_path, store.vault).load(environ={})
    assert {p.api_key for p in loaded.providers if not p.is_builtin} == {"or-new"}


def test_the_environment_key_is_kept_out_only_for_its_own_server(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    proxy = replace(new_provider("custom", base_url="https://proxy.example/v1"), api_key="sk-x")
    store.save(
        Settings(providers=(new_provider("openai"), proxy)), environ={"OPENAI_API_KEY": "sk-x"}
    )
    assert list(ring.passwords.values()) == ["sk-x"]  # the proxy's own copy, typed by the user
    assert ("Rivulet", "https://proxy.example/v1") in ring.passwords


def test_settings_of_0_1_that_relied_on_openai_base_url_keep_their_server_and_key(
    tmp_path: Path,
) -> None:
    ring = MemoryKeyring()
    vault = KeyVault(tmp_path, ring)
    vault.put(OPENAI_URL, "proxy-key", Settings().key_place)  # 0.1 filed it there
    (tmp_path / "settings.json").write_text(json.dumps({"base_url": "", "model": "m"}))
    env = {"OPENAI_BASE_URL": "https://proxy.example/v1"}
    store = SettingsStore(tmp_path, vault)
    settings = store.load(environ=env)
    provider = settings.current
    assert provider is not None
    assert (provider.base_url, provider.api_key) == ("https://proxy.example/v1", "proxy-key")
    store.save(settings, environ=env)
    # Filed under the proxy's address now, and no longer under OpenAI's.
    assert ring.passwords == {("Rivulet", "https://proxy.example/v1"): "proxy-key"}


def test_changing_where_keys_live_moves_them(tmp_path: Path) -> None:
    from core.config.keys import KeyPlace

    store = SettingsStore(tmp_path)  # the tests' keyring backend fails: no keychain here
    settings = store.load(environ={})
    with_key = replace(settings, providers=(replace(settings.providers[0], api_key="sk-session"),))
    store.save(with_key, environ={})
    assert not (tmp_path / "keys-not-encrypted.json").exists()
    store.save(replace(with_key, key_place=KeyPlace.FILE), environ={})
    assert "sk-session" in (tmp_path / "keys-not-encrypted.json").read_text()


def test_the_built_in_provider_never_touches_openai_keys_or_address(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    ring.passwords[("Rivulet", OPENAI_URL)] = "sk-real"
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    settings = store.load(environ={})
    store.save(replace(settings, current_id=builtin_provider().id), environ={})
    assert ring.passwords[("Rivulet", OPENAI_URL)] == "sk-real"
    built_in = store.load(environ={}).provider("builtin")
    assert built_in is not None and built_in.is_local
    # Its chats stay on this computer: never OpenAI's address, never the environment's key.
    endpoint = built_in.endpoint({"OPENAI_API_KEY": "sk-env"})
    assert endpoint == Endpoint(NOWHERE_URL, None)
    # An older Rivulet reads the entry as "Other server": it must find an address that
    # refuses at once, not an empty one (which the SDK would take for OpenAI's).
    saved = json.loads((tmp_path / "settings.json").read_text())["providers"]
    assert [p["base_url"] for p in saved if p["kind"] == "builtin"] == [NOWHERE_URL]


def test_the_keychain_is_not_asked_before_settings_exist_nor_for_the_built_in_model(
    tmp_path: Path,
) -> None:
    ring = CountingKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    first = store.load(environ={})
    assert first.first_run and ring.asked == []  # nothing was ever filed

    store.save(replace(first, providers=(replace(first.providers[0], api_key="sk-9"),)), {})
    ring.asked.clear()
    again = SettingsStore(tmp_path, store.vault).load(environ={})
    assert again.providers[0].api_key == "sk-9"
    assert ring.asked == [again.providers[0].key_account]  # not the built-in model's
