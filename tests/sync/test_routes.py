"""Every route of api-contract.md renders to the contract's path, for both kinds."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from app.domain.enums import ContactKind
from app.sync import routes
from app.sync.routes import Routes

KINDS = [
    (ContactKind.INDIVIDUAL, "individual-contacts"),
    (ContactKind.ORGANIZATION, "organization-contacts"),
]


@pytest.mark.parametrize(("kind", "seg"), KINDS)
def test_contact_routes_for_both_kinds(kind: ContactKind, seg: str) -> None:
    r = Routes("o1")
    base = f"/orgs/o1/{seg}"
    assert r.contacts(kind) == base
    assert r.contacts(seg) == base
    assert r.contacts(kind.value) == base
    assert r.contact(kind, "c1") == f"{base}/c1"
    assert r.details(kind, "c1") == f"{base}/c1/details"
    for cp in ("addresses", "emails", "phones", "web-addresses"):
        assert r.contact_points(kind, "c1", cp) == f"{base}/c1/{cp}"
        assert r.contact_point(kind, "c1", cp, "i1") == f"{base}/c1/{cp}/i1"
    assert r.contact_points(kind, "c1", "web_addresses") == f"{base}/c1/web-addresses"
    assert r.customer_role(kind, "c1") == f"{base}/c1/customer-role"
    assert r.supplier_role(kind, "c1") == f"{base}/c1/supplier-role"
    assert r.alternative_payer_role(kind, "c1") == f"{base}/c1/alternative-payer-role"
    assert r.tags(kind, "c1") == f"{base}/c1/tags"
    assert r.tag(kind, "c1", "t1") == f"{base}/c1/tags/t1"
    assert r.images(kind, "c1") == f"{base}/c1/images"
    assert r.image(kind, "c1", "m1") == f"{base}/c1/images/m1"
    assert r.external_ids(kind) == f"{base}/external-ids"
    assert r.external_id(kind, "e1") == f"{base}/external-ids/e1"
    assert r.contact_external_id(kind, "c1") == f"{base}/c1/external-id"


def test_professional_identity_routes() -> None:
    r = Routes("o1")
    pis = "/orgs/o1/individual-contacts/c1/professional-identities"
    assert r.professional_identities("c1") == pis
    assert r.professional_identities_details("c1") == f"{pis}/details"
    assert r.professional_identity("c1", "p1") == f"{pis}/p1"
    assert r.professional_identity_details("c1", "p1") == f"{pis}/p1/details"
    for cp in ("addresses", "emails", "phones", "web-addresses"):
        assert r.professional_identity_contact_points("c1", "p1", cp) == f"{pis}/p1/{cp}"
        assert r.professional_identity_contact_point("c1", "p1", cp, "i") == f"{pis}/p1/{cp}/i"


def test_org_wide_routes() -> None:
    r = Routes("o1")
    assert r.placeholder_customers() == "/orgs/o1/placeholder-customers"
    assert r.placeholder_customer("p") == "/orgs/o1/placeholder-customers/p"
    assert r.placeholder_customer_images("p") == "/orgs/o1/placeholder-customers/p/images"
    assert r.placeholder_customer_image("p", "m") == "/orgs/o1/placeholder-customers/p/images/m"
    assert r.customer_lists() == "/orgs/o1/customer-lists"
    assert r.customer_list("l") == "/orgs/o1/customer-lists/l"
    assert r.customer_list_items("l") == "/orgs/o1/customer-lists/l/items"
    assert r.customer_list_item("l", "c") == "/orgs/o1/customer-lists/l/items/c"
    assert r.contact_configuration() == "/orgs/o1/contact-configuration"


def test_segments_are_quoted() -> None:
    r = Routes("my org/ä")
    assert r.contact(ContactKind.INDIVIDUAL, "a/b c?d") == (
        "/orgs/my%20org%2F%C3%A4/individual-contacts/a%2Fb%20c%3Fd"
    )
    assert (
        r.external_id("individual", "x#1")
        == "/orgs/my%20org%2F%C3%A4/individual-contacts/external-ids/x%231"
    )


def test_templates_override_from_settings() -> None:
    r = Routes("o1", {"contacts": "/api/{org}/{kind}/all", "contact_configuration": "/cfg/{org}"})
    assert r.contacts("organization") == "/api/o1/organization-contacts/all"
    assert r.contact_configuration() == "/cfg/o1"
    assert r.contact("organization", "c") == "/orgs/o1/organization-contacts/c"
    with pytest.raises(ValueError, match="unknown route"):
        Routes("o1", {"nope": "/x"})


def test_unknown_kind_or_contact_point_is_refused() -> None:
    r = Routes("o1")
    with pytest.raises(ValueError):
        r.contacts("people")
    with pytest.raises(ValueError):
        r.contact_points("individual", "c", "faxes")


@pytest.mark.parametrize(
    "value",
    [
        "c79142ce-ba10-470a-a477-41516a3e99d6",
        "a.b_c~d-E9",
        "",
        "a b",
        "a/b",
        "ä",
        "x%2F",
        "semi;colon",
        "tab\tand\nline",
        "Ω-ids",
        42,
    ],
)
def test_a_segment_is_quoted_as_quote_quotes_it(value: object) -> None:
    # Segments made only of what quote leaves alone are taken as they are, without it.
    assert routes._q(value) == quote(str(value), safe="")
