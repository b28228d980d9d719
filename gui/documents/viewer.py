"""The text Rivulet read from a file, in a read-only window: what the model is given."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.documents.read import Document


def show_document(parent: QWidget, document: Document) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("documentViewer")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(document.name)
    layout = QVBoxLayout(dialog)
    about = QLabel(f"{document.describe()}. This is the text Rivulet read from it.", dialog)
    about.setObjectName("hint")
    about.setWordWrap(True)
    text = QPlainTextEdit(dialog)
    text.setReadOnly(True)
    text.setAccessibleName(f"Text of {document.name}")
    if document.paged:
        text.setPlainText(
            "\n\n".join(f"— Page {n} —\n{page}" for n, page in enumerate(document.pages, 1))
        )
    else:
        text.setPlainText(document.text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(about)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    dialog.resize(720, 560)
    dialog.open()  # not exec(): no nested event loop under qasync
    return dialog
