"""The CSV column-mapping step of the import: which column goes into which contact field.

:class:`CsvMappingPage` shows what :meth:`Interchange.inspect_csv
<app.services.interchange.Interchange.inspect_csv>` detected (encoding, delimiter, the
layout: Outlook, Google or a plain spreadsheet), whether the first row names the columns (a
file without a header row has its columns numbered and mapped by position), one row per CSV
column with a choice of target field (guessed for known headers, or from the values), saved
mapping templates, and a preview of the first rows as they would be imported, each with its
validation result.  Reading the file and the
preview run on a worker; every change of encoding, delimiter or a target previews again after
a short pause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Problem
from app.services.interchange import (
    TARGETS,
    CsvLayout,
    CsvMapping,
    CsvPreview,
    FileRejectedError,
    Interchange,
    PreviewRow,
    TemplateError,
)
from app.ui.busy import BusyIndicator
from app.ui.editors.marking import ERROR_COLOR, WARNING_COLOR
from app.ui.interchange.common import (
    TINT_TEXT,
    action_text,
    color_of,
    icon_of,
    problem_lines,
    severity_of,
    tint_of,
    worst,
)
from app.ui.tasks import TaskRunner
from app.ui.timing import pause_timer

PREVIEW_ROWS: Final = 20
PREVIEW_DELAY_MS: Final = 300
ENCODINGS: Final = (
    "utf-8",
    "windows-1252",
    "iso-8859-1",
    "iso-8859-15",
    "utf-16",
    "mac-roman",
    "cp850",
)
# The first part of a problem's field path -> the targets whose columns feed that field.
_FIELD_TARGETS: Final = {
    "name": ("name", "given_name", "additional_name", "family_name", "title", "title_suffix"),
    "emails": ("email.",),
    "phones": ("phone.",),
    "web_addresses": ("web.",),
    "addresses": ("address.",),
    "date_of_birth": ("birthday",),
    "professional_identities": ("organization", "job_title"),
    "internal_note": ("note",),
}
_FIELD_ROOT = re.compile(r"^[^.\[]+")
Index = QModelIndex | QPersistentModelIndex


def target_label(key: str) -> str:
    """The target's label in the user's language (the catalogue is English)."""
    return QCoreApplication.translate("CsvTargets", TARGETS[key].label)


def _group(key: str) -> str:
    return key.split(".")[0] if "." in key else ""


def fill_target_combo(combo: QComboBox) -> None:
    """ "Not imported", then every target, grouped (contact fields, e-mail, phone, …)."""
    combo.addItem(QCoreApplication.translate("CsvMapping", "— not imported —"), None)
    group = None
    for key in TARGETS:
        if group is not None and _group(key) != group:
            combo.insertSeparator(combo.count())
        group = _group(key)
        combo.addItem(target_label(key), key)


def columns_of(problem: Problem, header: Sequence[str], mapping: CsvMapping) -> set[int]:
    """The columns a problem is about: the one named by its label, or those feeding its
    field (every e-mail column for ``emails[1].address``)."""
    found: set[int] = set()
    label = problem.label.casefold()
    root_match = _FIELD_ROOT.match(problem.field)
    root = root_match.group(0) if root_match else ""
    prefixes = _FIELD_TARGETS.get(root, (root,) if root else ())
    for i, name in enumerate(header):
        target = mapping.columns.get(name)
        feeds = target is not None and (
            TARGETS[target].label.casefold() == label
            or any(target == p or (p.endswith(".") and target.startswith(p)) for p in prefixes)
        )
        if feeds or name.casefold() == label:
            found.add(i)
    return found


class PreviewModel(QAbstractTableModel):
    """The first rows of the file: row, what the import does with it, then the cells."""

    ROW, CONTACT, RESULT = 0, 1, 2
    FIXED = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._rows: tuple[PreviewRow, ...] = ()
        self._marks: list[dict[int, list[Problem]]] = []

    def show(self, preview: CsvPreview | None) -> None:
        self.beginResetModel()
        if preview is None:
            self._header, self._rows, self._marks = (), (), []
        else:
            self._header = preview.layout.header
            self._rows = preview.rows
            self._marks = []
            for row in preview.rows:
                marks: dict[int, list[Problem]] = {}
                for problem in row.planned.problems:
                    for column in columns_of(problem, self._header, preview.mapping):
                        marks.setdefault(column, []).append(problem)
                self._marks.append(marks)
        self.endResetModel()

    def row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.ROW:
            return self.tr("Row")
        if section == self.CONTACT:
            return self.tr("Becomes")
        if section == self.RESULT:
            return self.tr("Result")
        column = section - self.FIXED
        return self._header[column] if 0 <= column < len(self._header) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        preview = self._rows[index.row()]
        planned = preview.planned
        column = index.column()
        if column == self.ROW:
            return preview.source if role == Qt.ItemDataRole.DisplayRole else None
        if column == self.CONTACT:
            return planned.name if role == Qt.ItemDataRole.DisplayRole else None
        if column == self.RESULT:
            severity = severity_of(planned)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.result_text(preview)
            if role == Qt.ItemDataRole.ForegroundRole:
                return color_of(severity)
            if role == Qt.ItemDataRole.DecorationRole:
                return icon_of(severity)
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [planned.describe()]
                if planned.problems:
                    lines.append(problem_lines(planned.problems))
                return "\n".join([*lines, *planned.notes])
            return None
        cell = column - self.FIXED
        problems = self._marks[index.row()].get(cell, [])
        if role == Qt.ItemDataRole.DisplayRole:
            value = preview.cells[cell] if cell < len(preview.cells) else ""
            return value.replace("\r", "").replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint_of(worst(problems))
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return TINT_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return problem_lines(problems)
        return None

    def result_text(self, preview: PreviewRow) -> str:
        planned = preview.planned
        text = action_text(planned)
        if planned.problems:
            first = sorted(planned.problems, key=lambda p: p.severity.value != "error")[0]
            text += f" — {first}"
        elif planned.reason and planned.action.value != "create":
            text += f" — {planned.reason}"
        return text


class CsvMappingPage(QWidget):
    """Encoding, delimiter, column targets, templates and a preview of one CSV file.

    ``ready_changed(bool)``: whether the mapping can be used (a layout was read and at least
    one column is imported); ``busy_changed(bool)`` while the file is read or previewed;
    ``rejected(str)``: the file cannot be read at all (the service's message).
    """

    ready_changed = Signal(bool)
    busy_changed = Signal(bool)
    rejected = Signal(str)

    def __init__(
        self,
        interchange: Interchange,
        runner: TaskRunner,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("csvMappingPage")
        self._interchange = interchange
        self._runner = runner
        self._path = path
        self._layout: CsvLayout | None = None
        self._combos: list[QComboBox] = []
        self._samples: list[QLabel] = []
        self._alive = True
        self._pending: set[str] = set()
        self._first = True
        self._preview_timer = pause_timer(self, PREVIEW_DELAY_MS, self.refresh_preview)
        self._preview_due = False
        self._build()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("csvEncoding")
        self.encoding_combo.setEditable(True)
        self.encoding_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encoding_combo.setToolTip(
            self.tr("The character encoding of the file; choose another if accents look wrong")
        )
        for name in ENCODINGS:
            self.encoding_combo.addItem(name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("csvDelimiter")
        for text, value in (
            (self.tr("Comma  ,"), ","),
            (self.tr("Semicolon  ;"), ";"),
            (self.tr("Tab"), "\t"),
            (self.tr("Vertical bar  |"), "|"),
        ):
            self.delimiter_combo.addItem(text, value)
        self.layout_label = QLabel()
        self.layout_label.setObjectName("csvLayout")
        self.header_check = QCheckBox(self.tr("First row holds the column &names"))
        self.header_check.setObjectName("csvHasHeader")
        self.header_check.setToolTip(
            self.tr(
                "Untick for a file without a header row: its columns are then numbered and "
                "the first row is imported too"
            )
        )
        self.date_combo = QComboBox()
        self.date_combo.setObjectName("csvDateOrder")
        for text, value in (
            (self.tr("Day first (31/12/1980)"), "DMY"),
            (self.tr("Month first (12/31/1980)"), "MDY"),
            (self.tr("Year first (1980-12-31)"), "YMD"),
        ):
            self.date_combo.addItem(text, value)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("csvTemplate")
        self.template_combo.setToolTip(self.tr("Use a column mapping saved earlier"))
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(14)
        self.save_template_button = QPushButton(self.tr("&Save as template…"))
        self.save_template_button.setObjectName("saveTemplate")
        self.save_template_button.setAutoDefault(False)
        self.delete_template_button = QPushButton(self.tr("De&lete template"))
        self.delete_template_button.setObjectName("deleteTemplate")
        self.delete_template_button.setAutoDefault(False)

        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for column, (text, field) in enumerate(
            (
                (self.tr("&Encoding:"), self.encoding_combo),
                (self.tr("&Delimiter:"), self.delimiter_combo),
                (self.tr("Dates &are:"), self.date_combo),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            top.addWidget(label, 0, column * 2)
            top.addWidget(field, 0, column * 2 + 1)
            top.setColumnStretch(column * 2 + 1, 1)
        top.addWidget(QLabel(self.tr("Recognised as:")), 1, 0)
        top.addWidget(self.layout_label, 1, 1, 1, 3)
        top.addWidget(self.header_check, 1, 4, 1, 2)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template_combo)
        template_buttons = QHBoxLayout()
        template_buttons.addWidget(self.template_combo, 1)
        template_buttons.addWidget(self.save_template_button)
        template_buttons.addWidget(self.delete_template_button)
        top.addWidget(template_label, 2, 0)
        top.addLayout(template_buttons, 2, 1, 1, 5)

        self.columns_widget = QWidget()
        self.columns_grid = QGridLayout(self.columns_widget)
        self.columns_grid.setContentsMargins(6, 6, 6, 6)
        self.columns_grid.setHorizontalSpacing(12)
        self.columns_grid.setColumnStretch(1, 2)
        self.columns_grid.setColumnStretch(2, 3)
        self.columns_scroll = QScrollArea()
        self.columns_scroll.setObjectName("csvColumns")
        self.columns_scroll.setWidgetResizable(True)
        self.columns_scroll.setWidget(self.columns_widget)
        self.columns_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        columns_box = QWidget()
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_title = QLabel(self.tr("Columns of the file and the field each goes into:"))
        columns_layout.addWidget(self.columns_title)
        columns_layout.addWidget(self.columns_scroll, 1)

        self.preview_model = PreviewModel(self)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("csvPreview")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.preview_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setDefaultSectionSize(130)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(
            self.tr(
                "The first %Ln rows as they would be imported (red: not imported, amber: "
                "imported with a warning; point at a cell for the reason):",
                "",
                PREVIEW_ROWS,
            )
        )
        self.preview_title.setWordWrap(True)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(columns_box)
        self.splitter.addWidget(preview_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.columns_scroll.setMinimumHeight(100)
        self.preview_table.setMinimumHeight(100)
        self.splitter.setSizes([330, 270])

        self.message = QLabel()
        self.message.setObjectName("csvMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.busy = BusyIndicator()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)

        self.encoding_combo.activated.connect(lambda _i: self.reread())
        line_edit = self.encoding_combo.lineEdit()
        if line_edit is not None:
            line_edit.returnPressed.connect(self.reread)
        self.delimiter_combo.activated.connect(lambda _i: self.reread())
        self.header_check.toggled.connect(lambda _on: self.reread())
        self.date_combo.activated.connect(lambda _i: self._mapping_edited())
        self.template_combo.activated.connect(lambda _i: self._template_chosen())
        self.save_template_button.clicked.connect(self.save_template)
        self.delete_template_button.clicked.connect(self.delete_template)
        self._fill_templates()

    # --- reading the file -------------------------------------------------------------------

    def start(self) -> None:
        """Read the file's layout (detected encoding, delimiter and header row) and preview it."""
        self._inspect(None, None, None)

    def reread(self) -> None:
        """Read the layout again with the encoding and delimiter now chosen."""
        if not self._alive:
            return
        encoding = self.encoding_combo.currentText().strip() or None
        delimiter = self.delimiter_combo.currentData()
        has_header = self.header_check.isChecked()
        layout = self._layout
        if layout is not None and (encoding, delimiter, has_header) == (
            layout.encoding,
            layout.delimiter,
            layout.has_header,
        ):
            return
        self._inspect(encoding, delimiter, has_header)

    def _inspect(
        self, encoding: str | None, delimiter: str | None, has_header: bool | None
    ) -> None:
        interchange, path = self._interchange, self._path
        self._begin("csv-inspect", self.tr("Reading “{file}”…").format(file=path.name))
        self._runner.run(
            lambda: interchange.inspect_csv(
                path, encoding=encoding, delimiter=delimiter, has_header=has_header
            ),
            self._inspected,
            self._inspect_failed,
            key="csv-inspect",
        )

    def _inspected(self, layout: CsvLayout) -> None:
        if not self._alive:
            return
        self._end("csv-inspect")
        previous = self.mapping().columns if self._layout is not None else {}
        kept = {h: t for h, t in previous.items() if h in layout.header}
        self._layout = layout
        self._first = False
        with QSignalBlocker(self.encoding_combo):
            index = self.encoding_combo.findText(layout.encoding, Qt.MatchFlag.MatchFixedString)
            if index < 0:
                self.encoding_combo.insertItem(0, layout.encoding)
                index = 0
            self.encoding_combo.setCurrentIndex(index)
        with QSignalBlocker(self.delimiter_combo):
            index = self.delimiter_combo.findData(layout.delimiter)
            if index < 0:
                self.delimiter_combo.addItem(repr(layout.delimiter), layout.delimiter)
                index = self.delimiter_combo.count() - 1
            self.delimiter_combo.setCurrentIndex(index)
        with QSignalBlocker(self.header_check):
            self.header_check.setChecked(layout.has_header)
        with QSignalBlocker(self.date_combo):
            self.date_combo.setCurrentIndex(
                max(self.date_combo.findData(layout.mapping.date_order), 0)
            )
        self.layout_label.setText(self.layout_text(layout))
        columns = dict(layout.mapping.columns)
        if kept:
            columns = {h: kept.get(h, columns.get(h, "")) for h in layout.header}
            columns = {h: t for h, t in columns.items() if t}
        self._show_columns(layout.header, columns)
        self._show_message("\n".join(layout.warnings), WARNING_COLOR)
        with QSignalBlocker(self.template_combo):
            self.template_combo.setItemText(0, self._guessed_text(layout))
        self._mapping_edited(at_once=True)

    def _inspect_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self._end("csv-inspect")
        message = str(error) if isinstance(error, FileRejectedError) else self._unexpected(error)
        if self._first:
            self.rejected.emit(message)
            return
        self._layout = None
        self.layout_label.setText(self.tr("— (the file cannot be read like this)"))
        self._show_columns((), {})
        self.preview_model.show(None)
        self._show_message(message, ERROR_COLOR)
        self.ready_changed.emit(False)

    def layout_text(self, layout: CsvLayout) -> str:
        names = {
            "outlook": self.tr("an Outlook export"),
            "google": self.tr("a Google Contacts export"),
            "thunderbird": self.tr("a Thunderbird export"),
            "plain": self.tr("a spreadsheet with known column names"),
            "unknown": self.tr("unknown columns: choose the field of each"),
        }
        kind = names.get(layout.layout, layout.layout)
        if not layout.has_header:
            kind = self.tr("no header row: choose the field of each column by its position")
        return self.tr("{kind} — %Ln columns", "", len(layout.header)).format(kind=kind)

    def _guessed_text(self, layout: CsvLayout) -> str:
        if layout.layout in ("outlook", "google", "thunderbird"):
            return self.tr("Detected: {layout}").format(layout=layout.layout.capitalize())
        return self.tr("Detected mapping")

    def _unexpected(self, error: BaseException) -> str:
        return self.tr("The file could not be read: {error}").format(error=error)

    # --- the columns ------------------------------------------------------------------------

    def _show_columns(self, header: Sequence[str], columns: dict[str, str]) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos = []
        self._samples = []
        titles = (self.tr("Column in the file"), self.tr("First value"), self.tr("Import as"))
        for column, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            self.columns_grid.addWidget(label, 0, column)
        previous: QWidget | None = None
        for i, name in enumerate(header, start=1):
            label = QLabel(name or self.tr("(no name)"))
            label.setObjectName("csvColumnName")
            sample = QLabel()
            sample.setObjectName("csvColumnSample")
            sample.setEnabled(False)
            sample.setMinimumWidth(60)
            combo = QComboBox()
            combo.setObjectName("csvTarget")
            combo.setAccessibleName(self.tr("Import “{column}” as").format(column=name))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            fill_target_combo(combo)
            target = columns.get(name)
            combo.setCurrentIndex(max(combo.findData(target), 0) if target else 0)
            combo.activated.connect(lambda _i: self._target_changed())
            label.setBuddy(combo)
            self.columns_grid.addWidget(label, i, 0)
            self.columns_grid.addWidget(sample, i, 1)
            self.columns_grid.addWidget(combo, i, 2)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
            self._combos.append(combo)
            self._samples.append(sample)
        self.columns_grid.setRowStretch(len(header) + 1, 1)
        self._mark_columns()

    def target_combo(self, header: str) -> QComboBox:
        """The combo choosing the target of the column ``header`` (the first of that name)."""
        assert self._layout is not None
        return self._combos[self._layout.header.index(header)]

    def mapping(self) -> CsvMapping:
        """The mapping as chosen now."""
        columns: dict[str, str] = {}
        header = self._layout.header if self._layout is not None else ()
        for name, combo in zip(header, self._combos, strict=False):
            target = combo.currentData()
            if target:
                columns[name] = str(target)
        return CsvMapping(columns, str(self.date_combo.currentData() or "DMY"))

    def options(self) -> dict[str, Any]:
        """What :meth:`Interchange.read_file` needs besides the path."""
        return {
            "encoding": self._layout.encoding if self._layout is not None else None,
            "delimiter": self._layout.delimiter if self._layout is not None else None,
            "has_header": self._layout.has_header if self._layout is not None else None,
            "mapping": self.mapping(),
        }

    def is_ready(self) -> bool:
        return self._layout is not None and bool(self.mapping().columns) and not self._pending

    def _target_changed(self) -> None:
        self._mapping_edited()

    def _mapping_edited(self, *, at_once: bool = False) -> None:
        self._mark_columns()
        ready = self.is_ready()
        if self._layout is not None and not self.mapping().columns:
            self._show_message(
                self.tr("Choose the field of at least one column to import."), ERROR_COLOR
            )
            self.preview_model.show(None)
        elif self.message.property("kind") == "mapping":
            self._show_message("", None)
        self.ready_changed.emit(ready)
        if self.mapping().columns:
            if at_once:
                self.refresh_preview()
            else:
                self._preview_timer.start()

    def _mark_columns(self) -> None:
        counts: dict[str, int] = {}
        for combo in self._combos:
            target = combo.currentData()
            if target:
                counts[str(target)] = counts.get(str(target), 0) + 1
        for combo in self._combos:
            target = combo.currentData()
            shared = bool(target) and counts.get(str(target), 0) > 1 and "." not in str(target)
            combo.setToolTip(
                self.tr("Several columns go into this field: the first value is kept")
                if shared
                else ""
            )

    # --- preview ----------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        self._preview_due = False
        if self._layout is None or not self._alive:
            return
        mapping = self.mapping()
        if not mapping.columns:
            return
        interchange, path, layout = self._interchange, self._path, self._layout
        self._begin("csv-preview", self.tr("Checking the first rows…"))
        self._runner.run(
            lambda: interchange.preview_csv(
                path,
                mapping,
                PREVIEW_ROWS,
                encoding=layout.encoding,
                delimiter=layout.delimiter,
                has_header=layout.has_header,
            ),
            self._previewed,
            self._preview_failed,
            key="csv-preview",
        )

    def hold_preview(self) -> None:
        """The dry run takes over: a preview that was due is made when the columns come back."""
        self._preview_due = self._preview_due or self._preview_timer.isActive()
        self._preview_timer.stop()

    def resume_preview(self) -> None:
        """The columns are shown again: make the preview held back while they were not."""
        if self._preview_due:
            self._preview_due = False
            self.refresh_preview()

    def _previewed(self, preview: CsvPreview) -> None:
        if not self._alive:
            return
        self._end("csv-preview")
        self.preview_model.show(preview)
        first = preview.rows[0].cells if preview.rows else ()
        for i, sample in enumerate(self._samples):
            value = first[i] if i < len(first) else ""
            value = value.replace("\n", " ").strip()
            sample.setText(sample.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, 220))
            sample.setToolTip(value)
        header = self.preview_table.horizontalHeader()
        header.resizeSection(PreviewModel.ROW, 64)
        header.resizeSection(PreviewModel.CONTACT, 170)
        header.resizeSection(PreviewModel.RESULT, 250)
        if self.message.property("kind") == "preview":
            self._show_message("", None)
        self.ready_changed.emit(self.is_ready())

    def _preview_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self._end("csv-preview")
        message = str(error) if isinstance(error, FileRejectedError) else self._unexpected(error)
        self.preview_model.show(None)
        self._show_message(message, ERROR_COLOR, kind="preview")
        self.ready_changed.emit(self.is_ready())

    # --- templates --------------------------------------------------------------------------

    def _fill_templates(self, select: str | None = None) -> None:
        with QSignalBlocker(self.template_combo):
            first = self.template_combo.itemText(0) if self.template_combo.count() else ""
            self.template_combo.clear()
            self.template_combo.addItem(first or self.tr("Detected mapping"), None)
            for name in self._interchange.templates.names():
                self.template_combo.addItem(name, name)
            index = self.template_combo.findData(select) if select else 0
            self.template_combo.setCurrentIndex(max(index, 0))
        self.delete_template_button.setEnabled(bool(self.template_combo.currentData()))

    def _template_chosen(self) -> None:
        name = self.template_combo.currentData()
        self.delete_template_button.setEnabled(bool(name))
        if self._layout is None:
            return
        if not name:
            mapping = self._layout.mapping
        else:
            try:
                mapping = self._interchange.templates.load(str(name))
            except TemplateError as exc:
                self._show_message(str(exc), ERROR_COLOR)
                return
        self.apply_mapping(mapping)

    def apply_mapping(self, mapping: CsvMapping) -> None:
        """Show ``mapping``'s targets (columns it does not name are not imported)."""
        if self._layout is None:
            return
        for name, combo in zip(self._layout.header, self._combos, strict=False):
            target = mapping.columns.get(name)
            combo.setCurrentIndex(max(combo.findData(target), 0) if target else 0)
        with QSignalBlocker(self.date_combo):
            self.date_combo.setCurrentIndex(max(self.date_combo.findData(mapping.date_order), 0))
        self._mapping_edited(at_once=True)

    def save_template(self) -> None:
        mapping = self.mapping()
        if not mapping.columns:
            return
        ask: Callable[[str, str], tuple[str, bool]] = lambda label, text: QInputDialog.getText(  # noqa: E731
            self, self.tr("Save mapping template"), label, QLineEdit.EchoMode.Normal, text
        )
        label = self.tr("Name of the template (e.g. “Outlook from the sales team”):")
        text = str(self.template_combo.currentData() or "")
        while True:
            text, ok = ask(label, text)
            if not ok or not text.strip():
                return
            if text.strip() in self._interchange.templates.names():
                answer = QMessageBox.question(
                    self,
                    self.tr("Save mapping template"),
                    self.tr("Replace the template “{name}”?").format(name=text.strip()),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    continue
            try:
                self._interchange.templates.save(text, mapping)
            except (TemplateError, OSError) as exc:
                label = f"{exc}\n\n" + self.tr("Name of the template:")
                continue
            self._fill_templates(select=text.strip())
            self._show_message(
                self.tr("Saved the template “{name}”.").format(name=text.strip()), None
            )
            return

    def delete_template(self) -> None:
        name = self.template_combo.currentData()
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete mapping template"),
            self.tr("Delete the template “{name}”? The mapping on screen stays.").format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._interchange.templates.delete(str(name))
        except (TemplateError, OSError) as exc:
            self._show_message(str(exc), ERROR_COLOR)
            return
        self._fill_templates()

    # --- state ----------------------------------------------------------------------------

    def _begin(self, key: str, text: str) -> None:
        """Work of ``key`` started (a newer one of the same key replaces the older)."""
        self._pending.add(key)
        self.busy.start(text)
        self.busy_changed.emit(True)

    def _end(self, key: str) -> None:
        self._pending.discard(key)
        if not self._pending:
            self.busy.stop()
        self.busy_changed.emit(bool(self._pending))

    def is_busy(self) -> bool:
        return bool(self._pending)

    def _show_message(self, text: str, color: str | None, *, kind: str = "mapping") -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind if text else None)
        self.message.setStyleSheet(f"color: {color};" if color else "")
        self.message.setVisible(bool(text))

    def close_down(self) -> None:
        """The dialog is closing: results still on their way are dropped."""
        self._alive = False
        self._preview_timer.stop()


__all__ = ["CsvMappingPage", "PreviewModel", "columns_of", "fill_target_combo", "target_label"]
