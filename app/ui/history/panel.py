"""The History tab of a record, and the whole book's Recent changes.

:class:`HistoryView` shows history entries as a tree: one row per change (when, where it came
from, what it did, which record), its fields beneath ("Phone 2: +32 470 … → +32 471 …").  A
field filter above narrows it to the changes of one field.  The entries come from
:class:`~app.services.record_history.RecordHistory` on a worker.

:class:`HistoryPanel` is the tab: it follows one record (a contact, a placeholder customer or
a customer list) and offers "Restore this value" on a chosen field: the old value goes back as
a new edit (undoable).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.record_history import FieldChange, HistoryEntry, RecordHistory
from app.ui.pages.common import time_text
from app.ui.tasks import TaskRunner

ALL_FIELDS = "All fields"
_CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class HistoryView(QWidget):
    """Entries as a tree with a field filter; ``record_column`` adds the record's name."""

    change_chosen = Signal(object)  # the FieldChange under the cursor, or None
    record_activated = Signal(str, str)  # aggregate, record id

    def __init__(self, *, record_column: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._record_column = record_column
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("historyFilter")
        self.filter_box.setToolTip(self.tr("Show the changes of one field only"))
        self.filter_box.addItem(self.tr(ALL_FIELDS), None)
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        headers = [self.tr("When"), self.tr("From"), self.tr("Change")]
        if record_column:
            headers.insert(1, self.tr("Record"))
        self.tree.setHeaderLabels(headers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 150 if record_column else 110)
        self.tree.setColumnWidth(1, 170)
        if record_column:
            self.tree.setColumnWidth(2, 190)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Field:")))
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.summary)
        self.top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.filter_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.tree.itemActivated.connect(lambda item, _col: self._activated(item))

    # --- content --------------------------------------------------------------------------

    def show_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show ``entries`` (newest first), keeping the chosen field filter when it still
        has changes."""
        self._entries = list(entries)
        chosen = self.filter_box.currentData()
        groups = RecordHistory.groups(self._entries)
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr(ALL_FIELDS), None)
        for group in groups:
            self.filter_box.addItem(group, group)
        index = self.filter_box.findData(chosen) if chosen in groups else 0
        self.filter_box.setCurrentIndex(max(index, 0))
        self.filter_box.blockSignals(False)
        self._fill()

    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def set_filter(self, group: str | None) -> None:
        index = self.filter_box.findData(group) if group else 0
        self.filter_box.setCurrentIndex(max(index, 0))

    def shown_texts(self) -> list[list[str]]:
        """Each shown entry's fields in words (for tests and screen readers)."""
        found: list[list[str]] = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None
            found.append([item.child(j).text(0).strip() for j in range(item.childCount())])
        return found

    @property
    def _change_column(self) -> int:
        return 3 if self._record_column else 2

    def _fill(self) -> None:
        group = self.filter_box.currentData()
        shown = RecordHistory.filtered(self._entries, group)
        # The row under the cursor stays chosen when the same history is read again.
        entry_before, change_before = self.current_entry(), self.current_change()
        keep = (
            (entry_before.txn_id, entry_before.record_id, change_before)
            if entry_before is not None
            else None
        )
        self.tree.blockSignals(True)
        self.tree.clear()
        again: QTreeWidgetItem | None = None
        for entry in shown:
            values = [time_text(entry.at), entry.origin, self._action_text(entry)]
            if self._record_column:
                values.insert(1, entry.record_name)
            item = QTreeWidgetItem(values)
            item.setData(0, _ENTRY_ROLE, entry)
            item.setToolTip(0, time_text(entry.at, seconds=True, full=True))
            item.setToolTip(2 if self._record_column else 1, entry.origin)
            for change in entry.changes:
                child = QTreeWidgetItem([f"    {change.text()}"])
                child.setToolTip(0, change.text())
                child.setData(0, _CHANGE_ROLE, change)
                item.addChild(child)
                if keep is not None and keep == (entry.txn_id, entry.record_id, change):
                    again = child
            self.tree.addTopLevelItem(item)
            for j in range(item.childCount()):
                item.child(j).setFirstColumnSpanned(True)  # spanning needs the tree
            item.setExpanded(not self._record_column)
            if keep is not None and keep[2] is None and keep[:2] == (entry.txn_id, entry.record_id):
                again = item
        if again is not None:
            self.tree.setCurrentItem(again)
        self.tree.blockSignals(False)
        self.summary.setText(self.tr("%Ln changes", "", len(shown)))
        self._chosen(self.tree.currentItem())

    def _action_text(self, entry: HistoryEntry) -> str:
        if entry.action == "Changed":
            fields = ", ".join(dict.fromkeys(c.label for c in entry.changes))
            if fields:
                return self.tr("Changed {fields}").format(fields=fields)
        return entry.action_words

    def current_change(self) -> FieldChange | None:
        item = self.tree.currentItem()
        value = item.data(0, _CHANGE_ROLE) if item is not None else None
        return value if isinstance(value, FieldChange) else None

    def current_entry(self) -> HistoryEntry | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        value = item.data(0, _ENTRY_ROLE) if item is not None else None
        return value if isinstance(value, HistoryEntry) else None

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        self.change_chosen.emit(self.current_change() if item is not None else None)

    def _activated(self, item: QTreeWidgetItem) -> None:
        entry = self.current_entry()
        if entry is not None and self._record_column:
            self.record_activated.emit(entry.aggregate, entry.record_id)


