"""A partner-portal account synced two-way over a real loopback socket: workstations converge,
edits reach the portal, fields the portal does not carry survive, conflicts keep both values,
no delete exists (the issues say so), a lost create answer cannot be found again (said),
incomplete listings delete nothing, 401 stops cleanly, 422 rejects one record, the portal's
rules hold a record back, and a book with organizations is matched on its first pull."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.models import Address, Email, OrganizationContact, Phone, WebAddress
from app.sync.document_sync import settle_conflict
from app.sync.reference_server import Faults, RunningServer, running_server
from tests.sync.accounts.workstations import Workstation, bearer_client, stations

TOKEN = "partners-sync-token"
PARTNER = "7"
ORGS = f"/api/internal/v1/partners/{PARTNER}/organizations"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="partners") as running:
        yield running


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with bearer_client(server, TOKEN) as client:
        yield client


@pytest.fixture
def station(server: RunningServer, tmp_path: Path) -> Iterator[Callable[[str], Workstation]]:
    with stations(tmp_path, "partners", str(server), TOKEN, tenant=PARTNER) as make:
        yield make


def club(**extra: Any) -> OrganizationContact:
    fields: dict[str, Any] = {
        "name": "SV Grün-Weiß",
        "organization_type": "club",
        "founding_year": 1921,
        "zvr": "123456789",
        "emails": [Email(address="office@sv-gw.at")],
        "phones": [Phone(number="+43 1 2345678", type="MAIN")],
        "addresses": [
            Address(street_name="Hauptstraße", street_number="5", zip="1010", city="Wien",
                    country_code="AT", full_address="Hauptstraße 5, 1010 Wien, AT"),
        ],
    }  # fmt: skip
    fields.update(extra)
    return OrganizationContact(**fields)


def orgs(http: httpx.Client) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = http.get(ORGS).json()["data"]
    return data


def remote(http: httpx.Client, remote_id: str) -> dict[str, Any]:
    data: dict[str, Any] = http.get(f"{ORGS}/{remote_id}").json()["data"]
    return data


def carried(w: Workstation, contact_id: str) -> dict[str, Any]:
    c = w.get(contact_id)
    assert isinstance(c, OrganizationContact)
    return {
        "name": c.name,
        "type": c.organization_type,
        "year": c.founding_year,
        "emails": [e.address for e in c.emails],
        "phones": sorted(p.number for p in c.phones),
        "city": c.addresses[0].city if c.addresses else None,
        "zip": c.addresses[0].zip if c.addresses else None,
    }


def test_two_workstations_converge_through_one_account(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a, b = station("a"), station("b")
    made = a.add(club())
    first = a.sync()
    assert first.outcome == "ok", first.messages
    [doc] = orgs(http)
    assert doc["type"] == "club" and doc["address"]["post_code"] == 1010
    assert doc["phone_number"] == {"prefix": "+43", "number": "12345678"}
    assert doc["address"]["country_id"] is not None

    assert b.sync().pulled_new == 1
    [there] = [cid for cid in _live(b)]
    assert carried(b, there) == carried(a, made.id)

    b.edit(there, founding_year=1922, internal_note="from b")
    other = b.add(club(name="TC Blau", organization_type="company", emails=[], phones=[]))
    assert b.sync().outcome == "ok"
    assert a.sync().outcome == "ok"
    assert carried(a, made.id)["year"] == 1922
    assert a.get(made.id).internal_note == "from b"  # type: ignore[union-attr]
    assert sorted(a.get(c).name for c in _live(a)) == ["SV Grün-Weiß", "TC Blau"]
    assert other.id not in _live(a)  # the portal keeps no id of Kontor's: made anew
    again = a.sync()
    assert again.pushed == 0 and again.pulled_updated == 0 and again.unchanged == 2
    assert a.pending() == 0 and b.pending() == 0 and not a.issues() and not b.issues()


def test_an_edit_here_reaches_the_portal_and_an_uncarried_field_survives(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    made = a.add(
        club(
            vat_number="ATU13585627",
            web_addresses=[WebAddress(url="https://sv-gw.at")],
            addresses=[*club().addresses, Address(city="Graz", full_address="Graz")],
        )
    )
    assert a.sync().outcome == "ok"
    remote_id = a.remote_id(made.id) or ""
    a.edit(made.id, internal_note="Beitrag bezahlt")
    assert a.sync().outcome == "ok"
    assert remote(http, remote_id)["internal_note"] == "Beitrag bezahlt"

    changed = http.put(f"{ORGS}/{remote_id}", json={"founding_year": 1930})
    assert changed.status_code == 200
    summary = a.sync()
    assert summary.pulled_updated == 1, summary.messages
    after = a.get(made.id)
    assert isinstance(after, OrganizationContact)
    assert after.founding_year == 1930
    assert after.vat_number == "ATU13585627"
    assert [w.url for w in after.web_addresses] == ["https://sv-gw.at"]
    assert [x.city for x in after.addresses] == ["Wien", "Graz"]


def test_a_conflict_keeps_both_values_until_settled(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    made = a.add(club())
    assert a.sync().outcome == "ok"
    remote_id = a.remote_id(made.id) or ""
    http.put(f"{ORGS}/{remote_id}", json={"founding_year": 1950, "internal_note": "portal"})
    a.edit(made.id, founding_year=1960)
    assert a.sync().conflicts == 1
    [issue] = a.issues()
    [conflict] = issue.detail["conflicts"]
    assert conflict["field"] == "founding_year"
    assert (conflict["mine"]["value"], conflict["theirs"]["value"]) == (1960, 1950)
    settle_conflict(a.services.db, a.account.id or 0, made.id, "theirs")
    assert a.sync().outcome == "ok" and not a.issues()
    assert a.get(made.id).founding_year == 1950  # type: ignore[union-attr]
    assert a.get(made.id).internal_note == "portal"  # type: ignore[union-attr]
    assert remote(http, remote_id)["founding_year"] == 1950


def test_the_portal_has_no_delete_and_the_issues_say_so(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    made = a.add(club())
    assert a.sync().outcome == "ok"
    a.services.editing.trash(made.id)
    summary = a.sync()
    assert len(orgs(http)) == 1  # still on the portal
    [issue] = a.issues()
    assert issue.local_id == made.id
    assert "no delete" in issue.detail["problems"][0]["detail"]
    assert any("no delete" in m for m in summary.messages)
    assert a.pending() == 0
    assert a.get(made.id).deleted_at is not None  # and stays in the trash here


def test_a_lost_create_answer_is_said_and_waits_for_review_not_duplicated(
    station: Callable[[str], Workstation], server: RunningServer, http: httpx.Client
) -> None:
    a = station("a")
    made = a.add(club())
    server.app.state.faults = Faults(  # type: ignore[attr-defined]
        drop_after_apply=1, drop_after_apply_path="organizations$"
    )
    assert a.sync().outcome != "ok"
    assert len(orgs(http)) == 1  # the portal made it; the answer never came
    summary = a.sync()
    assert any("cannot be asked" in m for m in summary.messages), summary.messages
    assert len(orgs(http)) == 1  # not made a second time
    assert len(_live(a)) == 1  # nor taken as a new organization here
    [match] = a.matches()
    assert [c["local_id"] for c in match.detail["candidates"]] == [made.id]
    a.services.matching.link(match.id, made.id)
    after = a.sync()
    assert after.outcome == "ok", after.messages
    assert a.remote_id(made.id) == str(orgs(http)[0]["id"])
    assert len(orgs(http)) == 1 and len(_live(a)) == 1
    assert a.pending() == 0 and not a.issues()


def test_an_incomplete_listing_deletes_nothing_and_401_stops_cleanly(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    a = station("a")
    made = a.add(club())
    assert a.sync().outcome == "ok"
    server.app.state.faults = Faults(problem_pages=True)  # type: ignore[attr-defined]
    partial = a.sync()
    assert partial.outcome == "incomplete" and partial.deleted_local == 0
    assert a.get(made.id).deleted_at is None
    a.edit(made.id, internal_note="queued")
    server.app.state.faults = Faults(unauthorized_after=0)  # type: ignore[attr-defined]
    refused = a.sync()
    assert refused.outcome == "credentials" and a.pending() == 1 and not a.issues()


def test_a_refused_record_and_the_portals_rules(
    station: Callable[[str], Workstation], server: RunningServer, http: httpx.Client
) -> None:
    a = station("a")
    refused = a.add(club(name="Zed Verein"))
    held = a.add(club(name="Kindergarten Sonne", organization_type="kindergarten",
                      addresses=[Address(zip="A-1010", city="Wien", full_address="A-1010 Wien")]))  # fmt: skip
    good = a.add(club(name="TC Blau"))
    server.app.state.faults = Faults(reject_body_containing="Zed")  # type: ignore[attr-defined]
    summary = a.sync()
    assert summary.rejected == 2
    by_id = {i.local_id: i for i in a.issues()}
    assert set(by_id) == {refused.id, held.id}
    assert "body" in str(by_id[refused.id].detail["problems"])
    assert "Post code" in by_id[held.id].detail["problems"][0]["detail"]
    assert [o["name"] for o in orgs(http)] == ["TC Blau"]
    assert a.remote_id(good.id) is not None


def test_the_first_pull_links_certain_matches_and_asks_about_the_others(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    for body in (
        {"name": "SV Grün-Weiß", "type": "club", "email": "office@sv-gw.at"},
        {"name": "Schule am Berg", "type": "school", "email": "info@berg.at"},
    ):
        assert http.post(ORGS, json=body).status_code == 201
    a = station("a")
    same = a.add(club())
    maybe = a.add(club(name="Bergschule", organization_type="school",
                       emails=[Email(address="info@berg.at")], phones=[]))  # fmt: skip
    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    assert a.remote_id(same.id) is not None
    assert remote(http, a.remote_id(same.id) or "")["founding_year"] == 1921  # sent there
    [match] = a.matches()
    assert [c["local_id"] for c in match.detail["candidates"]] == [maybe.id]
    assert len(_live(a)) == 2


def _live(w: Workstation) -> list[str]:
    from sqlalchemy import select

    from app.store import schema as s

    with w.services.db.reading() as conn:
        rows = conn.execute(select(s.contacts.c.id).where(s.contacts.c.deleted_at.is_(None)))
        return list(rows.scalars())
