"""The placeholder customers page: a searchable table and the editor of the chosen one.

Choosing another row (or New) while the editor holds unsaved edits asks first: save, discard
or stay. Save (Ctrl+S) checks the draft with the service; errors keep it unsaved and marked.
Delete moves the placeholder customer to the trash.  Saves and deletes are steps of the edit
history (Edit → Undo); a change made behind the editor (an undo) shows when the page reloads.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox, QSplitter, QVBoxLayout, QWidget

from app.domain.models import PlaceholderCustomer
from app.domain.problems import errors, warnings
from app.services.placeholders import PlaceholderCustomers
from app.ui.editors.tags_picture import ImageLoader
from app.ui.pages.common import (
    CENTER,
    Column,
    LazyRowsModel,
    SectionPage,
    date_text,
    make_table,
    shortcut,
)
from app.ui.pages.placeholder_editor import PlaceholderEditor
from app.ui.timing import pause_timer

SEARCH_DELAY_MS = 150


class PlaceholdersPage(SectionPage):
    """Placeholder customers: customer records without a full contact behind them."""

    def __init__(
        self,
        placeholders: PlaceholderCustomers,
        load_image: ImageLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placeholdersPage")
        self.title = self.tr("Placeholder customers")
        self._placeholders = placeholders
        self._search = ""
        self._selecting = False
        self.model = LazyRowsModel(
            (
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Customer number"), lambda p: p.customer_id),
                Column(self.tr("Active"), self._active_text, CENTER),
                Column(self.tr("Customer since"), lambda p: date_text(p.customer_since)),
            ),
            lambda: placeholders.count(self._search or None),
            lambda offset, limit: placeholders.page(self._search or None, offset, limit),
            lambda p: p.id,
            self,
        )
        self._build_ui(load_image)
        self._connect()
        self.refresh()

    def _build_ui(self, load_image: ImageLoader) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("placeholderSearch")
        self.search_edit.setPlaceholderText(self.tr("Search names, customer numbers, ids…"))
        self.search_edit.setClearButtonEnabled(True)
        self.table = make_table(self.model, "placeholderTable", multi=False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((200, 130, 60)):
            header.resizeSection(column, width)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.table, 1)
        self.editor = PlaceholderEditor(self._placeholders.check, load_image)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self._search_timer = pause_timer(self, SEARCH_DELAY_MS, self.apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.editor.new_button.clicked.connect(self.new_placeholder)
        self.editor.save_button.clicked.connect(self.save)
        self.editor.revert_button.clicked.connect(self.ask_revert)
        self.editor.delete_button.clicked.connect(self.delete_placeholder)
        shortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut("Ctrl+N", self, self.new_placeholder)

    # --- the table ---------------------------------------------------------------------------

    def _active_text(self, customer: PlaceholderCustomer) -> str:
        return self.tr("Yes") if customer.is_active else self.tr("No")

    def _reload(self) -> None:
        self.model.refresh()
        if not self.editor.is_new() and not self.editor.is_dirty():
            # Changed behind the editor (an undo, a value restored from its history).
            shown = self.editor.original()
            found = self._placeholders.get(shown.id)
            if found is None or found.deleted_at is not None:
                self.editor.new()
            elif found != shown:
                self.editor.load(found)
        self._select(None if self.editor.is_new() else self.editor.original().id)

    def _summary(self) -> str:
        total = self._placeholders.count()
        text = self.tr("%Ln placeholder customers", "", total)
        if self._search:
            matches = self.tr("%Ln matches", "", self.model.rowCount())
            text = self.tr("{matches} in {total}").format(matches=matches, total=text)
        return text

    def apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def _select(self, customer_id: str | None) -> None:
        """Show ``customer_id`` as the current row without loading it (None: no row)."""
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            row = self.model.row_of(customer_id) if customer_id else None
            if row is None:
                selection.clear()
                return
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._selecting = False

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        target = self.model.key(current.row()) if current.isValid() else None
        shown = None if self.editor.is_new() else self.editor.original().id
        if target is None or target == shown:
            return
        if not self.may_leave():
            self._select(shown)  # stay on the row being edited
            return
        self.open_placeholder(target)

    # --- actions -----------------------------------------------------------------------------

    def open_placeholder(self, customer_id: str) -> None:
        found = self._placeholders.get(customer_id)
        if found is None or found.deleted_at is not None:
            self.refresh()
            return
        self.editor.load(found)
        self._select(customer_id)

    def may_leave(self) -> bool:
        """True when the editor may show something else: no edits, or saved or discarded."""
        if not self.editor.is_dirty():
            return True
        name = self.editor.draft().name.strip() or self.tr("the new placeholder customer")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “{name}”?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_placeholder(self) -> None:
        if not self.may_leave():
            return
        self.editor.new()
        self._select(None)
        self.editor.customer_id.setFocus(Qt.FocusReason.OtherFocusReason)
        self._publish(self.tr("New placeholder customer: fill in the number and the name"))

    def save(self) -> bool:
        """Save the draft; errors (found now or by the service) keep it unsaved and marked."""
        problems = self.editor.check_now()
        found = errors(problems)
        if not found:
            outcome = self._placeholders.save(self.editor.draft())
            if outcome.value is not None:
                self.editor.load(outcome.value)
                self._reload()
                self.history_changed.emit()
                note = self.tr("“{name}” saved").format(name=outcome.value.name)
                if warnings(outcome.problems):
                    note += self.tr(" (with warnings)")
                self._publish(note)
                return True
            self.editor.show_problems(outcome.problems)
            found = errors(outcome.problems)
        if found:
            self.editor.focus_field(found[0].field)
        self._publish(
            self.tr("Not saved: fix the marked field first")
            if len(found) == 1
            else self.tr("Not saved: fix the %Ln marked fields first", "", len(found))
        )
        return False

    def ask_revert(self) -> None:
        if not self.editor.is_dirty():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revert changes"),
            self.tr("Throw away your changes to this placeholder customer?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.revert()

    def delete_placeholder(self) -> None:
        if self.editor.is_new():
            return
        original = self.editor.original()
        answer = QMessageBox.question(
            self,
            self.tr("Delete placeholder customer"),
            self.tr("Move “{name}” to the trash?").format(name=original.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with contextlib.suppress(LookupError):  # gone already: the reload shows that
            self._placeholders.trash(original.id)
        self.editor.new()
        self._reload()
        self.history_changed.emit()
        self._publish(self.tr("“{name}” moved to the trash").format(name=original.name))


__all__ = ["PlaceholdersPage"]
