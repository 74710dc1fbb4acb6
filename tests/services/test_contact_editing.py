from __future__ import annotations

from datetime import date

from app.domain.models import (
    Address,
    DepartmentRef,
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
    ProfessionalIdentity,
)
from app.domain.problems import Severity
from app.services.contacts import ContactEditing
from app.store.database import Database
from app.store.journal import all_entries
from app.store.unit_of_work import unit_of_work


def _org() -> OrganizationContact:
    return OrganizationContact(
        name="Brouwerij De Klok NV",
        vat_number="BE0415928179",
        addresses=[
            Address(
                full_address="Korenmarkt 1, 9000 Gent", city="Gent", zip="9000", country_code="BE"
            )
        ],
    )


def test_errors_block_the_save_and_nothing_is_written(tmp_db: Database) -> None:
    editing = ContactEditing(tmp_db)
    draft = _org()
    draft.vat_number = "BE0415928178"
    result = editing.save(draft)
    assert not result.saved
    assert any(p.field == "vat_number" and "check digits" in p.message for p in result.problems)
    with tmp_db.reading() as conn:
        assert all_entries(conn) == []


def test_warnings_do_not_block_the_save(tmp_db: Database) -> None:
    draft = IndividualContact(
        name="An Peeters",
        addresses=[Address(full_address="x", city="Gent", zip="90000", country_code="BE")],
    )
    result = ContactEditing(tmp_db).save(draft)
    assert result.saved
    assert [p.severity for p in result.problems] == [Severity.WARNING]
    assert result.problems[0].field == "addresses[0].zip"


def test_identity_must_name_an_organization_in_the_book(tmp_db: Database) -> None:
    editing = ContactEditing(tmp_db)
    person = IndividualContact(
        name="An Peeters",
        professional_identities=[ProfessionalIdentity(organization_contact="no-such-org")],
    )
    result = editing.save(person)
    assert not result.saved
    assert result.problems[0].field == "professional_identities[0].organization_contact"


def test_department_must_belong_to_the_organization(tmp_db: Database) -> None:
    editing = ContactEditing(tmp_db)
    org = editing.save(_org()).contact
    assert org is not None
    person = IndividualContact(
        name="An Peeters",
        professional_identities=[
            ProfessionalIdentity(
                organization_contact=org.id,
                departments=[DepartmentRef(contact_id=org.id, department_id="elsewhere")],
            )
        ],
    )
    problems = editing.check(person)
    assert [p.field for p in problems] == ["professional_identities[0].departments[0]"]
    assert "is not a department of Brouwerij De Klok NV" in problems[0].message


def test_vat_number_is_locked_once_synced(tmp_db: Database) -> None:
    editing = ContactEditing(tmp_db)
    org = _org()
    org.remote_id = "remote-1"
    assert editing.save(org).saved
    org.vat_number = "NL004495445B01"
    result = editing.save(org)
    assert not result.saved
    assert result.problems[0].code == "locked"


def test_unknown_values_from_a_server_are_kept_but_a_users_typo_is_not(tmp_db: Database) -> None:
    received = IndividualContact(
        name="Server Person",
        remote_id="r1",
        phones=[Phone(number="+32 9 123 45 67", type="HOLOGRAM_LINE")],
    )
    # What sync stores comes from the server as it is (the store does not judge).
    with unit_of_work(tmp_db) as uow:
        uow.contacts.save(received)
    editing = ContactEditing(tmp_db)
    received.name = "Server Person Renamed"
    result = editing.save(received)
    assert result.saved
    assert result.contact is not None and result.contact.phones[0].type == "HOLOGRAM_LINE"
    kept = next(p for p in result.problems if p.field == "phones[0].type")
    assert kept.severity is Severity.WARNING
    assert "kept as received" in kept.message

    received.emails = [Email(address="x@example.com", type="TELEPATHY")]
    blocked = editing.save(received)
    assert not blocked.saved
    typo = next(p for p in blocked.problems if p.field == "emails[0].type")
    assert typo.severity is Severity.ERROR


def test_trash_and_restore_through_the_service(tmp_db: Database) -> None:
    editing = ContactEditing(tmp_db)
    saved = editing.save(IndividualContact(name="Tess", date_of_birth=date(1990, 1, 1))).contact
    assert saved is not None
    assert editing.trash(saved.id).in_trash
    assert not editing.restore(saved.id).in_trash
