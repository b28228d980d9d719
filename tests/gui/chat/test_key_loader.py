"""`KeyLoader`: keys read off the GUI thread; what needs them waits, in order, and a slow
keychain is said to be slow."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from core.config.keys import KeyVault
from core.config.settings import Settings, SettingsStore
from gui.chat.key_loader import KeyLoader
from tests.gui.conftest import WindowFactory
from tests.support.gated_keyring import GatedKeyring
from tests.support.memory_keyring import CountingKeyring


def test_actions_wait_for_the_keys_and_run_in_order(qtbot: QtBot, tmp_path: Path) -> None:
    ring = GatedKeyring()
    store = SettingsStore(tmp_path, KeyVault(tmp_path, ring))
    store.save(Settings.single(api_key="sk-kept-123", base_url="http://127.0.0.1:9/v1"), environ={})
    ring.lock()
    loader = KeyLoader(store)
    settings = store.load(with_keys=False)
    assert settings.providers[0].api_key == ""
    ran: list[str] = []
    with qtbot.waitSignal(loader.keychain_slow, timeout=5000):
        loader.with_keys(settings, lambda: ran.append("first"))
        loader.with_keys(settings, lambda: ran.append("second"))
    assert ran == [] and not applied(loader)  # nothing waited on this thread
    with qtbot.waitSignal(loader.keys_read) as read:
        ring.unlocked.set()
    assert read.args[0].providers[0].api_key == "sk-kept-123"
    assert ran == ["first", "second"] and applied(loader)
    loader.with_keys(settings, lambda: ran.append("now"))
    assert ran[-1] == "now"  # once read, at once
    loader.close()


def applied(loader: KeyLoader) -> bool:
    return loader.applied  # read through a call: mypy would keep the narrowed value


def test_a_first_run_asks_the_keychain_only_when_settings_open(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    """Nothing is filed before the first save: the keychain's libraries (~20 MB) stay
    unloaded until someone opens Settings, which then knows whether there is one."""
    ring = CountingKeyring()
    window = make_window(vault=KeyVault(data_dir, ring))  # first run: no settings
    qtbot.waitUntil(lambda: window.setup.keys.applied)
    assert ring.asked == []

    window.dialogs.open_settings()
    qtbot.waitUntil(lambda: window.dialogs.settings_dialog is not None)
    assert ring.asked == ["probe"]  # asked once, off the GUI thread, before it opened
    dialog = window.dialogs.settings_dialog
    assert dialog is not None
    dialog.reject()
