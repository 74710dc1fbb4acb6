"""The pending changes page: what the next sync sends, one row per contact.

The rows are the sync outbox (:meth:`SyncService.pending <app.services.sync.SyncService.pending>`,
read a page at a time).  *Discard change* throws a contact's unsent edits away after asking:
it goes back to the server's version (a contact never sent goes to the trash, a delete not yet
sent is undone).  *Open contact* (Enter or a double-click) shows the contact in its editor.

With more than one account the rows are those of every account (:class:`SyncOverview
<app.services.sync_accounts.SyncOverview>`), an *Account* column says which, and the account
filter shows one; discarding throws away what waits for that row's account only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.sync import PendingChange, SyncService
from app.services.sync_accounts import SyncOverview
from app.ui.pages.common import (
    Column,
    LazyRowsModel,
    SectionPage,
    make_table,
    selected_rows,
    shortcut,
    time_text,
)
from app.ui.tasks import TaskRunner

# pending() reads each row's journal entries (about 0.7 ms a row): small pages.
PAGE_SIZE = 50
ACCOUNT_COLUMN = 4


class PendingPage(SectionPage):
    """The sync outbox, with Discard change and Open contact.

    ``sync_changed`` is emitted after a discard (the status bar counts again);
    ``open_contact(local_id)`` asks the window to show a contact in its editor.
    """

    sync_changed = Signal()
    open_contact = Signal(str)

    def __init__(
        self,
        sync: SyncService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        overview: SyncOverview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPage")
        self.title = self.tr("Pending changes")
        self._sync = sync
        self._overview = overview
        self._tasks = tasks or TaskRunner(self)
        self._busy = False
        self._account: int | None = None  # the filter: None for every account
        self.model = LazyRowsModel(
            (
                Column(self.tr("Contact"), lambda p: p.name),
                Column(self.tr("Kind"), self._kind_text),
                Column(self.tr("Change"), self._change_text, tooltip=self._change_tooltip),
                Column(self.tr("Since"), lambda p: time_text(p.since)),
                Column(self.tr("Account"), lambda p: p.account),
            ),
            self._count,
            self._page,
            lambda p: f"{p.account_id}:{p.local_id}",
            self,
            page_size=PAGE_SIZE,
        )
        self._build_ui()
        self.refresh()

    def _count(self) -> int:
        if self._overview is None:
            return self._sync.pending_count()
        return self._overview.pending_count(self._account)

    def _page(self, offset: int, limit: int) -> list[PendingChange]:
        if self._overview is None:
            return self._sync.pending(offset, limit)
        return self._overview.pending(offset, limit, self._account)

    def _build_ui(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Changes made here that the next sync sends to the server. Discarding a "
                "change puts the contact back as the server has it."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setObjectName("pendingIntro")
        self.open_button = QPushButton(self.tr("&Open contact"))
        self.open_button.setToolTip(self.tr("Show the contact in its editor (Enter)"))
        self.discard_button = QPushButton(self.tr("&Discard change…"))
        self.discard_button.setObjectName("discardChange")
        self.discard_button.setToolTip(
            self.tr("Throw the unsent changes of this contact away (Del)")
        )
        self.account_filter = QComboBox()
        self.account_filter.setObjectName("pendingAccountFilter")
        self.account_filter.setToolTip(self.tr("Show the changes waiting for one account"))
        self.account_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.account_filter)
        top.addWidget(self.open_button)
        top.addWidget(self.discard_button)
        self.table = make_table(self.model, "pendingTable", multi=False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((260, 110, 360)):
            header.resizeSection(column, width)
        self.empty_label = QLabel(self.tr("Nothing waits to be sent."))
        self.empty_label.setObjectName("pendingEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self.account_filter.activated.connect(self._filter_chosen)
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.activated.connect(self._on_double_click)  # Enter
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.discard_selected)

    # --- what is shown -----------------------------------------------------------------------

    def _kind_text(self, change: PendingChange) -> str:
        if change.kind == ContactKind.ORGANIZATION.value:
            return self.tr("Organization")
        if change.kind == ContactKind.INDIVIDUAL.value:
            return self.tr("Person")
        return change.kind

    def _change_text(self, change: PendingChange) -> str:
        if change.op == "create":
            return self.tr("New contact")
        if change.op == "delete":
            return self.tr("Deleted")
        if not change.fields:
            return self.tr("Changed")
        return self.tr("Changed: {fields}").format(fields=", ".join(change.fields))

    def _change_tooltip(self, change: PendingChange) -> str | None:
        edits = self.tr("%Ln saves", "", change.edits)
        return f"{self._change_text(change)} ({edits})"

    def _fill_filter(self) -> None:
        """The account filter: All accounts and each account (shown with more than one)."""
        accounts = self._overview.accounts() if self._overview is not None else []
        several = len(accounts) > 1
        ids = [a.id for a in accounts]
        if self._account not in ids:
            self._account = None
        self.account_filter.blockSignals(True)
        self.account_filter.clear()
        self.account_filter.addItem(self.tr("All accounts"), None)
        for account in accounts:
            self.account_filter.addItem(account.name, account.id)
        self.account_filter.setCurrentIndex(max(0, self.account_filter.findData(self._account)))
        self.account_filter.blockSignals(False)
        self.account_filter.setVisible(several)
        self.table.setColumnHidden(ACCOUNT_COLUMN, not several or self._account is not None)

    def _filter_chosen(self, index: int) -> None:
        self.show_account(self.account_filter.itemData(index))

    def show_account(self, account_id: int | None) -> None:
        """Show what waits for one account (``None``: for every account)."""
        self._account = account_id
        self.refresh()

    def _reload(self) -> None:
        self._fill_filter()
        self.model.refresh()
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if not empty and not selected_rows(self.table):
            self.table.selectRow(0)
        self._sync_buttons()

    def _summary(self) -> str:
        total = self.model.rowCount()
        if not total:
            return self.tr("No changes to send")
        return self.tr("%Ln contacts with changes to send", "", total)

    def selected(self) -> PendingChange | None:
        rows = selected_rows(self.table)
        return self.model.item(rows[0]) if rows else None

    def _sync_buttons(self, *_: object) -> None:
        chosen = self.selected()
        self.discard_button.setEnabled(chosen is not None and not self._busy)
        self.open_button.setEnabled(chosen is not None and chosen.op != "delete")

    def is_busy(self) -> bool:
        return self._busy

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_selected()

    # --- actions -----------------------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.op != "delete":
            self.open_contact.emit(chosen.local_id)

    def discard_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self._busy:
            return
        if chosen.op == "create":
            consequence = self.tr("It was never sent, so it goes to the trash.")
        elif chosen.op == "delete":
            consequence = self.tr(
                "The deletion is not sent: the contact comes back as the server has it."
            )
        else:
            consequence = self.tr("The contact goes back to the version the server has.")
        answer = QMessageBox.question(
            self,
            self.tr("Discard change"),
            self.tr("Discard the unsent changes to “{name}”?").format(name=chosen.name)
            + "\n\n"
            + consequence,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self._set_busy(True)
        self.status_changed.emit(self.tr("Discarding…"))
        done_text = self.tr("Changes to “{name}” discarded").format(name=chosen.name)
        overview = self._overview
        self._tasks.run(
            lambda: (
                overview.discard(chosen.account_id, chosen.local_id)
                if overview is not None
                else self._sync.discard(chosen.local_id)
            ),
            lambda _contact: self._after(chosen.local_id, done_text),
            self._failed,
        )

    def _after(self, local_id: str, note: str) -> None:
        self._set_busy(False)
        self._reload()
        self.contacts_changed.emit([local_id])
        self.sync_changed.emit()
        self._publish(note)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._reload()
        self.sync_changed.emit()
        QMessageBox.warning(self, self.title, str(error))
        self._publish()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync_buttons()


__all__ = ["PendingPage"]
