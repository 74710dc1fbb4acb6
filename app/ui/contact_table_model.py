"""The contact table: a lazy Qt model over the contact directory.

The model holds the number of rows and a few pages of rows, fetched when the view first asks
for a row of a page and dropped again, least recently used first, once more than
:data:`MAX_CACHED_PAGES` are held.  A page is kept as the finished text of its cells, so a
paint looks strings up and builds nothing.

Once the listing's positions are known (the row ids of every row in order, a few bytes each,
read on a worker after the first page), a page anywhere in the book is a lookup by id — as
fast at row 80,000 as at the top — and the pages beside the one on screen are fetched ahead
on a worker.
"""

from __future__ import annotations

import itertools
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.enums import ContactKind
from app.services.directory import ContactQuery, ContactSummary, SortColumn
from app.ui.names import country_name

PAGE_SIZE = 50
# A page of finished rows costs about 175 kB: 60 of them (3,000 rows, the screens around
# the last few places scrolled to) keep the memory of a large book low.
MAX_CACHED_PAGES = 60

# The contact's id for any cell of its row: what editors and actions open.
ContactIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ContactSource(Protocol):
    """What the model reads: :class:`app.services.directory.ContactDirectory` fits."""

    def count(self, kind: ContactQuery | None = None, search: str | None = None) -> int: ...

    def page(
        self,
        kind: ContactQuery | None = None,
        offset: int = 0,
        limit: int = 200,
        search: str | None = None,
    ) -> list[ContactSummary]: ...

    def row_of(self, contact_id: str, query: ContactQuery | None = None) -> int | None: ...


class PositionedSource(ContactSource, Protocol):
    """A source that also lists positions (row ids in order) and rows by those ids."""

    def positions(self, query: ContactQuery) -> array[int]: ...

    def rows_at(self, rowids: Sequence[int]) -> list[ContactSummary]: ...

    def rowid_of(self, contact_id: str) -> int | None: ...


# Runs ``work`` on a worker and hands its result to ``done`` on the GUI thread.
Background = Callable[[Callable[[], Any], Callable[[Any], None]], None]

# One row as the table shows it: the id, then the text of each column, then the country code
# (the country's tooltip).
_Row = tuple[str, str, str, str, str, str, str, str | None]
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CONTACT_ID = int(Qt.ItemDataRole.UserRole) + 1
_COUNTRY = 4


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    PHONE = 2
    CITY = 3
    COUNTRY = 4
    ROLES = 5


# Asked for every cell of every paint (Qt checks each index against the model's size): a
# constant, not the length of the enum (a call into Python's enum machinery each time).
_COLUMN_COUNT = len(Column)


_SORTABLE = {
    Column.NAME: SortColumn.NAME,
    Column.EMAIL: SortColumn.EMAIL,
    Column.PHONE: SortColumn.PHONE,
    Column.CITY: SortColumn.CITY,
    Column.COUNTRY: SortColumn.COUNTRY,
}


