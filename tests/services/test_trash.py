"""The trash: listing, restoring, deleting for good and emptying."""

from __future__ import annotations

from app.domain.enums import ContactKind
from app.domain.models import IndividualContact, OrganizationContact, ProfessionalIdentity
from app.services.history import EditHistory
from app.services.trash import TrashService
from app.store.database import Database
from app.store.journal import all_entries
from app.store.unit_of_work import UnitOfWork, unit_of_work


def _setup(db: Database) -> tuple[EditHistory, TrashService, dict[str, str]]:
    history = EditHistory(db)
    ids: dict[str, str] = {}
    for contact in (
        IndividualContact(name="Zoe"),
        IndividualContact(name="Adam"),
        IndividualContact(name="Keeper"),
        OrganizationContact(name="Gone BV"),
    ):
        stored = history.save(contact).contact
        assert stored is not None
        ids[contact.name] = stored.id
    for name in ("Zoe", "Adam", "Gone BV"):
        history.trash(ids[name])
    return history, TrashService(db, history), ids


def test_lists_trashed_contacts_by_name(tmp_db: Database) -> None:
    _, trash, _ = _setup(tmp_db)
    assert [s.name for s in trash.page()] == ["Adam", "Gone BV", "Zoe"]
    assert all(s.in_trash for s in trash.page())
    assert trash.count() == 3
    assert trash.count(ContactKind.INDIVIDUAL) == 2
    assert [s.name for s in trash.page(search="zo")] == ["Zoe"]


def test_restore_and_purge_one_are_undoable(tmp_db: Database) -> None:
    history, trash, ids = _setup(tmp_db)
    assert not trash.restore(ids["Zoe"]).in_trash
    assert [s.name for s in trash.page()] == ["Adam", "Gone BV"]
    purged = trash.purge(ids["Adam"])
    assert purged.contact.name == "Adam"
    assert [s.name for s in trash.page()] == ["Gone BV"]
    history.undo()  # the purge
    assert [s.name for s in trash.page()] == ["Adam", "Gone BV"]
    history.undo()  # the restore
    assert trash.count() == 3


def test_empty_trash_purges_everything_journaled_and_undoable(tmp_db: Database) -> None:
    history, trash, ids = _setup(tmp_db)
    result = trash.empty()
    assert sorted(result.purged) == sorted(ids[n] for n in ("Zoe", "Adam", "Gone BV"))
    assert result.kept == () and result.undoable
    assert trash.count() == 0
    with tmp_db.reading() as conn:
        deletes = {
            e.aggregate_id for e in all_entries(conn) if e.entity == "contact" and e.op == "delete"
        }
        assert UnitOfWork(conn).contacts.count() == 1  # Keeper
    assert deletes == set(result.purged)
    assert history.undo_text == "Undo emptying the trash (3 contacts)"
    history.undo()
    assert trash.count() == 3


def test_empty_trash_keeps_an_organization_someone_still_works_at(tmp_db: Database) -> None:
    _, trash, ids = _setup(tmp_db)
    with unit_of_work(tmp_db) as uow:
        uow.contacts.add(
            IndividualContact(
                name="Worker",
                professional_identities=[ProfessionalIdentity(organization_contact=ids["Gone BV"])],
            )
        )
    result = trash.empty()
    assert [contact_id for contact_id, _ in result.kept] == [ids["Gone BV"]]
    assert "1 person works there" in result.kept[0][1]
    assert [s.name for s in trash.page()] == ["Gone BV"]


def test_an_organization_whose_staff_is_in_the_trash_too_goes_with_them(tmp_db: Database) -> None:
    history, trash, ids = _setup(tmp_db)
    worker = history.save(
        IndividualContact(
            name="Worker",
            professional_identities=[ProfessionalIdentity(organization_contact=ids["Gone BV"])],
        )
    ).contact
    assert worker is not None
    history.trash(worker.id)
    result = trash.empty()
    assert result.kept == ()
    assert trash.count() == 0
