"""One book linked to two enfore organizations at once, over a real loopback socket.

The book's first enfore account keeps its ids on the data rows; the second keeps its own
(``sync_entity_ids``).  A contact made here reaches both organizations with every part, an
edit made in either organization reaches the other through this book, and neither account's
runs disturb the other's ids: once in step, runs of both send and take nothing.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from alembic import command
from app.domain.models import (
    Address,
    AnyContact,
    CustomerList,
    Email,
    IndividualContact,
    Phone,
    PlaceholderCustomer,
    Tag,
)
from app.services.registry import Services
from app.store import migrations
from app.store import schema as s
from app.store.migrations import open_database
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import ENFORE_ACCOUNT_ID, Account
from app.sync.client import ContactsApiClient, RetryPolicy
from app.sync.connector import connector_for
from app.sync.engine import SyncEngine, SyncSummary
from app.sync.reference_server import Faults, RunningServer
from app.sync.wire import iter_entities
from tests.sync.conftest import TOKEN
from tests.sync.test_engine import fresh_pair


@dataclass
class Book:
    services: Services
    engines: dict[str, SyncEngine]
    clients: list[ContactsApiClient]

    def run(self, name: str) -> SyncSummary:
        summary = self.engines[name].run()
        assert summary.complete, summary.messages
        return summary

    def get(self, contact_id: str) -> AnyContact:
        found = self.services.directory.get(contact_id)
        assert found is not None
        return found

    def save(self, contact: AnyContact) -> AnyContact:
        result = self.services.editing.save(contact)
        assert result.contact is not None, result.problems
        return result.contact

    def everyone(self) -> dict[str, AnyContact]:
        with self.services.db.reading() as conn:
            ids = list(conn.execute(select(s.contacts.c.id)).scalars())
        return {i: self.get(i) for i in ids}

    def only(self, name: str) -> AnyContact:
        [found] = [c for c in self.everyone().values() if c.name == name]
        return found

    def customer_lists(self) -> list[CustomerList]:
        lists = self.services.customer_lists
        found = [lists.get(info.id) for info in lists.lists()]
        return [c for c in found if c is not None]

    def pending(self, account_id: int) -> int:
        with self.services.db.reading() as conn:
            return SyncStateRepository(conn, account_id).outbox_count()


def _client(reference: RunningServer, org: str) -> ContactsApiClient:
    return ContactsApiClient(
        str(reference), org, TOKEN, retry=RetryPolicy(max_attempts=2), sleep=lambda _s: None
    )


@pytest.fixture
def books(reference: RunningServer, tmp_path: Path) -> Iterator[dict[str, Book]]:
    head, branch = (f"org-{uuid.uuid4().hex[:10]}" for _ in range(2))
    made: dict[str, Book] = {}

    # Here: linked to the head office (the book's first enfore account) and to the branch
    # (a further enfore account, run through the enfore connector as any other account).
    services = Services.over(open_database(tmp_path / "here.sqlite"))
    first, problems = services.accounts.save(
        Account(type="enfore", name="Head office", base_url=str(reference), tenant=head)
    )
    assert first is not None and first.id == ENFORE_ACCOUNT_ID, problems
    second, problems = services.accounts.save(
        Account(type="enfore", name="Branch", base_url=str(reference), tenant=branch)
    )
    assert second is not None and second.id != ENFORE_ACCOUNT_ID, problems
    connector: Any = connector_for("enfore")
    head_client, branch_client = _client(reference, head), connector.client_for(second, TOKEN)
    branch_client.pause_with(lambda _s: None)  # retries at once, as the head office's
    made["here"] = Book(
        services,
        {
            "head": SyncEngine(services.db, head_client),
            "branch": connector.make_engine(services.db, branch_client, second),
        },
        [head_client, branch_client],
    )
    # Elsewhere: a workstation of each organization alone.
    for name, org in (("head", head), ("branch", branch)):
        other = Services.over(open_database(tmp_path / f"{name}.sqlite"))
        client = _client(reference, org)
        made[name] = Book(other, {name: SyncEngine(other.db, client)}, [client])
    yield made
    for book in made.values():
        for client in book.clients:
            client.close()
        book.services.close()


def _second_account(book: Book) -> int:
    account_id = book.engines["branch"].account_id
    assert account_id != ENFORE_ACCOUNT_ID
    return account_id


def _remote_ids(book: Book, contact: AnyContact, account_id: int) -> set[str]:
    """The ids the server of ``account_id`` gave every part of ``contact`` (as this book
    keeps them for that account; a tag's id is its link's, checked by the runs that follow)."""
    with book.services.db.reading() as conn:
        state = SyncStateRepository(conn, account_id)
        parts = [e for e in iter_entities(contact) if not isinstance(e, Tag)]
        if not state.own_ids:
            return {e.remote_id for e in parts if e.remote_id is not None}
        return set(state.entity_ids([e.id for e in parts]).values())


def _view(contact: AnyContact) -> dict[str, Any]:
    """What two books hold alike of a contact (no ids)."""
    pis = getattr(contact, "professional_identities", [])
    return {
        "name": contact.name,
        "born": getattr(contact, "date_of_birth", None),
        "emails": sorted(e.address for e in contact.emails),
        "phones": sorted(p.number for p in contact.phones),
        "addresses": sorted(a.full_address or "" for a in contact.addresses),
        "tags": sorted(t.name for t in contact.tags),
        "jobs": sorted((pi.job_title or "", len(pi.emails), len(pi.phones)) for pi in pis),
    }


def _in_both(books: dict[str, Book]) -> AnyContact:
    """An organization and a person working there, made here and sent to both
    organizations, and taken in by the branch's own workstation; the person."""
    here = books["here"]
    org, someone = fresh_pair()
    here.save(org)
    someone = here.save(someone)
    here.run("head"), here.run("branch"), books["branch"].run("branch")
    return someone


