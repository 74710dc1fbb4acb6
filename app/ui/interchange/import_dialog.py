"""The import dialog: (for CSV) map the columns, look at the dry run, then import as one step.

The steps are pages of one window-modal dialog, with Back and Next:

1. *Columns* (CSV only): :class:`~app.ui.interchange.csv_mapping.CsvMappingPage`.
2. *Dry run*: :class:`~app.ui.interchange.plan_page.PlanPage`: reading the whole file and
   planning it run on a worker while a busy bar turns.
3. *Import* applies the plan on a worker (:meth:`Interchange.apply_import
   <app.services.interchange.Interchange.apply_import>`: one transaction, one undo step) and
   closes the dialog; :attr:`ImportDialog.imported` carries the result.

A file the service refuses (too big, too many rows, an encoding it cannot be read in) shows
the service's message on its own page and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.interchange import (
    FileFormat,
    FileRejectedError,
    ImportOutdatedError,
    ImportPlan,
    ImportResult,
    Interchange,
    format_of,
)
from app.ui.busy import BusyIndicator
from app.ui.editors.marking import ERROR_COLOR
from app.ui.interchange.csv_mapping import CsvMappingPage
from app.ui.interchange.plan_page import PlanPage
from app.ui.screen_fit import fit_to_screen
from app.ui.tasks import TaskRunner

PLAN_KEY: Final = "import-plan"
APPLY_KEY: Final = "import-apply"


class ImportDialog(QDialog):
    """Imports one file (see the module docstring); call :meth:`start` after showing it."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        interchange: Interchange,
        runner: TaskRunner,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts — {file}").format(file=path.name))
        self._interchange = interchange
        self._runner = runner
        self.path = path
        self.format = format_of(path)
        self.plan: ImportPlan | None = None
        self._alive = True
        self._applying = False
        self._planning = False
        self._read_options: dict[str, Any] = {}
        self.mapping_page: CsvMappingPage | None = None
        self._build()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.step_label = QLabel()
        self.step_label.setObjectName("importStep")
        font = self.step_label.font()
        font.setBold(True)
        self.step_label.setFont(font)
        self.stack = QStackedWidget()
        if self.format is FileFormat.CSV:
            self.mapping_page = CsvMappingPage(self._interchange, self._runner, self.path)
            self.mapping_page.ready_changed.connect(lambda _ready: self._sync_buttons())
            self.mapping_page.busy_changed.connect(lambda _busy: self._sync_buttons())
            self.mapping_page.rejected.connect(self._show_rejected)
            self.stack.addWidget(self.mapping_page)
        self.plan_page = PlanPage()
        self.stack.addWidget(self.plan_page)
        self.error_page = QWidget()
        self.error_page.setObjectName("importRefused")
        self.error_icon = QLabel()
        self.error_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32)
        )
        self.error_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.error_title = QLabel(self.tr("This file cannot be imported"))
        title_font = self.error_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.error_title.setFont(title_font)
        self.error_label = QLabel()
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_hint = QLabel(self.tr("Nothing was changed in your contacts."))
        texts = QVBoxLayout()
        texts.addWidget(self.error_title)
        texts.addWidget(self.error_label)
        texts.addWidget(self.error_hint)
        texts.addStretch(1)
        error_layout = QHBoxLayout(self.error_page)
        error_layout.addWidget(self.error_icon)
        error_layout.addLayout(texts, 1)
        self.stack.addWidget(self.error_page)

        self.apply_message = QLabel()
        self.apply_message.setObjectName("importMessage")
        self.apply_message.setWordWrap(True)
        self.apply_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.apply_message.setVisible(False)
        self.busy = BusyIndicator()

        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("importBack")
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("importNext")
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importApply")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("importCancel")
        for button in (self.back_button, self.next_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.apply_message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.plan_import)
        self.import_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        fit_to_screen(self, 1000, 680)

    # --- steps --------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin: read a CSV file's columns, or plan a vCard file at once."""
        if self.mapping_page is not None:
            self.stack.setCurrentWidget(self.mapping_page)
            self.mapping_page.start()
            self._sync_buttons()
            self.mapping_page.encoding_combo.setFocus()
        else:
            self.plan_import()

    def back(self) -> None:
        if self.mapping_page is None or self._busy():
            return
        self.apply_message.setVisible(False)
        self.stack.setCurrentWidget(self.mapping_page)
        self.mapping_page.resume_preview()
        self._sync_buttons()

    def plan_import(self) -> None:
        """Read the whole file (with the chosen mapping) and make the dry run, on a worker."""
        if self._busy():
            return
        if self.mapping_page is not None:
            if not self.mapping_page.is_ready():
                return
            self._read_options = self.mapping_page.options()
            self.mapping_page.hold_preview()
        interchange, path, fmt = self._interchange, self.path, self.format
        options = dict(self._read_options)

        def work() -> ImportPlan:
            return interchange.plan_import(interchange.read_file(path, fmt, **options))

        self._planning = True
        self.busy.start(
            self.tr("Reading “{file}” and comparing it with your contacts…").format(file=path.name)
        )
        self._sync_buttons()
        self._runner.run(work, self._planned, self._plan_failed, key=PLAN_KEY)

    def _planned(self, plan: ImportPlan) -> None:
        if not self._alive:
            return
        self._planning = False
        self.busy.stop()
        self.plan = plan
        self.plan_page.show_plan(plan)
        self.stack.setCurrentWidget(self.plan_page)
        self._sync_buttons()
        if plan.changes_anything:
            self.import_button.setFocus()
        else:
            self.cancel_button.setFocus()

    def _plan_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self._planning = False
        self.busy.stop()
        self._show_rejected(self._message(error))

    def _show_rejected(self, message: str) -> None:
        self.error_label.setText(message)
        self.stack.setCurrentWidget(self.error_page)
        self._sync_buttons()
        self.cancel_button.setFocus()

    def apply(self) -> None:
        """Import: write the plan as one step, on a worker; closes the dialog when done."""
        plan = self.plan
        if plan is None or not plan.changes_anything or self._busy():
            return
        interchange = self._interchange
        self._applying = True
        self.apply_message.setVisible(False)
        self.busy.start(self.tr("Importing…"))
        self._sync_buttons()
        self._runner.run(
            lambda: interchange.apply_import(plan), self._applied, self._apply_failed, key=APPLY_KEY
        )

    def _applied(self, result: ImportResult) -> None:
        self._applying = False
        self.busy.stop()
        self.imported.emit(result)
        if self._alive:
            self.accept()

    def _apply_failed(self, error: BaseException) -> None:
        self._applying = False
        if not self._alive:
            return
        self.busy.stop()
        if isinstance(error, ImportOutdatedError):
            # The book changed since the dry run: nothing was written; plan again.
            self.apply_message.setText(
                str(error) + " " + self.tr("The dry run below has been made again.")
            )
            self.apply_message.setVisible(True)
            self.plan_import()
            return
        self.apply_message.setText(self.tr("Nothing was imported: {error}").format(error=error))
        self.apply_message.setVisible(True)
        self._sync_buttons()

    def _message(self, error: BaseException) -> str:
        if isinstance(error, FileRejectedError):
            return str(error)
        return self.tr("The file could not be read: {error}").format(error=error)

    # --- state --------------------------------------------------------------------------------

    def _busy(self) -> bool:
        # The columns' own work (reading, previewing) matters only while they are shown: a
        # preview finishing behind the dry run must not hold up Import or Back.
        mapping_busy = (
            self.mapping_page is not None
            and self.stack.currentWidget() is self.mapping_page
            and self.mapping_page.is_busy()
        )
        return self._planning or self._applying or mapping_busy

    def current_step(self) -> str:
        """ "columns", "plan" or "refused" (for tests and the step title)."""
        page = self.stack.currentWidget()
        if page is self.mapping_page:
            return "columns"
        if page is self.plan_page:
            return "plan"
        return "refused"

    def _sync_buttons(self) -> None:
        if not self._alive:
            return
        step = self.current_step()
        busy = self._busy()
        csv = self.mapping_page is not None
        on_plan = step == "plan" and self.plan is not None
        self.back_button.setVisible(csv)
        self.back_button.setEnabled(csv and step != "columns" and not busy)
        self.next_button.setVisible(step == "columns")
        self.next_button.setEnabled(
            step == "columns" and self.mapping_page is not None and self.mapping_page.is_ready()
        )
        self.import_button.setVisible(step != "columns")
        self.import_button.setEnabled(
            on_plan and not busy and self.plan is not None and self.plan.changes_anything
        )
        self.cancel_button.setEnabled(not self._applying)
        changes = on_plan and self.plan is not None and self.plan.changes_anything
        self.cancel_button.setText(
            self.tr("Cancel") if step == "columns" or changes else self.tr("Close")
        )
        default = self.next_button if step == "columns" else self.import_button
        if not default.isEnabled():
            default = self.cancel_button
        for button in (self.next_button, self.import_button, self.cancel_button):
            button.setDefault(button is default)
        titles = {
            "columns": self.tr("Step 1 of 2: which column goes into which field"),
            "plan": self.tr("Step 2 of 2: what the import will do")
            if csv
            else self.tr("What the import will do"),
            "refused": self.tr("The file was refused"),
        }
        self.step_label.setText(titles[step])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter means the default button (Next or Import), never a button in between.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(self.focusWidget(), QLineEdit):
                return  # Enter in the encoding or the filter field only applies that field
            for button in (self.next_button, self.import_button, self.cancel_button):
                if button.isDefault() and button.isVisible() and button.isEnabled():
                    button.click()
                    return
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._applying:
            return  # the import finishes first; it is one transaction either way
        super().reject()

    def done(self, result: int) -> None:
        if self._applying:
            return
        self._alive = False
        if self.mapping_page is not None:
            self.mapping_page.close_down()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._applying:
            event.ignore()
            return
        super().closeEvent(event)


__all__ = ["ImportDialog"]
