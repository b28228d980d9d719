"""The app's icons: Lucide's (ISC/MIT, lucide.dev), from the SVGs the `lucide` package
ships, drawn in the colour of the text around them so they follow light and dark.

`IconButton` is the one icon button of the app: an icon with a tooltip and an accessible
name, its text kept for screen readers and shown only when `show_text` asks for it.
"""

import json
import logging
import zipfile
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QToolButton, QToolTip, QWidget

from core.config.files import write_json_atomically
from core.config.paths import data_dir

log = logging.getLogger(__name__)


# Every icon the app shows, read from the package's zip in one pass at first use (the
# zip lists 1,745: keeping it open cost ~3 MB for the life of the app).
APP_ICONS = (
    "arrow-up",
    "check",
    "copy",
    "ellipsis",
    "info",
    "panel-left",
    "paperclip",
    "pencil",
    "refresh-cw",
    "search",
    "sliders-horizontal",
    "square",
    "square-pen",
    "x",
)


CACHE_NAME = "icons.json"


@cache
def _sources() -> dict[str, bytes]:
    # Opening the zip parses its directory of 1,745 files (13-15 ms at every start): the
    # ten SVGs are kept in a small cache file instead, made again when the package (its
    # zip's size and time) or the list of icons changes.
    try:
        archive_path = _zip_path()
        stamp = archive_path.stat()
        key = f"{stamp.st_size}:{stamp.st_mtime_ns}:{','.join(APP_ICONS)}"
        cached = _cached(key)
        if cached is not None:
            return cached
        with zipfile.ZipFile(archive_path) as archive:
            found = {name: archive.read(f"{name}.svg") for name in APP_ICONS}
    except (OSError, KeyError, zipfile.BadZipFile):
        log.exception("The icons could not be read; buttons show their names instead")
        return {}
    _keep(key, found)
    return found


def _cache_path() -> Path:
    return data_dir() / "cache" / CACHE_NAME


def _cached(key: str) -> dict[str, bytes] | None:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        icons = data["icons"]
        return {name: icons[name].encode() for name in APP_ICONS}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # none yet, or damaged: read from the zip and write it again


def _keep(key: str, icons: dict[str, bytes]) -> None:
    try:
        text = {name: svg.decode() for name, svg in icons.items()}
        write_json_atomically(_cache_path(), {"key": key, "icons": text})
    except (OSError, UnicodeDecodeError):
        log.warning("The icon cache could not be written", exc_info=True)


def _zip_path() -> Path:
    # Found, not imported: the package's own module pulls in xml.etree and more, and
    # only its data file is needed (the frozen app keeps it beside the modules too).
    spec = find_spec("lucide")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise OSError("the lucide package is not installed")
    return Path(next(iter(folders))) / "lucide.zip"


def svg(name: str) -> bytes:
    """Lucide's SVG for `name`, one of APP_ICONS (b"" when it could not be read)."""
    found = _sources().get(name, b"")
    if not found:
        log.error("No icon %r (is it in APP_ICONS?)", name)
    return found


def _draw(source: bytes, pixels: int) -> QPixmap:
    # Qt's SVG image plugin draws it: no QtSvg module to import at start-up (~50 ms
    # with its bindings), and only the sizes asked for are drawn.
    data = QByteArray(source)
    buffer = QBuffer(data)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(pixels, pixels))
    return QPixmap.fromImage(reader.read())


@cache
def icon(name: str, colour: str, size: int = 16) -> QIcon:
    """Icon `name` with its strokes in `colour` (#rrggbb), drawn for `size` pixels (and
    twice that, for HiDPI screens); a null QIcon if it is missing."""
    source = svg(name)
    if not source:
        return QIcon()
    tinted = source.replace(b"currentColor", colour.encode())
    result = QIcon()
    for scale in (1, 2):
        pixmap = _draw(tinted, size * scale)
        if pixmap.isNull():
            log.error("Icon %r could not be drawn", name)
            return QIcon()
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

    def explain_when_clicked(self) -> None:
        """For an icon that only explains (ⓘ): a click, or Space, shows its tooltip at
        once. A trial clicked one and nothing happened."""
        self.clicked.connect(self._on_clicked_explain)

    def _on_clicked_explain(self) -> None:
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)

    def show_text(self, shown: bool) -> None:
        """Show the text beside the icon ("Copied"), or the icon alone."""
        self._text_shown = shown
        self._tint()

    def _tint(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        drawn = icon(self._name, QColor(colour).name(), self.iconSize().width())
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
