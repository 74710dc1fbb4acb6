"""A book linked to two enfore organizations, in the window as a person uses it: the status
bar names both, F5 syncs the first and then the second, and the contact editor says where the
contact is linked to with the id each organization gave it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import IndividualContact
from app.services.registry import Services
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import Account
from app.sync.client import ContactsApiClient
from app.sync.reference_server import RunningServer, running_server
from app.ui.editors.linked_to import LinkedToBar
from app.ui.main_window import MainWindow
from app.ui.sync_wiring import SyncUi
from tests.ui.account_windows import closing_windows, keychain_book, open_window, sync_status

TOKEN = "two-orgs-token-77"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "server", TOKEN) as url:
        yield url


@pytest.fixture
def services(tmp_path: Path, server: RunningServer) -> Iterator[Services]:
    with keychain_book(tmp_path / "book.sqlite") as made:
        for name, org in (("Head office", "head"), ("Branch", "branch")):
            account, problems = made.accounts.save(
                Account(
                    type="enfore",
                    name=name,
                    base_url=str(server),
                    tenant=org,
                    interval_minutes=0,
                    settings={"sync_on_start": False},
                ),
                TOKEN,
            )
            assert account is not None, problems
        assert made.editing.save(IndividualContact(name="Ada Lovelace")).saved
        yield made


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    with closing_windows() as opened:
        yield open_window(qtbot, services, opened)


def _names(server: RunningServer, org: str) -> list[str]:
    with ContactsApiClient(str(server), org, TOKEN) as client:
        listing = client.list_all(ContactKind.INDIVIDUAL)
    assert listing.complete
    return sorted(str(item["name"]) for item in listing.items)


def test_f5_syncs_both_organizations_and_the_editor_shows_both_links(
    qtbot: QtBot, services: Services, window: MainWindow, server: RunningServer
) -> None:
    [saved] = services.directory.page(ContactKind.INDIVIDUAL, 0, 10, "Ada")
    status = sync_status(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    # The status bar names both accounts once both runs are done.
    qtbot.waitUntil(
        lambda: status.connection.text() == "● Head office: Online; Branch: Online", timeout=15000
    )
    assert _names(server, "head") == _names(server, "branch") == ["Ada Lovelace"]
    qtbot.waitUntil(lambda: status.pending.text() == "0 changes to send", timeout=5000)
    tip = status.connection.toolTip().splitlines()
    assert tip[0].startswith("Head office: Online — last sync ")
    assert tip[2].startswith("Branch: Online — last sync ")
    with services.db.reading() as conn:
        ids = {
            account.name: SyncStateRepository(conn, account.id or 0).record(saved.id)
            for account in services.accounts.all()
        }
    head_id = ids["Head office"].remote_id  # type: ignore[union-attr]
    branch_id = ids["Branch"].remote_id  # type: ignore[union-attr]
    assert head_id and branch_id and head_id != branch_id

    # The editor: linked to both, each with the id that organization gave the contact.
    window.select_section("people")
    window.people.show_contact(saved.id)
    bar = window.people.editor.findChild(LinkedToBar)
    assert isinstance(bar, LinkedToBar)
    qtbot.waitUntil(lambda: len(bar.texts()) == 2, timeout=5000)
    head_badge, branch_badge = bar.texts()
    # (UUIDs by their start: both badges fit beside each other; whole in the tooltips)
    assert head_badge.startswith(f"Head office · {head_id[:8]}… · synced ")
    assert branch_badge.startswith(f"Branch · {branch_id[:8]}… · synced ")
    assert [f"Id there: {head_id}", f"Id there: {branch_id}"] == [
        next(line for line in badge.toolTip().splitlines() if line.startswith("Id there"))
        for badge in bar.badges
    ]
    assert bar.sizeHint().width() < window.people.editor.width()


def test_deletions_an_unattended_run_held_back_wait_in_the_status_bar_until_reviewed(
    qtbot: QtBot, services: Services, window: MainWindow, server: RunningServer
) -> None:
    for name in ("Bob Smet", "Cas Jacobs"):
        assert services.editing.save(IndividualContact(name=name)).saved
    [_head, branch] = services.accounts.all()
    assert services.accounts.sync(branch).outcome == "ok"
    # Two contacts deleted at the branch: more than this book's safety limit of one.
    services.accounts.delete_limit = 1
    with ContactsApiClient(str(server), "branch", TOKEN) as client:
        for item in client.list_all(ContactKind.INDIVIDUAL).items:
            if item["name"] != "Ada Lovelace":
                client.delete(ContactKind.INDIVIDUAL, str(item["id"]))
    ui = window.findChild(SyncUi, "syncUi")
    assert isinstance(ui, SyncUi)
    status = sync_status(window)

    ui.schedule.run([branch], manual=False)  # as the account's timer runs it
    qtbot.waitUntil(lambda: "Branch: Deletions wait" in status.connection.text(), timeout=10000)
    assert ui.message_box is None  # nobody was asked while away
    assert "Click to review what “Branch” holds back." in status.connection.toolTip()
    assert len(_people(services)) == 3  # nothing deleted here

    # A click on it: the account runs again, now asking; yes deletes them here too.
    qtbot.mouseClick(status.connection, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.message_box is not None, timeout=10000)
    box = ui.message_box
    assert box is not None and "Branch" in box.text() + box.windowTitle()
    [accept] = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole]
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _people(services) == ["Ada Lovelace"], timeout=10000)
    qtbot.waitUntil(lambda: "Branch: Online" in status.connection.text(), timeout=10000)


def _people(services: Services) -> list[str]:
    return [s.name for s in services.directory.page(ContactKind.INDIVIDUAL, 0, 50)]
