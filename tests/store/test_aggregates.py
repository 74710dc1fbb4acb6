from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.enums import ContactKind
from app.domain.models import (
    ContactConfiguration,
    CustomerList,
    CustomWorkflowConfig,
    ExternalApiAccessConfiguration,
    ExternalIdMapping,
    Image,
    IndividualContact,
    PlaceholderCustomer,
)
from app.store.database import Database
from app.store.journal import entries_for
from app.store.unit_of_work import unit_of_work
from tests.store.factories import PNG_1X1


def test_placeholder_customer_round_trips_and_trashes(db: Database) -> None:
    customer = PlaceholderCustomer(
        remote_id="r-ph",
        external_id="ext-ph",
        customer_id="WALKIN-1",
        name="Walk-in customer Gent",
        is_active=False,
        customer_since=date(2024, 1, 1),
        requires_formal_invoice=True,
        track_revenue=False,
        images=[Image(data=PNG_1X1, media_type="image/png")],
        extra={"till": 3},
    )
    with unit_of_work(db) as uow:
        saved = uow.placeholder_customers.save(customer)
    with unit_of_work(db) as uow:
        assert uow.placeholder_customers.get(customer.id) == saved
        uow.placeholder_customers.trash(customer.id)
    with unit_of_work(db) as uow:
        assert uow.placeholder_customers.list() == []
        assert len(uow.placeholder_customers.list(include_trash=True)) == 1
        uow.placeholder_customers.restore(customer.id)
        assert [c.id for c in uow.placeholder_customers.list()] == [customer.id]
        ops = [e.op for e in entries_for(uow.connection, customer.id)]
    assert ops.count("create") == 2  # the customer and its image
    assert ops.count("update") == 2  # trash and restore


def test_customer_list_round_trips_with_members(db: Database) -> None:
    people = [IndividualContact(name=n) for n in ("Ann", "Bob", "Cem")]
    with unit_of_work(db) as uow:
        for p in people:
            uow.contacts.add(p)
        saved = uow.customer_lists.save(
            CustomerList(name="Christmas cards", member_ids=[people[2].id, people[0].id])
        )
    with unit_of_work(db) as uow:
        loaded = uow.customer_lists.get(saved.id)
        assert loaded == saved
        assert loaded.member_ids == [people[2].id, people[0].id]
        loaded.name = "Christmas cards 2026"
        loaded.member_ids = [people[1].id]
        uow.customer_lists.save(loaded)
    with unit_of_work(db) as uow:
        entry = entries_for(uow.connection, saved.id)[-1]
    assert entry.changes["name"] == ("Christmas cards", "Christmas cards 2026")
    assert entry.changes["member_ids"] == ([people[2].id, people[0].id], [people[1].id])


def test_customer_list_members_must_exist(db: Database) -> None:
    with pytest.raises(IntegrityError), unit_of_work(db) as uow:
        uow.customer_lists.save(CustomerList(name="Broken", member_ids=["no-such-contact"]))


def test_external_id_mappings_are_one_to_one(db: Database) -> None:
    kind = ContactKind.INDIVIDUAL
    with unit_of_work(db) as uow:
        uow.external_ids.replace(
            [
                ExternalIdMapping(kind=kind, internal="i1", external="e1"),
                ExternalIdMapping(kind=kind, internal="i2", external="e2"),
            ]
        )
        # Mapping e1 to i2 replaces both old pairs that named i2 or e1.
        uow.external_ids.replace([ExternalIdMapping(kind=kind, internal="i2", external="e1")])
    with unit_of_work(db) as uow:
        assert [(m.internal, m.external) for m in uow.external_ids.all(kind)] == [("i2", "e1")]
        assert uow.external_ids.by_external(kind, "e1").internal == "i2"
        assert uow.external_ids.all(ContactKind.ORGANIZATION) == []
        uow.external_ids.remove(kind, "i2")
        assert uow.external_ids.all(kind) == []
        ops = [e.op for e in entries_for(uow.connection, "i2")]
    assert ops == ["create", "delete", "create", "delete"]


def test_contact_configuration_round_trips(db: Database) -> None:
    config = ContactConfiguration(
        use_external_contact_management=True,
        custom_workflow_config=CustomWorkflowConfig(
            provider_id="p1", show_contact_details_start_url="https://x.example/show"
        ),
        api_access_configuration=ExternalApiAccessConfiguration(
            url="https://api.example", credentials_key="key-1", timeout_in_millis=5000
        ),
    )
    with unit_of_work(db) as uow:
        assert uow.configuration.get() == ContactConfiguration()
        uow.configuration.save(config)
    with unit_of_work(db) as uow:
        assert uow.configuration.get() == config
        entry = entries_for(uow.connection, "1")[-1]
    assert entry.changes["use_external_contact_management"] == (False, True)
