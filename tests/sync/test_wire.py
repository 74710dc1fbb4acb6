"""Domain ↔ API JSON: round trips keep what the API carries, unknowns, and nothing local."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.domain.enums import ContactKind
from app.domain.models import (
    AnyContact,
    ContactConfiguration,
    CustomerList,
    CustomWorkflowConfig,
    ExternalIdMapping,
    Image,
    IndividualContact,
    OrganizationContact,
    PlaceholderCustomer,
    Tag,
)
from app.sync import wire
from app.sync.wire import SimpleIdMap, UnresolvedReference
from tests.store import factories


def _remote_ids(*contacts: AnyContact) -> None:
    """Give every entity a unique remote id (the factories reuse some on purpose)."""
    for entity in wire.iter_entities(*contacts):
        entity.remote_id = f"R-{entity.id}"


def _world() -> tuple[OrganizationContact, IndividualContact, IndividualContact]:
    org = factories.organization()
    someone = factories.person(org)
    partner = factories.person(org, name="Bert Peeters")
    factories.link_leaders(org, someone)
    someone.personal_relationships = [factories.relationship(partner)]
    _remote_ids(org, someone, partner)
    return org, someone, partner


def _api_view(contact: AnyContact) -> AnyContact:
    """``contact`` with everything this API does not carry reset to its default."""
    blank = type(contact)(id=contact.id)
    names = (
        wire.LOCAL_ONLY_INDIVIDUAL
        if isinstance(contact, IndividualContact)
        else wire.LOCAL_ONLY_ORGANIZATION
    )
    result = contact.model_copy(deep=True, update={n: getattr(blank, n) for n in names})
    for address in wire._all_addresses(result):
        address.state = None
    if isinstance(result, OrganizationContact):
        for loc in result.locations:
            loc.office_open_hour = loc.office_close_hour = None
    return result


def _through_json(data: Any) -> Any:
    return json.loads(json.dumps(data))


def test_full_organization_round_trip() -> None:
    org, someone, partner = _world()
    ids = SimpleIdMap.from_entities(org, someone, partner)
    out_report: list[UnresolvedReference] = []
    data = _through_json(wire.details_to_wire(org, ids, out_report))
    # Only the external payer ids are unknown to the map; they are kept and reported.
    assert {r.value for r in out_report} == {"payer-1", "payer-2"}
    assert data["customer_role"]["alternative_payer"] == {"id": "payer-1"}
    assert data["organization_contact"]["id"] == org.remote_id
    conf = data["customer_role"]["delivery_and_invoicing_configurations"]
    assert conf[0]["invoice_address_id"] == org.addresses[0].remote_id
    assert conf[1]["limitations"] == {"brand_id": "brand-7", "min_amount": 10}
    assert data["customer_role"]["credit_limit"] == {"value": 2500.75, "unit": "EUR"}
    assert data["supplier_role"]["tax_information"]["@type"] == "VendorTaxInformation"
    assert data["organization_contact"]["unknown_server_field"] == [1, 2]
    assert data["addresses"][0]["geo"] == {"lat": 51.05}

    in_report: list[UnresolvedReference] = []
    back = wire.details_from_wire(data, "organization-contacts", ids, in_report)
    assert {r.value for r in in_report} == {"payer-1", "payer-2"}
    assert back == _api_view(org)
    # and again through the server view: stable
    assert wire.details_to_wire(back, ids) == wire.details_to_wire(org, ids)


def test_full_individual_round_trip() -> None:
    org, someone, partner = _world()
    ids = SimpleIdMap.from_entities(org, someone, partner)
    report: list[UnresolvedReference] = []
    data = _through_json(wire.details_to_wire(someone, ids, report))
    assert report == []
    pi = data["professional_identities"][0]
    assert pi["professional_identity"]["organization_contact"] == org.remote_id
    assert pi["professional_identity"]["departments"] == [
        {"contact_id": org.remote_id, "department_id": org.departments[0].remote_id}
    ]
    assert pi["professional_identity"]["badge"] == "B-1"
    assert data["personal_relationships"][0]["individual_contact"] == partner.remote_id
    back = wire.details_from_wire(data, ContactKind.INDIVIDUAL, ids, report)
    assert report == []
    assert back == _api_view(someone)


def test_unknown_fields_and_enum_values_survive() -> None:
    ids = SimpleIdMap()
    data = {
        "individual_contact": {"id": "c1", "name": "X", "deleted": True, "nickname": "Xy"},
        "addresses": [],
        "emails": [
            {
                "id": "e1",
                "type": "QUANTUM_MAIL",
                "address": "x@example.test",
                "usage_context": "GALACTIC",
                "priority": 3,
            }
        ],
        "phones": [],
        "web_addresses": [],
        "customer_role": {
            "customer_id": "C",
            "debtor_account_id": "D-9",
            "tax_information": {"enabled_tax_exemptions": ["NEW_EXEMPTION"]},
            "loyalty": {"tier": 2},
        },
    }
    contact = wire.details_from_wire(data, "individual", ids)
    assert contact.remote_deleted is True
    assert contact.extra == {"nickname": "Xy"}
    assert contact.emails[0].type == "QUANTUM_MAIL"
    assert contact.emails[0].usage_context == "GALACTIC"
    assert contact.emails[0].extra == {"priority": 3}
    body = wire.contact_to_wire(contact, ids)
    assert body == {"name": "X", "nickname": "Xy"}
    email = wire.contact_point_to_wire(contact.emails[0])
    assert email["type"] == "QUANTUM_MAIL" and email["priority"] == 3
    assert contact.customer_role is not None
    role = wire.customer_role_to_wire(contact.customer_role, ids)
    assert role["loyalty"] == {"tier": 2}
    assert role["tax_information"]["enabled_tax_exemptions"] == ["NEW_EXEMPTION"]
    assert "debtor_account_id" not in role


def test_local_only_fields_are_not_sent() -> None:
    org, someone, partner = _world()
    ids = SimpleIdMap.from_entities(org, someone, partner)
    person_body = wire.contact_to_wire(someone, ids)
    assert person_body == {
        "external_id": "ext-person",
        "name": "Dr. An Peeters",
        "date_of_birth": "1980-02-29",
        "anniversary": "2010-06-05",
    }
    org_body = wire.contact_to_wire(org, ids)
    assert set(org_body) == {
        "external_id",
        "name",
        "founded",
        "founders",
        "leaders",
        "external_organization_id",
        "unknown_server_field",
    }
    everything = json.dumps(wire.details_to_wire(org, ids)) + json.dumps(
        wire.details_to_wire(someone, ids)
    )
    for local_only in (
        '"given_name"',
        '"family_name"',
        '"vat_number"',
        '"custom_fields"',
        '"internal_note"',
        "Pays on time.",
        "Oost-Vlaanderen",
        '"office_open_hour"',
        '"invoice_language"',
        '"owner"',
        '"state"',
    ):
        assert local_only not in everything
    assert org.customer_role is not None and org.supplier_role is not None
    assert "debtor_account_id" not in wire.customer_role_to_wire(org.customer_role, ids)
    assert "creditor_account_id" not in wire.supplier_role_to_wire(org.supplier_role, ids)
    assert org.alternative_payer_role is not None
    assert "debtor_account_id" not in wire.alternative_payer_role_to_wire(
        org.alternative_payer_role
    )


def test_pull_keeps_local_only_fields_from_the_local_copy() -> None:
    org, someone, partner = _world()
    ids = SimpleIdMap.from_entities(org, someone, partner)
    data = _through_json(wire.details_to_wire(org, ids))
    back = wire.details_from_wire(data, "organization", ids, local=org)
    assert back == org.model_copy(update={"tags": org.tags, "images": org.images})
    assert back.vat_number == "BE0415928179"
    assert back.addresses[0].state == "Oost-Vlaanderen"


def test_unknown_remote_entities_get_fresh_local_ids_and_internal_refs_resolve() -> None:
    data = {
        "organization_contact": {"id": "o9", "name": "New"},
        "addresses": [
            {"id": "a9", "type": "OFFICE", "full_address": "x", "usage_context": "ORGANIZATION"}
        ],
        "customer_role": {
            "customer_id": "C",
            "delivery_and_invoicing_configurations": [{"invoice_address_id": "a9"}],
        },
    }
    report: list[UnresolvedReference] = []
    org = wire.details_from_wire(data, "organization", SimpleIdMap(), report)
    assert report == []
    assert org.remote_id == "o9" and org.id != "o9"
    assert org.customer_role is not None
    assert org.customer_role.delivery_and_invoicing_configurations[0].invoice_address_id == (
        org.addresses[0].id
    )


def test_pi_body_for_update_leaves_out_the_organization() -> None:
    _org, someone, _partner = _world()
    pi = someone.professional_identities[0]
    ids = SimpleIdMap.from_entities(_org, someone)
    assert "organization_contact" in wire.professional_identity_to_wire(pi, ids)
    assert "organization_contact" not in wire.professional_identity_to_wire(
        pi, ids, for_update=True
    )
    again = wire.professional_identity_from_wire(
        wire.professional_identity_details_to_wire(pi, ids), ids
    )
    for address in pi.addresses:
        address.state = None  # local only
    assert again == pi


def test_small_objects() -> None:
    ids = SimpleIdMap()
    tag = wire.tag_from_wire({"id": "t1", "name": "VIP"}, ids)
    assert tag.remote_id == "t1" and wire.tag_to_wire(tag) == {"name": "VIP"}
    assert wire.tag_to_wire(Tag(name="a"), full=True) == {"name": "a"}

    png = factories.PNG_1X1
    body = wire.image_to_wire(Image(data=png))
    image = wire.image_from_wire({"id": "m1"}, ids, content=png)
    assert image.media_type == "image/png" and image.data == png and body["data"]

    pc_json = {
        "id": "p1",
        "external_id": "e",
        "customer_id": "C1",
        "name": "Walk-in",
        "is_active": True,
        "customer_since": "2024-01-31",
        "requires_formal_invoice": False,
        "track_revenue": False,
        "deleted": False,
        "colour": "red",
    }
    pc = wire.placeholder_customer_from_wire(pc_json, ids)
    assert isinstance(pc, PlaceholderCustomer) and pc.extra == {"colour": "red"}
    assert wire.placeholder_customer_to_wire(pc, full=True) == pc_json
    assert "deleted" not in wire.placeholder_customer_to_wire(pc)

    ids.add("local-c", "remote-c")
    cl = wire.customer_list_from_wire({"id": "l1", "name": "Gold"}, ids, [{"id": "remote-c"}])
    assert isinstance(cl, CustomerList) and cl.member_ids == ["local-c"]
    assert wire.customer_list_items_to_wire(cl.member_ids, ids) == {"items": [{"id": "remote-c"}]}
    assert wire.customer_list_to_wire(cl) == {"name": "Gold"}

    mapping = wire.external_id_mapping_from_wire({"internal": "i", "external": "x"}, "individual")
    assert mapping == ExternalIdMapping(kind=ContactKind.INDIVIDUAL, internal="i", external="x")
    assert wire.external_id_mappings_to_wire([mapping]) == {
        "items": [{"internal": "i", "external": "x"}]
    }

    cfg_json = {
        "use_external_contact_management": True,
        "custom_workflow_config": {"provider_id": "p"},
        "api_access_configuration": {"url": "https://x.test", "timeout_in_millis": 1000},
        "future": 1,
    }
    cfg = wire.configuration_from_wire(cfg_json)
    assert cfg == ContactConfiguration(
        use_external_contact_management=True,
        custom_workflow_config=CustomWorkflowConfig(provider_id="p"),
        api_access_configuration=cfg.api_access_configuration,
        extra={"future": 1},
    )
    assert wire.configuration_to_wire(cfg)["future"] == 1
    assert wire.configuration_to_wire(cfg)["api_access_configuration"]["max_retries"] == 3


def test_unreadable_values_raise_wire_error() -> None:
    with pytest.raises(wire.WireError, match="date_of_birth"):
        wire.contact_from_wire(
            {"id": "c", "name": "x", "date_of_birth": "soon"}, "individual", SimpleIdMap()
        )
