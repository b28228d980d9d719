"""A status line that says how something went: in words, with a mark, and in a colour
that stays readable on the window's background, light or dark (never colour alone)."""

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from core.i18n import Context

StatusMarks = Context("StatusMarks")

MIN_CONTRAST = 4.5  # WCAG AA for normal text: never less
AIM = 5.0  # what colours are adjusted to, with a little room to spare


class Outcome(StrEnum):
    NOTE = "note"  # plain information
    WORKING = "working"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


_MARK = {Outcome.SUCCEEDED: "✓ ", Outcome.FAILED: "✕ "}
_HUE = {Outcome.SUCCEEDED: QColor("#1a7f37"), Outcome.FAILED: QColor("#c62828")}


def _said(outcome: Outcome) -> str:
    """The outcome in words, for screen readers, which may not name the mark."""
    if outcome is Outcome.WORKING:
        return StatusMarks.tr("In progress")
    if outcome is Outcome.SUCCEEDED:
        return StatusMarks.tr("Succeeded")
    if outcome is Outcome.FAILED:
        return StatusMarks.tr("Failed")
    return ""


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor) -> QColor:
    """`colour`, darkened on a light background or lightened on a dark one until it
    reaches AIM against `background`."""
    # Towards whichever of white and black stands out more (mid greys included).
    dark_background = contrast(QColor("white"), background) > contrast(QColor("black"), background)
    hue, saturation, lightness = colour.hslHue(), colour.hslSaturation(), colour.lightness()
    while contrast(QColor.fromHsl(hue, saturation, lightness), background) < AIM:
        if lightness in (0, 255):
            break
        lightness = min(255, lightness + 8) if dark_background else max(0, lightness - 8)
    return QColor.fromHsl(hue, saturation, lightness)


class StatusLabel(QLabel):
    """A wrapped, selectable line of status; `outcome` is what it shows now. Its text
    is the caller's (in the language of the moment it was set); the owner sets its
    accessible name again when the language changes."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(accessible_name)
        self.outcome = Outcome.NOTE

    def show_status(self, text: str, outcome: Outcome = Outcome.NOTE) -> None:
        self.outcome = outcome
        self.setText(_MARK.get(outcome, "") + text if text else "")
        self.setAccessibleDescription(_said(outcome))
        self._colour()

    def _colour(self) -> None:
        hue = _HUE.get(self.outcome)
        palette = QPalette()  # nothing set: everything comes from the window again
        if hue is not None:
            # Only the text's colour is set, so the background still follows the window
            # (a theme switch) and the colour is worked out again from it.
            palette.setColor(
                QPalette.ColorRole.WindowText,
                readable(hue, self.palette().color(self.backgroundRole())),
            )
        if palette.resolveMask() != self.palette().resolveMask() or (
            hue is not None and palette.color(QPalette.ColorRole.WindowText) != self._shown()
        ):
            self.setPalette(palette)

    def _shown(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark while shown
            self._colour()
        elif event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleDescription(_said(self.outcome))
