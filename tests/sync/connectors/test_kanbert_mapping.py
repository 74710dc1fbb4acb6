"""Kanbert ContactData ↔ the projection of a Kontor individual contact, and Kanbert's rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.changes import flatten_contact
from app.domain.merge import unflatten_contact
from app.domain.models import Address, Email, IndividualContact, Phone, ProfessionalIdentity
from app.sync.connector import LinkIds, overlay
from app.sync.connectors.kanbert.mapping import (
    CARRIED,
    check,
    companies_of,
    company_projection,
    from_projection,
    name_key,
    project_contact,
    to_projection,
)

ACME_LOCAL = "org-acme"
ACME_REMOTE = "company-1"


def _doc(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "k-1",
        "external_id": None,
        "external_origin": None,
        "gender": "female",
        "first_name": "Ann",
        "last_name": "Peeters",
        "title": "Dr.",
        "title_suffix": "MBA",
        "position": "CFO",
        "locale": "nl_BE",
        "birthday": "1980-02-29",
        "fax": "+32 9 111 11 19",
        "telephone": "+32 9 111 11 11",
        "telephone_private": None,
        "mobile": "+32 470 11 11 11",
        "mobile_private": "+32 470 22 22 22",
        "email": "ann@acme.be",
        "email_private": "ann@home.be",
        "address_street": "Kouter",
        "address_house": "5",
        "address_street2": "bus 2",
        "address_zip": "9000",
        "address_state": None,
        "address_town": "Gent",
        "address_country": {"id": "c-be", "name": "Belgium", "code": "BE"},
        "owner": {"id": "u1", "type": "user"},
        "client": None,
        "companies": [{"id": ACME_REMOTE, "name": "Acme", "contact_company": {"position": None}}],
        "custom_fields": {"vip": True, "level": 3},
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-02T00:00:00Z",
        "deleted_at": None,
        "linkedin": "ann-p",
    }
    doc.update(fields)
    return doc


def _ids() -> LinkIds:
    return LinkIds({f"org:{ACME_REMOTE}": ACME_LOCAL})


def test_a_kanbert_contact_maps_to_the_fields_kontor_has_for_them() -> None:
    projection = to_projection(_doc(), _ids())
    contact = unflatten_contact(projection, "individual")
    assert isinstance(contact, IndividualContact)
    assert (contact.given_name, contact.family_name, contact.name) == (
        "Ann",
        "Peeters",
        "Ann Peeters",
    )
    assert (contact.title, contact.title_suffix, contact.gender) == ("Dr.", "MBA", "female")
    assert contact.date_of_birth == date(1980, 2, 29) and contact.locale == "nl_BE"
    assert {(e.type, e.usage_context, e.address) for e in contact.emails} == {
        ("WORK_EMAIL", "PROFESSIONAL", "ann@acme.be"),
        ("PERSONAL_EMAIL", "PERSONAL", "ann@home.be"),
    }
    assert {(p.type, p.usage_context, p.number) for p in contact.phones} == {
        ("DIRECT_LINE", "PROFESSIONAL", "+32 9 111 11 11"),
        ("WORK_MOBILE", "PROFESSIONAL", "+32 470 11 11 11"),
        ("PERSONAL_MOBILE", "PERSONAL", "+32 470 22 22 22"),
        ("DIRECT_FAX", "PROFESSIONAL", "+32 9 111 11 19"),
    }
    [address] = contact.addresses
    assert (address.street_name, address.street_number, address.additional) == (
        "Kouter",
        "5",
        "bus 2",
    )
    assert (address.zip, address.city, address.country_code) == ("9000", "Gent", "BE")
    assert address.full_address == "Kouter 5, bus 2, 9000 Gent, BE"
    [identity] = contact.professional_identities
    # the contact's position is the job title at its (first) company
    assert (identity.organization_contact, identity.job_title) == (ACME_LOCAL, "CFO")
    assert contact.custom_fields == {"vip": True, "level": 3}


def test_a_contact_with_kontors_external_id_keeps_its_local_id() -> None:
    ids = LinkIds()
    projection = to_projection(_doc(external_id="local-9", external_origin="kontor"), ids)
    assert ("contact", "local-9") in projection and ids.links()["contact"] == "local-9"
    other = to_projection(_doc(external_id="crm-9", external_origin="crm"), LinkIds())
    assert ("contact", "crm-9") not in other


def test_without_companies_the_position_is_a_custom_field_and_goes_back_as_position() -> None:
    projection = to_projection(_doc(companies=[]), LinkIds())
    [(_cid, contact)] = [(k[1], v) for k, v in projection.items() if k[0] == "contact"]
    assert contact["custom_fields"]["position"] == "CFO"
    body = from_projection(projection, _doc(companies=[]), {})
    assert body["position"] == "CFO" and "position" not in body["custom_fields"]


def test_a_company_with_no_linked_organization_is_kept_in_the_base_and_sent_back() -> None:
    projection = to_projection(_doc(), LinkIds())  # Acme not linked to an organization
    assert not [k for k in projection if k[0] == "professional_identity"]
    body = from_projection(projection, _doc(), {})
    assert [c["id"] for c in body["companies"]] == [ACME_REMOTE]


def test_remote_to_projection_and_back_sends_what_kanbert_had() -> None:
    doc = _doc()
    ids = _ids()
    body = from_projection(to_projection(doc, ids), doc, {ACME_LOCAL: ACME_REMOTE})
    for name in ("owner", "client", "created_at", "updated_at", "deleted_at", "id"):
        assert name not in body  # read-only: never sent
    assert body["linkedin"] == "ann-p"  # a field Kontor does not know goes back unchanged
    for name, value in doc.items():
        if name in body and name not in (
            "address_country",
            "companies",
            "external_id",
            "external_origin",
        ):
            assert body[name] == value, name
    assert body["address_country"] == {"code": "BE"}
    assert body["companies"] == [{"id": ACME_REMOTE, "contact_company": {"position": "CFO"}}]
    # a contact Kontor had not linked yet gets the local id made for it as external id
    assert body["external_origin"] == "kontor" and body["external_id"] == ids.links()["contact"]


def _local() -> IndividualContact:
    return IndividualContact(
        id="c-1",
        name="Ann Peeters",
        given_name="Ann",
        family_name="Peeters",
        emails=[
            Email(type="WORK_EMAIL", usage_context="PROFESSIONAL", address="ann@acme.be"),
            Email(type="WORK_EMAIL", usage_context="PROFESSIONAL", address="second@acme.be"),
            Email(type="EMAIL_ALIAS", usage_context="PERSONAL", address="alias@x.be"),
        ],
        phones=[Phone(type="HOME_PHONE", usage_context="PERSONAL", number="+32 9 222 22 22")],
        addresses=[
            Address(full_address="Kouter 5, 9000 Gent", street_name="Kouter", street_number="5",
                    zip="9000", city="Gent", country_code="BE"),
            Address(full_address="Holiday 1, Knokke", city="Knokke"),
        ],
        professional_identities=[
            ProfessionalIdentity(organization_contact=ACME_LOCAL, job_title="CEO")
        ],
        custom_fields={"vip": False},
        internal_note="local only",
    )  # fmt: skip


def test_a_kontor_contact_is_sent_with_one_value_per_kanbert_field() -> None:
    local = _local()
    body = from_projection(project_contact(local), None, {ACME_LOCAL: ACME_REMOTE})
    assert body["external_id"] == "c-1" and body["external_origin"] == "kontor"
    assert body["email"] == "ann@acme.be" and body["email_private"] is None
    assert body["telephone_private"] == "+32 9 222 22 22" and body["mobile"] is None
    assert (body["address_street"], body["address_town"]) == ("Kouter", "Gent")
    assert body["address_country"] == {"code": "BE"}
    assert body["companies"] == [{"id": ACME_REMOTE, "contact_company": {"position": "CEO"}}]
    assert body["position"] == "CEO"
    assert body["custom_fields"] == {"vip": False}
    assert "internal_note" not in body and "second@acme.be" not in str(body)


def test_syncing_with_kanbert_touches_only_what_it_carries() -> None:
    """A second address, a second work e-mail, an alias and the internal note survive an
    overlay of what Kanbert sent."""
    local = _local()
    remote = to_projection(
        _doc(external_id="c-1", external_origin="kontor", email="new@acme.be"),
        LinkIds({"email": local.emails[0].id, "address": local.addresses[0].id,
                 f"org:{ACME_REMOTE}": ACME_LOCAL,
                 f"company:{ACME_REMOTE}": local.professional_identities[0].id}),
    )  # fmt: skip
    merged = unflatten_contact(overlay(flatten_contact(local), remote, CARRIED), "individual")
    assert isinstance(merged, IndividualContact)
    assert {e.address for e in merged.emails} == {
        "new@acme.be",  # Kanbert's work e-mail went into the linked one
        "second@acme.be",
        "alias@x.be",
        "ann@home.be",  # Kanbert's private e-mail is new here
    }
    assert merged.emails[0].id == local.emails[0].id
    assert [a.city for a in merged.addresses] == ["Gent", "Knokke"]
    assert merged.internal_note == "local only"
    assert merged.professional_identities[0].job_title == "CFO"


def test_kanbert_rules_name_the_field_and_say_why() -> None:
    local = _local()
    assert check(project_contact(local)) == []
    bad = local.model_copy(
        update={
            "emails": [Email(type="WORK_EMAIL", usage_context="PROFESSIONAL", address="nope")],
            "addresses": [Address(full_address="x", country_code="XX")],
            "name": "",
            "given_name": None,
            "family_name": None,
        }
    )
    projection = project_contact(bad)
    projection[("contact", bad.id)]["custom_fields"] = {"ratio": 1.5}  # as a server might send
    problems = {p.field: p.message for p in check(projection)}
    assert set(problems) == {
        "contact.name",
        "email.address",
        "address.country_code",
        "contact.custom_fields",
    }
    assert "XX" in problems["address.country_code"] and "ratio" in problems["contact.custom_fields"]


def test_a_company_is_an_organization_with_its_name_compared_without_case_or_spacing() -> None:
    assert name_key("ACME  nv ") == name_key("Acme NV") == name_key("acme nv")
    assert name_key("Café Zoë") == name_key("CAFE ZOE")
    assert name_key("Acme NV") != name_key("Acme BV")
    assert company_projection({"id": "c-7", "name": " Acme   NV "}, "org-1") == {
        ("contact", "org-1"): {"name": "Acme NV"}
    }
    # the companies a contact names, without the link's own fields
    assert companies_of(_doc()) == [{"id": ACME_REMOTE, "name": "Acme"}]


def test_the_accounts_company_links_make_the_work_details() -> None:
    projection = to_projection(_doc(), LinkIds(), {ACME_REMOTE: ACME_LOCAL})
    [identity] = [v for k, v in projection.items() if k[0] == "professional_identity"]
    assert (identity["organization_contact"], identity["job_title"]) == (ACME_LOCAL, "CFO")
    assert not [
        k
        for k in to_projection(_doc(), LinkIds(), {"other-company": ACME_LOCAL})
        if k[0] == "professional_identity"
    ]