class ContactTableModel(QAbstractTableModel):
    """Contacts matching a :class:`ContactQuery` (kind, search, filters, sort order).

    Filtering and sorting happen in the database; the model only keeps pages of the result.
    """

    def __init__(
        self,
        source: ContactSource,
        kind: ContactKind | None = ContactKind.INDIVIDUAL,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_cached_pages: int = MAX_CACHED_PAGES,
        background: Background | None = None,
        count: bool = True,
        requery: Callable[[ContactQuery], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ContactQuery(kind=kind)
        self._page_size = page_size
        self._max_cached_pages = max_cached_pages
        self._background = background
        # Who shows a new query (a sort, a filter) instead of this model re-reading it here:
        # the list, which shows the first page at once and reads the rest on its worker.
        self._requery = requery
        # The pages at hand, as the finished text of their rows, least recently used first.
        self._rows: OrderedDict[int, list[_Row]] = OrderedDict()
        self._positions: array[int] | None = None
        # Bumped whenever what the rows mean changes: a page fetched ahead for an older
        # result is dropped.
        self._generation = 0
        self._ahead: set[int] = set()
        # Pages whose neighbours were fetched ahead (or are at hand).
        self._looked_around: set[int] = set()
        # The page read last, as (its first row, the row after its last, its rows): most cells
        # of a paint are on it, and reading them there skips the page bookkeeping of
        # :meth:`_row`.  Dropped whenever the pages at hand or the row count change.
        self._hot: tuple[int, int, list[_Row]] | None = None
        self._headers = (
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("City"),
            self.tr("Country"),
            self.tr("Roles"),
        )
        names = (self.tr("Customer"), self.tr("Supplier"), self.tr("Alternative payer"))
        # The Roles column's text for each combination of the three roles.
        self._roles_text = {
            flags: ", ".join(name for name, on in zip(names, flags, strict=True) if on)
            for flags in itertools.product((False, True), repeat=3)
        }
        self._row_count = self._count() if count else 0

    # --- what the model shows ----------------------------------------------------------------

    def kind(self) -> ContactKind | None:
        return self._query.kind

    def search_text(self) -> str:
        return self._query.search or ""

    def query(self) -> ContactQuery:
        return self._query

    def set_kind(self, kind: ContactKind | None) -> None:
        if kind != self._query.kind:
            self.set_query(replace(self._query, kind=kind))

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self.search_text():
            self.set_query(replace(self._query, search=text or None))

    def set_query(self, query: ContactQuery) -> None:
        """Show the contacts of ``query``: handed to ``requery`` when given, else counted and
        fetched here, on this thread."""
        if query != self._query:
            if self._requery is not None:
                self._requery(query)
                return
            self._query = query
            self.refresh()

    def set_query_quietly(self, query: ContactQuery) -> None:
        """Take ``query`` as the one shown without reading anything (before the first load)."""
        self._query = query

    def apply(self, query: ContactQuery, count: int, first_page: list[ContactSummary]) -> None:
        """Show a result fetched elsewhere (a worker thread): no database call here."""
        self.beginResetModel()
        self._query = query
        self._forget()
        self._row_count = count
        if first_page:
            self._keep(0, first_page)
        self.endResetModel()

    def set_row_count(self, count: int) -> None:
        """The full count arrived after the first page was shown: grow or shrink to it."""
        self._hot = None
        if count > self._row_count:
            self.beginInsertRows(QModelIndex(), self._row_count, count - 1)
            self._row_count = count
            self.endInsertRows()
        elif count < self._row_count:
            self.beginRemoveRows(QModelIndex(), count, self._row_count - 1)
            self._row_count = count
            for number in [n for n in self._rows if n * self._page_size >= count]:
                del self._rows[number]
            self.endRemoveRows()

    def set_positions(self, positions: array[int]) -> None:
        """Every row's id, in order (read on a worker for the query shown): the row count,
        and from now on pages anywhere are looked up by id."""
        self._positions = positions
        self._looked_around.clear()
        self._hot = None
        self.set_row_count(len(positions))

    def stop_fetching_ahead(self) -> None:
        """No more pages fetched ahead, and none that is on its way kept (closing)."""
        self._background = None
        self._generation += 1

    def has_positions(self) -> bool:
        return self._positions is not None

    def refresh(self) -> None:
        """Re-count and forget every cached page (after a query or data change)."""
        self.beginResetModel()
        self._forget()
        if hasattr(self._source, "positions"):
            self._positions = self._source.positions(self._query)
            self._row_count = len(self._positions)
        else:
            self._row_count = self._count()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database by one of the text columns (roles are not sortable)."""
        key = _SORTABLE.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))

    def row_of(self, contact_id: str) -> int | None:
        """The row ``contact_id`` has in the current result."""
        if self._positions is not None:
            rowid = self._source.rowid_of(contact_id)  # type: ignore[attr-defined]
            if rowid is None:
                return None
            try:
                return self._positions.index(rowid)
            except ValueError:
                return None
        return self._source.row_of(contact_id, self._query)

    def loaded_row_of(self, contact_id: str) -> int | None:
        """The row ``contact_id`` has among the pages at hand (no database call)."""
        for number, rows in self._rows.items():
            for within, row in enumerate(rows):
                if row[0] == contact_id:
                    return number * self._page_size + within
        return None

    def page_size(self) -> int:
        return self._page_size

    def cached_page_count(self) -> int:
        return len(self._rows)

    def is_loaded(self, row: int) -> bool:
        """Whether ``row``'s page is at hand (painting it needs no database call)."""
        return row // self._page_size in self._rows

    # --- rows --------------------------------------------------------------------------------

    def contact_id(self, row: int) -> str | None:
        """The id of the contact shown in ``row``, fetching its page if need be."""
        found = self._row(row)
        return None if found is None else found[0]

    def row_texts(self, row: int) -> Sequence[str | None] | None:
        """``row`` as the table shows it, fetching its page if need be: the contact's id, then
        the display text of each :class:`Column` (``texts[column + 1]``), then the country
        code; ``None`` past the rows.  What :meth:`data` answers for the display role, for
        a whole row in one call (a paint of the table reads its rows so)."""
        hot = self._hot
        if hot is not None and hot[0] <= row < hot[1]:
            return hot[2][row - hot[0]]
        return self._row(row)

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < self._row_count:
            return None
        number, within = divmod(row, self._page_size)
        rows = self._rows.get(number)
        if rows is None:
            rows = self._keep(number, self._fetch(number))
            self._fetch_ahead(number)
        else:
            self._rows.move_to_end(number)
            if number not in self._looked_around:
                self._fetch_ahead(number)
        start = number * self._page_size
        self._hot = (start, start + min(len(rows), self._row_count - start), rows)
        # The page may be shorter than the count promised if contacts went away meanwhile.
        return rows[within] if within < len(rows) else None

    def _fetch(self, number: int) -> list[ContactSummary]:
        start = number * self._page_size
        if self._positions is not None:
            rowids = self._positions[start : start + self._page_size]
            return self._source.rows_at(rowids)  # type: ignore[attr-defined, no-any-return]
        return self._source.page(self._query, offset=start, limit=self._page_size)

    def _fetch_ahead(self, number: int) -> None:
        """Fetch the pages before and after ``number`` on a worker, if not at hand."""
        if self._background is None or self._positions is None:
            return
        self._looked_around.add(number)
        positions = self._positions
        source: Any = self._source
        for near in (number + 1, number - 1):
            start = near * self._page_size
            if near < 0 or start >= self._row_count or near in self._rows or near in self._ahead:
                continue
            self._ahead.add(near)
            rowids = positions[start : start + self._page_size]
            generation = self._generation

            def arrived(
                page: list[ContactSummary], near: int = near, gen: int = generation
            ) -> None:
                if gen != self._generation:
                    return
                self._ahead.discard(near)
                if near not in self._rows:
                    # No repaint: a row asked for before its page arrived was read then.
                    self._keep(near, page)

            self._background(lambda r=rowids: source.rows_at(r), arrived)

    def _keep(self, number: int, page: list[ContactSummary]) -> list[_Row]:
        """Keep ``page`` as the finished text of its rows (and drop the page used longest
        ago once more than the limit are held)."""
        countries: dict[str | None, str] = {}
        rows = [self._texts(summary, countries) for summary in page]
        self._hot = None
        self._rows[number] = rows
        self._rows.move_to_end(number)
        while len(self._rows) > self._max_cached_pages:
            dropped, _ = self._rows.popitem(last=False)
            self._looked_around.discard(dropped - 1)
            self._looked_around.discard(dropped + 1)
        return rows

    def _forget(self) -> None:
        self._generation += 1
        self._hot = None
        self._rows.clear()
        self._ahead.clear()
        self._looked_around.clear()
        self._positions = None

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def index(
        self,
        row: int,
        column: int,
        parent: _Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # What Qt's table model answers, without its two calls back into Python (rowCount and
        # columnCount, to check the cell is there) for every index asked for: a paint, the
        # selection and whoever reads the rows on screen ask for many.
        if 0 <= row < self._row_count and 0 <= column < _COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell on every paint: look the finished text up.
        if role == _DISPLAY:
            number = index.row()
            hot = self._hot
            if hot is not None and hot[0] <= number < hot[1]:
                return hot[2][number - hot[0]][index.column() + 1]
            row = self._row(number)
            return None if row is None else row[index.column() + 1]
        if role == _CONTACT_ID:
            row = self._row(index.row())
            return None if row is None else row[0]
        if role == _TOOLTIP and index.column() == _COUNTRY:
            row = self._row(index.row())
            return None if row is None else row[-1]
        return None

    # No ``flags`` of its own: Qt's (enabled and selectable, never with children) is what a
    # row is, and asked of every cell on every paint it costs nothing in C++.

    # --- helpers -----------------------------------------------------------------------------

    def _count(self) -> int:
        return self._source.count(self._query)

    def _texts(self, summary: ContactSummary, countries: dict[str | None, str]) -> _Row:
        """One row's texts; ``countries`` keeps the names of the countries already named for
        this page (the name is looked up once per country, not once per row)."""
        code = summary.country_code
        country = countries.get(code)
        if country is None:
            country = countries[code] = _country_name(code)
        flags = (summary.is_customer, summary.is_supplier, summary.is_alternative_payer)
        return (
            summary.id,
            summary.name,
            summary.email or "",
            summary.phone or "",
            summary.city or "",
            country,
            self._roles_text[flags],
            code,
        )


def _country_name(code: str | None) -> str:
    """The country's name in the user's language ("Deutschland" for DE in German)."""
    return country_name(code)


__all__ = [
    "MAX_CACHED_PAGES",
    "PAGE_SIZE",
    "Column",
    "ContactIdRole",
    "ContactSource",
    "ContactTableModel",
]
