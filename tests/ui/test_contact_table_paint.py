"""The contact table paints its plain rows itself (without Qt's per-cell delegate work): what
it paints must be, pixel for pixel, what Qt's own paint shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.services.directory import ContactSummary
from app.ui.contact_list import ContactTable
from app.ui.contact_table_model import Column, ContactTableModel
from tests.ui.summaries import NumberedPeople

_COUNTRIES = ["DE", "NL", "BE", "AT", None]


def _person(n: int) -> ContactSummary:
    """People with every column filled in varied lengths (long names are elided)."""
    return ContactSummary(
        id=f"id-{n}",
        kind=ContactKind.INDIVIDUAL,
        name=f"Person {n:03d} " + "van der Wiel-Schmidt " * (n % 3),
        email=f"person.{n}@example.org" if n % 4 else None,
        phone=f"+49 30 {n:07d}",
        city=["Wien", "Gent", "Amsterdam", "Berlin-Charlottenburg"][n % 4],
        country_code=_COUNTRIES[n % len(_COUNTRIES)],
        is_customer=n % 2 == 0,
        is_supplier=n % 3 == 0,
        in_trash=False,
    )


@pytest.fixture
def table(qtbot: QtBot) -> Iterator[ContactTable]:
    """A table set up as the contact list sets up its own, over 200 people."""
    model = ContactTableModel(NumberedPeople(200, _person), ContactKind.INDIVIDUAL, page_size=50)
    view = ContactTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    for column, width in enumerate([170, 150, 110, 90, 90]):
        header.resizeSection(column, width)
    view.resize(700, 420)
    view.show()
    qtbot.waitExposed(view)
    yield view


def _both_ways(view: ContactTable) -> tuple[QImage, QImage, int]:
    """The viewport painted by the table itself and by Qt alone, and the rows the table
    painted itself (read through the model's rows, not Qt's cells)."""
    model = view.model()
    assert isinstance(model, ContactTableModel)
    read: list[int] = []
    row_texts = model.row_texts

    def counted(row: int) -> object:
        read.append(row)
        return row_texts(row)

    model.row_texts = counted  # type: ignore[method-assign]
    try:
        view.paints_plain_rows = True
        itself = view.viewport().grab().toImage()
        view.paints_plain_rows = False
        by_qt = view.viewport().grab().toImage()
    finally:
        del model.row_texts
        view.paints_plain_rows = True
    return itself, by_qt, len(set(read))


def test_plain_rows_look_as_qt_paints_them(table: ContactTable) -> None:
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10  # the table painted the rows on screen itself
    assert itself == by_qt


def test_selected_current_hidden_moved_and_narrow_columns_look_as_qt_paints_them(
    table: ContactTable,
) -> None:
    model = table.model()
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(model.index(2, 0), flags.ClearAndSelect | flags.Rows)
    selection.select(model.index(5, 0), flags.Select | flags.Rows)
    selection.select(model.index(7, Column.CITY), flags.Select)  # one cell only
    header = table.horizontalHeader()
    header.setSectionHidden(Column.PHONE, True)
    header.moveSection(header.visualIndex(Column.COUNTRY), 1)
    header.resizeSection(Column.NAME, 60)  # most names elided
    table.setFocus()
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10
    assert itself == by_qt


def test_rows_scrolled_to_part_way_look_as_qt_paints_them(table: ContactTable) -> None:
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    table.horizontalScrollBar().setValue(40)
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10
    assert itself == by_qt


def test_a_table_with_a_style_sheet_is_painted_by_qt_alone(table: ContactTable) -> None:
    table.setStyleSheet("QTableView { color: #204a87; alternate-background-color: #fce94f; }")
    itself, by_qt, rows = _both_ways(table)
    assert rows == 0
    assert itself == by_qt
    table.setStyleSheet("")
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10
    assert itself == by_qt


def test_a_table_painted_by_qt_alone_when_set_up_otherwise(table: ContactTable) -> None:
    table.setShowGrid(True)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    itself, by_qt, rows = _both_ways(table)
    assert rows == 0
    assert itself == by_qt


def test_texts_about_as_wide_as_their_column_are_elided_as_qt_elides_them(
    table: ContactTable,
) -> None:
    """The table guesses from its letters' widths which texts fit; around a text's own width
    the guess must never keep a text that Qt elides, nor elide one that Qt keeps."""
    model = table.model()
    assert isinstance(model, ContactTableModel)
    name = str(model.index(1, Column.NAME).data())
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    fits = metrics.horizontalAdvance(name) + margin
    header = table.horizontalHeader()
    for width in range(fits - 4, fits + 5):
        header.resizeSection(Column.NAME, width)
        itself, by_qt, rows = _both_ways(table)
        assert rows >= 10
        assert itself == by_qt, width


def test_a_new_font_or_palette_is_painted_as_qt_paints_it(table: ContactTable) -> None:
    """What the table keeps from its font and palette between paints follows their changes,
    and its text sits where Qt's delegate puts it in every size; rows too low for a font
    grown since are painted by Qt, which clips each text."""
    itself, by_qt, _rows = _both_ways(table)
    assert itself == by_qt
    palette = table.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#7a1f5c"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#e6f0d8"))
    table.setPalette(palette)
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10
    assert itself == by_qt
    assert QColor("#7a1f5c").rgb() in {
        itself.pixel(x, y) for x in range(0, itself.width(), 2) for y in range(0, 80)
    }
    font = table.font()
    size = font.pointSizeF()
    for scale in (0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.35, 1.4):
        font.setPointSizeF(size * scale)
        table.setFont(font)
        itself, by_qt, rows = _both_ways(table)
        assert rows >= 10, scale
        assert itself == by_qt, scale
    font.setPointSizeF(size * 1.6)
    table.setFont(font)
    itself, by_qt, rows = _both_ways(table)
    assert rows == 0
    assert itself == by_qt


@pytest.mark.parametrize("style_name", ["Fusion", "Windows"])
def test_alternate_rows_take_the_colour_of_the_window_state_as_qt_paints_them(
    table: ContactTable, qtbot: QtBot, style_name: str
) -> None:
    """The alternate rows' background is the palette's alternate base of the window's state
    (active or not), as the style fills it, in each style whose rows the table paints."""
    style = QStyleFactory.create(style_name)
    assert style is not None
    table.setStyle(style)
    palette = table.palette()
    palette.setColor(
        QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase, QColor("#e6f0d8")
    )
    palette.setColor(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.AlternateBase, QColor("#f0d8e6")
    )
    table.setPalette(palette)
    table.activateWindow()
    qtbot.waitUntil(table.isActiveWindow)
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10
    assert itself == by_qt
    assert QColor("#e6f0d8").rgb() in {itself.pixel(2, y) for y in range(itself.height())}
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not table.isActiveWindow())
    itself, by_qt, rows = _both_ways(table)
    assert rows >= 10
    assert itself == by_qt
    assert QColor("#f0d8e6").rgb() in {itself.pixel(2, y) for y in range(itself.height())}
