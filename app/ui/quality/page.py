"""The Data quality section: how clean the book is, and the contacts behind each count.

On the left, one line per kind of problem with its count; choosing one lists what was found
(contact, field, the value as stored — marked — and what is wrong).  *Open and fix* (Enter or
a double-click) opens the contact in its editor on that very field; a likely duplicate opens
the merge dialog instead.  The first visit checks the whole book on a worker; after that,
each visit (and every edit elsewhere) re-checks only the contacts changed meanwhile, so the
counts follow the fixes.  *Check again* runs the whole check anew.  A whole-book check shows
its progress and the number of contacts it checks; Cancel stops it, and the counts of the
previous check stay.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.quality import Category, Finding
from app.services.data_quality import ContactRef, DataQuality, QualityReport, ScanCancelledError
from app.ui.busy import BusyIndicator
from app.ui.pages.common import SectionPage, make_table, number_text, shortcut, time_text
from app.ui.tasks import TaskRunner

SCAN_KEY: Final = "quality-scan"
Index = QModelIndex | QPersistentModelIndex
# The stored value that breaks a rule: the same yellow the editor marks warnings with.
MARK = QColor(255, 236, 179)
CategoryRole: Final = Qt.ItemDataRole.UserRole + 3
# How often the progress of a whole-book check is painted.
PROGRESS_MS: Final = 100


class FindingsModel(QAbstractTableModel):
    CONTACT, KIND, FIELD, VALUE, PROBLEM = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[ContactRef, Finding]] = []

    def show(self, rows: list[tuple[ContactRef, Finding]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Contact"),
            self.tr("Kind"),
            self.tr("Field"),
            self.tr("Value"),
            self.tr("What is wrong"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact, finding = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.CONTACT:
                return contact.name
            if column == self.KIND:
                return (
                    self.tr("Person") if contact.kind == "individual" else self.tr("Organization")
                )
            if column == self.FIELD:
                return finding.label
            if column == self.VALUE:
                return finding.value or ("—" if role == Qt.ItemDataRole.DisplayRole else None)
            return finding.message
        if role == Qt.ItemDataRole.BackgroundRole and column == self.VALUE and finding.value:
            return QBrush(MARK)
        if role == Qt.ItemDataRole.DecorationRole and column == self.VALUE:
            # Seen on the selected row too, where the background gives way to the selection.
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VALUE and finding.value:
            return QBrush(QColor(0, 0, 0))
        return None


class DataQualityPage(SectionPage):
    """Counts per kind of problem, the findings of the chosen kind, and the way to fix them.

    ``fix_requested(contact_id, field)`` asks the window to open the contact on ``field``;
    ``merge_requested(first, second)`` to open the merge dialog of a likely duplicate.
    """

    fix_requested = Signal(str, str)
    merge_requested = Signal(str, str)
    # kind ("individual" or "organization"), the contact ids, the words for the list's chip
    show_requested = Signal(str, list, str)
    report_changed = Signal()

    def __init__(
        self, quality: DataQuality, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataQualityPage")
        self.title = self.tr("Data quality")
        self._quality = quality
        self._runner = runner
        self.report: QualityReport | None = None
        self.checked_at: datetime | None = None
        self.busy = False
        self._cancel = threading.Event()
        # (steps done, steps, contacts): written by the worker, painted by the timer.
        self._progress: tuple[int, int, int] = (0, 0, 0)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self._build()

    def _build(self) -> None:
        self.summary_label = QLabel(self.tr("The book has not been checked yet."))
        self.summary_label.setObjectName("qualitySummary")
        self.check_button = QPushButton(self.tr("Check the whole book again"))
        self.check_button.setObjectName("qualityCheckButton")
        self.check_button.clicked.connect(self.check_all)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.check_button)
        self.progress = BusyIndicator(cancellable=True)
        self.progress.setObjectName("qualityProgress")
        self.progress.cancel_button.setObjectName("qualityCancel")
        self.progress.cancel_button.setToolTip(
            self.tr("Stop the check; the counts of the previous check stay")
        )
        self.progress.cancel_clicked.connect(self.cancel)

        self.categories = QListWidget()
        self.categories.setObjectName("qualityCategories")
        self.categories.setSpacing(2)
        for category in Category:
            item = QListWidgetItem(category.heading)
            item.setData(CategoryRole, category)
            item.setToolTip(category.explanation)
            self.categories.addItem(item)
        self.categories.currentRowChanged.connect(lambda _row: self._show_findings())

        self.explanation = QLabel()
        self.explanation.setObjectName("qualityExplanation")
        self.explanation.setWordWrap(True)
        self.model = FindingsModel(self)
        self.table = make_table(self.model, "qualityTable", multi=False)
        header = self.table.horizontalHeader()
        for column, width in ((0, 170), (1, 80), (2, 190), (3, 150)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.fix_current())
        self.fix_button = QPushButton(self.tr("Open and fix"))
        self.fix_button.setObjectName("qualityFixButton")
        self.fix_button.setToolTip(self.tr("Open the contact on this field (Enter)"))
        self.fix_button.clicked.connect(self.fix_current)
        shortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.fix_current)
        shortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.fix_current)
        self.show_people_button = QPushButton(self.tr("Show in People"))
        self.show_people_button.setObjectName("qualityShowPeople")
        self.show_people_button.setToolTip(
            self.tr("List just these people in People, to open and fix them one by one")
        )
        self.show_people_button.clicked.connect(lambda: self.show_in_list("individual"))
        self.show_organizations_button = QPushButton(self.tr("Show in Organizations"))
        self.show_organizations_button.setObjectName("qualityShowOrganizations")
        self.show_organizations_button.setToolTip(
            self.tr("List just these organizations in Organizations, to open and fix them")
        )
        self.show_organizations_button.clicked.connect(lambda: self.show_in_list("organization"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_people_button)
        buttons.addWidget(self.show_organizations_button)
        buttons.addStretch(1)
        buttons.addWidget(self.fix_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.explanation)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.categories)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([390, 890])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        self.categories.setCurrentRow(0)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Shown again: the first time the whole book is checked, later only what changed."""
        self.update_counts()

    def update_counts(self) -> None:
        """Re-check the contacts changed since the last look (or everything, the first time)
        on a worker, then show the counts."""
        if self.busy:
            return
        first = not self._quality.scanned
        cancel = self._start_whole() if first else threading.Event()
        quality = self._quality
        progress = self._progress_from_worker

        def work() -> QualityReport:
            quality.refresh(progress, cancel.is_set)
            return quality.report()

        self._runner.run(work, lambda report: self._arrived(report, first), self._failed, SCAN_KEY)

    def check_all(self) -> None:
        """Check every contact again, with progress and Cancel."""
        if self.busy:
            return
        cancel = self._start_whole()
        quality = self._quality
        progress = self._progress_from_worker
        self._runner.run(
            lambda: quality.scan(progress, cancel.is_set),
            lambda r: self._arrived(r, True),
            self._failed,
            SCAN_KEY,
        )

    def cancel(self) -> None:
        """Stop the whole-book check at its next step; the previous counts stay."""
        if self.busy:
            self._cancel.set()

    def is_checking(self) -> bool:
        return self.busy

    def _start_whole(self) -> threading.Event:
        """Show the progress of a whole-book check; its Cancel sets the event returned."""
        self._cancel = threading.Event()
        self._progress = (0, 0, 0)
        self._set_busy(True)
        self.progress.start(self.tr("Checking every contact…"))
        self._progress_timer.start()
        return self._cancel

    def _progress_from_worker(self, done: int, total: int, contacts: int) -> None:
        self._progress = (done, total, contacts)  # read by the GUI thread's timer

    def _show_progress(self) -> None:
        done, total, contacts = self._progress
        if not total or self._cancel.is_set():
            return
        self.progress.set_progress(done, total)
        if contacts:
            self.progress.set_text(self.tr("Checking %Ln contacts…", "", contacts))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.check_button.setEnabled(not busy)
        if not busy:
            self._progress_timer.stop()
            self.progress.stop()

    def _arrived(self, report: QualityReport, whole: bool) -> None:
        self._set_busy(False)
        if whole or self.checked_at is None:
            self.checked_at = datetime.now(UTC)
        self.report = report
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            category = Category(item.data(CategoryRole))
            count = report.counts.get(category, 0)
            item.setText(f"{category.heading} — {number_text(count)}")
            item.setData(Qt.ItemDataRole.UserRole, count)
        self._show_findings()
        self._publish()
        self.report_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ScanCancelledError):
            # Nothing changed: the counts (and findings) of the previous check stay.
            if self.report is None:
                self._publish(self.tr("Check cancelled"))
                self.summary_label.setText(
                    self.tr("The check was cancelled; the book has not been checked yet.")
                )
            else:
                self._publish(self.tr("Check cancelled: the counts of the previous check stay"))
            return
        self.summary_label.setText(self.tr("The check failed: {reason}").format(reason=error))

    def _summary(self) -> str:
        if self.report is None:
            return self.tr("Data quality: not checked yet")
        problems = sum(self.report.counts.values())
        checked = self.report.contacts_checked
        when = time_text(self.checked_at)
        self.summary_label.setText(
            self.tr(
                "%Ln contacts checked (whole book {when}); kept current as contacts change.",
                "",
                checked,
            ).format(when=when)
        )
        contacts = self.tr("%Ln contacts", "", checked)
        return self.tr("%Ln problems found in {contacts}", "", problems).format(contacts=contacts)

    def _reload(self) -> None:
        self.update_counts()

    def current_category(self) -> Category:
        item = self.categories.currentItem()
        return Category(item.data(CategoryRole)) if item is not None else Category.VAT

    def count(self, category: Category) -> int:
        return 0 if self.report is None else self.report.counts.get(category, 0)

    def show_category(self, category: Category) -> None:
        for row in range(self.categories.count()):
            if self.categories.item(row).data(CategoryRole) == category:
                self.categories.setCurrentRow(row)
                return

    def _show_findings(self) -> None:
        category = self.current_category()
        self.explanation.setText(category.explanation)
        rows = self._quality.findings(category) if self.report is not None else []
        self.model.show(rows)
        self.fix_button.setText(
            self.tr("Merge…") if category is Category.DUPLICATE else self.tr("Open and fix")
        )
        self.fix_button.setEnabled(bool(rows))
        kinds = {contact.kind for contact, _finding in rows}
        self.show_people_button.setEnabled("individual" in kinds)
        self.show_organizations_button.setEnabled("organization" in kinds)
        if rows:
            self.table.selectRow(0)

    def show_in_list(self, kind: str) -> None:
        """Ask for People (``"individual"``) or Organizations to list just the contacts of
        that kind with the chosen problem."""
        ids = list(dict.fromkeys(c.id for c, _f in self.model.rows if c.kind == kind))
        if not ids:
            return
        label = self.tr("Data quality: %Ln contacts with “{problem}”", "", len(ids)).format(
            problem=self.current_category().heading
        )
        self.show_requested.emit(kind, ids, label)

    # --- fixing ---------------------------------------------------------------------------

    def fix_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        contact, finding = self.model.rows[index.row()]
        if finding.category is Category.DUPLICATE and finding.other_id:
            self.merge_requested.emit(contact.id, finding.other_id)
        else:
            self.fix_requested.emit(contact.id, finding.field)


__all__ = ["DataQualityPage", "FindingsModel"]
