"""The window in other languages: German's long words and Japanese fit at the default
size (nothing cut, elided or overlapping; screenshots in artifacts/), Arabic mirrors the
whole layout while English paragraphs and code stay left to right, and a language chosen
while the window is open applies at once."""

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from core import i18n
from core.config.settings import Settings
from gui.i18n import LANGUAGES, TRANSLATIONS, Translation
from gui.window.actions import menus
from gui.window.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import settings_dialog
from tests.gui.window.test_look import (
    _shoot,
    cut_labels,
    elided_buttons,
    overlapping,
    sticking_out,
)
from tests.support.fake_openai import (
    FakeOpenAIServer,
    Hold,
    Script,
    openai_reply,
    reply_script,
)


@pytest.fixture
def translation(qapp: QApplication) -> Iterator[Translation]:
    made = Translation(qapp)
    yield made
    made.apply("en")
    made.deleteLater()


LANGUAGE_CODES = [code for code in LANGUAGES if code != "en"]


def _speak(translation: Translation, code: str) -> None:
    if not (TRANSLATIONS / f"rivulet_{code}.qm").is_file():
        pytest.fail(f"rivulet_{code}.qm is not compiled: run ./dev test (it compiles them)")
    translation.apply(code)
    assert i18n.language() is not i18n.ENGLISH


def _tidy(window: MainWindow, name: str) -> None:
    _shoot(window, name)
    assert elided_buttons(window) == []
    assert cut_labels(window) == []
    assert overlapping(window) == []
    assert sticking_out(window) == []


