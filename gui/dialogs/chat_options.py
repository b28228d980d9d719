"""A chat's options: a preset, or its own system prompt, temperature and reply length."""

from PySide6.QtCore import Qt, Signal, Slot
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

from core.config.chat_options import MAX_TEMPERATURE, ChatOptions, OptionsPreset, preset_name_for


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
        self.setWindowTitle("Options for this chat")
        self.setMinimumWidth(520)
        self._built_in = built_in
        self._own = own
        self.name_dialog: QInputDialog | None = None  # asking for a new preset's name

        self.preset = QComboBox(self)
        self.preset.setAccessibleName("Preset")
        self.save_preset_button = QPushButton("Save as preset…", self)
        self.save_preset_button.setAccessibleName("Save these options as a preset")
        self.save_preset_button.clicked.connect(self._on_save_preset_button_clicked)
        self.delete_preset_button = QPushButton("Delete preset", self)
        self.delete_preset_button.setAccessibleName("Delete this preset")
        self.delete_preset_button.clicked.connect(self._on_delete_preset_button_clicked)
        self.system_prompt = QPlainTextEdit(self)
        self.system_prompt.setAccessibleName("System prompt")
        self.system_prompt.setPlaceholderText(
            "Instructions the model follows in this chat, e.g. “Answer in Spanish.” "
            "Empty: the model's own behaviour."
        )
        self.system_prompt.setTabChangesFocus(True)
        self.set_temperature = QCheckBox("Set", self)
        self.set_temperature.setAccessibleName("Set the temperature")
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setAccessibleName("Temperature")
        self.temperature.setRange(0.0, MAX_TEMPERATURE)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.set_max_tokens = QCheckBox("Limit", self)
        self.set_max_tokens.setAccessibleName("Limit the reply length")
        self.max_tokens = QSpinBox(self)
        self.max_tokens.setAccessibleName("Maximum tokens in a reply")
        self.max_tokens.setRange(1, 1_000_000)
        self.max_tokens.setSingleStep(256)
        self.max_tokens.setSuffix(" tokens")
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
        form = QFormLayout()
        form.addRow("Preset", preset_row)
        form.addRow("System prompt", self.system_prompt)
        form.addRow("Temperature", temperature_row)
        form.addRow("Reply length", length_row)
        hint = QLabel(
            "Lower temperature gives steadier answers, higher gives more varied ones. "
            "Anything not set uses the server's default.",
            self,
        )
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

    @property
    def presets(self) -> tuple[OptionsPreset, ...]:
        return (*self._built_in, *self._own)

    def _fill_presets(self) -> None:
        self.preset.clear()
        for preset in self.presets:
            self.preset.addItem(preset.name)
        self.preset.addItem("Custom")

    def _show(self, options: ChatOptions) -> None:
        self.system_prompt.setPlainText(options.system_prompt)
        self.set_temperature.setChecked(options.temperature is not None)
        self.temperature.setEnabled(options.temperature is not None)
        self.temperature.setValue(options.temperature if options.temperature is not None else 1.0)
        self.set_max_tokens.setChecked(options.max_tokens is not None)
        self.max_tokens.setEnabled(options.max_tokens is not None)
        self.max_tokens.setValue(options.max_tokens or 1024)
        self.preset.setCurrentText(preset_name_for(options, self.presets))
        self._update_delete_button()

    def current(self) -> ChatOptions:
        return ChatOptions(
            system_prompt=self.system_prompt.toPlainText().strip(),
            temperature=self.temperature.value() if self.set_temperature.isChecked() else None,
            max_tokens=self.max_tokens.value() if self.set_max_tokens.isChecked() else None,
        )

    def _update_delete_button(self) -> None:
        name = self.preset.currentText()
        self.delete_preset_button.setEnabled(any(p.name == name for p in self._own))

    @Slot(int)
    def _on_preset_activated(self, index: int) -> None:
        if 0 <= index < len(self.presets):
            self._show(self.presets[index].options)
        self._update_delete_button()

    @Slot()
    def _on_save_preset_button_clicked(self) -> None:
        # open(), not getText(): a nested event loop could run slots already running.
        ask = QInputDialog(self)
        ask.setWindowTitle("Save as preset")
        ask.setLabelText("Name of the preset:")
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.textValueSelected.connect(self._on_name_dialog_text_value_selected)
        self.name_dialog = ask
        ask.open()

    @Slot(str)
    def _on_name_dialog_text_value_selected(self, name: str) -> None:
        if name.strip():
            self.save_preset(name.strip())

    def save_preset(self, name: str) -> None:
        if any(p.name == name for p in self._built_in):
            name = f"{name} (mine)"  # built-in presets stay as they are
        own = tuple(p for p in self._own if p.name != name)
        self._own = (*own, OptionsPreset(name, self.current()))
        self._fill_presets()
        self.preset.setCurrentText(name)
        self._update_delete_button()
        self.presets_changed.emit(self._own)

    @Slot()
    def _on_delete_preset_button_clicked(self) -> None:
        name = self.preset.currentText()
        self._own = tuple(p for p in self._own if p.name != name)
        options = self.current()
        self._fill_presets()
        self._show(options)
        self.presets_changed.emit(self._own)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.options_accepted.emit(self.current())
        self.accept()
