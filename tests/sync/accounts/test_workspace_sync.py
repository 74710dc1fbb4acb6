"""A workspace account over a real loopback socket: the locations of "our own organization"
and their office hours round-trip both ways (created, patched, taken from the workspace,
through a second workstation too); an hour outside 0..23 or an opening hour not before the
closing hour is refused here with a sentence naming the location, the others going on; the
workspace organization's name, slug and status and the countries and languages arrive; 401
stops, 422 refuses one location with the server's words, 5xx leaves it for the next run."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.models import Location, OrganizationContact
from app.services.registry import Services
from app.services.sync import SyncService
from app.store.accounts import AccountRepository
from app.store.contacts import ContactRepository
from app.store.journal import Journal
from app.store.migrations import open_database
from app.store.schema import utc_now
from app.store.sync_state import SyncIssueRow, SyncStateRepository
from app.sync.accounts import Account
from app.sync.client import RetryPolicy
from app.sync.connector import connector_for
from app.sync.connectors.workspace import COUNTRIES, INFO, LANGUAGES, OWN
from app.sync.progress import SyncSummary
from app.sync.reference_server import Faults, RunningServer, running_server
from app.sync.reference_server.workspace import locations, put_location

TOKEN = "workspace-sync-token"


@dataclass
class Station:
    services: Services
    account: Account
    engine: Any
    client: Any
    own: str

    def sync(self) -> SyncSummary:
        summary: SyncSummary = self.engine.run()
        return summary

    def org(self) -> OrganizationContact:
        found = self.services.directory.get(self.own)
        assert isinstance(found, OrganizationContact)
        return found

    def hours(self) -> dict[str, tuple[int | None, int | None]]:
        return {
            loc.name: (loc.office_open_hour, loc.office_close_hour) for loc in self.org().locations
        }

    def save(self, org: OrganizationContact) -> None:
        result = self.services.editing.save(org)
        assert result.contact is not None, [str(p) for p in result.problems]

    def settings(self) -> dict[str, Any]:
        with self.services.db.reading() as conn:
            found = AccountRepository(conn).get(self.account.id or 0)
        assert found is not None
        return found.settings

    def issues(self) -> list[SyncIssueRow]:
        with self.services.db.reading() as conn:
            return SyncStateRepository(conn, self.account.id or 0).issues()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="workspace") as running:
        yield running


@pytest.fixture
def station(server: RunningServer, tmp_path: Path) -> Iterator[Callable[..., Station]]:
    made: list[Station] = []

    def make(name: str, *places: Location) -> Station:
        services = Services.over(open_database(tmp_path / f"{name}.sqlite"))
        result = services.editing.save(
            OrganizationContact(name="Werkplaats Noord BV", locations=list(places))
        )
        assert result.contact is not None, [str(p) for p in result.problems]
        own = result.contact.id
        with services.db.transaction() as conn:
            account = AccountRepository(conn).save(
                Account(
                    type="workspace", name="Workspace", base_url=str(server),
                    settings={OWN: own},
                )
            )  # fmt: skip
        connector = connector_for("workspace")
        client = connector.make_client(  # type: ignore[attr-defined]
            str(server), "", TOKEN, retry=RetryPolicy(max_attempts=2), sleep=lambda _s: None
        )
        engine = connector.make_engine(services.db, client, account)  # type: ignore[attr-defined]
        w = Station(services, account, engine, client, own)
        made.append(w)
        return w

    yield make
    for w in made:
        w.client.close()
        w.services.close()


def remote_hours(server: RunningServer) -> dict[str, tuple[int | None, int | None]]:
    return {d["name"]: (d["officeOpenHour"], d["officeCloseHour"]) for d in locations(server.app)}


def test_locations_and_office_hours_round_trip_both_ways(
    station: Callable[..., Station], server: RunningServer
) -> None:
    a = station("a", Location(name="Gent", office_open_hour=8, office_close_hour=17),
                Location(name="Brugge", office_open_hour=9, office_close_hour=18))  # fmt: skip
    first = a.sync()
    assert first.outcome == "ok", first.messages
    assert first.created_remote == 2
    assert remote_hours(server) == {"Gent": (8, 17), "Brugge": (9, 18)}
    assert a.sync().pushed == 0  # nothing changed: nothing sent

    # Changed in the workspace (another client of it): taken here.
    gent = next(d for d in locations(server.app) if d["name"] == "Gent")
    put_location(server.app, {**gent, "officeOpenHour": 7})
    taken = a.sync()
    assert taken.pulled_updated == 1 and taken.pushed == 0
    assert a.hours()["Gent"] == (7, 17)

    # Changed here: only the changed field is sent.
    org = a.org()
    a.save(org.model_copy(update={"locations": [
        loc.model_copy(update={"office_close_hour": 19}) if loc.name == "Brugge" else loc
        for loc in org.locations
    ]}))  # fmt: skip
    server.app.state.stats.reset()  # type: ignore[attr-defined]
    sent = a.sync()
    assert sent.pushed == 1, sent.messages
    patches = [
        (r.method, r.route)
        for r in server.app.state.stats.records  # type: ignore[attr-defined]
        if r.method != "GET"
    ]
    assert patches == [("PATCH", "/locations/{id}")]
    assert remote_hours(server) == {"Gent": (7, 17), "Brugge": (9, 19)}

    # New in the workspace: added to our own organization here, and on a second workstation.
    httpx.post(
        f"{server}/locations",
        json={"name": "Antwerpen", "officeOpenHour": 10, "officeCloseHour": 16},
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).raise_for_status()
    assert a.sync().pulled_new == 1
    assert a.hours() == {"Gent": (7, 17), "Brugge": (9, 19), "Antwerpen": (10, 16)}
    b = station("b")
    assert b.sync().pulled_new == 3
    assert b.hours() == a.hours()


def test_a_removed_location_stays_in_the_workspace_and_the_run_says_so(
    station: Callable[..., Station], server: RunningServer
) -> None:
    a = station("a", Location(name="Gent", office_open_hour=8, office_close_hour=17))
    a.sync()
    a.save(a.org().model_copy(update={"locations": []}))
    summary = a.sync()
    assert any("no delete" in m for m in summary.messages)
    assert [d["name"] for d in locations(server.app)] == ["Gent"]
    assert a.sync().pulled_new == 0 and a.hours() == {}  # not taken back


def test_bad_hours_are_refused_here_with_a_clear_message(
    station: Callable[..., Station], server: RunningServer
) -> None:
    a = station("a", Location(name="Brugge", office_open_hour=9, office_close_hour=18))
    # The editor refuses such hours outright.
    late = a.org().model_copy(update={"locations": [
        *a.org().locations, Location(name="Gent", office_open_hour=18, office_close_hour=9),
    ]})  # fmt: skip
    result = a.services.editing.save(late)
    assert result.contact is None
    assert any("closing hour" in str(p) for p in result.problems)
    # One that arrived by another way (an older import) is not sent; the others are.
    with a.services.db.transaction() as conn:
        ContactRepository(conn, Journal(conn, "t1", utc_now())).save(
            late.model_copy(
                update={
                    "locations": [
                        *late.locations,
                        Location(name="Oostende", office_open_hour=25),
                    ]
                }
            )
        )
    summary = a.sync()
    assert remote_hours(server) == {"Brugge": (9, 18)}
    text = " ".join(summary.messages)
    assert "Location “Gent”: opens at 18 and closes at 9 — the opening hour must be before" in text
    assert "Location “Oostende”: the opening hour must be an hour from 0 to 23 — 25" in text
    [issue] = a.issues()
    assert issue.detail["held_back"] and len(issue.detail["problems"]) == 2
    # A bad hour in the workspace is not taken either.
    httpx.post(
        f"{server}/locations",
        json={"name": "Kortrijk", "officeOpenHour": 30, "officeCloseHour": 12},
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).raise_for_status()
    after = a.sync()
    assert "Kortrijk" not in a.hours()
    assert any(
        "Location “Kortrijk” in the workspace: the opening hour must be an hour from 0 to 23 — 30"
        in m
        for m in after.messages
    )


def test_the_organization_and_the_reference_lists_arrive(
    station: Callable[..., Station], server: RunningServer
) -> None:
    a = station("a")
    assert a.sync().outcome == "ok"
    settings = a.settings()
    assert settings[INFO] == {
        "id": server.app.state.organization_id,  # type: ignore[attr-defined]
        "name": "Werkplaats Noord",
        "slug": "werkplaats-noord",
        "status": "active",
        "type": "company",
    }
    assert "BE" in settings[COUNTRIES] and "NL" in settings[COUNTRIES]
    assert len(settings[COUNTRIES]) > 200
    assert "NL" in settings[LANGUAGES] and "FR" in settings[LANGUAGES]


def test_401_stops_422_refuses_one_location_5xx_waits(
    station: Callable[..., Station], server: RunningServer
) -> None:
    a = station("a", Location(name="Gent", office_open_hour=8, office_close_hour=17),
                Location(name="Brugge", office_open_hour=9, office_close_hour=18))  # fmt: skip
    server.app.state.faults = Faults(unauthorized_after=0)  # type: ignore[attr-defined]
    assert a.sync().outcome == "credentials" and not locations(server.app)

    server.app.state.faults = Faults(reject_body_containing="Gent")  # type: ignore[attr-defined]
    one = a.sync()
    assert one.created_remote == 1 and one.rejected == 1
    assert remote_hours(server) == {"Brugge": (9, 18)}
    [issue] = a.issues()
    assert "The workspace refused location “Gent”" in issue.detail["problems"][0]["detail"]

    server.app.state.faults = Faults(fail_writes_path="/locations")  # type: ignore[attr-defined]
    failed = a.sync()
    assert failed.outcome in ("incomplete", "offline") and failed.created_remote == 0
    server.app.state.faults = Faults()  # type: ignore[attr-defined]
    assert a.sync().created_remote == 1
    assert remote_hours(server) == {"Brugge": (9, 18), "Gent": (8, 17)}
    assert not a.issues()


def test_a_field_changed_on_both_sides_waits_then_retry_sends_the_value_here(
    station: Callable[..., Station], server: RunningServer
) -> None:
    a = station("a", Location(name="Gent", office_open_hour=8, office_close_hour=17))
    a.sync()
    [doc] = locations(server.app)
    put_location(server.app, {**doc, "officeOpenHour": 9})
    org = a.org()
    a.save(org.model_copy(update={"locations": [
        org.locations[0].model_copy(update={"office_open_hour": 7})
    ]}))  # fmt: skip
    clash = a.sync()
    assert clash.conflicts == 1
    assert a.hours()["Gent"] == (7, 17) and remote_hours(server)["Gent"] == (9, 17)
    [issue] = a.issues()
    assert "changed here to 7 and in the workspace to 9" in issue.detail["problems"][0]["detail"]
    SyncService(a.services.db, lambda: None, account_id=a.account.id or 0).retry(issue.id)
    settled = a.sync()
    assert settled.pushed == 1 and not a.issues()
    assert remote_hours(server)["Gent"] == (7, 17)


def test_a_location_on_both_sides_before_the_first_sync_is_linked_not_made_twice(
    station: Callable[..., Station], server: RunningServer
) -> None:
    for body in (
        {"name": "Gent", "officeOpenHour": 8, "officeCloseHour": None},
        {"name": "Brugge", "officeOpenHour": 9, "officeCloseHour": 18},
        {"name": "Kortrijk", "officeOpenHour": 9, "officeCloseHour": 17},
    ):
        httpx.post(f"{server}/locations", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    a = station(
        "a",
        Location(name="Gent", office_open_hour=8, office_close_hour=17),
        Location(name="Brugge", office_open_hour=10, office_close_hour=18),
    )
    first = a.sync()
    assert first.created_remote == 0, first.messages
    names = sorted(d["name"] for d in locations(server.app))
    assert names == ["Brugge", "Gent", "Kortrijk"]  # nothing made twice
    # Gent: the closing hour only here goes there; Kortrijk only there comes here.
    assert remote_hours(server)["Gent"] == (8, 17)
    assert a.hours()["Kortrijk"] == (9, 17) and len(a.org().locations) == 3
    # Brugge opens at 10 here and 9 there: neither is taken until the user chooses.
    assert first.conflicts == 1
    assert remote_hours(server)["Brugge"] == (9, 18) and a.hours()["Brugge"] == (10, 18)
    [issue] = a.issues()
    assert "Location “Brugge”, opening hour" in issue.detail["problems"][0]["title"]
    SyncService(a.services.db, lambda: None, account_id=a.account.id or 0).retry(issue.id)
    assert a.sync().pushed == 1
    assert remote_hours(server)["Brugge"] == (10, 18) and not a.issues()
    assert a.sync().pushed == 0 and len(locations(server.app)) == 3
