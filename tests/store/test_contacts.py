from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import ContactKind
from app.domain.models import CustomerList, Email, IndividualContact, Phone, Tag
from app.store import schema as s
from app.store.contacts import ContactInUseError, ContactNotFoundError
from app.store.database import Database
from app.store.journal import all_entries, entries_for
from app.store.unit_of_work import unit_of_work
from tests.store.factories import link_leaders, organization, person, relationship


def _save_family(db: Database) -> tuple:
    org = organization()
    with unit_of_work(db) as uow:
        org = uow.contacts.add(org)
    someone = person(org)
    partner = IndividualContact(name="Bart Peeters")
    with unit_of_work(db) as uow:
        partner = uow.contacts.add(partner)
        someone.personal_relationships = [relationship(partner)]
        someone = uow.contacts.add(someone)
    link_leaders(org, someone)
    with unit_of_work(db) as uow:
        org = uow.contacts.save(org)
    return org, someone, partner


def test_organization_round_trips_with_every_field(db: Database) -> None:
    org, _, _ = _save_family(db)
    with unit_of_work(db) as uow:
        loaded = uow.contacts.get(org.id)
    assert loaded == org
    # Spot checks that the comparison really covered the nested parts.
    assert loaded.customer_role.credit_limit.value.as_tuple().exponent == -2
    assert loaded.customer_role.delivery_and_invoicing_configurations[1].limitations.extra == {
        "min_amount": 10
    }
    assert loaded.locations[0].leaders[0].contact_id != org.id
    assert loaded.images[0].data.startswith(b"\x89PNG")
    assert loaded.extra == {"unknown_server_field": [1, 2]}


def test_individual_round_trips_with_identities_and_relationships(db: Database) -> None:
    org, someone, partner = _save_family(db)
    with unit_of_work(db) as uow:
        loaded = uow.contacts.get(someone.id)
    assert loaded == someone
    pi = loaded.professional_identities[0]
    assert pi.organization_contact == org.id
    assert pi.departments[0].department_id == org.departments[0].id
    assert pi.phones[0].usages == ["CALL", "SMS"]
    assert loaded.personal_relationships[0].individual_contact == partner.id
    assert loaded.date_of_birth == date(1980, 2, 29)


def test_tags_are_shared_case_insensitively(db: Database) -> None:
    org, someone, _ = _save_family(db)
    assert someone.tags[0].id == org.tags[0].id
    assert someone.tags[0].name == "VIP"
    with unit_of_work(db) as uow:
        counts = uow.tags.usage_counts()
        names = [t.name for t in uow.tags.all()]
    assert names == ["VIP", "Wholesale"]
    assert counts[org.tags[0].id] == 2


def test_editing_children_updates_adds_and_removes_rows(db: Database) -> None:
    _, someone, _ = _save_family(db)
    someone.emails[0].address = "an@new.example"
    someone.phones = []
    someone.professional_identities[0].emails.append(Email(address="second@klok.example"))
    with unit_of_work(db) as uow:
        uow.contacts.save(someone)
    with unit_of_work(db) as uow:
        loaded = uow.contacts.get(someone.id)
        phone_rows = uow.connection.execute(
            select(s.phones).where(s.phones.c.contact_id == someone.id)
        ).all()
    assert loaded.emails[0].address == "an@new.example"
    assert loaded.phones == []
    assert phone_rows == []
    assert [e.address for e in loaded.professional_identities[0].emails] == [
        "info@klok.example",
        "second@klok.example",
    ]


def test_removing_a_professional_identity_removes_its_contact_points(db: Database) -> None:
    _, someone, _ = _save_family(db)
    pi_id = someone.professional_identities[0].id
    someone.professional_identities = []
    with unit_of_work(db) as uow:
        uow.contacts.save(someone)
    with db.reading() as conn:
        left = conn.execute(
            select(s.emails).where(s.emails.c.professional_identity_id == pi_id)
        ).all()
    assert left == []


