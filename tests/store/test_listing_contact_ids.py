"""The listing narrowed to named contacts (the contacts with one data-quality problem)."""

from __future__ import annotations

from app.domain.enums import ContactKind
from app.domain.models import Email, IndividualContact, OrganizationContact
from app.store.database import Database
from app.store.listing import ContactListing, ContactQuery
from app.store.unit_of_work import unit_of_work


def test_contact_ids_keep_only_those_contacts_under_the_other_filters(tmp_db: Database) -> None:
    people = [
        IndividualContact(name=name, emails=[Email(address=f"{name.lower()}@x.example")])
        for name in ("Anna", "Bob", "Cleo", "Dirk")
    ]
    acme = OrganizationContact(name="Acme")
    with unit_of_work(tmp_db) as uow:
        for contact in (*people, acme):
            uow.contacts.add(contact)
        uow.contacts.trash(people[3].id)
    wanted = (people[2].id, people[0].id, people[3].id, acme.id, people[0].id)
    with tmp_db.reading() as conn:
        listing = ContactListing(conn)
        only = ContactQuery(kind=ContactKind.INDIVIDUAL, contact_ids=wanted)
        assert only.contact_ids == wanted[:4]  # each once
        # In name order; the trash and the other kind stay out as always.
        assert [s.name for s in listing.page(only)] == ["Anna", "Cleo"]
        assert listing.count(only) == 2
        searched = ContactQuery(kind=ContactKind.INDIVIDUAL, contact_ids=wanted, search="cleo")
        assert [s.name for s in listing.page(searched)] == ["Cleo"]
        assert listing.count(ContactQuery(contact_ids=())) == 0
        assert listing.count(ContactQuery(kind=ContactKind.INDIVIDUAL)) == 3
