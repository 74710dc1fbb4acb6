"""The status bar of a book with enfore and Kanbert when Kanbert is in trouble, driven as a
person would (Sync → Sync other accounts, a click on the connection): a Kanbert server that
refuses the connection shows Kanbert offline with its changes queued; a Kanbert server that
refuses the token leads to Accounts with Kanbert chosen, not to the enfore Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.models import Email, IndividualContact
from app.services.registry import Services
from app.sync.accounts import Account
from app.sync.reference_server import running_server
from app.ui.dialogs.accounts import AccountsDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.main_window import MainWindow
from app.ui.sync_wiring import SyncUi
from tests.ui.account_windows import (
    closed_port,
    declining_windows,
    keychain_book,
    open_window,
    sync_status,
)

TOKEN = "kanbert-trouble-token"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with keychain_book(tmp_path / "book.sqlite") as made:
        yield made


@pytest.fixture
def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    with declining_windows(monkeypatch) as windows:
        yield windows


def _book(services: Services, kanbert_url: str, kanbert_token: str) -> Account:
    """An enfore account that has not synced yet (nothing listens at its address either) and
    a Kanbert account, both off their timers; Ann waits for both."""
    for account, token in (
        (
            Account(
                type="enfore",
                name="Head office",
                base_url=f"http://127.0.0.1:{closed_port()}/v1",
                tenant="o1",
                interval_minutes=0,
                settings={"sync_on_start": False},
            ),
            "head-office-token",
        ),
        (
            Account(
                type="kanbert", name="Kanbert office", base_url=kanbert_url, interval_minutes=0
            ),
            kanbert_token,
        ),
    ):
        stored, problems = services.accounts.save(account, token)
        assert stored is not None, problems
    services.editing.save(
        IndividualContact(name="Ann Peeters", emails=[Email(address="ann@acme.be")])
    )
    assert stored.type == "kanbert"
    return stored


def _sync_other_accounts(window: MainWindow) -> None:
    """Sync → Sync other accounts, from the menu bar."""
    ui = window.findChild(SyncUi)
    assert isinstance(ui, SyncUi)
    [menu] = [a.menu() for a in window.menuBar().actions() if a.menu() is ui.menu]
    assert ui.others_action in menu.actions() and ui.others_action.isEnabled()
    ui.others_action.trigger()


def test_a_kanbert_server_that_refuses_the_connection_shows_kanbert_offline(
    qtbot: QtBot, services: Services, opened: list[MainWindow]
) -> None:
    port = closed_port()
    _book(services, f"http://127.0.0.1:{port}", TOKEN)
    window = open_window(qtbot, services, opened)
    status = sync_status(window)
    qtbot.waitUntil(lambda: "Kanbert office: Not synced yet" in status.connection.text())

    _sync_other_accounts(window)
    qtbot.waitUntil(lambda: "Kanbert office: Offline" in status.connection.text(), timeout=5000)
    assert "Kanbert office: Offline · 1 to send" in status.connection.text()
    assert status.pending.text() == "2 changes to send"  # Ann, for each account
    assert window.statusBar().currentMessage() == (
        f"Kanbert office: Offline: cannot reach 127.0.0.1:{port}. Changes stay queued."
    )


def test_a_refused_kanbert_token_beside_enfore_leads_to_accounts_with_kanbert_chosen(
    qtbot: QtBot, services: Services, opened: list[MainWindow], tmp_path: Path
) -> None:
    with running_server(tmp_path / "kanbert", TOKEN, system="kanbert") as server:
        kanbert = _book(services, str(server), "a-token-kanbert-does-not-know")
        window = open_window(qtbot, services, opened)
        status = sync_status(window)
        _sync_other_accounts(window)
        qtbot.waitUntil(
            lambda: "Kanbert office: Token refused" in status.connection.text(), timeout=10000
        )
    tip = status.connection.toolTip()
    assert tip.endswith("Click to open Accounts and enter a valid token for “Kanbert office”.")
    assert "Preferences" not in tip

    qtbot.mouseClick(status.connection, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None, timeout=3000)
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitExposed(dialog)
    assert window.findChild(PreferencesDialog) is None
    chosen = dialog.selected()
    assert chosen is not None and chosen.id == kanbert.id
    assert dialog.edit_button.isEnabled()  # one click more: Edit… to enter the token
    dialog.close()
