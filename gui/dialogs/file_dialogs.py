"""File dialogs that start where such files are kept, suggest a name and remember the folder.

Each purpose (chats, images, models) opens in the folder it was last used in (kept in
`core.config.recent_folders` across restarts), else in the user's Documents, Pictures or
Downloads folder, else at home. Dialogs are opened with `open()` and report through a
callback: no nested event loop under qasync.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from core.config.recent_folders import RecentFolders


class Purpose(StrEnum):
    CHATS = "chats"
    IMAGES = "images"
    MODELS = "models"


_HOME_FOR = {
    Purpose.CHATS: QStandardPaths.StandardLocation.DocumentsLocation,
    Purpose.IMAGES: QStandardPaths.StandardLocation.PicturesLocation,
    Purpose.MODELS: QStandardPaths.StandardLocation.DownloadLocation,
}


@dataclass(frozen=True)
class FileType:
    """One entry of a dialog's file type list; no suffixes means any file."""

    label: str
    suffixes: tuple[str, ...] = ()

    @property
    def name_filter(self) -> str:
        patterns = " ".join(f"*.{s}" for s in self.suffixes) or "*"
        return f"{self.label} ({patterns})"


Chosen = Callable[[list[Path], FileType], object]


def default_folder(purpose: Purpose) -> Path:
    """Where `purpose`'s dialog opens the first time: the user's usual folder for such
    files, else Documents, else home (the first two may not exist)."""
    for location in (_HOME_FOR[purpose], QStandardPaths.StandardLocation.DocumentsLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def with_suffix_of(path: Path, file_type: FileType, types: Sequence[FileType]) -> Path:
    """`path` ending in `file_type`'s extension: another listed type's extension is
    replaced, any other ending kept and the extension added ("v1.2" -> "v1.2.md")."""
    if not file_type.suffixes or path.suffix.lower().lstrip(".") in file_type.suffixes:
        return path
    known = {s for t in types for s in t.suffixes}
    if path.suffix.lower().lstrip(".") in known:
        return path.with_suffix(f".{file_type.suffixes[0]}")
    return path.with_name(f"{path.name}.{file_type.suffixes[0]}")


class FileDialog(QFileDialog):
    """A file dialog for one purpose. For saving, the chosen file type decides the
    format and the name's extension follows it: a name typed with the other type's
    extension gets this type's instead (the list of types is the visible, deliberate
    choice; an extension typed out of habit is easy to miss), so a file's extension
    always says what is inside."""

    def __init__(
        self,
        parent: QWidget,
        folders: RecentFolders,
        purpose: Purpose,
        *,
        title: str,
        types: Sequence[FileType],
        then: Chosen,
        save_as: str = "",
        multiple: bool = False,
    ) -> None:
        super().__init__(parent, title)
        self._folders = folders
        self._purpose = purpose
        self._types = list(types)
        self._then = then
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setNameFilters([t.name_filter for t in types])
        self.setDirectory(str(folders.get(purpose) or default_folder(purpose)))
        if save_as:
            self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.selectFile(f"{save_as}.{types[0].suffixes[0]}")
            self.setDefaultSuffix(types[0].suffixes[0])
            self.filterSelected.connect(self._on_dialog_filter_selected)
        else:
            mode = QFileDialog.FileMode
            self.setFileMode(mode.ExistingFiles if multiple else mode.ExistingFile)
        self.filesSelected.connect(self._on_dialog_files_selected)

    def file_type(self) -> FileType:
        chosen = self.selectedNameFilter()
        return next((t for t in self._types if t.name_filter == chosen), self._types[0])

    @Slot(str)
    def _on_dialog_filter_selected(self, _name_filter: str) -> None:
        # A name typed without an extension gets the chosen type's.
        self.setDefaultSuffix(self.file_type().suffixes[0])

    def accept(self) -> None:
        # Give the typed name its extension before the dialog checks it, so "replace the
        # existing file?" is asked about the file that will really be written.
        name_edit = self.findChild(QLineEdit, "fileNameEdit")
        if self.acceptMode() == QFileDialog.AcceptMode.AcceptSave and name_edit is not None:
            typed = name_edit.text().strip()
            if typed:
                fixed = with_suffix_of(Path(typed), self.file_type(), self._types)
                if fixed != Path(typed):
                    name_edit.setText(str(fixed))
        super().accept()

    @Slot(list)
    def _on_dialog_files_selected(self, names: list[str]) -> None:
        paths = [Path(name) for name in names]
        if not paths:
            return
        file_type = self.file_type()
        if self.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            # A native dialog skips `accept()` above.
            paths = [with_suffix_of(paths[0], file_type, self._types)]
        self._folders.remember(self._purpose, paths[0].parent)
        self._then(paths, file_type)


def ask_for_file(
    parent: QWidget,
    folders: RecentFolders,
    purpose: Purpose,
    *,
    title: str,
    types: Sequence[FileType],
    then: Chosen,
    save_as: str = "",
    multiple: bool = False,
) -> FileDialog:
    """Open a dialog (to save when `save_as` names a file, without its extension);
    `then(paths, file_type)` runs when the user accepts it."""
    dialog = FileDialog(
        parent,
        folders,
        purpose,
        title=title,
        types=types,
        then=then,
        save_as=save_as,
        multiple=multiple,
    )
    dialog.open()
    return dialog
