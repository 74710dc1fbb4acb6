"""The Recent changes section: the whole book's latest changes, newest first.

Each row is one change of one record (contact, placeholder customer or customer list) with
where it came from; Enter or a double click opens a contact.  "Show older" reads the next
page further back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.record_history import HistoryEntry, RecordHistory
from app.ui.history.panel import HistoryView
from app.ui.pages.common import SectionPage
from app.ui.tasks import TaskRunner

PAGE = 200


class RecentChangesPage(SectionPage):
    def __init__(
        self,
        history: RecordHistory,
        runner: TaskRunner,
        open_contact: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recentChanges")
        self.title = self.tr("Recent changes")
        self._history = history
        self._runner = runner
        self._open_contact = open_contact
        self.view = HistoryView(record_column=True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.older_button = QPushButton(self.tr("Show older"))
        self.older_button.setObjectName("showOlder")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.older_button.clicked.connect(self.show_older)
        self.view.record_activated.connect(self._activated)

    def refresh(self) -> None:
        history = self._history
        self._runner.run(lambda: history.recent(PAGE), self._shown, key="recent-changes")

    def show_older(self) -> None:
        entries = self.view.entries()
        if not entries:
            return
        oldest = min(e.seq for e in entries)
        history = self._history

        def more(found: list[HistoryEntry]) -> None:
            self._shown(entries + found)

        self._runner.run(
            lambda: history.recent(PAGE, before_seq=oldest), more, key="recent-changes"
        )

    def _shown(self, entries: list[HistoryEntry]) -> None:
        self.view.show_entries(entries)
        self.older_button.setEnabled(len(entries) >= PAGE)
        self._status = self.tr("%Ln recent changes", "", len(entries))
        self.status_changed.emit(self._status)

    def _activated(self, aggregate: str, record_id: str) -> None:
        if aggregate == "contact":
            self._open_contact(record_id)


__all__ = ["RecentChangesPage"]
