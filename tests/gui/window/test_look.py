"""The new look's first checks: a window as narrow as 480 px stays usable (the sidebar folds
away, nothing is cut off, no button shows an elided label), the sidebar folds with Ctrl+B,
a message's actions show on hover and on keyboard focus, and the icons follow the theme."""

import re
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QMenu,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.config.settings import Settings
from gui.icons import APP_ICONS, IconButton, icon
from gui.reply_view.conversation_view import READING_WIDTH
from gui.reply_view.message_widget import MessageWidget
from gui.theme import dark_palette
from gui.window.main_window import MainWindow
from gui.window.sidebar_fold import FOLD_BELOW
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import app_palette, ask, hover, type_and_send
from tests.support.fake_openai import (
    RICH_REPLY,
    FakeOpenAIServer,
    Script,
    Stall,
    chunk,
    completion_script,
    error_script,
    reply_script,
    sse,
)


def visible_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and not w.isWindow()]


def elided_buttons(window: QWidget) -> list[str]:
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


def cut_labels(window: QWidget) -> list[str]:
    """One-line labels on show whose text does not fit them (cut off at an edge)."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue  # rich text lays out otherwise; not measured here
        text = label.text().replace("&", "") if label.buddy() else label.text()
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
        if needed > label.contentsRect().width() + 1:
            found.append(text)
    return found


def sticking_out(window: QWidget) -> list[str]:
    """Visible widgets that reach past the window's edges (cut off)."""
    inside = QRect(QPoint(0, 0), window.size())
    found = []
    for widget in visible_widgets(window):
        if widget.parentWidget() is None:
            continue
        if _scrolled(widget):
            continue  # content inside a scroll area may extend: the area itself counts
        corner = widget.mapTo(window, QPoint(0, 0))
        # A pixel of slack: Qt's splitter, mirrored right to left, places its last child
        # a pixel past its edge.
        if not inside.adjusted(-1, -1, 1, 1).contains(QRect(corner, widget.size())):
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def _fully_shown(window: QWidget, widget: QWidget) -> bool:
    """Whether all of `widget` is on screen (not scrolled partly out of its view)."""
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            port = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            if not port.contains(shown):
                return False
        parent = area
    return True


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
    # The keyboard alone, the pointer away from every message:
    qtbot.waitUntil(lambda: not any(m.hovered for m in window.view.messages))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
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
    with app_palette(dark_palette()):
        window = make_window(Settings.single(base_url=server.base_url, model="m"))
        buttons = window.findChildren(IconButton)
        assert len(buttons) >= 4
        for button in buttons:
            assert not button.icon().isNull(), button.accessibleName()
        attach = window.composer.attach_button
        text = attach.palette().color(QPalette.ColorRole.ButtonText)
        assert text.lightness() > 128  # the dark theme's light text, and so its icons


