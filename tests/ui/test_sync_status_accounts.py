"""The status bar, Pending changes and Sync issues of a book synced with an account other than
enfore, over a real loopback socket to the Kanbert reference server, driven as a person would:
F5, clicks on the status bar's counts.  A book whose only account is Kanbert shows Kanbert's
changes to send, sync issues, connection and last sync (not the enfore account's, which is not
set up); a book with enfore and Kanbert shows each account and the sum of both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import Email, IndividualContact
from app.services.registry import Services
from app.sync.accounts import Account
from app.sync.reference_server import RunningServer, running_server
from app.sync.reference_server.faults import Faults
from app.ui.dialogs.accounts import AccountsDialog
from app.ui.editors.linked_to import LinkedToBar
from app.ui.main_window import MainWindow
from app.ui.pages.pending import ACCOUNT_COLUMN, PendingPage
from app.ui.pages.sync_issues import SyncIssuesPage
from tests.ui.account_windows import declining_windows, keychain_book, open_window, sync_status

TOKEN = "status-accounts-kanbert-token"


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
def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    with declining_windows(monkeypatch) as windows:
        yield windows


def _kanbert(services: Services, server: RunningServer) -> None:
    """The Kanbert account, and two people: Rita's card is refused there (422)."""
    account, problems = services.accounts.save(
        Account(type="kanbert", name="Kanbert office", base_url=str(server), interval_minutes=0),
        TOKEN,
    )
    assert account is not None, problems
    for name, email in (("Ann Peeters", "ann@acme.be"), ("Refused Rita", "rita@acme.be")):
        services.editing.save(
            IndividualContact(name=name, emails=[Email(address=email, type="WORK_EMAIL")])
        )


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _names(page: PendingPage | SyncIssuesPage, column: int = 0) -> list[str]:
    model = page.model
    return sorted(str(model.index(row, column).data()) for row in range(model.rowCount()))


def test_a_book_with_only_a_kanbert_account_shows_its_changes_issues_and_last_sync(
    qtbot: QtBot, services: Services, server: RunningServer, opened: list[MainWindow]
) -> None:
    _kanbert(services, server)
    window = open_window(qtbot, services, opened)
    status = sync_status(window)
    qtbot.waitUntil(lambda: status.pending.text() == "2 changes to send", timeout=5000)
    assert status.last_sync.text() == "Never synced"
    assert "Not set up" not in status.connection.text()  # Kanbert is set up; enfore is not used

    # Pending changes, open while F5 syncs: the two people, then Rita only (Kanbert refused).
    _click(qtbot, status.pending)
    pending = window.current_section().page
    assert isinstance(pending, PendingPage)
    qtbot.waitUntil(lambda: _names(pending) == ["Ann Peeters", "Refused Rita"], timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: status.issues.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: status.pending.text() == "1 change to send", timeout=5000)
    assert status.issues.text() == "1 sync issue"
    assert status.last_sync.text().startswith("Last sync ")
    assert status.connection.text() == "● Online"
    assert status.last_sync.toolTip().endswith("1 rejected")  # Kanbert's run
    assert status.message_text() == ""  # nothing about the enfore account the book does not use
    qtbot.waitUntil(lambda: _names(pending) == ["Refused Rita"], timeout=5000)

    # The issue count leads to Sync issues, which shows Kanbert's refusal.
    _click(qtbot, status.issues)
    issues = window.current_section().page
    assert isinstance(issues, SyncIssuesPage)
    qtbot.waitUntil(lambda: issues.model.rowCount() == 1, timeout=5000)
    assert issues.model.index(0, 0).data() == "Refused Rita"
    assert issues.model.index(0, 1).data() == "Refused by the server"

    # The connection leads to the book's accounts (not to the enfore server's Preferences).
    _click(qtbot, status.connection)
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None, timeout=3000)
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitExposed(dialog)
    dialog.close()


def test_a_book_with_enfore_and_kanbert_shows_each_account_and_the_sum(
    qtbot: QtBot,
    services: Services,
    server: RunningServer,
    opened: list[MainWindow],
    tmp_path: Path,
) -> None:
    with running_server(
        tmp_path / "enfore", "head-office-token", Faults(reject_body_containing="Ann")
    ) as enfore_server:
        enfore, problems = services.accounts.save(
            Account(
                type="enfore",
                name="Head office",
                base_url=str(enfore_server),
                tenant="o1",
                interval_minutes=0,
                settings={"sync_on_start": False},
            ),
            "head-office-token",
        )
        assert enfore is not None, problems
        _kanbert(services, server)
        window = open_window(qtbot, services, opened)
        status = sync_status(window)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        # enfore refused Ann and took Rita; Kanbert took Ann and refused Rita.
        qtbot.waitUntil(
            lambda: (
                status.connection.text()
                == "● Head office: Online · 1 to send; Kanbert office: Online · 1 to send"
            ),
            timeout=15000,
        )
    assert status.pending.text() == "2 changes to send"
    assert status.issues.text() == "2 sync issues"
    assert status.last_sync.text().startswith("Last sync ")
    assert status.last_sync.toolTip().startswith("Kanbert office: ")  # the last one synced

    _click(qtbot, status.issues)
    issues = window.current_section().page
    assert isinstance(issues, SyncIssuesPage)
    qtbot.waitUntil(lambda: issues.model.rowCount() == 2, timeout=5000)
    assert sorted(
        tuple(str(issues.model.index(r, c).data()) for c in (0, 1, 3)) for r in range(2)
    ) == [
        ("Ann Peeters", "Refused by the server", "Head office"),
        ("Refused Rita", "Refused by the server", "Kanbert office"),
    ]
    _click(qtbot, status.pending)
    pending = window.current_section().page
    assert isinstance(pending, PendingPage)
    qtbot.waitUntil(lambda: pending.model.rowCount() == 2, timeout=5000)
    assert sorted(
        (str(pending.model.index(r, 0).data()), str(pending.model.index(r, ACCOUNT_COLUMN).data()))
        for r in range(2)
    ) == [("Ann Peeters", "Head office"), ("Refused Rita", "Kanbert office")]


def test_the_open_contacts_linked_to_badge_follows_a_kanbert_only_sync(
    qtbot: QtBot, services: Services, server: RunningServer, opened: list[MainWindow]
) -> None:
    _kanbert(services, server)
    window = open_window(qtbot, services, opened)
    window.select_section("people")
    page = window.people
    table = page.list_view.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    [ann] = [
        model.index(r, 0) for r in range(model.rowCount()) if "Ann" in str(model.index(r, 0).data())
    ]
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(ann).center()
    )
    qtbot.waitUntil(lambda: page.editor.original().name == "Ann Peeters", timeout=3000)
    bar = page.editor.findChild(LinkedToBar)
    assert isinstance(bar, LinkedToBar)
    assert not bar.isVisible()  # not in Kanbert yet

    # F5 with the editor open: Kanbert's run links Ann, and her badge says so at once.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bar.isVisible() and len(bar.texts()) == 1, timeout=15000)
    [badge] = bar.texts()
    account, remote_id, synced = badge.split(" · ")
    assert account == "Kanbert office" and remote_id and synced.startswith("synced ")
    assert page.editor.original().name == "Ann Peeters"
