"""`FirstFrame`: run the start-up work that can wait once the window's first frame is on
screen, so that a person can type at once.

On two cores, anything that starts during start-up (the built-in model's process, the
keychain, looking for local servers, the rest of a long chat list) competes with the
window for the processor; started after its first frame, the window is typeable first.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# A window that is never exposed (started minimised, or on a screen that never paints)
# must not wait for its keys and model forever.
LATEST_MS = 1500


class FirstFrame(QObject):
    """Calls each function given to `then`, in order, once `window` is first exposed (or
    after LATEST_MS at the latest); later `then` calls run at once.

    Signals:
        exposed(): the window is about to paint its first frame (the calls come after).
        cancelled(): `cancel` was called (the window is closing).
    """

    exposed = Signal()
    cancelled = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Callable[[], None]] | None = []
        self._watched: QObject | None = None
        self._cancelled = False
        self._on_screen = False
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    @property
    def passed(self) -> bool:
        return self._waiting is None

    @property
    def on_screen(self) -> bool:
        """The first frame is painted (or being painted); the calls may still wait."""
        return self._on_screen

    def then(self, action: Callable[[], None]) -> None:
        if self._cancelled:
            return
        if self._waiting is None:
            action()
        else:
            self._waiting.append(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Show and self._watched is None:
            # The native window exists from the first show on; its Expose comes later.
            handle = self._window.windowHandle()
            if handle is not None:
                self._watched = handle
                handle.installEventFilter(self)
        elif (
            watched is self._watched and kind == QEvent.Type.Expose and self._watched.isExposed()  # type: ignore[attr-defined]
        ):
            # Painting follows this event in the same pass of the event loop: the work
            # starts on the next pass, after the frame is on screen.
            QTimer.singleShot(0, self, self._run)
            self._on_screen = True
            self.exposed.emit()
        return False

    def cancel(self) -> None:
        """Run none of what waits, nor anything given later (the window is closing)."""
        self._cancelled = True
        self._take()
        self.cancelled.emit()

    def _run(self) -> None:
        for action in self._take():
            action()

    def _take(self) -> list[Callable[[], None]]:
        waiting, self._waiting = self._waiting or [], None
        self._window.removeEventFilter(self)
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        return waiting


class NextPaint(QObject):
    """Calls `action` on the event loop's turn after `window` next paints (or after
    LATEST_MS if it paints nothing: hidden, minimised), unless `window` is gone."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], None] | None = action
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The top-level widget gets UpdateRequest when it paints what changed in it.
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            self._window.removeEventFilter(self)
            self.deleteLater()
            action()
