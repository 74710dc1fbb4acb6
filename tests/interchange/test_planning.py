"""The dry run's matching and reasons, applying as one batch, and rolling an import back."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.models import Email, IndividualContact, OrganizationContact, Phone
from app.services.history import same_state
from app.services.interchange import Action, ImportOutdatedError, SkipReason
from app.services.seeding import seed_demo
from tests.interchange.conftest import Book


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _plan(book: Book, path: Path):  # type: ignore[no-untyped-def]
    return book.service.plan_import(book.service.read_file(path))


def test_matching_by_email_case_phone_format_and_vat(book: Book, tmp_path: Path) -> None:
    an = book.history.save(
        IndividualContact(name="An Peeters", emails=[Email(address="An.Peeters@Example.BE")])
    ).contact
    bert = book.history.save(
        IndividualContact(name="Bert Goossens", phones=[Phone(number="+32 9 220 53 34")])
    ).contact
    klok = book.history.save(
        OrganizationContact(name="Brouwerij De Klok", vat_number="BE0963115077")
    ).contact
    assert an and bert and klok
    path = _csv(
        tmp_path / "m.csv",
        "Name,Email,Phone,VAT number,Kind,Notes\n"
        "An Peeters,an.peeters@example.be,,,,new note\n"
        "Goossens Bert,,09/220.53.34,,,new note\n"
        "Brouwerij De Klok NV,,,BE 0963.115.077,organization,new note\n",
    )

    plan = _plan(book, path)

    assert [(r.action, r.match.contact_id if r.match else None) for r in plan.rows] == [
        (Action.UPDATE, an.id),
        (Action.UPDATE, bert.id),
        (Action.UPDATE, klok.id),
    ]
    assert [r.match.key.value for r in plan.rows if r.match] == ["email", "phone", "vat"]
    assert "same phone +3292205334" in plan.rows[1].reason
    result = book.service.apply_import(plan)
    assert sorted(result.updated) == sorted([an.id, bert.id, klok.id]) and not result.created
    stored = {c.id: c for c in book.contacts()}
    assert stored[klok.id].name == "Brouwerij De Klok NV"
    assert stored[an.id].internal_note == "new note"
    # The e-mail was there already (case aside): not added twice.
    assert [e.address for e in stored[an.id].emails] == ["An.Peeters@Example.BE"]


def test_a_shared_phone_with_another_name_is_not_a_match(book: Book, tmp_path: Path) -> None:
    book.history.save(IndividualContact(name="Anna Jacobs", phones=[Phone(number="+3292205334")]))
    path = _csv(tmp_path / "s.csv", "Name,Phone\nPeter Jacobs,+32 9 220 53 34\n")

    [row] = _plan(book, path).rows

    assert row.action is Action.CREATE
    assert row.notes and "“Anna Jacobs” has the same phone" in row.notes[0]


def test_a_key_of_several_contacts_is_ambiguous(book: Book, tmp_path: Path) -> None:
    for _ in range(2):
        book.history.save(IndividualContact(name="Shared", emails=[Email(address="x@y.be")]))
    [row] = _plan(book, _csv(tmp_path / "a.csv", "Name,Email\nShared,x@y.be\n")).rows
    assert row.skip_reason is SkipReason.AMBIGUOUS and "several contacts" in row.reason


def test_duplicates_within_the_file_and_contacts_in_the_trash(book: Book, tmp_path: Path) -> None:
    gone = book.history.save(IndividualContact(name="Old", emails=[Email(address="old@x.be")]))
    assert gone.contact is not None
    book.history.trash(gone.contact.id)
    path = _csv(
        tmp_path / "d.csv",
        "Name,Email\nNew Person,new@x.be\nNew Person,NEW@x.be\nOld,old@x.be\n",
    )

    plan = _plan(book, path)

    assert [(r.action, r.skip_reason) for r in plan.rows] == [
        (Action.CREATE, None),
        (Action.MERGE, None),
        (Action.SKIP, SkipReason.IN_TRASH),
    ]
    assert "merged into row 2" in plan.rows[1].reason
    assert "in the trash" in plan.rows[2].reason


def test_an_import_is_one_undoable_step_and_rollback_restores_the_book(
    book: Book, tmp_path: Path
) -> None:
    seed_demo(book.db)
    before = {c.id: c for c in book.contacts()}
    journal = book.journal_rows()
    an = next(c for c in before.values() if isinstance(c, IndividualContact) and c.emails)
    path = _csv(
        tmp_path / "r.csv",
        "Name,Email,Company,Tags\n"
        f'"{an.name}",{an.emails[0].address},,Imported\n'
        "Zoë Nieuw,zoe@nieuw.example,Nieuwe Firma BV,Imported\n",
    )
    plan = _plan(book, path)
    assert (plan.to_create, plan.to_update) == (2, 1)

    result = book.service.apply_import(plan)

    assert result.undoable
    assert book.history.undo_text == "Undo import of “r.csv” (2 created, 1 updated)"
    assert book.count() == len(before) + 2
    applied = book.history.undo()
    assert set(applied.contact_ids) == set(result.contact_ids)
    after_undo = {c.id: c for c in book.contacts()}
    assert after_undo.keys() == before.keys()
    assert all(same_state(after_undo[i], before[i]) for i in before)
    assert book.journal_rows() > journal  # the rollback is journaled too (sync sends it)
    book.history.redo()
    assert book.count() == len(before) + 2


def test_a_plan_is_refused_when_the_book_changed_since(book: Book, tmp_path: Path) -> None:
    an = book.history.save(IndividualContact(name="An", emails=[Email(address="an@x.be")]))
    assert an.contact is not None
    plan = _plan(
        book, _csv(tmp_path / "c.csv", "Name,Email,Notes\nAn,an@x.be,from file\nBo,bo@x.be,\n")
    )
    changed = an.contact.model_copy(update={"internal_note": "typed meanwhile"})
    book.history.save(changed)

    with pytest.raises(ImportOutdatedError, match="changed after the dry run"):
        book.service.apply_import(plan)

    assert [c.name for c in book.contacts()] == ["An"]


def test_importing_without_a_history_is_not_undoable(book: Book, tmp_path: Path) -> None:
    from app.services.interchange import Interchange

    service = Interchange(book.db)
    plan = service.plan_import(service.read_file(_csv(tmp_path / "n.csv", "Name\nA\nB\n")))
    result = service.apply_import(plan)
    assert len(result.created) == 2 and not result.undoable and result.txn_id
