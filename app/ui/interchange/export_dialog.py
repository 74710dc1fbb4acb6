"""The export dialog: vCard 4.0 or CSV, of the contacts on screen, the selected ones or all.

What is exported is decided by the caller (:class:`ExportChoice`): the query of the contact
table on screen (its search, filters and order — what the user sees), the selected rows, or
every contact.  vCard goes into one file or one file per contact in a folder; CSV has a
checkable, orderable list of columns (:data:`~app.services.interchange.EXPORT_COLUMNS`) and a
"for Excel" option.  The export runs on a worker and the dialog then says where it wrote and
how many; :attr:`ExportDialog.exported` carries a line for the status bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import ContactQuery
from app.services.interchange import (
    DEFAULT_COLUMNS,
    EXPORT_COLUMNS,
    ExportResult,
    Interchange,
)
from app.ui.busy import BusyIndicator
from app.ui.editors.marking import ERROR_COLOR
from app.ui.interchange.common import OK_COLOR
from app.ui.main_window import kontor_settings
from app.ui.pages.common import number_text
from app.ui.screen_fit import fit_to_screen
from app.ui.tasks import TaskRunner

EXPORT_KEY: Final = "export"
_COLUMNS_KEY: Final = "export/csv_columns"
_EXCEL_KEY: Final = "export/excel"
_FORMAT_KEY: Final = "export/format"
_FOLDER_KEY: Final = "interchange/folder"
ColumnKeyRole: Final = Qt.ItemDataRole.UserRole + 1

SHOWN, SELECTED, ALL = "shown", "selected", "all"
VCARD, CSV = "vcf", "csv"


@dataclass(frozen=True)
class ExportChoice:
    """What the user may export: the table's query and how many it shows, the selected ids."""

    query: ContactQuery
    shown: int
    what: str  # "people" / "organizations", for the labels
    # The selected contacts in the table's order; None when every row is selected.
    selected: Sequence[str] | None = ()
    selected_count: int = 0


def last_folder() -> Path:
    value = kontor_settings().value(_FOLDER_KEY, "")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    kontor_settings().setValue(_FOLDER_KEY, str(path if path.is_dir() else path.parent))


def column_header(key: str) -> str:
    return QCoreApplication.translate("ExportColumns", EXPORT_COLUMNS[key].header)