def _quiet(book: Book, *names: str) -> None:
    for name in names:
        again = book.run(name)
        assert (again.pushed, again.created_remote, again.pulled_new, again.pulled_updated) == (
            0,
            0,
            0,
            0,
        ), (name, again)
        assert again.conflicts == 0


def test_a_contact_made_here_reaches_both_organizations_and_each_keeps_its_own_ids(
    books: dict[str, Book],
) -> None:
    here, head, branch = books["here"], books["head"], books["branch"]
    org, someone = fresh_pair()
    org, someone = here.save(org), here.save(someone)

    for name in ("head", "branch"):
        sent = here.run(name)
        assert sent.created_remote == 2, (name, sent)
    assert head.run("head").pulled_new == 2
    assert branch.run("branch").pulled_new == 2

    mine = here.get(someone.id)
    theirs_head, theirs_branch = head.only(someone.name), branch.only(someone.name)
    assert _view(theirs_head) == _view(mine) == _view(theirs_branch)
    # The rows keep the head office's ids, the branch's are kept apart: each is what that
    # organization's own workstation holds for the same parts.
    second = _second_account(here)
    assert _remote_ids(here, mine, ENFORE_ACCOUNT_ID) == _remote_ids(
        head, theirs_head, ENFORE_ACCOUNT_ID
    )
    assert _remote_ids(here, mine, second) == _remote_ids(branch, theirs_branch, ENFORE_ACCOUNT_ID)
    assert not _remote_ids(here, mine, ENFORE_ACCOUNT_ID) & _remote_ids(here, mine, second)
    parts = [e for e in iter_entities(mine) if not isinstance(e, Tag)]
    assert len(_remote_ids(here, mine, second)) == len(parts)

    _quiet(here, "head", "branch", "head")


