"""Contacts added in bulk (``add_many``) make the same book as the same contacts saved one by
one: every row of every table, the journal entries (sequence numbers included), the tags and
the search index, so that each shortcut of the bulk path is held to the plain one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.copies import deep_copy
from app.domain.models import AnyContact, IndividualContact, Tag
from app.services.demo_data import generate_contacts
from app.store import contacts as contacts_module
from app.store import unit_of_work as uow_module
from app.store.database import Database
from app.store.migrations import open_database
from app.store.unit_of_work import unit_of_work
from tests.book_content import book_content
from tests.store import factories

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def _contacts() -> list[AnyContact]:
    org = factories.organization()
    an = factories.person(org)
    factories.link_leaders(org, an)
    bert = factories.person(org, "Bert Claes")
    bert.personal_relationships = [factories.relationship(an)]
    # A tag the book holds under another spelling, one used twice, one new.
    bert.tags = [Tag(name="HELD"), Tag(name="VIP"), Tag(name="new one")]
    plain = IndividualContact(
        name="  Émile Zola ",
        vcard_properties=["X-SOMETHING:value", "NOTE;LANGUAGE=fr:été"],
        created_at=datetime(2020, 2, 3, 4, 5, 6, tzinfo=UTC),
    )
    return [org, an, bert, plain, *generate_contacts(45, seed=3, moment=NOW)]


def _book(path: Path, contacts: list[AnyContact], bulk: bool) -> Database:
    db = open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add(
            IndividualContact(id="held", name="Held", tags=[Tag(id="held-tag", name="held")])
        )
    with unit_of_work(db) as uow:
        if bulk:
            assert uow.contacts.add_many(contacts, batch_size=20) == len(contacts)
        else:
            for contact in contacts:
                uow.contacts.add(contact)
    return db


@pytest.mark.parametrize(
    "outbox_after", [1, 10_000], ids=["outbox filled at the end", "outbox filled by the trigger"]
)
def test_adding_in_bulk_makes_the_book_saving_one_by_one_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outbox_after: int
) -> None:
    monkeypatch.setattr(uow_module, "utc_now", lambda: NOW)
    monkeypatch.setattr(contacts_module, "OUTBOX_AFTER", outbox_after)
    contacts = _contacts()
    one_by_one = _book(tmp_path / "saved.sqlite", deep_copy(contacts), bulk=False)
    in_bulk = _book(tmp_path / "bulk.sqlite", deep_copy(contacts), bulk=True)
    one_by_one.close()
    in_bulk.close()

    expected = book_content(one_by_one.path, search_index="content", json_null=True)
    found = book_content(in_bulk.path, search_index="content", json_null=True)
    assert len(found["contacts"]) == len(contacts) + 1
    assert len(found["change_journal"]) == len(contacts) + 1
    assert len(found["contact_search"]) == len(contacts) + 1
    # Every contact waits in the outbox of the book's account, as an edit made here.
    assert len(found["sync_outbox"]) == len(contacts) + 1
    assert found["contact_tags"] and found["phones"] and found["contact_keys"]
    assert found.keys() == expected.keys()
    for table in expected:
        assert found[table] == expected[table], table


def test_contacts_given_to_add_many_are_left_as_they_were(db: Database) -> None:
    contacts = _contacts()[:4]
    before = deep_copy(contacts)
    with unit_of_work(db) as uow:
        uow.contacts.add_many(contacts)
    assert contacts == before
