"""`KeyVault`: where API keys live. The OS keychain (macOS Keychain, Windows Credential
Manager, Secret Service on Linux) through `keyring`; where there is none, what the user
chose: a file only they can read (0600, *not encrypted*), or memory for this session.
Keys are filed per server address, never in settings.json, a log or an export."""

import json
import logging
import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring is imported when a key is first needed: ~90 ms with discovery
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE = "Rivulet"
KEY_FILE = "keys-not-encrypted.json"


class KeyPlace(Enum):
    KEYCHAIN = "keychain"
    FILE = "file"  # a private file, not encrypted: only where there is no keychain
    SESSION = "session"  # forgotten when Rivulet closes


class KeyVault:
    def __init__(
        self, folder: Path, backend: "keyring.backend.KeyringBackend | None" = None
    ) -> None:
        self._file = folder / KEY_FILE
        self._backend = backend
        self._session: dict[str, str] = {}
        self._keychain: bool | None = None

    @property
    def keychain_known(self) -> bool:
        """Whether `keychain_available` has been asked already (it then answers at once)."""
        return self._keychain is not None

    @property
    def keychain_available(self) -> bool:
        from keyring.errors import KeyringError

        if self._keychain is None:
            try:
                self._ring().get_password(SERVICE, "probe")
                self._keychain = True
            except KeyringError as error:
                log.info("No usable keychain: %s", type(error).__name__)
                self._keychain = False
        return self._keychain

    def place_for(self, wanted: KeyPlace) -> KeyPlace:
        """Where a key goes: the keychain if there is one, else the user's fallback choice."""
        if self.keychain_available:
            return KeyPlace.KEYCHAIN
        return KeyPlace.SESSION if wanted is KeyPlace.KEYCHAIN else wanted

    def get(self, account: str) -> str:
        from keyring.errors import KeyringError

        if account in self._session:
            return self._session[account]
        if self.keychain_available:
            try:
                return self._ring().get_password(SERVICE, account) or ""
            except KeyringError as error:
                log.warning("Keychain read failed: %s", type(error).__name__)
        return str(self._read_file().get(account, ""))

    def put(self, account: str, key: str, wanted: KeyPlace) -> KeyPlace:
        """Store (or, for an empty key, forget) the key for `account`; returns where it went."""
        from keyring.errors import KeyringError

        place = self.place_for(wanted)
        self._session.pop(account, None)
        self._forget_in_file(account)
        if place is KeyPlace.KEYCHAIN:
            try:
                if key:
                    self._ring().set_password(SERVICE, account, key)
                else:
                    self._delete_from_keychain(account)
                return place
            except KeyringError as error:
                log.warning("Keychain write failed: %s", type(error).__name__)
                place = KeyPlace.SESSION
        if not key:
            return place
        if place is KeyPlace.FILE:
            stored = self._read_file()
            stored[account] = key
            self._write_file(stored)
        else:
            self._session[account] = key
        return place

    def _delete_from_keychain(self, account: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._ring().delete_password(SERVICE, account)
        except KeyringError:
            pass  # nothing was stored

    def _ring(self) -> "keyring.backend.KeyringBackend":
        import keyring

        return self._backend or keyring.get_keyring()

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        keys = data.get("keys") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in keys.items()} if isinstance(keys, dict) else {}

    def _forget_in_file(self, account: str) -> None:
        stored = self._read_file()
        if account in stored:
            del stored[account]
            self._write_file(stored)

    def _write_file(self, keys: dict[str, str]) -> None:
        if not keys:
            self._file.unlink(missing_ok=True)
            return
        note = (
            "Rivulet's API keys, NOT ENCRYPTED: this computer has no keychain, and you chose "
            "to keep them in this file, which only your user account can read."
        )
        partial = self._file.with_name(self._file.name + ".part")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"warning": note, "keys": keys}, out, indent=2)
        os.replace(partial, self._file)
