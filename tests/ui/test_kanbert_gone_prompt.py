"""Kanbert companies gone beyond the safety limit, in the window, over a real loopback Kanbert
reference server: Sync → Sync other accounts ends waiting for the user's yes and asks, naming
the account and the number; Cancel changes nothing and the next run asks again; the yes
unlinks the organizations with the "Gone from Kanbert" notice, and they stay in the book."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.registry import Services
from app.store import schema as s
from app.store.accounts import AccountRepository
from app.sync.accounts import Account
from app.sync.reference_server import RunningServer, running_server
from app.ui.dialogs.accounts import AccountsDialog
from app.ui.main_window import MainWindow
from app.ui.sync_wiring import SyncUi
from tests.sync.accounts.workstations import bearer_client
from tests.ui.account_windows import declining_windows, keychain_book, open_window

TOKEN = "kanbert-gone-prompt-token"
NAMES = ("Firm A", "Firm B", "Firm C")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "server", TOKEN, system="kanbert") as running:
        yield running


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with keychain_book(tmp_path / "book.sqlite") as made:
        yield made


@pytest.fixture
def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    with declining_windows(monkeypatch) as windows:
        yield windows


def _linked(services: Services, name: str) -> list[str]:
    """The accounts the "Linked to" row names for the organization ``name``."""
    c = s.contacts
    with services.db.reading() as conn:
        [org] = conn.execute(
            select(c.c.id).where(c.c.name == name, c.c.deleted_at.is_(None))
        ).scalars()
        return [link.account for link in AccountRepository(conn).links_of(str(org))]


def _gone_notices(services: Services, account_id: int) -> list[str]:
    issues = services.sync_accounts.issues(account_id)
    return sorted(i.name for i in issues if i.issue == "remote_gone")


def _ask(qtbot: QtBot, ui: SyncUi) -> QMessageBox:
    """Sync → Sync other accounts; the question the window asks when the run ends."""
    [menu] = [a.menu() for a in ui.window.menuBar().actions() if a.menu() is ui.menu]
    qtbot.waitUntil(lambda: ui.others_action.isEnabled(), timeout=10000)
    assert ui.others_action in menu.actions()
    ui.others_action.trigger()
    qtbot.waitUntil(
        lambda: ui.message_box is not None and ui.message_box.isVisible(), timeout=15000
    )
    box = ui.message_box
    assert box is not None
    return box


def _button(box: QMessageBox, text: str) -> QPushButton:
    [button] = [b for b in box.findChildren(QPushButton) if b.text() == text]
    return button


def test_companies_gone_beyond_the_limit_are_unlinked_only_after_the_users_yes(
    qtbot: QtBot, services: Services, server: RunningServer, opened: list[MainWindow]
) -> None:
    with bearer_client(server, TOKEN) as http:
        ids = [http.post("/companies", json={"name": n}).json()["data"]["id"] for n in NAMES]
    account, problems = services.accounts.save(
        Account(type="kanbert", name="Kanbert office", base_url=str(server), interval_minutes=0),
        TOKEN,
    )
    assert account is not None and account.id is not None, problems
    assert services.accounts.sync(account).outcome == "ok"
    assert all(_linked(services, n) == ["Kanbert office"] for n in NAMES)
    store = server.app.state.store  # type: ignore[attr-defined]
    assert store.delete("kanbert", "companies", str(ids[0]))
    assert store.delete("kanbert", "companies", str(ids[1]))
    services.accounts.delete_limit = 1  # two gone at once: beyond the limit

    window = open_window(qtbot, services, opened)
    ui = window.findChild(SyncUi)
    assert isinstance(ui, SyncUi)

    box = _ask(qtbot, ui)
    assert "Kanbert office" in box.text() and "2 companies" in box.text(), box.text()
    assert window.statusBar().currentMessage() == (
        "Kanbert office: synced; 2 companies gone there stay linked until you confirm"
    )
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.message_box is None, timeout=5000)
    # No: nothing changed, and the next run asks again.
    assert all(_linked(services, n) == ["Kanbert office"] for n in NAMES)
    assert _gone_notices(services, account.id) == []

    box = _ask(qtbot, ui)
    assert "Kanbert office" in box.text() and "2 companies" in box.text(), box.text()
    qtbot.mouseClick(_button(box, "&Unlink"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: _gone_notices(services, account.id or 0) == ["Firm A", "Firm B"], timeout=15000
    )
    qtbot.waitUntil(lambda: ui.others_action.isEnabled(), timeout=10000)
    assert _linked(services, "Firm A") == [] == _linked(services, "Firm B")
    assert _linked(services, "Firm C") == ["Kanbert office"]
    assert "Kanbert office: synced" in window.statusBar().currentMessage()
    assert ui.message_box is None  # nothing more to ask


def _answer_when_asked(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` of the question the dialog is about to ask (a modal message box),
    keeping its text in ``seen``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, click)


def test_the_accounts_dialogs_sync_now_asks_too_and_unlinks_on_yes(
    qtbot: QtBot, services: Services, server: RunningServer
) -> None:
    with bearer_client(server, TOKEN) as http:
        ids = [http.post("/companies", json={"name": n}).json()["data"]["id"] for n in NAMES]
    account, problems = services.accounts.save(
        Account(type="kanbert", name="Kanbert office", base_url=str(server), interval_minutes=0),
        TOKEN,
    )
    assert account is not None and account.id is not None, problems
    assert services.accounts.sync(account).outcome == "ok"
    store = server.app.state.store  # type: ignore[attr-defined]
    assert store.delete("kanbert", "companies", str(ids[0]))
    assert store.delete("kanbert", "companies", str(ids[2]))
    services.accounts.delete_limit = 1
    dialog = AccountsDialog(services.accounts, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.table.model()
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == "Kanbert office"]
    rect = dialog.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.sync_button.isEnabled()

    seen: list[str] = []
    _answer_when_asked(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "2 companies are gone from Kanbert office" in seen[0], seen
    assert dialog.result_label.text().startswith(
        "Kanbert office: synced; 2 companies gone there stay linked until you confirm"
    ), dialog.result_label.text()
    assert _gone_notices(services, account.id) == []
    assert all(_linked(services, n) == ["Kanbert office"] for n in NAMES)

    _answer_when_asked(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and "2 companies are gone from Kanbert office" in seen[1], seen
    assert dialog.result_label.text().startswith("Kanbert office: synced\n")
    assert _gone_notices(services, account.id) == ["Firm A", "Firm C"]
    assert _linked(services, "Firm B") == ["Kanbert office"]
    dialog.close()


def test_two_accounts_waiting_are_asked_one_after_the_other(
    qtbot: QtBot, services: Services, tmp_path: Path, opened: list[MainWindow]
) -> None:
    with running_server(tmp_path / "second", TOKEN, system="kanbert") as second:
        with bearer_client(second, TOKEN) as http:  # the second account's companies
            ids = [http.post("/companies", json={"name": n}).json()["data"]["id"] for n in NAMES]
        account, problems = services.accounts.save(
            Account(type="kanbert", name="Branch", base_url=str(second), interval_minutes=0),
            TOKEN,
        )
        assert account is not None and account.id is not None, problems
        assert services.accounts.sync(account).outcome == "ok"
        with running_server(tmp_path / "first", TOKEN, system="kanbert") as first:
            with bearer_client(first, TOKEN) as http:
                other_ids = [
                    http.post("/companies", json={"name": f"Other {n}"}).json()["data"]["id"]
                    for n in NAMES
                ]
            head, problems = services.accounts.save(
                Account(type="kanbert", name="Head", base_url=str(first), interval_minutes=0),
                TOKEN,
            )
            assert head is not None and head.id is not None, problems
            assert services.accounts.sync(head).outcome == "ok"
            for server, gone in ((second, ids[:2]), (first, other_ids[1:])):
                store = server.app.state.store  # type: ignore[attr-defined]
                for one in gone:
                    assert store.delete("kanbert", "companies", str(one))
            services.accounts.delete_limit = 1
            window = open_window(qtbot, services, opened)
            ui = window.findChild(SyncUi)
            assert isinstance(ui, SyncUi)

            box = _ask(qtbot, ui)
            asked = [box.text()]
            qtbot.mouseClick(_button(box, "&Unlink"), Qt.MouseButton.LeftButton)
            # The second question follows the first, it does not replace it unanswered.
            qtbot.waitUntil(
                lambda: ui.message_box is not None and ui.message_box is not box, timeout=5000
            )
            second_box = ui.message_box
            assert second_box is not None
            asked.append(second_box.text())
            qtbot.mouseClick(_button(second_box, "&Unlink"), Qt.MouseButton.LeftButton)
            assert sorted(a.split(" are gone from ")[1].split(".")[0] for a in asked) == [
                "Branch",
                "Head",
            ], asked
            qtbot.waitUntil(
                lambda: (
                    _gone_notices(services, head.id or 0) == ["Other Firm B", "Other Firm C"]
                    and _gone_notices(services, account.id or 0) == ["Firm A", "Firm B"]
                ),
                timeout=15000,
            )
