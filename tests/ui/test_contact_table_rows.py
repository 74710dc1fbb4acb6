"""The contact table's rows: what a cell shows and what a person can do with it."""

from __future__ import annotations

from dataclasses import replace

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


def test_cells_read_again_show_the_current_rows_after_counts_and_pages_change() -> None:
    """A paint reads most cells from the page read last; what it shows must stay what the
    rows are: after the count shrinks or grows, a new result arrives or pages are dropped."""
    source = FakeSource(120)
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
    other = FakeSource(3).page(offset=0, limit=3)
    renamed = [replace(summary, name=f"Other {n}") for n, summary in enumerate(other)]
    model.apply(model.query(), 3, renamed)
    assert names(range(0, 5)) == ["Other 0", "Other 1", "Other 2", None, None]
    source.total = 2
    model.apply(model.query(), 2, [])
    assert names(range(0, 3)) == ["Person 00000", "Person 00001", None]
