"""The new look's first checks: a window as narrow as 480 px stays usable (the sidebar folds
away, nothing is cut off, no button shows an elided label), the sidebar folds with Ctrl+B,
a message's actions show on hover and on keyboard focus, and the icons follow the theme."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.icons import IconButton, icon
from gui.window.main_window import MainWindow
from gui.window.sidebar_fold import FOLD_BELOW
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import ask
from tests.gui.reply_view.test_reading import dark_palette
from tests.support.fake_openai import RICH_REPLY, FakeOpenAIServer, reply_script


def visible_widgets(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and not w.isWindow()]


def elided_buttons(window: MainWindow) -> list[str]:
    """Buttons whose text is on show but does not fit them."""
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        if isinstance(button, IconButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue  # its text is its accessible name, not on show
        needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        if needed > button.contentsRect().width():
            found.append(button.text())
    return found


def sticking_out(window: MainWindow) -> list[str]:
    """Visible widgets that reach past the window's edges (cut off)."""
    inside = QRect(QPoint(0, 0), window.size())
    found = []
    for widget in visible_widgets(window):
        if widget.parentWidget() is None:
            continue
        if _scrolled(widget):
            continue  # content inside a scroll area may extend: the area itself counts
        corner = widget.mapTo(window, QPoint(0, 0))
        if not inside.contains(QRect(corner, widget.size())):
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def _scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def test_a_window_480_pixels_wide_folds_the_sidebar_and_cuts_nothing_off(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="gpt-4o-mini"))
    server.enqueue(reply_script([RICH_REPLY]))
    ask(qtbot, window, "hello there")  # a short prompt: its Copy was squeezed to "…"
    assert not window.sidebar.isHidden()  # wide: the chat list is there
    window.resize(480, 600)
    qtbot.waitUntil(lambda: window.width() == 480)
    assert window.sidebar.isHidden()  # folded away by itself
    assert elided_buttons(window) == []
    assert sticking_out(window) == []
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert not window.sidebar.isHidden()  # room again: it comes back
    qtbot.waitUntil(lambda: elided_buttons(window) == [])  # once laid out


def test_ctrl_b_folds_the_sidebar_and_the_keyboard_goes_to_the_prompt(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert window.width() >= FOLD_BELOW
    window.sidebar.search.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.isHidden()
    assert window.prompt.hasFocus()
    qtbot.mouseClick(window.header.sidebar_button, Qt.MouseButton.LeftButton)
    assert not window.sidebar.isHidden()
    # Folded by the user, it stays folded when the window narrows and widens again.
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    window.resize(500, 600)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert window.sidebar.isHidden()


def test_message_actions_show_on_hover_and_on_keyboard_focus(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "hello")
    prompt, reply = window.view.messages
    assert not reply.action_row.isVisible()  # quiet until wanted
    qtbot.mouseMove(window.prompt, window.prompt.rect().center())  # from outside the reply
    qtbot.mouseMove(reply, reply.rect().center())
    qtbot.waitUntil(reply.action_row.isVisible)
    qtbot.mouseMove(window.prompt, window.prompt.rect().center())
    qtbot.waitUntil(lambda: not reply.action_row.isVisible())
    prompt.text_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(prompt.action_row.isVisible)
    assert prompt.copy_button.accessibleName() == "Copy this prompt"
    assert prompt.edit_button.toolTip() == "Edit this prompt and send it again"
    window.prompt.setFocus()
    qtbot.waitUntil(lambda: not prompt.action_row.isVisible())


def _stroke(name: str, colour: str) -> QColor:
    """The darkest-or-lightest opaque pixel of an icon drawn in `colour`."""
    image = icon(name, colour).pixmap(24, 24).toImage()
    opaque = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert opaque, f"{name} drew nothing"
    return opaque[0]


def test_icons_are_drawn_in_the_colour_of_the_text_around_them(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    assert _stroke("copy", "#202124").lightness() < 60
    assert _stroke("copy", "#e8e8ea").lightness() > 200
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        window = make_window(Settings.single(base_url=server.base_url, model="m"))
        buttons = window.findChildren(IconButton)
        assert len(buttons) >= 4
        for button in buttons:
            assert not button.icon().isNull(), button.accessibleName()
        attach = window.composer.attach_button
        text = attach.palette().color(QPalette.ColorRole.ButtonText)
        assert text.lightness() > 128  # the dark theme's light text, and so its icons
    finally:
        app.setPalette(light)
