"""Kanbert's companies as organization contacts, over a real loopback socket: pulled as
organizations linked to their company ids, linked to an organization of the same name instead
of making a second one, a second sync makes nothing, a person's company becomes a work detail
with the position as job title and a job title edited here reaches ``contact_company.position``,
fields Kanbert does not carry on the organization survive, a company renamed there renames
its organization here, removing the account keeps the organizations, and a company deleted
in Kanbert (confirmed from a whole listing) unlinks its organization, which stays, with a
notice in the account's sync issues."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.domain.models import (
    Address,
    Email,
    IndividualContact,
    OrganizationContact,
    ProfessionalIdentity,
)
from app.store import schema as s
from app.store.accounts import AccountRepository
from app.store.sync_state import SyncStateRepository
from app.sync.reference_server import RunningServer, running_server
from app.sync.reference_server.faults import Faults
from tests.sync.accounts.workstations import Workstation, bearer_client, stations, workstation

TOKEN = "kanbert-companies-token"


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


def company(http: httpx.Client, name: str) -> str:
    made = http.post("/companies", json={"name": name})
    assert made.status_code == 201, made.text
    return str(made.json()["data"]["id"])


def person(http: httpx.Client, first: str, last: str, *jobs: tuple[str, str | None]) -> str:
    body = {
        "first_name": first,
        "last_name": last,
        "email": f"{first.lower()}@example.be",
        "companies": [{"id": c, "contact_company": {"position": p}} for c, p in jobs],
    }
    made = http.post("/contacts", json=body)
    assert made.status_code == 201, made.text
    return str(made.json()["data"]["id"])


def remote(http: httpx.Client, remote_id: str) -> dict[str, Any]:
    data: dict[str, Any] = http.get(f"/contacts/{remote_id}").json()["data"]
    return data


def organizations(w: Workstation) -> dict[str, str]:
    """``{name: id}`` of the book's organizations not in the trash."""
    c = s.contacts
    with w.services.db.reading() as conn:
        rows = conn.execute(
            select(c.c.name, c.c.id).where(c.c.kind == "organization", c.c.deleted_at.is_(None))
        ).all()
    assert len(rows) == len({r.name for r in rows}), rows  # no name twice
    return {str(r.name): str(r.id) for r in rows}


def local_of(w: Workstation, remote_id: str, kind: str = "individual") -> str:
    with w.services.db.reading() as conn:
        records = SyncStateRepository(conn, w.account.id or 0).records(kind)
    [found] = [r.local_id for r in records if r.remote_id == remote_id]
    return found


def jobs(w: Workstation, contact_id: str) -> list[tuple[str, str | None]]:
    """``(organization name, job title)`` of a person's work details."""
    c = w.get(contact_id)
    assert isinstance(c, IndividualContact)
    return [(w.get(i.organization_contact).name, i.job_title) for i in c.professional_identities]


