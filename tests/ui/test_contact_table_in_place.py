"""A new result shown in place of the rows on screen (no reset of the model): the table must
show what a reset shows — the same rows, the same count, nothing selected."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.services.directory import ContactQuery, ContactSummary
from app.ui.contact_list import ContactTable
from app.ui.contact_table_model import Column, ContactTableModel
from tests.ui.test_main_window import FakeSource


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _result(total: int, label: str) -> list[ContactSummary]:
    return [
        replace(summary, name=f"{label} {n}", id=f"{label}-{n}")
        for n, summary in enumerate(FakeSource(total).page(offset=0, limit=min(total, 50)))
    ]


def _table(qtbot: QtBot) -> ContactTable:
    model = ContactTableModel(FakeSource(0), ContactKind.INDIVIDUAL, page_size=50, count=False)
    view = ContactTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize(("before", "after"), [(120, 50), (30, 50), (50, 50), (50, 7)])
def test_a_result_shown_in_place_looks_and_reads_as_after_a_reset(
    qtbot: QtBot, before: int, after: int
) -> None:
    in_place, reset = _table(qtbot), _table(qtbot)
    query = ContactQuery(kind=ContactKind.INDIVIDUAL, search="old")
    for view in (in_place, reset):
        model = view.model()
        assert isinstance(model, ContactTableModel)
        model.apply(query, before, _result(before, "Old"))
        selection = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(model.index(3, 0), flags.ClearAndSelect | flags.Rows)
        qtbot.wait(1)
    resets: list[bool] = []
    new = replace(query, search="new")
    model = in_place.model()
    assert isinstance(model, ContactTableModel)
    model.modelReset.connect(lambda: resets.append(True))
    in_place.selectionModel().reset()  # what the list does with it
    qtbot.wait(1)
    paints = _Paints()
    in_place.viewport().installEventFilter(paints)
    model.apply(new, after, _result(after, "New"), in_place=True)
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)  # the new rows reach the screen
    reset_model = reset.model()
    assert isinstance(reset_model, ContactTableModel)
    reset_model.apply(new, after, _result(after, "New"))

    assert resets == []
    assert model.query() == new
    assert model.rowCount() == reset_model.rowCount() == after
    shown = [model.index(row, Column.NAME).data() for row in range(after + 2)]
    assert shown == [f"New {n}" for n in range(after)] + [None, None]
    assert not in_place.selectionModel().hasSelection()
    assert not in_place.currentIndex().isValid()
    qtbot.wait(1)
    assert in_place.viewport().grab().toImage() == reset.viewport().grab().toImage()
    bar, reset_bar = in_place.verticalScrollBar(), reset.verticalScrollBar()
    assert (bar.minimum(), bar.maximum()) == (reset_bar.minimum(), reset_bar.maximum())


def test_a_result_with_no_rows_before_or_after_resets_the_model(qtbot: QtBot) -> None:
    view = _table(qtbot)
    model = view.model()
    assert isinstance(model, ContactTableModel)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    query = ContactQuery(kind=ContactKind.INDIVIDUAL)
    model.apply(query, 3, _result(3, "A"), in_place=True)  # none before
    model.apply(query, 0, [], in_place=True)  # none after
    assert resets == [True, True]
    assert model.rowCount() == 0
