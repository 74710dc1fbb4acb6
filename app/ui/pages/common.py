"""What the section pages share: the page base class, a lazy row model, tables and prompts.

A section page is one screen of the main window (customer lists, placeholder customers, tags,
the trash). It only lays out widgets and asks services; the window shows :attr:`title` in its
navigation, :attr:`SectionPage.status_changed` texts in the status bar, and updates its
Undo / Redo actions on :attr:`SectionPage.history_changed`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableView,
    QWidget,
)

from app.domain.problems import Problem
from app.ui.formats import (
    clock_text,
    date_format,
    date_text,
    datetime_format,
    number_text,
    time_format,
    time_text,
)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 20
# How many rows :meth:`LazyRowsModel.row_of` looks through before it gives up.
MAX_ROWS_SCANNED = 5000

# The id of the record shown in a row, for any cell of the row.
RowIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
NameCheck = Callable[[str], list[Problem]]


class SectionPage(QWidget):
    """The base of every section page.

    ``status_changed`` carries the status-bar text (a summary such as "3 customer lists",
    preceded by what the last action did); ``history_changed`` is emitted after an action that
    went through the edit history; ``contacts_changed`` carries the ids of contacts an action
    changed, so contact tables elsewhere can refresh those rows.
    """

    status_changed = Signal(str)
    history_changed = Signal()
    contacts_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self._status = ""

    def status(self) -> str:
        """The text last sent with :attr:`status_changed`."""
        return self._status

    def may_leave(self) -> bool:
        """Whether the window may show another page (or close): False keeps this one.

        Pages holding unsaved edits ask the user first (save, discard or stay).
        """
        return True

    def refresh(self) -> None:
        """Read everything shown again (after an undo, a sync, a change elsewhere)."""
        self._reload()
        self._publish()

    def _reload(self) -> None:
        raise NotImplementedError

    def _summary(self) -> str:
        raise NotImplementedError

    def _publish(self, note: str | None = None) -> None:
        summary = self._summary()
        self._status = f"{note} — {summary}" if note else summary
        self.status_changed.emit(self._status)


def shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A shortcut that works while ``parent`` (or, by default, a child of it) has the focus."""
    found = QShortcut(QKeySequence(keys), parent)
    found.setContext(context)
    found.activated.connect(slot)
    return found


def make_table(model: QAbstractTableModel, object_name: str, *, multi: bool = True) -> QTableView:
    """A read-only table in the style of the contact table: whole rows, no grid, fixed rows."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def selected_rows(table: QTableView) -> list[int]:
    selection = table.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedRows()})


def ask_name(
    parent: QWidget,
    title: str,
    label: str,
    text: str,
    save: Callable[[str], list[Problem]],
) -> bool:
    """Ask for a name until ``save`` takes it (answers no problems) or the user cancels.

    A refused name is asked for again, with the reason above the field and the name as typed.
    """
    problems: list[Problem] = []
    while True:
        shown = label
        if problems:
            shown = "\n".join([*(str(p) for p in problems), "", label])
        text, ok = QInputDialog.getText(parent, title, shown, QLineEdit.EchoMode.Normal, text)
        if not ok:
            return False
        problems = save(text)
        if not problems:
            return True


@dataclass(frozen=True)
class Column:
    """One column of a :class:`LazyRowsModel`: its header and how a row shows in it."""

    header: str
    text: Callable[[Any], str]
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str | None] | None = None


class LazyRowsModel(QAbstractTableModel):
    """Rows read a page at a time from ``count()`` / ``page(offset, limit)`` callables.

    Like the contact table model it holds the row count and a few pages, never every row;
    the callables read whatever the page wants shown (a search text, a list id) when called,
    so :meth:`refresh` is all a change needs.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        count: Callable[[], int],
        page: Callable[[int, int], Sequence[Any]],
        key: Callable[[Any], str],
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._count = count
        self._page = page
        self._key = key
        self._page_size = page_size
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._counted: int | None = None  # counted when first asked

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self.endResetModel()

    @property
    def _rows(self) -> int:
        if self._counted is None:
            self._counted = self._count()
        return self._counted

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._counted = self._count()
        self.endResetModel()

    def item(self, row: int) -> Any | None:
        """The record shown in ``row``, reading its page if need be."""
        if not 0 <= row < self._rows:
            return None
        number, within = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._page(number * self._page_size, self._page_size)
            self._pages[number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # Shorter than promised when records went away since the count.
        return page[within] if within < len(page) else None

    def key(self, row: int) -> str | None:
        found = self.item(row)
        return None if found is None else self._key(found)

    def row_of(self, key: str) -> int | None:
        """The row showing the record ``key`` (looking at the first rows only)."""
        for row in range(min(self._rows, MAX_ROWS_SCANNED)):
            if self.key(row) == key:
                return row
        return None

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section].alignment
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        found = self.item(index.row())
        if found is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(found)
        if role == RowIdRole:
            return self._key(found)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(found)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

__all__ = [
    "CENTER",
    "RIGHT",
    "Column",
    "LazyRowsModel",
    "RowIdRole",
    "SectionPage",
    "ask_name",
    "clock_text",
    "date_format",
    "date_text",
    "datetime_format",
    "make_table",
    "number_text",
    "selected_rows",
    "shortcut",
    "time_format",
    "time_text",
]
