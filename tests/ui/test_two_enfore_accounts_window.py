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
