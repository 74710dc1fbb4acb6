"""The dry run of an import: what would be created, updated and skipped, and why.

:class:`PlanPage` shows an :class:`~app.services.interchange.ImportPlan` — the counts, the
file's warnings, and a table of every row (and of the organizations the import creates for
the people working there) with its action and reason, filterable by action and text.  Invalid
rows are red with their problems; rows imported with a warning are amber.  Nothing has been
written while this page is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Severity
from app.services.interchange import Action, ImportPlan, PlannedRow, SkipReason
from app.ui.editors.marking import ERROR_COLOR, WARNING_COLOR
from app.ui.interchange.common import (
    OK_COLOR,
    action_text,
    color_of,
    icon_of,
    problem_lines,
    row_tooltip,
    severity_of,
)
from app.ui.pages.common import make_table, number_text

Index = QModelIndex | QPersistentModelIndex

# Filter choices of the table.
ALL, CREATE, UPDATE, SKIP, PROBLEMS = "all", "create", "update", "skip", "problems"
SortRole: Final = Qt.ItemDataRole.UserRole + 2


class PlanModel(QAbstractTableModel):
    """One row per planned row: where in the file, who, what happens, why, problems."""

    SOURCE, NAME, ACTION, REASON, PROBLEMS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, PlannedRow]] = []

    def show(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        rows = [] if plan is None else [*plan.rows, *plan.organizations]
        self._rows = list(enumerate(rows))
        self.endResetModel()

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("In the file"),
            self.tr("Contact"),
            self.tr("Action"),
            self.tr("Reason"),
            self.tr("Problems"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        order, row = self._rows[index.row()]
        column = index.column()
        severity = severity_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SortRole:
            return order if column == self.SOURCE else self._text(row, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.ACTION, self.PROBLEMS):
            return color_of(severity)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ACTION:
            return icon_of(severity)
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        if column == self.SOURCE:
            return row.source
        if column == self.NAME:
            return row.name
        if column == self.ACTION:
            return action_text(row)
        if column == self.REASON:
            return row.reason
        return "; ".join(str(p) for p in row.problems)


class PlanFilter(QSortFilterProxyModel):
    """Rows of one action (or with problems) whose texts contain the filter text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ALL
        self.text = ""
        self.setSortRole(SortRole)

    def set_filter(self, choice: str, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and newer
            self.beginFilterChange()
            self.choice, self.text = choice, text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.choice, self.text = choice, text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PlanModel)
        row = model.planned(source_row)
        if self.choice == PROBLEMS and not row.problems:
            return False
        if self.choice in (CREATE, UPDATE, SKIP) and row.action.value != self.choice:
            return False
        if not self.text:
            return True
        haystack = " ".join(
            model.index(source_row, c).data() or "" for c in range(model.columnCount())
        )
        return self.text in haystack.casefold()


