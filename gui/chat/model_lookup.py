"""`ModelLookup`: with a server and no model chosen, ask the server which models it offers
and take the first. A question sent meanwhile waits for this (the session's "models"
hold); if the server cannot be asked or offers nothing, it fails with that reason."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from shiboken6 import isValid

from core.config.chat_options import ChatSetup
from core.config.providers import Provider
from core.errors import ChatError, ErrorKind
from core.i18n import Context
from gui.async_slot import async_slot

if TYPE_CHECKING:
    from gui.chat.setup_controller import SetupController

ServerModels = Context("ServerModels")


class ModelLookup(QObject):
    """Part of `SetupController`: the one model-list request the chat may be waiting for."""

    def __init__(self, controller: "SetupController") -> None:
        super().__init__(controller)
        self._controller = controller
        # The provider and address whose model list is being asked for, if any.
        self.asking: tuple[str, str] | None = None

    def needed(self) -> bool:
        """Whether the chat's server must be asked for a model before a request can go."""
        controller = self._controller
        return not controller.provider.is_builtin and not controller.session.model

    def hold(self) -> None:
        self._controller.session.hold(
            "models", ServerModels.tr("Asking the server which models it offers…")
        )

    def follow(self) -> None:
        """The hold follows the chat's provider: gone when it has a model, asked for anew
        when it is another provider without one."""
        if not self.needed():
            self._controller.session.release("models")
        elif self.asking != self._key():
            self.hold()
            if self._controller.keys.applied:
                self._on_send_pick()  # else the keys arriving start it

    def before_send(self) -> None:
        if self.needed() and self.asking != self._key():
            self.hold()  # before sending: the question waits for the list
            if self._controller.keys.applied:
                self._on_send_pick()
            # else: the keys arriving starts the lookup

    def start(self) -> None:
        """The keys are read: ask now if the chat needs a model."""
        self._on_startup_pick()

    def _key(self) -> tuple[str, str]:
        provider = self._controller.provider
        return (provider.id, provider.endpoint().display_url)

    @async_slot()
    async def _on_startup_pick(self) -> None:
        await self._pick()

    @async_slot()
    async def _on_send_pick(self) -> None:
        await self._pick()

    async def _pick(self) -> None:
        controller = self._controller
        session = controller.session
        provider = controller.provider
        endpoint = provider.endpoint()
        key = (provider.id, endpoint.display_url)
        if not self.needed():
            session.release("models")
            return
        if self.asking == key:
            return  # already asked
        if not endpoint.is_usable:
            session.release("models")  # the request then says what is missing
            return
        from core.chat.model_list import list_models

        self.asking = key
        self.hold()
        try:
            models = await list_models(endpoint, contexts=session.known_contexts)
        except ChatError as error:
            if self._is_current(key):
                self.asking = None
                if not session.is_busy:
                    controller.message.emit(error.message, 15000)
                session.release("models", error)
            return
        except BaseException:
            if self._is_current(key):
                self.asking = None
                session.release("models")
            raise
        if not isValid(self) or controller.closed:
            return
        current = self._is_current(key)
        if self.asking == key:
            self.asking = None
        self._take(provider, models, current=current)

    def _is_current(self, key: tuple[str, str]) -> bool:
        """Whether a lookup still answers for the chat's provider and address (a lookup
        for a provider the user has left only updates that provider's list)."""
        if not isValid(self) or self._controller.closed or self.asking != key:
            return False
        return key == self._key()

    def _take(self, provider: Provider, models: list[str], *, current: bool) -> None:
        controller = self._controller
        session = controller.session
        # Settings may have changed while waiting: use the provider as it is now.
        now = controller.settings.provider(provider.id)
        if models and now is not None and now.base_url == provider.base_url:
            controller.settings = controller.settings.with_provider(now.with_models(models))
            if current and not session.model:
                controller.change_setup(ChatSetup(provider.id, models[0], session.setup.options))
        if not current:
            return
        if not models and self.needed():
            session.release("models", _no_models(provider.name))
        else:
            session.release("models")


def _no_models(server: str) -> ChatError:
    return ChatError(
        ErrorKind.NOT_CONFIGURED,
        #: Retry is the button under the failed reply.
        ServerModels.tr(
            "{server} answered, but offers no models yet. Load or download a model there "
            "(in Ollama: ollama pull llama3.2), then press Retry.",
            server=server,
        ),
    )
