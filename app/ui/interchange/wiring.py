"""Import and export plugged into the main window: File → Import… (Ctrl+I) and Export… (Ctrl+E).

:class:`InterchangeUi` adds the two actions to the File menu, opens the
:class:`~app.ui.interchange.import_dialog.ImportDialog` for a chosen file (or a file given on
the command line, or one macOS asks Kontor to open) and the
:class:`~app.ui.interchange.export_dialog.ExportDialog` for the contact table on screen, and
tells the window when an import changed contacts.  The window knows nothing about either.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QFileOpenEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.services.directory import ContactQuery
from app.services.interchange import ImportResult
from app.ui.contact_table_model import ContactIdRole
from app.ui.contacts_page import ContactsPage
from app.ui.interchange.export_dialog import (
    ExportChoice,
    ExportDialog,
    last_folder,
    remember_folder,
)
from app.ui.interchange.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner


class InterchangeUi(QObject):
    """File → Import… / Export… in ``window``; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("interchangeUi")
        self.window = window
        self.interchange = window.services.interchange
        # Imports and exports may take a while: their own worker, so searches never wait.
        self.runner = TaskRunner(self, max_threads=1)
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._add_actions()
        window.closing.connect(self._closing)
        app = QApplication.instance()
        self._filtering = sys.platform == "darwin" and app is not None
        if self._filtering and app is not None:
            app.installEventFilter(self)

    def _add_actions(self) -> None:
        window = self.window
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import contacts from a vCard or CSV file"))
        self.import_action.triggered.connect(lambda _checked=False: self.import_file())
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("Export contacts as vCard or CSV"))
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        for action in (self.import_action, self.export_action):
            window.addAction(action)
        menu = window.file_menu
        menu.insertActions(window.quit_action, [self.import_action, self.export_action])
        menu.insertSeparator(window.quit_action)

    # --- import -------------------------------------------------------------------------------

    def import_file(self, path: Path | str | None = None) -> ImportDialog | None:
        """The import dialog for ``path``; without one, the user picks a file first."""
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return self.import_dialog
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import contacts"),
                str(last_folder()),
                self.tr(
                    "Contacts (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;"
                    "CSV files (*.csv *.txt);;All files (*)"
                ),
            )
            if not chosen:
                return None
            path = chosen
        file = Path(path)
        remember_folder(file)
        dialog = ImportDialog(self.interchange, self.runner, file, self.window)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def import_later(self, path: Path | str) -> None:
        """Open the import dialog for ``path`` once the window is on screen (command line)."""
        QTimer.singleShot(0, lambda: self.import_file(path))

    def _import_closed(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()

    def _imported(self, result: ImportResult) -> None:
        parts = [
            self.tr("%Ln created", "", len(result.created)),
            self.tr("%Ln updated", "", len(result.updated)),
        ]
        if result.skipped:
            parts.append(self.tr("%Ln skipped", "", len(result.skipped)))
        note = self.tr("Imported: {counts}.").format(counts=", ".join(parts))
        if result.undoable:
            note += " " + self.tr("Edit → Undo (Ctrl+Z) takes the import back.")
        self.window.changed_elsewhere(note)

    # --- export -------------------------------------------------------------------------------

    def export(self) -> ExportDialog | None:
        """The export dialog for the contact table on screen (People when another section is)."""
        if self.export_dialog is not None:
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        page = self.window.current_contacts_page() or self.window.people
        dialog = ExportDialog(self.interchange, self.runner, self.choice_of(page), self.window)
        dialog.exported.connect(lambda text: self.window.statusBar().showMessage(text, 15_000))
        dialog.finished.connect(lambda _result: self._export_closed(dialog))
        self.export_dialog = dialog
        directory = self.window.services.directory
        self.window.runner.run(
            lambda: directory.count(ContactQuery()),
            lambda total: dialog.set_total(int(total)) if self.export_dialog is dialog else None,
            key="export-total",
        )
        dialog.open()
        return dialog

    def choice_of(self, page: ContactsPage) -> ExportChoice:
        """What the table of ``page`` shows (its query, as on screen) and which rows are
        selected."""
        table = page.list_view.table
        model = page.list_view.model
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        shown = model.rowCount()
        what = "people" if page is self.window.people else "organizations"
        if rows and len(rows) >= shown:
            # Every row (Ctrl+A): the table's query says it without reading each row's id.
            return ExportChoice(model.query(), shown, what, None, len(rows))
        selected = [model.index(row, 0).data(ContactIdRole) for row in rows]
        ids = tuple(str(contact_id) for contact_id in selected if contact_id)
        return ExportChoice(model.query(), shown, what, ids, len(ids))

    def _export_closed(self, dialog: ExportDialog) -> None:
        if self.export_dialog is dialog:
            self.export_dialog = None
        dialog.deleteLater()

    # --- the window -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # macOS opens a double-clicked .vcf with a FileOpen event, not a command-line argument.
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            file = event.file()
            if file:
                self.window.raise_()
                self.import_later(file)
                return True
        return super().eventFilter(watched, event)

    def _closing(self) -> None:
        app = QApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        for dialog in (self.import_dialog, self.export_dialog):
            if isinstance(dialog, QWidget):
                dialog.close()
        self.runner.wait(10_000)


__all__ = ["InterchangeUi"]
