"""Printing plugged into the main window: File → Print… (Ctrl+P).

:class:`PrintingUi` adds the menu entry and opens the
:class:`~app.ui.printing.dialog.PrintDialog` for the contacts selected in People or
Organizations (or every contact that list shows).  The window itself knows nothing about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.services.directory import ContactQuery
from app.services.printing import PrintMaterial
from app.ui.contact_table_model import ContactIdRole
from app.ui.main_window import MainWindow
from app.ui.printing.dialog import PrintDialog


class PrintingUi(QObject):
    """File → Print… in ``window``; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("printingUi")
        self.window = window
        self.material = PrintMaterial(window.services.db)
        self.dialog: PrintDialog | None = None
        self.action = QAction(self.tr("&Print…"), window)
        self.action.setObjectName("printAction")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        window.addAction(self.action)
        window.file_menu.insertAction(window.quit_action, self.action)
        window.file_menu.insertSeparator(window.quit_action)

    def open_dialog(self) -> PrintDialog:
        """The print dialog for the selection of the contact list on screen (or People)."""
        page = self.window.current_contacts_page() or self.window.people
        table = page.list_view.table
        selected = [
            str(index.data(ContactIdRole))
            for index in table.selectionModel().selectedRows()
            if index.data(ContactIdRole)
        ]
        query: ContactQuery = page.list_view.model.query()
        if self.dialog is not None:
            self.dialog.close()
        dialog = PrintDialog(self.material, selected, query, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog


__all__ = ["PrintDialog", "PrintingUi"]
