"""First run: offer the chat servers that answer on this computer's usual ports (Ollama,
LM Studio, ...), and switch to the one the user accepts."""

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from core.config.providers import Provider
from core.i18n import Context
from gui.async_slot import async_slot

if TYPE_CHECKING:
    from gui.chat.setup_controller import SetupController

FoundServers = Context("FoundServers")


class FirstRun(QObject):
    """Part of `SetupController`; reports through its `servers_found` signal."""

    def __init__(
        self, controller: "SetupController", candidates: Sequence[Provider] | None
    ) -> None:
        super().__init__(controller)
        self._controller = controller
        if candidates is None:
            from core.config.detect import local_candidates

            candidates = local_candidates()
        self._candidates = list(candidates)
        self._found: list[Provider] = []

    def detect_soon(self) -> None:
        if self._controller.settings.first_run and self._candidates:
            QTimer.singleShot(0, self, self._on_timer_detect)

    @async_slot()
    async def _on_timer_detect(self) -> None:
        from core.config.detect import detect_local_servers

        found = await detect_local_servers(self._candidates)
        if not isValid(self):
            return  # closed while waiting
        self._found = [f.provider for f in found]
        self._controller.servers_found.emit(
            [
                FoundServers.tr(
                    "{server} (%n model(s))",
                    "a chat server found on this computer, and how many models it offers",
                    len(f.models),
                    server=f.provider.name,
                )
                for f in found
            ]
        )

    def accept(self, index: int) -> None:
        """The user chose the server at `index` among those offered."""
        controller = self._controller
        provider = self._found[index]
        same = next(
            (p for p in controller.settings.providers if p.base_url == provider.base_url), None
        )
        # Already saved at that address: keep its name and key, take the fresh model list.
        chosen = (
            replace(same, models=provider.models, model=same.model or provider.model)
            if same
            else provider
        )
        controller.change_settings(
            lambda settings: replace(
                settings.with_provider(chosen), current_id=chosen.id, first_run=False
            )
        )
        controller.servers_found.emit([])
        controller.apply_setup(
            replace(controller.default_setup(), options=controller.session.setup.options)
        )
