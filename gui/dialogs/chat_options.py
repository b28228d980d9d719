"""A chat's options: a preset, or its own system prompt, temperature and reply length."""

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.config.chat_options import (
    CUSTOM,
    MAX_TEMPERATURE,
    ChatOptions,
    OptionsPreset,
    preset_label,
)
from core.i18n import Context

OptionsBox = Context("OptionsBox")

# Stored after the name a user gives their own preset when it is a built-in preset's
# name (an identifier, kept in English in settings.json; shown translated).
MINE = " (mine)"


class ChatOptionsDialog(QDialog):
    """Signals:
    options_accepted(ChatOptions): Save was pressed.
    presets_changed(tuple): the user saved or deleted one of their own presets.
    """

    options_accepted = Signal(ChatOptions)
    presets_changed = Signal(tuple)

    def __init__(
        self,
        options: ChatOptions,
        built_in: tuple[OptionsPreset, ...],
        own: tuple[OptionsPreset, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self._built_in = built_in
        self._own = own
        self.name_dialog: QInputDialog | None = None  # asking for a new preset's name

        self.preset = QComboBox(self)
        self.save_preset_button = QPushButton(self)
        self.save_preset_button.clicked.connect(self._on_save_preset_button_clicked)
        self.delete_preset_button = QPushButton(self)
        self.delete_preset_button.clicked.connect(self._on_delete_preset_button_clicked)
        self.system_prompt = QPlainTextEdit(self)
        self.system_prompt.setTabChangesFocus(True)
        self.set_temperature = QCheckBox(self)
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setRange(0.0, MAX_TEMPERATURE)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.set_max_tokens = QCheckBox(self)
        self.max_tokens = QSpinBox(self)
        self.max_tokens.setRange(1, 1_000_000)
        self.max_tokens.setSingleStep(256)
        self.set_temperature.toggled.connect(self.temperature.setEnabled)
        self.set_max_tokens.toggled.connect(self.max_tokens.setEnabled)

        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.save_preset_button)
        preset_row.addWidget(self.delete_preset_button)
        temperature_row = QHBoxLayout()
        temperature_row.addWidget(self.set_temperature)
        temperature_row.addWidget(self.temperature, 1)
        length_row = QHBoxLayout()
        length_row.addWidget(self.set_max_tokens)
        length_row.addWidget(self.max_tokens, 1)
        # The form's row labels: preset, system prompt, temperature, reply length.
        self.row_labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        form.addRow(self.row_labels[0], preset_row)
        form.addRow(self.row_labels[1], self.system_prompt)
        form.addRow(self.row_labels[2], temperature_row)
        form.addRow(self.row_labels[3], length_row)
        self.hint = hint = QLabel(self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        self._fill_presets()
        self._show(options)
        self.preset.activated.connect(self._on_preset_activated)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(OptionsBox.tr("Options for this chat"))
        self.preset.setAccessibleName(OptionsBox.tr("Preset"))
        self.save_preset_button.setText(OptionsBox.tr("Save as preset…"))
        self.save_preset_button.setAccessibleName(OptionsBox.tr("Save these options as a preset"))
        self.delete_preset_button.setText(OptionsBox.tr("Delete preset"))
        self.delete_preset_button.setAccessibleName(OptionsBox.tr("Delete this preset"))
        self.system_prompt.setAccessibleName(OptionsBox.tr("System prompt"))
        self.system_prompt.setPlaceholderText(
            OptionsBox.tr(
                "Instructions the model follows in this chat, e.g. “Answer in Spanish.” "
                "Empty: the model's own behaviour."
            )
        )
        self.set_temperature.setText(OptionsBox.tr("Set", "a check box: set the temperature"))
        self.set_temperature.setAccessibleName(OptionsBox.tr("Set the temperature"))
        self.temperature.setAccessibleName(OptionsBox.tr("Temperature"))
        self.set_max_tokens.setText(OptionsBox.tr("Limit", "a check box: limit the reply length"))
        self.set_max_tokens.setAccessibleName(OptionsBox.tr("Limit the reply length"))
        self.max_tokens.setAccessibleName(OptionsBox.tr("Maximum tokens in a reply"))
        self.max_tokens.setSuffix(
            OptionsBox.tr(" tokens", "after a number of tokens in a spin box (a leading space)")
        )
        for label, text in zip(
            self.row_labels,
            (
                OptionsBox.tr("Preset"),
                OptionsBox.tr("System prompt"),
                OptionsBox.tr("Temperature"),
                OptionsBox.tr("Reply length"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.hint.setText(
            OptionsBox.tr(
                "Lower temperature gives steadier answers, higher gives more varied ones. "
                "Anything not set uses the server's default."
            )
        )
        for index in range(len(self.presets)):
            self.preset.setItemText(index, self._shown_name(index))
        self.preset.setItemText(len(self.presets), preset_label(CUSTOM))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @property
    def presets(self) -> tuple[OptionsPreset, ...]:
        return (*self._built_in, *self._own)

    def _shown_name(self, index: int) -> str:
        """The name of the preset at `index` as the list shows it: a built-in one's in the
        user's language, the user's own as they typed it ("… (mine)" said in the user's
        language)."""
        preset = self.presets[index]
        if index < len(self._built_in):
            return preset_label(preset.name)
        built_in_names = {p.name for p in self._built_in}
        base = preset.name.removesuffix(MINE)
        if base != preset.name and base.strip():
            return OptionsBox.tr(
                "{name} (mine)",
                name=preset_label(base) if base in built_in_names else base,
            )
        return preset.name

    def _fill_presets(self) -> None:
        self.preset.clear()
        for index, preset in enumerate(self.presets):
            # The stored name goes with each item: items are told apart by it or by
            # their place, never by the text shown.
            self.preset.addItem(self._shown_name(index), preset.name)
        self.preset.addItem(preset_label(CUSTOM), CUSTOM)

    def _show(self, options: ChatOptions) -> None:
        self.system_prompt.setPlainText(options.system_prompt)
        self.set_temperature.setChecked(options.temperature is not None)
        self.temperature.setEnabled(options.temperature is not None)
        self.temperature.setValue(options.temperature if options.temperature is not None else 1.0)
        self.set_max_tokens.setChecked(options.max_tokens is not None)
        self.max_tokens.setEnabled(options.max_tokens is not None)
        self.max_tokens.setValue(options.max_tokens or 1024)
        # The first preset these options match (as preset_name_for finds it), else Custom.
        matching = (i for i, p in enumerate(self.presets) if p.options == options)
        self.preset.setCurrentIndex(next(matching, len(self.presets)))
        self._update_delete_button()

    def current(self) -> ChatOptions:
        return ChatOptions(
            system_prompt=self.system_prompt.toPlainText().strip(),
            temperature=self.temperature.value() if self.set_temperature.isChecked() else None,
            max_tokens=self.max_tokens.value() if self.set_max_tokens.isChecked() else None,
        )

    def _own_chosen(self) -> OptionsPreset | None:
        """The user's own preset chosen in the list, if it is one of theirs."""
        index = self.preset.currentIndex() - len(self._built_in)
        return self._own[index] if 0 <= index < len(self._own) else None

    def _update_delete_button(self) -> None:
        self.delete_preset_button.setEnabled(self._own_chosen() is not None)

    @Slot(int)
    def _on_preset_activated(self, index: int) -> None:
        if 0 <= index < len(self.presets):
            self._show(self.presets[index].options)
        self._update_delete_button()

    @Slot()
    def _on_save_preset_button_clicked(self) -> None:
        # open(), not getText(): a nested event loop could run slots already running.
        ask = QInputDialog(self)  # modal and short-lived: written once, in the language of now
        ask.setWindowTitle(OptionsBox.tr("Save as preset"))
        ask.setLabelText(OptionsBox.tr("Name of the preset:"))
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.textValueSelected.connect(self._on_name_dialog_text_value_selected)
        self.name_dialog = ask
        ask.open()

    @Slot(str)
    def _on_name_dialog_text_value_selected(self, name: str) -> None:
        if name.strip():
            self.save_preset(name.strip())

    def save_preset(self, name: str) -> None:
        # Built-in presets stay as they are: a name the user reads as a built-in one's
        # (its stored name, or how it is shown in their language) becomes their own.
        if any(name in (p.name, preset_label(p.name)) for p in self._built_in):
            name = f"{name}{MINE}"
        own = tuple(p for p in self._own if p.name != name)
        self._own = (*own, OptionsPreset(name, self.current()))
        self._fill_presets()
        self.preset.setCurrentIndex(len(self.presets) - 1)  # the one just saved
        self._update_delete_button()
        self.presets_changed.emit(self._own)

    @Slot()
    def _on_delete_preset_button_clicked(self) -> None:
        chosen = self._own_chosen()
        if chosen is None:
            return
        self._own = tuple(p for p in self._own if p.name != chosen.name)
        options = self.current()
        self._fill_presets()
        self._show(options)
        self.presets_changed.emit(self._own)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.options_accepted.emit(self.current())
        self.accept()
