"""`LocalSetup`: the built-in model's engine as the chat's setup needs it: started for a
built-in setup, stopped for any other, its loading shown and waited for."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from core.config.providers import BUILTIN_ID, Provider, is_loopback
from core.errors import ChatError, ErrorKind
from core.i18n import Context
from core.local.engine import EngineState, EngineStatus, LocalEngine
from core.local.model_files import LocalModelError, display_name
from gui.chat.local_runner import LocalModels

if TYPE_CHECKING:
    from gui.chat.setup_controller import SetupController

LocalModelStatus = Context("LocalModelStatus")


def no_local_models() -> str:
    """Why a window that runs no local models cannot use the built-in one."""
    return LocalModelStatus.tr("This window runs no local models.")


def _waiting_for(engine: LocalEngine) -> str:
    #: What a question sent meanwhile waits for.
    return LocalModelStatus.tr("Waiting for {model} to load…", model=display_name(engine.name))


class LocalSetup(QObject):
    """Part of `SetupController`; reports through its signals."""

    def __init__(self, controller: "SetupController", models: LocalModels | None) -> None:
        super().__init__(controller)
        self._controller = controller
        self.models = models  # None: this window runs no local models
        self.problem: str | None = None  # why the chat's local model cannot run
        if models is not None:
            models.status_changed.connect(self._on_models_status_changed)

    def unavailable(self) -> dict[str, str]:
        """Providers the model switcher shows greyed out, with the reason."""
        if self.models is None:
            return {BUILTIN_ID: no_local_models()}
        problem = self.models.problem("")
        return {BUILTIN_ID: problem} if problem else {}

    def problem_with(self, model: str) -> str | None:
        """Why `model` (a GGUF file's path) cannot run here; None if it can."""
        if self.models is None:
            return no_local_models()
        return self.models.problem(model)

    def run(self, provider: Provider, model: str, *, retry: bool = False) -> LocalEngine | None:
        """Start (or keep) the local model a built-in setup needs; stop it for any other,
        so its memory goes back. None when the setup is not local or cannot run."""
        controller = self._controller
        self.problem = None
        if self.models is None:
            if provider.is_builtin:
                self.problem = no_local_models()
            return None
        if not provider.is_builtin:
            self.models.release()  # its reports stop: nothing will load
            controller.loading_ended.emit()
            self._release_later(None)
            return None
        try:
            engine = self.models.engine_for(model, retry=retry)
            if engine.status.state is EngineState.LOADING:
                controller.session.hold("local", _waiting_for(engine))
        except LocalModelError as error:
            self.problem = error.message
            controller.loading_ended.emit()
            return None
        if engine.status.state is EngineState.FAILED and not engine.running:
            # Nothing answers at its address (it never started, or died while loading):
            # say why here instead of sending the chat into a closed port.
            self.problem = engine.status.message
            controller.loading_ended.emit()
            return None
        if not is_loopback(engine.endpoint.base_url or ""):
            self.problem = LocalModelStatus.tr("The local model has no address on this computer.")
            return None  # never let a local chat go anywhere else
        return engine

    def ready_to_send(self) -> bool:
        """For a built-in setup: start again a model that stopped or failed (sending again
        is the user's way to try again), or say why it cannot run."""
        controller = self._controller
        engine = self.models.engine if self.models else None
        if engine is None or engine.status.state in (EngineState.FAILED, EngineState.STOPPED):
            # A fresh process, with a fresh address.
            controller.apply_setup(controller.session.setup, retry_local=True)
        if self.problem is not None:
            controller.message.emit(self.problem, 15000)
            return False
        return True

    def close(self) -> None:
        if self.models is not None:
            self.models.release()

    @Slot(LocalEngine, EngineStatus)
    def _on_models_status_changed(self, engine: LocalEngine, status: EngineStatus) -> None:
        controller = self._controller
        if status.state is EngineState.LOADING:
            controller.loading_progressed.emit(engine.name, status.progress)
            # A question sent meanwhile waits, and says so (its request would wait in the
            # model's socket anyway, with nothing on screen to tell why).
            controller.session.hold("local", _waiting_for(engine))
            return
        controller.loading_ended.emit()
        error = None
        if status.state is EngineState.FAILED and not engine.ever_ready:
            error = ChatError(ErrorKind.NOT_CONFIGURED, status.message)
        self._release_later(engine, error)
        if status.state is EngineState.READY:
            controller.message.emit(
                LocalModelStatus.tr("{model} is loaded and ready.", model=engine.name), 4000
            )
            if status.context:  # what files attached to a question are fitted to
                controller.session.known_contexts[engine.name] = status.context
        elif status.state is EngineState.FAILED:
            controller.message.emit(status.message, 30000)
            if engine.ever_ready or not engine.running:
                # Crashed: start it again for Retry (once the failing reply has ended), or
                # show why it cannot run. Never from inside this report: it may come
                # synchronously from `apply_setup` itself.
                QTimer.singleShot(0, self, self._on_timer_failed)

    def _release_later(self, engine: LocalEngine | None, error: ChatError | None = None) -> None:
        """Let a request waiting for the local model go (or fail) from the event loop:
        this may be called from inside `apply_setup`, before the session is configured
        for the new setup. Only while `engine` is still the one in use (None: none is),
        so a late report never frees a hold a newer engine has taken."""

        def release() -> None:
            in_use = self.models.engine if self.models is not None else None
            if in_use is engine:
                self._controller.session.release("local", error)

        QTimer.singleShot(0, self, release)

    @Slot()
    def _on_timer_failed(self) -> None:
        controller = self._controller
        if controller.closed or not controller.provider.is_builtin:
            return
        if controller.session.is_streaming:
            controller.deferred = controller.deferred or controller.session.setup
        else:
            controller.apply_setup(controller.deferred or controller.session.setup)
