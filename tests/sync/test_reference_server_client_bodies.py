"""What Kontor sends carries every field the server requires, for any record that passes the
local checks; and a record lacking a required value fails those checks, so it can be held
back instead of being sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from app.domain import validation as v
from app.domain.models import (
    Address,
    AlternativePayerRole,
    CustomerList,
    CustomerRole,
    Department,
    Email,
    IndividualContact,
    Location,
    Membership,
    OrganizationContact,
    PersonalRelationship,
    Phone,
    PlaceholderCustomer,
    ProfessionalIdentity,
    SupplierRole,
    Tag,
    WebAddress,
)
from app.domain.problems import Problem, Severity
from app.sync import wire
from app.sync.reference_server.schemas import REQUIRED, missing_fields

IDS = wire.SimpleIdMap()
IDS.add("local-org", "remote-org")
IDS.add("local-person", "remote-person")
TODAY = date(2020, 1, 1)

Case = tuple[str, Any, Callable[[Any], dict[str, Any]], Callable[[Any], list[Problem]]]

CASES: list[Case] = [
    (
        "IndividualContact",
        IndividualContact(name="Anna Berg"),
        lambda c: wire.contact_to_wire(c, IDS),
        v.validate_individual,
    ),
    (
        "OrganizationContact",
        OrganizationContact(name="Acme NV"),
        lambda c: wire.contact_to_wire(c, IDS),
        v.validate_organization,
    ),
    # an address given only in parts: its display form is built from them
    (
        "Address",
        Address(street_name="Ringstraße", street_number="1", city="Wien"),
        wire.contact_point_to_wire,
        v.validate_address,
    ),
    ("Email", Email(address="anna@example.org"), wire.contact_point_to_wire, v.validate_email),
    ("Phone", Phone(number="+43 1 234 5678"), wire.contact_point_to_wire, v.validate_phone),
    (
        "WebAddress",
        WebAddress(url="https://example.org"),
        wire.contact_point_to_wire,
        v.validate_web_address,
    ),
    (
        "ProfessionalIdentity",
        ProfessionalIdentity(organization_contact="local-org"),
        lambda pi: wire.professional_identity_to_wire(pi, IDS),
        lambda _pi: [],
    ),
    (
        "ProfessionalIdentityUpdate",
        ProfessionalIdentity(organization_contact="local-org"),
        lambda pi: wire.professional_identity_to_wire(pi, IDS, for_update=True),
        lambda _pi: [],
    ),
    (
        "CustomerRole",
        CustomerRole(customer_id="K-1", customer_since=TODAY),
        lambda r: wire.customer_role_to_wire(r, IDS),
        v.validate_customer_role,
    ),
    (
        "SupplierRole",
        SupplierRole(supplier_id="S-1", supplier_since=TODAY),
        lambda r: wire.supplier_role_to_wire(r, IDS),
        v.validate_supplier_role,
    ),
    (
        "AlternativePayerRole",
        AlternativePayerRole(alternative_payer_id="P-1", since=TODAY),
        wire.alternative_payer_role_to_wire,
        v.validate_alternative_payer_role,
    ),
    ("Tag", Tag(name="VIP"), wire.tag_to_wire, v.validate_tag),
    (
        "PlaceholderCustomer",
        PlaceholderCustomer(customer_id="PC-1", name="Walk-in", customer_since=TODAY),
        wire.placeholder_customer_to_wire,
        v.validate_placeholder_customer,
    ),
    (
        "CustomerList",
        CustomerList(name="Newsletter"),
        wire.customer_list_to_wire,
        v.validate_customer_list,
    ),
    (
        "PersonalRelationship",
        PersonalRelationship(individual_contact="local-person"),
        lambda r: wire.personal_relationship_to_wire(r, IDS),
        lambda _r: [],
    ),
    ("Department", Department(name="Sales"), wire.department_to_wire, lambda _d: []),
    (
        "Location",
        Location(name="Head office"),
        lambda loc: wire.location_to_wire(loc, IDS),
        lambda _l: [],
    ),
    ("Membership", Membership(), lambda m: wire.membership_to_wire(m, IDS), lambda _m: []),
]


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


@pytest.mark.parametrize(("schema", "record", "to_wire", "check"), CASES, ids=[c[0] for c in CASES])
def test_a_record_that_passes_the_local_checks_is_sent_with_every_required_field(
    schema: str,
    record: Any,
    to_wire: Callable[[Any], dict[str, Any]],
    check: Callable[[Any], list[Problem]],
) -> None:
    assert _errors(check(record)) == []
    body = to_wire(record)
    assert missing_fields(schema, body) == [], body
    assert set(REQUIRED[schema]) <= set(body)


@pytest.mark.parametrize(
    ("record", "check", "field"),
    [
        (CustomerRole(customer_id="K-1"), v.validate_customer_role, "customer_since"),
        (SupplierRole(supplier_id="S-1"), v.validate_supplier_role, "supplier_since"),
        (
            AlternativePayerRole(alternative_payer_id="P-1"),
            v.validate_alternative_payer_role,
            "since",
        ),
        (
            PlaceholderCustomer(customer_id="PC-1", name="Walk-in"),
            v.validate_placeholder_customer,
            "customer_since",
        ),
    ],
)
def test_a_record_without_a_required_date_fails_the_local_checks(
    record: Any, check: Callable[[Any], list[Problem]], field: str
) -> None:
    """The dates are the only required values a local record can lack; the local checks name
    them, so such a record can be held back rather than sent and refused."""
    assert any(p.field.endswith(field) for p in _errors(check(record)))
