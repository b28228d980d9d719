"""Keys in the OS keychain; with none, a 0600 file (labelled, by choice) or this session only."""

import json
import stat
from pathlib import Path

from keyring.backends.fail import Keyring as NoKeyring

from core.config.keys import KEY_FILE, SERVICE, KeyPlace, KeyVault
from tests.support.memory_keyring import MemoryKeyring


def test_keys_go_to_the_keychain_per_server(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    vault = KeyVault(tmp_path, ring)
    assert vault.keychain_available
    assert (
        vault.put("https://api.openai.com/v1", "sk-openai", KeyPlace.KEYCHAIN) is KeyPlace.KEYCHAIN
    )
    vault.put("https://openrouter.ai/api/v1", "sk-or", KeyPlace.FILE)  # keychain wins
    assert ring.passwords == {
        (SERVICE, "https://api.openai.com/v1"): "sk-openai",
        (SERVICE, "https://openrouter.ai/api/v1"): "sk-or",
    }
    assert KeyVault(tmp_path, ring).get("https://api.openai.com/v1") == "sk-openai"
    assert list(tmp_path.iterdir()) == []  # nothing on disk
    vault.put("https://api.openai.com/v1", "", KeyPlace.KEYCHAIN)  # cleared
    assert vault.get("https://api.openai.com/v1") == ""


def test_without_a_keychain_the_default_is_this_session_only(tmp_path: Path) -> None:
    vault = KeyVault(tmp_path, NoKeyring())
    assert not vault.keychain_available
    assert vault.put("acct", "sk-session", KeyPlace.KEYCHAIN) is KeyPlace.SESSION
    assert vault.get("acct") == "sk-session"
    assert list(tmp_path.iterdir()) == []
    assert KeyVault(tmp_path, NoKeyring()).get("acct") == ""  # gone after a restart


def test_without_a_keychain_a_private_file_if_the_user_chooses(tmp_path: Path) -> None:
    vault = KeyVault(tmp_path, NoKeyring())
    assert vault.put("acct", "sk-file", KeyPlace.FILE) is KeyPlace.FILE
    path = tmp_path / KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text())
    assert "NOT ENCRYPTED" in data["warning"]
    assert KeyVault(tmp_path, NoKeyring()).get("acct") == "sk-file"
    vault.put("acct", "sk-now-session", KeyPlace.SESSION)  # changing one's mind removes it
    assert not path.exists()
    assert vault.get("acct") == "sk-now-session"