class ExportDialog(QDialog):
    """Chooses format, columns and contacts, asks where, and exports on a worker."""

    exported = Signal(str)  # a line for the status bar

    def __init__(
        self,
        interchange: Interchange,
        runner: TaskRunner,
        choice: ExportChoice,
        parent: QWidget | None = None,
        *,
        total: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self._interchange = interchange
        self._runner = runner
        self.choice = choice
        self._alive = True
        self._running = False
        self.export_result: ExportResult | None = None
        self._target: Path | None = None
        self._build()
        self._restore()
        self.set_total(total)
        self._sync()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.vcard_radio = QRadioButton(self.tr("&vCard 4.0 (.vcf) — for address books and phones"))
        self.vcard_radio.setObjectName("exportVcard")
        self.csv_radio = QRadioButton(self.tr("&CSV (.csv) — for spreadsheets"))
        self.csv_radio.setObjectName("exportCsv")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.vcard_radio)
        self.format_group.addButton(self.csv_radio)
        self.vcard_radio.setChecked(True)
        format_box = QGroupBox(self.tr("Format"))
        format_layout = QVBoxLayout(format_box)
        format_layout.addWidget(self.vcard_radio)
        format_layout.addWidget(self.csv_radio)

        self.one_file_radio = QRadioButton(self.tr("All contacts in &one file"))
        self.one_file_radio.setObjectName("exportOneFile")
        self.per_contact_radio = QRadioButton(self.tr("One file &per contact, into a folder"))
        self.per_contact_radio.setObjectName("exportPerContact")
        self.one_file_radio.setChecked(True)
        self.vcard_box = QGroupBox(self.tr("vCard files"))
        vcard_layout = QVBoxLayout(self.vcard_box)
        vcard_layout.addWidget(self.one_file_radio)
        vcard_layout.addWidget(self.per_contact_radio)
        vcard_layout.addStretch(1)

        self.columns_list = QListWidget()
        self.columns_list.setObjectName("exportColumns")
        self.columns_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columns_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.columns_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.columns_list.setMinimumWidth(180)
        self.columns_list.setToolTip(
            self.tr("Tick the columns to export; drag them (or use the buttons) to order them")
        )
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("columnUp")
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("columnDown")
        self.default_button = QPushButton(self.tr("&Default columns"))
        self.default_button.setObjectName("columnsDefault")
        self.excel_check = QCheckBox(self.tr("For E&xcel (so that accents show right)"))
        self.excel_check.setObjectName("exportExcel")
        self.excel_check.setToolTip(
            self.tr(
                "Writes a byte-order mark at the start of the file, which Excel needs to read UTF-8"
            )
        )
        for button in (self.up_button, self.down_button, self.default_button):
            button.setAutoDefault(False)
        self.csv_box = QGroupBox(self.tr("CSV columns"))
        csv_layout = QGridLayout(self.csv_box)
        csv_layout.addWidget(self.columns_list, 0, 0, 4, 1)
        csv_layout.addWidget(self.up_button, 0, 1)
        csv_layout.addWidget(self.down_button, 1, 1)
        csv_layout.addWidget(self.default_button, 2, 1)
        csv_layout.addWidget(self.excel_check, 4, 0, 1, 2)
        csv_layout.setRowStretch(3, 1)
        csv_layout.setColumnStretch(0, 1)

        self.shown_radio = QRadioButton()
        self.shown_radio.setObjectName("exportShown")
        self.selected_radio = QRadioButton()
        self.selected_radio.setObjectName("exportSelected")
        self.all_radio = QRadioButton()
        self.all_radio.setObjectName("exportAll")
        self.which_group = QButtonGroup(self)
        for radio in (self.shown_radio, self.selected_radio, self.all_radio):
            self.which_group.addButton(radio)
        which_box = QGroupBox(self.tr("Which contacts"))
        which_layout = QVBoxLayout(which_box)
        for radio in (self.shown_radio, self.selected_radio, self.all_radio):
            which_layout.addWidget(radio)
        selected = self.choice.selected_count
        self.selected_radio.setEnabled(selected > 0)
        if selected > 1:
            self.selected_radio.setChecked(True)
        else:
            self.shown_radio.setChecked(True)
        self.selected_radio.setText(
            self.tr("The &selected rows (%Ln)", "", selected)
            if selected
            else self.tr("The &selected rows (none selected)")
        )
        self.shown_radio.setText(
            self.tr("The {what} shown in the &table ({n}, with its search and filters)").format(
                what=self._what(), n=number_text(self.choice.shown)
            )
        )

        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)
        self.open_folder_button = QPushButton(self.tr("Show &folder"))
        self.open_folder_button.setObjectName("exportShowFolder")
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.setVisible(False)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button)
        self.busy = BusyIndicator()

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportRun")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)

        options = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(format_box)
        left.addWidget(self.vcard_box)
        left.addWidget(which_box)
        left.addStretch(1)
        options.addLayout(left, 1)
        options.addWidget(self.csv_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(options, 1)
        layout.addLayout(result_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.vcard_radio.toggled.connect(lambda _on: self._sync())
        self.columns_list.itemChanged.connect(lambda _item: self._sync())
        self.columns_list.currentRowChanged.connect(lambda _row: self._sync())
        self.up_button.clicked.connect(lambda: self.move_column(-1))
        self.down_button.clicked.connect(lambda: self.move_column(1))
        self.default_button.clicked.connect(lambda: self._fill_columns(list(DEFAULT_COLUMNS)))
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(self._open_folder)
        self._fill_columns(list(DEFAULT_COLUMNS))
        fit_to_screen(self, 780, 520)

    def _what(self) -> str:
        return self.tr("people") if self.choice.what == "people" else self.tr("organizations")

    def set_total(self, total: int | None) -> None:
        """How many contacts the book has (counted on a worker by the caller)."""
        n = "…" if total is None else number_text(total)
        self.all_radio.setText(self.tr("&All contacts, people and organizations ({n})").format(n=n))

    def _fill_columns(self, chosen: list[str]) -> None:
        with QSignalBlocker(self.columns_list):
            self.columns_list.clear()
            order = [*chosen, *(k for k in EXPORT_COLUMNS if k not in chosen)]
            for key in order:
                item = QListWidgetItem(column_header(key))
                item.setData(ColumnKeyRole, key)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
                self.columns_list.addItem(item)
            self.columns_list.setCurrentRow(0)
        self._sync()

    def _restore(self) -> None:
        settings = kontor_settings()
        saved = settings.value(_COLUMNS_KEY)
        if isinstance(saved, str):
            saved = [saved]
        if isinstance(saved, list):
            keys = [str(k) for k in saved if str(k) in EXPORT_COLUMNS]
            if keys:
                self._fill_columns(keys)
        excel = settings.value(_EXCEL_KEY, False)
        self.excel_check.setChecked(str(excel).lower() in ("true", "1"))
        if settings.value(_FORMAT_KEY, VCARD) == CSV:
            self.csv_radio.setChecked(True)

    def _save(self) -> None:
        settings = kontor_settings()
        settings.setValue(_COLUMNS_KEY, self.columns())
        settings.setValue(_EXCEL_KEY, self.excel_check.isChecked())
        settings.setValue(_FORMAT_KEY, self.format())

    # --- choices ----------------------------------------------------------------------------

    def format(self) -> str:
        return VCARD if self.vcard_radio.isChecked() else CSV

    def columns(self) -> list[str]:
        """The ticked columns, in the order of the list."""
        found = []
        for row in range(self.columns_list.count()):
            item = self.columns_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(ColumnKeyRole)))
        return found

    def set_columns(self, keys: Sequence[str]) -> None:
        self._fill_columns(list(keys))

    def which(self) -> str:
        if self.selected_radio.isChecked():
            return SELECTED
        if self.all_radio.isChecked():
            return ALL
        return SHOWN

    def selection(self) -> Sequence[str] | ContactQuery:
        which = self.which()
        if which == SELECTED:
            ids = self.choice.selected
            return self.choice.query if ids is None else list(ids)
        if which == ALL:
            return ContactQuery()
        return self.choice.query

    def move_column(self, step: int) -> None:
        row = self.columns_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns_list.count():
            return
        with QSignalBlocker(self.columns_list):
            item = self.columns_list.takeItem(row)
            self.columns_list.insertItem(target, item)
            self.columns_list.setCurrentRow(target)
        self._sync()

    def _sync(self) -> None:
        csv = not self.vcard_radio.isChecked()
        self.vcard_box.setEnabled(not csv and not self._running)
        self.csv_box.setEnabled(csv and not self._running)
        row = self.columns_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.columns_list.count() - 1)
        ready = not self._running and (not csv or bool(self.columns()))
        self.export_button.setEnabled(ready)
        self.export_button.setToolTip("" if ready or self._running else self.tr("Tick a column"))
        self.close_button.setEnabled(not self._running)

    # --- exporting ----------------------------------------------------------------------------

    def ask_target(self) -> tuple[Path, bool] | None:
        """Where to write (a file, or a folder for one file per contact); None: cancelled."""
        folder = last_folder()
        if self.format() == VCARD and self.per_contact_radio.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Export into folder"), str(folder)
            )
            return (Path(chosen), True) if chosen else None
        if self.format() == VCARD:
            name, wanted = "contacts.vcf", self.tr("vCard files (*.vcf)")
        else:
            name, wanted = "contacts.csv", self.tr("CSV files (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), str(folder / name), wanted
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(Path(name).suffix)
        return path, False

    def export(self) -> None:
        if self._running or not self.export_button.isEnabled():
            return
        target = self.ask_target()
        if target is None:
            return
        path, per_contact = target
        remember_folder(path)
        self._save()
        interchange = self._interchange
        selection = self.selection()
        fmt = self.format()
        columns = self.columns()
        excel = self.excel_check.isChecked()

        def work() -> ExportResult:
            if fmt == VCARD:
                return interchange.export_vcards(path, selection, one_per_contact=per_contact)
            return interchange.export_csv(path, selection, columns, excel=excel)

        self._running = True
        self._target = path
        self.result_label.setVisible(False)
        self.open_folder_button.setVisible(False)
        self.busy.start(self.tr("Exporting to “{path}”…").format(path=path))
        self._sync()
        self._runner.run(work, self._done, self._failed, key=EXPORT_KEY)

    def _done(self, result: ExportResult) -> None:
        self._running = False
        if not self._alive:
            return
        self.busy.stop()
        self.export_result = result
        where = self._target or Path()
        text = self.tr("Exported %Ln contacts to {where}", "", result.count)
        if where.is_dir():
            text = self.tr(
                "Exported %Ln contacts into the folder {where} (one file each)", "", result.count
            )
        text = text.format(where=str(where))
        self.result_label.setText(text + ".")
        self.result_label.setStyleSheet(f"color: {OK_COLOR};")
        self.result_label.setVisible(True)
        self.open_folder_button.setVisible(True)
        self._sync()
        self.close_button.setFocus()
        self.exported.emit(text + ".")

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if not self._alive:
            return
        self.busy.stop()
        self.result_label.setText(self.tr("Nothing was exported: {error}").format(error=error))
        self.result_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.result_label.setVisible(True)
        self._sync()

    def _open_folder(self) -> None:
        target = self._target
        if target is not None:
            folder = target if target.is_dir() else target.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self._running:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._running:
            return
        self._alive = False
        super().done(result)


__all__ = ["ExportChoice", "ExportDialog", "last_folder", "remember_folder"]
