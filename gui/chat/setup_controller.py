"""`SetupController`: which provider and model the chat talks to, with no widget in it.

It owns the settings as the window uses them (keys read in the background, changes saved
once the keys are there), applies a chat's setup to the `ChatSession`, runs the built-in
model's engine for a built-in setup and asks a server for its models when none is chosen.
The window shows what it reports through its signals and forwards the user's choices.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from core.config.chat_options import (
    BUILT_IN_PRESETS,
    ChatOptions,
    ChatSetup,
    OptionsPreset,
    preset_name_for,
)
from core.config.prices import PriceStore, PriceTable, conversation_totals
from core.config.providers import BUILTIN_ID, Endpoint, Provider
from core.config.settings import Settings, SettingsStore
from core.i18n import Context
from core.local.model_files import BUILTIN_MODEL, LocalModelError, check_gguf, display_name
from gui.chat.first_run import FirstRun
from gui.chat.key_loader import KeyLoader
from gui.chat.local_runner import LocalModels
from gui.chat.local_setup import LocalSetup
from gui.chat.model_lookup import ModelLookup
from gui.chat.session import ChatSession

if TYPE_CHECKING:  # imported lazily: openai takes ~300 ms to import
    from core.chat.client import ChatClient

log = logging.getLogger(__name__)

ChatSetupNotices = Context("ChatSetupNotices")

ClientFactory = Callable[[Endpoint], "ChatClient"]


class SetupController(QObject):
    """Signals:
    choices_changed(tuple, str, str, dict, dict): providers, the chat's provider id and
        model, providers unavailable (id -> why), providers that need setup (id -> what).
    options_named(str): the name of the chat's options preset.
    welcome_changed(bool, str, bool, str): whether the chat can answer, why the built-in
        model cannot, whether it answers offline, the model's display name.
    model_described(str): the chat's model and provider, for the status line.
    totals_changed(str): the chat's tokens and cost, in words.
    loading_progressed(str, float): a local model's name and how much of it is loaded.
    loading_ended(): no local model is loading.
    message(str, int): a passing message and how long to show it (ms).
    warning(str): something the user must read.
    servers_found(list): first run: descriptions of servers found on this computer.
    """

    choices_changed = Signal(tuple, str, str, dict, dict)
    options_named = Signal(str)
    welcome_changed = Signal(bool, str, bool, str)
    model_described = Signal(str)
    totals_changed = Signal(str)
    loading_progressed = Signal(str, float)
    loading_ended = Signal()
    message = Signal(str, int)
    warning = Signal(str)
    servers_found = Signal(list)

    def __init__(
        self,
        store: SettingsStore,
        make_client: ClientFactory,
        session: ChatSession,
        *,
        on_secret: Callable[[str | None], None],
        local_servers: Sequence[Provider] | None,
        local_models: LocalModels | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        self._make_client = make_client
        self._on_secret = on_secret
        # Keys come from the keychain on a worker thread once the window shows.
        self.settings = store.load(with_keys=False)  # always at least one provider
        self.keys = KeyLoader(store, self)
        self.keys.keys_read.connect(self._on_keys_read)
        self.keys.ready.connect(self._on_keys_ready)
        self.keys.keychain_slow.connect(self._on_keys_keychain_slow)
        self._setup_choice: tuple[str, str] | None = None  # chosen, waiting for a key
        self.closed = False
        self.deferred: ChatSetup | None = None  # applies once the streaming reply ends
        if (
            self.settings.first_run
            and not self.settings.endpoint().is_usable
            and local_models is not None
            and local_models.problem("") is None
        ):
            # Nothing set up and no key: the first reply comes from the built-in model,
            # with no dialog in between. (Saved only once the user saves something.)
            self.settings = replace(self.settings, current_id=BUILTIN_ID)
        self.provider = self.settings.current or self.settings.providers[0]
        self._price_store = PriceStore(store.folder)
        self.prices = self._price_store.load()
        self.local = LocalSetup(self, local_models)
        self.lookup = ModelLookup(self)
        self.first_run = FirstRun(self, local_servers)

    # -- keys and settings ---------------------------------------------------------
    @Slot(object)
    def _on_keys_read(self, with_keys: Settings | None) -> None:
        if self.closed:
            return
        keys = {p.id: p.api_key for p in (with_keys or self.settings).providers}
        # The settings may have changed meanwhile (a model switch): only add the keys.
        self.settings = replace(
            self.settings,
            providers=tuple(
                replace(p, api_key=p.api_key or keys.get(p.id, "")) for p in self.settings.providers
            ),
        )
        if not self.session.is_streaming:
            self.apply_setup(self.deferred or self.session.setup)
        self.session.say_while_connecting("")  # the keychain answered: "Connecting…"

    @Slot()
    def _on_keys_ready(self) -> None:
        if not self.closed:
            self.lookup.start()

    @Slot()
    def _on_keys_keychain_slow(self) -> None:
        self.message.emit(
            ChatSetupNotices.tr(
                "Waiting for the system keychain (it may be asking for your password)…"
            ),
            10000,
        )

    def read_keys(self) -> None:
        self.keys.start(self.settings)

    def start_held_model(self) -> None:
        """Start the built-in model the window held back while it started."""
        models = self.local.models
        if models is not None and models.release_starts():
            self.session.reconnect()  # a client made meanwhile knew no address for it

    def with_keys(self, action: Callable[[], None]) -> None:
        """Run `action` now if the keys are in the settings, else once they are: nothing on
        this thread waits for the keychain (it may be showing an unlock prompt)."""
        self.keys.with_keys(self.settings, action)

    def with_keychain(self, action: Callable[[], None]) -> None:
        """As `with_keys`, and whether there is a keychain is known too (for Settings)."""
        self.keys.with_keychain(self.settings, action)

    def change_settings(self, change: Callable[[Settings], Settings]) -> None:
        """Change the settings now; save them once the keys are there to save with."""
        self.settings = change(self.settings)
        self.with_keys(lambda: self.save_settings(self.settings))

    def save_settings(self, settings: Settings) -> None:
        # A save compares keys with the vault's, so they must have arrived, and `settings`
        # must be made from settings that have them (callers go through `with_keys`).
        assert self.keys.applied, "settings saved before the keys were read"
        self.settings = settings
        try:
            self.store.save(settings)
        except OSError as error:
            #: The reason is the system's ("Permission denied").
            notice = ChatSetupNotices.tr(
                "Could not save the settings: {reason}", reason=error.strerror or error
            )
            self.warning.emit(notice)

    def presets(self) -> tuple[OptionsPreset, ...]:
        return (*BUILT_IN_PRESETS, *self.settings.option_presets)

    def default_setup(self) -> ChatSetup:
        provider = self.settings.current
        return ChatSetup(provider.id, provider.model_or_default()) if provider else ChatSetup()

    # -- the chat's setup ----------------------------------------------------------
    def apply_setup(self, setup: ChatSetup, *, retry_local: bool = False) -> None:
        """Talk to the setup's provider and model (the default ones where it names none).

        `retry_local`: start again a local model that failed to load (the user sent again).
        """
        provider = self.settings.provider(setup.provider_id)
        missing = provider is None and bool(setup.provider_id)
        if provider is None:
            provider = self.settings.current or self.settings.providers[0]
            model = provider.model_or_default()
        else:
            model = setup.model or provider.model_or_default()
        self.provider = provider
        endpoint = provider.endpoint()
        for each in self.settings.providers:  # mask every key in the log, not just this one
            self._on_secret(each.endpoint().api_key)
        keyed = not self.keys.applied  # made before the keys arrived: fetch them then
        engine = self.local.run(provider, model, retry=retry_local)
        if engine is not None:
            endpoint = engine.endpoint  # its own address and token, never a saved key
            self._on_secret(endpoint.api_key)
            keyed = False
        chosen = endpoint

        def endpoint_now() -> Endpoint:
            if engine is not None:
                # Read when the client is made: a model held back during start-up has
                # its address only once its process starts (requests wait until then).
                return engine.endpoint
            return self.keys.keyed(provider, self.settings).endpoint() if keyed else chosen

        self.session.configure(
            lambda: self._make_client(endpoint_now()),
            model,
            provider_id=provider.id,
            options=setup.options,
            # A chat whose provider was removed keeps its record until the user sends.
            remember=not missing,
            context=provider.context,
        )
        if missing:
            self.message.emit(
                ChatSetupNotices.tr(
                    "This chat's provider was removed from Settings; it now uses {provider}.",
                    provider=provider.shown_name,
                ),
                10000,
            )
        self.show_choices(provider.id, model)
        self.options_named.emit(preset_name_for(setup.options, self.presets()))
        self.lookup.follow()
        # Until the keys arrive (~0.2 s after start) assume a returning user has one, so
        # the welcome panel does not flash "no server yet" at them.
        usable = endpoint.is_usable or (not self.keys.applied and not self.settings.first_run)
        if provider.is_builtin:
            usable = engine is not None
        self.welcome_changed.emit(
            usable,
            self.local.problem or self.unavailable().get(BUILTIN_ID, ""),
            provider.is_builtin and usable,
            display_name(model),
        )
        if usable and display_name(model):
            described = f"{display_name(model)}  ·  {provider.shown_name}"
        elif usable:
            #: The chat's model (none yet) and its provider, in the model menu's tooltip.
            described = ChatSetupNotices.tr(
                "no model chosen  ·  {provider}", provider=provider.shown_name
            )
        elif provider.is_builtin:
            described = ChatSetupNotices.tr("The built-in model is unavailable")
        else:
            described = ChatSetupNotices.tr("Not connected to a server yet")
        self.model_described.emit(described)
        self.update_totals()

    def change_setup(self, setup: ChatSetup) -> None:
        """Apply now, or once the streaming reply ends: a change never cuts a reply short.
        (A reply still waiting to be sent goes out with the new setup.)"""
        if self.session.is_streaming:
            self.deferred = setup
            self.message.emit(
                ChatSetupNotices.tr("Saved. The change applies from the next reply."), 5000
            )
        else:
            self.apply_setup(setup)

    def apply_deferred(self) -> None:
        """The streaming reply ended: apply what was changed meanwhile."""
        if self.deferred is not None:
            setup, self.deferred = self.deferred, None
            self.apply_setup(setup)

    def show_choices(self, provider_id: str, model: str) -> None:
        self.choices_changed.emit(
            self.settings.providers, provider_id, model, self.unavailable(), self.needs_setup()
        )

    def needs_setup(self) -> dict[str, str]:
        """Providers that cannot answer until the user adds what is missing."""
        if not self.keys.applied:
            return {}  # not known yet: a returning user usually has their keys
        #: Shown in brackets after a provider's models in the model menu: what it still needs.
        missing = ChatSetupNotices.tr("add a key")
        return {
            p.id: missing
            for p in self.settings.providers
            if p.preset.needs_key and not p.endpoint().is_usable
        }

    def unavailable(self) -> dict[str, str]:
        """Providers the model switcher shows greyed out, with the reason."""
        return self.local.unavailable()

    def endpoint_and_model(self) -> "tuple[Endpoint, str] | None":
        if self.provider.is_builtin:
            return None  # small local models write poor titles; the prompt is better
        return self.provider.endpoint(), self.session.model

    @Slot()
    def update_totals(self) -> None:
        free = {
            model
            for provider in self.settings.providers
            if provider.is_local
            for model in (*provider.models, provider.model)
        }
        if self.provider.is_local:
            free.add(self.session.model)
        totals = conversation_totals(self.session.conversation, self.prices, free)
        self.totals_changed.emit(totals.describe(free=totals.all_free))

    # -- what the user chose -------------------------------------------------------
    def choose_model(self, provider_id: str, model: str) -> bool:
        """Switch the chat to `model`; False (and nothing changes) while a reply streams."""
        if self.session.is_streaming:
            self.show_choices(self.provider.id, self.session.model)
            return False
        self.apply_setup(ChatSetup(provider_id, model, self.session.setup.options))
        # New chats start where the user last chose to be.
        if self.settings.provider(provider_id) is not None:
            self.change_settings(lambda settings: _with_current(settings, provider_id, model))
        return True

    def set_options(self, options: ChatOptions) -> None:
        self.change_setup(replace(self.deferred or self.session.setup, options=options))
        self.options_named.emit(preset_name_for(options, self.presets()))

    def set_presets(self, presets: tuple[OptionsPreset, ...]) -> None:
        self.change_settings(lambda settings: replace(settings, option_presets=presets))

    def set_prices(self, table: PriceTable) -> None:
        self.prices = table
        try:
            self._price_store.save(table)
        except OSError as error:
            #: The reason is the system's ("Permission denied").
            notice = ChatSetupNotices.tr(
                "Could not save the prices: {reason}", reason=error.strerror or error
            )
            self.warning.emit(notice)
        self.update_totals()

    def remember_choice(self, provider_id: str, model: str) -> None:
        """A provider without its key was chosen: once its key is saved, switch to it."""
        self._setup_choice = (provider_id, model)

    def forget_choice(self) -> None:
        self._setup_choice = None

    def accept_settings(self, settings: Settings) -> None:
        """The Settings dialog was saved."""
        self.save_settings(settings)
        choice, self._setup_choice = self._setup_choice, None
        if (
            choice is not None
            and settings.provider(choice[0]) is not None
            and choice[0] not in self.needs_setup()
        ):
            if self.session.is_streaming:  # after the reply, as any change then
                self.change_setup(ChatSetup(*choice, options=self.session.setup.options))
            else:
                self.choose_model(*choice)
            return
        current = self.deferred or self.session.setup
        if len(self.session.conversation) == 0 or settings.provider(current.provider_id) is None:
            # A chat not started yet follows the provider chosen in the dialog...
            self.change_setup(replace(self.default_setup(), options=current.options))
        else:
            # ...one under way keeps its own provider and model, with its new details.
            self.change_setup(current)

    def use_model_file(self, path: Path) -> bool:
        """Chat with a GGUF file the user has; False (with a warning) if it cannot run."""
        try:
            check_gguf(path)
        except LocalModelError as error:
            self.warning.emit(error.message)
            return False
        problem = self.local.problem_with(str(path))
        if problem is not None:
            self.warning.emit(problem)
            return False
        builtin = self.settings.provider(BUILTIN_ID)
        if builtin is None:
            return False
        model = str(path)
        models = builtin.models or (BUILTIN_MODEL,)  # the built-in model stays on the list
        if model not in models:
            models = (*models, model)
        self.change_settings(
            lambda settings: settings.with_provider(replace(builtin, models=models))
        )
        return self.choose_model(BUILTIN_ID, model)

    def ready_to_send(self) -> bool:
        """Before a prompt is sent: a built-in model that stopped is started again (or the
        reason it cannot run is said); a server with no model chosen is asked for one."""
        if self.provider.is_builtin and not self.local.ready_to_send():
            return False
        self.lookup.before_send()
        return True

    def close(self) -> None:
        self.closed = True
        self.keys.close()


def _with_current(settings: Settings, provider_id: str, model: str) -> Settings:
    """`settings` with this provider and model as the ones new chats start with."""
    provider = settings.provider(provider_id)
    if provider is None:
        return settings
    return replace(settings.with_provider(replace(provider, model=model)), current_id=provider_id)
