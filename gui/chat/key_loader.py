"""`KeyLoader`: the API keys, read from the keychain once, off the GUI thread.

Finding the keychain costs ~90 ms and may show an unlock prompt, so nothing on the GUI
thread waits for it: actions that need the keys wait in a queue instead.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from core.config.providers import Provider
from core.config.settings import Settings, SettingsStore
from gui.background import Background

log = logging.getLogger(__name__)

# A keychain that has not answered by then is probably asking for a password: say so.
KEYCHAIN_SLOW_MS = 1500


class KeyLoader(QObject):
    """Signals:
    keys_read(object): the settings as read with their keys (`Settings`), or None if they
        could not be read; on the GUI thread, once. Actions waiting for the keys run after.
    ready(): those actions have run.
    keychain_slow(): something waits for the keys and the keychain has not answered yet.
    """

    keys_read = Signal(object)
    ready = Signal()
    keychain_slow = Signal()

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._background = Background("keys", self)
        self._future: Future[Settings] | None = None
        self._lock = threading.Lock()  # the client may ask for the keys on its own thread
        self._waiting: list[Callable[[], None]] = []
        self._after_probe: list[Callable[[], None]] = []
        self._closed = False
        self.applied = False  # the keys are in the settings the window uses

    def start(self, settings: Settings) -> "Future[Settings] | None":
        """The keys being read (from `settings`' providers), starting that if needed; from
        any thread. None once closed."""
        with self._lock:
            if self._future is None and not self._closed:
                task = self._background.run(
                    lambda: self._read(settings), self._on_read, self._on_failed
                )
                self._future = task.future
            return self._future

    def with_keys(self, settings: Settings, action: Callable[[], None]) -> None:
        """Run `action` now if the keys are applied, else once they are."""
        if self.applied:
            action()
            return
        if self.start(settings) is None:
            return  # closing
        self._waiting.append(action)
        QTimer.singleShot(KEYCHAIN_SLOW_MS, self, self._on_timer_slow)

    def keyed(self, provider: Provider, settings: Settings) -> Provider:
        """`provider` with its key (reading the keys from `settings` if not started yet).
        Blocks until they are read: call it only on the client-making thread, never on the
        GUI thread."""
        future = self.start(settings)
        if provider.api_key or future is None:
            return provider
        try:
            found = future.result().provider(provider.id)
        except Exception:
            return provider  # reported once, by _on_failed
        return replace(provider, api_key=found.api_key) if found else provider

    def close(self) -> None:
        self._closed = True
        self._background.close()

    def _read(self, settings: Settings) -> Settings:
        """On the key reader's thread: the keys, and whether there is a keychain at all
        (asked here once, so the Settings dialog never asks on the GUI thread)."""
        with_keys = self._store.with_keys(settings)
        if not settings.first_run:  # a first run has no keys: see `with_keychain`
            _ = self._store.vault.keychain_available
        return with_keys

    def with_keychain(self, settings: Settings, action: Callable[[], None]) -> None:
        """Run `action` once the keys are applied and whether there is a keychain is known
        (asked off the GUI thread when nothing asked yet: the first run leaves it, so
        that the keychain's libraries load only when someone opens Settings)."""

        def when_known() -> None:
            if self._store.vault.keychain_known:
                action()
                return
            self._after_probe.append(action)  # in order, after the one probe
            if len(self._after_probe) == 1:
                self._background.run(
                    lambda: self._store.vault.keychain_available,
                    self._on_probed,
                    self._on_probed,
                )

        self.with_keys(settings, when_known)

    def _on_probed(self, _outcome: object) -> None:
        waiting, self._after_probe = self._after_probe, []
        for action in waiting:
            action()

    def _on_read(self, settings: Settings) -> None:
        self._finish(settings)

    def _on_failed(self, error: BaseException) -> None:
        log.error("Could not read the keys", exc_info=error)
        self._finish(None)

    def _finish(self, settings: Settings | None) -> None:
        if self._closed or self.applied:
            return
        self.applied = True
        self.keys_read.emit(settings)
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()
        self.ready.emit()

    @Slot()
    def _on_timer_slow(self) -> None:
        if not self.applied and not self._closed:
            self.keychain_slow.emit()
