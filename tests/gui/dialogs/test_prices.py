"""The Prices dialog: editing, adding and removing rows, refusing prices it cannot read."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core.config.prices import DEFAULT_PRICES, Price, PriceTable
from gui.dialogs.prices import INPUT, MODEL, OUTPUT, PricesDialog

TABLE = PriceTable([Price("gpt-4o-mini", 0.15, 0.6), Price("my-model", 1.0, 2.0)])


@pytest.fixture
def dialog(qtbot: QtBot) -> PricesDialog:
    dialog = PricesDialog(TABLE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog: PricesDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    found = dialog.buttons.button(which)
    assert found is not None
    return found


def cell(dialog: PricesDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def set_cell(dialog: PricesDialog, row: int, column: int, text: str) -> None:
    item = dialog.table.item(row, column)
    assert item is not None
    item.setText(text)


def save(qtbot: QtBot, dialog: PricesDialog) -> PriceTable:
    with qtbot.waitSignal(dialog.prices_accepted, timeout=1000) as blocker:
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert blocker.args is not None
    table = blocker.args[0]
    assert isinstance(table, PriceTable)
    return table


def test_shows_the_table_and_names_every_control(dialog: PricesDialog) -> None:
    assert dialog.windowTitle() == "Prices"
    assert dialog.table.rowCount() == 2
    assert [cell(dialog, 1, c) for c in (MODEL, INPUT, OUTPUT)] == ["my-model", "1", "2"]
    header = dialog.table.horizontalHeaderItem(INPUT)
    assert header is not None and header.text() == "$ per 1M tokens in"
    # every control a keyboard can reach, so a control added later is checked too
    controls = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog)
    ]
    assert len(controls) == 6  # the table, four buttons below it, Save, Cancel
    assert all(widget.accessibleName() for widget in [*controls, dialog.problem]), controls


def test_typing_a_new_price_and_saving_emits_the_new_table(
    qtbot: QtBot, dialog: PricesDialog
) -> None:
    item = dialog.table.item(0, INPUT)
    assert item is not None
    dialog.table.setCurrentItem(item)
    dialog.table.editItem(item)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "0.2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == "0.2")
    table = save(qtbot, dialog)
    assert table.prices == (Price("gpt-4o-mini", 0.2, 0.6), Price("my-model", 1.0, 2.0))
    assert dialog.result() == PricesDialog.DialogCode.Accepted


def test_a_price_it_cannot_read_is_explained_and_not_saved(
    qtbot: QtBot, dialog: PricesDialog
) -> None:
    set_cell(dialog, 1, OUTPUT, "two dollars")
    save_button = button(dialog, QDialogButtonBox.StandardButton.Save)
    with qtbot.assertNotEmitted(dialog.prices_accepted):
        qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "Row 2 (my-model)" in dialog.problem.text()
    assert "“two dollars”" in dialog.problem.text()
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (1, OUTPUT)

    set_cell(dialog, 1, OUTPUT, "-1")
    assert "-1" in dialog.problem.text()  # the message follows the edit
    with qtbot.assertNotEmitted(dialog.prices_accepted):
        qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)

    set_cell(dialog, 1, OUTPUT, "$2.5")
    assert not dialog.problem.isVisible()
    assert save(qtbot, dialog).for_model("my-model") == Price("my-model", 1.0, 2.5)


def test_the_same_model_twice_is_refused(qtbot: QtBot, dialog: PricesDialog) -> None:
    set_cell(dialog, 1, MODEL, "GPT-4o-mini")
    with qtbot.assertNotEmitted(dialog.prices_accepted):
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert "listed twice" in dialog.problem.text()


def test_adding_and_removing_rows(qtbot: QtBot, dialog: PricesDialog) -> None:
    assert not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert dialog.table.currentRow() == 2
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # left empty: ignored
    dialog.table.setCurrentCell(2, MODEL)  # commits the open editor
    set_cell(dialog, 2, MODEL, "new-model")
    set_cell(dialog, 2, INPUT, "0.5")
    set_cell(dialog, 2, OUTPUT, "0")

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert save(qtbot, dialog).prices == (Price("my-model", 1.0, 2.0), Price("new-model", 0.5, 0.0))


def test_removing_the_row_with_the_problem_clears_it(qtbot: QtBot, dialog: PricesDialog) -> None:
    set_cell(dialog, 0, INPUT, "")
    with qtbot.assertNotEmitted(dialog.prices_accepted):
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert "is nothing" in dialog.problem.text()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.problem.isVisible()


def test_restore_defaults_refills_the_table(qtbot: QtBot, dialog: PricesDialog) -> None:
    set_cell(dialog, 0, INPUT, "oops")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == len(DEFAULT_PRICES)
    assert save(qtbot, dialog) == PriceTable(DEFAULT_PRICES)


def test_cancel_emits_nothing(qtbot: QtBot, dialog: PricesDialog) -> None:
    set_cell(dialog, 0, INPUT, "9")
    with qtbot.assertNotEmitted(dialog.prices_accepted):
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
    assert dialog.result() == PricesDialog.DialogCode.Rejected


def test_every_heading_is_shown_whole(qtbot: QtBot, dialog: PricesDialog) -> None:
    """A trial saw "per 1M tokens i" and "per 1M tokens o"."""
    header = dialog.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(MODEL) > 0)
    for column in (INPUT, OUTPUT):
        item = dialog.table.horizontalHeaderItem(column)
        assert item is not None
        needed = header.fontMetrics().horizontalAdvance(item.text())
        assert header.sectionSize(column) >= needed, item.text()
