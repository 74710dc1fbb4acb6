"""The contact table's header keeps its size hint across resets of the model (one on every
keystroke of a search) instead of asking the model for every section's data again, and works
it out anew, as Qt would, once what it is made of changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyleFactory
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.ui.contact_list import ContactTable, ContactTableHeader
from app.ui.contact_table_model import Column, ContactTableModel
from tests.ui.summaries import NumberedPeople, bare_person


class _Model(ContactTableModel):
    """The table's model, counting what its header asks of it, with titles that can change."""

    def __init__(self) -> None:
        super().__init__(
            NumberedPeople(30, lambda n: bare_person(n, f"Person {n}")),
            ContactKind.INDIVIDUAL,
            page_size=50,
        )
        self.asked = 0
        self.titles: dict[int, str] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        self.asked += 1
        if role == Qt.ItemDataRole.DisplayRole and section in self.titles:
            return self.titles[section]
        return super().headerData(section, orientation, role)

    def retitle(self, section: int, title: str) -> None:
        self.titles[section] = title
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)


@pytest.fixture
def table(qtbot: QtBot) -> Iterator[ContactTable]:
    view = ContactTable()
    qtbot.addWidget(view)
    view.setModel(_Model())
    view.setSortingEnabled(True)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    yield view


def _qt_hint(header: QHeaderView) -> QSize:
    """The size hint as Qt's own header works it out."""
    return QHeaderView.sizeHint(header)


def test_the_table_has_the_header_as_qt_sets_a_tables_header_up(table: ContactTable) -> None:
    header = table.horizontalHeader()
    assert isinstance(header, ContactTableHeader)
    assert header.orientation() == Qt.Orientation.Horizontal
    assert header.sectionsClickable()
    assert header.highlightSections()
    assert header.model() is table.model()


def test_the_size_hint_is_kept_across_resets_of_the_model(table: ContactTable) -> None:
    model = table.model()
    assert isinstance(model, _Model)
    header = table.horizontalHeader()
    before = header.sizeHint()
    for shown in (10, 0, 30):
        model.apply(model.query(), shown, [])
        model.asked = 0
        assert header.sizeHint() == before
        assert model.asked == 0  # nothing asked of the model again
        assert header.sizeHint() == _qt_hint(header)


def _bigger_font(header: QHeaderView) -> None:
    font = header.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    header.setFont(font)


def _title_on_two_lines(header: QHeaderView) -> None:
    model = header.model()
    assert isinstance(model, _Model)
    model.retitle(Column.CITY, "City\nor town")


def _padded_sections(header: QHeaderView) -> None:
    header.setStyleSheet("QHeaderView::section { padding: 14px; }")


def _no_sort_indicator(header: QHeaderView) -> None:
    header.setSortIndicatorShown(False)


def _widest_title_hidden(header: QHeaderView) -> None:
    _title_on_two_lines(header)
    header.sizeHint()
    header.setSectionHidden(Column.CITY, True)


def _another_style(header: QHeaderView) -> None:
    style = QStyleFactory.create("Windows")
    assert style is not None
    header.setStyle(style)
    header._test_style = style  # type: ignore[attr-defined]  # kept alive with the header


@pytest.mark.parametrize(
    ("change", "grows"),
    [
        (_bigger_font, True),
        (_title_on_two_lines, True),
        (_padded_sections, True),
        (_no_sort_indicator, False),
        (_widest_title_hidden, False),
        (_another_style, False),
    ],
)
def test_the_size_hint_follows_what_it_is_made_of(
    table: ContactTable, change: Callable[[QHeaderView], None], grows: bool
) -> None:
    header = table.horizontalHeader()
    before = header.sizeHint()
    change(header)
    model = table.model()
    assert isinstance(model, _Model)
    model.apply(model.query(), 5, [])  # a reset after the change keeps the new hint
    assert header.sizeHint() == _qt_hint(header)
    if grows:
        assert header.sizeHint().height() > before.height()


@pytest.mark.parametrize("scale", [0.8, 1.5])
def test_the_table_lays_its_header_out_at_once_after_a_new_font(
    table: ContactTable, scale: float
) -> None:
    """The header hears of the table's new font after its viewport, whose change makes the
    table lay the header out at once: the hint it asks for then is already the new one (a
    paint before the next layout shows the header as high as it will stay)."""
    header = table.horizontalHeader()
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    table.setFont(font)
    assert header.height() == _qt_hint(header).height()
    assert header.sizeHint() == _qt_hint(header)
