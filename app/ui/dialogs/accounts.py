"""Preferences → Accounts: the remote systems the address book is linked to.

A list of the accounts (name, type, address, tenant, whether it syncs and how often) with
Add, Edit, Test connection and Remove.  The dialog only lays things out and asks
:class:`~app.services.accounts.Accounts`; the keychain and the network are reached on a
worker when a :class:`~app.ui.tasks.TaskRunner` is given.  Removing an account unlinks the
book from it and says so: contacts are never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.accounts import Accounts
from app.services.kip import KipExport
from app.sync.accounts import (
    ACCOUNT_TYPES,
    ENFORE_ACCOUNT_ID,
    TENANT_LABELS,
    TYPE_LABELS,
    Account,
)
from app.sync.connection_check import ConnectionReport
from app.sync.credentials import CredentialsUnavailable
from app.sync.progress import SyncSummary
from app.sync.settings import MAX_INTERVAL_MINUTES
from app.ui.account_schedule import account_outcome_text, deletions_question
from app.ui.dialogs.account_extras import AccountExtras, export_html
from app.ui.editors.marking import ERROR_COLOR
from app.ui.tasks import TaskRunner

OK_COLOR: Final = "#2e7d32"
_PLACEHOLDERS: Final = {
    "enfore": "https://contacts.example.com/v1",
    "kanbert": "https://api.kanbert.com/api/v1",
    "partners": "https://portal.example.com",
    "kip": "https://api.kip.example/people",
    "workspace": "https://workspace.example/api",
    "carddav": "https://cloud.example.com (the server; its address books are found)",
}


class AccountEditor(QDialog):
    """One account's form: add (``account`` is ``None``) or edit.  OK stores the account
    and, when typed, its token — both or neither; problems keep the form open."""

    def __init__(
        self,
        accounts: Accounts,
        account: Account | None = None,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountEditor")
        self._accounts = accounts
        self._runner = runner
        self._account = account
        self.stored: Account | None = None
        self.setWindowTitle(self.tr("Add account") if account is None else self.tr("Edit account"))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("accountType")
        for type_name in ACCOUNT_TYPES:
            self.type_combo.addItem(translate("Accounts", TYPE_LABELS[type_name]), type_name)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("accountName")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("accountUrl")
        self.tenant_label = QLabel()
        self.tenant_edit = QLineEdit()
        self.tenant_edit.setObjectName("accountTenant")
        # CardDAV: the address books found on the server, to choose one.
        self.find_books_button = QPushButton(self.tr("&Find address books"))
        self.find_books_button.setObjectName("findAddressBooks")
        self.find_books_button.setToolTip(
            self.tr("Sign in to the server with the user and password and list its address books")
        )
        self.find_books_button.clicked.connect(self.find_address_books)
        self.books_combo = QComboBox()
        self.books_combo.setObjectName("addressBooks")
        self.books_combo.setVisible(False)
        self.books_combo.currentIndexChanged.connect(self._book_chosen)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("accountUser")
        self.user_edit.setPlaceholderText(self.tr("optional"))
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("accountToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(
            self.tr("Leave empty to keep the stored token")
            if account is not None
            else self.tr("Kept in the system keychain")
        )
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("accountInterval")
        self.interval_spin.setRange(0, MAX_INTERVAL_MINUTES)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setSpecialValueText(self.tr("Manual only"))
        self.enabled_check = QCheckBox(self.tr("Take part in syncs"))
        self.enabled_check.setObjectName("accountEnabled")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("accountProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problems_label.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type_combo)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tenant_label, self.tenant_edit)
        form.addRow("", self.books_combo)
        form.addRow(self.tr("&User:"), self.user_edit)
        self.token_label = QLabel(self.tr("API &token:"))
        self.token_label.setBuddy(self.token_edit)
        form.addRow(self.token_label, self.token_edit)
        form.addRow("", self.find_books_button)
        form.addRow(self.tr("Sync &every:"), self.interval_spin)
        form.addRow("", self.enabled_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.extras = AccountExtras(accounts.workspace(), account)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.extras)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        shown = account or Account(type=ACCOUNT_TYPES[0], name="")
        self.type_combo.setCurrentIndex(max(0, ACCOUNT_TYPES.index(shown.type)))
        self.type_combo.setEnabled(account is None)  # links are per type: a new account
        self.name_edit.setText(shown.name)
        self.url_edit.setText(shown.base_url)
        self.tenant_edit.setText(shown.tenant)
        self.user_edit.setText(shown.user)
        self.interval_spin.setValue(shown.interval_minutes)
        self.enabled_check.setChecked(shown.enabled)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def _type(self) -> str:
        return str(self.type_combo.currentData())

    def _type_changed(self) -> None:
        kind = self._type()
        label = TENANT_LABELS.get(kind)
        self.tenant_label.setText(
            self.tr("{label}:").format(label=translate("Accounts", label)) if label else ""
        )
        self.tenant_label.setVisible(label is not None)
        self.tenant_edit.setVisible(label is not None)
        self.url_edit.setPlaceholderText(_PLACEHOLDERS.get(kind, "https://"))
        self.extras.show_type(kind)
        carddav = kind == "carddav"
        self.find_books_button.setVisible(carddav)
        self.books_combo.setVisible(carddav and self.books_combo.count() > 0)
        self.token_label.setText(
            self.tr("&Password / token:") if carddav else self.tr("API &token:")
        )
        self.user_edit.setPlaceholderText(
            self.tr("the login (empty: the token is a bearer token)")
            if carddav
            else self.tr("optional")
        )

    def find_address_books(self) -> None:
        """List the CardDAV address books of the user on the server (on a worker) to choose
        one; what is wrong is said below the form."""
        secret = self.token_edit.text()
        url, user = self.url_edit.text(), self.user_edit.text()
        auth = str((self._account.settings if self._account else {}).get("auth") or "")
        self.find_books_button.setEnabled(False)
        self._problems([self.tr("Looking for address books…")], error=False)

        def found(books: list[tuple[str, str]]) -> None:
            self.find_books_button.setEnabled(True)
            self._problems([])
            self.books_combo.blockSignals(True)
            self.books_combo.clear()
            for name, href in books:
                self.books_combo.addItem(f"{name} ({href})", href)
            self.books_combo.blockSignals(False)
            current = self.books_combo.findData(self.tenant_edit.text())
            self.books_combo.setCurrentIndex(max(0, current))
            self._book_chosen()
            self.books_combo.setVisible(True)

        def failed(exc: BaseException) -> None:
            self.find_books_button.setEnabled(True)
            self._problems([str(exc)])

        stored = self._account

        def work() -> list[tuple[str, str]]:
            return self._accounts.find_address_books(url, user, secret, auth, stored)

        if self._runner is not None:
            self._runner.run(work, found, failed, key=f"account-books.{id(self)}")
            return
        try:
            books = work()
        except Exception as exc:
            failed(exc)
        else:
            found(books)

    def _book_chosen(self) -> None:
        href = self.books_combo.currentData()
        if href:
            self.tenant_edit.setText(str(href))

    def _problems(self, lines: list[str], *, error: bool = True) -> None:
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))

    def account(self) -> Account:
        """The account as the form has it."""
        base = self._account
        return Account(
            id=base.id if base is not None else None,
            type=self._type(),
            name=self.name_edit.text(),
            base_url=self.url_edit.text(),
            tenant=self.tenant_edit.text() if self._type() in TENANT_LABELS else "",
            user=self.user_edit.text(),
            interval_minutes=self.interval_spin.value(),
            enabled=self.enabled_check.isChecked(),
            settings=self.extras.settings(self._type(), base.settings if base is not None else {}),
        )

    def accept(self) -> None:
        try:
            stored, problems = self._accounts.save(self.account(), self.token_edit.text())
        except CredentialsUnavailable as exc:
            stored, problems = None, [exc.message]
        if stored is None:
            self.problems_label.setText("\n".join(problems))
            self.problems_label.setVisible(True)
            return
        self.stored = stored
        super().accept()


class AccountsDialog(QDialog):
    """The accounts, with Add, Edit, Test connection and Remove."""

    def __init__(
        self,
        accounts: Accounts,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str, str], bool] | None = None,
        edit: Callable[[AccountEditor], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self._accounts = accounts
        self._runner = runner
        self._alive = True
        self._confirm = confirm or self._ask
        self._edit = edit or (lambda editor: editor.exec() == QDialog.DialogCode.Accepted)
        self._shown: list[Account] = []

        intro = QLabel(
            self.tr(
                "The systems this address book is kept in step with. Removing an account "
                "unlinks the address book from it; no contact is deleted."
            )
        )
        intro.setWordWrap(True)
        columns = [
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Address"),
            self.tr("Tenant"),
            self.tr("Syncs"),
        ]
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No accounts yet: add one to sync this address book."))
        self.empty_label.setObjectName("noAccounts")
        # What the chosen account's system cannot do (its connector's notes).
        self.limits_label = QLabel()
        self.limits_label.setObjectName("accountLimits")
        self.limits_label.setWordWrap(True)
        self.limits_label.setTextFormat(Qt.TextFormat.PlainText)
        self.limits_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.limits_label.setStyleSheet(
            "QLabel#accountLimits { border: 1px solid palette(mid); border-radius: 4px; "
            "padding: 6px; }"
        )
        self.limits_label.setVisible(False)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addAccount")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editAccount")
        self.test_button = QPushButton(self.tr("Test &connection"))
        self.test_button.setObjectName("testAccount")
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeAccount")
        self.sync_button = QPushButton(self.tr("S&ync now"))
        self.sync_button.setObjectName("syncAccount")
        self.sync_button.setToolTip(self.tr("Sync the chosen account once now"))
        self.export_button = QPushButton(self.tr("Request my data from &KIP"))
        self.export_button.setObjectName("kipExport")
        self.export_button.setToolTip(
            self.tr("Ask KIP to export the data it keeps about you (GDPR); shows its links")
        )
        self.export_links = QLabel()
        self.export_links.setObjectName("kipExportLinks")
        self.export_links.setWordWrap(True)
        self.export_links.setOpenExternalLinks(True)
        self.export_links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.export_links.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("accountResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.limits_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.export_links)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.test_button.clicked.connect(self.test_connection)
        self.remove_button.clicked.connect(self.remove_account)
        self.export_button.clicked.connect(self.request_kip_export)
        self.sync_button.clicked.connect(self.sync_account)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_account())
        self.resize(720, 360)
        self.refresh()

    # --- the list ---------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        self._shown = self._accounts.all()
        self.table.setRowCount(len(self._shown))
        for row, account in enumerate(self._shown):
            every = (
                self.tr("every %n min", "", account.interval_minutes)
                if account.interval_minutes
                else self.tr("by hand")
            )
            cells = (
                account.name,
                account.label,
                account.base_url,
                account.tenant,
                every if account.enabled else self.tr("no (disabled)"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if account.id == select:
                self.table.selectRow(row)
        self.empty_label.setVisible(not self._shown)
        self._selection_changed()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.test_button, self.remove_button):
            button.setEnabled(chosen)
        account = self.selected()
        self.export_button.setVisible(any(a.type == "kip" for a in self._shown))
        self.export_button.setEnabled(account is not None and account.type == "kip")
        # The first enfore account syncs with the window's Sync now; the others run here.
        self.sync_button.setEnabled(account is not None and account.id != ENFORE_ACCOUNT_ID)
        self._show_limits(account)

    def _show_limits(self, account: Account | None) -> None:
        """The chosen account's limits, as its system's connector declares them."""
        lines = self._accounts.limitations(account.type) if account is not None else []
        if account is None or not lines:
            self.limits_label.clear()
            self.limits_label.setVisible(False)
            return
        heading = self.tr("Limits of {type}:").format(type=account.label)
        self.limits_label.setText("\n".join([heading, *(f"• {line}" for line in lines)]))
        self.limits_label.setVisible(True)

    # --- actions ----------------------------------------------------------------------------

    def add_account(self) -> None:
        editor = AccountEditor(self._accounts, None, self, runner=self._runner)
        if self._edit(editor) and editor.stored is not None:
            self.refresh(select=editor.stored.id)
            self._show_result(self.tr("Added “{name}”.").format(name=editor.stored.name), ok=True)

    def edit_account(self) -> None:
        account = self.selected()
        if account is None:
            return
        editor = AccountEditor(self._accounts, account, self, runner=self._runner)
        if self._edit(editor) and editor.stored is not None:
            self.refresh(select=editor.stored.id)
            self._show_result(self.tr("Saved “{name}”.").format(name=editor.stored.name), ok=True)

    def remove_account(self) -> None:
        account = self.selected()
        if account is None:
            return
        question = self.tr(
            "Remove the account “{name}”? The address book is unlinked from it: what waits "
            "to be sent to it and its sync issues go. No contact is deleted, here or there."
        ).format(name=account.name)
        if not self._confirm(self.tr("Remove account"), question):
            return
        self._accounts.remove(account)
        self.refresh()
        self._show_result(
            self.tr("Removed “{name}”. Every contact stays.").format(name=account.name), ok=True
        )

    def test_connection(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing “{name}”…").format(name=account.name), ok=None)
        self._run(
            lambda: self._accounts.test_connection(account),
            self._tested,
            lambda exc: self._show_result(
                self.tr("The test failed ({reason}).").format(reason=type(exc).__name__),
                ok=False,
            ),
        )

    def sync_account(self, *, allow_mass_delete: bool = False) -> None:
        """One run of the chosen account (on a worker), its outcome shown below; when it waits
        for the user's yes to what is gone there beyond the safety limit, the question (the
        yes runs it again with it).  ``allow_mass_delete``: that yes."""
        account = self.selected()
        if account is None or account.id == ENFORE_ACCOUNT_ID:
            return
        self.sync_button.setEnabled(False)
        self._show_result(self.tr("Syncing “{name}”…").format(name=account.name), ok=None)
        self._run(
            lambda: self._accounts.sync(account, allow_mass_delete=allow_mass_delete),
            lambda summary: self._synced(account, summary),
            lambda exc: self._show_result(
                self.tr("The sync failed ({reason}: {text}).").format(
                    reason=type(exc).__name__, text=exc
                ),
                ok=False,
            ),
        )

    def _synced(self, account: Account, summary: SyncSummary) -> None:
        self._selection_changed()
        lines = [account_outcome_text(account.name, summary), summary.line(), *summary.messages[:4]]
        self._show_result("\n".join(lines), ok=summary.outcome == "ok")
        self.refresh(select=account.id)
        if summary.outcome == "needs_confirmation":
            title, question, _yes = deletions_question(account.name, summary)
            chosen = self._confirm(title, question) and self.selected()
            if chosen and chosen.id == account.id:  # (still the one chosen)
                self.sync_account(allow_mass_delete=True)

    def request_kip_export(self) -> None:
        """Start KIP's export of the user's data (on a worker) and show the links it
        answers."""
        account = self.selected()
        if account is None or account.type != "kip":
            return
        self.export_button.setEnabled(False)
        self.export_links.setVisible(False)
        self._show_result(self.tr("Asking KIP for your data…"), ok=None)
        kip = self._accounts.kip()
        self._run(
            lambda: kip.request_export(account),
            self._exported,
            lambda exc: self._show_result(
                self.tr("KIP was not asked ({reason}).").format(reason=type(exc).__name__),
                ok=False,
            ),
        )

    def _exported(self, export: KipExport) -> None:
        self._selection_changed()
        if not export.ok:
            self._show_result(export.message, ok=False)
            return
        self._show_result("", ok=None)
        self.export_links.setText(export_html(export))
        self.export_links.setVisible(True)

    def _tested(self, report: ConnectionReport) -> None:
        self._selection_changed()
        self._show_result(report.message, ok=report.ok)

    def _show_result(self, text: str, *, ok: bool | None) -> None:
        color = {True: OK_COLOR, False: ERROR_COLOR}.get(ok) if ok is not None else None
        self.result_label.setStyleSheet(f"color: {color};" if color else "")
        self.result_label.setText(text)

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        def done(result: Any) -> None:
            if self._alive:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if self._alive:
                self._selection_changed()
                on_failed(exc)

        if self._runner is not None:
            self._runner.run(work, done, failed, key=f"accounts.{id(self)}")
            return
        try:
            result = work()
        except Exception as exc:
            failed(exc)
        else:
            done(result)

    def done(self, result: int) -> None:
        self._alive = False
        super().done(result)


__all__ = ["AccountEditor", "AccountsDialog"]
