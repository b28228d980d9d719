"""Settings: the saved providers (servers), each with its address, key and model."""

import asyncio
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.config.keys import KeyPlace
from core.config.providers import OPENAI_URL, PRESETS, Provider, new_provider
from core.config.settings import Settings
from core.errors import ChatError
from core.local.model_files import builtin_problem
from gui.async_slot import async_slot
from gui.dialogs.status_label import Outcome, StatusLabel


class SettingsDialog(QDialog):
    """Edits the providers in `Settings`; the one selected on Save is used for new chats.

    Signals:
        settings_accepted(Settings): Save was pressed.
        models_loaded(list): a server's model list arrived (after Test connection).
    """

    settings_accepted = Signal(Settings)
    models_loaded = Signal(list)

    def __init__(
        self, settings: Settings, keychain_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")  # Qt adds " — Rivulet"
        self.setMinimumWidth(720)
        self._settings = settings
        self._providers: list[Provider] = list(settings.providers) or [new_provider("openai")]
        self._row = -1  # the provider the form shows
        self._task: asyncio.Task[list[str]] | None = None
        self._closed = False  # a test still awaiting must not touch deleted widgets

        self.provider_list = QListWidget(self)
        self.provider_list.setAccessibleName("Providers")
        self.provider_list.setMinimumWidth(180)
        self.add_button = QToolButton(self)
        self.add_button.setText("Add ▾")
        self.add_button.setAccessibleName("Add a provider")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add_button)
        for preset in PRESETS:
            action = QAction(preset.name, add_menu)
            action.setData(preset.kind)
            add_menu.addAction(action)
        add_menu.triggered.connect(self._on_add_menu_triggered)
        self.add_button.setMenu(add_menu)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setAccessibleName("Remove this provider")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        self.name = QLineEdit(self)
        self.name.setAccessibleName("Provider name")
        self.base_url = QLineEdit(self)
        self.base_url.setAccessibleName("Server address")
        self.base_url.setPlaceholderText("e.g. http://localhost:11434/v1")
        self.api_key = QLineEdit(self)
        self.api_key.setAccessibleName("API key")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_hint = QLabel(self)
        self.key_hint.setObjectName("hint")
        self.key_hint.setWordWrap(True)
        self.model = QComboBox(self)
        self.model.setAccessibleName("Model")
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.model.lineEdit()
        assert line_edit is not None  # editable combo boxes always have one
        line_edit.setPlaceholderText("e.g. gpt-4o-mini, llama3.2")
        self.test_button = QPushButton("Test connection", self)
        self.test_button.setAccessibleName("Test connection and load models")
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.status = StatusLabel("Connection status", self)
        # How much the models read at once: what attached files are fitted to.
        self.context = QSpinBox(self)
        self.context.setAccessibleName("How much the model reads at once, in tokens")
        self.context.setRange(0, 2_000_000)
        self.context.setSingleStep(1024)
        self.context.setSpecialValueText("As the server says")
        self.context.setSuffix(" tokens")
        self.context.setToolTip(
            "How much text the model can read at once. Files attached to a question are "
            'fitted to it. Leave it at "As the server says" unless answers about long '
            "files fail or miss what you know is there."
        )

        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Server address", self.base_url)
        form.addRow("API key", self.api_key)
        form.addRow("", self.key_hint)
        form.addRow("", self._key_place_row(settings, keychain_available))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.test_button)
        form.addRow("Model", model_row)
        form.addRow("Reads at most", self.context)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(self.status)
        editor.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.provider_list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.add_button)
        left_buttons.addWidget(self.remove_button)
        left.addLayout(left_buttons)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(editor, 1)

        hint = QLabel(
            "The provider selected when you press Save is used for new chats. Each chat "
            "remembers its own provider and model; switch them above the conversation.",
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        for provider in self._providers:
            self.provider_list.addItem(provider.name)
        self.provider_list.currentRowChanged.connect(self._on_provider_list_current_row_changed)
        current = settings.current
        start = next(
            (i for i, p in enumerate(self._providers) if current and p.id == current.id), 0
        )
        self.provider_list.setCurrentRow(start)
        self.name.textEdited.connect(self._on_name_text_edited)

    def _key_place_row(self, settings: Settings, keychain_available: bool) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.keep_in_session = QRadioButton("Only while Rivulet is open", box)
        self.keep_in_file = QRadioButton(
            "In a file on this computer that only you can read (not encrypted)", box
        )
        if keychain_available:
            note = QLabel("Keys are kept in your system's keychain.", box)
            note.setObjectName("hint")
            column.addWidget(note)
            self.keep_in_session.hide()
            self.keep_in_file.hide()
        else:
            note = QLabel("This computer has no keychain to keep keys safely. Keep them:", box)
            note.setWordWrap(True)
            column.addWidget(note)
            column.addWidget(self.keep_in_session)
            column.addWidget(self.keep_in_file)
        self.keep_in_file.setAccessibleName("Keep keys in a private, unencrypted file")
        self.keep_in_session.setAccessibleName("Keep keys only while Rivulet is open")
        (
            self.keep_in_file if settings.key_place is KeyPlace.FILE else self.keep_in_session
        ).setChecked(True)
        return box

    # -- the provider being edited --------------------------------------------
    def _show(self, provider: Provider) -> None:
        self.name.setText(provider.name)
        self.base_url.setText("" if provider.is_builtin else provider.base_url)
        self.api_key.setText(provider.api_key)
        builtin = provider.is_builtin
        # Its models are chosen above the conversation (and files opened from the Chat
        # menu): a typed name here would be taken for a file.
        for field in (self.base_url, self.api_key, self.test_button, self.model):
            field.setEnabled(not builtin)
        self.base_url.setPlaceholderText(
            "none needed: it runs inside Rivulet" if builtin else "e.g. http://localhost:11434/v1"
        )
        preset = provider.preset
        if preset.needs_key:
            self.api_key.setPlaceholderText(f"needed: paste your {preset.name} key here")
            self.key_hint.setText(f"Get a key at {preset.key_hint}." if preset.key_hint else "")
        else:
            self.api_key.setPlaceholderText("not needed for most local servers")
            self.key_hint.setText("")
        if provider.base_url.rstrip("/") == OPENAI_URL:
            self.api_key.setPlaceholderText("sk-…  (or set OPENAI_API_KEY)")
        self.key_hint.setVisible(bool(self.key_hint.text()))
        self.context.setValue(provider.context)
        self.model.clear()
        self.model.addItems(list(provider.models))
        self.model.setCurrentText(provider.model_or_default())
        self.status.show_status(self._builtin_status() if builtin else "")
        self.remove_button.setEnabled(len(self._providers) > 1 and not builtin)
        if builtin:
            self.api_key.setPlaceholderText("not needed")

    def show_provider(self, provider_id: str) -> None:
        """Open at this provider with its key field ready to type into (what is missing)."""
        row = next((i for i, p in enumerate(self._providers) if p.id == provider_id), -1)
        if row >= 0:
            self.provider_list.setCurrentRow(row)
            if self.api_key.isVisibleTo(self):
                self.api_key.setFocus(Qt.FocusReason.OtherFocusReason)

    def _builtin_status(self) -> str:
        problem = builtin_problem()
        if problem:
            return f"Unavailable: {problem}"
        return (
            "A small model (SmolLM2, 135 million parameters) that runs on this computer, "
            "offline. To chat with another GGUF model file you have, use Chat → Open a "
            "model file."
        )

    def _edited(self, provider: Provider) -> Provider:
        if provider.is_builtin:
            return replace(
                provider,
                name=self.name.text().strip() or provider.preset.name,
                context=self.context.value(),
            )
        return replace(
            provider,
            name=self.name.text().strip() or provider.preset.name,
            base_url=self.base_url.text().strip().rstrip("/"),
            api_key=self.api_key.text().strip(),
            model=self.model.currentText().strip(),
            context=self.context.value(),
        )

    def _commit_form(self) -> None:
        if 0 <= self._row < len(self._providers):
            self._providers[self._row] = self._edited(self._providers[self._row])

    @Slot(int)
    def _on_provider_list_current_row_changed(self, row: int) -> None:
        self._cancel_test()
        self._commit_form()
        self._row = row
        if 0 <= row < len(self._providers):
            self._show(self._providers[row])

    @Slot(str)
    def _on_name_text_edited(self, text: str) -> None:
        item = self.provider_list.currentItem()
        if item is not None:
            item.setText(text or "(unnamed)")

    @Slot(QAction)
    def _on_add_menu_triggered(self, action: QAction) -> None:
        self._commit_form()
        provider = new_provider(str(action.data()))
        self._providers.append(provider)
        self.provider_list.addItem(provider.name)
        self.provider_list.setCurrentRow(len(self._providers) - 1)
        (self.base_url if provider.kind == "custom" else self.api_key).setFocus()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.provider_list.currentRow()
        if len(self._providers) <= 1 or row < 0 or self._providers[row].is_builtin:
            return
        self._cancel_test()
        del self._providers[row]
        # takeItem moves the current row and reports it with the old numbering: quiet it
        # and show the provider that takes the removed one's place ourselves.
        self.provider_list.blockSignals(True)
        self.provider_list.takeItem(row)
        self._row = min(row, len(self._providers) - 1)
        self.provider_list.setCurrentRow(self._row)
        self.provider_list.blockSignals(False)
        self._show(self._providers[self._row])

    def current(self) -> Settings:
        self._commit_form()
        row = max(self.provider_list.currentRow(), 0)
        return replace(
            self._settings,
            providers=tuple(self._providers),
            current_id=self._providers[row].id,
            key_place=KeyPlace.FILE if self.keep_in_file.isChecked() else KeyPlace.KEYCHAIN,
            first_run=False,
        )

    # -- test connection -------------------------------------------------------
    @async_slot()
    async def _on_test_button_clicked(self) -> None:
        if self._closed:
            return  # the click's slot started after the dialog closed
        if self._task is not None:
            self._task.cancel()  # a second click abandons a slow server
            return
        self.test_button.setText("Cancel")
        self.status.show_status("Testing the connection…", Outcome.WORKING)
        row = self._row
        endpoint = self._edited(self._providers[row]).endpoint()
        from core.chat.model_list import list_models

        self._task = asyncio.ensure_future(list_models(endpoint))
        try:
            models = await self._task
        except asyncio.CancelledError:
            models = None
            message, outcome = "Test cancelled.", Outcome.NOTE
        except ChatError as error:
            models = None
            message, outcome = f"Connection failed. {error.message}", Outcome.FAILED
        finally:
            self._task = None
        if self.is_closed():  # it may have closed while this waited
            return
        self.test_button.setText("Test connection")
        if models is None:
            self.status.show_status(message, outcome)
        elif row == self._row:
            self._show_models(models)

    def is_closed(self) -> bool:
        return self._closed

    def _cancel_test(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _show_models(self, models: list[str]) -> None:
        chosen = self.model.currentText()
        self.model.clear()
        self.model.addItems(models)
        self.model.setCurrentText(chosen if chosen else (models[0] if models else ""))
        self._providers[self._row] = replace(self._providers[self._row], models=tuple(models))
        count = len(models)
        self.status.show_status(
            f"Connected. The server offers {count} model{'s' if count != 1 else ''}."
            if count
            else "Connected, but the server lists no models. Type the model name.",
            Outcome.SUCCEEDED,
        )
        self.models_loaded.emit(models)

    def problem(self) -> str:
        """What stops the providers from being saved, in plain words; "" when nothing."""
        self._commit_form()
        for row, provider in enumerate(self._providers):
            url = provider.base_url
            if not provider.is_builtin and not url.startswith(("http://", "https://")):
                self.provider_list.setCurrentRow(row)
                self.base_url.setFocus()
                return (
                    f"Enter {provider.name}'s server address, starting with http:// or "
                    "https://, e.g. http://localhost:11434/v1."
                )
        return ""

    @Slot()
    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem:
            self.status.show_status(problem, Outcome.FAILED)
            return
        self._cancel_test()
        self._closed = True
        self.settings_accepted.emit(self.current())
        self.accept()

    def reject(self) -> None:
        self._cancel_test()
        self._closed = True
        super().reject()
