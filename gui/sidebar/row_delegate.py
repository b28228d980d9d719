"""How the sidebar draws its rows: group headings as small quiet labels, chats as one
line (search hits as two), every row one height so the list can lay out 10,000 at once."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.sidebar.list_model import ConversationListModel
from gui.theme import subtle_text

ROW_PADDING = 14  # above and below the text together; the stylesheet pads items 6+6
HEADING_INDENT = 10
BUTTON_ROOM = 30  # the hovered row's "…" button covers the end of its title


class RowDelegate(QStyledItemDelegate):
    """Draws `ConversationListModel`'s rows; `hovered` is the row whose button shows."""

    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.hovered = QPersistentModelIndex()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = 1 if self._model.grouped else 2
        return QSize(0, option.fontMetrics.height() * lines + ROW_PADDING)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setObjectName("renameEditor")  # slimmer than the search field's style
        return editor

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The whole row: the text's own rect, inside the items' padding, left a line
        # edit's frame no room, and cut its letters off at the top and the bottom.
        editor.setGeometry(option.rect.adjusted(2, 1, -2, -1))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        # A title is the user's text: each line takes the direction of its own first
        # letters (an English title in an Arabic window keeps its "?" at the end), isolated
        # from the list's direction, as the Unicode bidi algorithm's FSI ... PDI do.
        if option.text:
            option.text = "\n".join(f"\u2068{line}\u2069" for line in option.text.split("\n"))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = self._model.rows[index.row()]
        if row.heading:
            self._paint_heading(painter, option, row.title)
            return
        if index != self.hovered:
            super().paint(painter, option, index)
            return
        drawn = QStyleOptionViewItem(option)
        self.initStyleOption(drawn, index)
        width = drawn.rect.width() - 2 * 8 - BUTTON_ROOM
        lines = drawn.text.split("\n")
        lines[0] = drawn.fontMetrics.elidedText(
            lines[0], Qt.TextElideMode.ElideRight, max(width, 0)
        )
        drawn.text = "\n".join(lines)
        widget = drawn.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, drawn, painter, widget)

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        # A heading is a disabled row, drawn in the list's own (active) colours.
        palette = QPalette(option.palette)
        palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.save()
        painter.setFont(font)
        painter.setPen(subtle_text(palette))
        area = option.rect.adjusted(HEADING_INDENT, 0, -HEADING_INDENT, -4)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
        painter.restore()