def test_an_empty_chat_greets_with_suggestions_that_fill_the_prompt(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    welcome, sidebar = window.view.welcome, window.sidebar
    chips = welcome.suggestion_buttons
    assert len(chips) == 4 and all(chip.isVisible() for chip in chips)
    # Centred in the view, left to right.
    middle = chips[0].mapTo(window.view, QPoint(0, 0)).x() + chips[0].width()
    assert abs(middle - window.view.viewport().width() // 2) < 40
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    assert window.prompt.toPlainText().startswith("Help me write")
    assert window.prompt.hasFocus()
    assert window.view.messages == []  # filled in, not sent
    # The chat list says what will appear there, then gets out of the way.
    assert sidebar.empty_label.isVisible() and "appear here" in sidebar.empty_label.text()
    ask(qtbot, window, "hello")
    qtbot.waitUntil(lambda: not sidebar.empty_label.isVisible())
    assert not chips[0].isVisible()  # the greeting is gone with the first message
    sidebar.search.setFocus()
    qtbot.keyClicks(sidebar.search, "zebra crossing")
    qtbot.waitUntil(sidebar.empty_label.isVisible)
    assert sidebar.empty_label.text() == "No chat matches your search."


ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(image: QImage, area: QRect) -> float:
    """The contrast of a widget's text with its background, from the pixels: the
    background is the commonest colour in `area`, the text the colour furthest from it."""
    counts: Counter[int] = Counter()
    for y in range(area.top(), area.bottom() + 1, 2):
        for x in range(area.left(), area.right() + 1):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)


def low_contrast_text(window: QWidget, image: QImage) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or not _fully_shown(window, widget):
            continue
        if isinstance(widget, QLabel) or (
            isinstance(widget, QAbstractButton)
            and (
                not isinstance(widget, IconButton)
                or widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
            )
        ):
            text = widget.text()
        else:
            continue
        if not text.strip():
            continue
        scale = image.devicePixelRatio()
        corner = widget.mapTo(window, QPoint(0, 0))
        area = QRect(corner * scale, widget.size() * scale) & image.rect()
        if area.width() < 4 or area.height() < 4:
            continue
        ratio = text_contrast(image, area)
        if ratio < 4.5:
            found.append(f"{text[:30]!r} {ratio:.2f}")
    return found


def overlapping(window: QWidget) -> list[str]:
    """Visible siblings that overlap (floating overlays excepted)."""
    found = []
    for parent in [window, *window.findChildren(QWidget)]:
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if c.isVisible() and not c.isWindow() and c.objectName() not in FLOATING
        ]
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                shared = a.geometry().intersected(b.geometry())
                # Qt's splitter, mirrored right to left, places its children a pixel
                # off (measured: the panel's last column under the handle's first).
                if shared.width() > 1 and shared.height() > 1:
                    found.append(
                        f"{type(a).__name__}/{type(b).__name__} in {type(parent).__name__}"
                    )
    return found


FLOATING = {
    "jumpButton",
    "codeCopied",
    "qt_scrollarea_viewport",
    "qt_scrollarea_vcontainer",
    "qt_scrollarea_hcontainer",
}


def _shoot(window: QWidget, name: str) -> QImage:
    # Lay out what the last resize or hover asked for before taking the picture.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    image = window.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / name))
    return image


def _gpt(server: FakeOpenAIServer) -> Settings:
    return Settings.single(base_url=server.base_url, model="gpt-4o-mini")


def _at_1100(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    return window


def _tidy(window: QWidget, name: str) -> QImage:
    """A screenshot saved to artifacts/, once its text is readable (AA contrast, from the
    pixels), no two widgets overlap and no button's label is cut."""
    image = _shoot(window, name)
    assert low_contrast_text(window, image) == []
    assert overlapping(window) == []
    assert elided_buttons(window) == []
    assert cut_labels(window) == []
    return image


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_main_states_are_readable_and_tidy_in_both_themes(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, theme: str
) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        window = _at_1100(qtbot, make_window(_gpt(server)))
        empty = _shoot(window, f"look-empty-{theme}.png")
        assert low_contrast_text(window, empty) == []
        assert overlapping(window) == []
        server.enqueue(reply_script([RICH_REPLY]))
        ask(qtbot, window, "Show me some markdown")
        reply = window.view.messages[-1]
        hover(qtbot, reply)
        _tidy(window, f"look-reply-{theme}.png")
        # The reading column keeps a comfortable width on a wide screen.
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: window.width() == 1920)
        qtbot.waitUntil(lambda: reply.width() > 600)
        assert 600 < reply.width() <= READING_WIDTH
        _shoot(window, f"look-wide-{theme}.png")