class HistoryPanel(QWidget):
    """A record's History tab (see the module docstring)."""

    restored = Signal(str)  # the record id a value was restored on

    def __init__(
        self,
        history: RecordHistory,
        runner: TaskRunner,
        key: str,
        *,
        can_restore: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._history = history
        self._runner = runner
        self._key = key
        self._record_id: str | None = None
        self._stale = True
        self.view = HistoryView()
        self.restore_button = QPushButton(self.tr("Restore this value"))
        self.restore_button.setObjectName("restoreValue")
        self.restore_button.setToolTip(
            self.tr(
                "Put the field's old value back as a new edit (Ctrl+Shift+R); Undo takes it back"
            )
        )
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(can_restore)
        self.note = QLabel()
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        self.view.top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.view.change_chosen.connect(self._change_chosen)
        self.restore_button.clicked.connect(self.restore_current)
        self.restore_shortcut = QShortcut(QKeySequence("Ctrl+Shift+R"), self)
        self.restore_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_shortcut.activated.connect(self.restore_current)
        self._can_restore = can_restore
        self.message_box: QMessageBox | None = None
        # The record to show, asked each time the tab is shown (pages without a "loaded"
        # signal); a message from ``guard`` stops a restore (e.g. unsaved edits).
        self.follow: Callable[[], str | None] | None = None
        self.guard: Callable[[], str | None] | None = None

    def show_record(self, record_id: str | None) -> None:
        """Follow ``record_id`` (``None``: a record not saved yet); read when shown."""
        same = record_id == self._record_id
        self._record_id = record_id
        self._stale = True
        if not same:
            self.view.show_entries([])
        self.note.setText(self.tr("A new record has no history yet.") if record_id is None else "")
        if self.isVisible():
            self.reload()

    def record_id(self) -> str | None:
        return self._record_id

    def reload(self) -> None:
        record_id = self._record_id
        self._stale = False
        if record_id is None:
            return
        history = self._history
        self._runner.run(
            lambda: history.of_record(record_id),
            self.view.show_entries,
            self._failed,
            key=self._key,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.follow is not None:
            wanted = self.follow()
            if wanted != self._record_id:
                self.show_record(wanted)
                return
        if self._stale:
            self.reload()

    def follow_now(self) -> None:
        """Ask ``follow`` again (another record was chosen while the tab is shown)."""
        if self.follow is not None and self.isVisible():
            wanted = self.follow()
            if wanted != self._record_id:
                self.show_record(wanted)

    def _change_chosen(self, change: FieldChange | None) -> None:
        self.restore_button.setEnabled(self._can_restore and change is not None)

    def restore_current(self) -> None:
        change = self.view.current_change()
        record_id = self._record_id
        if change is None or record_id is None or not self._can_restore:
            return
        refused = self.guard() if self.guard is not None else None
        if refused:
            self._tell(refused)
            return
        history = self._history

        def done(result: object) -> None:
            problems = getattr(result, "problems", [])
            # A contact's save answers with ``contact``, the other records' with ``value``.
            stored = getattr(result, "contact", None) or getattr(result, "value", None)
            if stored is None:
                self._tell("\n".join(str(p) for p in problems) or self.tr("Nothing was restored."))
                return
            self.note.setText(
                self.tr("{label} restored to “{value}”. Undo (Ctrl+Z) takes it back.").format(
                    label=change.label, value=change.old
                )
            )
            self.restored.emit(record_id)
            self.reload()

        self._runner.run(lambda: history.restore_value(record_id, change), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._tell(str(exc))

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("History"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()


__all__ = ["ALL_FIELDS", "HistoryPanel", "HistoryView"]