def test_journal_records_field_level_old_and_new_values(db: Database) -> None:
    _, someone, _ = _save_family(db)
    someone.name = "Dr. An Peeters-Janssens"
    with unit_of_work(db) as uow:
        uow.contacts.save(someone)
        txn = uow.journal.txn_id
    with db.reading() as conn:
        history = entries_for(conn, someone.id)
    last = [e for e in history if e.txn_id == txn]
    assert len(last) == 1
    assert last[0].entity == "contact"
    assert last[0].op == "update"
    assert last[0].changes == {"name": ("Dr. An Peeters", "Dr. An Peeters-Janssens")}
    # The create is one entry for the whole aggregate with the contact's own fields.
    created = [e for e in history if e.op == "create"]
    assert [e.entity for e in created] == ["contact"]
    new_values = {f: new for f, (_, new) in created[0].changes.items()}
    assert new_values["name"] == "Dr. An Peeters"
    assert new_values["date_of_birth"] == "1980-02-29"
    assert all(old is None for old, _ in created[0].changes.values())


def test_child_changes_are_journaled_as_create_and_delete(db: Database) -> None:
    _, someone, _ = _save_family(db)
    old_phone = someone.phones[0]
    someone.phones = [Phone(number="+32 470 12 34 56", type="MOBILE")]
    with unit_of_work(db) as uow:
        uow.contacts.save(someone)
        txn = uow.journal.txn_id
    with db.reading() as conn:
        entries = [e for e in entries_for(conn, someone.id) if e.txn_id == txn]
    ops = {(e.entity, e.op, e.entity_id) for e in entries}
    assert ("phone", "delete", old_phone.id) in ops
    assert ("phone", "create", someone.phones[0].id) in ops
    deleted = next(e for e in entries if e.op == "delete")
    assert deleted.changes["number"] == ("+32 9 123 45 67", None)


def test_saving_without_changes_writes_no_journal_entry(db: Database) -> None:
    _, someone, _ = _save_family(db)
    with db.reading() as conn:
        before = len(all_entries(conn))
    with unit_of_work(db) as uow:
        uow.contacts.save(uow.contacts.get(someone.id))
    with db.reading() as conn:
        assert len(all_entries(conn)) == before


def test_rolled_back_change_leaves_no_data_and_no_journal(db: Database) -> None:
    with db.reading() as conn:
        before = len(all_entries(conn))
    contact = IndividualContact(name="Never stored")
    with pytest.raises(RuntimeError), unit_of_work(db) as uow:
        uow.contacts.add(contact)
        assert uow.contacts.get(contact.id) is not None
        raise RuntimeError("the user cancelled")
    with unit_of_work(db) as uow:
        assert uow.contacts.get(contact.id) is None
        assert len(all_entries(uow.connection)) == before


def test_failed_write_rolls_back_the_whole_unit(db: Database) -> None:
    first = IndividualContact(name="First")
    bad = person(organization())  # its organization is not stored: foreign key fails
    with pytest.raises(Exception), unit_of_work(db) as uow:  # noqa: B017
        uow.contacts.add(first)
        uow.contacts.add(bad)
    with unit_of_work(db) as uow:
        assert uow.contacts.get(first.id) is None
        assert all_entries(uow.connection) == []


def test_trash_and_restore(db: Database) -> None:
    _, someone, _ = _save_family(db)
    with unit_of_work(db) as uow:
        uow.contacts.trash(someone.id)
    with unit_of_work(db) as uow:
        assert uow.contacts.get(someone.id).in_trash
        people = uow.contacts.summaries(ContactKind.INDIVIDUAL)
        assert someone.id not in [p.id for p in people]
        assert someone.id in [
            p.id for p in uow.contacts.summaries(ContactKind.INDIVIDUAL, include_trash=True)
        ]
        uow.contacts.restore(someone.id)
    with unit_of_work(db) as uow:
        assert not uow.contacts.get(someone.id).in_trash
        ops = [(e.op, tuple(e.changes)) for e in entries_for(uow.connection, someone.id)]
    assert ("update", ("deleted_at",)) in ops


