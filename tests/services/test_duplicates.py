"""Duplicates found while typing and over the whole book, and merged as one undoable step."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.models import (
    Address,
    CustomerRole,
    Email,
    IndividualContact,
    OrganizationContact,
    PersonalRelationship,
    Phone,
    ProfessionalIdentity,
    Tag,
)
from app.services.contacts import ContactEditing
from app.services.duplicates import DuplicateFinder, MergeRefused
from app.services.history import EditHistory, same_state
from app.services.registry import Services
from app.store.database import Database


@pytest.fixture
def services(tmp_db: Database) -> Services:
    return Services.over(tmp_db)


def _finder(services: Services) -> DuplicateFinder:
    return DuplicateFinder(services.db, services.history)


def _person(name: str, city: str | None = None, **kw: object) -> IndividualContact:
    addresses = [Address(full_address=f"Kerkstraat 1, {city}", city=city, country_code="BE")]
    return IndividualContact(name=name, addresses=addresses if city else [], **kw)  # type: ignore[arg-type]


def _add(services: Services, contact: IndividualContact | OrganizationContact) -> str:
    result = services.editing.save(contact)
    assert result.contact is not None, [str(p) for p in result.problems]
    return result.contact.id


def test_the_scan_finds_planted_duplicates_and_not_namesakes_elsewhere(
    services: Services,
) -> None:
    mail_a = _add(services, _person("Els Wouters", emails=[Email(address="Els.Wouters@Klok.be")]))
    mail_b = _add(services, _person("E. Wouters", emails=[Email(address="els.wouters@klok.be")]))
    phone_a = _add(services, _person("Karel Maes", phones=[Phone(number="+32 9 123 45 67")]))
    phone_b = _add(services, _person("Karl Maes", phones=[Phone(number="09/123.45.67")]))
    typo_a = _add(services, _person("Jan Peeters", "Gent"))
    typo_b = _add(services, _person("Jan Peters", "Gent"))
    # The same common name in two cities: two people.
    _add(services, _person("Marie Claes", "Gent"))
    _add(services, _person("Marie Claes", "Brugge"))
    pairs = {frozenset((p.first_id, p.second_id)): p for p in _finder(services).scan()}
    assert frozenset((mail_a, mail_b)) in pairs
    assert "same e-mail" in pairs[frozenset((mail_a, mail_b))].reasons[0]
    assert frozenset((phone_a, phone_b)) in pairs
    assert pairs[frozenset((phone_a, phone_b))].reasons[0].startswith("same phone")
    assert frozenset((typo_a, typo_b)) in pairs
    assert "similar name" in pairs[frozenset((typo_a, typo_b))].reasons[0]
    assert len(pairs) == 3
    assert all(0 < p.score <= 1 for p in pairs.values())


def test_while_typing_the_editor_is_told_about_a_likely_duplicate(services: Services) -> None:
    existing = _add(
        services, _person("Bram De Smet", "Leuven", emails=[Email(address="bram@desmet.be")])
    )
    draft = _person("Someone Else", emails=[Email(address="BRAM@desmet.be ")])
    [hint] = _finder(services).similar_to(draft)
    assert hint.contact_id == existing and "same e-mail" in hint.reasons[0]
    by_name = _finder(services).similar_to(_person("Bram De Smedt", "Leuven"))
    assert [h.contact_id for h in by_name] == [existing]
    assert _finder(services).similar_to(_person("Bram De Smedt", "Antwerpen")) == []
    # The contact itself is not its own duplicate.
    stored = services.directory.get(existing)
    assert stored is not None and _finder(services).similar_to(stored) == []


def test_merge_moves_every_child_record_and_undo_takes_it_all_back(services: Services) -> None:
    org_a = _add(services, OrganizationContact(name="Klok NV", vat_number="BE0415928179"))
    org_b_contact = OrganizationContact(
        name="Brouwerij Klok",
        emails=[Email(address="info@klok.be")],
        tags=[Tag(name="Horeca")],
        customer_role=CustomerRole(customer_id="C-1", customer_since=date(2020, 1, 1)),
    )
    org_b = _add(services, org_b_contact)
    worker = _add(
        services,
        IndividualContact(
            name="Pieter Worker",
            professional_identities=[ProfessionalIdentity(organization_contact=org_b)],
        ),
    )
    partner = _add(services, IndividualContact(name="Partner"))
    listed = services.customer_lists.create("Beer customers").value
    assert listed is not None
    services.customer_lists.add_members(listed.id, [org_b])
    before_a = services.directory.get(org_a)
    finder = _finder(services)
    preview = finder.preview_merge(org_a, org_b)
    assert [c.name for c in preview.choices] == ["name"]
    assert "1 e-mail" in preview.moves and "customer role" in preview.moves

    merged = finder.merge(org_a, org_b, take=["name"])
    assert merged.name == "Brouwerij Klok" and merged.vat_number == "BE0415928179"
    assert [e.address for e in merged.emails] == ["info@klok.be"]
    assert [t.name for t in merged.tags] == ["Horeca"]
    assert merged.customer_role is not None and merged.customer_role.customer_id == "C-1"
    other = services.directory.get(org_b)
    assert other is not None and other.deleted_at is not None and other.emails == []
    person = services.directory.get(worker)
    assert isinstance(person, IndividualContact)
    assert person.professional_identities[0].organization_contact == org_a
    assert services.customer_lists.get(listed.id).member_ids == [org_a]  # type: ignore[union-attr]
    assert partner  # untouched

    services.history.undo()
    assert same_state(services.directory.get(org_a), before_a)
    restored = services.directory.get(org_b)
    assert restored is not None and restored.deleted_at is None
    assert [e.address for e in restored.emails] == ["info@klok.be"]
    person = services.directory.get(worker)
    assert person.professional_identities[0].organization_contact == org_b  # type: ignore[union-attr]
    assert services.customer_lists.get(listed.id).member_ids == [org_b]  # type: ignore[union-attr]
    services.history.redo()
    assert services.directory.get(org_b).deleted_at is not None  # type: ignore[union-attr]


def test_relationships_to_the_merged_person_follow_the_survivor(services: Services) -> None:
    keep = _add(services, IndividualContact(name="An Peeters"))
    dup = _add(services, IndividualContact(name="Anne Peeters"))
    spouse = _add(
        services,
        IndividualContact(
            name="Spouse",
            personal_relationships=[PersonalRelationship(type="SPOUSE", individual_contact=dup)],
        ),
    )
    _finder(services).merge(keep, dup)
    found = services.directory.get(spouse)
    assert isinstance(found, IndividualContact)
    assert found.personal_relationships[0].individual_contact == keep


def test_a_person_and_an_organization_are_not_merged(services: Services) -> None:
    person = _add(services, IndividualContact(name="Same Name"))
    org = _add(services, OrganizationContact(name="Same Name"))
    with pytest.raises(MergeRefused, match="person and an organization"):
        _finder(services).merge(person, org)


def test_history_and_editing_types_are_the_ones_the_registry_builds(services: Services) -> None:
    assert isinstance(services.history, EditHistory)
    assert isinstance(services.editing, ContactEditing)
