"""`ClientMaker`: the chat's client, made on a worker thread once per setup.

Making the first client imports openai and loads the system's certificates (~300 ms), so
it starts when the user starts typing and never on the GUI thread.
"""

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from gui.background import Background

if TYPE_CHECKING:
    from core.chat.client import ChatClient

ClientFactory = Callable[[], "ChatClient"]
T = TypeVar("T")


class ClientMaker(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = Background("client", self)
        self._factory: ClientFactory | None = None
        self.future: Future[ChatClient] | None = None  # the client being made, or made
        self.closed = False

    def use(self, factory: ClientFactory) -> None:
        """Make clients with `factory` from now on (the one made before is closed)."""
        self.drop()
        self._factory = factory

    def prepare(self) -> "Future[ChatClient] | None":
        """Start making the client, if that has not started; None until configured."""
        if self.future is None and self._factory is not None and not self.closed:
            # Its failure is reported when a reply takes the client (from the future).
            self.future = self._background.run(self._factory, _ignore, on_error=_ignore).future
        return self.future

    def when_done(self, future: "Future[T]", callback: Callable[["Future[T]"], None]) -> None:
        """`callback(future)` on the GUI thread once `future` is done (unless closed)."""
        self._background.when_done(future, callback)

    def drop(self) -> None:
        future, self.future = self.future, None
        if future is not None:
            # Close it once made, even if that is still under way.
            future.add_done_callback(_close_made_client)

    def close(self) -> None:
        self.closed = True
        self.drop()
        self._background.close()


def _close_made_client(future: "Future[ChatClient]") -> None:
    if not future.cancelled() and future.exception() is None:
        future.result().close()


def _ignore(_result: object) -> None:
    """For work whose outcome is read from its future."""
