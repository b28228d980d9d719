"""Prices: the user's table of dollars per million tokens, one row per model."""

import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.config.prices import DEFAULT_PRICES, Price, PriceTable
from core.i18n import Context

PricesBox = Context("PricesBox")

MODEL, INPUT, OUTPUT = range(3)


class PricesDialog(QDialog):
    """Edits a `PriceTable`; Save is refused while a price cannot be read.

    Signals:
        prices_accepted(PriceTable): Save was pressed and every row was valid.
    """

    prices_accepted = Signal(PriceTable)

    def __init__(self, table: PriceTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(560, 420)

        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MODEL, QHeaderView.ResizeMode.Stretch)
        # The prices' headings whole ("per 1M tokens in" was cut to "per 1M tokens i").
        for column in (INPUT, OUTPUT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._fill(table.prices)
        self.table.cellChanged.connect(self._on_table_cell_changed)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.restore_button)

        self.hint = hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(PricesBox.tr("Prices"))
        self.table.setAccessibleName(PricesBox.tr("Prices per million tokens"))
        self.table.setHorizontalHeaderLabels(
            [
                PricesBox.tr("Model"),
                PricesBox.tr("$ per 1M tokens in"),
                PricesBox.tr("$ per 1M tokens out"),
            ]
        )
        self.problem.setAccessibleName(PricesBox.tr("Price problem"))
        self.add_button.setText(PricesBox.tr("Add row"))
        self.add_button.setAccessibleName(PricesBox.tr("Add a price row"))
        self.remove_button.setText(PricesBox.tr("Remove row"))
        self.remove_button.setAccessibleName(PricesBox.tr("Remove the selected price rows"))
        self.restore_button.setText(PricesBox.tr("Restore defaults"))
        self.restore_button.setAccessibleName(PricesBox.tr("Restore the default prices"))
        self.hint.setText(
            PricesBox.tr(
                "US dollars per million tokens, as the provider lists them. A row for gpt-4o "
                "also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as "
                "openai/gpt-4o. Rows without a model name are left out."
            )
        )
        self.hint.setAccessibleName(PricesBox.tr("About prices"))
        for which, name in (
            (QDialogButtonBox.StandardButton.Save, PricesBox.tr("Save prices")),
            (QDialogButtonBox.StandardButton.Cancel, PricesBox.tr("Cancel without saving prices")),
        ):
            button = self.buttons.button(which)
            assert button is not None  # both were asked for in __init__
            button.setAccessibleName(name)
        self._on_table_cell_changed(-1, -1)  # a problem shown is said again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill(self, prices: Iterable[Price]) -> None:
        self.table.setRowCount(0)
        for price in prices:
            self._append_row(
                price.model, _number(price.input_per_million), _number(price.output_per_million)
            )

    def _append_row(self, model: str, price_in: str, price_out: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((MODEL, model), (INPUT, price_in), (OUTPUT, price_out)):
            item = QTableWidgetItem(text)
            if column != MODEL:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return row

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _read(self) -> PriceTable | tuple[str, int, int]:
        """The table, or what is wrong with it and the cell to point at."""
        prices: list[Price] = []
        seen: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            model = self._cell(row, MODEL)
            if not model:
                continue  # a half-added row is not worth refusing Save over
            if model.casefold() in seen:
                first = seen[model.casefold()] + 1
                problem = PricesBox.tr(
                    "{model} is listed twice (rows {first} and {second}).",
                    model=model,
                    first=first,
                    second=row + 1,
                )
                return problem, row, MODEL
            seen[model.casefold()] = row
            values: list[float] = []
            for column in (INPUT, OUTPUT):
                text = self._cell(row, column)
                value = _parse_dollars(text)
                if value is None:
                    return _price_problem(row + 1, model, column, text), row, column
                values.append(value)
            prices.append(Price(model, values[0], values[1]))
        return PriceTable(prices)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    @Slot(int, int)
    def _on_table_cell_changed(self, row: int, column: int) -> None:
        # Once a problem is shown, keep it current so it goes away as soon as it is fixed.
        if self.problem.isHidden():
            return
        result = self._read()
        self._show_problem("" if isinstance(result, PriceTable) else result[0])

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        row = self._append_row("", "", "")
        self.table.setCurrentCell(row, MODEL)
        item = self.table.item(row, MODEL)
        assert item is not None  # _append_row fills every cell
        self.table.scrollToItem(item)
        self.table.editItem(item)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)
        self._on_table_cell_changed(-1, -1)  # a removed row may have been the problem

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        self._fill(DEFAULT_PRICES)  # Cancel still keeps the user's own table
        self._show_problem("")

    @Slot()
    def _on_buttons_accepted(self) -> None:
        result = self._read()
        if not isinstance(result, PriceTable):
            message, row, column = result
            self._show_problem(message)
            self.table.setCurrentCell(row, column)
            return
        self._show_problem("")
        self.prices_accepted.emit(result)
        self.accept()


def _price_problem(row: int, model: str, column: int, text: str) -> str:
    """What is wrong with the price in `column` of `row` (counted from 1), typed as `text`."""
    if column == INPUT and text:
        return PricesBox.tr(
            "Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per "
            "million tokens as a number of 0 or more, e.g. 0.15.",
            row=row,
            model=model,
            text=text,
        )
    if column == INPUT:
        return PricesBox.tr(
            "Row {row} ({model}): the price for tokens in is nothing. Enter dollars per "
            "million tokens as a number of 0 or more, e.g. 0.15.",
            row=row,
            model=model,
        )
    if text:
        return PricesBox.tr(
            "Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per "
            "million tokens as a number of 0 or more, e.g. 0.15.",
            row=row,
            model=model,
            text=text,
        )
    return PricesBox.tr(
        "Row {row} ({model}): the price for tokens out is nothing. Enter dollars per "
        "million tokens as a number of 0 or more, e.g. 0.15.",
        row=row,
        model=model,
    )


def _parse_dollars(text: str) -> float | None:
    """A price as people type it ("0.15", "$2.50"), or None when it is not one."""
    try:
        value = float(text.removeprefix("$").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _number(value: float) -> str:
    # Enough digits to round-trip what the user typed, without "10.0" or float noise.
    return f"{value:.10g}"
