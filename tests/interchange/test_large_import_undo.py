"""A large import is held compactly in the edit history; undo and redo give what undoing and
redoing it contact by contact gives.

The compact step is used for imports touching more contacts than a stored step holds; here
that limit is lowered so that a few hand-written cards take the same path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.models import (
    Email,
    IndividualContact,
    OrganizationContact,
    PersonalRelationship,
    ProfessionalIdentity,
)
from app.services import history as history_module
from app.services.history import UndoConflictError, UndoRefusedError, same_state
from app.store.journal import entries_of_transaction
from app.store.listing import ContactListing, ContactQuery
from app.store.unit_of_work import unit_of_work
from tests.interchange.conftest import Book

CARDS = """BEGIN:VCARD
VERSION:4.0
FN:Acme Logistics
KIND:org
ORG:Acme Logistics
EMAIL;TYPE=work:info@acme-logistics.be
TEL;TYPE=work:+32 9 220 53 34
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Anna Peeters
N:Peeters;Anna;;;
EMAIL:anna@peeters.be
CATEGORIES:Imported,Partner
ADR;TYPE=home:;;Kerkstraat 1;Gent;;9000;Belgium
work1.ORG:Acme Logistics
work1.TITLE:Buyer
work1.EMAIL:anna@acme-logistics.be
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Bert Claes
N:Claes;Bert;;;
EMAIL:bert@claes.be
NOTE:from the file
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Nieuwe Firma BV
KIND:org
URL:www.nieuwe-firma.be
END:VCARD
"""


@pytest.fixture
def compact(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports of more than one contact are large ones."""
    monkeypatch.setattr(history_module, "MAX_STORED_CONTACTS", 1)


def _import(book: Book, tmp_path: Path) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, encoding="utf-8")
    plan = book.service.plan_import(book.service.read_file(path))
    assert plan.to_create + plan.to_update == 4
    result = book.service.apply_import(plan)
    assert result.undoable and result.txn_id is not None
    return result.txn_id, result.created, result.updated


def _bert(book: Book) -> IndividualContact:
    saved = book.history.save(
        IndividualContact(
            name="Bert Claes",
            given_name="Bert",
            family_name="Claes",
            emails=[Email(address="bert@claes.be")],
        )
    )
    assert isinstance(saved.contact, IndividualContact)
    return saved.contact


def _entries(book: Book, txn_id: str) -> dict[tuple[str, str], tuple[str, dict[str, object]]]:
    with book.db.reading() as conn:
        return {
            (e.aggregate_id, e.entity): (e.op.value, dict(e.changes))
            for e in entries_of_transaction(conn, txn_id)
        }


def _search(book: Book, text: str) -> list[str]:
    with book.db.reading() as conn:
        listing = ContactListing(conn)
        return listing.ids(ContactQuery(search=text), 0, 50)


@pytest.mark.usefixtures("compact")
def test_undo_and_redo_of_a_large_import_restore_every_state_and_journal_it(
    book: Book, tmp_path: Path
) -> None:
    bert = _bert(book)
    before = {c.id: c for c in book.contacts()}
    stored = _stored_steps(book)
    txn, created, updated = _import(book, tmp_path)
    assert updated == (bert.id,)
    after = {c.id: c for c in book.contacts()}
    assert len(after) == len(before) + 3
    assert book.history.undo_text == "Undo import of “cards.vcf” (3 created, 1 updated)"
    assert _stored_steps(book) == stored  # held in memory only, compactly
    imported = _entries(book, txn)

    undone = book.history.undo()

    now = {c.id: c for c in book.contacts()}
    assert now.keys() == before.keys()
    assert all(same_state(now[i], before[i]) for i in before)
    assert _search(book, "Peeters") == []
    undo_entries = _entries(book, undone.txn_id)
    for contact_id in created:
        op, changes = undo_entries[(contact_id, "contact")]
        created_op, created_changes = imported[(contact_id, "contact")]
        assert (op, created_op) == ("delete", "create")
        assert changes == {f: (new, old) for f, (old, new) in created_changes.items()}
    assert undo_entries[(bert.id, "contact")][0] == "update"  # the note taken back

    redone = book.history.redo()

    again = {c.id: c for c in book.contacts()}
    assert again.keys() == after.keys()
    assert all(same_state(again[i], after[i]) for i in after)
    anna = next(c for c in again.values() if c.name == "Anna Peeters")
    assert _search(book, "Peeters") == [anna.id]
    assert isinstance(anna, IndividualContact)
    assert [t.name for t in anna.tags] == ["Imported", "Partner"]
    redo_entries = _entries(book, redone.txn_id)
    for contact_id in created:
        assert redo_entries[(contact_id, "contact")] == imported[(contact_id, "contact")]

    # And once more: the step redone is undone like the first time.
    book.history.undo()
    assert {c.id for c in book.contacts()} == before.keys()


@pytest.mark.usefixtures("compact")
def test_a_created_contact_changed_since_makes_the_undo_refuse_and_forget_the_step(
    book: Book, tmp_path: Path
) -> None:
    _, created, _ = _import(book, tmp_path)
    with unit_of_work(book.db) as uow:
        anna = next(
            c for c in uow.contacts.get_many(list(created)).values() if c.name == "Anna Peeters"
        )
        uow.contacts.save(anna.model_copy(update={"internal_note": "typed meanwhile"}))
    count = book.count()

    with pytest.raises(UndoConflictError, match="Anna Peeters"):
        book.history.undo()

    assert book.count() == count
    assert not book.history.can_undo


