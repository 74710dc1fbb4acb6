"""The "Add members" dialog: search the contacts, tick the ones to add, press Add.

Ticks survive a new search, so members can be gathered with several searches ("Ann", then
"Cem"). Contacts already in the list are shown ticked and greyed out. Space ticks (or unticks)
the selected rows, a double click ticks one row; when nothing is ticked, Add takes the selected
rows.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.directory import ContactDirectory, ContactQuery, ContactSummary
from app.ui.pages.common import Column, Index, LazyRowsModel, make_table, selected_rows
from app.ui.timing import pause_timer

SEARCH_DELAY_MS = 150


class ChoosableContactsModel(LazyRowsModel):
    """Contacts matching a search, with a tick box in the first column."""

    chosen_changed = Signal()

    def __init__(
        self, directory: ContactDirectory, members: Collection[str], parent: QObject | None = None
    ) -> None:
        super().__init__((), self._count_rows, self._page_rows, lambda s: s.id, parent)
        self._directory = directory
        self._search = ""
        self._members = frozenset(members)
        # id -> name, in the order they were ticked.
        self.chosen: dict[str, str] = {}
        self.set_columns(
            (
                Column(self.tr("Name"), lambda s: s.name, tooltip=self._tooltip),
                Column(self.tr("Kind"), self._kind),
                Column(self.tr("E-mail"), lambda s: s.email or ""),
                Column(self.tr("City"), lambda s: s.city or ""),
            )
        )

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def is_member(self, row: int) -> bool:
        return self.key(row) in self._members

    def toggle(self, rows: list[int]) -> None:
        """Tick the rows, or untick them when every one of them is ticked already."""
        found: list[ContactSummary] = [
            s for s in (self.item(r) for r in rows) if s is not None and s.id not in self._members
        ]
        if not found:
            return
        tick = any(s.id not in self.chosen for s in found)
        for summary in found:
            if tick:
                self.chosen.setdefault(summary.id, summary.name)
            else:
                self.chosen.pop(summary.id, None)
        self._changed(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            key = self.key(index.row())
            ticked = key in self.chosen or key in self._members
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        summary = self.item(index.row())
        if summary is None or summary.id in self._members:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.setdefault(summary.id, summary.name)
        else:
            self.chosen.pop(summary.id, None)
        self._changed([index.row()])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if self.is_member(index.row()):
            return Qt.ItemFlag.NoItemFlags  # shown greyed out: a member already
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _changed(self, rows: list[int]) -> None:
        for row in rows:
            self.dataChanged.emit(
                self.index(row, 0), self.index(row, 0), [Qt.ItemDataRole.CheckStateRole]
            )
        self.chosen_changed.emit()

    def _tooltip(self, summary: ContactSummary) -> str | None:
        return self.tr("Already in the list") if summary.id in self._members else None

    def _kind(self, summary: ContactSummary) -> str:
        if summary.kind == ContactKind.ORGANIZATION:
            return self.tr("Organization")
        return self.tr("Person")

    def _query(self) -> ContactQuery:
        return ContactQuery(search=self._search or None)

    def _count_rows(self) -> int:
        return self._directory.count(self._query())

    def _page_rows(self, offset: int, limit: int) -> list[ContactSummary]:
        return self._directory.page(self._query(), offset, limit)


class AddMembersDialog(QDialog):
    """Pick contacts to add to the list ``list_name``; :meth:`chosen_ids` tells which."""

    def __init__(
        self,
        directory: ContactDirectory,
        list_name: str,
        members: Collection[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addMembersDialog")
        self.setWindowTitle(self.tr("Add members to “{name}”").format(name=list_name))
        self.model = ChoosableContactsModel(directory, members, self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText(self.tr("Search names, e-mails, phones, cities…"))
        self.search_edit.setClearButtonEnabled(True)
        self.table = make_table(self.model, "candidateTable")
        header = self.table.horizontalHeader()
        for column, width in enumerate((230, 100, 200)):
            header.resizeSection(column, width)
        self.hint = QLabel(
            self.tr("Tick contacts (Space or a click on the box); ticks stay while you search.")
        )
        self.hint.setEnabled(False)
        self.chosen_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self.tr("Add"))
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter in the results adds; Enter in the search field searches (see eventFilter).
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.add_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

        self._timer = pause_timer(self, SEARCH_DELAY_MS, self.apply_search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_click)
        self.model.chosen_changed.connect(self._sync)
        self.model.modelReset.connect(self._sync)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._sync)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search_edit.setFocus()
        self._sync()

    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search(self.search_edit.text())
        if self.model.rowCount() > 0:
            self.table.scrollToTop()

    def chosen_ids(self) -> list[str]:
        """The ticked contacts, or the selected ones when nothing is ticked."""
        if self.model.chosen:
            return list(self.model.chosen)
        rows = [r for r in selected_rows(self.table) if not self.model.is_member(r)]
        return [key for key in map(self.model.key, rows) if key is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_search()  # search now; Enter here must not press Add
                return True
            if watched is self.search_edit and key == Qt.Key.Key_Down and self.model.rowCount():
                # From the search field straight into the results.
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not selected_rows(self.table):
                    self.table.selectRow(0)
                return True
            if watched is self.table and key == Qt.Key.Key_Space:
                self.model.toggle(selected_rows(self.table))
                return True
        return super().eventFilter(watched, event)

    def _on_double_click(self, index: QModelIndex) -> None:
        self.model.toggle([index.row()])

    def _sync(self, *_: object) -> None:
        n = len(self.model.chosen)
        if n:
            names = ", ".join(list(self.model.chosen.values())[:5])
            if n > 5:
                names += ", …"
            text = self.tr("%Ln contacts ticked", "", n)
            self.chosen_label.setText(f"{text}: {names}")
        else:
            self.chosen_label.setText(self.tr("Nothing ticked yet"))
        self.add_button.setEnabled(bool(self.chosen_ids()))


__all__ = ["AddMembersDialog", "ChoosableContactsModel"]
