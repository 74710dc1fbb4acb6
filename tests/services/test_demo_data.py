"""The sample data: the curated demo set and the bulk generator keep every rule."""

from __future__ import annotations

import random
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal

import phonenumbers
import pytest
from email_validator import validate_email
from stdnum import ean
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat

from app.domain.enums import COUNTRY_CODE_SET, KNOWN_DEPARTMENT_AREAS, KNOWN_ORGANIZATION_TYPES
from app.domain.models import (
    AnyContact,
    CustomerRole,
    Entity,
    IndividualContact,
    OrganizationContact,
    Phone,
    compose_full_address,
)
from app.domain.validation import validate
from app.services import demo_pools
from app.services.demo_data import (
    TAG_NAMES,
    DemoDataset,
    _uuid4_str,
    build_demo_dataset,
    generate_contacts,
    tag_id,
)

GENERATED_COUNT = 5000

_ZIP_SHAPES = {
    "BE": re.compile(r"\d{4}"),
    "NL": re.compile(r"\d{4} [A-EGHJ-NPRSTV-XZ]{2}"),
    "DE": re.compile(r"\d{5}"),
    "AT": re.compile(r"\d{4}"),
}
_KIP_NUMBER = re.compile(r"[A-Za-z0-9]{0,16}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}")


@pytest.fixture(scope="module")
def demo() -> DemoDataset:
    return build_demo_dataset()


@pytest.fixture(scope="module")
def generated() -> list[AnyContact]:
    return list(generate_contacts(GENERATED_COUNT, seed=3))


@pytest.fixture(scope="module", params=["demo", "generated"])
def contacts(request: pytest.FixtureRequest) -> list[AnyContact]:
    """Each test using this runs on the demo set and on the generated contacts."""
    if request.param == "demo":
        dataset: DemoDataset = request.getfixturevalue("demo")
        return dataset.contacts
    generated_contacts: list[AnyContact] = request.getfixturevalue("generated")
    return generated_contacts


# --- helpers ------------------------------------------------------------------------------


def _country(contact: AnyContact) -> str:
    """The country every phone number of the contact belongs to."""
    if isinstance(contact, IndividualContact):
        assert contact.locale is not None
        return contact.locale[-2:]
    country = contact.addresses[0].country_code
    assert country is not None
    return country


def _phones(contact: AnyContact) -> Iterator[Phone]:
    yield from contact.phones
    if isinstance(contact, IndividualContact):
        for pi in contact.professional_identities:
            yield from pi.phones


def _entities(contact: AnyContact) -> Iterator[Entity]:
    """The contact and every entity it owns (tags are shared, so they are left out)."""
    yield contact
    yield from contact.addresses
    yield from contact.emails
    yield from contact.phones
    yield from contact.web_addresses
    yield from contact.images
    if isinstance(contact, IndividualContact):
        yield from contact.personal_relationships
        for pi in contact.professional_identities:
            yield pi
            yield from pi.addresses
            yield from pi.emails
            yield from pi.phones
            yield from pi.web_addresses
    else:
        yield from contact.departments
        yield from contact.locations
        yield from contact.memberships


def _vat_numbers(contact: AnyContact) -> Iterator[str]:
    if isinstance(contact, OrganizationContact):
        for value in (contact.vat_number, contact.uid):
            if value:
                yield value
    for role in (contact.customer_role, contact.supplier_role):
        tax = role.tax_information if role is not None else None
        if tax is not None and tax.eu_vat_number:
            yield tax.eu_vat_number