def test_search_finds_names_emails_phones_cities_and_vat(db: Database) -> None:
    org, someone, _ = _save_family(db)
    with unit_of_work(db) as uow:
        repo = uow.contacts

        def found(text: str) -> set[str]:
            return {c.id for c in repo.summaries(search=text)}

        assert found("peeters") == {someone.id, _other_peeters(repo)}
        assert someone.id in found("dr an")  # short words fall back to a substring scan
        assert someone.id in found("info@klok")
        assert org.id in found("0415928179")
        assert org.id in found("gent")
        assert someone.id in found("123 45 67")
        assert found("nobody-like-this") == set()


def _other_peeters(repo) -> str:
    return next(c.id for c in repo.summaries() if c.name == "Bart Peeters")


def test_search_index_follows_edits(db: Database) -> None:
    _, someone, _ = _save_family(db)
    someone.emails[0].address = "zebra@stripes.example"
    with unit_of_work(db) as uow:
        uow.contacts.save(someone)
    with unit_of_work(db) as uow:
        assert [c.id for c in uow.contacts.summaries(search="zebra")] == [someone.id]
        assert uow.contacts.count(search="zebra") == 1


def test_add_many_inserts_and_journals_each_contact(db: Database) -> None:
    org = organization()
    people = [
        IndividualContact(name=f"Person {i:03}", emails=[Email(address=f"p{i}@x.example")])
        for i in range(250)
    ]
    with unit_of_work(db) as uow:
        assert uow.contacts.add_many([org, *people], batch_size=100) == 251
    with unit_of_work(db) as uow:
        assert uow.contacts.count(ContactKind.INDIVIDUAL) == 250
        assert uow.contacts.get(org.id).customer_role.customer_id == "C-10023"
        created = {e.aggregate_id for e in all_entries(uow.connection) if e.entity == "contact"}
        assert uow.contacts.count(search="p17@x") == 1
    assert len(created) == 251


def test_listing_is_sorted_and_paged(db: Database) -> None:
    names = ["delta", "Alpha", "charlie", "Bravo"]
    with unit_of_work(db) as uow:
        for name in names:
            uow.contacts.add(IndividualContact(name=name))
        first = uow.contacts.summaries(offset=0, limit=2)
        second = uow.contacts.summaries(offset=2, limit=2)
    assert [c.name for c in first + second] == ["Alpha", "Bravo", "charlie", "delta"]


def test_kind_cannot_change(db: Database) -> None:
    org = organization()
    with unit_of_work(db) as uow:
        uow.contacts.add(org)
    with pytest.raises(ValueError), unit_of_work(db) as uow:
        uow.contacts.save(IndividualContact(id=org.id, name="x"))


def test_purge_deletes_the_aggregate_and_journals_one_delete(db: Database) -> None:
    _, someone, partner = _save_family(db)
    with unit_of_work(db) as uow:
        lst = uow.customer_lists.save(CustomerList(name="Cards", member_ids=[partner.id]))
    with unit_of_work(db) as uow:
        purged = uow.contacts.purge(partner.id)
        txn = uow.journal.txn_id
    assert purged.contact.id == partner.id
    assert purged.customer_list_ids == (lst.id,)
    [(before, after)] = purged.relationships
    assert before.id == someone.id and after.personal_relationships == []
    with unit_of_work(db) as uow:
        assert uow.contacts.get(partner.id) is None
        assert uow.contacts.count(search="bart") == 0
        assert uow.customer_lists.get(lst.id).member_ids == []
        assert uow.contacts.get(someone.id).personal_relationships == []
        entries = [e for e in all_entries(uow.connection) if e.txn_id == txn]
    by_aggregate = {(e.aggregate, e.entity, e.op) for e in entries}
    assert ("contact", "contact", "delete") in by_aggregate
    assert ("contact", "personal_relationship", "delete") in by_aggregate
    assert ("customer_list", "customer_list", "update") in by_aggregate
    deleted = next(e for e in entries if e.entity == "contact" and e.op == "delete")
    assert deleted.aggregate_id == partner.id
    assert deleted.changes["name"] == ("Bart Peeters", None)