def test_companies_become_organizations_linked_to_them_and_a_second_sync_makes_nothing(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    acme = company(http, "Acme NV")
    klok = company(http, "Brouwerij De Klok")
    company(http, "Nobody Works Here BV")  # listed by /companies, named by no contact
    ann = person(http, "Ann", "Peeters", (acme, "CFO"), (klok, "Adviser"))
    a = station("a")

    first = a.sync()
    assert first.outcome == "ok", first.messages
    orgs = organizations(a)
    assert sorted(orgs) == ["Acme NV", "Brouwerij De Klok", "Nobody Works Here BV"]
    assert local_of(a, acme, "organization") == orgs["Acme NV"]  # linked to its company
    assert local_of(a, klok, "organization") == orgs["Brouwerij De Klok"]
    ann_here = local_of(a, ann)
    assert jobs(a, ann_here) == [("Acme NV", "CFO"), ("Brouwerij De Klok", "Adviser")]

    second = a.sync()
    assert second.outcome == "ok", second.messages
    assert second.pulled_new == 0 and second.pulled_updated == 0 and second.pushed == 0
    assert a.services.directory.count() == 4
    assert organizations(a) == orgs
    assert jobs(a, ann_here) == [("Acme NV", "CFO"), ("Brouwerij De Klok", "Adviser")]
    assert not a.issues() and a.pending() == 0
    # Nothing was written to Kanbert: its contact keeps its companies as they were.
    links = [(c["id"], c["contact_company"]) for c in remote(http, ann)["companies"]]
    assert links == [(acme, {"position": "CFO"}), (klok, {"position": "Adviser"})]


def test_a_company_of_the_same_name_links_to_the_organization_here_which_keeps_its_fields(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    here = a.add(
        OrganizationContact(
            name="acme  nv",  # Kanbert writes it "ACME NV"
            vat_number="BE0415928179",
            emails=[Email(address="info@acme.be", type="WORK_EMAIL")],
            addresses=[
                Address(
                    street_name="Kouter",
                    street_number="9",
                    city="Gent",
                    full_address="Kouter 9, Gent",
                )
            ],
            internal_note="our best customer",
        )
    )
    acme = company(http, "ACME NV")
    ann = person(http, "Ann", "Peeters", (acme, "CFO"))

    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    assert organizations(a) == {"acme  nv": here.id}  # linked, not made a second time
    assert local_of(a, acme, "organization") == here.id
    assert jobs(a, local_of(a, ann)) == [("acme  nv", "CFO")]
    assert any("acme  nv" in m and "same name" in m for m in summary.messages)

    again = a.sync()
    assert again.outcome == "ok" and again.pulled_new == 0 and again.pushed == 0
    kept = a.get(here.id)
    assert isinstance(kept, OrganizationContact)
    assert kept.name == "acme  nv" and kept.vat_number == "BE0415928179"
    assert [e.address for e in kept.emails] == ["info@acme.be"]
    assert [x.city for x in kept.addresses] == ["Gent"]
    assert kept.internal_note == "our best customer" and kept.deleted_at is None


def test_two_organizations_of_the_companys_name_wait_for_the_user_and_the_link_brings_the_jobs(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    gent = a.add(OrganizationContact(name="De Klok"))
    brugge = a.add(OrganizationContact(name="de klok"))
    klok = company(http, "De Klok")
    bob = person(http, "Bob", "Maes", (klok, "Brewer"))

    first = a.sync()
    assert first.outcome == "ok", first.messages
    [match] = a.matches()
    assert match.kind == "organization" and match.title == "De Klok"
    assert sorted(c["local_id"] for c in match.detail["candidates"]) == sorted([gent.id, brugge.id])
    assert sorted(organizations(a).values()) == sorted([gent.id, brugge.id])  # none made
    bob_here = local_of(a, bob)
    assert jobs(a, bob_here) == []  # waits with the company

    a.edit(bob_here, family_name="Maes-Claes", name="Bob Maes-Claes")  # sent with the link
    a.services.matching.link(match.id, brugge.id)
    after = a.sync()
    assert after.outcome == "ok", after.messages
    assert not a.matches() and local_of(a, klok, "organization") == brugge.id
    # Bob's job in Kanbert is taken in now that Klok is linked (not taken as removed here).
    assert jobs(a, bob_here) == [("de klok", "Brewer")]
    doc = remote(http, bob)
    assert doc["last_name"] == "Maes-Claes"
    assert [(c["id"], c["contact_company"]) for c in doc["companies"]] == [
        (klok, {"position": "Brewer"})
    ]
    quiet = a.sync()
    assert quiet.pulled_updated == 0 and quiet.pushed == 0 and quiet.pulled_new == 0


def test_the_review_can_make_a_new_organization_for_the_company(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    a = station("a")
    a.add(OrganizationContact(name="Klok"))
    a.add(OrganizationContact(name="KLOK"))
    klok = company(http, "Klok")
    bob = person(http, "Bob", "Maes", (klok, "Brewer"))
    assert a.sync().outcome == "ok"
    [pending] = a.services.matching.pending(a.account.id)
    assert pending.kind == "organization" and pending.remote.name == "Klok"
    assert len(pending.candidates) == 2

    made = a.services.matching.create_new(pending.issue_id)
    assert isinstance(made, OrganizationContact) and made.name == "Klok"
    assert local_of(a, klok, "organization") == made.id
    summary = a.sync()
    assert summary.outcome == "ok" and summary.pulled_new == 0, summary.messages
    [(organization, title)] = jobs(a, local_of(a, bob))
    assert (organization, title) == ("Klok", "Brewer")
    person_here = a.get(local_of(a, bob))
    assert isinstance(person_here, IndividualContact)
    assert person_here.professional_identities[0].organization_contact == made.id
    assert a.services.directory.count() == 4  # two of its name here, the new one, Bob


def test_a_job_title_edited_here_reaches_kanbert_and_a_job_at_an_organization_it_lacks_stays(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    acme = company(http, "Acme NV")
    klok = company(http, "Brouwerij De Klok")
    ann = person(http, "Ann", "Peeters", (acme, "CFO"))
    a = station("a")
    assert a.sync().outcome == "ok"
    orgs = organizations(a)
    ann_here = local_of(a, ann)
    local_only = a.add(OrganizationContact(name="Not In Kanbert BVBA"))

    current = a.get(ann_here)
    assert isinstance(current, IndividualContact)
    [at_acme] = current.professional_identities
    a.edit(
        ann_here,
        professional_identities=[
            at_acme.model_copy(update={"job_title": "CEO"}),
            ProfessionalIdentity(
                organization_contact=orgs["Brouwerij De Klok"], job_title="Adviser"
            ),
            ProfessionalIdentity(organization_contact=local_only.id, job_title="Treasurer"),
        ],
    )
    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    doc = remote(http, ann)
    links = [(c["id"], c["contact_company"]) for c in doc["companies"]]
    assert links == [(acme, {"position": "CEO"}), (klok, {"position": "Adviser"})]
    assert doc["position"] == "CEO"
    # The job at an organization Kanbert has no company of is not sent and stays here.
    assert any("Ann Peeters" in m and "here only" in m for m in summary.messages)
    assert "Not In Kanbert" not in str(doc)
    expected = [
        ("Acme NV", "CEO"),
        ("Brouwerij De Klok", "Adviser"),
        ("Not In Kanbert BVBA", "Treasurer"),
    ]
    assert jobs(a, ann_here) == expected
    quiet = a.sync()  # the job sent is not taken in a second time
    assert quiet.pushed == 0 and quiet.pulled_updated == 0
    assert jobs(a, ann_here) == expected

    # Kanbert changes the position at Acme: it is the job title here.
    put = http.put(
        f"/contacts/{ann}",
        json={"companies": [{"id": acme, "contact_company": {"position": "Chair"}},
                            {"id": klok, "contact_company": {"position": "Adviser"}}]},
    )  # fmt: skip
    assert put.status_code == 200, put.text
    pulled = a.sync()
    assert pulled.outcome == "ok" and pulled.pulled_updated == 1, pulled.messages
    assert jobs(a, ann_here)[0] == ("Acme NV", "Chair")
    assert len(jobs(a, ann_here)) == 3


def test_a_person_made_here_with_a_job_reaches_a_second_workstation_at_its_organization(
    station: Callable[[str], Workstation], http: httpx.Client
) -> None:
    acme = company(http, "Acme NV")
    a, b = station("a"), station("b")
    assert a.sync().outcome == "ok"
    acme_a = organizations(a)["Acme NV"]
    carl = a.add(
        IndividualContact(
            name="Carl Nys",
            given_name="Carl",
            family_name="Nys",
            professional_identities=[
                ProfessionalIdentity(organization_contact=acme_a, job_title="Buyer")
            ],
        )
    )
    made = a.sync()
    assert made.outcome == "ok" and made.created_remote == 1, made.messages
    doc = remote(http, a.remote_id(carl.id) or "")
    assert [(c["id"], c["contact_company"]) for c in doc["companies"]] == [
        (acme, {"position": "Buyer"})
    ]

    pulled = b.sync()
    assert pulled.outcome == "ok", pulled.messages
    assert sorted(organizations(b)) == ["Acme NV"]
    assert jobs(b, carl.id) == [("Acme NV", "Buyer")]  # Kontor's id came back as external id
    assert jobs(a, carl.id) == [("Acme NV", "Buyer")]
    quiet = a.sync()
    assert (
        quiet.pushed == 0
        and quiet.pulled_updated == 0
        and jobs(a, carl.id) == [("Acme NV", "Buyer")]
    )


def test_a_company_renamed_in_kanbert_renames_its_organization_unless_renamed_here(
    station: Callable[[str], Workstation], http: httpx.Client, server: RunningServer
) -> None:
    acme = company(http, "Acme NV")
    klok = company(http, "De Klok")
    a = station("a")
    assert a.sync().outcome == "ok"
    orgs = organizations(a)
    a.edit(orgs["De Klok"], name="Brouwerij De Klok", internal_note="renamed here")
    a.edit(orgs["Acme NV"], vat_number="BE0415928179")

    store = server.app.state.store  # type: ignore[attr-defined]
    for remote_id, name in ((acme, "Acme Group"), (klok, "De Klok Brewery")):
        doc = store.get("kanbert", "companies", remote_id)
        store.put("kanbert", "companies", remote_id,
                  {**doc, "name": name, "updated_at": "2099-01-01T00:00:00.000000Z"})  # fmt: skip
    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    renamed = a.get(orgs["Acme NV"])
    assert isinstance(renamed, OrganizationContact)
    assert renamed.name == "Acme Group" and renamed.vat_number == "BE0415928179"
    assert a.get(orgs["De Klok"]).name == "Brouwerij De Klok"  # renamed here: kept
    assert sorted(organizations(a)) == ["Acme Group", "Brouwerij De Klok"]


def test_removing_the_account_keeps_the_organizations_and_a_new_account_links_them_again(
    station: Callable[[str], Workstation], http: httpx.Client, server: RunningServer
) -> None:
    acme = company(http, "Acme NV")
    ann = person(http, "Ann", "Peeters", (acme, "CFO"))
    a = station("a")
    assert a.sync().outcome == "ok"
    orgs = organizations(a)
    ann_here = local_of(a, ann)

    with a.services.db.transaction() as conn:
        AccountRepository(conn).remove(a.account.id or 0)
    assert organizations(a) == orgs
    assert jobs(a, ann_here) == [("Acme NV", "CFO")]

    again = workstation(Path("unused"), "kanbert", str(server), TOKEN, services=a.services)
    summary = again.sync()
    assert summary.outcome == "ok", summary.messages
    assert organizations(again) == orgs  # linked again by name, none made twice
    assert local_of(again, acme, "organization") == orgs["Acme NV"]
    assert again.services.directory.count() == 2
    assert jobs(again, ann_here) == [("Acme NV", "CFO")]
    again.client.close()


def links_of(w: Workstation, local_id: str) -> list[str]:
    """The accounts the "Linked to" row names for a contact."""
    with w.services.db.reading() as conn:
        return [link.account for link in AccountRepository(conn).links_of(local_id)]


def gone_notices(w: Workstation) -> dict[str, str]:
    """``{contact name: message}`` of the account's notices that a company is gone there, as
    the sync issues list them."""
    issues = w.services.sync_accounts.issues(w.account.id)
    return {
        i.name: f"{i.message} {' '.join(i.problems)}" for i in issues if i.issue == "remote_gone"
    }


def test_a_company_deleted_in_kanbert_unlinks_its_organization_which_stays_with_a_notice(
    station: Callable[[str], Workstation], http: httpx.Client, server: RunningServer
) -> None:
    acme = company(http, "Acme NV")
    klok = company(http, "Brouwerij De Klok")
    company(http, "Zeta BV")
    ann = person(http, "Ann", "Peeters", (acme, "CFO"), (klok, "Adviser"))
    person(http, "Bob", "Maes", (acme, "Buyer"), (klok, "Brewer"))
    a = station("a")
    assert a.sync().outcome == "ok"
    orgs = organizations(a)
    ann_here = local_of(a, ann)
    store = server.app.state.store  # type: ignore[attr-defined]
    # Kanbert deletes Acme (gone from the listing, 404) and Klok (listed with deleted_at);
    # Ann's and Bob's contacts there still name both.
    assert store.delete("kanbert", "companies", acme)
    store.put("kanbert", "companies", klok,
              {**store.get("kanbert", "companies", klok), "deleted_at": "2099-01-01T00:00:00Z",
               "updated_at": "2099-01-01T00:00:00Z"})  # fmt: skip

    summary = a.sync()
    assert summary.outcome == "ok", summary.messages
    assert organizations(a) == orgs  # nothing deleted or trashed here
    assert links_of(a, orgs["Acme NV"]) == [] and links_of(a, orgs["Brouwerij De Klok"]) == []
    assert links_of(a, orgs["Zeta BV"]) == [a.account.name]
    notices = gone_notices(a)
    assert sorted(notices) == ["Acme NV", "Brouwerij De Klok"]
    assert "Kanbert no longer has “Acme NV”" in notices["Acme NV"]
    assert "The organization stays here" in notices["Acme NV"]
    assert any("“Acme NV” is no longer in Kanbert" in m for m in summary.messages)
    # Ann keeps her work details here (they stay here only now).
    assert jobs(a, ann_here) == [("Acme NV", "CFO"), ("Brouwerij De Klok", "Adviser")]

    # A second run neither links Klok again (Ann names it) nor loses the notices, and an
    # edit of the organization here does not take its notice away.
    a.edit(orgs["Acme NV"], internal_note="was a customer")
    again = a.sync()
    assert again.outcome == "ok", again.messages
    assert again.pulled_new == 0 and organizations(a) == orgs
    assert links_of(a, orgs["Brouwerij De Klok"]) == [] and sorted(gone_notices(a)) == sorted(
        notices
    )
    assert jobs(a, ann_here) == [("Acme NV", "CFO"), ("Brouwerij De Klok", "Adviser")]
    # Nor does a run whose listings came back incomplete (the companies named are taken in).
    server.app.state.faults = Faults(problem_pages=True)  # type: ignore[attr-defined]
    a.sync()
    server.app.state.faults = Faults()  # type: ignore[attr-defined]
    assert links_of(a, orgs["Acme NV"]) == [] == links_of(a, orgs["Brouwerij De Klok"])
    assert sorted(gone_notices(a)) == sorted(notices)

    # Klok comes back in Kanbert, and Acme is made there anew: both are linked again to
    # their organizations here, and their notices go.
    store.put("kanbert", "companies", klok,
              {**store.get("kanbert", "companies", klok), "deleted_at": None,
               "updated_at": "2099-01-02T00:00:00Z"})  # fmt: skip
    acme_again = company(http, "Acme NV")
    back = a.sync()
    assert back.outcome == "ok", back.messages
    assert organizations(a) == orgs
    assert local_of(a, acme_again, "organization") == orgs["Acme NV"]
    assert local_of(a, klok, "organization") == orgs["Brouwerij De Klok"]
    assert (
        links_of(a, orgs["Acme NV"]) == [a.account.name] == links_of(a, orgs["Brouwerij De Klok"])
    )
    assert gone_notices(a) == {}


def test_a_failed_or_partial_listing_unlinks_nothing_nor_more_than_the_limit_unasked(
    station: Callable[[str], Workstation], http: httpx.Client, server: RunningServer
) -> None:
    names = [f"Company {i}" for i in range(4)]
    ids = [company(http, n) for n in names]
    a = station("a")
    assert a.sync().outcome == "ok"
    orgs = organizations(a)
    store = server.app.state.store  # type: ignore[attr-defined]
    assert store.delete("kanbert", "companies", ids[3])  # really gone

    for faults in (
        Faults(problem_pages=True),  # pages with problems, one item fewer
        Faults(fail_pages=frozenset({1})),  # a page failed
        Faults(listing_cutoff=2),  # silently short: the missing ones are still there
    ):
        server.app.state.faults = faults  # type: ignore[attr-defined]
        a.sync()
        assert organizations(a) == orgs
        assert all(links_of(a, orgs[n]) == [a.account.name] for n in names), faults
        assert gone_notices(a) == {}, faults
    server.app.state.faults = Faults()  # type: ignore[attr-defined]
    # More gone at once than the run's limit: none is unlinked without the user's yes.
    assert store.delete("kanbert", "companies", ids[2])
    a.engine.delete_limit = 1
    held = a.sync()
    assert any("more than the safety limit" in m for m in held.messages), held.messages
    assert gone_notices(a) == {} and links_of(a, orgs["Company 3"]) == [a.account.name]
    whole = a.sync(allow_mass_delete=True)
    assert whole.outcome == "ok", whole.messages
    assert sorted(gone_notices(a)) == ["Company 2", "Company 3"] and organizations(a) == orgs
    assert links_of(a, orgs["Company 3"]) == [] == links_of(a, orgs["Company 2"])
    assert links_of(a, orgs["Company 0"]) == [a.account.name]


def test_companies_gone_beyond_the_limit_wait_for_the_users_yes_and_are_asked_again(
    station: Callable[[str], Workstation], http: httpx.Client, server: RunningServer
) -> None:
    names = [f"Firm {i}" for i in range(4)]
    ids = [company(http, n) for n in names]
    a = station("a")
    assert a.sync().outcome == "ok"
    orgs = organizations(a)
    store = server.app.state.store  # type: ignore[attr-defined]
    assert store.delete("kanbert", "companies", ids[1])
    assert store.delete("kanbert", "companies", ids[2])
    a.engine.delete_limit = 1

    # The run says that two wait for the user's yes (as deletions of contacts beyond the
    # limit do), and unlinks none; a run without the yes asks the same again.
    for _ in range(2):
        held = a.sync()
        assert held.outcome == "needs_confirmation", held.messages
        assert held.deletions_waiting == 2 and not held.complete
        assert gone_notices(a) == {}
        assert all(links_of(a, orgs[n]) == [a.account.name] for n in names)
        assert organizations(a) == orgs

    # The yes: both are unlinked with the notice, as those under the limit are.
    yes = a.sync(allow_mass_delete=True)
    assert yes.outcome == "ok" and yes.deletions_waiting == 0, yes.messages
    notices = gone_notices(a)
    assert sorted(notices) == ["Firm 1", "Firm 2"]
    assert "Kanbert no longer has “Firm 1”" in notices["Firm 1"]
    assert links_of(a, orgs["Firm 1"]) == [] == links_of(a, orgs["Firm 2"])
    assert links_of(a, orgs["Firm 0"]) == [a.account.name] == links_of(a, orgs["Firm 3"])
    assert organizations(a) == orgs  # unlinked, never deleted here
    after = a.sync()
    assert after.outcome == "ok" and after.deletions_waiting == 0, after.messages
