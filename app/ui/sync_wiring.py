"""Sync plugged into the main window, one small piece at a time.

:class:`SyncUi` builds the :class:`~app.ui.sync_controller.SyncController`, the *Pending
changes* and *Sync issues* sections, the sync part of the status bar and the *Sync* menu, and
connects them.  The window itself knows nothing about sync: it offers sections, menus, a
status bar, :meth:`~app.ui.main_window.MainWindow.open_contact` and the ``edits_changed`` /
``closing`` signals, and this module uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.enums import ContactKind
from app.services.sync import SyncNotSetUp
from app.sync.accounts import ENFORE_ACCOUNT_ID
from app.sync.progress import SyncSummary
from app.ui.account_schedule import (
    AccountSchedule,
    account_outcome_text,
    deletions_question,
)
from app.ui.editors.kip_bar import KipWatcher
from app.ui.editors.linked_to import LinkedToWatcher
from app.ui.editors.reference_lists import ReferenceListsWatcher
from app.ui.editors.workspace_bar import WorkspaceWatcher
from app.ui.main_window import MainWindow
from app.ui.pages.pending import PendingPage
from app.ui.pages.sync_issues import SyncIssuesPage
from app.ui.sync_controller import SyncController
from app.ui.sync_status import SyncStatusWidget

if TYPE_CHECKING:
    from app.sync.accounts import Account

PENDING_KEY = "pending"
ISSUES_KEY = "sync_issues"


class SyncUi(QObject):
    """Everything sync shows in ``window``; lives as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("syncUi")
        self.window = window
        self.controller = SyncController(window.services, window.runner, window)
        self.controller.setObjectName("syncController")
        # Every account but enfore: its own interval, its own worker.
        self.schedule = AccountSchedule(window.services.accounts, self)
        self.schedule.setObjectName("accountSchedule")
        self.preferences: QWidget | None = None
        self.message_box: QMessageBox | None = None
        # Questions of accounts' runs waiting for the user's yes, asked once the open message
        # box closes (one question at a time: none replaces another unanswered).
        self._questions: list[Callable[[], None]] = []
        self.review: QWidget | None = None
        # Sync now (F5) runs the enfore account, then every other enabled account.
        self._then_others = False
        self._add_pages()
        self._add_status()
        self._add_menu()
        self._connect()

    # --- the pieces ----------------------------------------------------------------------------

    def _add_pages(self) -> None:
        sync = self.window.services.sync
        overview = self.window.services.sync_accounts
        self.pending_page = PendingPage(sync, tasks=self.window.runner, overview=overview)
        self.issues_page = SyncIssuesPage(sync, tasks=self.window.runner, overview=overview)
        self.issues_page.review_requested.connect(self.open_review)
        self.linked_to = [
            LinkedToWatcher(
                page.editor,
                self.window.services.accounts.links,
                self.window.runner,
                f"linked-to-{page.kind.value}",
                self,
            )
            for page in self.window.contact_pages
        ]
        accounts = self.window.services.accounts
        self.kip = [
            KipWatcher(page.editor, accounts.kip(), self.window.runner, "kip-organization", self)
            for page in self.window.contact_pages
            if page.kind is ContactKind.ORGANIZATION
        ]
        self.workspace = [
            WorkspaceWatcher(
                page.editor, accounts.workspace().own_of, self.window.runner, "workspace-own", self
            )
            for page in self.window.contact_pages
            if page.kind is ContactKind.ORGANIZATION
        ]
        self.reference_lists = [
            ReferenceListsWatcher(
                page.editor,
                accounts.workspace().reference_lists,
                self.window.runner,
                f"reference-lists-{page.kind.value}",
                self,
            )
            for page in self.window.contact_pages
        ]
        for key, page in ((PENDING_KEY, self.pending_page), (ISSUES_KEY, self.issues_page)):
            self.window.add_section(key, page)
            page.sync_changed.connect(self.controller.refresh_status)
            page.open_contact.connect(self.window.open_contact)

    def _add_status(self) -> None:
        self.status = SyncStatusWidget()
        self.window.statusBar().addPermanentWidget(self.status)
        self.controller.state_changed.connect(self.status.show_state)
        self.controller.progress.connect(self.status.show_progress)
        self.controller.started.connect(self.status.clear_message)
        self.status.cancel_clicked.connect(self.cancel)
        self.status.pending_clicked.connect(lambda: self.window.select_section(PENDING_KEY))
        self.status.issues_clicked.connect(lambda: self.window.select_section(ISSUES_KEY))
        self.status.connection_clicked.connect(self._connection_clicked)

    def _add_menu(self) -> None:
        window = self.window
        self.sync_action = self._action(self.tr("&Sync now"), self.sync_now)
        self.sync_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+Shift+S")])
        self.sync_action.setToolTip(
            self.tr("Send your changes and fetch what changed, in every account (F5)")
        )
        self.cancel_action = self._action(self.tr("&Cancel sync"), self.cancel)
        self.cancel_action.setEnabled(False)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.open_preferences)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.menu = window.menuBar().addMenu(self.tr("S&ync"))
        self.menu.addActions([self.sync_action, self.cancel_action])
        self.accounts_action = self._action(self.tr("&Accounts…"), self.open_accounts)
        self.review_action = self._action(self.tr("&Link or create…"), self.open_review)
        self.review_action.setToolTip(
            self.tr("Records of a new account that may be contacts here already")
        )
        self.others_action = self._action(self.tr("Sync &other accounts"), self.sync_others)
        self.others_action.setToolTip(
            self.tr("Sync every enabled account but enfore once (KIP, workspace, …)")
        )
        self.menu.addAction(self.others_action)
        self.menu.addSeparator()
        self.menu.addAction(self.review_action)
        self.menu.addAction(self.accounts_action)
        self.menu.addAction(self.preferences_action)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.preferences_action)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _connect(self) -> None:
        controller = self.controller
        controller.running_changed.connect(self._running_changed)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        self.schedule.finished.connect(self._others_finished)
        self.window.edits_changed.connect(controller.refresh_status)
        self.window.closing.connect(self._closing)

    def start(self) -> None:
        """Start the schedules: the enfore account's and every other account's."""
        self.controller.start()
        self.schedule.start()

    # --- actions -------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync now (F5): the enfore account on the controller, then every other enabled
        account once (see :meth:`_others_after_enfore`)."""
        if not self.controller.sync_now():
            self.status.show_message(self.tr("A sync is running already."))
            return
        self._then_others = True

    def _other_accounts(self) -> list[Account]:
        accounts = self.window.services.accounts
        return [a for a in accounts.all() if a.enabled and a.id != ENFORE_ACCOUNT_ID]

    def _others_after_enfore(self) -> None:
        """After the enfore run that Sync now started, the other accounts' run (if any)."""
        if not self._then_others:
            return
        self._then_others = False
        if self._other_accounts() and self.others_action.isEnabled():
            self.sync_others()

    def cancel(self) -> None:
        if self.controller.is_running():
            self.controller.cancel()
            self.status.show_cancelling()

    def open_preferences(self) -> None:
        """The Preferences dialog (window-modal); OK makes the controller read the settings."""
        from app.ui.dialogs.preferences import PreferencesDialog

        if self.preferences is not None:
            self.preferences.raise_()
            self.preferences.activateWindow()
            return
        dialog = PreferencesDialog(self.window.services.sync_setup, self.window.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.controller.reload_settings)
        dialog.finished.connect(self._preferences_closed)
        self.preferences = dialog
        dialog.open()

    def _connection_clicked(self) -> None:
        """What fixes the connection: Preferences, or the accounts of a book that does not
        use its enfore account (synced with other systems only), or Accounts with the account
        whose token its server refused chosen."""
        state = self.controller.state
        if state.review_account is not None:
            self._review(state.review_account)
        elif state.opens_accounts or state.fix_account is not None:
            self.open_accounts(select=state.fix_account)
        else:
            self.open_preferences()

    def _review(self, account_id: int) -> None:
        """Deletions an unattended run held back for ``account_id``: a run of it the user
        starts, which asks about them (a yes runs it once more with them)."""
        if account_id == self.window.services.sync.account_id:
            self.controller.sync_now()
            return
        found = [a for a in self.window.services.accounts.all() if a.id == account_id]
        self.sync_others(found)

    def sync_others(
        self, chosen: list[Account] | None = None, *, allow_mass_delete: bool = False
    ) -> None:
        """One run of every enabled account the window's sync does not run (all but enfore),
        or of ``chosen``, on the schedule's worker (an account syncing on its timer already
        is not run twice); the outcome of each in the status bar.  ``allow_mass_delete``: the
        user's yes to what waits beyond the safety limit."""
        chosen = self._other_accounts() if chosen is None else chosen
        bar = self.window.statusBar()
        if not chosen:
            bar.showMessage(self.tr("No other account to sync."), 5000)
            return
        started = self.schedule.run(chosen, manual=True, allow_mass_delete=allow_mass_delete)
        if not started:
            bar.showMessage(self.tr("A sync is running already."), 5000)
            return
        self.others_action.setEnabled(False)
        names = ", ".join(a.name for a in started)
        bar.showMessage(self.tr("Syncing {names}…").format(names=names))

    def _others_finished(self, results: list[tuple[Account, object]], manual: bool) -> None:
        """A run of other accounts ended (Sync other accounts, F5, or their timers): the
        status, the open page and the open contact's links follow; the outcome of each
        account in the status bar when the user asked for the run, or when it changed
        something here or went wrong (a timer run that was fine, or offline, says nothing, as
        the enfore timer's; so does one that changed nothing because the server failed or could
        not be reached for a part of it, which the status bar's account line shows)."""
        if manual:
            self.others_action.setEnabled(True)
        changed_here = any(
            isinstance(summary, SyncSummary)
            and summary.pulled_new
            + summary.pulled_updated
            + summary.merged
            + summary.deleted_local
            + summary.conflicts
            + summary.rejected
            for _account, summary in results
        )
        self.controller.refresh_status()
        current = self.window.current_section().page
        if changed_here or current in (self.pending_page, self.issues_page):
            self.window.reload_current()  # what the other accounts sent, got and refused
        for watcher in self.linked_to:  # the open contact's links the run made
            watcher.refresh()
        said = [
            self.account_outcome_text(account.name, summary)
            for account, summary in results
            if manual
            or changed_here
            or not isinstance(summary, SyncSummary)
            or summary.outcome not in ("ok", "offline", "incomplete")
        ]
        if said:
            self.window.statusBar().showMessage("; ".join(said), 10000)
        waiting = [
            (account, summary)
            for account, summary in results
            if isinstance(summary, SyncSummary) and summary.outcome == "needs_confirmation"
        ]
        if manual:  # (a timer run asks nothing: the next run the user makes does)
            for account, summary in waiting:
                self._confirm_account_deletions(account, summary)

    def account_outcome_text(self, name: str, summary: object) -> str:
        """What one account's run came to, in a sentence for the status bar."""
        return account_outcome_text(name, summary)

    def open_accounts(self, select: int | None = None) -> None:
        """Preferences → Accounts (window-modal), with the account ``select`` chosen; closing it
        makes the controller read the settings again."""
        from app.ui.dialogs.accounts import AccountsDialog

        dialog = AccountsDialog(self.window.services.accounts, self.window.runner, self.window)
        if select is not None:
            dialog.refresh(select=select)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._accounts_closed())
        dialog.open()

    def _accounts_closed(self) -> None:
        self.controller.reload_settings()
        self.schedule.reload()  # intervals changed, accounts enabled or disabled

    def open_review(self, account_id: int | None = None) -> None:
        """The "Link or create" review (window-modal), of one account or of all."""
        from app.ui.dialogs.link_or_create import LinkOrCreateDialog

        dialog = LinkOrCreateDialog(
            self.window.services.matching, self.window.runner, self.window, account_id=account_id
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(lambda _local_id: self._after_review())
        dialog.finished.connect(lambda _result: self._after_review())
        self.review = dialog
        dialog.open()

    def _after_review(self) -> None:
        self.controller.refresh_status()
        current = self.window.current_section().page
        if current is self.issues_page:
            self.window.reload_current()
        for watcher in self.linked_to:
            watcher.refresh()

    def _preferences_closed(self, *_: object) -> None:
        self.preferences = None

    # --- what a run did --------------------------------------------------------------------------

    def _running_changed(self, running: bool) -> None:
        self.sync_action.setEnabled(not running)
        self.cancel_action.setEnabled(running)

    def _finished(self, summary: SyncSummary) -> None:
        manual = self.controller.is_manual_run()
        changed_here = (
            summary.pulled_new
            + summary.pulled_updated
            + summary.merged
            + summary.deleted_local
            + summary.conflicts
            + summary.rejected
        )
        current = self.window.current_section().page
        if changed_here or current in (self.pending_page, self.issues_page):
            self.window.reload_current()
        for watcher in self.linked_to:
            watcher.refresh()
        text = self.outcome_text(summary)
        if manual or changed_here or summary.outcome not in ("ok", "offline"):
            self.status.show_message(text)
        if summary.outcome == "needs_confirmation" and manual:
            self._confirm_deletions(summary)
        elif summary.outcome == "credentials" and manual:
            self._offer_preferences(self.tr("The server refused the API token"), text)
        self._others_after_enfore()

    def _failed(self, message: str) -> None:
        others = self._then_others and bool(self._other_accounts())
        not_set_up = isinstance(self.controller.last_error, SyncNotSetUp)
        if not (others and not_set_up and not self.controller.settings.configured):
            self.status.show_message(message)  # (a book without enfore: nothing to say)
        self._others_after_enfore()
        if not self.controller.is_manual_run():
            return
        if not_set_up:
            if others:  # a book synced with other systems only: nothing to offer
                return
            self._offer_preferences(self.tr("Sync is not set up"), message)
        else:
            self._tell(QMessageBox.Icon.Warning, self.tr("Sync failed"), message)

    def outcome_text(self, summary: SyncSummary) -> str:
        """One line about a finished run, for the status bar."""
        outcome = summary.outcome
        if outcome == "offline" and summary.unreachable:  # "Offline: cannot reach example.com."
            return self.tr("{reason} Your changes stay queued.").format(reason=summary.unreachable)
        if outcome == "offline":
            return self.tr("Offline: the server could not be reached; your changes stay queued.")
        if outcome == "cancelled":
            return self.tr("Sync cancelled; what was done so far is kept.")
        if outcome == "credentials":
            return self.tr(
                "The server refused the API token: enter a valid one in Preferences. "
                "Nothing was lost."
            )
        received = summary.pulled_new + summary.pulled_updated
        parts = [
            self.tr("%Ln changes sent", "", summary.pushed),
            self.tr("%Ln received", "", received),
        ]
        if summary.merged:
            parts.append(self.tr("%Ln merged", "", summary.merged))
        deleted = summary.deleted_local + summary.deleted_remote
        if deleted:
            parts.append(self.tr("%Ln deleted", "", deleted))
        if summary.conflicts:
            parts.append(self.tr("%Ln conflicts", "", summary.conflicts))
        if summary.rejected:
            parts.append(self.tr("%Ln refused", "", summary.rejected))
        line = ", ".join(parts)
        if outcome == "needs_confirmation":
            waiting = self.tr(
                "%Ln deletions wait for your confirmation", "", summary.deletions_waiting
            )
            return self.tr("Synced: {line}; {waiting}").format(line=line, waiting=waiting)
        if outcome == "incomplete":
            return self.tr("Sync incomplete: {line}").format(line=line)
        return self.tr("Synced: {line}").format(line=line)

    # --- asking --------------------------------------------------------------------------------

    def _confirm_deletions(self, summary: SyncSummary) -> None:
        question = self.tr(
            "%Ln contacts were deleted on the server. Delete them here too?",
            "",
            summary.deletions_waiting,
        )
        self._ask(
            self.tr("Deleted on the server"),
            question,
            self.tr("&Delete here too"),
            lambda: self.controller.sync_now(allow_mass_delete=True),
        )

    def _confirm_account_deletions(self, account: Account, summary: SyncSummary) -> None:
        """What an account's run found gone there beyond the safety limit: the yes runs the
        account again with it, the no leaves everything as it is (the next run asks again)."""
        if self.message_box is not None:  # asked once the open question is answered
            self._questions.append(lambda: self._confirm_account_deletions(account, summary))
            return
        title, question, yes = deletions_question(account.name, summary)
        self._ask(title, question, yes, lambda: self.sync_others([account], allow_mass_delete=True))

    def _offer_preferences(self, title: str, text: str) -> None:
        self._ask(title, text, self.tr("Open &Preferences…"), self.open_preferences)

    def _ask(self, title: str, text: str, yes: str, then: Callable[[], object]) -> None:
        """A window-modal question that does not block the event loop (a sync may go on)."""
        box = self._box(QMessageBox.Icon.Question, title, text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.finished.connect(lambda _r: then() if box.clickedButton() is accept else None)
        box.open()

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = self._box(icon, title, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("syncMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r, box=box: self._box_closed(box))
        self.message_box = box
        return box

    def _box_closed(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None
            if self._questions:
                self._questions.pop(0)()

    # --- closing -------------------------------------------------------------------------------

    def _closing(self) -> None:
        self._questions.clear()  # nothing more to ask in a window that closes
        if self.preferences is not None:
            self.preferences.close()
        self.controller.shutdown()
        self.schedule.shutdown()


__all__ = ["ISSUES_KEY", "PENDING_KEY", "SyncUi"]
