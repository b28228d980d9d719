"""The window's size, position and maximised state, kept across restarts in window.json."""

import base64
import binascii
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from core.config.files import write_json_atomically

log = logging.getLogger(__name__)

FILE_NAME = "window.json"


def save_geometry(window: QWidget, folder: Path) -> None:
    """Write where `window` is; a failure is logged, never raised (the window is closing)."""
    # The size to come back to from maximised, not the maximised size.
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    data: dict[str, object] = {
        "x": rect.x(),
        "y": rect.y(),
        "width": rect.width(),
        "height": rect.height(),
        "maximized": window.isMaximized(),
        # Qt's own record too: only it can restore a maximised window together with the
        # size it returns to (the normal geometry cannot be set from outside).
        "qt": base64.b64encode(window.saveGeometry().data()).decode("ascii"),
    }
    try:
        write_json_atomically(folder / FILE_NAME, data)
    except OSError as error:
        log.warning("Could not save the window's size and position: %s", error)


def restore_geometry(window: QWidget, folder: Path) -> bool:
    """Put `window` where it was last closed, if that still fits on a screen; call before
    show(). False (and nothing changed) when there is nothing usable to restore."""
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        rect = QRect(int(data["x"]), int(data["y"]), int(data["width"]), int(data["height"]))
        qt = base64.b64decode(data["qt"], validate=True)
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as error:
        log.warning("Ignored the saved window size and position: %s", error)
        return False
    # A screen that was unplugged or shrank must not leave the window out of reach.
    if rect.width() < 1 or rect.height() < 1 or not _fits_a_screen(rect):
        return False
    return window.restoreGeometry(QByteArray(qt))


def _fits_a_screen(rect: QRect) -> bool:
    return any(screen.availableGeometry().contains(rect) for screen in QGuiApplication.screens())
