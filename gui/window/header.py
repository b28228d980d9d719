"""The bar above a conversation: its model (one click to switch), its options, its totals."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from core.config.providers import Provider
from core.local.model_files import display_name
from gui.icons import IconButton

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
        self.model_box.setAccessibleName("Model for this chat")
        self.model_box.setToolTip("The model this chat talks to (Ctrl+M)")
        # Wide enough for most names, and it gives way (eliding) in a narrow window.
        self.model_box.setMinimumContentsLength(12)
        self.model_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model_box.setMaximumWidth(MODEL_BOX_WIDTH)
        self.model_box.activated.connect(self._on_model_box_activated)
        self.options_button = IconButton(
            "sliders-horizontal",
            "Options: Default",
            self,
            tooltip="System prompt, temperature and reply length (Ctrl+Shift+O)",
        )
        self.options_button.setAccessibleName("System prompt, temperature and length")
        self.options_button.clicked.connect(self.options_requested)
        # The chat's tokens and cost, for the people who want them: on hover or focus.
        self.totals_button = IconButton("info", "Tokens and cost of this chat", self)
        self.totals_button.hide()
        # The same figures in words, for those who asked to see them always (View menu).
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("hint")
        self.totals_label.hide()
        self._figures_shown = False
        self.sidebar_button = IconButton(
            "panel-left",
            "Show or hide the chat list",
            self,
            tooltip="Show or hide the chat list (Ctrl+B)",
        )
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
        self._choice: Choice = ("", "")
        self._needs_setup: dict[str, str] = {}
        # What each combo entry stands for; a str: the separator ("") or an action entry
        # (Python tuples do not survive a round trip through Qt's item data.)
        self._entries: list[Choice | str] = []

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
            missing = needs_setup.get(provider.id)
            for name in models:
                label = f"{display_name(name) or 'choose a model'}  ·  {provider.name}"
                if reason:
                    label += " (unavailable)"
                elif missing:
                    label += f" ({missing})"
                box.addItem(label)
                self._entries.append((provider.id, name))
                if reason:
                    self._disable_last(reason)
                elif missing:
                    box.setItemData(
                        box.count() - 1,
                        f"{provider.name} is not set up yet: {missing} in Settings.",
                        Qt.ItemDataRole.ToolTipRole,
                    )
        box.insertSeparator(box.count())
        box.addItem("Open a model file (.gguf)…")
        box.addItem("Add or edit providers…")
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
        self.options_button.setText(f"Options: {preset_name}")
        # A preset of the user's own is worth naming; the default needs only the icon.
        self.options_button.show_text(preset_name != "Default")

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
        self.model_box.setToolTip(f"{text}\nChoose another model for this chat (Ctrl+M)")

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
