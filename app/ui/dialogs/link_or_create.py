"""The "Link or create" review of a new account's first pull.

On the left, the records of the account that may be contacts here already (the remote name
and the account); on the right, what the remote record holds and the candidates from the
book, best first, each with how sure the match is and why.  The user picks a candidate
(arrow keys or a click) and chooses *Link to selected* (Enter in the candidates, Alt+L), or
*Create new contact* (Alt+N) when none of them is it.  The next record is shown at once.

The dialog only lays things out and asks :class:`~app.services.account_matching.
AccountMatching`, on a worker when a :class:`~app.ui.tasks.TaskRunner` is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.account_matching import AccountMatching, Candidate, PendingMatch, Summary
from app.ui.tasks import TaskRunner

CONTACT, SURE, WHY, DETAILS = range(4)
SURE_TEXTS: Final = ((0.8, "very likely"), (0.5, "likely"), (0.0, "maybe"))


def _lines(summary: Summary) -> str:
    return " · ".join(summary.lines())


class LinkOrCreateDialog(QDialog):
    """Record by record: link to the chosen contact, or create a new one.

    ``decided(local_id)`` is emitted after each decision (the contact linked or made) so the
    window can refresh what it shows."""

    decided = Signal(str)

    def __init__(
        self,
        matching: AccountMatching,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        account_id: int | None = None,
        tell: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkOrCreateDialog")
        self.setWindowTitle(self.tr("Link or create"))
        self._matching = matching
        self._tasks = tasks
        self._account_id = account_id
        self._tell = tell or self._warn
        self._matches: list[PendingMatch] = []
        self._busy = False
        self._build_ui()
        self.resize(900, 480)
        self.reload()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "These records came with the first sync of an account and may be contacts "
                "here already. Link each to the contact it is, or make it a new contact; "
                "nothing is merged or added until you choose."
            )
        )
        intro.setWordWrap(True)
        self.records = QListWidget()
        self.records.setObjectName("matchRecords")
        self.records.setAccessibleName(self.tr("Records to review"))

        self.remote_heading = QLabel()
        self.remote_heading.setObjectName("remoteHeading")
        font = self.remote_heading.font()
        font.setBold(True)
        self.remote_heading.setFont(font)
        self.remote_heading.setWordWrap(True)
        self.remote_details = QLabel()
        self.remote_details.setObjectName("remoteDetails")
        self.remote_details.setWordWrap(True)
        self.remote_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        candidates_label = QLabel(self.tr("&Contacts here that may be the same:"))
        self.candidates = QTableWidget(0, 4)
        self.candidates.setObjectName("matchCandidates")
        self.candidates.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("Match"), self.tr("Why"), self.tr("Details")]
        )
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.verticalHeader().setVisible(False)
        self.candidates.setShowGrid(False)
        self.candidates.setTabKeyNavigation(False)
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SURE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        candidates_label.setBuddy(self.candidates)

        self.link_button = QPushButton(self.tr("&Link to selected"))
        self.link_button.setObjectName("linkSelected")
        self.link_button.setToolTip(
            self.tr("The record is this contact: link them (Enter in the list)")
        )
        self.create_button = QPushButton(self.tr("Create &new contact"))
        self.create_button.setObjectName("createNew")
        self.create_button.setToolTip(self.tr("None of them: make the record a new contact"))
        # Enter links the chosen contact; making a contact is never a stray Enter away.
        self.create_button.setAutoDefault(False)
        self.link_button.setDefault(True)
        self.empty_label = QLabel(self.tr("Nothing waits for a decision."))
        self.empty_label.setObjectName("matchesEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.link_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 0, 0, 0)
        right_layout.addWidget(self.remote_heading)
        right_layout.addWidget(self.remote_details)
        right_layout.addSpacing(6)
        right_layout.addWidget(candidates_label)
        right_layout.addWidget(self.candidates, 1)
        right_layout.addLayout(buttons)
        self.detail = right

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.records)
        self.splitter.addWidget(right)
        self.splitter.setSizes([260, 640])
        self.splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(close)

        self.records.currentRowChanged.connect(lambda _row: self._show_current())
        self.candidates.itemSelectionChanged.connect(self._sync_buttons)
        self.candidates.itemActivated.connect(lambda _item: self.link_selected())
        self.link_button.clicked.connect(self.link_selected)
        self.create_button.clicked.connect(self.create_new)

    # --- what is shown -----------------------------------------------------------------------

    def reload(self, keep_row: int = 0) -> None:
        """Read the waiting records again and show the one at ``keep_row`` (or the last)."""
        self._matches = self._matching.pending(self._account_id)
        self.records.blockSignals(True)
        self.records.clear()
        several = len({m.account_id for m in self._matches}) > 1
        for match in self._matches:
            text = match.remote.name + (f" · {match.account}" if several else "")
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("From {account}").format(account=match.account))
            self.records.addItem(item)
        self.records.blockSignals(False)
        empty = not self._matches
        self.splitter.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if not empty:
            self.records.setCurrentRow(min(keep_row, len(self._matches) - 1))
        self._show_current()

    def matches(self) -> list[PendingMatch]:
        return list(self._matches)

    def current(self) -> PendingMatch | None:
        row = self.records.currentRow()
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def _show_current(self) -> None:
        match = self.current()
        self.candidates.setRowCount(0)
        if match is None:
            self.remote_heading.clear()
            self.remote_details.clear()
            self._sync_buttons()
            return
        self.remote_heading.setText(
            self.tr("“{name}” from {account}").format(name=match.remote.name, account=match.account)
        )
        self.remote_details.setText(_lines(match.remote) or self.tr("No e-mail, phone or place."))
        for candidate in match.candidates:
            self._add_candidate(candidate)
        usable = [i for i, c in enumerate(match.candidates) if c.exists]
        if usable:
            self.candidates.selectRow(usable[0])
        self._sync_buttons()

    def _add_candidate(self, candidate: Candidate) -> None:
        row = self.candidates.rowCount()
        self.candidates.insertRow(row)
        sure = next(text for floor, text in SURE_TEXTS if candidate.score >= floor)
        name = candidate.summary.name
        if not candidate.exists:
            name = self.tr("{name} (deleted)").format(name=name)
        values = (
            name,
            self.tr(sure) + f" ({round(candidate.score * 100)} %)",
            ", ".join(candidate.reasons),
            _lines(candidate.summary),
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if not candidate.exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.candidates.setItem(row, column, item)

    def chosen(self) -> Candidate | None:
        match = self.current()
        rows = self.candidates.selectionModel().selectedRows()
        if match is None or not rows:
            return None
        candidate = match.candidates[rows[0].row()]
        return candidate if candidate.exists else None

    def _sync_buttons(self) -> None:
        has_match = self.current() is not None
        self.link_button.setEnabled(has_match and self.chosen() is not None and not self._busy)
        self.create_button.setEnabled(has_match and not self._busy)

    def is_busy(self) -> bool:
        return self._busy

    # --- decisions ---------------------------------------------------------------------------

    def link_selected(self) -> None:
        match, candidate = self.current(), self.chosen()
        if match is None or candidate is None or self._busy:
            return
        matching = self._matching
        self._run(
            lambda: matching.link(match.issue_id, candidate.local_id),
            lambda _result: candidate.local_id,
        )

    def create_new(self) -> None:
        match = self.current()
        if match is None or self._busy:
            return
        matching = self._matching
        self._run(
            lambda: matching.create_new(match.issue_id),
            lambda made: str(getattr(made, "id", "")),
        )

    def _run(self, work: Callable[[], object], local_id: Callable[[object], str]) -> None:
        row = self.records.currentRow()
        self._busy = True
        self._sync_buttons()

        def done(result: object) -> None:
            self._busy = False
            self.reload(row)
            self.decided.emit(local_id(result))
            (self.candidates if self._matches else self).setFocus()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.reload(row)
            self._tell(self.tr("Link or create"), str(error))

        if self._tasks is None:
            try:
                result = work()
            except Exception as exc:  # shown to the user, nothing was changed
                failed(exc)
            else:
                done(result)
        else:
            self._tasks.run(work, done, failed)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


__all__ = ["LinkOrCreateDialog"]
