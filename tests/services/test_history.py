"""Undo and redo of the user's actions on contacts."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.models import (
    CustomerList,
    Email,
    IndividualContact,
    OrganizationContact,
    PersonalRelationship,
    ProfessionalIdentity,
    Tag,
)
from app.services.contacts import ContactEditing
from app.services.history import (
    EditHistory,
    NothingToRedoError,
    NothingToUndoError,
    UndoConflictError,
    UndoRefusedError,
    same_state,
)
from app.store.database import Database
from app.store.journal import all_entries, entries_of_transaction
from app.store.unit_of_work import UnitOfWork, unit_of_work


def _stored(db: Database, contact_id: str) -> IndividualContact | OrganizationContact | None:
    with db.reading() as conn:
        return UnitOfWork(conn).contacts.get(contact_id)


def _an() -> IndividualContact:
    return IndividualContact(
        name="An Peeters",
        date_of_birth=date(1980, 2, 29),
        emails=[Email(address="an@example.com")],
        tags=[Tag(name="VIP")],
    )


def test_undo_and_redo_of_a_save(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    created = history.save(_an()).contact
    assert created is not None
    draft = created.model_copy(deep=True)
    draft.name = "An Peeters-Janssens"
    draft.emails[0].address = "an@janssens.example"
    assert history.save(draft).saved
    assert history.undo_text == "Undo save of “An Peeters-Janssens”"

    applied = history.undo()

    back = _stored(tmp_db, created.id)
    assert back is not None and same_state(back, created)
    assert back.name == "An Peeters" and back.emails[0].address == "an@example.com"
    assert applied.contact_ids == (created.id,)
    # The undo is an ordinary journaled write of its own.
    with tmp_db.reading() as conn:
        entries = entries_of_transaction(conn, applied.txn_id)
    assert {(e.entity, e.op) for e in entries} == {("contact", "update"), ("email", "update")}
    name_change = next(e for e in entries if e.entity == "contact")
    assert name_change.changes["name"] == ("An Peeters-Janssens", "An Peeters")
    assert history.redo_text == "Redo save of “An Peeters-Janssens”"
    assert history.undo_text == "Undo creation of “An Peeters”"

    history.redo()

    again = _stored(tmp_db, created.id)
    assert again is not None and again.name == "An Peeters-Janssens"
    assert not history.can_redo and history.can_undo


def test_undo_of_a_create_deletes_the_contact_and_redo_brings_it_back(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    created = history.save(_an()).contact
    assert created is not None

    applied = history.undo()

    assert _stored(tmp_db, created.id) is None
    with tmp_db.reading() as conn:
        [entry] = entries_of_transaction(conn, applied.txn_id)
    assert (entry.entity, entry.op, entry.aggregate_id) == ("contact", "delete", created.id)
    assert entry.changes["name"] == ("An Peeters", None)
    assert not history.can_undo and history.redo_text == "Redo creation of “An Peeters”"

    history.redo()

    back = _stored(tmp_db, created.id)
    assert back is not None and same_state(back, created)
    assert back.tag_names() == ["VIP"]


def test_undo_and_redo_of_trash_and_restore(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    contact = history.save(_an()).contact
    assert contact is not None
    history.trash(contact.id)
    assert history.undo_text == "Undo moving “An Peeters” to the trash"
    history.undo()
    assert not _stored(tmp_db, contact.id).in_trash
    history.redo()
    trashed = _stored(tmp_db, contact.id)
    assert trashed.in_trash

    history.restore(contact.id)
    assert history.undo_text == "Undo restore of “An Peeters”"
    history.undo()
    again = _stored(tmp_db, contact.id)
    # Back in the trash with the time it was first put there.
    assert again.deleted_at == trashed.deleted_at
    # Trashing what is in the trash already records nothing.
    steps = history.undo_text
    history.trash(contact.id)
    assert history.undo_text == steps


def test_undo_of_a_purge_brings_back_the_contact_its_relationships_and_lists(
    tmp_db: Database,
) -> None:
    history = EditHistory(tmp_db)
    partner = history.save(IndividualContact(name="Bart Peeters")).contact
    assert partner is not None
    an = _an()
    an.personal_relationships = [PersonalRelationship(individual_contact=partner.id)]
    an = history.save(an).contact
    assert an is not None
    with unit_of_work(tmp_db) as uow:
        cards = uow.customer_lists.save(CustomerList(name="Cards", member_ids=[partner.id]))
    original_partner = _stored(tmp_db, partner.id)

    history.purge(partner.id)
    assert _stored(tmp_db, partner.id) is None
    assert _stored(tmp_db, an.id).personal_relationships == []
    assert history.undo_text == "Undo deletion of “Bart Peeters”"

    history.undo()

    assert same_state(_stored(tmp_db, partner.id), original_partner)
    assert same_state(_stored(tmp_db, an.id), an)
    with unit_of_work(tmp_db) as uow:
        assert uow.customer_lists.get(cards.id).member_ids == [partner.id]

    history.redo()
    assert _stored(tmp_db, partner.id) is None
    assert _stored(tmp_db, an.id).personal_relationships == []


def test_undo_is_refused_after_a_later_change_outside_the_history(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    contact = history.save(_an()).contact
    assert contact is not None
    draft = contact.model_copy(update={"name": "An P."})
    history.save(draft)
    # A sync (or anything not done through this history) changes the contact.
    with unit_of_work(tmp_db) as uow:
        synced = uow.contacts.require(contact.id)
        synced.emails[0].address = "an@from-server.example"
        uow.contacts.save(synced)
    with tmp_db.reading() as conn:
        entries_before = len(all_entries(conn))

    with pytest.raises(UndoConflictError) as refused:
        history.undo()

    assert "“An P.” was changed since" in str(refused.value)
    assert refused.value.contact_id == contact.id
    stored = _stored(tmp_db, contact.id)
    assert stored.name == "An P." and stored.emails[0].address == "an@from-server.example"
    with tmp_db.reading() as conn:
        assert len(all_entries(conn)) == entries_before
    # The step is gone; the one before it is next (and refused too: the contact changed).
    assert history.undo_text == "Undo creation of “An Peeters”"
    with pytest.raises(UndoConflictError):
        history.undo()
    assert not history.can_undo
    assert _stored(tmp_db, contact.id) is not None


def test_redo_is_refused_after_a_change_and_cleared_by_a_new_action(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    contact = history.save(_an()).contact
    assert contact is not None
    history.save(contact.model_copy(update={"name": "Second"}))
    history.undo()
    assert history.can_redo
    # A new action clears what could be redone.
    other = history.save(IndividualContact(name="Someone Else")).contact
    assert other is not None
    assert not history.can_redo
    with pytest.raises(NothingToRedoError):
        history.redo()

    history.undo()  # the creation of Someone Else
    with unit_of_work(tmp_db) as uow:
        uow.contacts.add(IndividualContact(id=other.id, name="Took the id"))
    with pytest.raises(UndoConflictError):
        history.redo()
    assert _stored(tmp_db, other.id).name == "Took the id"


def test_errors_write_nothing_and_record_nothing(tmp_db: Database) -> None:
    history = EditHistory(tmp_db, ContactEditing(tmp_db))
    bad = OrganizationContact(name="Brouwerij", vat_number="BE0415928178")
    result = history.save(bad)
    assert not result.saved
    assert any(p.field == "vat_number" for p in result.problems)
    assert not history.can_undo and history.undo_text is None
    with pytest.raises(NothingToUndoError):
        history.undo()
    with tmp_db.reading() as conn:
        assert all_entries(conn) == []


def test_saving_without_a_change_records_nothing(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    contact = history.save(_an()).contact
    assert contact is not None
    history.save(contact)
    assert history.undo_text == "Undo creation of “An Peeters”"


def test_the_history_keeps_the_last_steps_only(tmp_db: Database) -> None:
    history = EditHistory(tmp_db, limit=3)
    contact = history.save(IndividualContact(name="v0")).contact
    assert contact is not None
    for i in range(1, 6):
        contact = history.save(contact.model_copy(update={"name": f"v{i}"})).contact
        assert contact is not None
    for _ in range(3):
        history.undo()
    assert not history.can_undo
    assert _stored(tmp_db, contact.id).name == "v2"


def test_undo_of_a_create_is_refused_while_people_work_at_the_organization(
    tmp_db: Database,
) -> None:
    history = EditHistory(tmp_db)
    org = history.save(OrganizationContact(name="Klok NV")).contact
    assert org is not None
    # Someone is linked to it outside the history: the organization itself is unchanged.
    with unit_of_work(tmp_db) as uow:
        uow.contacts.add(
            IndividualContact(
                name="Worker",
                professional_identities=[ProfessionalIdentity(organization_contact=org.id)],
            )
        )
    with pytest.raises(UndoRefusedError, match="works there") as refused:
        history.undo()
    assert not isinstance(refused.value, UndoConflictError)
    assert history.can_undo  # kept: it can be undone once nobody works there
    assert _stored(tmp_db, org.id) is not None


def test_tagging_many_is_one_undoable_step(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    people = [
        history.save(IndividualContact(name=n, tags=[Tag(name="A"), Tag(name="B")])).contact
        for n in ("One", "Two")
    ]
    ids = [p.id for p in people if p is not None]
    history.save(IndividualContact(name="Three"))
    ids.append(_three_id(tmp_db))

    assert history.tag(ids, "Gold") == ids
    assert history.undo_text == "Undo tagging 3 contacts with “Gold”"
    history.undo()
    assert all("Gold" not in _stored(tmp_db, i).tag_names() for i in ids)
    history.redo()
    assert _stored(tmp_db, ids[0]).tag_names() == ["A", "B", "Gold"]

    with tmp_db.reading() as conn:
        a_id = UnitOfWork(conn).tags.by_name("A").id
    assert history.untag(ids, a_id) == ids[:2]
    assert history.undo_text == "Undo removing the tag “A” from 2 contacts"
    history.undo()
    # Back where it was, first.
    assert _stored(tmp_db, ids[0]).tag_names() == ["A", "B", "Gold"]
    history.redo()
    # The tag is given back to one of them outside the history: undoing the removal would
    # give it twice, so it is refused.
    with unit_of_work(tmp_db) as uow:
        uow.contacts.tag_contacts([ids[0]], Tag(name="A"))
    with pytest.raises(UndoConflictError, match="tags of “One” were changed"):
        history.undo()


def _three_id(db: Database) -> str:
    with db.reading() as conn:
        return conn.exec_driver_sql("SELECT id FROM contacts WHERE name = 'Three'").scalar_one()