def test_a_long_prompt_folds_with_show_more(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    long = "\n".join(f"Line {n} of a letter pasted in to be checked." for n in range(40))
    window.prompt.setPlainText(long)
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    prompt = window.view.messages[0]
    text, fold = prompt.text_view, prompt.fold_button
    assert fold is not None
    qtbot.waitUntil(fold.isVisible)
    line = text.fontMetrics().lineSpacing()
    assert text.height() <= 9 * line  # the first lines only
    assert fold.text() == "Show more"
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    assert text.height() > 30 * line and fold.text() == "Show less"
    assert prompt.plain_text() == long  # Copy and Edit still have all of it
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    assert text.height() <= 9 * line
    ask(qtbot, window, "short")
    short_fold = window.view.messages[2].fold_button
    assert short_fold is not None and not short_fold.isVisible()


def _view_action(window: MainWindow, text: str) -> QAction:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == "&View":
            for item in menu.actions():
                if item.text().replace("&", "") == text:
                    return item
    raise AssertionError(f"no View item {text!r}")


def _base(window: MainWindow) -> QColor:
    return window.palette().color(QPalette.ColorRole.Base)


def _checked_themes(window: MainWindow) -> list[str]:
    names = ("Light theme", "Dark theme", "The system's theme")
    return [name for name in names if _view_action(window, name).isChecked()]


def test_the_theme_is_chosen_in_view_and_remembered(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    with app_palette() as app:
        original = app.palette()
        window = make_window(Settings.single(base_url=server.base_url, model="m"))
        base = window.palette().color(QPalette.ColorRole.Base)
        assert _checked_themes(window) == ["The system's theme"]  # the menu shows the choice
        _view_action(window, "Dark theme").trigger()
        qtbot.waitUntil(lambda: _base(window).lightness() < 60 < base.lightness())
        qtbot.waitUntil(lambda: _base(window).name() in window.styleSheet())  # it follows
        assert _checked_themes(window) == ["Dark theme"]
        window.close()
        app.setPalette(original)
        again = make_window()  # the same settings folder
        qtbot.waitUntil(lambda: _base(again).lightness() < 60)
        assert _checked_themes(again) == ["Dark theme"]
        _view_action(again, "The system's theme").trigger()
        qtbot.waitUntil(lambda: _base(again) == base)
        _view_action(again, "Light theme").trigger()
        qtbot.waitUntil(lambda: _base(again).lightness() > 240)


def test_larger_text_widens_prompt_bubbles_and_enlarges_notices(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "And of Italy?")
    bubble = window.view.messages[0]
    narrow = bubble.maximumWidth()
    # What else a person reads grows too (a trial saw the names over the messages, the
    # chat list and the model's name stay small).
    others = (bubble._title, window.sidebar.list, window.header.model_box)
    heights = [widget.fontMetrics().height() for widget in others]
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bubble.maximumWidth() > narrow + 20)
    grown = [widget.fontMetrics().height() for widget in others]
    assert all(after > before for before, after in zip(heights, grown, strict=True))
    text = bubble.text_view
    assert text.fontMetrics().horizontalAdvance("And of Italy?") < bubble.maximumWidth()
    # Notices (errors, "Stopped…") grow with the text, not only the replies.
    assert re.search(r"#noticeLabel[^{]*\{ font-size: \d+pt", window.styleSheet())


def test_the_window_title_is_the_chat_title(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    server.one_shot_reply = completion_script('Title: "French Capital Question".')
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    assert window.windowTitle() == "Rivulet"
    ask(qtbot, window, "What is the capital of France?")
    conversation = window.session.conversation_id
    assert conversation is not None
    qtbot.waitUntil(
        lambda: window.windowTitle() == f"{window.sidebar.title_of(conversation)} — Rivulet"
    )
    qtbot.waitUntil(lambda: window.sidebar.title_of(conversation) == "French Capital Question")
    # The model's, when it comes; Qt adds nothing more where it adds the application's name.
    assert window.windowTitle() == "French Capital Question — Rivulet"
    # A search that lists other chats leaves the open one's title (a trial's became
    # "Rivulet" with the chat still open).
    window.sidebar.search.setText("zebras")
    qtbot.waitUntil(lambda: window.sidebar.title_of(conversation) is None)
    assert window.windowTitle() == "French Capital Question — Rivulet"
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: window.sidebar.title_of(conversation) is not None)
    assert window.windowTitle() == "French Capital Question — Rivulet"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle() == "Rivulet"


def test_every_icon_the_app_uses_is_in_the_package_and_draws(qtbot: QtBot) -> None:
    for name in APP_ICONS:
        drawn = icon(name, "#202124", 18)
        assert not drawn.isNull(), name
        assert drawn.pixmap(18, 18).toImage().pixelColor(9, 9).isValid()


def _figures_under(message: MessageWidget) -> QLabel | None:
    return message.stats_label


def test_figures_can_be_shown_always_and_the_choice_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="gpt-4o-mini"))
    ask(qtbot, window, "And of Italy?")
    reply = window.view.messages[-1]
    line = reply.details_button.toolTip()
    assert "tokens" in line  # the figures are there, behind the Details icon
    assert _figures_under(reply) is None  # and nowhere else until asked for
    totals = window.header.totals_text
    assert totals and not window.header.totals_label.isVisible()

    _view_action(window, "Show figures (tokens, speed, cost)").trigger()
    shown = _figures_under(reply)
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    assert shown.text() == line
    assert window.header.totals_label.isVisible()
    assert window.header.totals_label.text() == totals
    assert window.view.messages[0].stats_label is None  # prompts have no figures
    window.close()

    again = make_window()  # the same settings folder: still shown, in the reloaded chat
    assert again.figures_action.isChecked()
    qtbot.waitUntil(lambda: bool(again.view.messages))
    label = again.view.messages[-1].stats_label
    assert label is not None and label.isVisibleTo(again)
    again.figures_action.trigger()
    assert not label.isVisibleTo(again)
    assert not again.header.totals_label.isVisibleTo(again)


