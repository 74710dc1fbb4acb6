"""A Kanbert account synced two-way over a real loopback socket: workstations converge, edits
reach Kanbert, fields Kanbert does not carry survive, conflicts keep both values, lost create
answers make no duplicate, incomplete listings delete nothing, 401 stops cleanly, 422 rejects
one record, Kanbert's rules hold a record back, tombstones trash, and a book with contacts is
matched on its first pull."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.models import Address, Email, IndividualContact, Phone, WebAddress, new_id
from app.store.contacts import ContactRepository
from app.store.journal import Journal
from app.store.schema import utc_now
from app.sync.document_sync import settle_conflict
from app.sync.reference_server import Faults, RunningServer, running_server
from tests.sync.accounts.workstations import Workstation, bearer_client, stations

TOKEN = "kanbert-sync-token"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="kanbert") as running:
        yield running


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with bearer_client(server, TOKEN) as client:
        yield client


@pytest.fixture
def station(server: RunningServer, tmp_path: Path) -> Iterator[Callable[[str], Workstation]]:
    with stations(tmp_path, "kanbert", str(server), TOKEN) as make:
        yield make


def ann(**extra: Any) -> IndividualContact:
    fields: dict[str, Any] = {
        "name": "Ann Peeters",
        "given_name": "Ann",
        "family_name": "Peeters",
        "emails": [Email(address="ann@example.be", type="WORK_EMAIL", usage_context="PROFESSIONAL")],
        "phones": [Phone(number="+32 9 123 45 67", type="WORK_MOBILE", usage_context="PROFESSIONAL")],
        "addresses": [
            Address(street_name="Veldstraat", street_number="1", city="Gent", zip="9000",
                    country_code="BE", full_address="Veldstraat 1, 9000 Gent, BE"),
        ],
    }  # fmt: skip
    fields.update(extra)
    return IndividualContact(**fields)


def contacts(http: httpx.Client) -> list[dict[str, Any]]:
    body = http.get("/contacts", params={"per_page": 1000}).json()
    return [d for d in body["data"] if not d.get("deleted_at")]


def remote(http: httpx.Client, remote_id: str) -> dict[str, Any]:
    data: dict[str, Any] = http.get(f"/contacts/{remote_id}").json()["data"]
    return data


def carried(w: Workstation, contact_id: str) -> dict[str, Any]:
    c = w.get(contact_id)
    return {
        "name": (c.given_name, c.family_name),  # type: ignore[union-attr]
        "emails": sorted(e.address for e in c.emails),
        "phones": sorted(p.number for p in c.phones),
        "city": c.addresses[0].city if c.addresses else None,
    }


def test_two_workstations_converge_through_one_account(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a, b = station("a"), station("b")
    made = a.add(ann())
    first = a.sync()
    assert first.outcome == "ok", first.messages
    assert first.created_remote == 1
    [doc] = contacts(http)
    assert doc["external_id"] == made.id and doc["email"] == "ann@example.be"
    assert doc["mobile"] == "+32 9 123 45 67" and doc["address_town"] == "Gent"

    pulled = b.sync()
    assert pulled.outcome == "ok" and pulled.pulled_new == 1, pulled.messages
    assert carried(b, made.id) == carried(a, made.id)  # the same contact, the same id

    b.edit(made.id, phones=[Phone(number="+32 9 765 43 21", type="WORK_MOBILE",
                                  usage_context="PROFESSIONAL")])  # fmt: skip
    bob = b.add(IndividualContact(name="Bob Maes", given_name="Bob", family_name="Maes"))
    assert b.sync().outcome == "ok"
    assert a.sync().outcome == "ok"
    assert carried(a, made.id)["phones"] == ["+32 9 765 43 21"]
    assert carried(a, bob.id) == carried(b, bob.id)
    # Quiet afterwards: nothing to send, nothing re-read in detail, no issue.
    again = a.sync()
    assert again.pushed == 0 and again.pulled_updated == 0 and again.unchanged == 2
    assert a.pending() == 0 and b.pending() == 0 and not a.issues() and not b.issues()


def test_a_no_change_resync_makes_no_detail_request(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    a = station("a")
    for i in range(3):
        a.add(IndividualContact(name=f"P {i}", given_name="P", family_name=str(i)))
    assert a.sync().outcome == "ok"
    stats = server.app.state.stats  # type: ignore[attr-defined]
    stats.reset()
    quiet = a.sync()
    assert quiet.outcome == "ok" and quiet.unchanged == 3
    paths = [r.path for r in stats.records]
    # The two listings (contacts, and companies), no contact or company asked for by id.
    assert sorted(set(paths)) == ["/companies", "/contacts"], paths


def test_an_edit_here_reaches_kanbert_and_an_uncarried_field_survives(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    second = Address(street_name="Kouter", street_number="9", city="Brugge",
                     full_address="Kouter 9, Brugge")  # fmt: skip
    made = a.add(ann(addresses=[*ann().addresses, second], title_suffix=None))
    made = a.edit(made.id, web_addresses=[WebAddress(url="https://ann.example.be")])
    assert a.sync().outcome == "ok"
    remote_id = a.remote_id(made.id)
    assert remote_id is not None

    a.edit(made.id, family_name="Peeters-Claes", name="Ann Peeters-Claes")
    assert a.sync().outcome == "ok"
    assert remote(http, remote_id)["last_name"] == "Peeters-Claes"

    # Kanbert changes its one address; the second address and the web address stay.
    changed = http.put(f"/contacts/{remote_id}", json={"address_town": "Antwerpen"})
    assert changed.status_code == 200
    summary = a.sync()
    assert summary.outcome == "ok" and summary.pulled_updated == 1, summary.messages
    after = a.get(made.id)
    assert [x.city for x in after.addresses] == ["Antwerpen", "Brugge"]
    assert after.addresses[1].street_name == "Kouter"
    assert [w.url for w in after.web_addresses] == ["https://ann.example.be"]
    assert after.family_name == "Peeters-Claes"  # type: ignore[union-attr]


def test_a_conflict_keeps_both_values_until_settled(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    made = a.add(ann())
    assert a.sync().outcome == "ok"
    remote_id = a.remote_id(made.id)
    http.put(f"/contacts/{remote_id}", json={"address_town": "Leuven", "first_name": "Anna"})
    a.edit(made.id, addresses=[made.addresses[0].model_copy(update={"city": "Mechelen"})])
    summary = a.sync()
    assert summary.conflicts == 1
    [issue] = a.issues()
    assert issue.issue == "conflict"
    [conflict] = issue.detail["conflicts"]
    assert conflict["field"] == "address_town"
    assert conflict["mine"]["value"] == "Mechelen" and conflict["theirs"]["value"] == "Leuven"
    assert conflict["base"]["value"] == "Gent"
    assert remote(http, remote_id or "")["address_town"] == "Leuven"  # nothing sent

    settle_conflict(a.services.db, a.account.id or 0, made.id, "mine")
    assert a.sync().outcome == "ok"
    assert not a.issues()
    assert remote(http, remote_id or "")["address_town"] == "Mechelen"
    assert remote(http, remote_id or "")["first_name"] == "Anna"  # their other edit kept
    assert a.get(made.id).given_name == "Anna"  # type: ignore[union-attr]
    assert a.get(made.id).addresses[0].city == "Mechelen"


def test_a_lost_create_answer_makes_no_duplicate(
    station: Callable[[str], Workstation], server: RunningServer, http: httpx.Client
) -> None:
    a = station("a")
    made = a.add(ann())
    server.app.state.faults = Faults(drop_after_apply=1, drop_after_apply_path="^/contacts$")  # type: ignore[attr-defined]
    first = a.sync()
    assert first.outcome != "ok"  # the answer never came
    assert len(contacts(http)) == 1  # but Kanbert made it
    second = a.sync()
    assert second.outcome == "ok", second.messages
    third = a.sync()
    assert third.outcome == "ok"
    [doc] = contacts(http)
    assert a.remote_id(made.id) == doc["id"]
    assert a.services.directory.count() == 1
    assert a.pending() == 0 and not a.issues()


def test_an_incomplete_listing_deletes_nothing(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    a = station("a")
    people = [a.add(IndividualContact(name=f"P {i}", given_name="P", family_name=str(i)))
              for i in range(4)]  # fmt: skip
    assert a.sync().outcome == "ok"
    server.app.state.faults = Faults(problem_pages=True)  # type: ignore[attr-defined]
    partial = a.sync()
    assert partial.outcome == "incomplete" and partial.deleted_local == 0
    server.app.state.faults = Faults(fail_pages=frozenset({1}))  # type: ignore[attr-defined]
    failed = a.sync()
    assert failed.outcome != "ok" and failed.deleted_local == 0
    server.app.state.faults = Faults(listing_cutoff=2)  # type: ignore[attr-defined]
    cut = a.sync()  # silently short: the missing ones are still there when asked
    assert cut.deleted_local == 0
    assert all(a.get(p.id).deleted_at is None for p in people)


def test_a_refused_token_stops_the_run_and_keeps_the_changes(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    a = station("a")
    a.add(ann())
    server.app.state.faults = Faults(unauthorized_after=0)  # type: ignore[attr-defined]
    summary = a.sync()
    assert summary.outcome == "credentials" and not summary.complete
    # Where this account's token is entered: Accounts (Preferences hold the enfore one).
    [said] = summary.messages
    assert "in Accounts" in said and "Preferences" not in said, said
    assert a.pending() == 1 and not a.issues()
    server.app.state.faults = Faults()  # type: ignore[attr-defined]
    assert a.sync().outcome == "ok" and a.pending() == 0


def test_a_refused_record_waits_with_the_servers_words_and_the_others_go_on(
    station: Callable[[str], Workstation], server: RunningServer, http: httpx.Client
) -> None:
    a = station("a")
    bad = a.add(IndividualContact(name="Zed Refused", given_name="Zed", family_name="Refused"))
    good = a.add(ann())
    server.app.state.faults = Faults(reject_body_containing="Zed")  # type: ignore[attr-defined]
    summary = a.sync()
    assert summary.rejected == 1
    [issue] = a.issues()
    assert issue.local_id == bad.id and issue.issue == "rejected"
    assert any("body" in p["title"] or "body" in p["detail"] for p in issue.detail["problems"])
    assert [d["external_id"] for d in contacts(http)] == [good.id]


def test_kanberts_rules_hold_a_record_back_with_the_reason(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    # An e-mail address kept as another program wrote it (an import keeps such values with a
    # warning): Kanbert takes only valid addresses.
    broken = ann(emails=[Email(address="ann@example", type="WORK_EMAIL",
                               usage_context="PROFESSIONAL")])  # fmt: skip
    with a.services.db.transaction() as conn:
        ContactRepository(conn, Journal(conn, new_id(), utc_now())).save(broken)
    other = a.add(IndividualContact(name="Bob Maes", given_name="Bob", family_name="Maes"))
    summary = a.sync()
    assert summary.rejected == 1
    [issue] = a.issues()
    assert issue.local_id == broken.id and issue.detail["held_back"]
    assert issue.detail["problems"][0]["title"] == "Not sent: email.address"
    assert [d["external_id"] for d in contacts(http)] == [other.id]
    a.edit(broken.id, emails=[Email(address="ann@example.be", type="WORK_EMAIL",
                                    usage_context="PROFESSIONAL")])  # fmt: skip
    assert a.sync().outcome == "ok" and not a.issues()
    assert len(contacts(http)) == 2


def test_a_contact_deleted_in_kanbert_goes_to_the_trash_and_one_trashed_here_is_deleted_there(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    gone_there = a.add(ann())
    gone_here = a.add(IndividualContact(name="Bob Maes", given_name="Bob", family_name="Maes"))
    assert a.sync().outcome == "ok"
    assert http.delete(f"/contacts/{a.remote_id(gone_there.id)}").status_code == 204
    a.services.editing.trash(gone_here.id)
    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    assert a.get(gone_there.id).deleted_at is not None
    assert remote(http, a.remote_id(gone_here.id) or "")["deleted_at"] is not None
    assert contacts(http) == []


def test_the_first_pull_links_certain_matches_and_asks_about_the_others(
    station: Callable[[str], Workstation], http: httpx.Client, tmp_path: Path
) -> None:
    for body in (
        {"first_name": "Ann", "last_name": "Peeters", "email": "ann@example.be"},
        {"first_name": "Anneke", "last_name": "P", "mobile": "+32 9 123 45 67"},
        {"first_name": "Carl", "last_name": "New"},
    ):
        assert http.post("/contacts", json=body).status_code == 201
    a = station("a")
    same = a.add(ann(phones=[]))
    maybe = a.add(IndividualContact(
        name="Anna Pieters", given_name="Anna", family_name="Pieters",
        phones=[Phone(number="+32 9 123 45 67", type="HOME_PHONE")],
    ))  # fmt: skip
    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    assert a.remote_id(same.id) is not None  # certain: same e-mail, same name
    assert a.get(same.id).addresses[0].city == "Gent"  # what Kanbert lacked, sent there
    linked = remote(http, a.remote_id(same.id) or "")
    assert linked["address_town"] == "Gent" and linked["first_name"] == "Ann"
    [match] = a.matches()  # the same phone only: asked, not merged
    assert match.title == "Anneke P"
    assert [c["local_id"] for c in match.detail["candidates"]] == [maybe.id]
    assert a.remote_id(maybe.id) is None
    names = sorted(a.get(c).name for c in _live(a))
    assert names == ["Ann Peeters", "Anna Pieters", "Carl New"]  # Anneke not made

    a.services.matching.link(match.id, maybe.id)
    summary = a.sync()
    assert summary.conflicts == 1  # both have a first name: shown, not overwritten
    assert a.remote_id(maybe.id) == match.detail["remote_id"]
    assert not a.matches()


def _live(w: Workstation) -> list[str]:
    from sqlalchemy import select

    from app.store import schema as s

    with w.services.db.reading() as conn:
        rows = conn.execute(select(s.contacts.c.id).where(s.contacts.c.deleted_at.is_(None)))
        return list(rows.scalars())
