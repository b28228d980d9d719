"""Settings: environment defaults, private key file, damaged files kept aside."""

import json
from pathlib import Path

from core import paths
from core.keys import KeyVault
from core.settings import OPENAI_URL, Endpoint, Settings, SettingsStore
from tests.support.memory_keyring import MemoryKeyring


def test_data_dir_honours_the_environment(data_dir: Path) -> None:
    # the autouse fixture points RIVULET_DATA_DIR at a temporary folder
    assert not data_dir.exists()
    assert paths.data_dir() == data_dir
    assert data_dir.is_dir()


def test_environment_supplies_the_defaults() -> None:
    env = {"OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": "http://localhost:11434/v1/"}
    endpoint = Settings().endpoint(env)
    assert endpoint == Endpoint("http://localhost:11434/v1", "sk-env")
    chosen = Settings(api_key="sk-mine", base_url="http://h:1/v1").endpoint(env)
    assert chosen == Endpoint("http://h:1/v1", "sk-mine")


def test_what_counts_as_configured() -> None:
    assert not Settings().endpoint({}).is_usable
    assert Settings().endpoint({"OPENAI_API_KEY": "sk"}).is_usable
    assert Settings(base_url="http://localhost:1234/v1").endpoint({}).is_usable
    assert not Settings(base_url=OPENAI_URL).endpoint({}).is_usable


def test_default_model_only_for_openai() -> None:
    assert Settings().model_for(Endpoint(None, "k")) == "gpt-4o-mini"
    assert Settings().model_for(Endpoint("http://localhost:8080/v1", None)) == ""
    assert Settings(model="llama3").model_for(Endpoint(None, "k")) == "llama3"


def test_key_is_never_shown_in_a_repr() -> None:
    assert "sk-secret" not in repr(Settings(api_key="sk-secret"))
    assert "sk-secret" not in repr(Endpoint(None, "sk-secret"))


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path, KeyVault(tmp_path, MemoryKeyring()))
    store.save(Settings("sk-1", "http://h/v1", "m"), environ={})
    again = SettingsStore(tmp_path, store.vault)
    assert again.load() == Settings("sk-1", "http://h/v1", "m")
    assert "sk-1" not in (tmp_path / "settings.json").read_text()


def test_a_key_from_the_environment_is_not_copied_anywhere(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    store.save(Settings("sk-env", "", "m"), environ={"OPENAI_API_KEY": "sk-env"})
    assert ring.passwords == {}
    assert all("sk-env" not in f.read_text() for f in tmp_path.iterdir() if f.is_file())


def test_a_damaged_settings_file_is_kept_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{ not json")
    assert SettingsStore(tmp_path).load() == Settings()
    assert (tmp_path / "settings.damaged.json").read_text() == "{ not json"


def test_a_settings_file_of_the_wrong_shape_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps(["a", "list"]))
    assert SettingsStore(tmp_path).load() == Settings()
