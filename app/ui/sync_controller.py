"""Sync in the window: runs on a worker thread, with progress, cancel and a schedule.

:class:`SyncController` owns the behaviour; the status bar, the menu and the sync pages only
show what it says and call it.  A run calls :meth:`SyncService.run
<app.services.sync.SyncService.run>` on the controller's own one-thread pool (never the GUI
thread, and never one of the window's task threads, so saving and searching go on while a long
sync runs).  The worker reports through queued signals; the cancel flag is a
:class:`threading.Event` the engine polls between steps.

Offline is a normal state: a run that cannot reach the server ends with the outcome
``offline`` and the status bar says so; nothing pops up.  Missing settings or token
(:class:`~app.services.sync.SyncNotSetUp`) end a run with a message, never a crash.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from app.services.registry import Services
from app.services.sync import SyncNotSetUp, SyncStatus
from app.services.sync_accounts import AccountSyncStatus
from app.sync.progress import SyncProgress, SyncSummary
from app.sync.settings import SyncSettings
from app.ui.tasks import TaskRunner

# How long after the window opens the sync-on-start run begins (the window paints first).
START_DELAY_MS: Final = 1500
# Progress reports closer together than this are dropped (a phase's first and last pass).
PROGRESS_INTERVAL_S: Final = 0.05
# How long closing the window waits for a cancelled run to stop.
SHUTDOWN_WAIT_MS: Final = 15000
# Outcomes of a run that reached the server.
REACHED: Final = frozenset({"ok", "incomplete", "needs_confirmation"})

ONLINE: Final = "online"
OFFLINE: Final = "offline"
NOT_SET_UP: Final = "not_set_up"
CREDENTIALS: Final = "credentials"
ERROR: Final = "error"
UNKNOWN: Final = "unknown"
# The server was reached, and what it deleted beyond the safety limit waits for the user's
# yes (a run the user did not start asks nothing: the status bar says so until it is settled).
WAITING: Final = "waiting"


def connection_of(outcome: str | None) -> str:
    """What a run's outcome says about the connection (``cancelled`` says nothing)."""
    if outcome == "needs_confirmation":
        return WAITING
    if outcome in REACHED:
        return ONLINE
    if outcome in (OFFLINE, CREDENTIALS, ERROR):
        return outcome
    return UNKNOWN


@dataclass(frozen=True)
class AccountState:
    """How one account stands, for the status bar when the book has more than one."""

    account_id: int
    name: str
    connection: str = UNKNOWN  # as SyncState.connection, or "disabled"
    pending: int = 0
    issues: int = 0
    last_sync: datetime | None = None
    detail: str = ""


DISABLED: Final = "disabled"


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows about sync."""

    # online, offline, not_set_up, credentials, error, unknown, disabled: of the book's one
    # account, whichever system it is; with several, of the enfore account (each has its own
    # in ``accounts``)
    connection: str = UNKNOWN
    pending: int = 0
    issues: int = 0
    last_sync: datetime | None = None  # the last run that reached a server (any account's)
    last_summary: str = ""
    running: bool = False
    detail: str = ""  # why not set up / what failed
    accounts: tuple[AccountState, ...] = ()  # each listed account (the counts above: all)
    # What a click on the connection opens: the Accounts dialog in a book that does not use its
    # enfore account (synced with other systems only) or whose trouble is another account's
    # token (``fix_account``), else Preferences.
    opens_accounts: bool = False
    # An account (not enfore) whose token its server refused, while the enfore account has no
    # such trouble: a click on the connection opens Accounts with it chosen, to fix it there.
    fix_account: int | None = None
    # An account whose last run holds deletions beyond the safety limit for the user's yes
    # (and no trouble above): a click on the connection runs it again, and that run asks.
    review_account: int | None = None


@dataclass(frozen=True)
class _Snapshot:
    """What a status refresh read on the worker."""

    settings: SyncSettings
    status: SyncStatus
    outcomes: list[tuple[str, datetime | None]]  # newest first
    accounts: list[AccountSyncStatus] = field(default_factory=list)


class _JobSignals(QObject):
    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object, str)


class _SyncJob(QRunnable):
    """One run of :meth:`SyncService.run` on the pool's thread."""

    def __init__(
        self, run: Callable[..., SyncSummary], cancel: threading.Event, allow_mass_delete: bool
    ) -> None:
        super().__init__()
        self._run = run
        self._cancel = cancel
        self._allow_mass_delete = allow_mass_delete
        self._lock = threading.Lock()
        self._last_report = (0.0, "")
        self.signals = _JobSignals()
        self.setAutoDelete(False)  # the controller keeps it until it reported

    def _report(self, progress: SyncProgress) -> None:
        # Called from the engine's threads: thin the reports out, keep each phase's ends.
        now = time.monotonic()
        with self._lock:
            last_at, last_phase = self._last_report
            edge = progress.phase != last_phase or progress.done in (0, progress.total)
            if not edge and now - last_at < PROGRESS_INTERVAL_S:
                return
            self._last_report = (now, progress.phase)
        self.signals.progress.emit(progress)

    @Slot()
    def run(self) -> None:
        try:
            summary = self._run(
                self._report, self._cancel.is_set, allow_mass_delete=self._allow_mass_delete
            )
        except Exception as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(summary)