@pytest.mark.usefixtures("compact")
def test_a_created_contact_deleted_since_makes_the_undo_refuse(book: Book, tmp_path: Path) -> None:
    _, created, _ = _import(book, tmp_path)
    with unit_of_work(book.db) as uow:
        people = [
            c for c in uow.contacts.get_many(list(created)).values() if c.name == "Anna Peeters"
        ]
        uow.contacts.purge(people[0].id)

    with pytest.raises(UndoConflictError, match="Anna Peeters"):
        book.history.undo()


@pytest.mark.usefixtures("compact")
def test_someone_working_at_a_created_organization_keeps_it(book: Book, tmp_path: Path) -> None:
    bert = _bert(book)
    _, created, _ = _import(book, tmp_path)
    with book.db.reading() as conn:
        from app.store.unit_of_work import UnitOfWork

        loaded = UnitOfWork(conn).contacts.get_many(list(created))
    firma = next(c for c in loaded.values() if c.name == "Nieuwe Firma BV")
    assert isinstance(firma, OrganizationContact)
    with unit_of_work(book.db) as uow:
        identity = ProfessionalIdentity(organization_contact=firma.id)
        uow.contacts.save(
            IndividualContact(name="Carla Outside", professional_identities=[identity])
        )
    count = book.count()

    with pytest.raises(UndoRefusedError, match="Nieuwe Firma BV"):
        book.history.undo()

    assert book.count() == count  # nothing was taken back
    assert book.history.can_undo
    assert bert.id in {c.id for c in book.contacts()}


@pytest.mark.usefixtures("compact")
def test_a_relationship_to_a_created_person_is_taken_away_with_it(
    book: Book, tmp_path: Path
) -> None:
    _, created, _ = _import(book, tmp_path)
    with book.db.reading() as conn:
        from app.store.unit_of_work import UnitOfWork

        loaded = UnitOfWork(conn).contacts.get_many(list(created))
    anna = next(c for c in loaded.values() if c.name == "Anna Peeters")
    saved = book.history.save(
        IndividualContact(
            name="Dirk Peeters",
            personal_relationships=[PersonalRelationship(individual_contact=anna.id)],
        )
    )
    assert saved.contact is not None
    book.history.undo()  # the creation of Dirk

    # Dirk's creation undone, the import is next: Dirk is gone, nothing depends on Anna.
    book.history.undo()
    assert anna.id not in {c.id for c in book.contacts()}

    # Redo both: Dirk comes back pointing at Anna again.
    book.history.redo()
    book.history.redo()
    with unit_of_work(book.db) as uow:
        dirk = uow.contacts.require(saved.contact.id)
    assert isinstance(dirk, IndividualContact)
    assert [r.individual_contact for r in dirk.personal_relationships] == [anna.id]


@pytest.mark.usefixtures("compact")
def test_a_relationship_made_outside_the_history_is_removed_by_the_undo(
    book: Book, tmp_path: Path
) -> None:
    _, created, _ = _import(book, tmp_path)
    with unit_of_work(book.db) as uow:
        anna = next(
            c for c in uow.contacts.get_many(list(created)).values() if c.name == "Anna Peeters"
        )
        dirk = uow.contacts.save(
            IndividualContact(
                name="Dirk Peeters",
                personal_relationships=[PersonalRelationship(individual_contact=anna.id)],
            )
        )

    book.history.undo()

    with unit_of_work(book.db) as uow:
        kept = uow.contacts.require(dirk.id)
        assert uow.contacts.get(anna.id) is None
    assert isinstance(kept, IndividualContact) and kept.personal_relationships == []


@pytest.mark.usefixtures("compact")
def test_redo_makes_a_tag_deleted_meanwhile_again(book: Book, tmp_path: Path) -> None:
    _import(book, tmp_path)
    book.history.undo()
    with unit_of_work(book.db) as uow:
        uow.connection.exec_driver_sql("DELETE FROM tags WHERE name = 'Partner'")

    book.history.redo()

    anna = next(c for c in book.contacts() if c.name == "Anna Peeters")
    assert [t.name for t in anna.tags] == ["Imported", "Partner"]
    book.history.undo()  # the fingerprints still match what redo wrote
    assert all(c.name != "Anna Peeters" for c in book.contacts())


def _stored_steps(book: Book) -> int:
    with book.db.reading() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM journal_transactions WHERE step IS NOT NULL"
            ).scalar_one()
        )


def test_a_small_import_stays_a_stored_step(book: Book, tmp_path: Path) -> None:
    _import(book, tmp_path)
    assert _stored_steps(book) == 1


def test_only_updated_contacts_count_against_the_undoable_size(book: Book, tmp_path: Path) -> None:
    from app.services.interchange import Interchange, MappingTemplates

    service = Interchange(
        book.db, book.history, templates=MappingTemplates(tmp_path / "t"), max_undoable=0
    )
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, encoding="utf-8")
    created = service.apply_import(service.plan_import(service.read_file(path)))
    assert len(created.created) == 4 and created.undoable

    path.write_text(CARDS.replace("from the file", "changed in the file"), encoding="utf-8")
    updated = service.apply_import(service.plan_import(service.read_file(path)))
    assert len(updated.updated) == 1 and not updated.undoable
