"""Check boxes and radio buttons stand out from a dark window (a trial could not tell
which of two radio buttons was selected)."""

from PySide6.QtWidgets import (
    QCheckBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.dialogs.status_label import contrast
from gui.indicator_style import VisibleIndicators
from gui.theme import dark_palette, light_palette


def _strongest_edge(qtbot: QtBot, style: QStyle, dark: bool) -> float:
    """The strongest contrast, against the window, of any pixel of the two indicators."""
    page = QWidget()
    qtbot.addWidget(page)
    page.setPalette(dark_palette() if dark else light_palette())
    layout = QVBoxLayout(page)
    radio, box = QRadioButton("Only while Rivulet is open"), QCheckBox("Remember")
    for button in (radio, box):
        button.setStyle(style)
        layout.addWidget(button)
    page.show()
    qtbot.waitExposed(page)
    window = page.palette().color(page.backgroundRole())
    strongest = 0.0
    for button in (radio, box):
        image = button.grab().toImage()
        # The indicator is the square at the left, as tall as the button's text line.
        side = min(image.height(), 20)
        for x in range(side):
            for y in range(side):
                strongest = max(strongest, contrast(image.pixelColor(x, y), window))
    return strongest


def test_indicators_show_in_the_dark_theme(qtbot: QtBot) -> None:
    plain = QProxyStyle(QStyleFactory.create("Fusion"))
    lifted = VisibleIndicators(QStyleFactory.create("Fusion"))
    assert _strongest_edge(qtbot, plain, dark=True) < 2
    assert _strongest_edge(qtbot, lifted, dark=True) >= 3  # WCAG's 3:1 for a control


def test_the_light_theme_is_drawn_as_before(qtbot: QtBot) -> None:
    plain = QProxyStyle(QStyleFactory.create("Fusion"))
    lifted = VisibleIndicators(QStyleFactory.create("Fusion"))
    assert _strongest_edge(qtbot, lifted, dark=False) == _strongest_edge(qtbot, plain, dark=False)
