"""The chat list's model: every change is a small insert or removal, and the result is
always what laying the whole list out again would give (headings included)."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from gui.sidebar.list_model import ConversationListModel, Row
from tests.support.properties import examples

DAY = 86_400.0
NOW = time.time()

ages = st.floats(min_value=0, max_value=420 * DAY, allow_nan=False)
chat_list = st.lists(st.tuples(ages, st.booleans()), min_size=0, max_size=30)
operation = st.one_of(
    st.tuples(st.just("touch"), st.integers(0, 40)),
    st.tuples(st.just("pin"), st.integers(0, 40)),
    st.tuples(st.just("remove"), st.integers(0, 40)),
    st.tuples(st.just("add"), ages),
)


def _laid_out_again(model: ConversationListModel) -> list[str]:
    chats = sorted(model.chats, key=lambda r: (not r.pinned, -r.stamp))
    return [row.key for row in model._with_headings(chats)]


class _Changes:
    """What the model told its views: the rows it says it has after each signal."""

    def __init__(self, model: ConversationListModel) -> None:
        self.count = model.rowCount()
        model.rowsInserted.connect(self._on_inserted)
        model.rowsRemoved.connect(self._on_removed)
        model.modelReset.connect(lambda: setattr(self, "count", model.rowCount()))

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.count += last - first + 1

    def _on_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.count -= last - first + 1


@settings(max_examples=examples(150))
@given(chats=chat_list, operations=st.lists(operation, max_size=12))
def test_every_change_leaves_the_list_as_laying_it_out_again_would(
    qtbot: QtBot, chats: list[tuple[float, bool]], operations: list[tuple[str, object]]
) -> None:
    model = ConversationListModel()
    rows = [
        Row(f"c{n}", f"Chat {n}", NOW - age, pinned=pinned) for n, (age, pinned) in enumerate(chats)
    ]
    model.replace(sorted(rows, key=lambda r: (not r.pinned, -r.stamp)))
    changes = _Changes(model)
    made = len(rows)
    for kind, value in operations:
        chats_now = model.chats
        if kind == "add":
            assert isinstance(value, float)
            model.insert_in_order(Row(f"c{made}", "new", NOW - value))
            made += 1
        elif chats_now:
            assert isinstance(value, int)
            chat = chats_now[value % len(chats_now)]
            if kind == "touch":
                model.move_to_top(chat.conversation_id, chat.title)
            elif kind == "pin":
                model.set_pinned(chat.conversation_id, not chat.pinned)
            else:
                model.remove(model.row_of(chat.conversation_id))
        assert [row.key for row in model.rows] == _laid_out_again(model)
        assert changes.count == len(model.rows)  # the signals account for every row
    keys = [row.key for row in model.rows]
    assert len(keys) == len(set(keys))  # no heading twice
