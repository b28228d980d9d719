"""Ctrl+Z for typing or for the last deleted chat, whichever the user means."""

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def has_typing_to_undo(widget: QObject) -> bool:
    """Whether `widget` is an editable text field with typing that Undo would take back."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly() and widget.document().isUndoAvailable()
    return False


class UndoKeys(QObject):
    """Lets Ctrl+Z through to the window's Undo shortcut from text fields with nothing to undo.

    A text field claims Ctrl+Z for itself even when it is empty, so the window's "Undo
    delete" would never run while the message box has focus (which is almost always).
    """

    def __init__(self, fields: Iterable[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not has_typing_to_undo(watched)
        ):
            event.ignore()  # not claimed: the shortcut runs
            return True
        return False
