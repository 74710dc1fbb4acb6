"""The People and Organizations sections: the contact list beside the contact editor.

The page is the controller between the two: choosing a row loads that contact into the editor
(asking first when the editor holds unsaved changes), Save hands the editor's draft to the edit
history (validation, journal, undo), Delete moves the contact to the trash.  It never touches
the database itself; every call goes to a service.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter, QVBoxLayout, QWidget

from app.domain.enums import ContactKind
from app.services.registry import Services
from app.ui.contact_list import ContactListView
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.domain.models import AnyContact, IndividualContact, OrganizationContact
    from app.services.contacts import SaveResult
    from app.ui.editors import ContactEditor


class ContactsPage(QWidget):
    """People or organizations: list and editor, with New, Save, Revert and Delete."""

    status_changed = Signal(str)
    history_changed = Signal()

    def __init__(
        self,
        kind: ContactKind,
        services: Services,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._services = services
        self._runner = runner
        self._saving = False
        self.title = (
            self.tr("People") if kind == ContactKind.INDIVIDUAL else self.tr("Organizations")
        )
        self.list_view = ContactListView(
            kind, services.directory, lambda: services.tags, runner, self
        )
        # The editor is made when first asked for (right after the window's first screen):
        # until then an empty widget holds its place.
        self._editor: ContactEditor | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{kind.value}Splitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(QWidget())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 680])  # the editor's forms want about 680 px
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._shown_id: str | None = None
        self.list_view.current_contact_changed.connect(self._on_current_contact)
        self.list_view.result_changed.connect(self._emit_status)

    @property
    def editor(self) -> ContactEditor:
        """The contact editor beside the list (made on first use)."""
        if self._editor is None:
            editor = self._make_editor()
            editor.save_requested.connect(self.save_in_background)
            editor.delete_requested.connect(self.delete_contact)
            editor.new(self.kind)
            placeholder = self.splitter.widget(1)
            self.splitter.replaceWidget(1, editor)
            placeholder.deleteLater()
            self._editor = editor
            QTimer.singleShot(0, lambda: self._fit_editor_tabs(editor))
        return self._editor

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._editor is not None:
            self._fit_editor_tabs(self._editor)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._editor is not None:
            self._fit_editor_tabs(self._editor)

    def _fit_editor_tabs(self, editor: ContactEditor) -> None:
        """Give the editor the width of its tab titles (longer in German and French than in
        English) when the list can spare it, so no tab hides behind the scroll buttons.

        Done when the page is shown or resized, not when the user drags the splitter."""
        if not self.isVisible():
            return
        layout = editor.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        wanted = editor.tabs.tabBar().sizeHint().width() + sides + 4
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or sizes[1] >= wanted or total <= 0:
            return
        spare = total - self.list_view.minimumSizeHint().width()
        width = min(wanted, max(spare, sizes[1]))
        self.splitter.setSizes([total - width, width])

    def has_editor(self) -> bool:
        return self._editor is not None

    def _make_editor(self) -> ContactEditor:
        from app.domain.models import IndividualContact, OrganizationContact
        from app.ui.editors import ContactEditor

        directory = self._services.directory

        def search(kind: ContactKind, text: str) -> list[tuple[str, str]]:
            return [(s.id, s.name) for s in directory.page(kind, 0, 20, text or None)]

        def organization(contact_id: str) -> OrganizationContact | None:
            found = directory.get(contact_id)
            return found if isinstance(found, OrganizationContact) else None

        def person(contact_id: str) -> IndividualContact | None:
            found = directory.get(contact_id)
            return found if isinstance(found, IndividualContact) else None

        from app.services.images import load_image
        from app.services.local_only import LocalOnly

        return ContactEditor(
            self._services.editing.check,
            lambda text: search(ContactKind.ORGANIZATION, text),
            organization,
            lambda prefix: self._services.tags.names(prefix),
            lambda text: search(ContactKind.INDIVIDUAL, text),
            load_image,
            person_details=person,
            local_only=LocalOnly(self._services.sync_setup),
        )

    # --- the user's actions ------------------------------------------------------------------

    def new_contact(self) -> None:
        if self.confirm_leave():
            self.list_view.table.clearSelection()
            self._shown_id = None
            self.editor.new(self.kind)
            self.editor.setFocus()

    def save(self) -> bool:
        """Save the editor's draft now and say whether it was stored (the unsaved-changes
        guard needs the answer before it goes on); on errors nothing is written."""
        if self.editor.check_pending():
            self.editor.check_now()
        return self._after_save(self._services.history.save(self.editor.draft()))

    def save_in_background(self) -> None:
        """Ctrl+S / the Save button: validate, write and journal on a worker thread.

        The editor is frozen meanwhile so nothing typed can fall between the saved draft and
        the stored contact that is loaded back.
        """
        if self._saving:
            return
        draft = self.editor.draft()
        history = self._services.history
        self._saving = True
        focus = QApplication.focusWidget()
        self.editor.setEnabled(False)

        def finish() -> None:
            self._saving = False
            self.editor.setEnabled(True)
            if focus is not None and self.editor.isAncestorOf(focus):
                focus.setFocus()

        def done(result: SaveResult) -> None:
            finish()
            self._after_save(result)

        def failed(error: BaseException) -> None:
            finish()
            QMessageBox.warning(self, self.tr("Not saved"), str(error))

        self._runner.run(lambda: history.save(draft), done, failed, key=f"save-{self.kind.value}")

    def _after_save(self, result: SaveResult) -> bool:
        if not result.saved or result.contact is None:
            self.editor.check_now()
            errors = [p for p in result.problems if p.severity.value == "error"]
            if errors:
                QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    self.tr("Please correct these first:")
                    + "\n\n"
                    + "\n".join(f"• {p}" for p in errors),
                )
            return False
        saved = result.contact
        self._shown_id = saved.id
        self.editor.load(saved)
        self.list_view.reload(select=saved.id)
        self.history_changed.emit()
        self.status_changed.emit(self.tr("Saved “{name}”.").format(name=saved.name))
        return True

    def revert(self) -> None:
        self.editor.ask_revert()

    def delete_contact(self, contact_id: str | None = None) -> None:
        """Move the shown (or given) contact to the trash; Undo brings it back."""
        contact_id = contact_id or self._shown_id
        if contact_id is None:
            return
        try:
            trashed = self._services.history.trash(contact_id)
        except Exception as exc:  # a refusal from the service, shown as it is
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self._shown_id = None
        self.editor.new(self.kind)
        self.list_view.reload()
        self.history_changed.emit()
        name = getattr(trashed, "name", "")
        self.status_changed.emit(
            self.tr("“{name}” moved to the trash (Ctrl+Z to undo).").format(name=name)
        )

    def show_contact(self, contact_id: str) -> None:
        """Select and open ``contact_id`` (after undo, or from elsewhere in the window)."""
        if not self.list_view.select_contact(contact_id):
            contact = self._services.directory.get(contact_id)
            if contact is not None and contact.kind == self.kind:
                self._load(contact)

    def reload(self) -> None:
        """Re-read rows and the open contact (after undo/redo or changes on other pages)."""
        self.list_view.reload_tags(soon=not self.list_view.has_started())
        if self._shown_id is not None and not self.editor.is_dirty():
            contact = self._services.directory.get(self._shown_id)
            if contact is None or contact.in_trash:
                self._shown_id = None
                self.editor.new(self.kind)
            else:
                self.editor.load(contact)
        # Keep the open contact selected across the reset.
        self.list_view.table.selectionModel().blockSignals(True)
        self.list_view.reload(select=self._shown_id)
        self.list_view.table.selectionModel().blockSignals(False)
        self._emit_status()

    def confirm_leave(self) -> bool:
        """True when the editor may be cleared: nothing unsaved, or the user decided."""
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}”?").format(
                name=self.editor.draft().name or self.tr("the new contact")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.revert()
            return True
        return False

    # --- reactions ---------------------------------------------------------------------------

    def _on_current_contact(self, contact_id: str | None) -> None:
        if contact_id is None or contact_id == self._shown_id:
            return
        if not self.confirm_leave():
            # Stay on the contact being edited.
            if self._shown_id is not None:
                self.list_view.table.selectionModel().blockSignals(True)
                self.list_view.select_contact(self._shown_id)
                self.list_view.table.selectionModel().blockSignals(False)
            return
        contact = self._services.directory.get(contact_id)
        if contact is not None:
            self._load(contact)

    def _load(self, contact: AnyContact) -> None:
        self._shown_id = contact.id
        self.editor.load(contact)

    def _emit_status(self) -> None:
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        """ "3 people", or "1 match in 3 people" while a search or filter is on; "200+ matches"
        while the first page is shown and the rest still counted."""
        list_view = self.list_view
        total = list_view.total
        shown = list_view.model.rowCount()
        if self.kind == ContactKind.INDIVIDUAL:
            if total is None:
                text = self.tr("%Ln+ people", "", shown)
            else:
                text = self.tr("%Ln people", "", total)
        elif total is None:
            text = self.tr("%Ln+ organizations", "", shown)
        else:
            text = self.tr("%Ln organizations", "", total)
        if not list_view.is_filtered():
            return text
        if list_view.count_pending:
            matches = self.tr("%Ln+ matches", "", shown)
        else:
            matches = self.tr("%Ln matches", "", shown)
        return self.tr("{matches} in {total}").format(matches=matches, total=text)
