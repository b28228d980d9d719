"""Adding a portable Rivulet to the application menu: the first-start offer and Help entries.

The files themselves are core.desktop.menu_entry's; this renders the icons from
resources/rivulet.svg and asks, in the status bar rather than a dialog, so nothing stands
between the user and the first chat.
"""

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QObject, Qt, Slot
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMenu, QPushButton, QWidget

from core.desktop import menu_entry as desktop_entry
from core.i18n import Context
from gui.resources import icon_path

log = logging.getLogger(__name__)

AppMenuEntry = Context("AppMenuEntry")


def render_icons(svg: bytes, sizes: tuple[int, ...] = desktop_entry.ICON_SIZES) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size, on a transparent background."""
    from PySide6.QtSvg import QSvgRenderer  # only when the user adds the entry

    renderer = QSvgRenderer(svg)
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.11 accepts only a str here, though its stubs say bytes.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        pngs[size] = bytes(buffer.data().data())
    return pngs


class AppMenuOffer(QWidget):
    """The status bar's "Add Rivulet to your application menu?" with its two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._question = QLabel(self)
        row.addWidget(self._question)
        self.add_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        row.addWidget(self.add_button)
        row.addWidget(self.dismiss_button)
        self._retranslate()

    def _retranslate(self) -> None:
        self._question.setText(AppMenuEntry.tr("Add Rivulet to your application menu?"))
        self.add_button.setText(AppMenuEntry.tr("Add to menu"))
        self.add_button.setAccessibleName(AppMenuEntry.tr("Add Rivulet to the application menu"))
        self.dismiss_button.setText(AppMenuEntry.tr("Not now"))
        self.dismiss_button.setAccessibleName(
            AppMenuEntry.tr("Do not add Rivulet to the application menu")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class AppMenu(QObject):
    """Help → Add to / Remove from the application menu, and the first start's offer."""

    def __init__(
        self,
        window: QMainWindow,
        help_menu: QMenu,
        data_folder: Path,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._help_menu = help_menu
        self._data_folder = data_folder
        self._home = desktop_entry.data_home(environ)
        self._executable = desktop_entry.portable_executable()
        self.add_action = QAction(window)
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.remove_action = QAction(window)
        self.remove_action.triggered.connect(self._on_remove_action_triggered)
        for action in (self.add_action, self.remove_action):
            action.setMenuRole(QAction.MenuRole.NoRole)  # not guessed from its text
        self.retranslate()
        help_menu.addAction(self.add_action)
        help_menu.addAction(self.remove_action)
        help_menu.aboutToShow.connect(self._update_actions)
        self._update_actions()
        self.offer: AppMenuOffer | None = None
        if (
            self._executable is not None
            and not desktop_entry.is_installed(self._home)
            and not desktop_entry.offer_answered(data_folder)
        ):
            self.offer = AppMenuOffer(window)
            self.offer.add_button.clicked.connect(self._on_offer_add_clicked)
            self.offer.dismiss_button.clicked.connect(self._on_offer_dismiss_clicked)
            window.statusBar().insertPermanentWidget(0, self.offer)

    def retranslate(self) -> None:
        """Write the Help menu's items again, in the language now in use (the window calls
        this on a language change: actions are not widgets)."""
        self.add_action.setText(AppMenuEntry.tr("Add to the application menu"))
        self.remove_action.setText(AppMenuEntry.tr("Remove from the application menu"))

    @Slot()
    def _update_actions(self) -> None:
        installed = desktop_entry.is_installed(self._home)
        self.add_action.setVisible(self._executable is not None and not installed)
        # Shown wherever the files are, even when this copy is not the one that wrote them.
        self.remove_action.setVisible(installed)

    def add(self) -> bool:
        """Write the menu entry and icons for this portable copy; True if it worked."""
        if self._executable is None:
            return False
        try:
            svg = icon_path().read_bytes()
            desktop_entry.install(self._executable, render_icons(svg), svg, self._home)
        except OSError as error:
            log.warning("Could not add Rivulet to the application menu: %s", error)
            self._say(
                AppMenuEntry.tr(
                    "Could not add Rivulet to the application menu: {reason}.",
                    reason=error.strerror,
                )
            )
            return False
        self._say(AppMenuEntry.tr("Rivulet is now in your application menu."))
        self._update_actions()
        return True

    @Slot()
    def _on_add_action_triggered(self) -> None:
        self.add()

    @Slot()
    def _on_remove_action_triggered(self) -> None:
        try:
            removed = desktop_entry.remove(self._home)
        except OSError as error:
            self._say(
                AppMenuEntry.tr(
                    "Could not remove Rivulet from the application menu: {reason}.",
                    reason=error.strerror,
                )
            )
            return
        if removed:
            self._say(AppMenuEntry.tr("Rivulet is no longer in your application menu."))
        self._update_actions()

    @Slot()
    def _on_offer_add_clicked(self) -> None:
        self._answer(added=self.add())

    @Slot()
    def _on_offer_dismiss_clicked(self) -> None:
        self._answer(added=False)
        self._say(
            #: A menu and its item, as the menu bar names them ("Help → Add to the ...").
            AppMenuEntry.tr(
                "You can add Rivulet later with {menu} → {item}.",
                menu=_plain(self._help_menu.title()),
                item=_plain(self.add_action.text()),
            )
        )

    def _answer(self, *, added: bool) -> None:
        try:
            desktop_entry.remember_offer_answered(self._data_folder, added)
        except OSError as error:  # asked again next time: no harm done
            log.warning("Could not remember the application menu answer: %s", error)
        if self.offer is not None:
            self._window.statusBar().removeWidget(self.offer)
            self.offer.deleteLater()
            self.offer = None

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)


def _plain(text: str) -> str:
    """A menu's or item's text as read: without its mnemonic marks ("&Help" -> "Help")."""
    text = re.sub(r"\s*\(&\w\)", "", text)  # as Japanese, Chinese and Korean mark them
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
