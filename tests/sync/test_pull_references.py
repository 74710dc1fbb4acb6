"""A pull never gets stuck on a reference to a record this workstation does not have.

References to contacts trashed on the server, to departments deleted there or to contacts
not listed yet are kept: the contact that holds them arrives, and the server's references are
never cleared by this workstation."""

from __future__ import annotations

from app.domain.models import IndividualContact, OrganizationContact, PersonalRelationship
from app.sync.reference_server import RunningServer
from tests.sync.books import assert_books_equal
from tests.sync.test_engine import (
    MakeKontor,
    by_remote,
    edit,
    faults,
    fresh_pair,
    person_named,
)


def test_a_new_workstation_pulls_people_of_an_organization_trashed_on_the_server(
    kontor: MakeKontor,
) -> None:
    a = kontor("a")
    org, someone = fresh_pair()
    org = a.add(org)
    someone = a.add(someone)
    assert a.sync().complete
    a.services.history.trash(org.id)
    assert a.sync().deleted_remote == 1

    fresh = kontor("fresh")
    first = fresh.sync()
    assert first.complete, first.messages
    assert not [m for m in first.messages if "Not taken" in m], first.messages
    person_remote = a.get(someone.id).remote_id
    assert person_remote is not None
    arrived = by_remote(fresh, person_remote)
    assert isinstance(arrived, IndividualContact)
    [identity] = arrived.professional_identities
    assert identity.job_title == someone.professional_identities[0].job_title
    # The organization is there, in the trash, as on the workstation that trashed it.
    employer = fresh.get(identity.organization_contact)
    assert employer.deleted_at is not None and employer.name == org.name
    assert [d.department_id for d in identity.departments] == [employer.departments[0].id]

    again = fresh.sync()
    assert again.complete and again.pulled_new == 0 and again.pulled_updated == 0
    assert_books_equal(a, fresh)


def test_a_relationship_to_a_person_trashed_on_the_server_arrives(kontor: MakeKontor) -> None:
    a = kontor("a")
    partner = a.add(person_named("Piet Partner"))
    holder = a.add(person_named("Hilde Holder"))
    edit(
        a,
        holder.id,
        personal_relationships=[PersonalRelationship(type="SPOUSE", individual_contact=partner.id)],
    )
    assert a.sync().complete
    a.services.history.trash(partner.id)
    assert a.sync().complete

    fresh = kontor("fresh")
    result = fresh.sync()
    assert result.complete, result.messages
    remote = a.get(holder.id).remote_id
    assert remote is not None
    arrived = by_remote(fresh, remote)
    assert isinstance(arrived, IndividualContact)
    [rel] = arrived.personal_relationships
    assert fresh.get(rel.individual_contact).name == "Piet Partner"
    assert_books_equal(a, fresh)


def test_a_reference_to_a_department_deleted_on_the_server_is_kept_there(
    kontor: MakeKontor,
) -> None:
    a = kontor("a")
    org, someone = fresh_pair()
    org = a.add(org)
    someone = a.add(someone)
    assert a.sync().complete
    org_remote = a.get(org.id).remote_id
    department_remote = a.get(org.id).departments[0].remote_id  # type: ignore[union-attr]
    assert org_remote and department_remote
    # Deleted on the server by another program: the identity still names it there.
    a.client.delete_sub_item("organization", org_remote, "departments", department_remote)

    fresh = kontor("fresh")
    result = fresh.sync()
    assert result.complete, result.messages
    person_remote = a.get(someone.id).remote_id
    assert person_remote is not None
    arrived = by_remote(fresh, person_remote)
    assert isinstance(arrived, IndividualContact)
    [identity] = arrived.professional_identities
    assert [loc.location_id for loc in identity.locations]  # the rest of the identity is here
    assert identity.departments == []  # nothing here to point at

    # An edit of the person here does not clear the server's reference.
    edit(fresh, arrived.id, name="An Peeters-Maes")
    assert fresh.sync().pushed == 1
    details = fresh.client.get_details("individual", person_remote).body
    assert isinstance(details, dict)
    [pi] = details["professional_identities"]
    assert [d["department_id"] for d in pi["professional_identity"]["departments"]] == [
        department_remote
    ]
    again = fresh.sync()
    assert again.complete and again.pushed == 0 and again.pulled_updated == 0


def test_a_reference_to_a_contact_not_listed_yet_is_resolved_when_it_arrives(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    first_org = a.add(OrganizationContact(name="Listed First"))
    org, someone = fresh_pair()
    org = a.add(org)
    someone = a.add(someone)
    assert a.sync().complete

    fresh = kontor("fresh")
    # The server's listings stop after their first contact: the employer is not listed.
    faults(reference).listing_cutoff = 1
    cut = fresh.sync()
    assert not [m for m in cut.messages if "Not taken" in m], cut.messages
    person_remote = a.get(someone.id).remote_id
    first_remote = a.get(first_org.id).remote_id
    assert person_remote is not None and first_remote is not None
    by_remote(fresh, first_remote)
    arrived = by_remote(fresh, person_remote)
    assert isinstance(arrived, IndividualContact)

    faults(reference).listing_cutoff = None
    whole = fresh.sync()
    assert whole.complete, whole.messages
    arrived = by_remote(fresh, person_remote)
    assert isinstance(arrived, IndividualContact)
    [identity] = arrived.professional_identities
    assert fresh.get(identity.organization_contact).name == org.name
    assert len(identity.departments) == len(identity.locations) == 1
    assert_books_equal(a, fresh)
