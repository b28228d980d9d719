"""Help → About Rivulet: version, data folder, and the licences of everything bundled.

The list comes from core.desktop.licences (the packages' own metadata, or the build's manifest in
a frozen app), so it cannot drift from what is shipped.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.desktop.licences import PackageLicence
from core.version import __version__

SUMMARY = (
    "A desktop chat client for OpenAI-compatible servers, with a small built-in model "
    "that works offline."
)
NO_TEXT = (
    "This package ships no licence text of its own. Its licence is {licence}; the full "
    "text is published at https://spdx.org/licenses/."
)


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Not modal: it can stay open beside the chat."""

    def __init__(
        self,
        data_folder: Path,
        packages: list[PackageLicence],
        parent: QWidget | None = None,
        *,
        open_folder: Callable[[Path], object] = _open_folder,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Rivulet")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 560)
        self._folder = data_folder
        self._open_folder = open_folder
        self._packages = packages

        title = QLabel(f"<b>Rivulet</b> {__version__}", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(SUMMARY, self)
        summary.setWordWrap(True)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(f"Your chats and settings are kept in {data_folder}", self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton("Open folder", self)
        self.open_folder_button.setAccessibleName("Open the data folder")
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)

        heading = QLabel(f"Rivulet includes these {len(packages)} components:", self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Find a component…")
        self.search.setAccessibleName("Find a component")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.package_list = QListWidget(self)
        self.package_list.setAccessibleName("Components and their licences")
        for package in packages:
            item = QListWidgetItem(f"{package.title} — {package.licence}", self.package_list)
            item.setToolTip(package.note or package.title)
        self.package_list.currentRowChanged.connect(self._on_package_list_current_row_changed)
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName("Licence text")
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.package_list)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([280, 440])
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(summary)
        column.addLayout(folder_row)
        column.addSpacing(8)
        column.addWidget(heading)
        column.addWidget(self.search)
        column.addWidget(splitter, 1)
        column.addWidget(buttons)
        if packages:
            self.package_list.setCurrentRow(0)

    def licence_shown(self) -> str:
        return self.licence_text.toPlainText()

    def select(self, name: str) -> PackageLicence:
        """Show the licence of the package called `name` (as the user clicking it would)."""
        index = next(i for i, p in enumerate(self._packages) if p.name == name)
        self.package_list.setCurrentRow(index)
        return self._packages[index]

    @Slot()
    def _on_open_folder_button_clicked(self) -> None:
        self._open_folder(self._folder)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        wanted = text.strip().lower()
        for row, package in enumerate(self._packages):
            haystack = f"{package.title} {package.licence} {package.note}".lower()
            self.package_list.item(row).setHidden(bool(wanted) and wanted not in haystack)

    @Slot(int)
    def _on_package_list_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._packages):
            self.licence_text.clear()
            return
        package = self._packages[row]
        header = f"{package.title}\nLicence: {package.licence}\n"
        if package.note:
            header += f"Includes: {package.note}\n"
        body = package.text or NO_TEXT.format(licence=package.licence)
        self.licence_text.setPlainText(f"{header}\n{body}")
