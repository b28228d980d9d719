"""Settings: the saved providers (servers), each with its address, key and model."""

import asyncio
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal, Slot
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
from core.i18n import Context
from core.local.model_files import builtin_problem
from gui.async_slot import async_slot
from gui.dialogs.status_label import Outcome, StatusLabel
from gui.i18n import LANGUAGES, system_language

SettingsBox = Context("SettingsBox")

MIN_WIDTH = 720


class SettingsDialog(QDialog):
    """Edits the providers in `Settings`; the one selected on Save is used for new chats.

    Signals:
        settings_accepted(Settings): Save was pressed.
        models_loaded(list): a server's model list arrived (after Test connection).
        language_chosen(str): a language was picked ("" for the system's); it applies at
            once and is remembered, whether or not Save is pressed.
    """

    settings_accepted = Signal(Settings)
    models_loaded = Signal(list)
    language_chosen = Signal(str)

    def __init__(
        self, settings: Settings, keychain_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(MIN_WIDTH)
        self._settings = settings
        self._providers: list[Provider] = list(settings.providers) or [new_provider("openai")]
        self._row = -1  # the provider the form shows
        self._task: asyncio.Task[list[str]] | None = None
        self._closed = False  # a test still awaiting must not touch deleted widgets
        self._keychain_available = keychain_available

        self.provider_list = QListWidget(self)
        self.provider_list.setMinimumWidth(180)
        self.add_button = QToolButton(self)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add_button)
        for preset in PRESETS:
            action = QAction(add_menu)
            action.setData(preset.kind)
            add_menu.addAction(action)
        add_menu.triggered.connect(self._on_add_menu_triggered)
        self.add_button.setMenu(add_menu)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        self.name = QLineEdit(self)
        self.base_url = QLineEdit(self)
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_hint = QLabel(self)
        self.key_hint.setObjectName("hint")
        self.key_hint.setWordWrap(True)
        self.model = QComboBox(self)
        self.model.setEditable(True)
        self.model.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.status = StatusLabel("", self)  # its name is written by _retranslate
        # How much the models read at once: what attached files are fitted to.
        self.context = QSpinBox(self)
        self.context.setRange(0, 2_000_000)
        self.context.setSingleStep(1024)

        # The provider form. Each row's label is a QLabel kept in `row_labels` (by the
        # field it names), so that _retranslate can write it again.
        self.form = form = QFormLayout()
        self.row_labels: dict[QWidget, QLabel] = {
            field: QLabel(self)
            for field in (self.name, self.base_url, self.api_key, self.model, self.context)
        }
        form.addRow(self.row_labels[self.name], self.name)
        form.addRow(self.row_labels[self.base_url], self.base_url)
        form.addRow(self.row_labels[self.api_key], self.api_key)
        form.addRow("", self.key_hint)
        form.addRow("", self._key_place_row(settings, keychain_available))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.test_button)
        form.addRow(self.row_labels[self.model], model_row)
        form.addRow(self.row_labels[self.context], self.context)
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

        # The language, for the whole app: not a provider's, so below the providers.
        self.language = QComboBox(self)
        self.language.addItem("", "")  # the system's: its text is written by _retranslate
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.activated.connect(self._on_language_activated)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        language_row = QFormLayout()
        language_row.addRow(self.language_label, self.language)

        self.hint = hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(language_row)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        for provider in self._providers:
            self.provider_list.addItem(provider.shown_name)
        self.provider_list.currentRowChanged.connect(self._on_provider_list_current_row_changed)
        current = settings.current
        start = next(
            (i for i, p in enumerate(self._providers) if current and p.id == current.id), 0
        )
        self.provider_list.setCurrentRow(start)
        self.name.textEdited.connect(self._on_name_text_edited)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(SettingsBox.tr("Settings"))  # Qt adds " — Rivulet"
        self.language_label.setText(SettingsBox.tr("&Language", "of the app's menus and texts"))
        self.language.setItemText(
            0,
            SettingsBox.tr("The system's ({language})", language=LANGUAGES[system_language()]),
        )
        self.provider_list.setAccessibleName(SettingsBox.tr("Providers"))
        self.add_button.setText(SettingsBox.tr("Add ▾", "a button that opens a menu"))
        self.add_button.setAccessibleName(SettingsBox.tr("Add a provider"))
        menu = self.add_button.menu()
        assert menu is not None  # set in __init__
        for action, preset in zip(menu.actions(), PRESETS, strict=True):
            action.setText(preset.name)
        self.remove_button.setText(SettingsBox.tr("Remove"))
        self.remove_button.setAccessibleName(SettingsBox.tr("Remove this provider"))
        self.name.setAccessibleName(SettingsBox.tr("Provider name"))
        self.base_url.setAccessibleName(SettingsBox.tr("Server address"))
        self.api_key.setAccessibleName(SettingsBox.tr("API key"))
        self.model.setAccessibleName(SettingsBox.tr("Model"))
        line_edit = self.model.lineEdit()
        assert line_edit is not None  # editable combo boxes always have one
        line_edit.setPlaceholderText(SettingsBox.tr("e.g. gpt-4o-mini, llama3.2"))
        self._write_test_button()
        self.test_button.setAccessibleName(SettingsBox.tr("Test connection and load models"))
        self.status.setAccessibleName(SettingsBox.tr("Connection status"))
        self.context.setAccessibleName(
            SettingsBox.tr("How much the model reads at once, in tokens")
        )
        as_the_server_says = SettingsBox.tr(
            "As the server says", "the amount of text a model reads at once: not set here"
        )
        self.context.setSpecialValueText(as_the_server_says)
        self.context.setSuffix(
            SettingsBox.tr(" tokens", "after a number of tokens in a spin box (a leading space)")
        )
        self.context.setToolTip(
            SettingsBox.tr(
                "How much text the model can read at once. Files attached to a question are "
                'fitted to it. Leave it at "{as_the_server_says}" unless answers about long '
                "files fail or miss what you know is there.",
                as_the_server_says=as_the_server_says,
            )
        )
        for field, text in (
            (self.name, SettingsBox.tr("Name", "a provider's name")),
            (self.base_url, SettingsBox.tr("Server address")),
            (self.api_key, SettingsBox.tr("API key")),
            (self.model, SettingsBox.tr("Model")),
            (self.context, SettingsBox.tr("Reads at most", "how much text a model reads")),
        ):
            self.row_labels[field].setText(text)
        self._write_key_place()
        self.hint.setText(
            SettingsBox.tr(
                "The provider selected when you press Save is used for new chats. Each chat "
                "remembers its own provider and model; switch them above the conversation."
            )
        )
        if 0 <= self._row < len(self._providers):
            provider = self._providers[self._row]
            self._write_hints(provider)
            if provider.is_builtin and self.status.outcome is Outcome.NOTE:
                self.status.show_status(self._builtin_status())
            item = self.provider_list.currentItem()
            if item is not None and not self.name.text():
                item.setText(SettingsBox.tr("(unnamed)"))
        # Wide enough for the longest label of this language (a radio button cannot wrap,
        # and German says "in a file on this computer..." in many more letters).
        # (A minimum, not a resize: a dialog resized before it shows is not fitted to
        # its contents' height any more.)
        layout = self.layout()
        wanted = layout.totalMinimumSize().width() if layout is not None else 0
        self.setMinimumWidth(max(MIN_WIDTH, wanted))
        if self.isVisible():  # the language changed while it is open: room for the texts
            hint = self.sizeHint()
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot(int)
    def _on_language_activated(self, index: int) -> None:
        code = self.language.itemData(index)
        self._settings = replace(self._settings, language=code)  # so Save keeps it
        self.language_chosen.emit(code)

    def _write_test_button(self) -> None:
        if self._task is not None:
            self.test_button.setText(SettingsBox.tr("Cancel", "stop testing the connection"))
        else:
            self.test_button.setText(SettingsBox.tr("Test connection"))

    def _key_place_row(self, settings: Settings, keychain_available: bool) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.keep_in_session = QRadioButton(box)
        self.keep_in_file = QRadioButton(box)
        self.key_place_note = note = QLabel(box)
        if keychain_available:
            note.setObjectName("hint")
            column.addWidget(note)
            self.keep_in_session.hide()
            self.keep_in_file.hide()
        else:
            note.setWordWrap(True)
            column.addWidget(note)
            column.addWidget(self.keep_in_session)
            column.addWidget(self.keep_in_file)
        (
            self.keep_in_file if settings.key_place is KeyPlace.FILE else self.keep_in_session
        ).setChecked(True)
        return box

    def _write_key_place(self) -> None:
        if self._keychain_available:
            self.key_place_note.setText(SettingsBox.tr("Keys are kept in your system's keychain."))
        else:
            self.key_place_note.setText(
                SettingsBox.tr("This computer has no keychain to keep keys safely. Keep them:")
            )
        self.keep_in_session.setText(SettingsBox.tr("Only while Rivulet is open"))
        self.keep_in_file.setText(
            SettingsBox.tr("In a file on this computer that only you can read (not encrypted)")
        )
        self.keep_in_file.setAccessibleName(
            SettingsBox.tr("Keep keys in a private, unencrypted file")
        )
        self.keep_in_session.setAccessibleName(
            SettingsBox.tr("Keep keys only while Rivulet is open")
        )

    # -- the provider being edited --------------------------------------------
    def _show(self, provider: Provider) -> None:
        self.name.setText(provider.shown_name)
        self.base_url.setText("" if provider.is_builtin else provider.base_url)
        self.api_key.setText(provider.api_key)
        builtin = provider.is_builtin
        # Its models are chosen above the conversation (and files opened from the Chat
        # menu): a typed name here would be taken for a file.
        for field in (self.base_url, self.api_key, self.test_button, self.model):
            field.setEnabled(not builtin)
        self._write_hints(provider)
        self.context.setValue(provider.context)
        self.model.clear()
        self.model.addItems(list(provider.models))
        self.model.setCurrentText(provider.model_or_default())
        self.status.show_status(self._builtin_status() if builtin else "")
        self.remove_button.setEnabled(len(self._providers) > 1 and not builtin)

    def _write_hints(self, provider: Provider) -> None:
        """The placeholders and the key's hint that go with `provider`."""
        builtin = provider.is_builtin
        if builtin:
            self.base_url.setPlaceholderText(SettingsBox.tr("none needed: it runs inside Rivulet"))
        else:
            self.base_url.setPlaceholderText(SettingsBox.tr("e.g. http://localhost:11434/v1"))
        preset = provider.preset
        if preset.needs_key:
            self.api_key.setPlaceholderText(
                SettingsBox.tr("needed: paste your {provider} key here", provider=preset.name)
            )
            self.key_hint.setText(
                SettingsBox.tr("Get a key at {address}.", address=preset.key_hint)
                if preset.key_hint
                else ""
            )
        else:
            self.api_key.setPlaceholderText(SettingsBox.tr("not needed for most local servers"))
            self.key_hint.setText("")
        if provider.base_url.rstrip("/") == OPENAI_URL:
            self.api_key.setPlaceholderText(SettingsBox.tr("sk-…  (or set OPENAI_API_KEY)"))
        self.key_hint.setVisible(bool(self.key_hint.text()))
        if builtin:
            self.api_key.setPlaceholderText(SettingsBox.tr("not needed", "an API key"))

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
            return SettingsBox.tr("Unavailable: {problem}", problem=problem)
        return SettingsBox.tr(
            "A small model (SmolLM2, 135 million parameters) that runs on this computer, "
            "offline. To chat with another GGUF model file you have, use Chat → Open a "
            "model file."
        )

    def _edited(self, provider: Provider) -> Provider:
        typed = self.name.text().strip()
        # A name left as shown keeps its stored form: a preset's own name is stored as
        # written here and shown in the language of the day (`Provider.shown_name`).
        name = provider.name if typed == provider.shown_name else typed or provider.preset.brand
        if provider.is_builtin:
            return replace(provider, name=name, context=self.context.value())
        return replace(
            provider,
            name=name,
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
            item.setText(text or SettingsBox.tr("(unnamed)"))

    @Slot(QAction)
    def _on_add_menu_triggered(self, action: QAction) -> None:
        self._commit_form()
        provider = new_provider(str(action.data()))
        self._providers.append(provider)
        self.provider_list.addItem(provider.shown_name)
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
        row = self._row
        edited = self._edited(self._providers[row])
        wrong = _address_problem(edited)
        if wrong:  # said plainly, not as a lost connection with a Retry that is not here
            self.status.show_status(wrong, Outcome.FAILED)
            self.base_url.setFocus()
            return
        self.status.show_status(SettingsBox.tr("Testing the connection…"), Outcome.WORKING)
        endpoint = edited.endpoint()
        from core.chat.model_list import list_models

        self._task = asyncio.ensure_future(list_models(endpoint))
        self._write_test_button()  # Cancel, while it runs
        try:
            models = await self._task
        except asyncio.CancelledError:
            models = None
            message, outcome = SettingsBox.tr("Test cancelled."), Outcome.NOTE
        except ChatError as error:
            models = None
            message = SettingsBox.tr("Connection failed. {reason}", reason=error.message)
            outcome = Outcome.FAILED
        finally:
            self._task = None
        if self.is_closed():  # it may have closed while this waited
            return
        self._write_test_button()
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
        if chosen and count and chosen not in models:
            # A typo, or a model not downloaded yet: every question would fail.
            self.status.show_status(
                SettingsBox.tr(
                    "Connected, but the server does not offer “{model}”. Choose a model "
                    "from the list.",
                    model=chosen,
                ),
                Outcome.FAILED,
            )
        else:
            self.status.show_status(
                SettingsBox.tr("Connected. The server offers %n model(s).", "", count)
                if count
                else SettingsBox.tr(
                    "Connected, but the server lists no models. Type the model name."
                ),
                Outcome.SUCCEEDED,
            )
        self.models_loaded.emit(models)

    def problem(self) -> str:
        """What stops the providers from being saved, in plain words; "" when nothing."""
        self._commit_form()
        for row, provider in enumerate(self._providers):
            wrong = _address_problem(provider)
            if wrong:
                self.provider_list.setCurrentRow(row)
                self.base_url.setFocus()
                return wrong
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


def _address_problem(provider: Provider) -> str:
    if provider.is_builtin or provider.base_url.startswith(("http://", "https://")):
        return ""
    return SettingsBox.tr(
        "Enter {provider}'s server address, starting with http:// or https://, "
        "e.g. http://localhost:11434/v1.",
        provider=provider.shown_name,
    )
