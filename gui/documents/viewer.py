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
from core.i18n import Context

DocumentViewer = Context("DocumentViewer")


def show_document(parent: QWidget, document: Document) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("documentViewer")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(document.name)
    layout = QVBoxLayout(dialog)
    # Written once: the window is modal to the main window, where the language is chosen.
    about = QLabel(
        DocumentViewer.tr(
            "{kind_pages_and_size}. This is the text Rivulet read from it.",
            kind_pages_and_size=document.describe(),  # "PDF · 12 pages · 1.2 MB"
        ),
        dialog,
    )
    about.setObjectName("hint")
    about.setWordWrap(True)
    text = QPlainTextEdit(dialog)
    text.setReadOnly(True)
    text.setAccessibleName(DocumentViewer.tr("Text of {name}", name=document.name))
    if document.paged:
        text.setPlainText(
            "\n\n".join(
                DocumentViewer.tr("— Page {page_number} —", page_number=n) + f"\n{page}"
                for n, page in enumerate(document.pages, 1)
            )
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
