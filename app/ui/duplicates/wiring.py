"""Duplicates plugged into the main window: the editor's warning, the section, the merge dialog.

:class:`DuplicatesUi` adds the *Duplicates* section
(:class:`~app.ui.duplicates.page.DuplicatesPage`), puts a
:class:`~app.ui.duplicates.banner.DuplicateWatcher` on the People and Organizations editors,
and opens the :class:`~app.ui.duplicates.merge_dialog.MergeDialog` for a pair from either.
After a merge the window reloads, the survivor opens and Edit → Undo takes the merge back.
The window itself knows nothing about duplicates.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.models import AnyContact
from app.ui.contacts_page import ContactsPage
from app.ui.duplicates.banner import DuplicateWatcher
from app.ui.duplicates.merge_dialog import MergeDialog
from app.ui.duplicates.page import DuplicatesPage
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner

DUPLICATES_KEY = "duplicates"


class DuplicatesUi(QObject):
    """Everything about duplicates in ``window``; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("duplicatesUi")
        self.window = window
        self.finder = window.services.duplicates
        # Scans and merges have their own worker: a long scan never holds up a search.
        self.runner = TaskRunner(self, max_threads=1)
        self.merge_dialog: MergeDialog | None = None
        self.page = DuplicatesPage(self.finder, window.services.directory, self.runner)
        window.add_section(DUPLICATES_KEY, self.page)
        self.page.open_contact.connect(window.open_contact)
        self.page.merge_requested.connect(self.open_merge)
        self.watchers: dict[ContactsPage, DuplicateWatcher] = {}
        for page in window.contact_pages:
            watcher = DuplicateWatcher(
                page.editor, self.finder, window.runner, f"similar-{page.kind.value}", self
            )
            watcher.open_requested.connect(lambda contact_id, p=page: self.open_from(p, contact_id))
            watcher.merge_requested.connect(
                lambda contact_id, p=page: self.merge_from(p, contact_id)
            )
            self.watchers[page] = watcher
        window.closing.connect(self._closing)

    # --- from the editor's banner -------------------------------------------------------------

    def open_from(self, page: ContactsPage, contact_id: str) -> None:
        """Show the existing contact (asking first about unsaved changes in ``page``)."""
        if page.confirm_leave():
            self.window.open_contact(contact_id)

    def merge_from(self, page: ContactsPage, existing_id: str) -> None:
        """Merge the contact in ``page``'s editor with ``existing_id``; it is saved first."""
        editor = page.editor
        if editor.is_dirty() or editor.is_new():
            name = editor.draft().name or self.tr("the new contact")
            answer = QMessageBox.question(
                self.window,
                self.tr("Merge contacts"),
                self.tr(
                    "Only saved contacts can be merged. Save “{name}” now, then choose what "
                    "to keep of both?"
                ).format(name=name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save or not page.save():
                return
        self.open_merge(existing_id, editor.draft().id)

    # --- merging ------------------------------------------------------------------------------

    def open_merge(self, survivor_id: str, other_id: str) -> MergeDialog | None:
        """The merge dialog for the two contacts (``survivor_id`` is preset to stay)."""
        if self.merge_dialog is not None:
            self.merge_dialog.raise_()
            self.merge_dialog.activateWindow()
            return self.merge_dialog
        if not self._editors_agree({survivor_id, other_id}):
            return None
        dialog = MergeDialog(self.finder, self.runner, survivor_id, other_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda contact, d=dialog: self._merged(contact, d.other_id))
        dialog.finished.connect(lambda _r, d=dialog: self._merge_closed(d))
        self.merge_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _editors_agree(self, contact_ids: set[str]) -> bool:
        """Unsaved changes to either contact are saved or thrown away first (or no merge)."""
        for page in self.window.contact_pages:
            editor = page.editor
            if editor.is_dirty() and editor.draft().id in contact_ids:
                self.window.select_section(
                    "people" if page is self.window.people else "organizations"
                )
                if not page.confirm_leave():
                    return False
        return True

    def _merged(self, survivor: AnyContact, other_id: str) -> None:
        self.page.remove_contacts({other_id})
        note = self.tr("Merged into “{name}”. Edit → Undo (Ctrl+Z) takes the merge back.").format(
            name=survivor.name
        )
        self.window.open_contact(survivor.id)
        self.window.changed_elsewhere(note)

    def _merge_closed(self, dialog: MergeDialog) -> None:
        if self.merge_dialog is dialog:
            self.merge_dialog = None

    def _closing(self) -> None:
        if self.merge_dialog is not None:
            self.merge_dialog.close()
        self.page.shutdown()
        self.runner.wait(10_000)


__all__ = ["DUPLICATES_KEY", "DuplicatesUi"]
