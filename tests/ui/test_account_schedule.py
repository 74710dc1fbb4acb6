"""Accounts other than enfore sync on their own interval, over a real loopback socket to the
Kanbert reference server: nothing pressed, the window's status bar shows each timer run; an
account is never run twice at once; a disabled account and a "Manual only" one never run on
their own.  A minute of the interval is made short (``MS_PER_MINUTE``) so that the timer fires
within the test.  Also: each account's outcome in words, and the connection's tooltip saying
what a click on it opens."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.domain.models import Email, IndividualContact
from app.services.registry import Services
from app.sync.accounts import Account
from app.sync.progress import SyncSummary
from app.sync.reference_server import RunningServer, running_server
from app.sync.reference_server.faults import Faults
from app.ui import account_schedule
from app.ui.dialogs.accounts import AccountEditor, AccountsDialog
from app.ui.main_window import MainWindow
from app.ui.sync_wiring import SyncUi
from tests.ui.account_windows import closing_windows, keychain_book, open_window, sync_status
from tests.ui.test_sync_status_accounts import TOKEN, _click


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(
        tmp_path, TOKEN, Faults(reject_body_containing="Rita"), system="kanbert"
    ) as up:
        yield up


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with keychain_book(tmp_path / "book.sqlite") as made:
        yield made


@pytest.fixture
def opened() -> Iterator[list[MainWindow]]:
    with closing_windows() as windows:
        yield windows


class Runs:
    """Every account run the window makes, and how many of one account ran at once."""

    def __init__(self, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: Counter[str] = Counter()
        self.most_at_once: Counter[str] = Counter()
        self._now: Counter[str] = Counter()
        self._lock = threading.Lock()
        real = services.accounts.sync

        def sync(account: Account, *args: object, **kwargs: object) -> SyncSummary:
            with self._lock:
                self.started[account.name] += 1
                self._now[account.name] += 1
                self.most_at_once[account.name] = max(
                    self.most_at_once[account.name], self._now[account.name]
                )
            try:
                return real(account, *args, **kwargs)  # type: ignore[arg-type]
            finally:
                with self._lock:
                    self._now[account.name] -= 1

        monkeypatch.setattr(services.accounts, "sync", sync)


def _add(services: Services, server: RunningServer, name: str, **fields: object) -> Account:
    account, problems = services.accounts.save(
        Account(type="kanbert", name=name, base_url=str(server), **fields),  # type: ignore[arg-type]
        TOKEN,
    )
    assert account is not None, problems
    return account


def _people(services: Services) -> None:
    for name, email in (("Ann Peeters", "ann@acme.be"), ("Refused Rita", "rita@acme.be")):
        services.editing.save(
            IndividualContact(name=name, emails=[Email(address=email, type="WORK_EMAIL")])
        )


def _ui(window: MainWindow) -> SyncUi:
    found = window.findChild(SyncUi, "syncUi")
    assert isinstance(found, SyncUi)
    return found


def test_each_account_syncs_on_its_own_interval_and_a_disabled_one_never(
    qtbot: QtBot,
    services: Services,
    server: RunningServer,
    opened: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(account_schedule, "MS_PER_MINUTE", 100)  # "every 1 min": every 0.1 s
    office = _add(
        services, server, "Kanbert office", interval_minutes=1, settings={"sync_on_start": False}
    )
    archive = _add(services, server, "Kanbert archive", interval_minutes=1, enabled=False)
    _people(services)  # Ann, and Rita whom the server refuses
    runs = Runs(services, monkeypatch)

    window = open_window(qtbot, services, opened)
    status = sync_status(window)
    bar = window.statusBar()
    assert _ui(window).schedule.interval_ms(office.id or 0) == 100
    # Nothing pressed: the office account's timer syncs it, and the status bar says so.
    qtbot.waitUntil(lambda: "Kanbert office: Online" in status.connection.text(), timeout=15000)
    assert "Kanbert archive: Off" in status.connection.text()
    qtbot.waitUntil(lambda: status.issues.text() == "1 sync issue", timeout=5000)  # Rita
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=5000)
    assert bar.currentMessage() == (
        "Kanbert office: some records could not be synced — see Sync issues"
    )
    # It goes on syncing on its interval, one run at a time; the disabled account never.
    qtbot.waitUntil(lambda: runs.started["Kanbert office"] >= 4, timeout=15000)
    assert runs.most_at_once["Kanbert office"] == 1
    assert runs.started["Kanbert archive"] == 0
    overview = services.sync_accounts
    ran = [r.outcome for r in overview.service(office.id or 0).last_runs(50)]
    assert len(ran) >= 3 and "cancelled" not in ran  # each run recorded as it ended
    assert overview.service(archive.id or 0).last_runs(50) == []


def test_accounts_with_an_interval_sync_at_start_and_manual_only_ones_do_not(
    qtbot: QtBot,
    services: Services,
    server: RunningServer,
    opened: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.editing.save(IndividualContact(name="Ann Peeters"))  # the server takes her
    _add(services, server, "Kanbert office", interval_minutes=0)  # Manual only
    _add(services, server, "Kanbert hourly", interval_minutes=60)
    runs = Runs(services, monkeypatch)
    window = open_window(qtbot, services, opened)
    status = sync_status(window)
    # Shortly after the window opens the hourly account syncs once; the other does not.
    qtbot.waitUntil(lambda: "Kanbert hourly: Online" in status.connection.text(), timeout=15000)
    assert runs.started == Counter({"Kanbert hourly": 1})
    assert "Kanbert office: Not synced yet" in status.connection.text()
    bar = window.statusBar()
    assert bar.currentMessage() == ""  # a timer run that went well says nothing
    # The manual one syncs when asked (Sync other accounts), with its outcome in words.
    _ui(window).others_action.trigger()
    qtbot.waitUntil(lambda: "Kanbert office: Online" in status.connection.text(), timeout=15000)
    qtbot.waitUntil(lambda: "synced" in bar.currentMessage(), timeout=5000)
    assert bar.currentMessage() == "Kanbert hourly: synced; Kanbert office: synced"
    assert runs.started == Counter({"Kanbert hourly": 2, "Kanbert office": 1})


def test_a_refused_token_says_the_click_opens_the_accounts(
    qtbot: QtBot, services: Services, server: RunningServer, opened: list[MainWindow]
) -> None:
    account, problems = services.accounts.save(
        Account(type="kanbert", name="Kanbert office", base_url=str(server), interval_minutes=0),
        "a-wrong-token",
    )
    assert account is not None, problems
    window = open_window(qtbot, services, opened)
    status = sync_status(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: status.connection.text() == "● Token refused", timeout=15000)
    tip = status.connection.toolTip()
    assert tip == "The server refused the API token. Click to open Accounts."
    assert "the server refused the token" in window.statusBar().currentMessage()
    _click(qtbot, status.connection)
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None, timeout=3000)
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    dialog.close()
    # A run the server failed for in part, with nothing refused, does not send to Sync issues.
    failed_for_a_part = SyncSummary(outcome="incomplete", complete=False, messages=["timed out"])
    assert _ui(window).account_outcome_text("Kanbert office", failed_for_a_part) == (
        "Kanbert office: not everything could be synced; the rest waits for the next sync"
    )


def _edit_in_accounts_dialog(qtbot: QtBot, window: MainWindow, *steps: str) -> None:
    """Sync → Accounts…, Edit… of the book's one account: the steps in its form (``minutes=N``,
    ``enabled``), OK, then Close."""
    _ui(window).accounts_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None, timeout=3000)
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitExposed(dialog)
    dialog.table.selectRow(0)

    def in_the_form() -> None:  # the form is modal: act once it is up
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, AccountEditor)
        for step in steps:
            field, _, value = step.partition("=")
            if field == "minutes":
                editor.interval_spin.setFocus()
                editor.interval_spin.selectAll()
                qtbot.keyClicks(editor.interval_spin, value)
            else:
                _click(qtbot, editor.enabled_check)
        _click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(200, in_the_form)
    _click(qtbot, dialog.edit_button)
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is None, timeout=3000)


def test_the_interval_set_in_the_accounts_dialog_is_followed_and_disabling_stops_it(
    qtbot: QtBot,
    services: Services,
    server: RunningServer,
    opened: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(account_schedule, "MS_PER_MINUTE", 100)
    office = _add(services, server, "Kanbert office", interval_minutes=0)  # Manual only
    services.editing.save(IndividualContact(name="Ann Peeters"))
    runs = Runs(services, monkeypatch)
    window = open_window(qtbot, services, opened)
    schedule = _ui(window).schedule
    assert schedule.interval_ms(office.id or 0) == 0

    _edit_in_accounts_dialog(qtbot, window, "minutes=2")
    assert schedule.interval_ms(office.id or 0) == 200
    qtbot.waitUntil(lambda: runs.started["Kanbert office"] >= 2, timeout=10000)
    status = sync_status(window)
    qtbot.waitUntil(lambda: status.connection.text() == "● Online", timeout=5000)

    _edit_in_accounts_dialog(qtbot, window, "enabled")  # out of syncs
    assert schedule.interval_ms(office.id or 0) == 0
    qtbot.waitUntil(lambda: not schedule.is_running(), timeout=10000)
    after = runs.started["Kanbert office"]
    qtbot.wait(600)  # three intervals
    assert runs.started["Kanbert office"] == after