def test_an_edit_in_either_organization_reaches_the_other_through_this_book(
    books: dict[str, Book],
) -> None:
    here, head, branch = books["here"], books["head"], books["branch"]
    someone = _in_both(books)
    head.run("head")

    # An edit here: a phone added, a job title changed -> both organizations, once each.
    mine = here.get(someone.id)
    mine.phones.append(Phone(type="MOBILE", number="+32 470 12 34 56"))
    mine.professional_identities[0].job_title = "Sales director"
    here.save(mine)
    assert here.run("head").pushed == 1
    assert here.run("branch").pushed == 1
    head.run("head"), branch.run("branch")
    for book in (head, branch):
        seen = book.only(someone.name)
        assert [p.number for p in seen.phones].count("+32 470 12 34 56") == 1
        assert seen.professional_identities[0].job_title == "Sales director"

    # The branch changes the birthday: this book takes it and sends it to the head office.
    at_branch = branch.only(someone.name)
    branch.save(at_branch.model_copy(update={"date_of_birth": date(1981, 3, 1)}))
    assert branch.run("branch").pushed == 1
    assert here.run("branch").pulled_updated == 1
    assert here.get(someone.id).date_of_birth == date(1981, 3, 1)
    assert here.run("head").pushed == 1
    head.run("head")
    assert head.only(someone.name).date_of_birth == date(1981, 3, 1)

    # The head office changes an e-mail: this book takes it and sends it to the branch.
    at_head = head.only(someone.name)
    at_head.emails[0].address = "an.peeters@klok.example"
    head.save(at_head)
    assert head.run("head").pushed == 1
    assert here.run("head").pulled_updated == 1
    assert here.run("branch").pushed == 1
    branch.run("branch")
    assert [e.address for e in branch.only(someone.name).emails] == ["an.peeters@klok.example"]

    final = here.get(someone.id)
    assert _view(head.only(someone.name)) == _view(final) == _view(branch.only(someone.name))
    _quiet(here, "head", "branch")
    assert here.pending(ENFORE_ACCOUNT_ID) == here.pending(_second_account(here)) == 0


def test_removing_the_second_enfore_account_leaves_the_first_and_every_contact(
    books: dict[str, Book],
) -> None:
    here = books["here"]
    org, someone = fresh_pair()
    here.save(org), here.save(someone)
    here.run("head"), here.run("branch")
    second = _second_account(here)
    before = here.everyone()
    with here.services.db.reading() as conn:
        assert conn.execute(s.sync_entity_ids.select()).first() is not None

    account = here.services.accounts.get(second)
    assert account is not None
    here.services.accounts.remove(account)

    assert here.everyone() == before
    with here.services.db.reading() as conn:
        assert conn.execute(s.sync_entity_ids.select()).first() is None
        assert (
            conn.execute(
                s.sync_records.select().where(s.sync_records.c.account_id == second)
            ).first()
            is None
        )
    _quiet(here, "head")


def test_a_conflict_with_the_second_organization_is_listed_settled_and_sent_to_both(
    books: dict[str, Book],
) -> None:
    here, head, branch = books["here"], books["head"], books["branch"]
    someone = _in_both(books)

    # The same e-mail's description changed here and at the branch between two runs.
    mine = here.get(someone.id)
    mine.emails[0].description = "Here"
    here.save(mine)
    at_branch = branch.only(someone.name)
    at_branch.emails[0].description = "Branch"
    branch.save(at_branch)
    assert branch.run("branch").pushed == 1
    assert here.run("branch").conflicts == 1

    overview = here.services.sync_accounts
    [issue] = overview.issues()
    assert issue.account == "Branch" and issue.issue == "conflict"
    [choice] = [c for c in issue.choices if (c.mine, c.theirs) == ("Here", "Branch")]
    overview.resolve(issue.id, {choice.key: "theirs"})
    assert overview.issues() == []
    assert here.get(someone.id).emails[0].description == "Branch"

    # Settled: the branch's value goes to the head office too; nobody gets a second e-mail.
    here.run("branch"), here.run("head"), head.run("head"), branch.run("branch")
    for book in (here, head, branch):
        [email] = book.only(someone.name).emails
        assert email.description == "Branch"
    assert _remote_ids(here, here.get(someone.id), ENFORE_ACCOUNT_ID) == _remote_ids(
        head, head.only(someone.name), ENFORE_ACCOUNT_ID
    )
    _quiet(here, "head", "branch")


