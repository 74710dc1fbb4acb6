"""The Duplicates section: find likely duplicates in the whole book, then merge them.

*Find duplicates* runs :meth:`DuplicateFinder.scan
<app.services.duplicates.DuplicateFinder.scan>` on a worker with a progress bar and Cancel.
The pairs it found are listed (first, second, score, reasons; sortable); *Merge…* (Enter)
asks the window to open the merge dialog for the selected pair, a double-click on a name opens
that contact.  The list is what the last scan found: pairs whose contacts were merged, deleted
or moved to the trash since drop out when the page is shown again (and come back when an undo
restores them).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import ContactDirectory
from app.services.duplicates import DuplicateFinder, DuplicatePair
from app.ui.busy import BusyIndicator
from app.ui.formats import percent_text
from app.ui.pages.common import (
    RIGHT,
    SectionPage,
    make_table,
    number_text,
    shortcut,
    time_text,
)
from app.ui.tasks import TaskRunner

SCAN_KEY: Final = "duplicate-scan"
CHECK_KEY: Final = "duplicate-check"
PROGRESS_MS: Final = 100
# How many contacts a refresh looks up to drop pairs that are gone (a lookup is a few ms).
MAX_CHECKED_CONTACTS: Final = 400
SortRole: Final = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def pair_key(pair: DuplicatePair) -> tuple[str, str]:
    return (pair.first_id, pair.second_id)


class PairsModel(QAbstractTableModel):
    FIRST, SECOND, SCORE, REASONS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []

    def show(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("First"), self.tr("Second"), self.tr("Score"), self.tr("Why"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.SCORE:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIRST:
                return pair.first_name
            if column == self.SECOND:
                return pair.second_name
            if column == self.SCORE:
                return percent_text(pair.score)
            return "; ".join(pair.reasons)
        if role == SortRole:
            if column == self.SCORE:
                return pair.score
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASONS:
            return "\n".join(pair.reasons)
        return None


class DuplicatesPage(SectionPage):
    """Find duplicates, list the pairs, merge or open them (see the module docstring).

    ``open_contact(id)`` asks the window to show a contact; ``merge_requested(first, second)``
    to open the merge dialog for a pair.
    """

    open_contact = Signal(str)
    merge_requested = Signal(str, str)

    def __init__(
        self,
        finder: DuplicateFinder,
        directory: ContactDirectory,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self.title = self.tr("Duplicates")
        self._finder = finder
        self._directory = directory
        self._runner = runner
        self._pairs: list[DuplicatePair] = []
        # Pairs taken out by a merge (or found gone): an undo may bring them back.
        self._removed: dict[tuple[str, str], DuplicatePair] = {}
        self._hidden: set[tuple[str, str]] = set()
        self._scanned_at: datetime | None = None
        self._scanning = False
        self._cancel = threading.Event()
        self._progress: tuple[int, int] = (0, 0)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self._build()
        self._show_pairs()
        self._publish()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Contacts that are probably the same party: the same e-mail, phone or VAT "
                "number, or a very similar name in the same city. Merge keeps one and moves "
                "everything of the other to it."
            )
        )
        self.intro.setWordWrap(True)
        self.find_button = QPushButton(self.tr("Find &duplicates"))
        self.find_button.setObjectName("findDuplicates")
        self.find_button.setToolTip(self.tr("Look through every contact"))
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("mergePair")
        self.merge_button.setToolTip(self.tr("Merge the two contacts of the selected pair (Enter)"))
        self.open_first_button = QPushButton(self.tr("Open f&irst"))
        self.open_first_button.setObjectName("openFirst")
        self.open_second_button = QPushButton(self.tr("Open &second"))
        self.open_second_button.setObjectName("openSecond")
        self.hide_button = QPushButton(self.tr("&Not duplicates"))
        self.hide_button.setObjectName("hidePair")
        self.hide_button.setToolTip(self.tr("Take the pair off the list until the next scan (Del)"))
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        for button in (
            self.merge_button,
            self.open_first_button,
            self.open_second_button,
            self.hide_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.busy = BusyIndicator(cancellable=True)
        self.busy.cancel_button.setObjectName("cancelScan")

        self.model = PairsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = make_table(self.model, "duplicatesTable", multi=False)
        self.table.setModel(self.proxy)  # sorted and filtered
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PairsModel.SCORE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        for column, width in enumerate((230, 230, 70)):
            header.resizeSection(column, width)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("duplicatesEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)

        self.find_button.clicked.connect(self.find_duplicates)
        self.busy.cancel_clicked.connect(self.cancel)
        self.merge_button.clicked.connect(self.merge_selected)
        self.open_first_button.clicked.connect(lambda: self.open_selected(second=False))
        self.open_second_button.clicked.connect(lambda: self.open_selected(second=True))
        self.hide_button.clicked.connect(self.hide_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.table.doubleClicked.connect(self._on_double_click)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self.table, self.merge_selected)
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.hide_selected)

    # --- scanning -------------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        """Scan the whole book on a worker; progress and Cancel show meanwhile."""
        if self._scanning:
            return
        self._scanning = True
        self._cancel = threading.Event()
        cancel = self._cancel
        self._progress = (0, 0)
        finder = self._finder

        def progress(done: int, total: int) -> None:
            self._progress = (done, total)  # read by the GUI thread's timer

        self.busy.start(self.tr("Looking for duplicates…"))
        self._progress_timer.start()
        self._sync_buttons()
        self.status_changed.emit(self.tr("Looking for duplicates…"))
        self._runner.run(
            lambda: finder.scan(progress, cancel.is_set),
            lambda pairs: self._scanned(pairs, cancel.is_set()),
            self._scan_failed,
            key=SCAN_KEY,
        )

    def cancel(self) -> None:
        if self._scanning:
            self._cancel.set()

    def _show_progress(self) -> None:
        done, total = self._progress
        if total:
            self.busy.set_progress(done, total)
            if not self._cancel.is_set():
                self.busy.set_text(
                    self.tr(
                        "Looking for duplicates… {done} of %Ln contacts compared", "", total
                    ).format(done=number_text(done))
                )

    def _scanned(self, pairs: list[DuplicatePair], cancelled: bool) -> None:
        self._scan_ended()
        self._pairs = list(pairs)
        self._removed.clear()
        self._hidden.clear()
        self._scanned_at = datetime.now().astimezone()
        self._show_pairs()
        if cancelled:
            self._publish(self.tr("Search cancelled: the pairs found so far are listed"))
        else:
            self._publish()
        if self.proxy.rowCount():
            self.table.setFocus()

    def _scan_failed(self, error: BaseException) -> None:
        self._scan_ended()
        self._publish(self.tr("The search failed: {error}").format(error=error))

    def _scan_ended(self) -> None:
        self._scanning = False
        self._progress_timer.stop()
        self.busy.stop()
        self._sync_buttons()

    def is_scanning(self) -> bool:
        return self._scanning

    # --- the list -------------------------------------------------------------------------------

    def pairs(self) -> list[DuplicatePair]:
        """The pairs listed, in the table's order."""
        return [
            self.model.pairs[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]

    def _show_pairs(self) -> None:
        selected = self.selected()
        shown = [p for p in self._pairs if pair_key(p) not in self._hidden]
        self.model.show(shown)
        empty = not shown
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if self._scanned_at is None:
            self.empty_label.setText(
                self.tr("Choose “Find duplicates” to look through every contact.")
            )
        else:
            self.empty_label.setText(self.tr("No likely duplicates."))
        if not empty:
            row = 0
            if selected is not None:
                for r, pair in enumerate(self.pairs()):
                    if pair_key(pair) == pair_key(selected):
                        row = r
            self.table.selectRow(row)
        self._sync_buttons()

    def remove_contacts(self, contact_ids: set[str], *, keep: bool = True) -> None:
        """Take every pair naming one of ``contact_ids`` off the list (after a merge); with
        ``keep`` they are remembered, so that an undo of the merge brings them back."""
        staying = []
        for pair in self._pairs:
            if pair.first_id in contact_ids or pair.second_id in contact_ids:
                if keep:
                    self._removed[pair_key(pair)] = pair
            else:
                staying.append(pair)
        self._pairs = staying
        self._show_pairs()
        self._publish()

    def _reload(self) -> None:
        """Drop pairs whose contacts are gone, bring back pairs an undo restored (on a worker)."""
        if self._scanning or (not self._pairs and not self._removed):
            self._show_pairs()
            return
        directory = self._directory
        listed = list(self._pairs)
        removed = dict(self._removed)
        ids: list[str] = []
        for pair in [*removed.values(), *listed]:
            for contact_id in (pair.first_id, pair.second_id):
                if contact_id not in ids:
                    ids.append(contact_id)
        ids = ids[:MAX_CHECKED_CONTACTS]

        def check() -> dict[str, str | None]:
            names: dict[str, str | None] = {}
            for contact_id in ids:
                contact = directory.get(contact_id)
                alive = contact is not None and not contact.in_trash
                names[contact_id] = contact.name if alive and contact is not None else None
            return names

        def checked(names: dict[str, str | None]) -> None:
            if self._scanning or listed != self._pairs:
                return  # a scan or a merge changed the list meanwhile

            def alive(pair: DuplicatePair) -> bool:
                return all(names.get(i, "") is not None for i in (pair.first_id, pair.second_id))

            def renamed(pair: DuplicatePair) -> DuplicatePair:
                return replace(
                    pair,
                    first_name=names.get(pair.first_id) or pair.first_name,
                    second_name=names.get(pair.second_id) or pair.second_name,
                )

            back = [p for p in removed.values() if alive(p)]
            gone = [p for p in listed if not alive(p)]
            for pair in back:
                self._removed.pop(pair_key(pair), None)
            for pair in gone:
                self._removed[pair_key(pair)] = pair
            pairs = [renamed(p) for p in (*listed, *back) if alive(p)]
            self._pairs = sorted(pairs, key=lambda p: (-p.score, p.first_name))
            self._show_pairs()
            self._publish()

        self._runner.run(check, checked, key=CHECK_KEY)
        self._show_pairs()

    def _summary(self) -> str:
        if self._scanning:
            return self.tr("Looking for duplicates…")
        if self._scanned_at is None:
            return self.tr("Not searched yet")
        shown = self.model.rowCount()
        found = self.tr("%Ln possible duplicate pairs", "", shown)
        return self.tr("{found} (searched at {time})").format(
            found=found, time=time_text(self._scanned_at)
        )

    # --- selection and actions --------------------------------------------------------------------

    def selected(self) -> DuplicatePair | None:
        index = self.table.currentIndex() if self.table.selectionModel().hasSelection() else None
        if index is None or not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.pairs[row] if 0 <= row < len(self.model.pairs) else None

    def select_pair(self, first_id: str, second_id: str) -> bool:
        for row, pair in enumerate(self.pairs()):
            if {pair.first_id, pair.second_id} == {first_id, second_id}:
                self.table.selectRow(row)
                return True
        return False

    def _sync_buttons(self) -> None:
        chosen = self.selected() is not None
        self.find_button.setEnabled(not self._scanning)
        for button in (
            self.merge_button,
            self.open_first_button,
            self.open_second_button,
            self.hide_button,
        ):
            button.setEnabled(chosen and not self._scanning)

    def merge_selected(self) -> None:
        pair = self.selected()
        if pair is not None and not self._scanning:
            self.merge_requested.emit(pair.first_id, pair.second_id)

    def open_selected(self, *, second: bool = False) -> None:
        pair = self.selected()
        if pair is not None:
            self.open_contact.emit(pair.second_id if second else pair.first_id)

    def hide_selected(self) -> None:
        pair = self.selected()
        if pair is not None:
            self._hidden.add(pair_key(pair))
            self._show_pairs()
            self._publish()

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_selected(second=index.column() == PairsModel.SECOND)

    def shutdown(self) -> None:
        self.cancel()
        self._progress_timer.stop()


__all__ = ["DuplicatesPage", "PairsModel"]
