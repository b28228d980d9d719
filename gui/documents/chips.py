"""Files as chips: above the prompt while they are read and until the question is sent
(name, kind, size, pages or characters, a remove button), then under the question in the
conversation, where a click opens the text that was read."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.i18n import Context
from gui.documents.flow_layout import FlowLayout
from gui.icons import IconButton

if TYPE_CHECKING:
    from core.documents.read import Document

Chips = Context("Chips")

CHIP_WIDTH = 280


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" in the middle to the width it has
    (measured in its own font, which the style sheet may make bold)."""

    def __init__(
        self, text: str, parent: QWidget, mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle
    ) -> None:
        super().__init__(parent)
        self.full_text = text
        self._mode = mode
        # As wide as the name when there is room; narrower (shortened) when there is not.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, *, tooltip: bool = True) -> None:
        self.full_text = text
        if tooltip:
            self.setToolTip(text)
        self.updateGeometry()
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self.full_text) + 2, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full_text, self._mode, self.width())
        if shown != self.text():
            self.setText(shown)


class DocumentChip(QFrame):
    """One file: its name, then what it is ("PDF · 12 pages · 1.2 MB") or how far reading
    it has got. Signals: opened(Document) when clicked once read; removed() by its ✕."""

    opened = Signal(object)
    removed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, removable: bool) -> None:
        super().__init__(parent)
        self.setObjectName("documentChip")
        self.document: Document | None = None
        self._name = name
        self._progress: tuple[int, int] | None = None  # pages read, of pages in all
        self.setMaximumWidth(CHIP_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.setSpacing(6)
        column = QVBoxLayout()
        column.setSpacing(0)
        self.name_label = _ElidedLabel(name, self)
        self.name_label.setObjectName("chipName")
        self.detail_label = _ElidedLabel("", self, Qt.TextElideMode.ElideRight)
        self.detail_label.setObjectName("chipDetail")
        column.addWidget(self.name_label)
        column.addWidget(self.detail_label)
        row.addLayout(column, 1)
        self.remove_button: IconButton | None = None
        if removable:
            self.remove_button = IconButton("x", "", self, size=14)
            self.remove_button.clicked.connect(self.removed)
            row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(name)
        self._retranslate()

    def _retranslate(self) -> None:
        if self.remove_button is not None:
            remove = Chips.tr("Remove {name}", name=self._name)
            self.remove_button.setText(remove)
            self.remove_button.setAccessibleName(remove)
            self.remove_button.setToolTip(remove)
        if self.document is not None:
            self._describe(self.document)
        elif self._progress is not None:
            self.set_progress(*self._progress)
        else:
            self.detail_label.set_full_text(Chips.tr("Reading…"), tooltip=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.detail_label.set_full_text(
            Chips.tr("Reading… page {done} of {total}", done=done, total=total)
        )

    def set_document(self, document: "Document") -> None:
        self.document = document
        self._describe(document)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _describe(self, document: "Document") -> None:
        about = document.describe()  # "PDF · 12 pages · 1.2 MB", in the user's language
        self.detail_label.set_full_text(about)
        self.setToolTip(
            Chips.tr(
                "{name}\n{kind_pages_and_size}\nClick to see the text read from it",
                name=document.name,
                kind_pages_and_size=about,
            )
        )
        self.setAccessibleDescription(about)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.document is not None and event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.document)


class DocumentChips(QWidget):
    """A row of chips. In the composer (`removable`) it holds the files of the question
    being written; under a sent question, the files it was sent with.

    Signals:
        opened(Document): a chip was clicked.
        changed(): a chip was added, removed, or finished reading.
    """

    opened = Signal(object)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, removable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("documentChips")
        self._removable = removable
        self._row = FlowLayout(self)  # chips wrap onto new lines in a narrow window
        self.chips: list[DocumentChip] = []
        self.hide()

    def add(self, name: str) -> DocumentChip:
        chip = DocumentChip(name, self, removable=self._removable)
        chip.opened.connect(self.opened)
        chip.removed.connect(lambda: self.remove(chip))
        self._row.addWidget(chip)
        self.chips.append(chip)
        self.show()
        self.changed.emit()
        return chip

    def add_document(self, document: "Document") -> DocumentChip:
        chip = self.add(document.name)
        chip.set_document(document)
        return chip

    def remove(self, chip: DocumentChip) -> None:
        if chip in self.chips:
            self.chips.remove(chip)
            chip.hide()
            chip.deleteLater()
            self.setVisible(bool(self.chips))
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        for chip in list(self.chips):
            self.remove(chip)

    def documents(self) -> "tuple[Document, ...]":
        """The files read so far, in the order attached (one file attached twice, once)."""
        seen: set[str] = set()
        found = []
        for chip in self.chips:
            if chip.document is not None and chip.document.sha256 not in seen:
                seen.add(chip.document.sha256)
                found.append(chip.document)
        return tuple(found)

    def reading(self) -> list[str]:
        """The names of files still being read."""
        return [chip.accessibleName() for chip in self.chips if chip.document is None]
