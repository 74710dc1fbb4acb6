"""A searchable, filterable, sortable table of contacts of one kind.

Typing in the search box or changing a filter builds a :class:`ContactQuery`; after a short
pause the count and first page are fetched on a worker thread and handed to the model in one
reset, so the window never waits for the database while the user types.  Columns can be hidden
from the header's context menu and moved or resized; the owner saves the header state.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_ORGANIZATION_TYPES, ContactKind
from app.services.directory import ContactDirectory, ContactQuery, RoleFilter
from app.services.tags import TagService
from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel
from app.ui.tasks import TaskRunner
from app.ui.timing import pause_timer

# Keystrokes that arrive together (a paste, a fast burst) make one search; otherwise every
# keystroke searches at once on a worker, and a newer search supersedes the older ones.
SEARCH_DEBOUNCE_MS = 0

_DEFAULT_COLUMN_WIDTHS = {
    Column.NAME: 210,
    Column.EMAIL: 220,
    Column.PHONE: 130,
    Column.CITY: 120,
    Column.COUNTRY: 100,
}


class ContactListView(QWidget):
    """Search box and filters above a lazy contact table; emits the current contact's id."""

    current_contact_changed = Signal(object)  # str | None
    result_changed = Signal()

    def __init__(
        self,
        kind: ContactKind,
        directory: ContactDirectory,
        tags: TagService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._directory = directory
        self._tags = tags
        self._runner = runner
        self._pending: dict[str, Any] = {}
        # True while the rows shown are a first page whose full count is still being made.
        self.count_pending = False
        self.model = ContactTableModel(directory, kind, self)
        self.total = directory.count(ContactQuery(kind=kind))
        self._timer = pause_timer(self, SEARCH_DEBOUNCE_MS, self.apply_filters)
        self._build()
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.search_edit.installEventFilter(self)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(self.result_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search names, e-mails, phones, cities, VAT…"))
        self.search_edit.setClearButtonEnabled(True)

        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setToolTip(self.tr("Only contacts with this tag"))
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("Any role"), None)
        self.role_filter.addItem(self.tr("Customers"), RoleFilter.CUSTOMER)
        self.role_filter.addItem(self.tr("Suppliers"), RoleFilter.SUPPLIER)
        self.role_filter.addItem(self.tr("Alternative payers"), RoleFilter.ALTERNATIVE_PAYER)
        self.active_filter = QComboBox()
        self.active_filter.setObjectName("activeFilter")
        self.active_filter.addItem(self.tr("Active or not"), None)
        self.active_filter.addItem(self.tr("Active"), True)
        self.active_filter.addItem(self.tr("Inactive"), False)
        self.active_filter.setToolTip(
            self.tr("Active: at least one active role. Inactive: roles, but none active.")
        )
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.addItem(self.tr("Any type"), None)
        for value in KNOWN_ORGANIZATION_TYPES:
            self.type_filter.addItem(value.replace("_", " ").capitalize(), value)
        self.type_filter.setVisible(self._kind == ContactKind.ORGANIZATION)
        self.reload_tags()

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search_edit, 1)
        for combo in self._combos():
            # Narrow windows shrink the filters rather than the table.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
            bar.addWidget(combo)
        self.search_edit.setMinimumWidth(120)

        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights: the view never asks every row for its size hint.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setObjectName("contactTableHeader")
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column, width in _DEFAULT_COLUMN_WIDTHS.items():
            header.resizeSection(column, width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _combos(self) -> list[QComboBox]:
        return [self.tag_filter, self.role_filter, self.active_filter, self.type_filter]

    def reload_tags(self) -> None:
        """Refill the tag filter (after tags were added, renamed or deleted)."""
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in self._tags.all():
            self.tag_filter.addItem(tag.name, tag.id)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column == Column.NAME:
                continue  # the name always stays
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    # --- queries -----------------------------------------------------------------------------

    def is_filtered(self) -> bool:
        query = self.model.query()
        return bool(
            query.search
            or query.tag_ids
            or query.roles
            or query.active is not None
            or query.organization_type
        )

    def query(self) -> ContactQuery:
        """The query the filters describe now (the model may still show the previous one)."""
        tag_id = self.tag_filter.currentData()
        role = self.role_filter.currentData()
        organization_type = (
            self.type_filter.currentData() if self._kind == ContactKind.ORGANIZATION else None
        )
        return replace(
            self.model.query(),
            kind=self._kind,
            search=self.search_edit.text().strip() or None,
            tag_ids=(tag_id,) if tag_id else (),
            roles=(role,) if role else (),
            active=self.active_filter.currentData(),
            organization_type=organization_type,
        )

    def apply_filters(self) -> None:
        """Fetch the result of the current filters off the GUI thread, then show it.

        The first page and the count are two queries on two worker threads (SQLite lets go of
        the interpreter while it works).  The page is shown as soon as it arrives; a count that
        takes longer (a search matching most of the book) follows and sets the scroll range.
        """
        self._timer.stop()
        query = self.query()
        directory = self._directory
        size = self.model.page_size()
        self._pending = {"query": query}
        self.count_pending = True
        key = f"contacts-{self._kind.value}"

        def page_arrived(page: object) -> None:
            if self._pending.get("query") != query:
                return  # a newer search has started
            rows = list(page)  # type: ignore[call-overload]
            count = self._pending.get("count")
            if count is None:
                # A short page is the whole result; a full one is at least that long.
                self.count_pending = len(rows) == size
                count = len(rows)
            self._pending["page"] = rows
            self.model.apply(query, int(count), rows)
            self.table.scrollToTop()

        def count_arrived(count: object) -> None:
            if self._pending.get("query") != query:
                return
            self._pending["count"] = count
            if "page" in self._pending:
                self.count_pending = False
                self.model.set_row_count(int(count))  # type: ignore[call-overload]
                self.result_changed.emit()

        self._runner.run(lambda: directory.count(query), count_arrived, key=key + "-count")
        self._runner.run(lambda: directory.page(query, 0, size), page_arrived, key=key + "-page")

    def reload(self, select: str | None = None) -> None:
        """Re-read the rows (after a save or delete) and select ``select`` when given."""
        self.total = self._directory.count(ContactQuery(kind=self._kind))
        self.count_pending = False
        self.model.refresh()
        if select is not None:
            self.select_contact(select)

    def select_contact(self, contact_id: str) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_contact_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ContactIdRole) if index.isValid() else None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_contact_changed.emit(self.model.data(current, ContactIdRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in a non-empty search box clears it; Down moves into the results.
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)
