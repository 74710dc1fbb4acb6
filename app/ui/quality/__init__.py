"""Data quality plugged into the main window: the section, opening a contact on a field, and
keeping the counts current as contacts change.

:class:`DataQualityUi` adds the *Data quality* section
(:class:`~app.ui.quality.page.DataQualityPage`).  *Open and fix* shows the contact in People
or Organizations with the offending field focused (the editor marks it); a likely duplicate
opens the Duplicates merge dialog.  *Show in People* (or Organizations) lists just the contacts
with the chosen problem there, under a chip that says so, to open and fix one after another.  Every edit the window hears of re-checks, on a worker,
only the contacts the journal says changed.  The window itself knows nothing about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.enums import ContactKind
from app.ui.main_window import MainWindow
from app.ui.quality.page import DataQualityPage
from app.ui.tasks import TaskRunner

QUALITY_KEY = "data_quality"


class DataQualityUi(QObject):
    """Everything about data quality in ``window``; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("dataQualityUi")
        self.window = window
        # The whole-book check has its own worker: it never holds up a search or a save.
        self.runner = TaskRunner(self, max_threads=1)
        self.page = DataQualityPage(window.services.quality, self.runner)
        window.add_section(QUALITY_KEY, self.page)
        self.page.fix_requested.connect(self.open_on_field)
        self.page.merge_requested.connect(self.open_merge)
        self.page.show_requested.connect(self.show_in_list)
        window.edits_changed.connect(self._edited)
        window.closing.connect(lambda: self.runner.wait(10_000))

    def open_on_field(self, contact_id: str, field: str) -> bool:
        """Show the contact in its section with ``field`` focused; False when it is gone."""
        if not self.window.open_contact(contact_id):
            self.page.update_counts()
            return False
        contact = self.window.services.directory.get(contact_id)
        kind = contact.kind if contact is not None else ContactKind.INDIVIDUAL
        page = self.window.people if kind == ContactKind.INDIVIDUAL else self.window.organizations
        if field:
            page.editor.focus_field(field)
        return True

    def show_in_list(self, kind: str, contact_ids: list[str], label: str) -> None:
        """People or Organizations listing just ``contact_ids``, with a chip saying
        ``label`` (and Show all)."""
        people = kind == ContactKind.INDIVIDUAL.value
        self.window.select_section("people" if people else "organizations")
        page = self.window.people if people else self.window.organizations
        page.list_view.show_only(contact_ids, label)

    def open_merge(self, first_id: str, second_id: str) -> None:
        duplicates = self.window.findChild(QObject, "duplicatesUi")
        if duplicates is not None and hasattr(duplicates, "open_merge"):
            duplicates.open_merge(first_id, second_id)
        else:
            self.open_on_field(first_id, "")

    def _edited(self) -> None:
        """Contacts changed somewhere: once the book was checked, re-check just those."""
        if self.window.services.quality.scanned:
            self.page.update_counts()


__all__ = ["QUALITY_KEY", "DataQualityPage", "DataQualityUi"]