class SyncController(QObject):
    """Starts, cancels and schedules sync runs and keeps :class:`SyncState` current.

    Signals (all on the GUI thread): ``started``; ``progress(phase, done, total, message)``;
    ``finished(SyncSummary)`` after a run that ended (even offline or cancelled);
    ``failed(message)`` when a run could not start or broke; ``state_changed(SyncState)``
    whenever what the status bar shows changed; ``running_changed(bool)``.
    """

    started = Signal()
    progress = Signal(str, int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    state_changed = Signal(object)
    running_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner or TaskRunner(self, max_threads=1)
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._job: _SyncJob | None = None
        self._manual = False
        self._closed = False
        self._settings = SyncSettings()
        # What this session learned about the connection (None: ask the recorded runs).
        self._connection: str | None = None
        self._detail = ""
        self._state = SyncState()
        self.last_summary: SyncSummary | None = None
        self.last_error: BaseException | None = None

        self._timer = QTimer(self)
        self._timer.setObjectName("syncIntervalTimer")
        self._timer.timeout.connect(self._scheduled)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_DELAY_MS)
        self._start_timer.timeout.connect(self._scheduled)

    # --- what is known ----------------------------------------------------------------------

    @property
    def state(self) -> SyncState:
        return self._state

    @property
    def settings(self) -> SyncSettings:
        """The settings as last read (:meth:`start` / :meth:`reload_settings`)."""
        return self._settings

    def is_running(self) -> bool:
        return self._job is not None

    def is_manual_run(self) -> bool:
        """Whether the run now going (or the one that just ended) was asked for by the user."""
        return self._manual

    def interval_ms(self) -> int:
        """The automatic timer's interval, 0 when it is off."""
        return self._timer.interval() if self._timer.isActive() else 0

    # --- the schedule -----------------------------------------------------------------------

    def start(self) -> None:
        """Read the settings, start the automatic timer and, when the settings say so, one run
        shortly after the window opens."""
        self.reload_settings()
        if self._settings.configured and self._settings.sync_on_start:
            self._start_timer.start()

    def reload_settings(self) -> None:
        """Read the settings again (after Preferences) and follow their schedule."""
        if self._closed:
            return
        self._settings = self._services.sync_setup.settings()
        self._connection = None  # a new server or token: what was learned may not hold
        self._detail = ""
        minutes = self._settings.interval_minutes
        if self._settings.configured and minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()
        self.refresh_status()

    def _scheduled(self) -> None:
        if not self.is_running():
            self.sync_now(manual=False)

    # --- running ----------------------------------------------------------------------------

    def sync_now(self, *, manual: bool = True, allow_mass_delete: bool = False) -> bool:
        """Start a run on the worker; False (and nothing started) while one is running."""
        if self._closed or self.is_running():
            return False
        self._cancel.clear()
        self._manual = manual
        self.last_error = None
        job = _SyncJob(self._services.sync.run, self._cancel, allow_mass_delete)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.progress.connect(self._on_progress, queued)
        job.signals.done.connect(self._on_done, queued)
        job.signals.failed.connect(self._on_failed, queued)
        self._job = job
        self._pool.start(job)
        self._set_state(running=True)
        self.running_changed.emit(True)
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop at its next step (what was done so far is kept)."""
        if self.is_running():
            self._cancel.set()

    @Slot(object)
    def _on_progress(self, report: SyncProgress) -> None:
        if self._job is not None and not self._closed:
            self.progress.emit(report.phase, report.done, report.total, report.message)

    @Slot(object)
    def _on_done(self, summary: SyncSummary) -> None:
        self._job = None
        if self._closed:
            return
        self.last_summary = summary
        known = connection_of(summary.outcome)
        if known != UNKNOWN:
            self._connection = known
            self._detail = summary.messages[-1] if known != ONLINE and summary.messages else ""
        self._set_state(running=False)
        self.running_changed.emit(False)
        self.finished.emit(summary)
        self.refresh_status()

    @Slot(object, str)
    def _on_failed(self, error: BaseException, _trace: str) -> None:
        self._job = None
        if self._closed:
            return
        self.last_error = error
        if isinstance(error, SyncNotSetUp):
            self._connection = NOT_SET_UP
            message = str(error)
        else:
            self._connection = ERROR
            message = self.tr("Sync failed: {reason}").format(reason=str(error) or repr(error))
        self._detail = message
        self._set_state(running=False)
        self.running_changed.emit(False)
        self.failed.emit(message)
        self.refresh_status()

    # --- the status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Count pending changes and issues again (on the worker) and tell the status bar."""
        if self._closed:
            return
        services = self._services

        def read() -> _Snapshot:
            runs = services.sync.last_runs(20)
            return _Snapshot(
                settings=services.sync_setup.settings(),
                status=services.sync.status(),
                outcomes=[(r.outcome, r.finished_at or r.started_at) for r in runs],
                accounts=services.sync_accounts.statuses(),
            )

        self._runner.run(read, self._show_snapshot, self._snapshot_failed, key="sync.status")

    def _show_snapshot(self, snapshot: _Snapshot) -> None:
        if self._closed:
            return
        status = snapshot.status
        last_sync = next((at for outcome, at in snapshot.outcomes if outcome in REACHED), None)
        if not snapshot.settings.configured:
            connection = NOT_SET_UP
            detail = self.tr("Enter the server address and the organization in Preferences.")
        elif self._connection is not None:
            connection, detail = self._connection, self._detail
        else:
            recorded = next(
                (outcome for outcome, _at in snapshot.outcomes if outcome != "cancelled"), None
            )
            connection, detail = connection_of(recorded), ""
        accounts = tuple(self._account_state(one, connection, detail) for one in snapshot.accounts)
        enfore_id = self._services.sync.account_id
        opens_accounts = bool(accounts) and all(a.account_id != enfore_id for a in accounts)
        enfore_trouble = any(
            a.account_id == enfore_id and a.connection in (CREDENTIALS, NOT_SET_UP)
            for a in accounts
        )
        fix_account = next(
            (
                a.account_id
                for a in accounts
                if a.account_id != enfore_id and a.connection == CREDENTIALS
            ),
            None,
        )
        if enfore_trouble:  # Preferences first: the enfore account's own token or settings
            fix_account = None
        review_account = next((a.account_id for a in accounts if a.connection == WAITING), None)
        if not accounts and connection == WAITING:
            review_account = enfore_id
        if enfore_trouble or fix_account is not None:
            review_account = None  # the trouble first
        pending, issues, last_summary = status.pending, status.issues, status.last_summary
        if len(accounts) == 1:  # the book's one account, whichever system it is
            [one], [listed] = accounts, snapshot.accounts
            connection, detail, last_sync = one.connection, one.detail, one.last_sync
            pending, issues, last_summary = one.pending, one.issues, listed.status.last_summary
        elif accounts:  # each account in the connection's text, the counts of all
            pending = sum(a.pending for a in accounts)
            issues = sum(a.issues for a in accounts)
            synced = [
                (a.last_sync, a.name, listed.status.last_summary)
                for a, listed in zip(accounts, snapshot.accounts, strict=True)
                if a.last_sync is not None
            ]
            if synced:  # the account that reached its server last
                last_sync, name, summary = max(synced, key=lambda found: found[0])
                last_summary = f"{name}: {summary}"
        self._set_state(
            connection=connection,
            pending=pending,
            issues=issues,
            last_sync=last_sync,
            last_summary=last_summary,
            detail=detail,
            accounts=accounts,
            opens_accounts=opens_accounts or fix_account is not None,
            fix_account=fix_account,
            review_account=review_account,
        )

    def _account_state(
        self, one: AccountSyncStatus, enfore_connection: str, enfore_detail: str
    ) -> AccountState:
        """One account's line: the enfore account as this session knows it, the others from
        their recorded runs."""
        last_sync = next((at for outcome, at in one.outcomes if outcome in REACHED), None)
        if one.account_id == self._services.sync.account_id:
            connection, detail = enfore_connection, enfore_detail
        elif not one.configured:
            connection, detail = NOT_SET_UP, ""
        elif not one.enabled:
            connection, detail = DISABLED, ""
        else:
            recorded = next((o for o, _at in one.outcomes if o != "cancelled"), None)
            connection, detail = connection_of(recorded), one.unreachable
        return AccountState(
            account_id=one.account_id,
            name=one.name,
            connection=connection,
            pending=one.status.pending,
            issues=one.status.issues,
            last_sync=last_sync,
            detail=detail,
        )

    def _snapshot_failed(self, error: BaseException) -> None:
        if not self._closed:
            self._set_state(detail=str(error))

    def _set_state(self, **changes: Any) -> None:
        state = replace(self._state, **changes)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    # --- closing --------------------------------------------------------------------------------

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Stop the timers, cancel a running sync and wait for it (the window is closing).

        Returns whether the worker stopped in time."""
        self._timer.stop()
        self._start_timer.stop()
        self._cancel.set()
        self._closed = True
        stopped = self._pool.waitForDone(wait_ms)
        self._job = None
        return stopped


__all__ = ["AccountState", "SyncController", "SyncState", "connection_of"]
