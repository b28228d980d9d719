"""The composer: Send becomes Stop while a reply is under way; editing shows its banner."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from gui.window.composer import Composer


def test_send_becomes_stop_with_esc_while_busy(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_busy(True)
    assert composer.send_button.text() == "Stop"
    assert composer.send_button.accessibleName() == "Stop the reply"
    assert composer.send_button.shortcut() == QKeySequence("Esc")
    composer.set_busy(False)
    assert composer.send_button.text() == "Send"
    assert composer.send_button.shortcut().isEmpty()


def test_editing_shows_its_banner_and_cancel_clears_it(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show()
    composer.start_editing(2, "An earlier question")
    assert editing(composer) == 2
    assert composer.edit_banner.isVisible()
    assert composer.prompt.toPlainText() == "An earlier question"
    with qtbot.waitSignal(composer.edit_cancelled):
        qtbot.mouseClick(composer.cancel_edit_button, Qt.MouseButton.LeftButton)
    assert editing(composer) is None
    assert not composer.edit_banner.isVisible()
    assert composer.prompt.toPlainText() == ""


def editing(composer: Composer) -> int | None:
    return composer.editing  # read through a call: mypy would keep the narrowed value
