"""`VisibleIndicators`: check boxes and radio buttons that can be seen in a dark theme.

Qt's Fusion style (Linux's default) outlines them in the window's colour made darker and
fills them with the text fields' colour: on Rivulet's dark window, near-black on
near-black, so a person could not tell which choice was selected. This style hands Fusion
a palette lifted for those two indicators only; everything else, and every other style
(Windows', macOS'), is drawn as it was.
"""

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)
# Fusion outlines with the window colour darker(140): this one gives a mid grey (#626367),
# 3:1 against the dark window as WCAG asks of a control's boundary.
_OUTLINE_SOURCE = QColor("#898a90")
_LIFTED_SURFACE = QColor("#2b2c30")  # the dark theme's buttons


class VisibleIndicators(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _INDICATORS and _is_dark(option.palette) and self._fusion():
            palette = QPalette(option.palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Window, _OUTLINE_SOURCE)
                palette.setColor(group, QPalette.ColorRole.Base, _LIFTED_SURFACE)
            lifted = type(option)(option)  # the same kind of option, with that palette
            lifted.palette = palette
            option = lifted
        super().drawPrimitive(element, option, painter, widget)

    def _fusion(self) -> bool:
        base = self.baseStyle()
        return base is not None and base.name().lower() == "fusion"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