class PlanPage(QWidget):
    """The dry run on screen (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPlanPage")
        self.plan: ImportPlan | None = None
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setWordWrap(True)
        self.create_label = self._count_label("createCount")
        self.update_label = self._count_label("updateCount")
        self.skip_label = self._count_label("skipCount")
        counts = QHBoxLayout()
        for label in (self.create_label, self.update_label, self.skip_label):
            counts.addWidget(label)
        counts.addStretch(1)
        self.verdict = QLabel()
        self.verdict.setObjectName("planVerdict")
        self.verdict.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOR};")
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.show_combo = QComboBox()
        self.show_combo.setObjectName("planShow")
        for text, value in (
            (self.tr("All rows"), ALL),
            (self.tr("To create"), CREATE),
            (self.tr("To update"), UPDATE),
            (self.tr("Skipped"), SKIP),
            (self.tr("With problems"), PROBLEMS),
        ):
            self.show_combo.addItem(text, value)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.show_combo)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("planFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, reason or problem"))
        self.filter_edit.setClearButtonEnabled(True)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("planShown")
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.shown_label)

        self.model = PlanModel(self)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.model, "planTable", multi=False)
        self.table.setModel(self.proxy)  # sorted and filtered
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PlanModel.SOURCE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in enumerate((200, 190, 150, 280)):
            header.resizeSection(column, width)
        self.details = QPlainTextEdit()
        self.details.setObjectName("planDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a row to see everything about it."))
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 80])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(counts)
        layout.addWidget(self.verdict)
        layout.addWidget(self.warnings)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.show_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.filter_edit.textChanged.connect(lambda _t: self._filter())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

    def _count_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 4, 24, 4)
        return label

    # --- the plan -----------------------------------------------------------------------------

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        file_kind = self.tr("vCard") if plan.format.value == "vcf" else self.tr("CSV")
        rows = self.tr("%Ln entries", "", len(plan.rows))
        self.heading.setText(
            self.tr("“{file}” ({kind}, {encoding}): {rows}. Nothing has been changed yet.").format(
                file=plan.source_name, kind=file_kind, encoding=plan.encoding, rows=rows
            )
        )
        self.create_label.setText(self.tr("%Ln to create", "", plan.to_create))
        self.update_label.setText(self.tr("%Ln to update", "", plan.to_update))
        skip_text = self.tr("%Ln skipped", "", len(plan.skipped))
        details = self.skip_details(plan)
        self.skip_label.setText(f"{skip_text} ({details})" if details else skip_text)
        self.create_label.setStyleSheet(f"color: {OK_COLOR};" if plan.to_create else "")
        invalid = plan.skip_counts().get(SkipReason.INVALID, 0)
        self.skip_label.setStyleSheet(f"color: {ERROR_COLOR};" if invalid else "")
        self.verdict.setText(self.verdict_text(plan))
        self.verdict.setStyleSheet("" if plan.changes_anything else "font-weight: bold;")
        self.warnings.setText("\n".join(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self.model.show(plan)
        if invalid and not plan.changes_anything:
            self.show_combo.setCurrentIndex(self.show_combo.findData(PROBLEMS))
        self._filter()
        self.details.clear()

    def skip_details(self, plan: ImportPlan) -> str:
        names: dict[SkipReason, Callable[[int], str]] = {
            SkipReason.IDENTICAL: lambda n: self.tr("%Ln unchanged", "", n),
            SkipReason.INVALID: lambda n: self.tr("%Ln invalid", "", n),
            SkipReason.AMBIGUOUS: lambda n: self.tr("%Ln ambiguous", "", n),
            SkipReason.DUPLICATE: lambda n: self.tr("%Ln repeated in the file", "", n),
            SkipReason.IN_TRASH: lambda n: self.tr("%Ln in the trash", "", n),
        }
        return ", ".join(names[reason](n) for reason, n in plan.skip_counts().items())

    def verdict_text(self, plan: ImportPlan) -> str:
        if plan.changes_anything:
            created_orgs = sum(1 for r in plan.organizations if r.action is Action.CREATE)
            text = self.tr("Import writes these changes as one step: Edit → Undo takes it back.")
            if created_orgs:
                text += " " + self.tr(
                    "%Ln organizations are created for the people who work there.",
                    "",
                    created_orgs,
                )
            return text
        counts = plan.skip_counts()
        if plan.rows and counts.get(SkipReason.IDENTICAL, 0) == len(plan.rows):
            if len(plan.rows) == 1:
                return self.tr(
                    "Nothing to import: the contact of this file is already in Kontor, unchanged."
                )
            return self.tr(
                "Nothing to import: all %Ln contacts of this file are already in "
                "Kontor, unchanged.",
                "",
                len(plan.rows),
            )
        if not plan.rows:
            return self.tr("Nothing to import: the file holds no contacts.")
        return self.tr("Nothing to import: no entry of this file can be imported (see why below).")

    def severity(self) -> Severity | None:
        """The worst mark of any row (for the dialog's summary)."""
        found: Severity | None = None
        if self.plan is None:
            return None
        for row in (*self.plan.rows, *self.plan.organizations):
            severity = severity_of(row)
            if severity is Severity.ERROR:
                return severity
            found = severity or found
        return found

    # --- filtering and details ----------------------------------------------------------------

    def _filter(self) -> None:
        self.proxy.set_filter(str(self.show_combo.currentData()), self.filter_edit.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown_label.setText(
            self.tr("{shown} of {total}").format(shown=number_text(shown), total=number_text(total))
        )

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.details.clear()
            return
        row = self.model.planned(self.proxy.mapToSource(index).row())
        lines = [row.describe()]
        if row.problems:
            lines += ["", problem_lines(row.problems)]
        if row.notes:
            lines += ["", *row.notes]
        self.details.setPlainText("\n".join(lines))

    def visible_rows(self) -> list[PlannedRow]:
        """The rows the table shows now, in its order."""
        return [
            self.model.planned(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]


__all__ = ["PlanFilter", "PlanModel", "PlanPage"]
