"""Thumbnails of attached images: removable ones above the prompt, read-only ones in a message."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMimeData,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.chat.attachments import (
    Attachment,
    AttachmentError,
    image_from_bytes,
    load_image,
    sniff_image_mime,
)
from core.i18n import Context

ImageStrip = Context("ImageStrip")

STRIP_HEIGHT = 64  # small enough to leave the prompt its room
MESSAGE_HEIGHT = 160  # big enough to recognise a sent image without opening it
MAX_ASPECT = 3  # a panorama is cut to three times as wide as tall, not a mile-long tile

REMOVE_MARK = "\N{MULTIPLICATION SIGN}"  # the remove button's text: a cross, not the letter x
# Pasted data in these types is kept as it is; anything else is re-encoded as PNG.
_RAW_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


class AttachmentStrip(QWidget):
    """The images attached to the prompt being written, each with a button to remove it.

    Hidden while there are none.

    Signals:
    changed(): an image was added or removed, or all were cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = _ThumbnailRow(STRIP_HEIGHT, self)
        self._tiles: list[_RemovableTile] = []
        self.hide()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(ImageStrip.tr("Attached images"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def add(self, attachment: Attachment) -> None:
        tile = _RemovableTile(attachment, self._row.content)
        tile.remove_clicked.connect(self._on_tile_remove_clicked)
        self._row.append(tile)
        self._tiles.append(tile)
        self.show()
        self.changed.emit()

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(tile.attachment for tile in self._tiles)

    def clear(self) -> None:
        if not self._tiles:
            return  # nothing changed, so no signal
        for tile in self._tiles:
            self._row.discard(tile)
        self._tiles.clear()
        self.hide()
        self.changed.emit()

    @Slot(object)
    def _on_tile_remove_clicked(self, tile: "_RemovableTile") -> None:
        if tile not in self._tiles:
            return  # a second click queued before the tile went away
        self._tiles.remove(tile)
        self._row.discard(tile)
        if not self._tiles:
            self.hide()
        self.changed.emit()


class ImageThumbnails(QWidget):
    """A sent message's images, as a read-only row of thumbnails."""

    def __init__(
        self,
        images: Sequence[Attachment],
        parent: QWidget | None = None,
        *,
        max_height: int = MESSAGE_HEIGHT,
    ) -> None:
        super().__init__(parent)
        self._images = tuple(images)
        row = self._row = _ThumbnailRow(max_height, self)
        for image in self._images:
            row.append(_Thumbnail(image, max_height, row.content))
        if not self._images:
            self.hide()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(ImageStrip.tr("%n attached image(s)", "", len(self._images)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def attachments(self) -> tuple[Attachment, ...]:
        return self._images

    def natural_width(self) -> int:
        """The width the whole row of thumbnails wants, so a message bubble can fit it."""
        return self._row.content.sizeHint().width()


def attachment_from_mime(
    mime: QMimeData, skip: set[Path] | None = None
) -> tuple[list[Attachment], list[str]]:
    """The images in pasted or dropped data, and a plain-words message for each that failed.

    Never raises for bad input: of five dropped files with one too big, four are attached
    and the fifth is explained. Both lists are empty when the data holds neither an image
    nor a local file (text, a web link); the caller then handles it as text.
    """
    attachments: list[Attachment] = []
    errors: list[str] = []
    every_file = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    files = [path for path in every_file if path not in (skip or set())]  # read elsewhere
    if every_file:
        # Files first: a file manager's copy also carries the file's icon as image data.
        for path in files:
            try:
                attachments.append(load_image(path))
            except AttachmentError as error:
                errors.append(error.message)
    elif mime.hasImage() or any(mime.hasFormat(kind) for kind in _RAW_TYPES):
        try:
            attachments.append(image_from_bytes(_pasted_bytes(mime), pasted_name()))
        except AttachmentError as error:
            errors.append(error.message)
    return attachments, errors


def pasted_name() -> str:
    """The name a pasted image is given (and kept with, in the language of that moment)."""
    return ImageStrip.tr("Pasted image", "the name of an image pasted from the clipboard")


def _pasted_bytes(mime: QMimeData) -> bytes:
    # A browser's copy keeps the original file: sent as it is, a photo stays a JPEG
    # instead of becoming a PNG several times its size.
    for kind in _RAW_TYPES:
        if mime.hasFormat(kind):
            data = bytes(mime.data(kind).data())
            if sniff_image_mime(data) is not None:
                return data
    image = mime.imageData()  # a QImage, or a QPixmap from some platforms' clipboards
    if isinstance(image, QPixmap):
        image = image.toImage()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter, not QImage.save: PySide6's save() refuses the bytes its stubs ask for.
    encoded = isinstance(image, QImage) and QImageWriter(buffer, b"PNG").write(image)
    if not encoded:
        raise AttachmentError(ImageStrip.tr("The pasted image could not be read."))
    return bytes(buffer.data().data())


class _RemovableTile(QFrame):
    """One thumbnail in the strip with a remove button over its corner.

    Signals:
    remove_clicked(tile): its remove button was pressed; the tile itself is passed along.
    """

    remove_clicked = Signal(object)

    def __init__(self, attachment: Attachment, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentTile")
        self.attachment = attachment
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_Thumbnail(attachment, STRIP_HEIGHT, self), 0, 0)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeAttachmentButton")
        self.remove_button.setText(REMOVE_MARK)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        # In the same cell as the picture, over its top-right corner.
        corner = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        layout.addWidget(self.remove_button, 0, 0, corner)
        self._retranslate()

    def _retranslate(self) -> None:
        if self.attachment.name:
            name = ImageStrip.tr("Remove image {name}", name=self.attachment.name)
        else:
            name = ImageStrip.tr("Remove image without a name")
        self.remove_button.setAccessibleName(name)
        self.remove_button.setToolTip(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_clicked.emit(self)


class _ThumbnailRow(QScrollArea):
    """One line of tiles that scrolls sideways, so many images never widen the window."""

    def __init__(self, height: int, owner: QWidget) -> None:
        """Fills `owner`, which holds nothing else."""
        super().__init__(owner)
        self._height = height
        self.setObjectName("thumbnailRow")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, not the frame
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # The window's stylesheet gives every scroll area the base colour; a row inside
        # a message keeps the bubble's colour instead.
        self.setStyleSheet("#thumbnailRow, #thumbnailRowContent { background: transparent; }")
        outer = QVBoxLayout(owner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self)
        self.content = QWidget(self)
        self.content.setObjectName("thumbnailRowContent")
        self._layout = QHBoxLayout(self.content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)  # keeps the tiles to the left
        self.setWidget(self.content)
        self.horizontalScrollBar().rangeChanged.connect(self._on_scroll_bar_range_changed)
        self._on_scroll_bar_range_changed(0, 0)

    def append(self, tile: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, tile)  # before the stretch
        tile.show()  # a child added to a row already on screen stays hidden until told

    def discard(self, tile: QWidget) -> None:
        self._layout.removeWidget(tile)
        tile.hide()  # at once: keyboard focus moves on and the row closes up now
        tile.deleteLater()

    @Slot(int, int)
    def _on_scroll_bar_range_changed(self, minimum: int, maximum: int) -> None:
        # Room for the scroll bar only while it shows, so a short row has no gap below.
        bar = self.horizontalScrollBar().sizeHint().height() if maximum > minimum else 0
        self.setFixedHeight(self._height + bar)


class _Thumbnail(QLabel):
    """The image scaled down to `height` (never up), or a tile with its name if Qt can't
    read it."""

    def __init__(self, image: Attachment, height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._image = image
        self._height = height
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(height)  # small images sit centred in a row of even height
        ratio = parent.devicePixelRatioF()  # sharp on high-DPI screens
        box = QSize(round(height * MAX_ASPECT * ratio), round(height * ratio))
        picture = _decode(image.data, box)
        self._shown = picture is not None
        if picture is None:
            self.setObjectName("imagePlaceholder")
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setFixedSize(height, height)
        else:
            pixmap = QPixmap.fromImage(picture)
            pixmap.setDevicePixelRatio(ratio)
            self.setPixmap(pixmap)
        self._retranslate()

    def _retranslate(self) -> None:
        name, size = self._image.name, i18n.size(self._image.size)
        if self._shown:
            if name:
                self.setAccessibleName(ImageStrip.tr("Image {name}", name=name))
                self.setToolTip(ImageStrip.tr("{name} · {size}", name=name, size=size))
            else:
                self.setAccessibleName(ImageStrip.tr("Image without a name"))
                self.setToolTip(ImageStrip.tr("Image without a name · {size}", size=size))
            return
        if name:
            self.setAccessibleName(ImageStrip.tr("Image {name}, which cannot be shown", name=name))
            self.setToolTip(ImageStrip.tr("{name} · {size} · no preview", name=name, size=size))
        else:
            name = ImageStrip.tr("without a name", "shown on a tile in place of an image's name")
            self.setAccessibleName(ImageStrip.tr("Image without a name, which cannot be shown"))
            self.setToolTip(ImageStrip.tr("Image without a name · {size} · no preview", size=size))
        shortened = self.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideMiddle, self._height - 8
        )
        self.setText(shortened)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _decode(data: bytes, box: QSize) -> QImage | None:
    """The image fitted into `box`, decoded near that size; None if Qt cannot read it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo's orientation tag: show it upright
    full = reader.size()
    if full.isValid() and not full.isEmpty():
        # Decoding at about the thumbnail's size spares memory (JPEG decodes straight to
        # it); scaled by the short side so a photo turned upright is still big enough.
        scale = box.height() / min(full.width(), full.height())
        if scale < 1:
            reader.setScaledSize(
                QSize(max(1, round(full.width() * scale)), max(1, round(full.height() * scale)))
            )
    picture = reader.read()
    if picture.isNull():
        return None
    if picture.width() > box.width() or picture.height() > box.height():
        picture = picture.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return picture
