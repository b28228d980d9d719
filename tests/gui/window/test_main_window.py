"""The window as a new user meets it: focus, keys, what it says with nothing configured."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.chat.conversation import ReplyStatus
from core.config.logs import LOG_NAME, configure_logging
from core.config.settings import Settings
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask, settings_dialog
from tests.support.fake_openai import FakeOpenAIServer, error_script


def test_title_focus_and_layout(window: MainWindow) -> None:
    assert window.windowTitle() == "Rivulet"
    assert window.prompt.hasFocus()
    assert (
        window.view.geometry().bottom()
        < window.prompt.mapTo(window, window.prompt.rect().topLeft()).y()
    )


def test_enter_sends_and_shift_enter_adds_a_line(
    qtbot: QtBot, window: MainWindow, server: FakeOpenAIServer
) -> None:
    qtbot.keyClicks(window.prompt, "line one")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.prompt, "line two")
    assert window.prompt.toPlainText() == "line one\nline two"
    assert server.chat_requests == []
    with qtbot.waitSignal(window.session.reply_ended, timeout=5000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    body = server.chat_requests[-1].body
    assert body is not None
    assert body["messages"][-1]["content"] == "line one\nline two"
    assert window.prompt.toPlainText() == ""


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    for widget in (window.prompt, window.send_button, window.view):
        assert widget.accessibleName()


def test_nothing_configured_explains_what_to_enter(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    welcome = window.view.welcome
    assert welcome.isVisible()
    assert "API key" in welcome.text
    assert "http://localhost:11434/v1" in welcome.text
    assert welcome.settings_button.isVisible()
    message = ask(qtbot, window, "Hello?")
    assert message.status is ReplyStatus.FAILED
    assert "Open Settings" in window.view.messages[-1].notice_text


def test_settings_button_opens_the_dialog_and_saving_configures_the_app(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    window = make_window()
    qtbot.mouseClick(window.view.welcome.settings_button, Qt.MouseButton.LeftButton)
    dialog = settings_dialog(qtbot, window)
    assert dialog.isVisible()
    dialog.base_url.setText(server.base_url)
    dialog.api_key.setText("sk-local-dummy")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.count() == 2, timeout=5000)
    assert "2 models" in dialog.status.text()
    assert dialog.model.currentText() == "gpt-4o-mini"
    dialog.model.setCurrentText("llama3.2")
    dialog._on_buttons_accepted()
    qtbot.waitUntil(lambda: window.dialogs.settings_dialog is None)
    assert not window.view.welcome.settings_button.isVisible()
    assert "llama3.2" in window.header.model_description
    message = ask(qtbot, window, "hi")
    assert message.content == "Hello there!"
    body = server.chat_requests[-1].body
    assert body is not None and body["model"] == "llama3.2"
    assert (data_dir / "settings.json").exists()


def test_test_connection_explains_a_bad_address(qtbot: QtBot, make_window: WindowFactory) -> None:
    with FakeOpenAIServer() as gone:
        url = gone.base_url
    window = make_window()
    window.dialogs.open_settings()
    dialog = settings_dialog(qtbot, window)
    dialog.base_url.setText(url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not connect" in dialog.status.text(), timeout=5000)
    dialog.reject()


def test_test_connection_says_an_address_without_http_is_the_problem(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """A trial typed "htp//localhost:9999" and was told the connection was lost, with a
    Retry the dialog does not have."""
    window = make_window()
    window.dialogs.open_settings()
    dialog = settings_dialog(qtbot, window)
    dialog.base_url.setText("htp//localhost:9999")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "starting with http:// or https://" in dialog.status.text())
    assert "Retry" not in dialog.status.text()
    assert server.requests == []  # nothing was tried
    dialog.reject()


def test_test_connection_warns_of_a_model_the_server_does_not_offer(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window()
    window.dialogs.open_settings()
    dialog = settings_dialog(qtbot, window)
    dialog.base_url.setText(server.base_url)
    dialog.model.setCurrentText("llama3")  # the server has llama3.2 and gpt-4o-mini
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.count() == 2, timeout=5000)
    qtbot.waitUntil(lambda: "does not offer" in dialog.status.text(), timeout=5000)
    assert "“llama3”" in dialog.status.text()
    dialog.model.setCurrentText("llama3.2")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 models" in dialog.status.text(), timeout=5000)
    dialog.reject()


def test_environment_variables_are_the_defaults(
    qtbot: QtBot,
    make_window: WindowFactory,
    server: FakeOpenAIServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    window = make_window()
    # No model chosen: the app takes the first one the server lists, without blocking.
    qtbot.waitUntil(lambda: window.session.model == "gpt-4o-mini", timeout=5000)
    assert not window.view.welcome.settings_button.isVisible()
    ask(qtbot, window, "hi")
    assert server.chat_requests[-1].headers["authorization"] == "Bearer sk-from-env"


def test_a_key_never_reaches_the_log(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    redactor = configure_logging(data_dir)
    try:
        window = make_window(
            Settings.single(api_key="sk-supersecret-123456", base_url=server.base_url, model="m")
        )
        redactor.add_secret("sk-supersecret-123456")
        server.enqueue(error_script(401, "Incorrect API key provided: sk-supersecret-123456"))
        ask(qtbot, window, "hi")
        import logging

        logging.getLogger("test").error("request failed with key %s", "sk-supersecret-123456")
        logging.getLogger("test").warning("headers: Authorization: Bearer abcdef123456")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "").endswith(LOG_NAME):
                handler.close()
                root.removeHandler(handler)
    text = (data_dir / LOG_NAME).read_text()
    assert "request failed with key ***" in text
    assert "sk-supersecret" not in text
    assert "abcdef123456" not in text
    notice = window.view.messages[-1].notice_text
    assert "API key" in notice


def test_children_are_not_leaked_between_windows(make_window: WindowFactory) -> None:
    window = make_window()
    assert isinstance(window.centralWidget(), QWidget)


def test_prompt_grows_with_its_text_up_to_eight_lines(qtbot: QtBot, window: MainWindow) -> None:
    one_line = window.prompt.height()
    window.prompt.setPlainText("a\nb\nc")
    three_lines = window.prompt.height()
    window.prompt.setPlainText("word " * 400)  # wraps into many lines
    capped = window.prompt.height()
    window.prompt.setPlainText("x\n" * 30)
    assert one_line < three_lines < capped
    assert window.prompt.height() == capped


def test_without_a_keychain_the_user_chooses_where_the_key_stays(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, data_dir: Path
) -> None:
    window = make_window()
    window.dialogs.open_settings()
    dialog = settings_dialog(qtbot, window)
    assert dialog.keep_in_session.isVisible() and dialog.keep_in_file.isVisible()
    assert dialog.keep_in_session.isChecked()  # the safe default
    dialog.base_url.setText(server.base_url)
    dialog.api_key.setText("sk-kept-in-file-123")
    dialog.model.setCurrentText("m")
    dialog.keep_in_file.setChecked(True)
    dialog._on_buttons_accepted()
    key_file = data_dir / "keys-not-encrypted.json"
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert "sk-kept-in-file-123" not in (data_dir / "settings.json").read_text()
    ask(qtbot, window, "hi")
    assert server.chat_requests[-1].headers["authorization"] == "Bearer sk-kept-in-file-123"
    window.close()
    again = make_window()
    # Keys are read off the GUI thread once the window shows.
    qtbot.waitUntil(lambda: again.setup.provider.api_key == "sk-kept-in-file-123")
