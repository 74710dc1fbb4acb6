"""What each account's system cannot do, shown to the user: Preferences → Accounts says it for
the chosen account, and the contact editor's "Linked to" badge of an organization linked to a
Kanbert company says it is read only there; a company deleted in Kanbert is a notice in Sync
issues that says the organization stays here.  Driven as a person would: the Sync menu's
Accounts…, clicks on the rows, a click on the organization in the list, the status bar's
issue count and the notice's Dismiss button."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import IndividualContact, OrganizationContact
from app.services.registry import Services
from app.store import schema as s
from app.store.migrations import open_database
from app.sync.accounts import Account
from app.sync.credentials import TokenStore
from app.sync.reference_server import running_server
from app.ui.app import build_main_window
from app.ui.contacts_page import ContactsPage
from app.ui.dialogs.accounts import AccountsDialog
from app.ui.editors.linked_to import LinkedToBar
from app.ui.pages.sync_issues import SyncIssuesPage
from app.ui.sync_status import SyncStatusWidget
from app.ui.sync_wiring import SyncUi
from tests.ui.test_preferences import MemoryKeyring

SHOTS = os.environ.get("KONTOR_SCREENSHOTS")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    made = Services.over(
        open_database(tmp_path / "book.sqlite"), TokenStore(MemoryKeyring(), environ={})
    )
    yield made
    made.close()


def _account(services: Services, type_: str, name: str, url: str, tenant: str = "") -> int:
    stored, problems = services.accounts.save(
        Account(
            type=type_,
            name=name,
            base_url=url,
            tenant=tenant,
            interval_minutes=0,
            settings={"sync_on_start": False},
        )
    )
    assert stored is not None and stored.id is not None, problems
    return stored.id


def _link(services: Services, account_id: int, local_id: str, kind: str, remote_id: str) -> None:
    with services.db.transaction() as conn:
        conn.execute(
            s.sync_records.insert().values(
                account_id=account_id,
                local_id=local_id,
                aggregate="contact",
                kind=kind,
                remote_id=remote_id,
                base={"id": remote_id},
                base_ids={},
                remote_gone=False,
            )
        )


def _click_row(qtbot: QtBot, dialog: AccountsDialog, name: str) -> None:
    table = dialog.table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == name]
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() is not None and dialog.selected().name == name  # type: ignore[union-attr]


def _click_contact(qtbot: QtBot, page: ContactsPage, name: str) -> None:
    table = page.list_view.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=3000)
    [index] = [
        model.index(r, 0, QModelIndex())
        for r in range(model.rowCount())
        if name in str(model.index(r, 0).data())
    ]
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: page.editor.original().name == name, timeout=3000)


def test_accounts_dialog_and_linked_to_badges_say_what_each_system_cannot_do(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    _account(services, "enfore", "Head office", "http://127.0.0.1:9/v1", "o1")
    kanbert = _account(services, "kanbert", "Kanbert office", "https://kanbert.example/api/v1")
    partners = _account(services, "partners", "Partner portal", "https://portal.example.com", "p-1")
    _account(services, "kip", "KIP register", "https://api.kip.example/people")
    acme = services.editing.save(OrganizationContact(name="Acme NV")).contact
    ann = services.editing.save(IndividualContact(name="Ann Peeters")).contact
    assert acme is not None and ann is not None
    _link(services, kanbert, acme.id, "organization", "c-17")  # a Kanbert company
    _link(services, partners, acme.id, "organization", "42")
    _link(services, kanbert, ann.id, "individual", "k-7")

    window = build_main_window(services, "test")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    # Sync → Accounts…: each account chosen says what its system cannot do.
    sync_ui = window.findChild(SyncUi, "syncUi")
    assert isinstance(sync_ui, SyncUi)
    sync_ui.accounts_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None, timeout=3000)
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitExposed(dialog)
    limits = dialog.limits_label
    assert not limits.isVisible()  # nothing chosen yet

    _click_row(qtbot, dialog, "Kanbert office")
    assert limits.isVisible()
    assert limits.text().splitlines() == [
        "Limits of Kanbert:",
        "• Kanbert's companies are read here, never written: Kontor cannot create or change "
        "a company there.",
    ]
    dialog.resize(760, 420)
    shot = dialog.grab()
    shot.save(str(tmp_path / "account-limits.png"))
    if SHOTS:
        shot.save(str(Path(SHOTS) / "account-limits.png"))
    # The note sits inside the dialog, between the list and the buttons.
    assert limits.geometry().bottom() < dialog.add_button.geometry().top()
    assert limits.geometry().top() > dialog.table.geometry().bottom()

    _click_row(qtbot, dialog, "Partner portal")
    assert "The partner portal has no delete: the organization stays there." in limits.text()
    assert "Kanbert" not in limits.text()
    _click_row(qtbot, dialog, "KIP register")
    lines = limits.text().splitlines()
    assert lines[0] == "Limits of KIP companies:"
    assert any(line.startswith("• KIP has no delete") for line in lines)
    assert any(line.startswith("• KIP cannot be read") for line in lines)
    _click_row(qtbot, dialog, "Head office")  # the enfore API: nothing it cannot do
    assert not limits.isVisible()
    dialog.close()

    # The organization's editor: its Kanbert badge says read only there, the partner portal's
    # does not (but its tooltip says there is no delete there).
    window.select_section("organizations")
    _click_contact(qtbot, window.organizations, "Acme NV")
    bar = window.organizations.editor.findChild(LinkedToBar)
    assert isinstance(bar, LinkedToBar)
    qtbot.waitUntil(lambda: bar.isVisible() and len(bar.badges) == 2, timeout=3000)
    by_account = {b.text().split(" · ")[0]: b for b in bar.badges}
    assert by_account["Kanbert office"].text() == (
        "Kanbert office · c-17 · not synced yet · read only there"
    )
    assert "Kontor cannot create or change a company there" in (
        by_account["Kanbert office"].toolTip()
    )
    assert by_account["Partner portal"].text() == "Partner portal · 42 · not synced yet"
    assert "has no delete" in by_account["Partner portal"].toolTip()
    editor_shot = window.organizations.editor.grab()
    editor_shot.save(str(tmp_path / "linked-to-read-only.png"))
    if SHOTS:
        editor_shot.save(str(Path(SHOTS) / "linked-to-read-only.png"))

    # A person linked to Kanbert is written there: no "read only".
    window.select_section("people")
    _click_contact(qtbot, window.people, "Ann Peeters")
    people_bar = window.people.editor.findChild(LinkedToBar)
    assert isinstance(people_bar, LinkedToBar)
    qtbot.waitUntil(lambda: people_bar.texts() == ["Kanbert office · k-7 · not synced yet"],
                    timeout=3000)  # fmt: skip
    QApplication.processEvents()
    window.close()


def test_a_company_deleted_in_kanbert_is_a_notice_in_sync_issues_that_can_be_dismissed(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    token = "limits-kanbert-token"  # the book's only account is Kanbert
    with running_server(tmp_path, token, system="kanbert") as server:
        http = httpx.Client(
            base_url=str(server), headers={"Authorization": f"Bearer {token}"}, timeout=5
        )
        made = http.post("/companies", json={"name": "Acme NV"})
        http.post("/companies", json={"name": "Zeta BV"})  # stays (an empty list unlinks none)
        http.close()
        assert made.status_code == 201, made.text
        account, problems = services.accounts.save(
            Account(type="kanbert", name="Kanbert office", base_url=str(server),
                    interval_minutes=0),
            token,
        )  # fmt: skip
        assert account is not None, problems
        assert services.accounts.sync(account).outcome == "ok"
        assert server.app.state.store.delete(  # type: ignore[attr-defined]
            "kanbert", "companies", made.json()["data"]["id"]
        )
        gone = services.accounts.sync(account)
        assert gone.outcome == "ok", gone.messages

    window = build_main_window(services, "test")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    status = window.findChild(SyncStatusWidget)
    assert isinstance(status, SyncStatusWidget)
    sync_ui = window.findChild(SyncUi, "syncUi")
    assert isinstance(sync_ui, SyncUi)
    sync_ui.controller.refresh_status()
    qtbot.waitUntil(lambda: status.issues.text() == "1 sync issue", timeout=5000)
    qtbot.mouseClick(status.issues, Qt.MouseButton.LeftButton)
    issues = window.current_section().page
    assert isinstance(issues, SyncIssuesPage)
    qtbot.waitUntil(lambda: issues.model.rowCount() == 1, timeout=5000)
    first = issues.table.visualRect(issues.model.index(0, 0))
    qtbot.mouseClick(issues.table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert issues.model.index(0, 1).data() == "Gone from the server"
    assert issues.message.text() == (
        "“Acme NV” was deleted in Kanbert office. It stays here, no longer linked to Kanbert "
        "office; nothing was deleted here."
    )
    said = [issues.problems_list.item(i).text() for i in range(issues.problems_list.count())]
    assert said == [
        "Gone from Kanbert: Kanbert no longer has “Acme NV” (deleted there). The organization "
        "stays here, no longer linked to Kanbert; work details at it stay here only."
    ]
    assert issues.retry_button.text() == "&Dismiss"
    shot = window.grab()
    shot.save(str(tmp_path / "gone-notice.png"))
    if SHOTS:
        shot.save(str(Path(SHOTS) / "gone-notice.png"))
    qtbot.mouseClick(issues.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: issues.model.rowCount() == 0, timeout=5000)
    assert services.sync_accounts.issues() == []
    kept = services.directory.page(ContactKind.ORGANIZATION, 0, 10, "")
    assert sorted(c.name for c in kept if c) == ["Acme NV", "Zeta BV"]
    window.close()
