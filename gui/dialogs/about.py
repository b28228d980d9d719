"""Help → About Rivulet: version, data folder, and the licences of everything bundled.

The list comes from core.desktop.licences (the packages' own metadata, or the build's manifest in
a frozen app), so it cannot drift from what is shipped.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Slot
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
from core.i18n import Context
from core.version import __version__

AboutBox = Context("AboutBox")
PRODUCT = "Rivulet"  # a name: the same in every language


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
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 560)
        self._folder = data_folder
        self._open_folder = open_folder
        self._packages = packages

        title = QLabel(f"<b>{PRODUCT}</b> {__version__}", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)

        self.heading = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.package_list = QListWidget(self)
        for package in packages:
            item = QListWidgetItem(f"{package.title} — {package.licence}", self.package_list)
            item.setToolTip(package.note or package.title)
        self.package_list.currentRowChanged.connect(self._on_package_list_current_row_changed)
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setReadOnly(True)
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
        column.addWidget(self.summary)
        column.addLayout(folder_row)
        column.addSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.search)
        column.addWidget(splitter, 1)
        column.addWidget(buttons)
        if packages:
            self.package_list.setCurrentRow(0)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(AboutBox.tr("About Rivulet"))
        self.summary.setText(
            AboutBox.tr(
                "A desktop chat client for OpenAI-compatible servers, with a small built-in "
                "model that works offline."
            )
        )
        self.folder_label.setText(
            AboutBox.tr("Your chats and settings are kept in {folder}", folder=self._folder)
        )
        self.open_folder_button.setText(AboutBox.tr("Open folder"))
        self.open_folder_button.setAccessibleName(AboutBox.tr("Open the data folder"))
        self.heading.setText(
            AboutBox.tr("Rivulet includes %n component(s):", "", len(self._packages))
        )
        self.search.setPlaceholderText(AboutBox.tr("Find a component…"))
        self.search.setAccessibleName(AboutBox.tr("Find a component"))
        self.package_list.setAccessibleName(AboutBox.tr("Components and their licences"))
        self.licence_text.setAccessibleName(AboutBox.tr("Licence text"))
        self._show_licence(self.package_list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

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
        self._show_licence(row)

    def _show_licence(self, row: int) -> None:
        if not 0 <= row < len(self._packages):
            self.licence_text.clear()
            return
        package = self._packages[row]
        lines = [package.title, AboutBox.tr("Licence: {licence}", licence=package.licence)]
        if package.note:
            lines.append(AboutBox.tr("Includes: {note}", note=package.note))
        body = package.text or AboutBox.tr(
            "This package ships no licence text of its own. Its licence is {licence}; the "
            "full text is published at https://spdx.org/licenses/.",
            licence=package.licence,
        )
        self.licence_text.setPlainText("\n".join(lines) + f"\n\n{body}")
