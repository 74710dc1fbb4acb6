"""The validation rules of ``design/validation.md``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

import pycountry
import pytest

from app.domain.enums import (
    COUNTRY_CODE_SET,
    COUNTRY_CODES,
    AddressType,
    AddressUsage,
    ContactKind,
    EmailType,
    OwnerType,
    PhoneType,
    PhoneUsage,
    UsageContext,
    WebAddressType,
)
from app.domain.models import (
    Address,
    AlternativePayerRole,
    CustomerList,
    CustomerRole,
    CustomerTaxInformation,
    DeliveryAndInvoicingConfiguration,
    DeliveryLimitations,
    Department,
    DepartmentRef,
    Email,
    ExternalIdMapping,
    Image,
    IndividualContact,
    Location,
    LocationRef,
    Membership,
    Money,
    OrganizationContact,
    Owner,
    Page,
    PersonalRelationship,
    Phone,
    PlaceholderCustomer,
    ProfessionalIdentity,
    SupplierRole,
    SupplierTaxInformation,
    Tag,
    WebAddress,
)
from app.domain.problems import Problem, Severity, errors, has_errors, warnings
from app.domain.validation import (
    validate,
    validate_address,
    validate_customer_role,
    validate_delivery_configurations,
    validate_external_id_mappings,
    validate_kip_company,
    validate_locked_fields,
    validate_organization,
    validate_page,
    validate_professional_identity,
)

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def at(problems: list[Problem], field: str) -> list[Problem]:
    return [p for p in problems if p.field == field]


def codes(problems: list[Problem], field: str) -> set[tuple[str, Severity]]:
    return {(p.code, p.severity) for p in at(problems, field)}


def address(**kw: object) -> Address:
    data: dict[str, object] = {"full_address": "Kerkstraat 1, 9000 Gent", "type": "OFFICE"}
    data.update(kw)
    return Address.model_validate(data)


def org(**kw: object) -> OrganizationContact:
    data: dict[str, object] = {"name": "Kinepolis"}
    data.update(kw)
    return OrganizationContact.model_validate(data)


def person(**kw: object) -> IndividualContact:
    data: dict[str, object] = {"name": "Jan Peeters"}
    data.update(kw)
    return IndividualContact.model_validate(data)


def customer(**kw: object) -> CustomerRole:
    data: dict[str, object] = {"customer_id": "C-1", "customer_since": date(2020, 1, 1)}
    data.update(kw)
    return CustomerRole.model_validate(data)


# --- a clean record has no problems -------------------------------------------------------


def full_company() -> OrganizationContact:
    return org(
        addresses=[
            address(
                street_name="Moutstraat",
                street_number="132",
                city="Gent",
                zip="9000",
                country_code="BE",
            )
        ],
        phones=[
            Phone(type="MAIN", number="09 241 00 00"),
            Phone(type="MOBILE", number="0471 12 34 56"),
        ],
        emails=[Email(type="WORK_EMAIL", address="development@kinepolis.com")],
        web_addresses=[WebAddress(type="ORGANIZATION_WEBSITE", url="https://kinepolis.be")],
        vat_number="BE0415928179",
        company_registration_number="0415928179",
        invoice_language="NL",
        organization_type="company",
        founding_year=1997,
        customer_role=customer(
            global_location_number="4012345000009",
            credit_limit=Money(value=Decimal("2500.75"), unit="EUR"),
        ),
    )


def test_complete_company_has_no_errors() -> None:
    company = full_company()
    assert errors(validate(company)) == []
    assert validate_kip_company(company) == []


def test_complete_person_has_no_problems() -> None:
    contact = person(
        addresses=[address(country_code="BE", zip="9000")],
        phones=[Phone(type="MOBILE", number="0471 12 34 56")],
        emails=[Email(type="PERSONAL_EMAIL", address="jan.peeters@firma.be")],
        date_of_birth=date(1980, 5, 17),
        owner=Owner(type="user"),
        custom_fields={"vip": True, "visits": 3, "note": "x", "empty": None},
    )
    assert validate(contact) == []


# --- closed enums -------------------------------------------------------------------------

EnumCase = tuple[type[StrEnum], Callable[[str], object], str]

ENUM_CASES: list[EnumCase] = [
    (AddressType, lambda v: address(type=v), "type"),
    (AddressUsage, lambda v: address(usages=[v]), "usages[0]"),
    (UsageContext, lambda v: address(usage_context=v), "usage_context"),
    (EmailType, lambda v: Email(type=v, address="a@firma.be"), "type"),
    (UsageContext, lambda v: Email(usage_context=v, address="a@firma.be"), "usage_context"),
    (PhoneType, lambda v: Phone(type=v, number="+32 2 511 11 11"), "type"),
    (PhoneUsage, lambda v: Phone(usages=[v], number="+32 2 511 11 11"), "usages[0]"),
    (UsageContext, lambda v: Phone(usage_context=v, number="+32 2 511 11 11"), "usage_context"),
    (WebAddressType, lambda v: WebAddress(type=v, url="https://firma.be"), "type"),
    (
        UsageContext,
        lambda v: WebAddress(usage_context=v, url="https://firma.be"),
        "usage_context",
    ),
    (OwnerType, lambda v: person(owner=Owner(type=v)), "owner.type"),
]


@pytest.mark.parametrize(
    ("enum", "make", "field", "value"),
    [(e, m, f, v.value) for e, m, f in ENUM_CASES for v in e],
)
def test_closed_enum_accepts_documented_value(
    enum: type[StrEnum], make: Callable[[str], object], field: str, value: str
) -> None:
    assert at(validate(make(value)), field) == []


@pytest.mark.parametrize(("enum", "make", "field"), ENUM_CASES)
@pytest.mark.parametrize("wrong", ["WRONG", "office", "Personal", "fax"])
def test_closed_enum_rejects_other_value(
    enum: type[StrEnum], make: Callable[[str], object], field: str, wrong: str
) -> None:
    assert wrong not in enum._value2member_map_
    problems = at(validate(make(wrong)), field)
    assert [(p.code, p.severity) for p in problems] == [("enum", Severity.ERROR)]
    assert wrong in problems[0].message


def test_enum_documented_values_match_design() -> None:
    assert len(AddressType) == 16
    assert len(EmailType) == 5
    assert len(PhoneType) == 18
    assert len(WebAddressType) == 23
    assert {u.value for u in AddressUsage} == {
        "EVERYTHING",
        "CORRESPONDENCE",
        "INVOICES",
        "SHIPPING",
    }
    assert {u.value for u in PhoneUsage} == {"EVERYTHING", "CALL", "SMS", "WHATSAPP"}


def test_server_record_with_unknown_enum_is_kept_and_reported() -> None:
    record = {
        "kind": "individual",
        "name": "Jan",
        "emails": [{"type": "CARRIER_PIGEON", "address": "jan@firma.be"}],
        "phones": [{"type": "MOBILE", "number": "+32 471 12 34 56", "usages": ["TELEPATHY"]}],
    }
    contact = IndividualContact.model_validate(record)
    assert contact.emails[0].type == "CARRIER_PIGEON"
    assert contact.phones[0].usages == ["TELEPATHY"]
    problems = validate(contact)
    assert codes(problems, "emails[0].type") == {("enum", Severity.ERROR)}
    assert codes(problems, "phones[0].usages[0]") == {("enum", Severity.ERROR)}
    assert at(problems, "emails[0].type")[0].label == "E-mail 1 type"


# --- country codes ------------------------------------------------------------------------


def test_exactly_251_country_codes_with_an_and_wg() -> None:
    assert len(COUNTRY_CODES) == 251
    assert len(COUNTRY_CODE_SET) == 251
    assert {"AN", "WG"} <= COUNTRY_CODE_SET
    documented = {c.alpha_2 for c in pycountry.countries} | {"AN", "WG"}
    assert documented == COUNTRY_CODE_SET


def test_every_country_code_is_accepted() -> None:
    for code in COUNTRY_CODES:
        assert at(validate(address(country_code=code)), "country_code") == [], code


@pytest.mark.parametrize("code", ["XX", "be", "BEL", "UK"])
def test_unknown_country_code_is_rejected(code: str) -> None:
    assert codes(validate(address(country_code=code)), "country_code") == {("enum", Severity.ERROR)}


# --- VAT and KIP patterns -----------------------------------------------------------------


def test_valid_vat_passes() -> None:
    assert at(validate(org(vat_number="BE0415928179")), "vat_number") == []


def test_wrong_vat_check_digit_is_an_error_with_plain_message() -> None:
    problems = at(validate(org(vat_number="BE0415928178")), "vat_number")
    assert len(problems) == 1
    problem = problems[0]
    assert problem.severity is Severity.ERROR
    assert problem.code == "checksum"
    assert str(problem) == "VAT number: the check digits do not match — BE0415928178"


def test_vat_as_typed_is_normalised_before_checking() -> None:
    assert at(validate(org(vat_number="BE 0415.928.179")), "vat_number") == []


def test_austrian_uid_passes() -> None:
    assert at(validate(org(vat_number="ATU13585627")), "vat_number") == []
    assert codes(validate(org(vat_number="ATU13585626")), "vat_number") == {
        ("checksum", Severity.ERROR)
    }


def test_unknown_vat_country_is_only_a_warning() -> None:
    problems = at(validate(org(vat_number="XX123456789")), "vat_number")
    assert [(p.code, p.severity) for p in problems] == [("country", Severity.WARNING)]


def test_vat_over_16_characters_breaks_kip_pattern() -> None:
    problems = at(validate(org(vat_number="BE04159281791234567")), "vat_number")
    assert [(p.code, p.severity) for p in problems] == [("pattern", Severity.ERROR)]


def test_company_registration_number_pattern() -> None:
    field = "company_registration_number"
    assert at(validate(org(company_registration_number="0415.928.179")), field) == []
    assert at(validate(org(company_registration_number="A" * 16)), field) == []
    assert codes(validate(org(company_registration_number="A" * 17)), field) == {
        ("pattern", Severity.ERROR)
    }
    too_long = at(validate(org(company_registration_number="A" * 17)), field)
    assert "at most 16" in too_long[0].message
    assert codes(validate(org(company_registration_number="0415#928")), field) == {
        ("pattern", Severity.ERROR)
    }


@pytest.mark.parametrize("language", ["NL", "NLD", "fr", "deu"])
def test_invoice_language_accepted(language: str) -> None:
    assert at(validate(org(invoice_language=language)), "invoice_language") == []


@pytest.mark.parametrize("language", ["N1", "N", "NLDE", "nl-BE"])
def test_invoice_language_rejected(language: str) -> None:
    assert codes(validate(org(invoice_language=language)), "invoice_language") == {
        ("pattern", Severity.ERROR)
    }


def test_customer_eu_vat_number_checksum() -> None:
    field = "customer_role.tax_information.eu_vat_number"

    def check(number: str) -> set[tuple[str, Severity]]:
        role = customer(tax_information=CustomerTaxInformation(eu_vat_number=number))
        return codes(validate(person(customer_role=role)), field)

    assert check("BE0415928179") == set()
    assert check("BE0415928178") == {("checksum", Severity.ERROR)}
    assert check("XX123") == {("country", Severity.WARNING)}


def test_supplier_eu_vat_number_checksum() -> None:
    role = SupplierRole(
        supplier_id="S-1",
        supplier_since=date(2020, 1, 1),
        tax_information=SupplierTaxInformation(eu_vat_number="BE0415928178"),
    )
    problems = validate(org(supplier_role=role))
    assert codes(problems, "supplier_role.tax_information.eu_vat_number") == {
        ("checksum", Severity.ERROR)
    }


# --- phones -------------------------------------------------------------------------------


def test_phone_over_35_characters_is_an_error() -> None:
    number = "+32 " + "1" * 32
    assert len(number) == 36
    problems = validate(person(phones=[Phone(number=number)]))
    assert codes(problems, "phones[0].number") == {("length", Severity.ERROR)}
    ok = "+32 2 511 11 11" + " " * 20
    assert len(ok) == 35
    assert at(errors(validate(person(phones=[Phone(number=ok)]))), "phones[0].number") == []


def test_invalid_phone_is_only_a_warning() -> None:
    problems = validate(person(phones=[Phone(number="12")], addresses=[address(country_code="BE")]))
    assert not has_errors(problems)
    assert codes(problems, "phones[0].number") == {("phone", Severity.WARNING)}


def test_phone_uses_first_address_country_as_default_region() -> None:
    phone = Phone(type="MOBILE", number="0471 12 34 56")
    with_country = person(phones=[phone], addresses=[address(), address(country_code="BE")])
    assert at(validate(with_country), "phones[0].number") == []
    without_country = person(phones=[phone])
    assert codes(validate(without_country), "phones[0].number") == {("phone", Severity.WARNING)}


def test_phone_number_required() -> None:
    assert codes(validate(person(phones=[Phone(number=" ")])), "phones[0].number") == {
        ("required", Severity.ERROR)
    }


# --- e-mail, web, address -----------------------------------------------------------------


def test_bad_email_is_an_error() -> None:
    problems = validate(person(emails=[Email(address="jan@@firma.be")]))
    found = at(problems, "emails[0].address")
    assert [(p.code, p.severity) for p in found] == [("format", Severity.ERROR)]
    assert found[0].label == "E-mail 1"
    assert "jan@@firma.be" in found[0].message


def test_email_required() -> None:
    assert codes(validate(Email(address="")), "address") == {("required", Severity.ERROR)}


@pytest.mark.parametrize("url", ["https://firma.be", "http://firma.be/contact?x=1"])
def test_web_address_accepted(url: str) -> None:
    assert validate(WebAddress(url=url)) == []


@pytest.mark.parametrize(
    "url", ["www.firma.be", "firma", "https://", "https://fir ma.be", "//firma.be"]
)
def test_web_address_must_be_absolute(url: str) -> None:
    assert codes(validate(WebAddress(url=url)), "url") == {("format", Severity.ERROR)}


def test_web_address_required() -> None:
    assert codes(validate(WebAddress(url="")), "url") == {("required", Severity.ERROR)}


def test_address_needs_a_display_form() -> None:
    assert codes(validate(address(full_address="")), "full_address") == {
        ("required", Severity.ERROR)
    }
    # Built from the parts when the display form is empty.
    assert validate(address(full_address="", street_name="Kerkstraat", city="Gent")) == []


def test_address_type_and_usage_context_required() -> None:
    problems = validate(address(type="", usage_context=""))
    assert codes(problems, "type") == {("required", Severity.ERROR)}
    assert codes(problems, "usage_context") == {("required", Severity.ERROR)}


def test_postal_code_shape_is_a_warning() -> None:
    field = "addresses[0].zip"
    good = person(addresses=[address(country_code="NL", zip="1234 AB")])
    assert at(validate(good), field) == []
    bad = person(addresses=[address(country_code="NL", zip="12345")])
    problems = at(validate(bad), field)
    assert [(p.code, p.severity) for p in problems] == [("postal_code", Severity.WARNING)]
    assert problems[0].label == "Address 1 postal code"


def test_postal_code_of_unknown_shape_is_not_checked() -> None:
    # Hong Kong has no postal codes: Google's address data gives no shape to check.
    assert validate_address(address(country_code="HK", zip="1")) == []


def test_postal_code_shapes_of_other_countries_come_from_googles_address_data() -> None:
    [problem] = validate_address(address(country_code="US", zip="1"))
    assert problem.field == "zip" and problem.severity == "warning"
    assert problem.message == "a postal code in US has another shape, e.g. 95014 — 1"
    assert validate_address(address(country_code="US", zip="94043")) == []


# --- GLN, credit limit --------------------------------------------------------------------


def test_gln_valid() -> None:
    role = customer(global_location_number="4012345000009")
    assert validate(role) == []


def test_gln_wrong_check_digit_is_a_warning() -> None:
    problems = validate(customer(global_location_number="4012345000008"))
    assert codes(problems, "global_location_number") == {("checksum", Severity.WARNING)}


@pytest.mark.parametrize("gln", ["", "1" * 257])
def test_gln_length_is_an_error(gln: str) -> None:
    problems = validate(customer(global_location_number=gln))
    assert codes(problems, "global_location_number") == {("length", Severity.ERROR)}


def test_supplier_gln_checked_too() -> None:
    role = SupplierRole(
        supplier_id="S", supplier_since=date(2020, 1, 1), global_location_number="4012345000008"
    )
    assert codes(validate(role), "global_location_number") == {("checksum", Severity.WARNING)}


def credit(value: str, unit: str) -> list[Problem]:
    role = customer(credit_limit=Money(value=Decimal(value), unit=unit))
    return validate_customer_role(role, None, "customer_role")


@pytest.mark.parametrize(
    ("value", "unit"),
    [("2500.75", "EUR"), ("120", "EUR"), ("12.500", "EUR"), ("100", "JPY"), ("1.125", "KWD")],
)
def test_credit_limit_accepted(value: str, unit: str) -> None:
    assert credit(value, unit) == []


def test_credit_limit_too_many_decimals() -> None:
    problems = credit("10.125", "EUR")
    assert codes(problems, "customer_role.credit_limit.value") == {("decimals", Severity.ERROR)}


def test_credit_limit_decimals_for_yen() -> None:
    problems = credit("100.5", "JPY")
    assert codes(problems, "customer_role.credit_limit.value") == {("decimals", Severity.ERROR)}


@pytest.mark.parametrize("unit", ["EURO", "eur", "ABC"])
def test_credit_limit_unknown_currency(unit: str) -> None:
    problems = credit("10", unit)
    assert codes(problems, "customer_role.credit_limit.unit") == {("currency", Severity.ERROR)}


def test_credit_limit_negative() -> None:
    problems = credit("-1", "EUR")
    assert codes(problems, "customer_role.credit_limit.value") == {("range", Severity.ERROR)}


# --- delivery configurations --------------------------------------------------------------


def config(brand: str | None = None, **kw: str) -> DeliveryAndInvoicingConfiguration:
    return DeliveryAndInvoicingConfiguration(limitations=DeliveryLimitations(brand_id=brand), **kw)


def delivery_problems(*configs: DeliveryAndInvoicingConfiguration) -> list[Problem]:
    home = address(id="addr-1")
    contact = person(
        addresses=[home], customer_role=customer(delivery_and_invoicing_configurations=configs)
    )
    return validate(contact)


def test_delivery_configs_distinct_are_fine() -> None:
    problems = delivery_problems(config(), config("b1"), config("b2", invoice_address_id="addr-1"))
    assert problems == []


def test_two_configs_without_limitations() -> None:
    problems = delivery_problems(config(), config())
    field = "customer_role.delivery_and_invoicing_configurations[1].limitations"
    assert codes(problems, field) == {("duplicate", Severity.ERROR)}
    assert len(errors(problems)) == 1


def test_two_configs_with_same_brand() -> None:
    problems = delivery_problems(config("b1"), config("b2"), config("b1"))
    field = "customer_role.delivery_and_invoicing_configurations[2].limitations"
    assert codes(problems, field) == {("duplicate", Severity.ERROR)}
    assert len(errors(problems)) == 1


@pytest.mark.parametrize("which", ["invoice_address_id", "delivery_address_id"])
def test_config_address_must_belong_to_contact(which: str) -> None:
    problems = delivery_problems(config(**{which: "addr-of-someone-else"}))
    field = f"customer_role.delivery_and_invoicing_configurations[0].{which}"
    assert codes(problems, field) == {("reference", Severity.ERROR)}


def test_config_address_check_skipped_without_contact() -> None:
    role = customer(delivery_and_invoicing_configurations=[config(invoice_address_id="zzz")])
    assert validate_delivery_configurations(role, None) == []


# --- professional identities --------------------------------------------------------------


def test_department_of_another_organization() -> None:
    pi = ProfessionalIdentity(
        organization_contact="org-1",
        departments=[DepartmentRef(contact_id="org-2", department_id="dep-1")],
        locations=[LocationRef(contact_id="org-1", location_id="loc-1")],
    )
    problems = validate(pi)
    assert codes(problems, "departments[0]") == {("reference", Severity.ERROR)}
    assert at(problems, "locations[0]") == []


def test_department_must_exist_in_given_organization() -> None:
    organization = org(
        id="org-1",
        departments=[Department(id="dep-1", name="Sales")],
        locations=[Location(id="loc-1", name="Gent")],
    )
    good = ProfessionalIdentity(
        organization_contact="org-1",
        departments=[DepartmentRef(contact_id="org-1", department_id="dep-1")],
        locations=[LocationRef(contact_id="org-1", location_id="loc-1")],
    )
    assert validate_professional_identity(good, organization) == []
    bad = ProfessionalIdentity(
        organization_contact="org-1",
        departments=[DepartmentRef(contact_id="org-1", department_id="dep-9")],
        locations=[LocationRef(contact_id="org-1", location_id="loc-9")],
    )
    problems = validate_professional_identity(bad, organization)
    assert codes(problems, "departments[0]") == {("reference", Severity.ERROR)}
    assert codes(problems, "locations[0]") == {("reference", Severity.ERROR)}


def test_pi_contact_points_have_nested_paths() -> None:
    pis = [
        ProfessionalIdentity(organization_contact="org-1"),
        ProfessionalIdentity(
            organization_contact="org-2",
            phones=[Phone(number="x" * 40)],
            emails=[Email(address="nope")],
        ),
    ]
    problems = validate(person(professional_identities=pis))
    assert codes(problems, "professional_identities[1].phones[0].number") == {
        ("length", Severity.ERROR)
    }
    assert codes(problems, "professional_identities[1].emails[0].address") == {
        ("format", Severity.ERROR)
    }


@pytest.mark.parametrize("org_id", ["", "x" * 257])
def test_pi_organization_required_and_length(org_id: str) -> None:
    problems = validate(ProfessionalIdentity(organization_contact=org_id))
    assert {p.severity for p in at(problems, "organization_contact")} == {Severity.ERROR}


# --- locked fields ------------------------------------------------------------------------


def test_vat_locked_once_synced() -> None:
    original = org(remote_id="r-1", vat_number="BE0415928179", company_registration_number="1")
    changed = original.model_copy(update={"vat_number": "BE0403170701"})
    assert codes(validate_locked_fields(original, changed), "vat_number") == {
        ("locked", Severity.ERROR)
    }
    reformatted = original.model_copy(update={"vat_number": "BE 0415.928.179"})
    assert validate_locked_fields(original, reformatted) == []
    reg = original.model_copy(update={"company_registration_number": "2"})
    assert codes(validate_locked_fields(original, reg), "company_registration_number") == {
        ("locked", Severity.ERROR)
    }


def test_vat_free_before_sync() -> None:
    original = org(vat_number="BE0415928179")
    changed = original.model_copy(update={"vat_number": "BE0403170701"})
    assert validate_locked_fields(original, changed) == []


def test_pi_organization_locked_once_synced() -> None:
    original = ProfessionalIdentity(id="pi-1", remote_id="r", organization_contact="org-1")
    moved = original.model_copy(update={"organization_contact": "org-2"})
    assert codes(validate_locked_fields(original, moved), "organization_contact") == {
        ("locked", Severity.ERROR)
    }
    local = ProfessionalIdentity(id="pi-2", organization_contact="org-1")
    assert (
        validate_locked_fields(local, local.model_copy(update={"organization_contact": "o"})) == []
    )
    before = person(professional_identities=[original])
    after = person(professional_identities=[local, moved])
    assert codes(
        validate_locked_fields(before, after), "professional_identities[1].organization_contact"
    ) == {("locked", Severity.ERROR)}


# --- paging and mappings ------------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 100, 5000])
def test_page_limit_accepted(limit: int) -> None:
    assert validate_page(Page(limit=limit)) == []


@pytest.mark.parametrize("limit", [0, 5001, -1])
def test_page_limit_rejected(limit: int) -> None:
    assert codes(validate(Page(limit=limit)), "limit") == {("range", Severity.ERROR)}


def test_page_offset() -> None:
    assert validate(Page(offset=0)) == []
    assert codes(validate(Page(offset=-1)), "offset") == {("range", Severity.ERROR)}


def mapping(
    internal: str, external: str, kind: ContactKind = ContactKind.INDIVIDUAL
) -> ExternalIdMapping:
    return ExternalIdMapping(kind=kind, internal=internal, external=external)


def test_mappings_one_to_one() -> None:
    assert validate_external_id_mappings([mapping("a", "1"), mapping("b", "2")]) == []
    dup_internal = validate_external_id_mappings([mapping("a", "1"), mapping("a", "2")])
    assert codes(dup_internal, "items[1].internal") == {("duplicate", Severity.ERROR)}
    assert len(dup_internal) == 1
    dup_external = validate([mapping("a", "1"), mapping("b", "1")])
    assert codes(dup_external, "items[1].external") == {("duplicate", Severity.ERROR)}
    assert len(dup_external) == 1


def test_mappings_of_different_kinds_may_share_ids() -> None:
    items = [mapping("a", "1"), mapping("a", "1", ContactKind.ORGANIZATION)]
    assert validate_external_id_mappings(items) == []


def test_mapping_id_length() -> None:
    problems = validate_external_id_mappings([mapping("", "x" * 257)])
    assert codes(problems, "items[0].internal") == {("required", Severity.ERROR)}
    assert codes(problems, "items[0].external") == {("length", Severity.ERROR)}


# --- contacts: other field rules ----------------------------------------------------------


def test_contact_name_required() -> None:
    assert codes(validate(person(name="  ")), "name") == {("required", Severity.ERROR)}


def test_external_id_length() -> None:
    assert at(validate(person(external_id="x" * 256)), "external_id") == []
    assert codes(validate(person(external_id="x" * 257)), "external_id") == {
        ("length", Severity.ERROR)
    }
    assert codes(validate(person(external_id="")), "external_id") == {("length", Severity.ERROR)}


def test_custom_field_float_fails() -> None:
    contact = person(custom_fields={"ok_bool": False, "ok_int": 2})
    assert validate(contact) == []
    contact.custom_fields["score"] = 1.5  # type: ignore[assignment]
    assert codes(validate(contact), "custom_fields.score") == {("type", Severity.ERROR)}


def test_birth_date_not_in_future() -> None:
    assert at(validate(person(date_of_birth=TODAY)), "date_of_birth") == []
    assert codes(validate(person(date_of_birth=TOMORROW)), "date_of_birth") == {
        ("future_date", Severity.ERROR)
    }
    assert validate(person(anniversary=TOMORROW)) == []


def test_founded_not_in_future() -> None:
    assert codes(validate(org(founded=TOMORROW)), "founded") == {("future_date", Severity.ERROR)}


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1997, set()),
        (TODAY.year, set()),
        (1000, set()),
        (TODAY.year + 1, {("future_date", Severity.ERROR)}),
        (999, {("range", Severity.ERROR)}),
        (97, {("range", Severity.ERROR)}),
    ],
)
def test_founding_year(year: int, expected: set[tuple[str, Severity]]) -> None:
    assert codes(validate(org(founding_year=year)), "founding_year") == expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("company", set()),
        ("hobby_group", set()),
        ("guild", {("enum", Severity.WARNING)}),
        ("Sports Club", {("pattern", Severity.ERROR)}),
    ],
)
def test_organization_type(kind: str, expected: set[tuple[str, Severity]]) -> None:
    assert codes(validate(org(organization_type=kind)), "organization_type") == expected


@pytest.mark.parametrize(
    ("open_hour", "close_hour", "fields"),
    [
        (9, 17, set()),
        (0, 23, set()),
        (None, None, set()),
        (17, 9, {"locations[0].office_close_hour"}),
        (9, 9, {"locations[0].office_close_hour"}),
        (-1, 17, {"locations[0].office_open_hour"}),
        (9, 24, {"locations[0].office_close_hour"}),
    ],
)
def test_location_hours(open_hour: int | None, close_hour: int | None, fields: set[str]) -> None:
    location = Location(name="Gent", office_open_hour=open_hour, office_close_hour=close_hour)
    problems = validate(org(locations=[location]))
    assert {p.field for p in problems} == fields
    assert all(p.severity is Severity.ERROR and p.code == "range" for p in problems)


def test_location_name_required() -> None:
    problems = validate(org(locations=[Location(name="")]))
    assert codes(problems, "locations[0].name") == {("required", Severity.ERROR)}


def test_personal_relationship_and_membership_required_fields() -> None:
    contact = person(personal_relationships=[PersonalRelationship(type="", individual_contact="")])
    problems = validate(contact)
    assert codes(problems, "personal_relationships[0].individual_contact") == {
        ("required", Severity.ERROR)
    }
    assert codes(problems, "personal_relationships[0].type") == {("required", Severity.ERROR)}
    open_type = person(
        personal_relationships=[PersonalRelationship(type="GODPARENT", individual_contact="c")]
    )
    assert validate(open_type) == []
    membership = validate(org(memberships=[Membership(type="")]))
    assert codes(membership, "memberships[0].type") == {("required", Severity.ERROR)}
    assert validate(org(memberships=[Membership(type="GUILD")])) == []


def test_roles_required_fields() -> None:
    role = CustomerRole(customer_id="", customer_since=None)
    problems = validate(person(customer_role=role))
    assert codes(problems, "customer_role.customer_id") == {("required", Severity.ERROR)}
    assert codes(problems, "customer_role.customer_since") == {("required", Severity.ERROR)}
    supplier = validate(org(supplier_role=SupplierRole(supplier_id="x" * 257)))
    assert codes(supplier, "supplier_role.supplier_id") == {("length", Severity.ERROR)}
    assert codes(supplier, "supplier_role.supplier_since") == {("required", Severity.ERROR)}
    payer = validate(org(alternative_payer_role=AlternativePayerRole()))
    assert codes(payer, "alternative_payer_role.alternative_payer_id") == {
        ("required", Severity.ERROR)
    }
    assert codes(payer, "alternative_payer_role.since") == {("required", Severity.ERROR)}


def test_tag_name_length() -> None:
    assert validate(Tag(name="VIP")) == []
    assert validate(Tag(name="x" * 256)) == []
    assert codes(validate(Tag(name="")), "name") == {("required", Severity.ERROR)}
    assert codes(validate(Tag(name="x" * 257)), "name") == {("length", Severity.ERROR)}
    problems = validate(person(tags=[Tag(name="ok"), Tag(name="")]))
    assert codes(problems, "tags[1].name") == {("required", Severity.ERROR)}


def test_images_jpeg_or_png() -> None:
    assert validate(Image(media_type="image/png", data=PNG)) == []
    assert codes(validate(Image(media_type="image/gif", data=b"GIF89a")), "media_type") == {
        ("media_type", Severity.ERROR)
    }
    too_big = Image(media_type="image/png", data=PNG + b"\x00" * (12 * 1024 * 1024))
    assert codes(validate(too_big), "data") == {("size", Severity.ERROR)}


def test_placeholder_customer_required_fields() -> None:
    good = PlaceholderCustomer(customer_id="P-1", name="Walk-in", customer_since=TODAY)
    assert validate(good) == []
    problems = validate(PlaceholderCustomer(external_id=""))
    assert {p.field for p in errors(problems)} == {
        "customer_id",
        "name",
        "customer_since",
        "external_id",
    }


def test_customer_list_name() -> None:
    assert validate(CustomerList(name="Newsletter")) == []
    assert codes(validate(CustomerList(name=" ")), "name") == {("required", Severity.ERROR)}


# --- KIP connector ------------------------------------------------------------------------


def test_kip_required_fields_are_not_part_of_validate() -> None:
    bare = org()
    assert validate(bare) == []
    fields = {p.field for p in validate_kip_company(bare)}
    assert fields == {
        "addresses",
        "phones",
        "emails",
        "vat_number",
        "company_registration_number",
        "invoice_language",
    }


def test_kip_needs_mobile_and_address_parts() -> None:
    company = full_company()
    company.phones = [Phone(type="MAIN", number="09 241 00 00")]
    company.addresses = [address(street_name=None, city="Gent", zip="9000", country_code="BE")]
    problems = validate_kip_company(company)
    assert {(p.field, p.label) for p in problems} == {
        ("phones", "Mobile phone"),
        ("addresses[0].street_name", "Address 1 street"),
    }
    assert all(p.severity is Severity.ERROR and p.code == "required" for p in problems)
    company.phones.append(Phone(type="WORK_MOBILE", number="0471 12 34 56"))
    company.addresses.append(
        address(street_name="Moutstraat", city="Gent", zip="9000", country_code="BE")
    )
    assert validate_kip_company(company) == []


# --- dispatch and problem lists -----------------------------------------------------------


def test_validate_rejects_unknown_types() -> None:
    with pytest.raises(TypeError):
        validate(object())


def test_warnings_do_not_block() -> None:
    problems = validate(org(organization_type="guild", vat_number="XX1"))
    assert problems and warnings(problems) == problems
    assert not has_errors(problems)


def test_organization_validation_function_matches_dispatch() -> None:
    company = org(vat_number="BE0415928178")
    assert validate_organization(company) == validate(company)