def _heading_contrasts(window: MainWindow, image: QImage) -> dict[str, float]:
    """The contrast of each sidebar heading's text with the sidebar, from the pixels."""
    sidebar = window.sidebar
    found = {}
    scale = image.devicePixelRatio()
    for number, row in enumerate(sidebar.model.rows):
        if row.heading:
            rect = sidebar.list.visualRect(sidebar.model.index(number))
            corner = sidebar.list.viewport().mapTo(window, rect.topLeft())
            area = QRect(corner * scale, rect.size() * scale) & image.rect()
            found[row.title] = text_contrast(image, area)
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_streaming_an_error_the_grouped_sidebar_and_settings_are_tidy_in_both_themes(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, theme: str
) -> None:
    with app_palette(dark_palette() if theme == "dark" else None):
        window = _at_1100(qtbot, make_window(_gpt(server)))
        ask(qtbot, window, "An older question")
        older = window.session.conversation_id
        assert older is not None

        def backdate(conn: sqlite3.Connection) -> None:
            stamp = time.time() - 3 * 86_400
            conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stamp, older))

        window._history.in_transaction(backdate).result()
        window.sidebar.reload()
        window.new_chat()

        # A reply on its way: Stop in place of Send, the text so far.
        server.enqueue(
            Script(parts=[sse(chunk(role=True)), sse(chunk("The first words of it")), Stall()])
        )
        type_and_send(qtbot, window, "Tell me about rivers")
        qtbot.waitUntil(lambda: window.session.draft.parts == ["The first words of it"])
        streaming = _shoot(window, f"look-streaming-{theme}.png")
        assert window.send_button.accessibleName() == "Stop the reply"
        assert low_contrast_text(window, streaming) == []
        assert overlapping(window) == []
        assert elided_buttons(window) == []
        headings = _heading_contrasts(window, streaming)
        assert list(headings) == ["Today", "Previous 7 days"]
        assert all(ratio >= 4.5 for ratio in headings.values()), headings
        with qtbot.waitSignal(window.session.reply_ended):
            qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)

        # A reply that failed: the notice says why, readable on the reply's background.
        server.enqueue(error_script(401, "Incorrect API key provided: sk-abc***xyz."))
        ask(qtbot, window, "Try again")
        failed = _shoot(window, f"look-error-{theme}.png")
        notice = window.view.messages[-1].findChild(QLabel, "noticeLabel")
        assert notice is not None and notice.isVisible() and notice.text()
        assert low_contrast_text(window, failed) == []
        assert overlapping(window) == []
        assert elided_buttons(window) == []

        # Files attached: their chips above the prompt, then under the question sent.
        notes = window._store.folder / "notes for the meeting on Friday.md"
        notes.write_text("# Agenda\n\n1. Budget\n2. Rota", encoding="utf-8")
        window.attach_files([notes])
        chips = window.composer.documents
        qtbot.waitUntil(lambda: bool(chips.documents()))
        _tidy(window, f"look-files-{theme}.png")
        ask(qtbot, window, "What is on the agenda?")
        sent_with = window.view.messages[-2].document_chips
        assert sent_with is not None and sent_with.isVisible()
        shown = _shoot(window, f"look-files-sent-{theme}.png")
        assert low_contrast_text(window, shown) == []
        assert overlapping(window) == []

        window.dialogs.open_settings()
        qtbot.waitUntil(lambda: window.dialogs.settings_dialog is not None)
        dialog = window.dialogs.settings_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        settings = _shoot(dialog, f"look-settings-{theme}.png")
        assert dialog.windowTitle() == "Settings"
        assert low_contrast_text(dialog, settings) == []
        assert overlapping(dialog) == []
        assert elided_buttons(dialog) == []
        dialog.reject()


