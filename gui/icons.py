"""The app's icons: Lucide's (ISC/MIT, lucide.dev), from the SVGs the `lucide` package
ships, drawn in the colour of the text around them so they follow light and dark.

`IconButton` is the one icon button of the app: an icon with a tooltip and an accessible
name, its text kept for screen readers and shown only when `show_text` asks for it.
"""

import io
import logging
import zipfile
from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton, QWidget

log = logging.getLogger(__name__)

SIZES = (16, 20, 24, 32)  # what buttons ask for, at 1x; twice that for HiDPI screens


@cache
def _archive() -> zipfile.ZipFile | None:
    try:
        data = files("lucide").joinpath("lucide.zip").read_bytes()
        return zipfile.ZipFile(io.BytesIO(data))
    except (OSError, ModuleNotFoundError, zipfile.BadZipFile):
        log.exception("The icons could not be read; buttons show their names instead")
        return None


@cache
def svg(name: str) -> bytes:
    """Lucide's SVG for `name` (b"" when it is missing)."""
    archive = _archive()
    if archive is None:
        return b""
    try:
        return archive.read(f"{name}.svg")
    except KeyError:
        log.error("No icon named %r", name)
        return b""


@cache
def icon(name: str, colour: str) -> QIcon:
    """Icon `name` with its strokes in `colour` (#rrggbb); a null QIcon if it is missing."""
    source = svg(name)
    if not source:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(source.replace(b"currentColor", colour.encode())))
    result = QIcon()
    for size in SIZES:
        for scale in (1, 2):
            pixmap = QPixmap(size * scale, size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result


class IconButton(QToolButton):
    """A flat button showing icon `name` in the colour of its text; `text` is its
    accessible name and tooltip unless given apart."""

    def __init__(
        self,
        name: str,
        text: str,
        parent: QWidget | None = None,
        *,
        tooltip: str = "",
        size: int = 18,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._text_shown = False
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(tooltip or text)
        self.setAutoRaise(True)
        self.setIconSize(QSize(size, size))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tint()

    def set_icon_name(self, name: str) -> None:
        self._name = name
        self._tint()

    def show_text(self, shown: bool) -> None:
        """Show the text beside the icon ("Copied"), or the icon alone."""
        self._text_shown = shown
        self._tint()

    def _tint(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        drawn = icon(self._name, QColor(colour).name())
        self.setIcon(drawn)
        # Without its icon (the package missing), the button still says what it does.
        if drawn.isNull():
            style = Qt.ToolButtonStyle.ToolButtonTextOnly
        elif self._text_shown:
            style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        else:
            style = Qt.ToolButtonStyle.ToolButtonIconOnly
        self.setToolButtonStyle(style)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._tint()
