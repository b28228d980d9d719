"""`LocalModels`: the one local model the window may be running, and its loading progress.

The engine (`core.local.engine`) does the work in its own process; this keeps at most
one alive, reuses it while chats use the same model file, stops it when the window
switches away (so its memory goes back at once), and brings its status reports, made
on a background thread, to the GUI thread as a signal.
"""

from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.local.engine import EngineState, EngineStatus, LocalEngine
from core.local.model_files import (
    RUNTIME_PACKAGE,
    LocalModelError,
    builtin_problem,
    display_name,
    expected_sha256,
    is_builtin,
    model_file,
    runtime_problem,
)
from gui.background import Background

LOG_NAME = "local-model.log"


class LocalModels(QObject):
    """Signals:
    status_changed(object, object): the `LocalEngine` and its new `EngineStatus`; only
        for the engine in use (reports from one already let go are dropped).
    """

    status_changed = Signal(LocalEngine, EngineStatus)

    def __init__(
        self,
        log_folder: Path | None = None,
        *,
        runtime: str = RUNTIME_PACKAGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_folder = log_folder
        self._runtime = runtime
        self.engine: LocalEngine | None = None
        self._background = Background("local-models", self)  # only for post: no thread
        self._held = False  # engines are made but not started (see hold_starts)
        self._unstarted: LocalEngine | None = None

    def hold_starts(self) -> None:
        """Make engines without starting their processes until `release_starts`: the
        window holds them while it starts, so the model loads after its first frame (a
        question sent meanwhile waits, as while any model loads)."""
        self._held = True

    def release_starts(self) -> bool:
        """Start the engine made while held, if any; whether one was started."""
        self._held = False
        engine, self._unstarted = self._unstarted, None
        if engine is None or engine is not self.engine:
            return False
        engine.start()
        return True

    def problem(self, model: str) -> str | None:
        """Why `model` (the built-in one, or a file's path) cannot run here; None if it can."""
        return self._builtin_problem if is_builtin(model) else self._runtime_problem

    # Asked on every change of setup; what is installed does not change while the app runs.
    @cached_property
    def _builtin_problem(self) -> str | None:
        return builtin_problem(self._runtime)

    @cached_property
    def _runtime_problem(self) -> str | None:
        return runtime_problem(self._runtime)

    def engine_for(self, model: str, *, retry: bool = False) -> LocalEngine:
        """The engine for `model`, started if need be. One that crashed after loading is
        started again; one that failed to load only when `retry` (the user sent again).

        Raises `LocalModelError` when the model cannot run here at all.
        """
        problem = self.problem(model)
        if problem is not None:
            raise LocalModelError(problem)
        path = model_file(model)
        engine = self.engine
        if engine is not None and engine.model_file == path:
            state = engine.status.state
            if state in (EngineState.LOADING, EngineState.READY):
                return engine
            if state is EngineState.FAILED and not (retry or engine.ever_ready):
                return engine  # the same file would fail the same way
        self.release()
        engine = LocalEngine(
            path,
            display_name(model),
            sha256=expected_sha256(model),
            on_status=self._report,
            log_file=self._log_folder / LOG_NAME if self._log_folder else None,
        )
        self.engine = engine
        if self._held:
            self._unstarted = engine
        else:
            engine.start()
        return engine

    def _report(self, engine: LocalEngine, status: EngineStatus) -> None:
        """On the engine's thread; the window (and this object) may be gone by then."""
        # The window (and this object) may be gone by then: `post` then drops it.
        self._background.post(lambda: self._on_engine_reported(engine, status))

    def release(self) -> None:
        """Stop the running model, if any: its process ends and its memory is freed."""
        engine, self.engine = self.engine, None
        self._unstarted = None
        if engine is not None:
            engine.stop()

    def _on_engine_reported(self, engine: LocalEngine, status: EngineStatus) -> None:
        if engine is self.engine:
            self.status_changed.emit(engine, status)