def _gs1_check_digit_ok(code: str) -> bool:
    digits = [int(d) for d in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == digits[-1]


def _dump(items: Iterable[Entity]) -> list[dict[str, object]]:
    return [item.model_dump() for item in items]


# --- the demo set -------------------------------------------------------------------------


def test_demo_set_is_deterministic_for_a_seed(demo: DemoDataset) -> None:
    again = build_demo_dataset()
    assert _dump(again.contacts) == _dump(demo.contacts)
    assert _dump(again.customer_lists) == _dump(demo.customer_lists)
    assert _dump(again.placeholder_customers) == _dump(demo.placeholder_customers)
    other = build_demo_dataset(seed=8)
    assert [c.id for c in other.contacts] != [c.id for c in demo.contacts]


def test_demo_set_has_the_expected_shape(demo: DemoDataset) -> None:
    orgs, people = demo.organizations, demo.people
    assert 20 <= len(orgs) <= 30
    assert len(people) == 60
    # Organizations first, then people.
    assert demo.contacts == [*orgs, *people]
    assert {_country(o) for o in orgs} == {"BE", "NL", "DE", "AT"}
    assert {p.locale for p in people} == {"nl_BE", "fr_BE", "nl_NL", "de_DE", "de_AT"}
    types = {o.organization_type for o in orgs}
    assert types <= set(KNOWN_ORGANIZATION_TYPES)
    assert {"company", "school", "club", "kindergarten"} <= types
    assert len(demo.customer_lists) == 3
    assert len(demo.placeholder_customers) == 3
    for person in people:
        assert person.name == person.composed_name()
        assert person.given_name and person.family_name
    assert any(p.title for p in people)
    assert any(p.title_suffix for p in people)
    assert any(p.owner is not None and p.owner.type == "user" for p in people)
    assert any(p.custom_fields for p in people)
    assert sum(1 for o in orgs if o.supplier_role) >= 3
    assert sum(1 for o in orgs if o.alternative_payer_role) == 1
    assert any(o.zvr for o in orgs) and any(o.dvr for o in orgs) and any(o.uid for o in orgs)


def test_demo_set_passes_the_domain_validation(demo: DemoDataset) -> None:
    items: list[object] = [*demo.contacts, *demo.customer_lists, *demo.placeholder_customers]
    problems = {str(i): [str(p) for p in validate(i)] for i in items}
    assert {k: v for k, v in problems.items() if v} == {}


def test_demo_ids_are_unique(demo: DemoDataset) -> None:
    ids = [e.id for c in demo.contacts for e in _entities(c)]
    ids += [x.id for x in (*demo.customer_lists, *demo.placeholder_customers)]
    assert len(ids) == len(set(ids))
    for value in ids:
        assert uuid.UUID(value).version == 4


def test_professional_identities_point_into_the_demo_set(demo: DemoDataset) -> None:
    orgs = {o.id: o for o in demo.organizations}
    people = {p.id: p for p in demo.people}
    working = 0
    for person in demo.people:
        for pi in person.professional_identities:
            working += 1
            org = orgs[pi.organization_contact]
            assert _country(org) == _country(person)
            department_ids = {d.id for d in org.departments}
            location_ids = {loc.id for loc in org.locations}
            for dep in pi.departments:
                assert dep.contact_id == org.id
                assert dep.department_id in department_ids
            for loc in pi.locations:
                assert loc.contact_id == org.id
                assert loc.location_id in location_ids
    assert working >= 45
    # Founders, leaders and representatives are identities of people working there.
    for org in demo.organizations:
        refs = [*org.founders, *org.leaders]
        refs += [r.professional_identity for r in org.representatives]
        refs += [ref for loc in org.locations for ref in loc.leaders]
        for ref in refs:
            pi = next(
                pi
                for pi in people[ref.contact_id].professional_identities
                if pi.id == ref.professional_identity_id
            )
            assert pi.organization_contact == org.id
        assert org.leaders, org.name
        for department in org.departments:
            assert department.area in KNOWN_DEPARTMENT_AREAS
        for location in org.locations:
            assert location.office_open_hour is not None
            assert location.office_close_hour is not None
            assert 8 <= location.office_open_hour < location.office_close_hour <= 17
        for membership in org.memberships:
            assert membership.organization_contact in (None, *orgs)
    assert any(o.founders for o in demo.organizations)
    assert any(o.representatives for o in demo.organizations)


def test_demo_relationships_and_references(demo: DemoDataset) -> None:
    orgs = {o.id: o for o in demo.organizations}
    people = {p.id: p for p in demo.people}
    spouses = 0
    for person in demo.people:
        for rel in person.personal_relationships:
            other = people[rel.individual_contact]
            assert other.id != person.id
            back = [r for r in other.personal_relationships if r.individual_contact == person.id]
            assert [r.type for r in back] == [rel.type]
            spouses += rel.type == "SPOUSE"
    assert spouses >= 4  # at least two couples, both directions
    payers = [o.customer_role.alternative_payer for o in orgs.values() if o.customer_role]
    for payer in payers:
        if payer is not None:
            assert orgs[payer.id].alternative_payer_role is not None
    members = {m for cl in demo.customer_lists for m in cl.member_ids}
    assert members <= {c.id for c in demo.contacts}
    for customer_list in demo.customer_lists:
        assert customer_list.member_ids
        assert len(customer_list.member_ids) == len(set(customer_list.member_ids))


# --- both sets ----------------------------------------------------------------------------


def test_vat_numbers_are_valid(contacts: list[AnyContact]) -> None:
    seen = 0
    for contact in contacts:
        for number in _vat_numbers(contact):
            seen += 1
            assert eu_vat.is_valid(number), number
            assert _KIP_NUMBER.fullmatch(number)
            assert number[:2] == _country(contact)
        if isinstance(contact, OrganizationContact):
            registration = contact.company_registration_number
            if registration:
                assert _KIP_NUMBER.fullmatch(registration), registration
            if _country(contact) == "BE":
                assert registration is not None and be_vat.is_valid(registration)
                if contact.vat_number:
                    assert registration == contact.vat_number[2:]
            if contact.uid:
                assert contact.uid == contact.vat_number
            assert contact.invoice_language and _LANGUAGE.fullmatch(contact.invoice_language)
    assert seen > 10


def test_global_location_numbers_have_a_valid_check_digit(contacts: list[AnyContact]) -> None:
    glns = []
    for contact in contacts:
        for role in (contact.customer_role, contact.supplier_role):
            if role is not None and role.global_location_number:
                glns.append(role.global_location_number)
    assert glns
    for gln in glns:
        assert re.fullmatch(r"\d{13}", gln)
        assert _gs1_check_digit_ok(gln), gln
        assert ean.is_valid(gln), gln


def test_phone_numbers_are_valid_for_their_country(contacts: list[AnyContact]) -> None:
    numbers = []
    for contact in contacts:
        country = _country(contact)
        for phone in _phones(contact):
            numbers.append(phone.number)
            assert len(phone.number) <= 35
            parsed = phonenumbers.parse(phone.number, None)
            assert phonenumbers.is_valid_number(parsed), phone.number
            assert phonenumbers.region_code_for_number(parsed) == country, phone.number
            international = phonenumbers.PhoneNumberFormat.INTERNATIONAL
            assert phonenumbers.format_number(parsed, international) == phone.number
            is_mobile = phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
            assert is_mobile == (phone.type in ("MOBILE", "PERSONAL_MOBILE", "WORK_MOBILE"))
    assert len(numbers) == len(set(numbers))


def test_email_addresses_are_valid_and_unique(contacts: list[AnyContact]) -> None:
    addresses = []
    for contact in contacts:
        emails = list(contact.emails)
        if isinstance(contact, IndividualContact):
            emails += [e for pi in contact.professional_identities for e in pi.emails]
        for email in emails:
            addresses.append(email.address)
            validate_email(email.address, check_deliverability=False)
    assert len(addresses) == len(set(addresses))


def test_addresses_have_known_countries_and_postal_code_shapes(
    contacts: list[AnyContact],
) -> None:
    for contact in contacts:
        assert contact.addresses or isinstance(contact, IndividualContact)
        for address in contact.addresses:
            assert address.country_code in COUNTRY_CODE_SET
            assert address.country_code in _ZIP_SHAPES
            assert address.zip and _ZIP_SHAPES[address.country_code].fullmatch(address.zip)
            if address.country_code == "NL":
                assert address.zip[-2:] not in ("SA", "SD", "SS")
            assert address.full_address == compose_full_address(address)
        for web in contact.web_addresses:
            assert web.url.startswith("https://")


def test_delivery_configurations_refer_to_own_addresses(contacts: list[AnyContact]) -> None:
    roles: list[tuple[AnyContact, CustomerRole]] = [
        (c, c.customer_role) for c in contacts if c.customer_role is not None
    ]
    assert roles
    with_brand = 0
    for contact, role in roles:
        own = {a.id for a in contact.addresses}
        configs = role.delivery_and_invoicing_configurations
        for config in configs:
            for address_id in (config.invoice_address_id, config.delivery_address_id):
                assert address_id is None or address_id in own
        keys = [config.limitations.key() for config in configs]
        assert len(keys) == len(set(keys))
        assert sum(1 for config in configs if config.limitations.is_empty()) <= 1
        with_brand += any(config.limitations.brand_id for config in configs)
        assert role.customer_id and role.customer_since is not None
        if role.credit_limit is not None:
            assert role.credit_limit.unit == "EUR"
            assert role.credit_limit.value.as_tuple().exponent == -2
            assert role.credit_limit.value > Decimal(0)
    assert with_brand
    customer_ids = [role.customer_id for _, role in roles]
    assert len(customer_ids) == len(set(customer_ids))


def test_tags_with_the_same_name_share_one_id(contacts: list[AnyContact]) -> None:
    by_name: dict[str, set[str]] = {}
    for contact in contacts:
        for tag in contact.tags:
            by_name.setdefault(tag.name, set()).add(tag.id)
        assert len({t.name for t in contact.tags}) == len(contact.tags)
    assert set(by_name) <= set(TAG_NAMES)
    assert len(by_name) >= 4
    for name, ids in by_name.items():
        assert ids == {tag_id(name)}


def test_people_are_plausible(contacts: list[AnyContact]) -> None:
    for contact in contacts:
        if isinstance(contact, IndividualContact):
            assert contact.locale in demo_pools.REGION_LOCALE.values()
            assert contact.gender in ("female", "male", "unspecified")
            assert contact.date_of_birth is not None and contact.date_of_birth.year <= 2006
            assert contact.name == contact.composed_name()
            for value in contact.custom_fields.values():
                assert value is None or isinstance(value, str | bool | int)


# --- the bulk generator -------------------------------------------------------------------


def test_generate_contacts_yields_both_kinds_with_unique_ids(
    generated: list[AnyContact],
) -> None:
    assert len(generated) == GENERATED_COUNT
    kinds = Counter(type(c) for c in generated)
    assert kinds[OrganizationContact] == GENERATED_COUNT * 3 // 20
    assert kinds[IndividualContact] == GENERATED_COUNT - kinds[OrganizationContact]
    ids = [e.id for c in generated for e in _entities(c)]
    assert len(ids) == len(set(ids))


def test_generated_identities_point_to_organizations_yielded_earlier(
    generated: list[AnyContact],
) -> None:
    earlier: dict[str, OrganizationContact] = {}
    identities = 0
    for contact in generated:
        if isinstance(contact, OrganizationContact):
            earlier[contact.id] = contact
            continue
        for pi in contact.professional_identities:
            identities += 1
            org = earlier[pi.organization_contact]
            assert _country(org) == _country(contact)
            assert {d.department_id for d in pi.departments} <= {d.id for d in org.departments}
            assert {loc.location_id for loc in pi.locations} <= {loc.id for loc in org.locations}
            assert all(d.contact_id == org.id for d in pi.departments)
            assert all(loc.contact_id == org.id for loc in pi.locations)
            assert pi.emails[0].address.endswith(org.emails[0].address.split("@")[1])
    assert identities > GENERATED_COUNT // 5


def test_generated_contacts_are_what_validation_would_build(
    generated: list[AnyContact],
) -> None:
    """Built without validation, the contacts still equal their validated copies."""
    for contact in generated:
        copy = type(contact).model_validate(contact.model_dump())
        assert copy == contact
        assert contact.model_dump() == copy.model_dump()
    # Default lists are fresh for every contact.
    first, second = generated[1], generated[2]
    assert first.images is not second.images


def test_generated_contacts_pass_the_domain_validation(generated: list[AnyContact]) -> None:
    problems = {c.name: [str(p) for p in validate(c)] for c in generated}
    assert {k: v for k, v in problems.items() if v} == {}


def test_generated_people_are_varied_and_have_the_expected_parts(
    generated: list[AnyContact],
) -> None:
    people = [c for c in generated if isinstance(c, IndividualContact)]
    names = Counter(p.name for p in people)
    assert len(names) >= 0.9 * len(people)
    assert len({p.family_name for p in people}) >= 400
    for person in people:
        assert len(person.addresses) == 1
        assert 1 <= len(person.emails) <= 2
        assert 1 <= len(person.phones) <= 2
        assert len(person.professional_identities) <= 1
    assert any(p.customer_role for p in people)
    assert any(p.tags for p in people)
    assert {p.locale for p in people} == set(demo_pools.REGION_LOCALE.values())


def test_generate_contacts_is_deterministic_for_a_seed() -> None:
    first = list(generate_contacts(400, seed=11))
    again = list(generate_contacts(400, seed=11))
    other = list(generate_contacts(400, seed=12))
    assert _dump(first) == _dump(again)
    assert [c.id for c in first] != [c.id for c in other]
    assert list(generate_contacts(0)) == []
    with pytest.raises(ValueError):
        list(generate_contacts(-1))


# --- pools and helpers --------------------------------------------------------------------


def test_name_pools_are_large_enough() -> None:
    given = {n for names in demo_pools.GIVEN_NAMES.values() for n, _ in names}
    family = {n for names in demo_pools.FAMILY_NAMES.values() for n in names}
    assert len(given) >= 380
    assert len(family) >= 550
    for region in demo_pools.REGIONS:
        assert demo_pools.CITIES[region] and demo_pools.STREETS[region]
        for city in demo_pools.CITIES[region]:
            country = demo_pools.REGION_COUNTRY[region]
            shape = r"\d{5}" if country == "DE" else r"\d{4}"
            assert re.fullmatch(shape, city.zip), city


def test_fast_uuid_matches_the_uuid_module() -> None:
    rng = random.Random(5)
    for _ in range(1000):
        bits = rng.getrandbits(128)
        assert _uuid4_str(bits) == str(uuid.UUID(int=bits, version=4))


def test_generated_ids_are_version_7_uuids_of_the_moment_rising_from_contact_to_contact(
    generated: list[AnyContact],
) -> None:
    moment = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    contacts = list(generate_contacts(5000, seed=3, moment=moment))
    start = int(moment.timestamp() * 1000)
    ids = [c.id for c in contacts]
    # Each contact's id is above the previous contact's, and above the ids of its parts.
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for contact in contacts:
        owned = [e.id for e in _entities(contact)]
        assert max(owned) == contact.id
        for value in owned:
            parsed = uuid.UUID(value)
            assert str(parsed) == value
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
            # The first 48 bits: the milliseconds since 1970, 4096 ids in each.
            assert start <= parsed.int >> 80 <= start + 20
    # The moment and the seed decide the ids; without a moment they are of a fixed one.
    assert [c.id for c in generate_contacts(50, seed=3, moment=moment)] == ids[:50]
    assert all(uuid.UUID(c.id).int >> 80 < start for c in generated)
