"""A keychain that answers only when the test lets it: like one showing an unlock prompt."""

import threading

from tests.support.memory_keyring import MemoryKeyring


class GatedKeyring(MemoryKeyring):
    """Once `lock()`ed, `get_password` waits until `unlocked` is set (at most `limit` s)."""

    def __init__(self, limit: float = 30.0) -> None:
        super().__init__()
        self.unlocked = threading.Event()
        self.unlocked.set()
        self.asked = threading.Event()  # asked while locked
        self._limit = limit

    def lock(self) -> None:
        self.unlocked.clear()

    def get_password(self, service: str, username: str) -> str | None:
        if not self.unlocked.is_set():
            self.asked.set()
            self.unlocked.wait(self._limit)
        return super().get_password(service, username)
