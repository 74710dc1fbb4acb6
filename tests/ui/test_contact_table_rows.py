"""The contact table's rows: what a cell shows and what a person can do with it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel
from tests.ui.summaries import NumberedPeople


def test_rows_are_selectable_read_only_cells_with_their_texts() -> None:
    model = ContactTableModel(NumberedPeople(120), page_size=50)
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


def test_cells_read_again_show_the_current_rows_after_counts_and_pages_change() -> None:
    """A paint reads most cells from the page read last; what it shows must stay what the
    rows are: after the count shrinks or grows, a new result arrives or pages are dropped."""
    source = NumberedPeople(120)
    model = ContactTableModel(source, page_size=50, max_cached_pages=2)

    def names(rows: range) -> list[object]:
        return [model.index(row, Column.NAME).data() for row in rows]

    assert names(range(40, 60)) == [f"Person {n:05d}" for n in range(40, 60)]
    assert model.index(45, Column.EMAIL).data() == ""

    # Fewer contacts: rows past the new count show nothing, though their page was read last.
    source.total = 55
    model.set_row_count(55)
    assert names(range(50, 60)) == [f"Person {n:05d}" for n in range(50, 55)] + [None] * 5
    source.total = 120
    model.set_row_count(120)
    assert names(range(50, 60)) == [f"Person {n:05d}" for n in range(50, 60)]

    # Pages 0 and 1 at hand, page 0 read last: reading page 2 drops page 1, not page 0.
    assert names(range(0, 3)) == ["Person 00000", "Person 00001", "Person 00002"]
    source.pages.clear()
    assert names(range(100, 103)) == ["Person 00100", "Person 00101", "Person 00102"]
    assert names(range(0, 3)) == ["Person 00000", "Person 00001", "Person 00002"]
    assert names(range(60, 62)) == ["Person 00060", "Person 00061"]
    assert source.pages == [100, 50]

    # A new result replaces the rows read last, whether it brings its first page or not.
    assert names(range(0, 2)) == ["Person 00000", "Person 00001"]
    other = NumberedPeople(3).page(offset=0, limit=3)
    renamed = [replace(summary, name=f"Other {n}") for n, summary in enumerate(other)]
    model.apply(model.query(), 3, renamed)
    assert names(range(0, 5)) == ["Other 0", "Other 1", "Other 2", None, None]
    source.total = 2
    model.apply(model.query(), 2, [])
    assert names(range(0, 3)) == ["Person 00000", "Person 00001", None]


class _CountedModel(ContactTableModel):
    """The table model, counting the calls Qt makes back into Python for a row count."""

    counted = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        self.counted += 1
        return super().rowCount(parent)


def test_an_index_is_the_one_qt_makes_without_asking_for_the_row_count() -> None:
    """Every index of a cell, inside or outside the rows, under a parent or not, is Qt's
    table model's answer; a cell's index is made without a call back for the row count."""
    model = _CountedModel(NumberedPeople(120), page_size=50)
    cell = model.index(3, Column.CITY)
    parents = [QModelIndex(), cell, QPersistentModelIndex(cell)]
    for parent in parents:
        for row in (-1, 0, 1, 119, 120, 500):
            for column in (-1, *Column, len(Column)):
                ours = model.index(row, column, parent)
                qts = QAbstractTableModel.index(model, row, column, parent)
                assert ours == qts, (row, column, parent)
                inside = 0 <= row < 120 and 0 <= column < len(Column)
                assert ours.isValid() == (inside and not parent.isValid())
    model.set_row_count(60)
    assert not model.index(60, 0).isValid() and model.index(59, 0).isValid()
    assert model.index(59, 0).sibling(59, Column.EMAIL) == model.index(59, Column.EMAIL)
    model.counted = 0
    for row in range(30):
        assert model.index(row, Column.NAME).data() == f"Person {row:05d}"
    assert model.counted == 0
