"""Partner-portal organizations ↔ the projection of a Kontor organization contact, the
per-account country table, phone splitting, customers and the portal's rules."""

from __future__ import annotations

from typing import Any

from app.domain.changes import flatten_contact
from app.domain.merge import unflatten_contact
from app.domain.models import Address, Email, OrganizationContact, Phone
from app.sync.connector import LinkIds, overlay
from app.sync.connectors.partners.mapping import (
    CARRIED,
    CountryTable,
    check,
    customer_ids,
    from_projection,
    join_phone,
    members,
    project_contact,
    split_phone,
    to_projection,
    unknown_ids,
)
from app.sync.reference_server.partners import COUNTRIES

TABLE = CountryTable.from_listing(COUNTRIES)  # as the account keeps it from the portal
AT = TABLE.country_id("AT")
WIEN = TABLE.state_id("AT", "Wien")


def _doc(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": 4,
        "name": "SV Grün-Weiß",
        "type": "club",
        "email": "office@sv-gw.at",
        "internal_note": "pays late",
        "founding_year": 1921,
        "uid": "ATU13585627",
        "zvr": "123456789",
        "dvr": "0012345",
        "address": {
            "street_name": "Hauptstraße",
            "street_number": "5a",
            "additional_information": "Hof 2",
            "post_code": 1010,
            "city": "Wien",
            "country_id": AT,
            "state_id": WIEN,
        },
        "phone_number": {"prefix": "+43", "number": "1234567"},
        "fax_number": {"prefix": "+43", "number": "1234568"},
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z",
        "logo_url": "https://portal/logo.png",
    }
    doc.update(fields)
    return doc


def test_the_country_table_holds_the_portals_own_ids() -> None:
    assert AT is not None and WIEN is not None and AT != 40  # not the ISO number
    assert TABLE.countries[AT] == "AT" and TABLE.states[WIEN] == ("AT", "Wien")
    assert TABLE.state_id("DE", "Wien") is None


def test_phones_split_into_prefix_and_number_and_join_again() -> None:
    assert split_phone("+43 1 234567", None) == {"prefix": "+43", "number": "1234567"}
    assert split_phone("01 234567", "AT") == {"prefix": "+43", "number": "1234567"}
    assert split_phone("phone me", "AT") is None
    assert join_phone({"prefix": "+43", "number": "1234567"}) == "+43 1 234567"
    assert join_phone({"prefix": "+43", "number": "x"}) == "+43 x"  # kept as sent
    assert join_phone(None) is None


def test_a_portal_organization_maps_to_the_fields_kontor_has_for_it() -> None:
    org = unflatten_contact(to_projection(_doc(), LinkIds(), TABLE), "organization")
    assert isinstance(org, OrganizationContact)
    assert (org.name, org.organization_type, org.founding_year) == ("SV Grün-Weiß", "club", 1921)
    assert (org.internal_note, org.uid, org.zvr, org.dvr) == (
        "pays late", "ATU13585627", "123456789", "0012345",
    )  # fmt: skip
    assert [e.address for e in org.emails] == ["office@sv-gw.at"]
    [address] = org.addresses
    assert (address.street_name, address.street_number, address.additional) == (
        "Hauptstraße", "5a", "Hof 2",
    )  # fmt: skip
    assert (address.zip, address.city, address.country_code, address.state) == (
        "1010", "Wien", "AT", "Wien",
    )  # fmt: skip
    assert {(p.type, p.number) for p in org.phones} == {
        ("MAIN", "+43 1 234567"),
        ("FAX_LINE", "+43 1 234568"),
    }


def test_remote_to_projection_and_back_sends_what_the_portal_had() -> None:
    doc = _doc()
    body = from_projection(to_projection(doc, LinkIds(), TABLE), doc, TABLE)
    assert body == {k: v for k, v in doc.items() if k not in ("id", "created_at", "updated_at")}


def test_an_unknown_country_id_is_flagged_and_sent_back_unchanged() -> None:
    doc = _doc(address={**_doc()["address"], "country_id": 9999, "state_id": None})
    assert [p.field for p in unknown_ids(doc, TABLE)] == ["address.country_code"]
    body = from_projection(to_projection(doc, LinkIds(), TABLE), doc, TABLE)
    assert body["address"]["country_id"] == 9999


