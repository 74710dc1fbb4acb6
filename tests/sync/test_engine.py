"""Sync of whole contact aggregates between Kontor databases through the reference server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.store.sync_state import SyncStateRepository
from app.sync import wire
from app.sync.documents import SharedIds, record_ids
from tests.store import factories as f
from tests.sync.conftest import Kontor

MakeKontor = Callable[..., Kontor]


def fresh_pair() -> tuple[OrganizationContact, IndividualContact]:
    """An organization and a person working there, never synced (no remote ids)."""
    org = f.organization()
    someone = f.person(org)
    for entity in wire.iter_entities(org, someone):
        entity.remote_id = None
    org.external_id = None
    someone.external_id = None
    assert org.customer_role is not None
    org.customer_role.alternative_payer = None
    for config in org.customer_role.delivery_and_invoicing_configurations:
        config.alternative_payer = None
    org.customer_role.debtor_account_id = None
    assert org.supplier_role is not None
    org.supplier_role.creditor_account_id = None
    assert org.alternative_payer_role is not None
    org.alternative_payer_role.debtor_account_id = None
    return org, someone


def server_view(k: Kontor, contact: AnyContact) -> dict[str, Any]:
    """The contact as the server sees it (remote ids, API fields only)."""
    with k.services.db.reading() as conn:
        shared = SharedIds()
        for local, remote in SyncStateRepository(conn).shared_remote_ids():
            shared.add(local, remote)
    ids = record_ids(shared, {}, contact)
    view = wire.details_to_wire(contact, ids, full=True)
    view["tags"] = sorted(t.name for t in contact.tags)
    view["images"] = [i.data for i in contact.images]
    return view


def by_remote(k: Kontor, remote_id: str) -> AnyContact:
    with k.services.db.reading() as conn:
        for record in SyncStateRepository(conn).records():
            if record.remote_id == remote_id:
                return k.get(record.local_id)
    raise AssertionError(f"no local contact for {remote_id}")


def test_two_databases_converge_with_every_sub_resource(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    org, someone = fresh_pair()
    org = a.add(org)
    someone = a.add(someone)

    first = a.sync()
    assert first.complete, first.messages
    assert first.created_remote == 2
    pulled = b.sync()
    assert pulled.complete, pulled.messages
    assert pulled.pulled_new == 2

    org_a, person_a = a.get(org.id), a.get(someone.id)
    assert org_a.remote_id and person_a.remote_id
    org_b, person_b = by_remote(b, org_a.remote_id), by_remote(b, person_a.remote_id)
    assert server_view(b, org_b) == server_view(a, org_a)
    assert server_view(b, person_b) == server_view(a, person_a)
    assert len(person_b.professional_identities[0].emails) == len(someone.professional_identities[0].emails)
    assert org_b.customer_role is not None and org_b.customer_role.credit_limit is not None

    again = a.sync()
    assert again.pushed == 0 and again.pulled_updated == 0 and again.complete

