"""The contact directory: the calls the main window makes, old and new."""

from __future__ import annotations

import pytest

from app.domain.enums import ContactKind
from app.domain.models import CustomerRole, Email, IndividualContact, OrganizationContact
from app.services.directory import ContactDirectory, ContactQuery, RoleFilter, SortColumn
from app.store.database import Database
from app.store.unit_of_work import unit_of_work


@pytest.fixture
def directory(tmp_db: Database) -> ContactDirectory:
    with unit_of_work(tmp_db) as uow:
        uow.contacts.add_many(
            [
                IndividualContact(name=f"Person {i:02}", emails=[Email(address=f"{99 - i}@x.be")])
                for i in range(30)
            ]
            + [
                OrganizationContact(name="Acme", customer_role=CustomerRole(customer_id="C1")),
                IndividualContact(name="Zed", customer_role=CustomerRole(customer_id="C2")),
            ]
        )
    return ContactDirectory(tmp_db)


def test_the_older_calls_still_work(directory: ContactDirectory) -> None:
    people = ContactKind.INDIVIDUAL
    assert directory.count(people) == 31
    assert directory.count(people, search="person") == 30
    assert directory.count(people, search="person 1") == 14  # "1" in the name or e-mail
    assert directory.count() == 32
    page = directory.page(people, offset=5, limit=3)
    assert [s.name for s in page] == ["Person 05", "Person 06", "Person 07"]
    assert [s.name for s in directory.page(people, 0, 2, search="person 2")] == [
        "Person 02",
        "Person 07",  # e-mail 92@x.be
    ]
    assert directory.get(page[0].id) is not None


def test_a_query_in_place_of_the_kind(directory: ContactDirectory) -> None:
    customers = ContactQuery(roles=(RoleFilter.CUSTOMER,))
    assert directory.count(customers) == 2
    assert [s.name for s in directory.page(customers)] == ["Acme", "Zed"]
    by_email = ContactQuery(kind=ContactKind.INDIVIDUAL, sort=SortColumn.EMAIL)
    assert [s.email for s in directory.page(by_email, 0, 2)] == ["70@x.be", "71@x.be"]
    assert directory.page(by_email, 30, 5)[0].name == "Zed"  # no e-mail: last
    assert directory.ids(by_email, 0, 1) == [directory.page(by_email, 0, 1)[0].id]
    with pytest.raises(TypeError):
        directory.count(customers, search="acme")


def test_row_of_a_contact_just_saved(directory: ContactDirectory, tmp_db: Database) -> None:
    new = IndividualContact(name="Person 10b")
    with unit_of_work(tmp_db) as uow:
        uow.contacts.add(new)
    people = ContactQuery(kind=ContactKind.INDIVIDUAL)
    row = directory.row_of(new.id, people)
    assert row == 11
    assert directory.page(people, row, 1)[0].id == new.id
    assert directory.row_of(new.id, ContactQuery(kind=ContactKind.ORGANIZATION)) is None
    assert directory.row_of(new.id) == 12  # everyone: Acme comes first
