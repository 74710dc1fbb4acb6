"""The contact table's rows: what a cell shows and what a person can do with it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel
from tests.ui.test_main_window import FakeSource


def test_rows_are_selectable_read_only_cells_with_their_texts() -> None:
    model = ContactTableModel(FakeSource(120), page_size=50)
    for row in (0, 49, 50, 119):
        for column in Column:
            flags = model.flags(model.index(row, column))
            assert flags & Qt.ItemFlag.ItemIsEnabled
            assert flags & Qt.ItemFlag.ItemIsSelectable
            assert not flags & Qt.ItemFlag.ItemIsEditable
        name = model.index(row, Column.NAME)
        assert name.data() == f"Person {row:05d}"
        assert model.contact_id(row) == name.data(ContactIdRole)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.contact_id(120) is None
