"""The schedule of the accounts the window's enfore sync does not run (Kanbert, partners,
KIP, the workspace, CardDAV).

Each enabled account that is set up and not "Manual only" syncs every N minutes of its own
interval, and once shortly after the window opens (as the enfore account does, unless its
settings say not to); a run goes on this schedule's own worker thread, so saving and searching
go on meanwhile.  An account is never run twice at once: a run that falls due while the
account is still syncing is skipped (the next one follows on the interval), as the enfore
timer does.  A disabled account has no timer and is skipped when it falls due.  Offline is a
normal outcome: the timer goes on, and the caller decides what to say.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.i18n import tr
from app.sync.accounts import ENFORE_ACCOUNT_ID, Account
from app.sync.progress import SyncSummary
from app.ui.sync_controller import START_DELAY_MS
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.accounts import Accounts

    Result = tuple[Account, SyncSummary | BaseException]

# One minute of an account's interval (a test may make the clock go faster).
MS_PER_MINUTE: Final = 60_000
# How long closing the window waits for a running account's sync to stop.
SHUTDOWN_WAIT_MS: Final = 15000


def scheduled(account: Account) -> bool:
    """Whether ``account`` syncs on a timer of its own (the book's first enfore account has
    the controller's; a further enfore account has its own, as every other)."""
    return (
        account.id != ENFORE_ACCOUNT_ID
        and account.enabled
        and account.configured
        and account.interval_minutes > 0
    )


def account_outcome_text(name: str, summary: object) -> str:
    """What one account's run came to, in a sentence (``summary``: the run's
    :class:`SyncSummary`, or the error that broke it): the status bar's and the Accounts
    dialog's words (in the status bar's context, "SyncUi")."""
    translate = QCoreApplication.translate
    if not isinstance(summary, SyncSummary):
        return translate("SyncUi", "{name}: sync failed ({reason})").format(
            name=name, reason=summary
        )
    outcome = summary.outcome
    if outcome == "ok":
        return translate("SyncUi", "{name}: synced").format(name=name)
    if outcome == "incomplete" and (summary.rejected or summary.conflicts):
        return translate(
            "SyncUi", "{name}: some records could not be synced — see Sync issues"
        ).format(name=name)
    if outcome == "incomplete":  # the server failed or could not be reached for a part
        return translate(
            "SyncUi", "{name}: not everything could be synced; the rest waits for the next sync"
        ).format(name=name)
    if outcome == "needs_confirmation":
        # (a count: pyside6-lupdate reads numerus forms only from tr(text, "", n))
        if summary.unlinks_waiting >= summary.deletions_waiting:  # companies gone there only
            return tr(
                "{name}: synced; %n companies gone there stay linked until you confirm",
                "",
                summary.unlinks_waiting,
            ).format(name=name)
        return tr(
            "{name}: synced; %n records deleted there are kept here for now",
            "",
            summary.deletions_waiting,
        ).format(name=name)
    if outcome == "offline" and summary.unreachable:  # "Offline: cannot reach example.com."
        return translate("SyncUi", "{name}: {reason} Changes stay queued.").format(
            name=name, reason=summary.unreachable
        )
    if outcome == "offline":
        return translate(
            "SyncUi", "{name}: offline — the server could not be reached; changes stay queued"
        ).format(name=name)
    if outcome == "credentials":
        return translate(
            "SyncUi", "{name}: the server refused the token — enter a valid one in Accounts"
        ).format(name=name)
    if outcome == "cancelled":
        return translate("SyncUi", "{name}: sync cancelled; what was done so far is kept").format(
            name=name
        )
    reason = summary.messages[-1] if summary.messages else outcome
    return translate("SyncUi", "{name}: sync failed ({reason})").format(name=name, reason=reason)


def deletions_question(name: str, summary: SyncSummary) -> tuple[str, str, str]:
    """What the window asks when the run of the account ``name`` waits for the user's yes to
    what is gone there beyond the safety limit (contacts deleted there, companies gone there):
    the question's title, its text naming the account and the number, and the yes button."""
    translate = QCoreApplication.translate
    unlinks = min(summary.unlinks_waiting, summary.deletions_waiting)
    deletions = summary.deletions_waiting - unlinks
    if deletions and unlinks:
        question = tr(
            "%n records are gone from {account}: {deletions} contacts deleted there go to the "
            "trash here, {unlinks} companies gone there are only unlinked. Apply this here?",
            "",
            summary.deletions_waiting,
        ).format(account=name, deletions=deletions, unlinks=unlinks)
        yes = translate("SyncUi", "&Apply")
    elif unlinks:
        question = tr(
            "%n companies are gone from {account}. Unlink their organizations here? "
            "They stay in your address book.",
            "",
            unlinks,
        ).format(account=name)
        yes = translate("SyncUi", "&Unlink")
    else:
        question = tr(
            "%n contacts were deleted in {account}. Delete them here too?", "", deletions
        ).format(account=name)
        yes = translate("SyncUi", "&Delete here too")
    return translate("SyncUi", "Gone from {account}").format(account=name), question, yes


class AccountSchedule(QObject):
    """Timers and runs of every account but enfore.

    ``finished(results, manual)`` reports each batch on the GUI thread: a list of
    ``(account, summary or the error that broke its run)``, and whether the user asked for it.
    """

    finished = Signal(object, bool)

    def __init__(self, accounts: Accounts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._runner = TaskRunner(self, max_threads=1)
        self._timers: dict[int, QTimer] = {}
        self._running: set[int] = set()
        self._closed = False
        self._cancel = threading.Event()  # set when the window closes
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_DELAY_MS)
        self._start_timer.timeout.connect(self._run_on_start)

    # --- the schedule -----------------------------------------------------------------------

    def start(self) -> None:
        """Start each account's timer and, shortly after the window opens, one run of each
        scheduled account whose settings do not say otherwise."""
        self.reload()
        if self._timers:
            self._start_timer.start()

    def reload(self) -> None:
        """Read the accounts again (after the Accounts dialog) and follow their intervals; a
        timer whose interval did not change keeps running."""
        if self._closed:
            return
        wanted = {
            a.id: a.interval_minutes * MS_PER_MINUTE
            for a in self._accounts.all()
            if a.id is not None and scheduled(a)
        }
        for account_id, timer in list(self._timers.items()):
            if wanted.get(account_id) != timer.interval():
                timer.stop()
                timer.deleteLater()
                del self._timers[account_id]
        for account_id, interval in wanted.items():
            if account_id in self._timers:
                continue
            timer = QTimer(self)
            timer.setObjectName(f"accountSyncTimer{account_id}")
            timer.timeout.connect(lambda account_id=account_id: self._due([account_id]))
            timer.start(interval)
            self._timers[account_id] = timer

    def interval_ms(self, account_id: int) -> int:
        """The account's timer interval, 0 when it has none."""
        timer = self._timers.get(account_id)
        return timer.interval() if timer is not None and timer.isActive() else 0

    def _run_on_start(self) -> None:
        self._due([a for a in self._timers], on_start=True)

    def _due(self, account_ids: list[int], *, on_start: bool = False) -> None:
        if self._closed:
            return
        chosen: list[Account] = []
        for account_id in account_ids:
            account = self._accounts.get(account_id)  # as it is now: disabled since, removed
            if account is None or not scheduled(account):
                continue
            if on_start and not account.sync_on_start:
                continue
            chosen.append(account)
        for account in chosen:  # each on its own, so that one account's run waits for no other
            self.run([account], manual=False)

    # --- running ----------------------------------------------------------------------------

    def is_running(self, account_id: int | None = None) -> bool:
        """Whether ``account_id`` (any account: None) is syncing or waiting for the worker."""
        return account_id in self._running if account_id is not None else bool(self._running)

    def run(
        self, accounts: list[Account], *, manual: bool, allow_mass_delete: bool = False
    ) -> list[Account]:
        """One run of each of ``accounts`` that is not syncing already, one after the other
        on the worker; returns those started (none: nothing will be reported).
        ``allow_mass_delete``: the user's yes to what waits beyond the safety limit."""
        if self._closed:
            return []
        chosen = [a for a in accounts if a.id is not None and a.id not in self._running]
        if not chosen:
            return []
        ids = {a.id for a in chosen if a.id is not None}
        self._running |= ids
        sync, cancelled = self._accounts.sync, self._cancel.is_set

        def work() -> list[Result]:
            results: list[Result] = []
            for account in chosen:
                try:
                    summary = sync(account, cancelled, allow_mass_delete=allow_mass_delete)
                    results.append((account, summary))
                except Exception as exc:  # this account's run broke; the others go on
                    results.append((account, exc))
            return results

        def done(results: list[Result]) -> None:
            self._running -= ids
            if not self._closed:
                self.finished.emit(results, manual)

        def failed(error: BaseException) -> None:
            done([(account, error) for account in chosen])

        self._runner.run(work, done, failed)
        return chosen

    # --- closing ----------------------------------------------------------------------------

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Stop the timers and wait for a running account's sync (the window is closing)."""
        self._closed = True
        self._cancel.set()
        self._start_timer.stop()
        for timer in self._timers.values():
            timer.stop()
        return self._runner.stop(wait_ms)


__all__ = [
    "MS_PER_MINUTE",
    "AccountSchedule",
    "account_outcome_text",
    "deletions_question",
    "scheduled",
]
