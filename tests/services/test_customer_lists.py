"""Customer lists: names, members, trash and a page of members."""

from __future__ import annotations

import pytest

from app.domain.models import IndividualContact, OrganizationContact
from app.services.customer_lists import CustomerListNotFoundError, CustomerLists
from app.store.contacts import ContactNotFoundError
from app.store.database import Database
from app.store.journal import entries_for
from app.store.listing import SortColumn
from app.store.unit_of_work import unit_of_work


def _contacts(db: Database) -> dict[str, str]:
    ids = {}
    with unit_of_work(db) as uow:
        for contact in (
            IndividualContact(name="Cem"),
            IndividualContact(name="Ann"),
            OrganizationContact(name="Bakkerij BV"),
            IndividualContact(name="Dora"),
        ):
            ids[contact.name] = uow.contacts.add(contact).id
    return ids


def test_create_validates_the_name(tmp_db: Database) -> None:
    lists = CustomerLists(tmp_db)
    refused = lists.create("   ")
    assert not refused.saved
    assert refused.problems[0].field == "name"
    made = lists.create("  Christmas cards ")
    assert made.value is not None and made.value.name == "Christmas cards"
    assert lists.get(made.value.id) == made.value


def test_members_counts_and_pages(tmp_db: Database) -> None:
    ids = _contacts(tmp_db)
    lists = CustomerLists(tmp_db)
    cards = lists.create("Cards").value
    assert cards is not None
    updated = lists.add_members(cards.id, [ids["Cem"], ids["Ann"], ids["Cem"], ids["Dora"]])
    assert updated.member_ids == [ids["Cem"], ids["Ann"], ids["Dora"]]
    lists.add_members(cards.id, [ids["Bakkerij BV"], ids["Ann"]])
    assert [s.name for s in lists.members_page(cards.id)] == ["Ann", "Bakkerij BV", "Cem", "Dora"]
    assert [s.name for s in lists.members_page(cards.id, offset=1, limit=2)] == [
        "Bakkerij BV",
        "Cem",
    ]
    down = lists.members_page(cards.id, sort=SortColumn.NAME, descending=True)
    assert [s.name for s in down] == ["Dora", "Cem", "Bakkerij BV", "Ann"]
    assert lists.members_count(cards.id) == 4
    assert lists.members_count(cards.id, search="bakk") == 1

    lists.remove_members(cards.id, [ids["Cem"], "not-a-member"])
    with unit_of_work(tmp_db) as uow:
        uow.contacts.trash(ids["Dora"])  # trashed contacts stay members, but are not shown
    assert [(i.name, i.member_count) for i in lists.lists()] == [("Cards", 2)]
    assert [s.name for s in lists.members_page(cards.id)] == ["Ann", "Bakkerij BV"]
    assert lists.get(cards.id).member_ids == [ids["Ann"], ids["Dora"], ids["Bakkerij BV"]]


def test_members_must_be_contacts(tmp_db: Database) -> None:
    ids = _contacts(tmp_db)
    lists = CustomerLists(tmp_db)
    cards = lists.create("Cards").value
    assert cards is not None
    with pytest.raises(ContactNotFoundError, match="no-such-contact"):
        lists.add_members(cards.id, [ids["Ann"], "no-such-contact"])
    assert lists.get(cards.id).member_ids == []  # nothing was added
    with pytest.raises(CustomerListNotFoundError):
        lists.add_members("no-such-list", [ids["Ann"]])


def test_rename_trash_and_restore_are_journaled(tmp_db: Database) -> None:
    lists = CustomerLists(tmp_db)
    cards = lists.create("Cards").value
    assert cards is not None
    assert not lists.rename(cards.id, "").saved
    renamed = lists.rename(cards.id, "Cards 2026").value
    assert renamed is not None and renamed.name == "Cards 2026"
    assert lists.trash(cards.id).deleted_at is not None
    assert lists.lists() == []
    assert [i.name for i in lists.lists(only_trash=True)] == ["Cards 2026"]
    assert lists.lists(include_trash=True)[0].in_trash
    assert lists.restore(cards.id).deleted_at is None
    assert [i.name for i in lists.lists()] == ["Cards 2026"]
    with tmp_db.reading() as conn:
        changes = [e.changes for e in entries_for(conn, cards.id)]
    assert changes[1] == {"name": ("Cards", "Cards 2026")}
    assert [set(c) for c in changes[2:]] == [{"deleted_at"}, {"deleted_at"}]
