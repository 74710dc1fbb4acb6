"""The contact table: a lazy Qt model over the contact directory.

The model holds only the number of rows and a few pages of :class:`ContactSummary` rows,
fetched when the view first asks for a row of a page and dropped again, least recently used
first, once more than :data:`MAX_CACHED_PAGES` are held. A table of a hundred thousand contacts
thus costs one ``count`` query and a page query per screenful, never all rows in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.enums import ContactKind
from app.services.directory import ContactQuery, ContactSummary, SortColumn

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50

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


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    PHONE = 2
    CITY = 3
    COUNTRY = 4
    ROLES = 5


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
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ContactQuery(kind=kind)
        self._page_size = page_size
        self._max_cached_pages = max_cached_pages
        self._pages: OrderedDict[int, list[ContactSummary]] = OrderedDict()
        self._headers = (
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("City"),
            self.tr("Country"),
            self.tr("Roles"),
        )
        self._row_count = self._count()

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
        """Show the contacts of ``query`` (counted and fetched here, on this thread)."""
        if query != self._query:
            self._query = query
            self.refresh()

    def apply(self, query: ContactQuery, count: int, first_page: list[ContactSummary]) -> None:
        """Show a result fetched elsewhere (a worker thread): no database call here."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._row_count = count
        if first_page:
            self._pages[0] = first_page
        self.endResetModel()

    def set_row_count(self, count: int) -> None:
        """The full count arrived after the first page was shown: grow or shrink to it."""
        if count > self._row_count:
            self.beginInsertRows(QModelIndex(), self._row_count, count - 1)
            self._row_count = count
            self.endInsertRows()
        elif count < self._row_count:
            self.beginRemoveRows(QModelIndex(), count, self._row_count - 1)
            self._row_count = count
            self._pages = OrderedDict(
                (n, page) for n, page in self._pages.items() if n * self._page_size < count
            )
            self.endRemoveRows()

    def refresh(self) -> None:
        """Re-count and forget every cached page (after a query or data change)."""
        self.beginResetModel()
        self._pages.clear()
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
        """The row ``contact_id`` has in the current result, asked of the database."""
        return self._source.row_of(contact_id, self._query)

    def page_size(self) -> int:
        return self._page_size

    def cached_page_count(self) -> int:
        return len(self._pages)

    # --- rows --------------------------------------------------------------------------------

    def summary(self, row: int) -> ContactSummary | None:
        """The contact shown in ``row``, fetching its page if need be."""
        if not 0 <= row < self._row_count:
            return None
        number, within = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(
                self._query, offset=number * self._page_size, limit=self._page_size
            )
            self._pages[number] = page
            while len(self._pages) > self._max_cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # The page may be shorter than the count promised if contacts went away meanwhile.
        return page[within] if within < len(page) else None

    def contact_id(self, row: int) -> str | None:
        summary = self.summary(row)
        return summary.id if summary is not None else None

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

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
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            ContactIdRole,
        ):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == ContactIdRole:
            return summary.id
        column = Column(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.COUNTRY:
                return summary.country_code
            return None
        return self._display(summary, column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- helpers -----------------------------------------------------------------------------

    def _count(self) -> int:
        return self._source.count(self._query)

    def _display(self, summary: ContactSummary, column: Column) -> str:
        if column == Column.NAME:
            return summary.name
        if column == Column.EMAIL:
            return summary.email or ""
        if column == Column.PHONE:
            return summary.phone or ""
        if column == Column.CITY:
            return summary.city or ""
        if column == Column.COUNTRY:
            return _country_name(summary.country_code)
        roles = []
        if summary.is_customer:
            roles.append(self.tr("Customer"))
        if summary.is_supplier:
            roles.append(self.tr("Supplier"))
        if summary.is_alternative_payer:
            roles.append(self.tr("Alternative payer"))
        return ", ".join(roles)


def _country_name(code: str | None) -> str:
    """The country's English name as Qt knows it ("Germany" for DE), else the code itself."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


__all__ = [
    "MAX_CACHED_PAGES",
    "PAGE_SIZE",
    "Column",
    "ContactIdRole",
    "ContactSource",
    "ContactTableModel",
]