def _local() -> OrganizationContact:
    return OrganizationContact(
        id="o-1",
        name="Volksschule Ost",
        organization_type="school",
        founding_year=1960,
        emails=[Email(address="direktion@vs-ost.at"), Email(address="second@vs-ost.at")],
        addresses=[
            Address(full_address="Schulgasse 1, 1010 Wien", street_name="Schulgasse",
                    street_number="1", zip="1010", city="Wien", country_code="AT",
                    state="Wien"),
            Address(full_address="Turnsaal, 1020 Wien", zip="1020", city="Wien"),
        ],
        phones=[Phone(type="MAIN", number="01 5551234"), Phone(type="MOBILE", number="+43 660 1")],
        vat_number="ATU13585627",
    )  # fmt: skip


def test_a_kontor_organization_is_sent_as_the_portal_wants_it() -> None:
    body = from_projection(project_contact(_local()), None, TABLE)
    assert (body["name"], body["type"], body["founding_year"]) == (
        "Volksschule Ost",
        "school",
        1960,
    )
    assert body["email"] == "direktion@vs-ost.at"
    assert body["address"] == {
        "street_name": "Schulgasse",
        "street_number": "1",
        "additional_information": None,
        "post_code": 1010,
        "city": "Wien",
        "country_id": AT,
        "state_id": WIEN,
    }
    assert body["phone_number"] == {"prefix": "+43", "number": "15551234"}
    assert body["fax_number"] is None
    assert "vat_number" not in body and "Turnsaal" not in str(body)


def test_syncing_with_the_portal_touches_only_what_it_carries() -> None:
    local = _local()
    remote = to_projection(
        _doc(name="Volksschule Ost", email="neu@vs-ost.at"),
        LinkIds({"contact": local.id, "email": local.emails[0].id,
                 "address": local.addresses[0].id, "phone": local.phones[0].id}),
        TABLE,
    )  # fmt: skip
    merged = unflatten_contact(overlay(flatten_contact(local), remote, CARRIED), "organization")
    assert isinstance(merged, OrganizationContact)
    assert [e.address for e in merged.emails] == ["neu@vs-ost.at", "second@vs-ost.at"]
    assert [a.zip for a in merged.addresses] == ["1010", "1020"]  # the second is untouched
    assert merged.vat_number == "ATU13585627"  # the portal does not carry it
    assert {p.number for p in merged.phones} >= {"+43 660 1", "+43 1 234567"}


def test_the_portals_rules_name_the_field_and_say_why() -> None:
    assert check(project_contact(_local()), TABLE) == []
    bad = _local().model_copy(
        update={
            "organization_type": "choir",
            "emails": [Email(address="not-an-address")],
            "addresses": [Address(full_address="x", zip="1010 AB", country_code="AT",
                                  state="Bayern")],
            "phones": [Phone(type="FAX_LINE", number="fax me")],
        }
    )  # fmt: skip
    problems = {p.field: p.message for p in check(project_contact(bad), TABLE)}
    assert set(problems) == {
        "contact.organization_type",
        "email.address",
        "address.zip",
        "address.state",
        "phone.number",
    }
    assert "must be a number" in problems["address.zip"]
    assert problems["phone.number"].startswith("Fax:")
    assert (
        check(project_contact(bad), TABLE, types=("choir",))[0].field != "contact.organization_type"
    )
    zero = _local().model_copy(
        update={"addresses": [Address(full_address="x", zip="01067", country_code="DE")]}
    )
    [problem] = check(project_contact(zero), TABLE)
    assert problem.field == "address.zip" and "leading zero" in problem.message
    nameless = _local().model_copy(update={"name": " ", "organization_type": None})
    assert {p.field for p in check(project_contact(nameless), TABLE)} == {
        "contact.name",
        "contact.organization_type",
    }


def test_customers_map_to_linked_contacts_and_unknown_ones_are_kept() -> None:
    local, unknown = members([5, 9, 12], {5: "c-5", 12: "c-12"})
    assert (local, unknown) == (["c-5", "c-12"], [9])
    assert customer_ids(["c-12", "c-new"], {"c-5": 5, "c-12": 12}, unknown) == [9, 12]
