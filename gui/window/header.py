"""The bar above a conversation: its model (one click to switch), its options, its totals."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QWidget,
)

from core.config.chat_options import DEFAULT, preset_label
from core.config.providers import Provider
from core.i18n import Context
from core.local.model_files import display_name
from gui.icons import IconButton
from gui.window.composer import native_keys

HeaderBar = Context("HeaderBar")

MODEL_BOX_WIDTH = 420  # pixels: room for a long model name and its provider's

Choice = tuple[str, str]  # (provider id, model)


class ChatHeader(QWidget):
    """Signals:
    model_chosen(str, str): the user picked provider `id` and model.
    options_requested(): the Options button was pressed.
    providers_requested(): "Add or edit providers…" was chosen.
    model_file_requested(): "Open a model file…" was chosen.
    setup_requested(str, str): provider `id`'s model was chosen, but it is not set up yet.
    """

    model_chosen = Signal(str, str)
    options_requested = Signal()
    providers_requested = Signal()
    model_file_requested = Signal()
    setup_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatHeader")
        self.model_box = QComboBox(self)
        self.model_box.setObjectName("modelBox")
        # Wide enough for most names, and it gives way (eliding) in a narrow window.
        self.model_box.setMinimumContentsLength(12)
        self.model_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model_box.setMaximumWidth(MODEL_BOX_WIDTH)
        # The default (menu-like) delegate paints a styled combo box's list with the box's
        # own rules: its transparent background under the highlighted text's white, which
        # made the current entry unreadable. This one follows the list's `::item` rules.
        self.model_box.setItemDelegate(QStyledItemDelegate(self.model_box))
        self.model_box.activated.connect(self._on_model_box_activated)
        self.options_button = IconButton("sliders-horizontal", "", self)
        self.options_button.clicked.connect(self.options_requested)
        # The chat's tokens and cost, for the people who want them: on hover or focus.
        self.totals_button = IconButton("info", "", self)
        self.totals_button.explain_when_clicked()
        self.totals_button.hide()
        # The same figures in words, for those who asked to see them always (View menu).
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("hint")
        self.totals_label.hide()
        self._figures_shown = False
        self.sidebar_button = IconButton("panel-left", "", self)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 12, 6)
        row.setSpacing(4)
        row.addWidget(self.sidebar_button)
        row.addWidget(self.model_box, 1)
        row.addWidget(self.options_button)
        row.addStretch(0)
        row.addWidget(self.totals_label)
        row.addWidget(self.totals_button)
        self.model_description = ""
        self._preset_name = DEFAULT
        self._choice: Choice = ("", "")
        self._needs_setup: dict[str, str] = {}
        self._unavailable: dict[str, str] = {}
        self._providers: tuple[Provider, ...] = ()
        # What each combo entry stands for; a str: the separator ("") or an action entry
        # (Python tuples do not survive a round trip through Qt's item data.)
        self._entries: list[Choice | str] = []
        self._retranslate()

    def _retranslate(self) -> None:
        self.model_box.setAccessibleName(HeaderBar.tr("Model for this chat"))
        self._write_model_tooltip()
        self.options_button.setToolTip(
            HeaderBar.tr(
                "System prompt, temperature and reply length ({key})",
                key=native_keys("Ctrl+Shift+O"),
            )
        )
        self.options_button.setAccessibleName(HeaderBar.tr("System prompt, temperature and length"))
        self._write_options()
        totals = HeaderBar.tr("Tokens and cost of this chat")
        self.totals_button.setText(totals)
        self.totals_button.setAccessibleName(totals)
        if not self.totals_label.text():  # else its tooltip is the totals themselves
            self.totals_button.setToolTip(totals)
        fold = HeaderBar.tr("Show or hide the chat list")
        self.sidebar_button.setText(fold)
        self.sidebar_button.setAccessibleName(fold)
        self.sidebar_button.setToolTip(
            HeaderBar.tr("Show or hide the chat list ({key})", key=native_keys("Ctrl+B"))
        )
        if self._entries:  # the model list's own entries, in the new language
            self.show_choices(
                self._providers,
                *self._choice,
                unavailable=self._unavailable,
                needs_setup=self._needs_setup,
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_choices(
        self,
        providers: Sequence[Provider],
        provider_id: str,
        model: str,
        *,
        unavailable: Mapping[str, str] | None = None,
        needs_setup: Mapping[str, str] | None = None,
    ) -> None:
        """List every provider's known models; select the chat's own. Providers in
        `unavailable` are listed greyed out, their reason as the tooltip; those in
        `needs_setup` say what is missing ("add a key"), and choosing one asks for it."""
        unavailable = unavailable or {}
        needs_setup = needs_setup or {}
        self._providers = tuple(providers)
        self._unavailable = dict(unavailable)
        self._needs_setup = dict(needs_setup)
        self._choice = (provider_id, model)
        box = self.model_box
        box.blockSignals(True)
        box.clear()
        self._entries = []
        for provider in providers:
            models = list(provider.models) or [provider.model_or_default()]
            if provider.id == provider_id and model not in models:
                models.insert(0, model)
            reason = unavailable.get(provider.id)
            # What is missing is always a key, for now: its sentences are written here.
            missing = provider.id in needs_setup
            for name in models:
                box.addItem(_entry_label(display_name(name), provider.shown_name, reason, missing))
                self._entries.append((provider.id, name))
                if reason:
                    self._disable_last(reason)
                elif missing:
                    box.setItemData(
                        box.count() - 1,
                        HeaderBar.tr(
                            "{provider} is not set up yet: add a key in Settings.",
                            provider=provider.shown_name,
                        ),
                        Qt.ItemDataRole.ToolTipRole,
                    )
        box.insertSeparator(box.count())
        box.addItem(HeaderBar.tr("Open a model file (.gguf)…"))
        box.addItem(HeaderBar.tr("Add or edit providers…"))
        self._entries += ["", "model_file", "providers"]
        box.setCurrentIndex(max(self.index_of(self._choice), 0))
        box.blockSignals(False)

    def _disable_last(self, reason: str) -> None:
        box = self.model_box
        index = box.count() - 1
        box.setItemData(index, reason, Qt.ItemDataRole.ToolTipRole)
        model = box.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(index)
            if item is not None:
                item.setEnabled(False)

    def index_of(self, choice: Choice) -> int:
        return self._entries.index(choice) if choice in self._entries else -1

    @property
    def current_choice(self) -> Choice:
        return self._choice

    @Slot(tuple, str, str, dict, dict)
    def show_setup_choices(
        self,
        providers: tuple[Provider, ...],
        provider_id: str,
        model: str,
        unavailable: dict[str, str],
        needs_setup: dict[str, str],
    ) -> None:
        """`show_choices` as the setup controller reports them."""
        self.show_choices(
            providers, provider_id, model, unavailable=unavailable, needs_setup=needs_setup
        )

    def show_options(self, preset_name: str) -> None:
        """Name the chat's options preset (by its stored name: "Default", "Custom", ...)."""
        self._preset_name = preset_name
        self._write_options()

    def _write_options(self) -> None:
        preset_name = self._preset_name
        self.options_button.setText(
            HeaderBar.tr("Options: {preset}", preset=preset_label(preset_name))
        )
        # A preset of the user's own is worth naming; the default needs only the icon.
        self.options_button.show_text(preset_name != DEFAULT)

    def show_totals(self, text: str) -> None:
        self.totals_button.setToolTip(text)
        self.totals_button.setAccessibleDescription(text)
        self.totals_button.setVisible(bool(text))
        self.totals_label.setText(text)
        self.totals_label.setVisible(bool(text) and self._figures_shown)

    def show_figures(self, shown: bool) -> None:
        """Show the chat's totals beside the info icon too, not only on hover."""
        self._figures_shown = shown
        self.totals_label.setVisible(shown and bool(self.totals_label.text()))

    @Slot(str)
    def describe_model(self, text: str) -> None:
        """The chat's model and where it runs ("gpt-4o-mini  ·  Ollama"), on hover."""
        self.model_description = text
        self._write_model_tooltip()

    def _write_model_tooltip(self) -> None:
        key = native_keys("Ctrl+M")
        if self.model_description:
            #: The first line names the model and where it runs.
            tip = HeaderBar.tr(
                "{model}\nChoose another model for this chat ({key})",
                model=self.model_description,
                key=key,
            )
        else:
            tip = HeaderBar.tr("The model this chat talks to ({key})", key=key)
        self.model_box.setToolTip(tip)

    @property
    def totals_text(self) -> str:
        """The chat's figures, as the info button's tooltip shows them ("" for none)."""
        return self.totals_button.toolTip() if self.totals_button.isVisibleTo(self) else ""

    @Slot(int)
    def _on_model_box_activated(self, index: int) -> None:
        choice = self._entries[index] if 0 <= index < len(self._entries) else ""
        if isinstance(choice, str):
            self.model_box.setCurrentIndex(max(self.index_of(self._choice), 0))
            if choice == "providers":
                self.providers_requested.emit()
            elif choice == "model_file":
                self.model_file_requested.emit()
        elif choice[0] in self._needs_setup:
            # Nothing would answer: go straight to what is missing, keep the chat's model.
            self.model_box.setCurrentIndex(max(self.index_of(self._choice), 0))
            self.setup_requested.emit(*choice)
        elif choice != self._choice:
            self._choice = choice
            self.model_chosen.emit(*choice)


def _entry_label(model: str, provider: str, unavailable: str | None, needs_key: bool) -> str:
    """A model's entry in the list: its name and provider's, and why it cannot answer."""
    if unavailable:
        if model:
            return HeaderBar.tr(
                "{model}  ·  {provider} (unavailable)", model=model, provider=provider
            )
        return HeaderBar.tr("choose a model  ·  {provider} (unavailable)", provider=provider)
    if needs_key:
        if model:
            return HeaderBar.tr(
                "{model}  ·  {provider} (add a key)", model=model, provider=provider
            )
        return HeaderBar.tr("choose a model  ·  {provider} (add a key)", provider=provider)
    if model:
        return f"{model}  ·  {provider}"
    return HeaderBar.tr("choose a model  ·  {provider}", provider=provider)
