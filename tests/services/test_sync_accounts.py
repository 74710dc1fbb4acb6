"""Sync across accounts: what waits to be sent and what waits for a decision in every account,
the "Link or create" review of a first pull, and which accounts hold a contact."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from app.domain.models import Address, Email, IndividualContact, Phone
from app.services.account_matching import MatchError
from app.services.registry import Services
from app.store.database import Database
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import Account
from app.sync.credentials import TokenStore
from app.sync.documents import document_hash
from tests.ui.test_preferences import MemoryKeyring

KANBERT_DOC: dict[str, Any] = {
    "id": "k-7",
    "external_id": None,
    "external_origin": None,
    "gender": "female",
    "first_name": "Anneke",
    "last_name": "Peeters",
    "title": None,
    "title_suffix": None,
    "position": None,
    "locale": None,
    "birthday": None,
    "fax": None,
    "telephone": "+32 9 111 11 11",
    "telephone_private": None,
    "mobile": None,
    "mobile_private": None,
    "email": "anneke@acme.be",
    "email_private": None,
    "address_street": "Kouter",
    "address_house": "5",
    "address_street2": None,
    "address_zip": "9000",
    "address_state": None,
    "address_town": "Gent",
    "address_country": {"id": "c-be", "name": "Belgium", "code": "BE"},
    "owner": None,
    "client": None,
    "companies": [],
    "custom_fields": {},
    "created_at": "2024-01-01T00:00:00Z",
    "updated_at": "2024-01-02T00:00:00Z",
    "deleted_at": None,
}


@dataclass
class Book:
    services: Services
    enfore: Account
    kanbert: Account
    ann: IndividualContact
    bob: IndividualContact


@pytest.fixture
def book(tmp_db: Database) -> Book:
    services = Services.over(tmp_db, TokenStore(MemoryKeyring(), environ={}))
    enfore, problems = services.accounts.save(
        Account(type="enfore", name="enfore", base_url="https://contacts.example.com", tenant="o1")
    )
    assert enfore is not None, problems
    kanbert, problems = services.accounts.save(
        Account(type="kanbert", name="Kanbert", base_url="https://kanbert.example/api/v1")
    )
    assert kanbert is not None, problems
    ann = services.editing.save(
        IndividualContact(
            name="Ann Peeters",
            emails=[Email(address="ann@acme.be", type="WORK_EMAIL")],
            phones=[Phone(number="+32 9 210 10 10", type="FIXED_LINE")],
            addresses=[Address(street_name="Kouter", street_number="5", zip="9000", city="Gent")],
        )
    ).contact
    bob = services.editing.save(IndividualContact(name="Bob Smet")).contact
    assert isinstance(ann, IndividualContact) and isinstance(bob, IndividualContact)
    return Book(services, enfore, kanbert, ann, bob)


def _issue(db: Database, account_id: int, local_id: str, name: str, issue: str) -> str:
    from app.store.schema import utc_now

    with db.transaction() as conn:
        return SyncStateRepository(conn, account_id).put_issue(
            local_id=local_id,
            kind="individual",
            issue=issue,
            title=name,
            detail={"problems": [{"title": "Invalid", "detail": f"{name} refused"}]},
            now=utc_now(),
        )


def test_pending_changes_and_issues_of_every_account_with_a_filter(book: Book) -> None:
    overview = book.services.sync_accounts
    enfore_id, kanbert_id = book.enfore.id, book.kanbert.id
    assert enfore_id is not None and kanbert_id is not None
    assert [a.name for a in overview.accounts()] == ["enfore", "Kanbert"]
    everything = overview.pending()
    assert {(p.name, p.account) for p in everything} == {
        ("Ann Peeters", "enfore"),
        ("Bob Smet", "enfore"),
        ("Ann Peeters", "Kanbert"),
        ("Bob Smet", "Kanbert"),
    }
    assert overview.pending_count() == 4
    assert overview.pending_count(kanbert_id) == 2
    assert {p.account_id for p in overview.pending(account_id=kanbert_id)} == {kanbert_id}
    assert [p.name for p in overview.pending(0, 1, kanbert_id)] == ["Ann Peeters"]

    # Discarding acts on one account only: Bob is no longer sent to Kanbert, still to enfore.
    overview.discard(kanbert_id, book.bob.id)
    assert {(p.name, p.account) for p in overview.pending(account_id=kanbert_id)} == {
        ("Ann Peeters", "Kanbert")
    }
    assert overview.pending_count(enfore_id) == 2

    db = book.services.db
    first = _issue(db, enfore_id, book.ann.id, "Ann Peeters", "rejected")
    second = _issue(db, kanbert_id, book.ann.id, "Ann Peeters", "rejected")
    issues = overview.issues()
    assert [(i.id, i.account) for i in issues] == [(first, "enfore"), (second, "Kanbert")]
    assert [i.id for i in overview.issues(kanbert_id)] == [second]
    assert overview.issue_count() == 2

    # Settling acts on the issue's own account.
    overview.retry(second)
    assert [i.id for i in overview.issues()] == [first]
    with pytest.raises(ValueError, match="settled already"):
        overview.retry(second)

    statuses = {s.name: s for s in overview.statuses()}
    assert statuses["enfore"].status.issues == 1 and statuses["Kanbert"].status.issues == 0
    assert statuses["Kanbert"].status.pending == 1


def test_link_or_create_review_links_or_makes_a_new_contact(book: Book) -> None:
    matching = book.services.matching
    kanbert_id = book.kanbert.id
    assert kanbert_id is not None
    first = matching.propose(
        kanbert_id,
        kind="individual",
        remote_id="k-7",
        remote=KANBERT_DOC,
        candidates=[
            {"local_id": book.ann.id, "score": 0.6, "reasons": ["same phone", "same city"]},
            {"local_id": book.bob.id, "score": 0.2, "reasons": ["same first letter"]},
        ],
        title="Anneke Peeters",
        version="2024-01-02T00:00:00Z",
    )
    other_doc = {**KANBERT_DOC, "id": "k-8", "first_name": "Piet", "email": "piet@acme.be"}
    second = matching.propose(
        kanbert_id,
        kind="individual",
        remote_id="k-8",
        remote=other_doc,
        candidates=[{"local_id": book.bob.id, "score": 0.4, "reasons": ["same name"]}],
        title="Piet Peeters",
    )
    [one, _two] = matching.pending(kanbert_id)
    assert one.issue_id == first and one.account == "Kanbert"
    assert one.remote.name == "Anneke Peeters"
    assert "anneke@acme.be" in one.remote.emails and "9000 Gent" in one.remote.places
    assert [(c.summary.name, c.score, c.reasons) for c in one.candidates] == [
        ("Ann Peeters", 0.6, ["same phone", "same city"]),
        ("Bob Smet", 0.2, ["same first letter"]),
    ]
    # The review's issues show in the account's sync issues too.
    assert {i.issue for i in book.services.sync_accounts.issues(kanbert_id)} == {"link_or_create"}
    assert matching.pending(book.enfore.id) == []

    matching.link(first, book.ann.id)
    db = book.services.db
    with db.reading() as conn:
        record = SyncStateRepository(conn, kanbert_id).record(book.ann.id)
    assert record is not None and record.remote_id == "k-7" and record.base is None
    assert _name(book, book.ann.id) == "Ann Peeters"  # nothing overwritten
    with pytest.raises(MatchError, match="linked or created already"):
        matching.link(first, book.bob.id)
    # The same contact cannot hold a second record of the same account.
    with pytest.raises(MatchError, match="linked to another record"):
        matching.link(second, book.ann.id)

    made = matching.create_new(second)
    assert made is not None and made.name == "Piet Peeters"
    assert [e.address for e in made.emails] == ["piet@acme.be"]
    assert [a.city for a in made.addresses] == ["Gent"]
    with db.reading() as conn:
        record = SyncStateRepository(conn, kanbert_id).record(made.id)
    assert record is not None and record.remote_id == "k-8"
    assert record.base_hash == document_hash(other_doc)
    assert matching.pending() == []
    assert book.services.sync_accounts.issues() == []

    # Which accounts hold a contact, as the editor's "Linked to" row shows it.
    [ann_link] = book.services.accounts.links(book.ann.id)
    assert (ann_link.account, ann_link.remote_id, ann_link.synced_at) == ("Kanbert", "k-7", None)
    [made_link] = book.services.accounts.links(made.id)
    assert made_link.remote_id == "k-8" and made_link.synced_at is not None
    assert book.services.accounts.links(book.bob.id) == []


def _name(book: Book, contact_id: str) -> str:
    found = book.services.directory.get(contact_id)
    assert found is not None
    return found.name