def test_purge_refuses_an_organization_people_work_at(db: Database) -> None:
    org, _, _ = _save_family(db)
    with pytest.raises(ContactInUseError, match="1 person works there"), unit_of_work(db) as uow:
        uow.contacts.purge(org.id)
    with unit_of_work(db) as uow:
        assert uow.contacts.get(org.id) is not None


def test_tagging_many_contacts_is_journaled_per_contact(db: Database) -> None:
    people = [IndividualContact(name=f"P{i}", tags=[Tag(name="Old")]) for i in range(3)]
    with unit_of_work(db) as uow:
        uow.contacts.add_many(people)
    ids = [p.id for p in people]
    with unit_of_work(db) as uow:
        changed = uow.contacts.tag_contacts([*ids, ids[0]], Tag(name="New"))
        txn = uow.journal.txn_id
    assert changed == ids
    with unit_of_work(db) as uow:
        assert uow.contacts.require(ids[1]).tag_names() == ["Old", "New"]
        entries = [e for e in all_entries(uow.connection) if e.txn_id == txn]
        new_id = uow.tags.by_name("new").id
        # Once given, tagging again changes nothing.
        assert uow.contacts.tag_contacts(ids, Tag(name="NEW")) == []
        # Put back at a position (what undo does).
        assert uow.contacts.untag_contacts(ids[:1], uow.tags.by_name("old").id) == {ids[0]: 0}
    assert {(e.aggregate_id, e.entity, e.op) for e in entries} == {
        (i, "contact_tag", "create") for i in ids
    }
    assert entries[0].entity_id == f"{entries[0].aggregate_id}/{new_id}"
    with unit_of_work(db) as uow:
        uow.contacts.tag_contacts([ids[0]], Tag(name="Old"), positions={ids[0]: 0})
        assert uow.contacts.require(ids[0]).tag_names() == ["Old", "New"]
        with pytest.raises(ContactNotFoundError):
            uow.contacts.tag_contacts(["nobody"], Tag(name="x"))


def test_the_search_index_row_is_replaced_not_added(db: Database) -> None:
    contact = IndividualContact(name="Once Only")
    with unit_of_work(db) as uow:
        uow.contacts.add(contact)
    for name in ("Once Again", "Once More"):
        contact.name = name
        with unit_of_work(db) as uow:
            uow.contacts.save(contact)
    with db.reading() as conn:
        rows = conn.exec_driver_sql("SELECT contact_id, body FROM contact_search").all()
    assert rows == [(contact.id, "once more")]


def test_many_contacts_load_at_once_exactly_as_one_by_one(db: Database) -> None:
    org = organization()
    someone = person(org)
    other = person(org, name="Bert Other")
    someone.personal_relationships = [relationship(other)]
    link_leaders(org, someone)
    plain = IndividualContact(name="Plain", tags=[Tag(name="VIP")])
    with unit_of_work(db) as uow:
        uow.contacts.add(org)
        uow.contacts.add(other)
        uow.contacts.add(someone)
        uow.contacts.add(plain)
    ids = [org.id, someone.id, other.id, plain.id, "missing"]
    with unit_of_work(db) as uow:
        many = uow.contacts.get_many(ids)
        one_by_one = {i: uow.contacts.get(i) for i in ids}
    assert set(many) == {org.id, someone.id, other.id, plain.id}
    for contact_id, contact in many.items():
        assert contact == one_by_one[contact_id]