def test_tab_goes_through_the_window_as_it_reads(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "hello")
    window.sidebar.new_button.setFocus()
    qtbot.waitUntil(window.sidebar.new_button.hasFocus)
    visited = []
    for _ in range(20):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.accessibleName() or type(focused).__name__)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    first_round = visited[: visited.index("New chat", 1)]
    assert first_round == [
        "New chat",
        "Search all chats",
        "Conversations",
        "Show or hide the chat list",
        "Model for this chat",
        "System prompt, temperature and length",
        "Tokens and cost of this chat",
        "Conversation",
        "You message",  # each message: its text, then its actions
        "Copy this prompt",
        "Edit this prompt and send it again",
        "m message",
        "Copy this reply",
        "Ask for this reply again",
        "Tokens and speed of this reply",
        "Attach files or images",
        "Message",
        "Send",
    ]


def test_the_prompts_hint_fits_its_one_line_in_a_narrow_window(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """It wrapped and was cut off below the first line; now the keys go first."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    prompt = window.prompt

    def fits() -> bool:
        room = prompt.viewport().width() - 2 * prompt.document().documentMargin()
        return prompt.fontMetrics().horizontalAdvance(prompt.placeholderText()) <= room

    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert "Enter" in prompt.placeholderText()
    assert fits()
    window.resize(400, 600)
    qtbot.waitUntil(lambda: window.width() < 480)
    qtbot.waitUntil(lambda: prompt.placeholderText() == "Ask anything…")
    assert fits()
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: "Enter" in prompt.placeholderText())


# The offscreen platform cannot raise a popup or grab the keyboard for it; it shows it.
@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_model_lists_current_entry_is_readable(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer, theme: str
) -> None:
    """A trial found it white on near-white: the box's transparent background under the
    highlighted text's colour."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    if theme == "dark":
        window.theme.dark()
    box = window.header.model_box
    qtbot.waitUntil(lambda: box.count() > 0)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    row = view.visualRect(view.currentIndex())
    shot = view.viewport().grab().toImage()
    behind = shot.pixelColor(row.left() + 2, row.center().y())
    accent = box.palette().color(QPalette.ColorRole.Highlight)
    box.hidePopup()
    assert behind.name() == accent.name()


def test_a_folded_prompt_shows_its_beginning_and_stays_there_under_the_wheel(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """A trial's long pasted paragraph, folded, showed its last words instead of its first."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    long = "Please tell me a long story. " + " ".join(f"word{n}" for n in range(400))
    window.prompt.setPlainText(long)
    with qtbot.waitSignal(window.session.reply_ended, timeout=10_000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    text = window.view.messages[0].text_view
    qtbot.waitUntil(lambda: text.cut_off)

    def first_shown() -> int:
        return text.cursorForPosition(QPoint(2, 2)).position()

    assert first_shown() == 0
    spot = text.viewport().rect().center()
    for _ in range(5):
        wheel = QWheelEvent(
            QPointF(spot),
            QPointF(text.viewport().mapToGlobal(spot)),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(text.viewport(), wheel)
    assert first_shown() == 0  # the folded text stays at its start


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise()
def test_an_info_icon_explains_when_clicked(
    qtbot: QtBot, make_window: WindowFactory, server: FakeOpenAIServer
) -> None:
    """A trial clicked a reply's ⓘ and nothing happened: it only explained on hover."""
    window = make_window(Settings.single(base_url=server.base_url, model="m"))
    ask(qtbot, window, "count")
    reply = window.view.messages[-1]
    details = reply.details_button
    reply.reveal_actions(True)
    qtbot.waitUntil(details.isVisible)
    assert details.toolTip().startswith("5 tokens")
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == details.toolTip())
    QToolTip.hideText()
