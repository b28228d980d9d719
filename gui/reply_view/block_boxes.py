"""What QTextDocument cannot draw itself: code blocks in rounded boxes, and the bar down
the side of a quote. Blocks are marked with a property holding the colour; the text
widget paints the marks under its text, for the blocks in the area being painted only,
so a frame costs the same in a long reply as in a short one."""

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

CODE_BOX = QTextFormat.Property.UserProperty.value + 1  # the box's colour (a QColor)
BOX_START = QTextFormat.Property.UserProperty.value + 2  # the first block of a box
QUOTE_BAR = QTextFormat.Property.UserProperty.value + 3  # the bar's colour (a QColor)

BOX_PADDING = (12, 8)  # inside a code box: left and right, top and bottom
BOX_RADIUS = 8
QUOTE_INDENT = 14  # per level of quoting
BAR_WIDTH = 3


def box_blocks(document: QTextDocument, colour: QColor, gap: int) -> None:
    """Mark every block of `document` (a code block: its header, then its lines) as one
    box, padded inside, `gap` pixels from the text around it."""
    left_right, top_bottom = BOX_PADDING
    block = document.begin()
    last = document.lastBlock()
    while block.isValid():
        fmt = block.blockFormat()
        fmt.setProperty(CODE_BOX, colour)
        # Code reads left to right in every language, even a line that begins with an
        # Arabic comment in a right-to-left window.
        fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fmt.setLeftMargin(left_right)
        fmt.setRightMargin(left_right)
        if block == document.begin():
            fmt.setProperty(BOX_START, True)
            # Margins collapse (the larger of two neighbours' wins): the padding and
            # the gap outside the box are both in this one.
            fmt.setTopMargin(gap + top_bottom)
        if block == last:
            fmt.setBottomMargin(gap + top_bottom)
        QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def paint_boxes(painter: QPainter, document: QTextDocument, area: QRect) -> None:
    """Paint the boxes and bars of the blocks that `area` (document coordinates) shows."""
    layout = document.documentLayout()
    position = layout.hitTest(QPointF(0, area.top()), Qt.HitTestAccuracy.FuzzyHit)
    block = document.findBlock(max(position, 0))
    if not block.isValid():
        return
    width = document.textWidth() if document.textWidth() > 0 else float(area.right())
    top_bottom = BOX_PADDING[1]
    box_top: float | None = None
    box_colour = QColor()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        fmt = block.blockFormat()
        colour = fmt.property(CODE_BOX)
        starts = fmt.boolProperty(BOX_START)
        if box_top is not None and (colour is None or starts):  # the box above ends here
            _box(painter, box_colour, box_top, _bottom_of(block.previous(), layout), width)
            box_top = None
        if rect.top() > area.bottom():
            break
        if isinstance(colour, QColor) and box_top is None:
            # A box that began above the painted area: its top is off the area (and
            # clipped away), never a rounded corner in the middle of it.
            box_top = rect.top() - top_bottom if starts else area.top() - 2.0 * BOX_RADIUS
            box_colour = colour
        bar = fmt.property(QUOTE_BAR)
        if isinstance(bar, QColor):
            _bar(painter, block, bar, rect, layout, width=width)
        block = block.next()
    if box_top is not None:
        bottom = (
            _bottom_of(block.previous(), layout)
            if not block.isValid()
            else area.bottom() + 2.0 * BOX_RADIUS
        )
        _box(painter, box_colour, box_top, bottom, width)
    painter.restore()


def _bottom_of(block: QTextBlock, layout: object) -> float:
    rect = layout.blockBoundingRect(block)  # type: ignore[attr-defined]
    return float(rect.bottom()) + BOX_PADDING[1]


def _box(painter: QPainter, colour: QColor, top: float, bottom: float, width: float) -> None:
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0, top, width, bottom - top), BOX_RADIUS, BOX_RADIUS)


def _bar(
    painter: QPainter,
    block: QTextBlock,
    colour: QColor,
    rect: QRectF,
    layout: object,
    *,
    width: float,
) -> None:
    level = block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)
    following = block.next()
    # One bar down a quote of several paragraphs: through the gaps between them too.
    if following.isValid() and following.blockFormat().property(QUOTE_BAR) is not None:
        bottom = layout.blockBoundingRect(following).top()  # type: ignore[attr-defined]
    else:
        bottom = rect.bottom()
    painter.setBrush(colour)
    right_to_left = block.textDirection() == Qt.LayoutDirection.RightToLeft
    for depth in range(max(level, 1)):
        x: float = depth * QUOTE_INDENT + 2
        if right_to_left:  # the bar goes down the side the quote's lines start on
            x = width - x - BAR_WIDTH
        painter.drawRoundedRect(QRectF(x, rect.top(), BAR_WIDTH, bottom - rect.top()), 1.5, 1.5)
