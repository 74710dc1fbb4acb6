"""Kontor's main window: sections on the left, a searchable contact table on the right.

The window only lays out widgets and wires them together; the rows come from
:class:`~app.ui.contact_table_model.ContactTableModel`, which asks the contact directory
service. Window geometry, toolbar/dock state, the splitter and the table's columns are kept in
``QSettings("Kontor", "Kontor")`` between runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.directory import ContactDirectory
from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel

SEARCH_DEBOUNCE_MS = 150

# QSettings keys; bump a key's suffix when the layout it restores changes incompatibly.
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_SPLITTER_KEY = "main_window/splitter"
_HEADER_KEY = "main_window/contact_table_header"
_SECTION_KEY = "main_window/section"

_DEFAULT_COLUMN_WIDTHS = {
    Column.NAME: 210,
    Column.EMAIL: 220,
    Column.PHONE: 130,
    Column.CITY: 120,
    Column.COUNTRY: 100,
}


def kontor_settings() -> QSettings:
    """The user's settings for Kontor (tests point QSettings at a temporary folder)."""
    return QSettings("Kontor", "Kontor")


@dataclass(frozen=True)
class Section:
    """One entry of the navigation list: a key for settings and what the table shows."""

    key: str
    label: str
    kind: ContactKind


class MainWindow(QMainWindow):
    """The contact list window. Emits :attr:`contact_activated` with a contact id to open."""

    contact_activated = Signal(str)

    def __init__(
        self, directory: ContactDirectory, db_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._totals: dict[ContactKind, int] = {}
        self.setWindowTitle(self.tr("Kontor — {database}").format(database=db_label))
        self.setObjectName("MainWindow")

        self.sections = (
            Section("people", self.tr("People"), ContactKind.INDIVIDUAL),
            Section("organizations", self.tr("Organizations"), ContactKind.ORGANIZATION),
        )
        self.model = ContactTableModel(directory, self.sections[0].kind, self)
        self._build_ui()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._connect()
        self._restore_settings()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navList")
        self.nav_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for section in self.sections:
            item = QListWidgetItem(section.label)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav_list.addItem(item)
        self.nav_list.setSpacing(2)
        self.nav_list.setMinimumWidth(120)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search names, e-mails, phones, cities, VAT…"))
        self.search_edit.setClearButtonEnabled(True)

        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(False)  # the directory sorts by name
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
        for column, width in _DEFAULT_COLUMN_WIDTHS.items():
            header.resizeSection(column, width)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav_list)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([150, 950])
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(6, 6, 6, 0)
        outer_layout.addWidget(self.splitter)
        self.setCentralWidget(outer)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label)
        self.resize(1100, 680)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)

    def _connect(self) -> None:
        self.nav_list.currentRowChanged.connect(self._on_section_changed)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self.find_shortcut.activated.connect(self.focus_search)
        self.search_edit.installEventFilter(self)
        self.model.modelReset.connect(self._update_status)
        self.table.activated.connect(self._on_activated)

    # --- behaviour ---------------------------------------------------------------------------

    def current_section(self) -> Section:
        row = self.nav_list.currentRow()
        return self.sections[row if 0 <= row < len(self.sections) else 0]

    def select_section(self, key: str) -> None:
        for row, section in enumerate(self.sections):
            if section.key == key:
                self.nav_list.setCurrentRow(row)
                return

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in a non-empty search box clears it (and so shows every contact again).
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search_edit.text()
        ):
            self.search_edit.clear()
            return True
        return super().eventFilter(watched, event)

    def _on_section_changed(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.model.set_kind(self.sections[row].kind)
            self._update_status()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search_edit.text())
        # Keep the first match in view and ready for the keyboard.
        if self.model.rowCount() > 0:
            self.table.scrollToTop()

    def _on_activated(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, ContactIdRole)
        if contact_id:
            self.contact_activated.emit(contact_id)

    def selected_contact_ids(self) -> list[str]:
        ids = []
        selection = self.table.selectionModel()
        for index in selection.selectedRows(Column.NAME):
            contact_id = self.model.contact_id(index.row())
            if contact_id is not None:
                ids.append(contact_id)
        return ids

    def _total(self, kind: ContactKind) -> int:
        if kind not in self._totals:
            self._totals[kind] = self._directory.count(kind)
        return self._totals[kind]

    def refresh(self) -> None:
        """Re-read counts and rows, e.g. after contacts were added or removed elsewhere."""
        self._totals.clear()
        self.model.refresh()

    def _update_status(self) -> None:
        kind = self.current_section().kind
        total = self._total(kind)
        if kind == ContactKind.INDIVIDUAL:
            total_text = (
                self.tr("%Ln person", "", total) if total == 1 else self.tr("%Ln people", "", total)
            )
        else:
            total_text = (
                self.tr("%Ln organization", "", total)
                if total == 1
                else self.tr("%Ln organizations", "", total)
            )
        if self.model.search_text():
            matches = self.model.rowCount()
            match_text = (
                self.tr("%Ln match", "", matches)
                if matches == 1
                else self.tr("%Ln matches", "", matches)
            )
            text = self.tr("{matches} in {total}").format(matches=match_text, total=total_text)
        else:
            text = total_text
        self.count_label.setText(text)

    # --- settings ----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = kontor_settings()
        for key, restore in (
            (_GEOMETRY_KEY, self.restoreGeometry),
            (_STATE_KEY, self.restoreState),
            (_SPLITTER_KEY, self.splitter.restoreState),
            (_HEADER_KEY, self.table.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        section = settings.value(_SECTION_KEY, self.sections[0].key)
        self.nav_list.setCurrentRow(0)
        self.select_section(str(section))
        self._update_status()

    def save_settings(self) -> None:
        settings = kontor_settings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(_STATE_KEY, self.saveState())
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
        settings.setValue(_SECTION_KEY, self.current_section().key)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)


__all__ = ["SEARCH_DEBOUNCE_MS", "MainWindow", "Section", "kontor_settings"]
