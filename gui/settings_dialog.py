"""Settings: the server address, the API key and the model, with a live model list."""

import asyncio
import os

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import ChatError
from core.keys import KeyPlace
from core.settings import OPENAI_URL, Settings
from gui.async_slot import async_slot


class SettingsDialog(QDialog):
    """Edits `Settings`; fields left empty fall back to OPENAI_API_KEY / OPENAI_BASE_URL.

    Signals:
        settings_accepted(Settings): Save was pressed.
        models_loaded(list): the server's model list arrived (after Test connection).
    """

    settings_accepted = Signal(object)
    models_loaded = Signal(list)

    def __init__(
        self, settings: Settings, keychain_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rivulet Settings")
        self.setMinimumWidth(520)
        self._task: asyncio.Task[list[str]] | None = None

        self.base_url = QLineEdit(settings.base_url, self)
        self.base_url.setAccessibleName("Server address")
        self.base_url.setPlaceholderText(self._env_hint("OPENAI_BASE_URL", OPENAI_URL))
        self.api_key = QLineEdit(settings.api_key, self)
        self.api_key.setAccessibleName("API key")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(
            "from OPENAI_API_KEY"
            if _env("OPENAI_API_KEY")
            else "sk-…  (not needed for local servers)"
        )
        self.model = QComboBox(self)
        self.model.setAccessibleName("Model")
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model.setCurrentText(settings.model)
        line_edit = self.model.lineEdit()
        assert line_edit is not None  # editable combo boxes always have one
        line_edit.setPlaceholderText("e.g. gpt-4o-mini, llama3.2")
        self.test_button = QPushButton("Test connection", self)
        self.test_button.setAccessibleName("Test connection and load models")
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName("Connection status")

        form = QFormLayout()
        form.addRow("Server address", self.base_url)
        form.addRow("API key", self.api_key)
        form.addRow("", self._key_place_row(settings, keychain_available))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.test_button)
        form.addRow("Model", model_row)

        hint = QLabel(
            "Leave the server address empty to use OpenAI. For a server on this computer, "
            "enter its address, e.g. http://localhost:11434/v1 for Ollama.",
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
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

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
            note = QLabel("This computer has no keychain to keep the key safely. Keep it:", box)
            note.setWordWrap(True)
            column.addWidget(note)
            column.addWidget(self.keep_in_session)
            column.addWidget(self.keep_in_file)
        self.keep_in_file.setAccessibleName("Keep the key in a private, unencrypted file")
        self.keep_in_session.setAccessibleName("Keep the key only while Rivulet is open")
        (
            self.keep_in_file if settings.key_place is KeyPlace.FILE else self.keep_in_session
        ).setChecked(True)
        return box

    def current(self) -> Settings:
        return Settings(
            api_key=self.api_key.text().strip(),
            base_url=self.base_url.text().strip(),
            model=self.model.currentText().strip(),
            key_place=KeyPlace.FILE if self.keep_in_file.isChecked() else KeyPlace.KEYCHAIN,
        )

    @async_slot()
    async def _on_test_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()  # a second click abandons a slow server
            return
        self.test_button.setText("Cancel")
        self.status.setText("Connecting…")
        endpoint = self.current().endpoint()
        from core.models import list_models

        self._task = asyncio.ensure_future(list_models(endpoint))
        try:
            models = await self._task
        except asyncio.CancelledError:
            self.status.setText("Cancelled.")
        except ChatError as error:
            self.status.setText(error.message)
        else:
            self._show_models(models)
        finally:
            self._task = None
            self.test_button.setText("Test connection")

    def _show_models(self, models: list[str]) -> None:
        chosen = self.model.currentText()
        self.model.clear()
        self.model.addItems(models)
        self.model.setCurrentText(chosen if chosen else (models[0] if models else ""))
        count = len(models)
        self.status.setText(
            f"Connected. The server offers {count} model{'s' if count != 1 else ''}."
            if count
            else "Connected, but the server lists no models. Type the model name."
        )
        self.models_loaded.emit(models)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.settings_accepted.emit(self.current())
        self.accept()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        super().reject()

    @staticmethod
    def _env_hint(name: str, fallback: str) -> str:
        value = _env(name)
        return f"{value}  (from {name})" if value else fallback


def _env(name: str) -> str:
    return os.environ.get(name, "")