def _ask(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Send `text` (QTest cannot type letters outside Latin-1 as keys: pasted, as an input
    method would commit them) and wait for the reply."""
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        window.prompt.setFocus()
        window.prompt.insertPlainText(text)
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)


def _ask_without_waiting(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.prompt.setFocus()
    window.prompt.insertPlainText(text)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)


def _gpt(server: FakeOpenAIServer) -> Settings:
    return Settings.single(base_url=server.base_url, model="gpt-4o-mini")


MIXED = (
    "Here is the answer in English first.\n\n"
    "وهذه الفقرة الثانية مكتوبة باللغة العربية، وفيها رقم 2025 ورابط https://example.com.\n\n"
    "```python\n# تعليق\nprint('hello')\n```\n"
)


@pytest.mark.parametrize("code", ["de", "ja"])
def test_long_and_wide_scripts_fit_the_default_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    server: FakeOpenAIServer,
    translation: Translation,
    code: str,
) -> None:
    _speak(translation, code)
    window = make_window(_gpt(server))
    qtbot.waitExposed(window)
    english_send = "Send"
    assert window.send_button.accessibleName() not in ("", english_send)
    _tidy(window, f"lang-{code}-empty.png")
    server.enqueue(reply_script(["**Yes.** A reply with a list:\n\n- one\n- two\n"]))
    _ask(qtbot, window, "Hallo" if code == "de" else "こんにちは")
    window.view.messages[-1].setFocus()
    _tidy(window, f"lang-{code}-reply.png")
    window.dialogs.open_settings()
    dialog = settings_dialog(qtbot, window)
    qtbot.waitExposed(dialog)
    _shoot(dialog, f"lang-{code}-settings.png")
    assert elided_buttons(dialog) == []
    assert cut_labels(dialog) == []
    assert overlapping(dialog) == []
    dialog.reject()


def test_arabic_mirrors_the_window_and_each_paragraph_keeps_its_own_direction(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, translation: Translation
) -> None:
    _speak(translation, "ar")
    window = make_window(_gpt(server))
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The sidebar is on the right, the send button left of the prompt's text.
    sidebar = window.sidebar.mapTo(window, QPoint(0, 0)).x()
    view = window.view.mapTo(window, QPoint(0, 0)).x()
    assert sidebar > view
    send = window.send_button.mapTo(window, QPoint(0, 0)).x()
    assert send < window.prompt.mapTo(window, QPoint(0, 0)).x()
    server.enqueue(reply_script([MIXED]))
    _ask(qtbot, window, "مرحبا")
    reply = window.view.messages[-1]
    directions = {}
    block = reply.text_view.document().begin()
    while block.isValid():
        directions[block.text()[:12]] = block.textDirection()
        block = block.next()
    assert directions["Here is the "] == Qt.LayoutDirection.LeftToRight
    assert directions["وهذه الفقرة "] == Qt.LayoutDirection.RightToLeft
    code_lines = [text for text in directions if text.startswith(("# ", "print"))]
    assert code_lines and all(
        directions[text] == Qt.LayoutDirection.LeftToRight for text in code_lines
    )
    _tidy(window, "lang-ar-mixed.png")


def test_a_language_chosen_while_the_window_is_open_applies_at_once(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, translation: Translation
) -> None:
    window = make_window(_gpt(server))
    qtbot.waitExposed(window)
    english = window.send_button.accessibleName()
    _speak(translation, "de")
    qtbot.waitUntil(lambda: window.send_button.accessibleName() != english)
    german = window.send_button.accessibleName()
    translation.apply("en")
    qtbot.waitUntil(lambda: window.send_button.accessibleName() == english)
    assert german != english


def test_the_language_chosen_in_settings_applies_at_once_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, translation: Translation
) -> None:
    window = make_window(_gpt(server))
    qtbot.waitExposed(window)
    english = window.send_button.accessibleName()
    window.dialogs.open_settings()
    dialog = settings_dialog(qtbot, window)
    qtbot.waitExposed(dialog)
    english_title = dialog.windowTitle()
    german = dialog.language.findData("de")
    assert dialog.language.itemText(german) == "Deutsch"
    dialog.language.setCurrentIndex(german)
    dialog.language.activated.emit(german)
    qtbot.waitUntil(lambda: dialog.windowTitle() != english_title)
    qtbot.waitUntil(lambda: window.send_button.accessibleName() != english)
    assert window._store.load(with_keys=False).language == "de"
    # Saving the providers afterwards keeps the language too.
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    save.click()
    qtbot.waitUntil(lambda: window.dialogs.settings_dialog is None)
    assert window._store.load(with_keys=False).language == "de"


def test_a_language_changed_while_a_reply_streams_loses_none_of_it(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, translation: Translation
) -> None:
    parts = openai_reply(["The first words, ", "then the rest."])
    # The reply stops after its first words until the language has changed.
    server.enqueue(Script(parts=[*parts[:2], Hold(), *parts[2:]]))
    window = make_window(_gpt(server))
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000) as ended:
        _ask_without_waiting(qtbot, window, "Tell me")
        qtbot.waitUntil(lambda: window.session.draft.parts == ["The first words, "])
        _speak(translation, "ar")
        qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        server.released.set()
    assert ended.args[0].content == "The first words, then the rest."
    reply = window.view.messages[-1]
    assert reply.plain_text() == "The first words, then the rest."
    window._history.in_transaction(lambda _conn: None).result()  # the writes queued before it
    stored = window._history.load(window.session.conversation_id or "")
    assert stored is not None
    assert stored.messages[-1].message.content == "The first words, then the rest."


def _mnemonic(text: str) -> str:
    """The letter after a single "&" (Alt+letter), "" for none."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).casefold() if found else ""


@pytest.mark.parametrize("code", ["en", *LANGUAGE_CODES])
def test_no_two_items_of_a_menu_share_their_alt_letter(translation: Translation, code: str) -> None:
    if code != "en":
        _speak(translation, code)
    table = menus()
    titles = [_mnemonic(menu.title) for menu in table]
    assert all(titles) and len(set(titles)) == len(titles), [m.title for m in table]
    for menu in table:
        letters = [_mnemonic(item.text) for item in menu.items if item is not None]
        shared = {letter for letter in letters if letter and letters.count(letter) > 1}
        assert not shared, (menu.title, [i.text for i in menu.items if i is not None])


def test_a_chat_on_screen_takes_the_new_language_too(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, translation: Translation
) -> None:
    """A trial changed the language with a chat open: "You" beside "Sie", and its code
    blocks' "Copy code" stayed English."""
    window = make_window(_gpt(server))
    server.enqueue(reply_script(["Here:\n\n```python\nprint(1)\n```\n"]))
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        _ask_without_waiting(qtbot, window, "Show me code")
    question, reply = window.view.messages[-2], window.view.messages[-1]
    assert "You" in question._title.text()
    assert "Copy code" in reply.text_view.toPlainText()
    _speak(translation, "de")
    qtbot.waitUntil(lambda: "Sie" in question._title.text())
    qtbot.waitUntil(lambda: "Code kopieren" in reply.text_view.toPlainText())
    assert "print(1)" in reply.text_view.toPlainText()
    assert reply.plain_text() == "Here:\n\n```python\nprint(1)\n```\n"