def test_a_book_synced_before_revision_0013_keeps_its_enfore_account_and_takes_a_second(
    reference: RunningServer, tmp_path: Path
) -> None:
    head, branch = (f"org-{uuid.uuid4().hex[:10]}" for _ in range(2))
    path = tmp_path / "before.sqlite"
    services = Services.over(open_database(path))
    client = _client(reference, head)
    try:
        org, someone = fresh_pair()
        services.editing.save(org), services.editing.save(someone)
        assert services.accounts.save(
            Account(type="enfore", name="Head office", base_url=str(reference), tenant=head)
        )[0]
        assert SyncEngine(services.db, client).run().created_remote == 2
        config = migrations.alembic_config()
        with services.db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0012")
    finally:
        services.close()
    assert migrations.read_revision(path) == "0012"
    before = sqlite3.connect(path)
    tables = ("sync_records", "sync_outbox", "accounts", "contacts", "emails", "addresses")
    rows = {t: before.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    before.close()

    services = Services.over(open_database(path))  # upgraded to the newest revision
    second_client: ContactsApiClient | None = None
    try:
        assert migrations.read_revision(path) == migrations.head_revision()
        with services.db.reading() as conn:
            for table in tables:
                found = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2").all()
                assert [tuple(r) for r in found] == rows[table], table
        first = SyncEngine(services.db, client).run()
        assert (first.pushed, first.pulled_new, first.pulled_updated) == (0, 0, 0)
        second, problems = services.accounts.save(
            Account(type="enfore", name="Branch", base_url=str(reference), tenant=branch)
        )
        assert second is not None, problems
        connector: Any = connector_for("enfore")
        second_client = connector.client_for(second, TOKEN)
        assert connector.make_engine(services.db, second_client, second).run().created_remote == 2
        again = SyncEngine(services.db, client).run()
        assert (again.pushed, again.pulled_new, again.pulled_updated) == (0, 0, 0)
    finally:
        client.close()
        if second_client is not None:
            second_client.close()
        services.close()


def test_placeholder_customers_and_customer_lists_reach_both_organizations(
    books: dict[str, Book],
) -> None:
    here, head, branch = books["here"], books["head"], books["branch"]
    ann = here.save(IndividualContact(name="Ann Peeters"))
    bob = here.save(IndividualContact(name="Bob Maes"))
    made = here.services.customer_lists.create("Christmas cards").value
    assert made is not None
    here.services.customer_lists.add_members(made.id, [ann.id, bob.id])
    walk_in = here.services.placeholders.save(
        PlaceholderCustomer(name="Walk-in Gent", customer_id="W-1", customer_since=date(2024, 5, 1))
    ).value
    assert walk_in is not None
    for name in ("head", "branch"):
        assert here.run(name).created_remote == 4, name
    for name, book in (("head", head), ("branch", branch)):
        assert book.run(name).pulled_new == 4
        [(list_name, members)] = [
            (c.name, sorted(book.get(m).name for m in c.member_ids)) for c in book.customer_lists()
        ]
        assert (list_name, members) == ("Christmas cards", ["Ann Peeters", "Bob Maes"])
        [placeholder] = book.services.placeholders.page()
        assert (placeholder.name, placeholder.customer_id) == ("Walk-in Gent", "W-1")

    # A member taken off at the branch: gone here, then at the head office.
    [at_branch] = branch.customer_lists()
    branch.services.customer_lists.remove_members(at_branch.id, [branch.only("Bob Maes").id])
    assert branch.run("branch").pushed == 1
    assert here.run("branch").pulled_updated == 1
    assert here.run("head").pushed == 1
    head.run("head")
    for book in (here, head):
        [found] = book.customer_lists()
        assert [book.get(m).name for m in found.member_ids] == ["Ann Peeters"]

    # A placeholder renamed at the head office: taken here, then sent to the branch.
    [at_head] = head.services.placeholders.page()
    head.services.placeholders.save(at_head.model_copy(update={"name": "Walk-in Gent Centrum"}))
    assert head.run("head").pushed == 1
    assert here.run("head").pulled_updated == 1
    assert here.run("branch").pushed == 1
    branch.run("branch")
    for book in (here, branch):
        [placeholder] = book.services.placeholders.page()
        assert placeholder.name == "Walk-in Gent Centrum"
    _quiet(here, "head", "branch")


def _person(name: str, email: str, **more: Any) -> IndividualContact:
    return IndividualContact(name=name, emails=[Email(type="WORK_EMAIL", address=email)], **more)


def test_a_new_organization_with_contacts_of_its_own_is_matched_not_duplicated(
    books: dict[str, Book], reference: RunningServer
) -> None:
    here, branch = books["here"], books["branch"]
    # The branch has its people already ...
    branch.save(
        _person("Ann Peeters", "ann@acme.be", phones=[Phone(type="MAIN", number="+32 9 234 56 78")])
    )
    branch.save(_person("Ann Peters", "anneke@other.be"))
    branch.save(_person("Zoe Maes", "zoe@maes.be"))
    branch.save(_person("Cas Jacobs", "cas@jacobs.be"))
    assert branch.run("branch").created_remote == 4
    # ... and so does this book, before its first run with the branch.
    ann = here.save(
        _person(
            "Ann Peeters",
            "ann@acme.be",
            addresses=[Address(type="HEADQUARTERS", city="Gent", zip="9000", country_code="BE")],
        )
    )
    anna = here.save(_person("Anna Peters", "anneke@other.be"))
    cas = here.save(_person("Cas Jacobs-Smet", "cas@jacobs.be"))
    bob = here.save(_person("Bob Smet", "bob@smet.be"))

    first = here.run("branch")
    # Same e-mail and name: linked, and both sides' parts merged (a phone there, an address
    # here); Bob is new there; Zoe is new here; the two uncertain ones wait for the user.
    assert first.created_remote == 1 and first.pulled_new == 1, first
    mine = here.get(ann.id)
    assert [p.number for p in mine.phones] == ["+32 9 234 56 78"]
    assert [a.city for a in mine.addresses] == ["Gent"]
    branch.run("branch")
    assert sorted(c.name for c in branch.everyone().values()) == [
        "Ann Peeters", "Ann Peters", "Bob Smet", "Cas Jacobs", "Zoe Maes"
    ]  # fmt: skip
    there = branch.only("Ann Peeters")
    assert [a.city for a in there.addresses] == ["Gent"]
    assert [e.address for e in there.emails] == ["ann@acme.be"]  # one e-mail, not two
    matching = here.services.matching
    waiting = {m.remote.name: m for m in matching.pending()}
    assert set(waiting) == {"Ann Peters", "Cas Jacobs"}
    assert [c.local_id for c in waiting["Ann Peters"].candidates] == [anna.id]
    assert waiting["Ann Peters"].remote.emails == ["anneke@other.be"]  # what the review shows
    assert waiting["Ann Peters"].account == "Branch"
    assert "Ann Peters" not in {c.name for c in here.everyone().values()}  # not taken in yet
    assert here.run("branch").created_remote == 0  # nor Anna sent while she waits

    # Linked by the user: the names differ, so the next run lists that as a conflict.
    matching.link(waiting["Ann Peters"].issue_id, anna.id)
    # Cas Jacobs there is another person: made new here.
    made = matching.create_new(waiting["Cas Jacobs"].issue_id)
    assert made.name == "Cas Jacobs" and made.id != cas.id
    linked = here.run("branch")
    assert linked.conflicts == 1 and linked.created_remote == 1  # Cas Jacobs-Smet goes there
    [issue] = here.services.sync_accounts.issues()
    assert [(c.mine, c.theirs) for c in issue.choices] == [("Anna Peters", "Ann Peters")]
    here.services.sync_accounts.resolve(issue.id, {c.key: "theirs" for c in issue.choices})
    here.run("branch"), branch.run("branch")
    assert (
        sorted(c.name for c in branch.everyone().values())
        == sorted(c.name for c in here.everyone().values())
        == ["Ann Peeters", "Ann Peters", "Bob Smet", "Cas Jacobs", "Cas Jacobs-Smet", "Zoe Maes"]
    )
    assert bob.id in here.everyone()
    _quiet(here, "branch")


def test_two_contacts_merged_here_become_one_in_both_organizations(
    books: dict[str, Book], reference: RunningServer
) -> None:
    here, head, branch = books["here"], books["head"], books["branch"]
    kept = here.save(_person("Ann Peeters", "ann@acme.be"))
    gone = here.save(
        _person(
            "A. Peeters",
            "ann.peeters@home.be",
            phones=[Phone(type="MAIN", number="+32 9 234 56 78")],
        )
    )
    here.run("head"), here.run("branch")

    here.services.duplicates.merge(kept.id, gone.id)
    reference.app.state.stats.reset()  # type: ignore[attr-defined]
    for name in ("head", "branch"):
        merged = here.run(name)
        assert merged.deleted_remote == 1 and merged.rejected == 0, (name, merged)
    # The items that moved are made anew under the survivor in each organization, not sent
    # there under the ids of the contact they left (which the server answers 404).
    answers = [r.status for r in reference.app.state.stats.records]  # type: ignore[attr-defined]
    assert 404 not in answers
    for name, book in (("head", head), ("branch", branch)):
        book.run(name)
        [only] = [c for c in book.everyone().values() if c.deleted_at is None]
        assert only.name == "Ann Peeters"
        assert sorted(e.address for e in only.emails) == ["ann.peeters@home.be", "ann@acme.be"]
        assert [p.number for p in only.phones] == ["+32 9 234 56 78"]
    _quiet(here, "head", "branch")


def test_the_second_organization_loses_an_answer_and_a_listing_page_without_harm(
    books: dict[str, Book], reference: RunningServer
) -> None:
    here, branch = books["here"], books["branch"]
    faults: Faults = reference.app.state.faults  # type: ignore[attr-defined]
    org, someone = fresh_pair()
    here.save(org), here.save(someone)
    here.run("head")
    branch_org = here.engines["branch"].client.org
    # The branch's server makes the person (and an e-mail) but the answers never come back.
    faults.drop_after_apply_path = rf"/orgs/{branch_org}/individual-contacts(/[^/]+/emails)?$"
    faults.drop_after_apply = 2
    try:
        cut = here.engines["branch"].run()
    finally:
        faults.drop_after_apply = 0
    assert not cut.complete
    here.run("branch")  # found again by its external id, its e-mail taken over
    assert branch.run("branch").pulled_new == 2
    [mine] = branch.only(someone.name).emails
    assert mine.address == someone.emails[0].address  # one e-mail, not two
    assert sorted(c.name for c in branch.everyone().values()) == sorted([org.name, someone.name])
    # The head office's ids on the rows were never touched by any of it.
    head = books["head"]
    head.run("head")
    assert _remote_ids(here, here.get(someone.id), ENFORE_ACCOUNT_ID) == _remote_ids(
        head, head.only(someone.name), ENFORE_ACCOUNT_ID
    )

    # A listing page of the branch fails: nothing is taken as deleted here.
    branch.services.history.trash(branch.only(org.name).id)
    branch.run("branch")
    branch.engines["branch"].page_limit = here.engines["branch"].page_limit = 1
    faults.fail_pages = frozenset({1})
    try:
        failed = here.engines["branch"].run()
    finally:
        faults.fail_pages = frozenset()
    assert not failed.complete
    assert here.get(org.id).deleted_at is None
    assert here.run("branch").deleted_local == 1  # whole again: the deletion is taken
    assert here.get(org.id).deleted_at is not None


def test_a_contact_deleted_in_one_organization_goes_to_the_trash_here_and_stays_in_the_other(
    books: dict[str, Book],
) -> None:
    here, head, branch = books["here"], books["head"], books["branch"]
    bob = here.save(_person("Bob Smet", "bob@smet.be"))
    here.run("head"), here.run("branch"), branch.run("branch")

    branch.services.history.trash(branch.only("Bob Smet").id)
    assert branch.run("branch").deleted_remote == 1
    assert here.run("branch").deleted_local == 1
    assert here.get(bob.id).deleted_at is not None  # in the trash here, restorable
    assert here.run("head").deleted_remote == 0  # not deleted at the head office
    head.run("head")
    assert head.only("Bob Smet").deleted_at is None
    _quiet(here, "head", "branch")

    # And the other way round: deleted at the head office, kept at the branch.
    cas = here.save(_person("Cas Jacobs", "cas@jacobs.be"))
    here.run("head"), here.run("branch"), head.run("head"), branch.run("branch")
    head.services.history.trash(head.only("Cas Jacobs").id)
    assert head.run("head").deleted_remote == 1
    assert here.run("head").deleted_local == 1
    assert here.get(cas.id).deleted_at is not None
    assert here.run("branch").deleted_remote == 0
    branch.run("branch")
    assert branch.only("Cas Jacobs").deleted_at is None
    _quiet(here, "head", "branch")
