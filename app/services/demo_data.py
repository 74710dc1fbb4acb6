"""Sample data: a curated demo set for a first look, and a fast bulk generator for benchmarks.

Only domain objects are made here; storing them is the store's business.

* :func:`build_demo_dataset` returns about 25 organizations and 60 people from Belgium, the
  Netherlands, Germany and Austria, with the relations a real address book has (people working
  at organizations, founders and leaders, spouses, customer and supplier roles, tags shared by
  name, customer lists and placeholder customers).  Every object is built through pydantic
  validation.
* :func:`generate_contacts` yields any number of contacts quickly.  It skips pydantic
  validation (see :func:`_maker`) and draws phone numbers from templates checked once with
  ``phonenumbers``; VAT numbers get their check digits computed per organization.

Both are deterministic for a given seed: content comes from ``random.Random(seed)`` and ids
are UUIDs with their random bits taken from a seeded generator: random-looking version-4 ones
in the demo set, time-ordered version-7 ones (of a given moment) from the bulk generator.  Tag ids depend only on the
tag's name, so the same tag has the same id in every data set.
"""

from __future__ import annotations

import random
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from hashlib import blake2b
from typing import Any, TypeVar, cast

import phonenumbers
from pydantic import BaseModel
from stdnum import ean
from stdnum.at import uid as at_uid
from stdnum.iso7064 import mod_11_10

from app.collector import collector_resting
from app.domain.enums import (
    AddressType,
    AddressUsage,
    EmailType,
    PhoneType,
    PhoneUsage,
    UsageContext,
    WebAddressType,
)
from app.domain.models import (
    Address,
    AlternativePayerRole,
    AnyContact,
    ContactRef,
    CustomerCard,
    CustomerList,
    CustomerRole,
    CustomerTaxInformation,
    CustomFieldValue,
    DeliveryAndInvoicingConfiguration,
    DeliveryLimitations,
    Department,
    DepartmentRef,
    Email,
    IndividualContact,
    Location,
    LocationRef,
    Membership,
    Money,
    OrganizationContact,
    Owner,
    PersonalRelationship,
    Phone,
    PlaceholderCustomer,
    ProfessionalIdentity,
    ProfessionalIdentityRef,
    Representative,
    SupplierRole,
    SupplierTaxInformation,
    Tag,
    WebAddress,
    new_id,
)
from app.services import demo_pools as pools
from app.services.demo_pools import DEMO_ORGANIZATIONS, MANAGEMENT, City, OrgSpec

__all__ = [
    "TAG_NAMES",
    "DemoDataset",
    "build_demo_dataset",
    "generate_contacts",
    "tag_id",
]

TAG_NAMES: tuple[str, ...] = ("VIP", "Newsletter", "Partner", "Lead", "Supplier", "Wholesale")

_ORGANIZATION = UsageContext.ORGANIZATION.value
_PERSONAL = UsageContext.PERSONAL.value
_PROFESSIONAL = UsageContext.PROFESSIONAL.value
_CALL = [PhoneUsage.CALL.value]
_MOBILE_USAGES = (
    [PhoneUsage.CALL.value, PhoneUsage.SMS.value, PhoneUsage.WHATSAPP.value],
    [PhoneUsage.EVERYTHING.value],
    [PhoneUsage.CALL.value, PhoneUsage.SMS.value],
)
_EUR = "EUR"
_CENT = Decimal("0.01")


# --- ids ----------------------------------------------------------------------------------


def _uuid4_str(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))``, about three times faster."""
    bits &= ~((0xC000 << 48) | (0xF000 << 64))
    bits |= (0x8000 << 48) | (0x4000 << 64)
    h = f"{bits:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Ids:
    """Deterministic version-4 UUID strings from a seeded generator."""

    def __init__(self, seed: str) -> None:
        self._bits = random.Random(seed).getrandbits

    def __call__(self) -> str:
        return _uuid4_str(self._bits(128))


# Version 7 (RFC 9562): 48 bits of Unix time in milliseconds, the version, 12 bits of a
# counter within the millisecond (the standard's "fixed bit-length dedicated counter"), the
# variant and 62 random bits.
_V7_COUNTERS = tuple(f"{n:03x}-" for n in range(4096))
# The first hex digit of the last 64 bits: the variant (binary 10) and two random bits.
_V7_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
# The moment the ids of :func:`generate_contacts` tell by default.
_GENERATED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def _time_ordered_ids(seed: str, moment: datetime) -> Callable[[], str]:
    """Deterministic version-7 UUID strings, each above the one before: made at ``moment``,
    4096 a millisecond, their random part from a generator seeded with ``seed``.

    A book keeps its tables and indexes in the order of these ids, so rows with rising ids
    are added at the end of each, where the pages are at hand, instead of anywhere in them:
    that keeps writing a million generated contacts about as fast per contact as a thousand.
    """
    random_bytes = random.Random(seed).randbytes
    variant = _V7_VARIANT

    def ids() -> Iterator[str]:
        ms = int(moment.timestamp() * 1000)
        while True:
            t = f"{ms:012x}"
            prefix = f"{t[:8]}-{t[8:]}-7"
            # 64 random bits for each id of the millisecond, as hex digits.
            h = random_bytes(8 * len(_V7_COUNTERS)).hex()
            i = 0
            for counter in _V7_COUNTERS:
                yield f"{prefix}{counter}{variant[h[i]]}{h[i + 1 : i + 4]}-{h[i + 4 : i + 16]}"
                i += 16
            ms += 1

    return ids().__next__


def tag_id(name: str) -> str:
    """The id of the demo tag called ``name``: the same in every data set and every seed."""
    return _uuid4_str(random.Random(f"kontor-tag:{name}").getrandbits(128))


def _make_tags() -> dict[str, Tag]:
    return {name: Tag(id=tag_id(name), name=name) for name in TAG_NAMES}


def generated_tags() -> list[Tag]:
    """The tags :func:`generate_contacts` gives contacts (the same for every seed)."""
    return list(_make_tags().values())


# --- text ---------------------------------------------------------------------------------

_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "œ": "oe",
        "æ": "ae",
        "ø": "o",
        "ı": "i",
        "&": " ",
    }
)


def _ascii(text: str) -> str:
    """``text`` in plain ASCII: umlauts spelled out, other accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _local_part(text: str) -> str:
    """A name as part of an e-mail address: ``"van der Meer"`` -> ``"vandermeer"``."""
    return "".join(ch for ch in _ascii(text).lower() if ch.isalnum() or ch == "-")


def _domain_label(text: str) -> str:
    """A name as a domain label: ``"Müller & Söhne"`` -> ``"mueller-soehne"``."""
    words = "".join(ch if ch.isalnum() else " " for ch in _ascii(text).lower()).split()
    return "-".join(words)[:50].strip("-")


def _gendered(title: str, gender: str | None) -> str:
    """Pick the form of a ``"male|female"`` job title."""
    if "|" not in title:
        return title
    male, female = title.split("|", 1)
    return female if gender == "female" else male


def _full_address(
    street: str, number: str, additional: str | None, zip_code: str, city: str, country: str
) -> str:
    """The same text as :func:`app.domain.models.compose_full_address` for these parts."""
    parts = [f"{street} {number}", additional, f"{zip_code} {city}", country]
    return ", ".join(p for p in parts if p)


# --- check digits -------------------------------------------------------------------------


def _be_enterprise_number(rng: random.Random) -> str:
    """A Belgian enterprise number (10 digits): 8 digits + ``97 - (those mod 97)``."""
    if rng.random() < 0.1:
        body = rng.randrange(10_000_000, 12_000_000)  # the newer 1xxx.xxx.xxx range
    else:
        body = rng.randrange(2_000_000, 10_000_000)  # 0200.xxx.xxx to 0999.xxx.xxx
    return f"{body:08d}{97 - body % 97:02d}"


def _nl_vat(rng: random.Random) -> str:
    """A Dutch btw number: 9 digits passing the eleven-test, then ``B01``."""
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        check = sum((9 - i) * d for i, d in enumerate(digits)) % 11
        if check < 10:
            return "NL" + "".join(map(str, digits)) + str(check) + "B01"


def _de_vat(rng: random.Random) -> str:
    """A German USt-IdNr: 8 digits + ISO 7064 mod 11,10 check digit."""
    body = str(rng.randrange(10_000_000, 100_000_000))
    return "DE" + body + mod_11_10.calc_check_digit(body)


def _at_vat(rng: random.Random) -> str:
    """An Austrian UID: ``ATU`` + 7 digits + check digit."""
    body = "U" + str(rng.randrange(1_000_000, 10_000_000))
    return "AT" + body + at_uid.calc_check_digit(body)


def _vat_number(country: str, rng: random.Random) -> str:
    if country == "BE":
        return "BE" + _be_enterprise_number(rng)
    if country == "NL":
        return _nl_vat(rng)
    if country == "DE":
        return _de_vat(rng)
    return _at_vat(rng)


def _gln(country: str, rng: random.Random) -> str:
    """A Global Location Number: GS1 prefix of the country, 12 digits + GS1 check digit."""
    body = rng.choice(pools.GS1_PREFIXES[country]) + f"{rng.randrange(10**9):09d}"
    return body + ean.calc_check_digit(body)


def _registration_number(
    country: str, org_type: str, legal_form: str, vat: str | None, rng: random.Random
) -> str | None:
    """A company registration number in the shape used in ``country`` (no spaces)."""
    if country == "BE":
        return vat[2:] if vat else _be_enterprise_number(rng)
    if country == "NL":
        return f"{rng.randrange(10_000_000, 100_000_000)}"  # KvK number
    if country == "DE":
        if legal_form.endswith("e.V.") or org_type != "company":
            return f"VR{rng.randrange(1000, 20000)}"  # Vereinsregister
        register = "HRA" if "KG" in legal_form or legal_form == "e.K." else "HRB"
        return f"{register}{rng.randrange(10000, 800000)}"
    if org_type == "company":  # AT: Firmenbuchnummer
        return f"FN{rng.randrange(10000, 700000)}{rng.choice('abdfghikmpstvwxyz')}"
    return None


# --- addresses ----------------------------------------------------------------------------


def _zip_code(city: City, rng: random.Random) -> str:
    if pools.REGION_COUNTRY[city.region] != "NL":
        return city.zip
    letters = pools.NL_POSTCODE_LETTERS
    while True:
        pair = rng.choice(letters) + rng.choice(letters)
        if pair not in pools.NL_POSTCODE_FORBIDDEN_PAIRS:
            return f"{city.zip} {pair}"


def _street_number(region: str, rng: random.Random) -> tuple[str, str | None]:
    """A house number and, sometimes, the ``additional`` line (a Belgian box number)."""
    number = str(int(rng.triangular(1, 220, 12)))
    additional: str | None = None
    roll = rng.random()
    if region in ("be_nl", "be_fr") and roll < 0.15:
        additional = f"{'bus' if region == 'be_nl' else 'bte'} {rng.randrange(1, 30)}"
    elif region == "nl" and roll < 0.15:
        number += rng.choice(("A", "B", "-1", "-2", "-hs"))
    elif region == "de" and roll < 0.12:
        number += rng.choice("abc")
    elif region == "at" and roll < 0.35:
        number += f"/{rng.randrange(1, 25)}"
    return number, additional


# --- phone numbers ------------------------------------------------------------------------

_CALLING_CODES: dict[str, str] = {"BE": "32", "NL": "31", "DE": "49", "AT": "43"}
# Total length of the national significant number of a fixed line, by area code length.
_FIXED_TOTALS: dict[str, dict[int, tuple[int, ...]]] = {
    "BE": {1: (8,), 2: (8,)},
    "NL": {2: (9,), 3: (9,)},
    "DE": {2: (10, 11), 3: (10, 11), 4: (10, 11)},
    "AT": {1: (8, 9), 3: (9, 10), 4: (9, 10)},
}
_TAIL = 4  # digits filled in per number; the rest is a checked template
_INTERNATIONAL = phonenumbers.PhoneNumberFormat.INTERNATIONAL
_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE})
_FIXED_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def _phone_format(country: str, nsn: str, mobile: bool) -> str | None:
    """The international form of a number if ``phonenumbers`` finds it valid as wanted."""
    number = phonenumbers.parse(f"+{_CALLING_CODES[country]}{nsn}")
    if not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.region_code_for_number(number) != country:
        return None
    wanted = _MOBILE_TYPES if mobile else _FIXED_TYPES
    if phonenumbers.number_type(number) not in wanted:
        return None
    return phonenumbers.format_number(number, _INTERNATIONAL)


def _blank_tail(formatted: str) -> str:
    """``"+32 470 12 34 56"`` -> ``"+32 470 12 {}{} {}{}"``: a ``str.format`` template."""
    chars = list(formatted)
    for i in [i for i, ch in enumerate(chars) if ch.isdigit()][-_TAIL:]:
        chars[i] = "{}"
    return "".join(chars)


def _phone_template(country: str, stem: str, mobile: bool) -> str | None:
    """A template for ``stem`` + any four digits, or None unless every probe is valid."""
    template: str | None = None
    for tail in ("0000", "9999", "4711", "2580", "0815"):
        formatted = _phone_format(country, stem + tail, mobile)
        if formatted is None:
            return None
        blank = _blank_tail(formatted)
        if template is None:
            template = blank
        elif blank != template:
            return None
    return template


def _templates_for(
    rng: random.Random,
    country: str,
    prefixes: Sequence[tuple[str, tuple[int, ...]]],
    mobile: bool,
    wanted: int,
) -> tuple[str, ...]:
    found: list[str] = []
    seen: set[str] = set()
    for _ in range(wanted * 60):
        prefix, totals = rng.choice(prefixes)
        free = rng.choice(totals) - len(prefix) - _TAIL
        if free < 1:
            continue
        middle = str(rng.randrange(2, 10)) + "".join(
            str(rng.randrange(10)) for _ in range(free - 1)
        )
        stem = prefix + middle
        if stem in seen:
            continue
        seen.add(stem)
        template = _phone_template(country, stem, mobile)
        if template is not None:
            found.append(template)
            if len(found) == wanted:
                return tuple(found)
    if not found:
        raise RuntimeError(f"no valid phone numbers for {country} {prefixes[0][0]}")
    return tuple(found)


@dataclass(frozen=True)
class _PhoneTemplates:
    mobile: dict[str, tuple[str, ...]]
    fixed: dict[tuple[str, str], tuple[str, ...]]


@lru_cache(maxsize=1)
def _phone_templates() -> _PhoneTemplates:
    """Phone number templates checked once with ``phonenumbers`` (about 0.3 s)."""
    rng = random.Random("kontor-phone-templates")
    mobile = {
        country: _templates_for(rng, country, plans, True, 48)
        for country, plans in pools.MOBILE_PLANS.items()
    }
    fixed: dict[tuple[str, str], tuple[str, ...]] = {}
    for region in pools.REGIONS:
        country = pools.REGION_COUNTRY[region]
        for city in pools.CITIES[region]:
            key = (country, city.area_code)
            if key not in fixed:
                totals = _FIXED_TOTALS[country][len(city.area_code)]
                fixed[key] = _templates_for(rng, country, [(city.area_code, totals)], False, 6)
    return _PhoneTemplates(mobile, fixed)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(*f"{rng.randrange(10**_TAIL):0{_TAIL}d}")


# --- demo data set ------------------------------------------------------------------------


@dataclass
class DemoDataset:
    """What :func:`build_demo_dataset` returns: insert the contacts first, then the rest."""

    contacts: list[AnyContact]  # organizations first, then people
    customer_lists: list[CustomerList]
    placeholder_customers: list[PlaceholderCustomer]

    @property
    def organizations(self) -> list[OrganizationContact]:
        return [c for c in self.contacts if isinstance(c, OrganizationContact)]

    @property
    def people(self) -> list[IndividualContact]:
        return [c for c in self.contacts if isinstance(c, IndividualContact)]


_HQ_NAME: dict[str, str] = {
    "be_nl": "Hoofdzetel {}",
    "be_fr": "Siège {}",
    "nl": "Hoofdkantoor {}",
    "de": "Zentrale {}",
    "at": "Hauptsitz {}",
}
_INVOICE_MAILBOX: dict[str, str] = {
    "be_nl": "facturatie",
    "be_fr": "factures",
    "nl": "facturen",
    "de": "rechnung",
    "at": "buchhaltung",
}
_OWNERS: tuple[Owner, ...] = (
    Owner(
        id="kanbert-user-101",
        type="user",
        first_name="Sofie",
        last_name="Claes",
        email="sofie.claes@example.com",
    ),
    Owner(
        id="kanbert-user-102",
        type="user",
        first_name="Daan",
        last_name="Visser",
        email="daan.visser@example.com",
    ),
    Owner(
        id="kanbert-user-103",
        type="user",
        first_name="Katharina",
        last_name="Moser",
        email="katharina.moser@example.com",
    ),
)
_NOTES: tuple[str, ...] = (
    "Prefers calls before 10:00.",
    "Met at the trade fair in Kortrijk.",
    "Send the catalogue in spring.",
    "Allergic to nuts: no pralines as a gift.",
    "Asked for a quote for the new season.",
    "Speaks Dutch, German and English.",
)
_BRAND_NAMES: tuple[str, ...] = ("house-brand", "premium-line")
_CUSTOMERS_SINCE = (date(2008, 1, 1).toordinal(), date(2025, 6, 30).toordinal())


def _date_between(rng: random.Random, first: int, last: int) -> date:
    return date.fromordinal(rng.randint(first, last))


def _find_city(region: str, name: str) -> City:
    for city in pools.CITIES[region]:
        if city.name == name:
            return city
    raise KeyError(f"{name} is not a city of {region}")


@dataclass
class _OrgInfo:
    """What the people of the demo set need to know about an organization."""

    spec: OrgSpec
    contact: OrganizationContact
    city: City
    departments: dict[str, Department]  # by area
    staff: list[tuple[IndividualContact, ProfessionalIdentity]] = field(default_factory=list)


class _DemoBuilder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ids = _Ids(f"kontor-demo-ids:{seed}")
        self.phones = _phone_templates()
        self.tags = _make_tags()
        self.brand_ids = {name: self.ids() for name in _BRAND_NAMES}
        self.used_numbers: set[str] = set()
        self.used_emails: set[str] = set()
        self.used_names: set[tuple[str, str]] = set()
        self.next_customer = 10001
        self.next_supplier = 2001

    # --- small helpers ---

    def customer_id(self) -> str:
        value = self.next_customer
        self.next_customer += self.rng.randint(1, 37)
        return f"C-{value}"

    def supplier_id(self) -> str:
        value = self.next_supplier
        self.next_supplier += self.rng.randint(1, 9)
        return f"S-{value}"

    def number(self, templates: Sequence[str]) -> str:
        while True:
            value = _fill(self.rng.choice(templates), self.rng)
            if value not in self.used_numbers:
                self.used_numbers.add(value)
                return value

    def mobile(self, country: str) -> str:
        return self.number(self.phones.mobile[country])

    def landline(self, city: City) -> str:
        key = (pools.REGION_COUNTRY[city.region], city.area_code)
        return self.number(self.phones.fixed[key])

    def unique_email(self, local: str, domain: str) -> str:
        address = f"{local}@{domain}"
        n = 2
        while address in self.used_emails:
            address = f"{local}{n}@{domain}"
            n += 1
        self.used_emails.add(address)
        return address

    def address(
        self,
        *,
        type_: str,
        context: str,
        usages: list[str],
        street: str,
        number: str,
        zip_code: str,
        city: str,
        country: str,
        additional: str | None = None,
    ) -> Address:
        return Address(
            id=self.ids(),
            type=type_,
            usage_context=context,
            full_address=_full_address(street, number, additional, zip_code, city, country),
            street_name=street,
            street_number=number,
            additional=additional,
            city=city,
            zip=zip_code,
            country_code=country,
            usages=usages,
        )

    def home_address(self, region: str, city: City | None = None) -> Address:
        rng = self.rng
        city = city or rng.choice(pools.CITIES[region])
        number, additional = _street_number(region, rng)
        return self.address(
            type_=AddressType.RESIDENTIAL_HOME.value,
            context=_PERSONAL,
            usages=[AddressUsage.EVERYTHING.value],
            street=rng.choice(pools.STREETS[region]),
            number=number,
            additional=additional,
            zip_code=_zip_code(city, rng),
            city=city.name,
            country=pools.REGION_COUNTRY[region],
        )

    # --- organizations ---

    def organization(self, spec: OrgSpec, org_id: str) -> _OrgInfo:
        rng, ids = self.rng, self.ids
        region = spec.region
        country = pools.REGION_COUNTRY[region]
        language = pools.REGION_LANGUAGE[region]
        city = _find_city(region, spec.city)
        second = spec.second_address

        hq = self.address(
            type_=(
                AddressType.HEADQUARTERS.value
                if spec.org_type == "company"
                else AddressType.NOT_QUALIFIED.value
            ),
            context=_ORGANIZATION,
            usages=(
                [AddressUsage.CORRESPONDENCE.value, AddressUsage.INVOICES.value]
                if second
                else [AddressUsage.EVERYTHING.value]
            ),
            street=spec.street,
            number=spec.number,
            zip_code=spec.zip,
            city=spec.city,
            country=country,
        )
        addresses = [hq]
        if second:
            addresses.append(
                self.address(
                    type_=second.type,
                    context=_ORGANIZATION,
                    usages=[AddressUsage.SHIPPING.value],
                    street=second.street,
                    number=second.number,
                    zip_code=second.zip,
                    city=second.city,
                    country=country,
                )
            )

        emails = [
            Email(
                id=ids(),
                type=EmailType.WORK_EMAIL.value,
                usage_context=_ORGANIZATION,
                address=self.unique_email("info", spec.domain),
            )
        ]
        if spec.customer and spec.vat:
            emails.append(
                Email(
                    id=ids(),
                    type=EmailType.WORK_EMAIL.value,
                    usage_context=_ORGANIZATION,
                    description="Invoices",
                    address=self.unique_email(_INVOICE_MAILBOX[region], spec.domain),
                )
            )
        phones = [
            Phone(
                id=ids(),
                type=PhoneType.MAIN.value,
                usage_context=_ORGANIZATION,
                number=self.landline(city),
                usages=list(_CALL),
            )
        ]
        if spec.fax:
            phones.append(
                Phone(
                    id=ids(),
                    type=PhoneType.MAIN_FAX.value,
                    usage_context=_ORGANIZATION,
                    number=self.landline(city),
                )
            )
        web = [
            WebAddress(
                id=ids(),
                type=WebAddressType.ORGANIZATION_WEBSITE.value,
                usage_context=_ORGANIZATION,
                url=f"https://www.{spec.domain}/",
            )
        ]

        departments: dict[str, Department] = {}
        for i, area in enumerate(spec.areas):
            departments[area] = Department(
                id=ids(),
                name=pools.DEPARTMENT_NAMES[area][language],
                area=area,
                code=f"{(i + 1) * 100}",
            )
        open_hour, close_hour = rng.choice(((8, 17), (8, 17), (8, 16), (9, 17)))
        locations = [
            Location(
                id=ids(),
                name=_HQ_NAME[region].format(spec.city),
                member_count=rng.randint(4, 180) if spec.org_type == "company" else None,
                office_open_hour=open_hour,
                office_close_hour=close_hour,
            )
        ]
        if second and second.site:
            locations.append(
                Location(
                    id=ids(),
                    name=second.site,
                    member_count=rng.randint(2, 25),
                    office_open_hour=8,
                    office_close_hour=rng.choice((16, 17)),
                )
            )

        vat = _vat_number(country, rng) if spec.vat else None
        registration = _registration_number(country, spec.org_type, spec.legal_form, vat, rng)
        customer_role = None
        if spec.customer:
            customer_role = self.customer_role(spec, vat, country, addresses)
        supplier_role = None
        if spec.supplier:
            supplier_role = SupplierRole(
                supplier_id=self.supplier_id(),
                supplier_since=_date_between(rng, *_CUSTOMERS_SINCE),
                my_customer_id=f"K-{rng.randrange(10000, 99999)}",
                tax_information=SupplierTaxInformation(eu_vat_number=vat) if vat else None,
                global_location_number=_gln(country, rng) if spec.gln else None,
            )
        payer_role = None
        if spec.alternative_payer:
            payer_role = AlternativePayerRole(
                alternative_payer_id=f"AP-{rng.randrange(3000, 3999)}",
                since=date(spec.founding_year + 1, 9, 1),
            )

        contact = OrganizationContact(
            id=org_id,
            name=spec.name,
            organization_type=spec.org_type,
            founding_year=spec.founding_year,
            founded=date(spec.founding_year, rng.randint(1, 12), rng.randint(1, 28)),
            vat_number=vat,
            company_registration_number=registration,
            uid=vat if country == "AT" and vat else None,
            zvr=f"{rng.randrange(10**8, 10**9)}"
            if country == "AT" and spec.org_type == "club"
            else None,
            dvr=f"{rng.randrange(10**6):07d}" if spec.dvr else None,
            invoice_language=spec.invoice_language or pools.REGION_INVOICE_LANGUAGE[region],
            addresses=addresses,
            emails=emails,
            phones=phones,
            web_addresses=web,
            departments=list(departments.values()),
            locations=locations,
            customer_role=customer_role,
            supplier_role=supplier_role,
            alternative_payer_role=payer_role,
            tags=[self.tags[t] for t in spec.tags],
            custom_fields=dict(spec.custom_fields),
            internal_note=spec.note,
        )
        return _OrgInfo(spec, contact, city, departments)

    def customer_role(
        self, spec: OrgSpec, vat: str | None, country: str, addresses: list[Address]
    ) -> CustomerRole:
        rng = self.rng
        hq = addresses[0]
        delivery = addresses[-1]
        configurations = [
            DeliveryAndInvoicingConfiguration(
                invoice_address_id=hq.id, delivery_address_id=delivery.id
            ),
            DeliveryAndInvoicingConfiguration(
                limitations=DeliveryLimitations(brand_id=self.brand_ids[rng.choice(_BRAND_NAMES)]),
                invoice_address_id=hq.id,
                delivery_address_id=hq.id,
            ),
        ]
        return CustomerRole(
            customer_id=self.customer_id(),
            customer_since=_date_between(rng, *_CUSTOMERS_SINCE),
            tax_information=CustomerTaxInformation(eu_vat_number=vat) if vat else None,
            global_location_number=_gln(country, rng) if spec.gln else None,
            requires_formal_invoice=vat is not None,
            credit_limit=(
                Money(value=Decimal(spec.credit_limit).quantize(_CENT), unit=_EUR)
                if spec.credit_limit
                else None
            ),
            delivery_and_invoicing_configurations=configurations,
        )

    # --- people ---

    def pick_name(self, region: str) -> tuple[str, str, str]:
        rng = self.rng
        while True:
            given, gender = rng.choice(pools.GIVEN_NAMES[region])
            family_region = region
            if rng.random() < 0.08:
                family_region = _NEIGHBOUR[region]
            family = rng.choice(pools.FAMILY_NAMES[family_region])
            if (given, family) not in self.used_names:
                self.used_names.add((given, family))
                return given, gender, family

    def person(
        self,
        region: str,
        *,
        private: bool,
        born: tuple[int, int] = (1950, 2003),
        near: City | None = None,
    ) -> IndividualContact:
        rng, ids = self.rng, self.ids
        country = pools.REGION_COUNTRY[region]
        given, gender, family = self.pick_name(region)
        birth = _date_between(
            rng, date(born[0], 1, 1).toordinal(), date(born[1], 12, 31).toordinal()
        )
        title_chance = 0.2 if region == "at" else 0.08
        title = None
        if birth.year <= 1992 and rng.random() < title_chance:
            title = rng.choice(pools.TITLES[region])
            if title.startswith("Prof") and birth.year > 1975:
                title = pools.TITLES[region][0]
        suffix_chance = 0.12 if region == "at" else 0.05
        suffix = rng.choice(pools.TITLE_SUFFIXES[region]) if rng.random() < suffix_chance else None

        addresses = []
        if private or rng.random() < 0.6:
            # Many people live in the town they work in.
            home_city = near if near is not None and rng.random() < 0.5 else None
            addresses.append(self.home_address(region, home_city))
        emails = []
        if private or rng.random() < 0.75:
            local = _personal_local(rng, given, family, birth)
            emails.append(
                Email(
                    id=ids(),
                    type=EmailType.PERSONAL_EMAIL.value,
                    usage_context=_PERSONAL,
                    address=self.unique_email(local, rng.choice(pools.PERSONAL_EMAIL_DOMAINS)),
                )
            )
        phones = []
        if rng.random() < 0.85:
            phones.append(
                Phone(
                    id=ids(),
                    type=PhoneType.PERSONAL_MOBILE.value,
                    usage_context=_PERSONAL,
                    number=self.mobile(country),
                    usages=list(rng.choice(_MOBILE_USAGES)),
                )
            )
        if rng.random() < 0.15:
            home_city = (
                _find_city(region, addresses[0].city)
                if addresses and addresses[0].city
                else rng.choice(pools.CITIES[region])
            )
            phones.append(
                Phone(
                    id=ids(),
                    type=PhoneType.HOME_PHONE.value,
                    usage_context=_PERSONAL,
                    number=self.landline(home_city),
                    usages=list(_CALL),
                )
            )

        tags = []
        if rng.random() < 0.3:
            tags.append(self.tags["Newsletter"])
        if rng.random() < 0.1:
            tags.append(self.tags["VIP"])
        if private and rng.random() < 0.15:
            tags.append(self.tags["Lead"])

        custom: dict[str, CustomFieldValue] = {}
        if rng.random() < 0.4:
            custom["newsletter"] = rng.random() < 0.7
            if rng.random() < 0.5:
                low, high = (36, 42) if gender == "female" else (40, 47)
                custom["shoe_size"] = rng.randint(low, high)
            if rng.random() < 0.5:
                custom["notes"] = rng.choice(_NOTES)

        customer_role = None
        if private and rng.random() < 0.7:
            card = None
            if rng.random() < 0.4:
                card = CustomerCard(
                    number=f"KK-{rng.randrange(10**6):06d}",
                    added=datetime(
                        rng.randint(2015, 2025), rng.randint(1, 12), 1, 9, 30, tzinfo=UTC
                    ),
                )
            customer_role = CustomerRole(
                customer_id=self.customer_id(),
                customer_since=_date_between(rng, *_CUSTOMERS_SINCE),
                external_card=card,
            )

        person = IndividualContact(
            id=ids(),
            gender=gender,
            title=title,
            title_suffix=suffix,
            given_name=given,
            family_name=family,
            locale=pools.REGION_LOCALE[region],
            date_of_birth=birth,
            addresses=addresses,
            emails=emails,
            phones=phones,
            tags=tags,
            custom_fields=custom,
            customer_role=customer_role,
            owner=rng.choice(_OWNERS).model_copy() if rng.random() < 0.4 else None,
            internal_note=rng.choice(_NOTES) if rng.random() < 0.1 else None,
        )
        person.name = person.composed_name()
        return person

    def identity(
        self,
        person: IndividualContact,
        org: _OrgInfo,
        area: str | None,
        *,
        active: bool = True,
        head: bool = False,
        location: Location | None = None,
    ) -> ProfessionalIdentity:
        rng, ids = self.rng, self.ids
        spec = org.spec
        language = pools.REGION_LANGUAGE[spec.region]
        if area is not None:
            titles = pools.JOB_TITLES[area][language]
            title = rng.choice(titles[:2] if head else titles)
        else:
            titles = pools.NONPROFIT_TITLES.get(spec.org_type, _SMALL_TITLES)[language]
            title = titles[0] if head else rng.choice(titles[1:])
        departments = []
        if area is not None and area in org.departments:
            departments.append(
                DepartmentRef(contact_id=org.contact.id, department_id=org.departments[area].id)
            )
        location = location or org.contact.locations[0]
        emails = []
        phones = []
        if active:
            local = (
                f"{_local_part(person.given_name or '')}.{_local_part(person.family_name or '')}"
            )
            emails.append(
                Email(
                    id=ids(),
                    type=EmailType.WORK_EMAIL.value,
                    usage_context=_PROFESSIONAL,
                    address=self.unique_email(local, spec.domain),
                )
            )
            phones.append(
                Phone(
                    id=ids(),
                    type=PhoneType.DIRECT_LINE.value,
                    usage_context=_PROFESSIONAL,
                    number=self.landline(org.city),
                    usages=list(_CALL),
                )
            )
            if rng.random() < 0.3:
                phones.append(
                    Phone(
                        id=ids(),
                        type=PhoneType.WORK_MOBILE.value,
                        usage_context=_PROFESSIONAL,
                        number=self.mobile(pools.REGION_COUNTRY[spec.region]),
                        usages=list(rng.choice(_MOBILE_USAGES)),
                    )
                )
        return ProfessionalIdentity(
            id=ids(),
            organization_contact=org.contact.id,
            is_active=active,
            job_title=_gendered(title, person.gender),
            departments=departments,
            locations=[LocationRef(contact_id=org.contact.id, location_id=location.id)],
            emails=emails,
            phones=phones,
        )

    # --- the whole set ---

    def build(self) -> DemoDataset:
        rng = self.rng
        org_ids = {spec.key: self.ids() for spec in DEMO_ORGANIZATIONS}
        orgs = [self.organization(spec, org_ids[spec.key]) for spec in DEMO_ORGANIZATIONS]
        by_key = {org.spec.key: org for org in orgs}
        for org in orgs:
            self.link_organizations(org, org_ids)

        people: list[IndividualContact] = []
        # Staff: the first person of an organization runs it; clubs are often run by people
        # who work elsewhere.
        for org in orgs:
            spec = org.spec
            org_id = org.contact.id
            work_areas = [a for a in spec.areas if a != MANAGEMENT]
            for slot in range(spec.staff):
                same_country = [
                    p
                    for p in people
                    if p.locale == pools.REGION_LOCALE[spec.region]
                    and all(pi.organization_contact != org_id for pi in p.professional_identities)
                ]
                if spec.org_type == "club" and same_country and rng.random() < 0.5:
                    person = rng.choice(same_country)
                else:
                    born = (1955, 1985) if slot == 0 else (1960, 1999)
                    person = self.person(spec.region, private=False, born=born, near=org.city)
                    people.append(person)
                if not spec.areas:
                    area = None
                elif slot == 0:
                    area = MANAGEMENT
                else:
                    area = work_areas[(slot - 1) % len(work_areas)]
                location = None
                if slot > 0 and len(org.contact.locations) > 1 and rng.random() < 0.5:
                    location = org.contact.locations[1]
                pi = self.identity(person, org, area, head=slot == 0, location=location)
                person.professional_identities.append(pi)
                org.staff.append((person, pi))

        # Two people with a former (inactive) position at another organization.
        companies = [o for o in orgs if o.spec.org_type == "company"]
        movers = [p for p in people if p.professional_identities][3::17][:2]
        for person in movers:
            locale = person.locale
            current = {pi.organization_contact for pi in person.professional_identities}
            former = [
                o
                for o in companies
                if pools.REGION_LOCALE[o.spec.region] == locale and o.contact.id not in current
            ]
            if former:
                org = rng.choice(former)
                areas = [a for a in org.spec.areas if a != MANAGEMENT]
                area = rng.choice(areas) if areas else None
                pi = self.identity(person, org, area, active=False)
                person.professional_identities.insert(0, pi)

        # Private customers up to 60 people.
        regions = ("be_nl", "be_fr", "nl", "de", "at")
        while len(people) < 60:
            people.append(self.person(regions[len(people) % len(regions)], private=True))

        for org in orgs:
            self.set_leaders(org)
        self.relationships(people)

        contacts: list[AnyContact] = [org.contact for org in orgs]
        contacts.extend(people)
        return DemoDataset(
            contacts=contacts,
            customer_lists=self.customer_lists(contacts, by_key),
            placeholder_customers=self.placeholders(),
        )

    def link_organizations(self, org: _OrgInfo, org_ids: dict[str, str]) -> None:
        spec = org.spec
        for membership in spec.memberships:
            org.contact.memberships.append(
                Membership(
                    id=self.ids(),
                    type=membership.type,
                    name=membership.name,
                    reference=membership.reference,
                    organization_contact=(
                        org_ids[membership.organization_key]
                        if membership.organization_key
                        else None
                    ),
                )
            )
        if spec.alternative_payer_key and org.contact.customer_role:
            org.contact.customer_role.alternative_payer = ContactRef(
                id=org_ids[spec.alternative_payer_key]
            )

    def set_leaders(self, org: _OrgInfo) -> None:
        if not org.staff:
            return
        contact = org.contact
        refs = [
            ProfessionalIdentityRef(contact_id=person.id, professional_identity_id=pi.id)
            for person, pi in org.staff
        ]
        contact.leaders = [refs[0]]
        if org.spec.founding_year >= 1985:
            contact.founders = [refs[0]]
        contact.locations[0].leaders = [refs[0]]
        if len(contact.locations) > 1:
            contact.locations[1].leaders = [refs[-1]]
        if len(refs) > 1 and org.spec.org_type == "company":
            contact.representatives = [
                Representative(
                    professional_identity=refs[1],
                    activation_date=datetime(max(org.spec.founding_year, 2010), 3, 1, tzinfo=UTC),
                )
            ]

    def relationships(self, people: list[IndividualContact]) -> None:
        """Three married couples (sharing a home) and one pair of siblings."""
        rng = self.rng
        taken: set[str] = set()

        def age_gap(a: IndividualContact, b: IndividualContact) -> int:
            born_a, born_b = a.date_of_birth or date.min, b.date_of_birth or date.min
            return abs(born_a.toordinal() - born_b.toordinal())

        def partner_for(person: IndividualContact) -> IndividualContact | None:
            candidates = [
                other
                for other in people
                if other.id not in taken
                and other.id != person.id
                and other.locale == person.locale
                and other.gender != person.gender
                and age_gap(person, other) <= 9 * 365
            ]
            return min(candidates, key=lambda other: age_gap(person, other), default=None)

        couples: list[tuple[IndividualContact, IndividualContact]] = []
        for locale in ("de_DE", "nl_BE", "nl_NL", "fr_BE", "de_AT"):
            for person in people[1::3]:
                if person.locale != locale or person.id in taken:
                    continue
                partner = partner_for(person)
                if partner is not None:
                    taken.update((person.id, partner.id))
                    couples.append((person, partner))
                    break
            if len(couples) == 3:
                break
        for person, partner in couples:
            wedding = _date_between(
                rng,
                max(person.date_of_birth or date.min, partner.date_of_birth or date.min).toordinal()
                + 20 * 365,
                date(2024, 12, 31).toordinal(),
            )
            if person.locale in ("de_DE", "de_AT"):
                partner.family_name = person.family_name
                partner.name = partner.composed_name()
            # One home for both: the first one's, else the partner's, else a new one.
            home = next(
                (a for p in (person, partner) for a in p.addresses if a.type == _HOME),
                None,
            ) or self.home_address(_LOCALE_REGION[person.locale or ""])
            for member in (person, partner):
                own = [a for a in member.addresses if a.type != _HOME]
                if home in member.addresses:
                    member.addresses = [home, *own]
                else:
                    member.addresses = [home.model_copy(update={"id": self.ids()}), *own]
            for a, b in ((person, partner), (partner, person)):
                a.anniversary = wedding
                a.personal_relationships.append(
                    PersonalRelationship(id=self.ids(), type="SPOUSE", individual_contact=b.id)
                )
        # Siblings: two people of the same region with the same family name, if any.
        for i, person in enumerate(people):
            sibling = next(
                (
                    p
                    for p in people[i + 1 :]
                    if p.family_name == person.family_name and p.locale == person.locale
                ),
                None,
            )
            if sibling is not None and person.id not in taken and sibling.id not in taken:
                for a, b in ((person, sibling), (sibling, person)):
                    a.personal_relationships.append(
                        PersonalRelationship(id=self.ids(), type="SIBLING", individual_contact=b.id)
                    )
                break

    def customer_lists(
        self, contacts: list[AnyContact], by_key: dict[str, _OrgInfo]
    ) -> list[CustomerList]:
        rng = self.rng
        vip = [c.id for c in contacts if "VIP" in c.tag_names()]
        customers = [
            c.id
            for c in contacts
            if isinstance(c, IndividualContact) and c.customer_role and c.id not in vip
        ]
        christmas = vip + sorted(rng.sample(customers, min(6, len(customers))), key=customers.index)
        fair = [c.id for c in contacts if {"Lead", "Partner"} & set(c.tag_names())]
        key_accounts = [
            c.id
            for c in contacts
            if c.customer_role
            and c.customer_role.credit_limit
            and c.customer_role.credit_limit.value >= Decimal(10000)
        ]
        for key in ("fiets", "weber"):  # key suppliers too
            key_accounts.append(by_key[key].contact.id)
        return [
            CustomerList(id=self.ids(), name="Christmas cards", member_ids=christmas),
            CustomerList(id=self.ids(), name="Trade fair 2026", member_ids=fair),
            CustomerList(id=self.ids(), name="Key accounts", member_ids=key_accounts),
        ]

    def placeholders(self) -> list[PlaceholderCustomer]:
        rows = (
            ("Walk-in customer Gent", "P-0001", date(2019, 3, 1), True),
            ("Walk-in customer Utrecht", "P-0002", date(2021, 5, 15), True),
            ("Market stall Naschmarkt Wien", "P-0003", date(2023, 4, 1), False),
        )
        return [
            PlaceholderCustomer(
                id=self.ids(),
                name=name,
                customer_id=customer_id,
                customer_since=since,
                requires_formal_invoice=False,
                track_revenue=track,
            )
            for name, customer_id, since, track in rows
        ]


_HOME = AddressType.RESIDENTIAL_HOME.value
_LOCALE_REGION: dict[str, str] = {locale: region for region, locale in pools.REGION_LOCALE.items()}
_NEIGHBOUR: dict[str, str] = {
    "be_nl": "nl",
    "be_fr": "be_nl",
    "nl": "be_nl",
    "de": "at",
    "at": "de",
}
_SMALL_TITLES: dict[str, tuple[str, ...]] = {
    "nl": ("Zaakvoerder|Zaakvoerster", "Eigenaar|Eigenares", "Medewerker|Medewerkster"),
    "fr": ("Gérant|Gérante", "Propriétaire", "Employé|Employée"),
    "de": ("Inhaber|Inhaberin", "Geschäftsführer|Geschäftsführerin", "Mitarbeiter|Mitarbeiterin"),
}


def _personal_local(rng: random.Random, given: str, family: str, birth: date) -> str:
    g, f = _local_part(given), _local_part(family)
    pattern = rng.random()
    if pattern < 0.45:
        return f"{g}.{f}"
    if pattern < 0.65:
        return f"{g}{f}"
    if pattern < 0.8:
        return f"{g[0]}.{f}"
    return f"{g}.{f}{birth.year % 100:02d}"


def build_demo_dataset(seed: int = 7) -> DemoDataset:
    """A realistic sample address book for a first look; the same for the same seed."""
    return _DemoBuilder(seed).build()


# --- bulk generation ----------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)
_IMMUTABLE_DEFAULTS = (type(None), str, int, float, bool, Decimal, date, Enum, tuple, frozenset)


_SLOT_SETTERS = tuple(
    cast(Any, BaseModel.__dict__[slot]).__set__
    for slot in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)


def _maker(cls: type[M]) -> Callable[..., M]:
    """A function building ``cls`` instances without validation, like ``model_construct``.

    ``model_construct`` inspects the signature of every default factory on every call
    (pydantic 2.10+), which makes it slower than validating.  The function returned here fills
    defaults from a template made once and calls the factories (lists, dicts) afresh for each
    instance, so no two instances share a mutable default: about 1 µs for a small model.

    Nothing is checked per call: the caller passes every required field, and the id of every
    entity (so ids stay deterministic), with values of the right types.  The tests rebuild
    generated contacts with validation and compare.
    """
    template: dict[str, Any] = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    for name, info in cls.model_fields.items():
        factory = info.default_factory
        if factory is new_id or (factory is None and info.is_required()):
            template[name] = None  # always passed by the caller
        elif factory is not None:
            factories.append((name, cast(Callable[[], Any], factory)))
            template[name] = None
        else:
            if not isinstance(info.default, _IMMUTABLE_DEFAULTS):
                raise TypeError(f"{cls.__name__}.{name}: mutable default")
            template[name] = info.default
    copy_template = template.copy
    new = cls.__new__
    set_attr = object.__setattr__
    set_fields, set_extra, set_private = _SLOT_SETTERS

    def make(**values: Any) -> M:
        data = copy_template()
        for name, factory in factories:
            if name not in values:
                data[name] = factory()
        data.update(values)
        obj = new(cls)
        set_attr(obj, "__dict__", data)
        set_fields(obj, set(values))
        set_extra(obj, None)
        set_private(obj, None)
        return obj

    return make


_make_person = _maker(IndividualContact)
_make_org = _maker(OrganizationContact)
_make_address = _maker(Address)
_make_email = _maker(Email)
_make_phone = _maker(Phone)
_make_web = _maker(WebAddress)
_make_identity = _maker(ProfessionalIdentity)
_make_department = _maker(Department)
_make_location = _maker(Location)
_make_department_ref = _maker(DepartmentRef)
_make_location_ref = _maker(LocationRef)
_make_customer_role = _maker(CustomerRole)
_make_customer_tax = _maker(CustomerTaxInformation)
_make_supplier_role = _maker(SupplierRole)
_make_supplier_tax = _maker(SupplierTaxInformation)
_make_money = _maker(Money)
_make_configuration = _maker(DeliveryAndInvoicingConfiguration)
_make_limitations = _maker(DeliveryLimitations)

# Enum values as plain strings, looked up once.
_ADDRESS_HEADQUARTERS = AddressType.HEADQUARTERS.value
_ADDRESS_RESIDENTIAL_HOME = AddressType.RESIDENTIAL_HOME.value
_ADDRESS_USAGE_CORRESPONDENCE = AddressUsage.CORRESPONDENCE.value
_ADDRESS_USAGE_EVERYTHING = AddressUsage.EVERYTHING.value
_ADDRESS_USAGE_INVOICES = AddressUsage.INVOICES.value
_ADDRESS_USAGE_SHIPPING = AddressUsage.SHIPPING.value
_ADDRESS_WAREHOUSE = AddressType.WAREHOUSE.value
_EMAIL_EMAIL_ALIAS = EmailType.EMAIL_ALIAS.value
_EMAIL_PERSONAL_EMAIL = EmailType.PERSONAL_EMAIL.value
_EMAIL_WORK_EMAIL = EmailType.WORK_EMAIL.value
_PHONE_DIRECT_LINE = PhoneType.DIRECT_LINE.value
_PHONE_HOME_PHONE = PhoneType.HOME_PHONE.value
_PHONE_MAIN = PhoneType.MAIN.value
_PHONE_MOBILE = PhoneType.MOBILE.value
_WEB_ORGANIZATION_WEBSITE = WebAddressType.ORGANIZATION_WEBSITE.value

# Of every 20 contacts, these positions are organizations (15 %), the rest people.
_ORG_POSITIONS = frozenset({0, 7, 14})
# Region of a bulk contact, weighted: BE-nl 20 %, BE-fr 10 %, NL 25 %, DE 30 %, AT 15 %.
_REGION_WHEEL: tuple[str, ...] = (
    ("be_nl",) * 4 + ("be_fr",) * 2 + ("nl",) * 5 + ("de",) * 6 + ("at",) * 3
)
_ORG_TYPE_WHEEL: tuple[str, ...] = (
    ("company",) * 44 + ("club",) * 2 + ("school",) * 2 + ("kindergarten",) + ("hobby_group",)
)
_AREAS_FOR_BULK: tuple[str, ...] = ("SALES", "ACCOUNTING", "PRODUCTION", "LOGISTICS", "IT")


@dataclass(frozen=True)
class _RegionPool:
    """Everything a bulk contact of one region is drawn from, precomputed."""

    region: str
    country: str
    locale: str
    language: str
    invoice_language: str
    tld: str
    given: tuple[tuple[str, str, str], ...]  # name, gender, e-mail part
    family: tuple[tuple[str, str], ...]  # name, e-mail part (with some neighbours' names)
    titles: tuple[str, ...]
    suffixes: tuple[str, ...]
    cities: tuple[tuple[City, tuple[str, ...]], ...]  # city, fixed-line templates
    streets: tuple[str, ...]
    mobiles: tuple[str, ...]
    company_patterns: tuple[str, ...]
    legal_forms: tuple[str, ...]


@lru_cache(maxsize=1)
def _region_pools() -> dict[str, _RegionPool]:
    phones = _phone_templates()
    result: dict[str, _RegionPool] = {}
    for region in pools.REGIONS:
        country = pools.REGION_COUNTRY[region]
        own = pools.FAMILY_NAMES[region]
        neighbour = pools.FAMILY_NAMES[_NEIGHBOUR[region]]
        # About one family name in eight comes from the neighbouring region.
        family_names = tuple(own) + tuple(neighbour[:: max(1, 7 * len(neighbour) // len(own))])
        result[region] = _RegionPool(
            region=region,
            country=country,
            locale=pools.REGION_LOCALE[region],
            language=pools.REGION_LANGUAGE[region],
            invoice_language=pools.REGION_INVOICE_LANGUAGE[region],
            tld=pools.COUNTRY_TLD[country],
            given=tuple((n, g, _local_part(n)) for n, g in pools.GIVEN_NAMES[region]),
            family=tuple((n, _local_part(n)) for n in family_names),
            titles=pools.TITLES[region],
            suffixes=pools.TITLE_SUFFIXES[region],
            cities=tuple(
                (city, phones.fixed[(country, city.area_code)]) for city in pools.CITIES[region]
            ),
            streets=pools.STREETS[region],
            mobiles=phones.mobile[country],
            company_patterns=pools.COMPANY_PATTERNS[region],
            legal_forms=pools.LEGAL_FORMS[region],
        )
    return result


@dataclass(frozen=True)
class _BulkOrg:
    """What people generated later need to know about an organization."""

    id: str
    domain: str
    org_type: str
    city_templates: tuple[str, ...]
    departments: tuple[tuple[str, str], ...]  # (area, department id)
    location_ids: tuple[str, ...]


# People get professional identities at one of the last this many organizations of their
# country: only those are kept.
_RECENT_ORGS = 50


def _email_key(address: str) -> int:
    """What the bulk generator keeps of each address it gave out, to give none twice: 60 bits
    of its hash (a small number instead of the text: a million contacts have more than a
    million addresses).  Two addresses with one key would only make the second one numbered."""
    return int.from_bytes(blake2b(address.encode(), digest_size=8).digest(), "big") >> 4


class _BulkGenerator:
    def __init__(self, seed: int, moment: datetime) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.ids = _time_ordered_ids(f"kontor-bulk-ids:{seed}", moment)
        self.pools = _region_pools()
        self.tags = list(_make_tags().values())
        self.brand_ids = tuple(self.ids() for _ in _BRAND_NAMES)
        self.orgs: dict[str, deque[_BulkOrg]] = {
            c: deque(maxlen=_RECENT_ORGS) for c in pools.COUNTRY_TLD
        }
        self.used_emails: set[int] = set()  # their keys (see _email_key)
        # For each phone number template, which of its tails are taken (a byte for each).
        self.used_phones: dict[str, bytearray] = {}
        self.used_domains: set[str] = set()
        self.customers = 100000
        self.suppliers = 5000
        first, last = date(1940, 1, 1).toordinal(), date(2006, 12, 31).toordinal()
        self.birth_range = (first, last - first)
        self.since_range = (_CUSTOMERS_SINCE[0], _CUSTOMERS_SINCE[1] - _CUSTOMERS_SINCE[0])

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.random() * len(seq))]

    def phone_number(self, templates: Sequence[str]) -> str:
        random_ = self.random
        used = self.used_phones
        while True:
            template = templates[int(random_() * len(templates))]
            tail = int(random_() * 10**_TAIL)
            # A template and a tail make one number, and no other template makes it.
            taken = used.get(template)
            if taken is None:
                taken = used[template] = bytearray(10**_TAIL)
            if not taken[tail]:
                taken[tail] = 1
                return template.format(*f"{tail:0{_TAIL}d}")

    def email(self, local: str, domain: str) -> str:
        address = f"{local}@{domain}"
        used = self.used_emails
        key = _email_key(address)
        if key in used:
            n = 2 + int(self.random() * 90)
            while (key := _email_key(f"{local}{n}@{domain}")) in used:
                n += 1
            address = f"{local}{n}@{domain}"
        used.add(key)
        return address

    def since(self) -> date:
        first, span = self.since_range
        return date.fromordinal(first + int(self.random() * span))

    def address(self, pool: _RegionPool, city: City, type_: str, context: str) -> Address:
        rng = self.rng
        street = self.pick(pool.streets)
        number, additional = _street_number(pool.region, rng)
        zip_code = _zip_code(city, rng)
        return _make_address(
            id=self.ids(),
            type=type_,
            usage_context=context,
            full_address=_full_address(
                street, number, additional, zip_code, city.name, pool.country
            ),
            street_name=street,
            street_number=number,
            additional=additional,
            city=city.name,
            zip=zip_code,
            country_code=pool.country,
            usages=[_ADDRESS_USAGE_EVERYTHING],
        )

    def tag_list(self) -> list[Tag]:
        roll = self.random()
        if roll < 0.65:
            return []
        if roll < 0.95:
            return [self.pick(self.tags)]
        first = self.pick(self.tags)
        second = self.pick(self.tags)
        return [first] if first is second else [first, second]

    # --- organizations ---

    def organization(self) -> OrganizationContact:
        rng, ids, random_ = self.rng, self.ids, self.random
        pool = self.pools[self.pick(_REGION_WHEEL)]
        region, country = pool.region, pool.country
        city, fixed = self.pick(pool.cities)
        org_type = self.pick(_ORG_TYPE_WHEEL)
        family = self.pick(pool.family)[0]
        if org_type == "company":
            base = self.pick(pool.company_patterns).format(f=family, c=city.name)
            legal_form = self.pick(pool.legal_forms)
        else:
            patterns = pools.NONPROFIT_PATTERNS[org_type][region]
            noun = self.pick(pools.NONPROFIT_NOUNS[region])
            base = self.pick(patterns).format(n=noun, c=city.name)
            legal_form = ""
        name = f"{base} {legal_form}" if legal_form else base
        label = _domain_label(base) or "org"
        domain = f"{label}.{pool.tld}"
        if domain in self.used_domains:
            domain = f"{label}-{_domain_label(city.name)}.{pool.tld}"
            n = 2
            while domain in self.used_domains:
                domain = f"{label}{n}.{pool.tld}"
                n += 1
        self.used_domains.add(domain)

        hq = self.address(pool, city, _ADDRESS_HEADQUARTERS, _ORGANIZATION)
        addresses = [hq]
        if random_() < 0.25:
            addresses.append(self.address(pool, city, _ADDRESS_WAREHOUSE, _ORGANIZATION))
            hq.usages = [_ADDRESS_USAGE_CORRESPONDENCE, _ADDRESS_USAGE_INVOICES]
            addresses[1].usages = [_ADDRESS_USAGE_SHIPPING]
        emails = [
            _make_email(
                id=ids(),
                type=_EMAIL_WORK_EMAIL,
                usage_context=_ORGANIZATION,
                address=self.email("info", domain),
            )
        ]
        phones = [
            _make_phone(
                id=ids(),
                type=_PHONE_MAIN,
                usage_context=_ORGANIZATION,
                number=self.phone_number(fixed),
                usages=list(_CALL),
            )
        ]
        web = [
            _make_web(
                id=ids(),
                type=_WEB_ORGANIZATION_WEBSITE,
                usage_context=_ORGANIZATION,
                url=f"https://www.{domain}/",
            )
        ]
        departments = []
        if org_type == "company" and random_() < 0.5:
            for i, area in enumerate(rng.sample(_AREAS_FOR_BULK, 2 + int(random_() * 2))):
                departments.append(
                    _make_department(
                        id=ids(),
                        name=pools.DEPARTMENT_NAMES[area][pool.language],
                        area=area,
                        code=f"{(i + 1) * 100}",
                    )
                )
        locations = []
        if random_() < 0.6:
            locations.append(
                _make_location(
                    id=ids(),
                    name=_HQ_NAME[region].format(city.name),
                    office_open_hour=8,
                    office_close_hour=17 if random_() < 0.7 else 16,
                )
            )

        vat = _vat_number(country, rng) if org_type == "company" else None
        founding_year = 1900 + int(random_() * 124)
        customer_role = None
        if random_() < 0.35:
            customer_role = self.org_customer_role(vat, country, addresses)
        supplier_role = None
        if org_type == "company" and random_() < 0.08:
            self.suppliers += 1 + int(random_() * 5)
            supplier_role = _make_supplier_role(
                supplier_id=f"S-{self.suppliers}",
                is_active=True,
                supplier_since=self.since(),
                tax_information=_make_supplier_tax(eu_vat_number=vat) if vat else None,
            )

        contact = _make_org(
            id=ids(),
            name=name,
            organization_type=org_type,
            founding_year=founding_year,
            vat_number=vat,
            company_registration_number=_registration_number(
                country, org_type, legal_form, vat, rng
            ),
            uid=vat if country == "AT" else None,
            zvr=f"{rng.randrange(10**8, 10**9)}"
            if country == "AT" and org_type == "club"
            else None,
            invoice_language=pool.invoice_language,
            addresses=addresses,
            emails=emails,
            phones=phones,
            web_addresses=web,
            departments=departments,
            locations=locations,
            customer_role=customer_role,
            supplier_role=supplier_role,
            tags=self.tag_list(),
        )
        self.orgs[country].append(
            _BulkOrg(
                id=contact.id,
                domain=domain,
                org_type=org_type,
                city_templates=fixed,
                departments=tuple((d.area or "", d.id) for d in departments),
                location_ids=tuple(loc.id for loc in locations),
            )
        )
        return contact

    def org_customer_role(
        self, vat: str | None, country: str, addresses: list[Address]
    ) -> CustomerRole:
        random_ = self.random
        self.customers += 1 + int(random_() * 3)
        hq_id, delivery_id = addresses[0].id, addresses[-1].id
        configurations = [
            _make_configuration(
                limitations=_make_limitations(brand_id=None),
                invoice_address_id=hq_id,
                delivery_address_id=delivery_id,
            )
        ]
        if random_() < 0.3:
            configurations.append(
                _make_configuration(
                    limitations=_make_limitations(brand_id=self.pick(self.brand_ids)),
                    invoice_address_id=hq_id,
                    delivery_address_id=hq_id,
                )
            )
        credit = None
        if random_() < 0.5:
            amount = Decimal(500 * (1 + int(random_() * 100))).quantize(_CENT)
            credit = _make_money(value=amount, unit=_EUR)
        return _make_customer_role(
            customer_id=f"C-{self.customers}",
            is_active=True,
            is_suspended=random_() < 0.02,
            customer_since=self.since(),
            tax_information=_make_customer_tax(eu_vat_number=vat) if vat else None,
            global_location_number=_gln(country, self.rng) if random_() < 0.1 else None,
            requires_formal_invoice=vat is not None,
            credit_limit=credit,
            delivery_and_invoicing_configurations=configurations,
        )

    # --- people ---

    def person(self) -> IndividualContact:
        random_, ids, pick = self.random, self.ids, self.pick
        pool = self.pools[pick(_REGION_WHEEL)]
        given, gender, g_local = pick(pool.given)
        family, f_local = pick(pool.family)
        title = pick(pool.titles) if random_() < 0.04 else None
        suffix = pick(pool.suffixes) if random_() < 0.03 else None
        if random_() < 0.01:
            gender = "unspecified"
        name = f"{title} {given} {family}" if title else f"{given} {family}"
        if suffix:
            name = f"{name}, {suffix}"
        first, span = self.birth_range
        birth = date.fromordinal(first + int(random_() * span))

        city, fixed = pick(pool.cities)
        addresses = [self.address(pool, city, _ADDRESS_RESIDENTIAL_HOME, _PERSONAL)]
        roll = random_()
        if roll < 0.5:
            local = f"{g_local}.{f_local}"
        elif roll < 0.7:
            local = f"{g_local}{f_local}"
        elif roll < 0.85:
            local = f"{g_local[0]}.{f_local}"
        else:
            local = f"{g_local}.{f_local}{birth.year % 100:02d}"
        domains = pools.PERSONAL_EMAIL_DOMAINS
        emails = [
            _make_email(
                id=ids(),
                type=_EMAIL_PERSONAL_EMAIL,
                usage_context=_PERSONAL,
                address=self.email(local, pick(domains)),
            )
        ]
        if random_() < 0.3:
            emails.append(
                _make_email(
                    id=ids(),
                    type=_EMAIL_EMAIL_ALIAS,
                    usage_context=_PERSONAL,
                    address=self.email(f"{f_local}.{g_local}", pick(domains)),
                )
            )
        phones = [
            _make_phone(
                id=ids(),
                type=_PHONE_MOBILE,
                usage_context=_PERSONAL,
                number=self.phone_number(pool.mobiles),
                usages=list(pick(_MOBILE_USAGES)),
            )
        ]
        if random_() < 0.35:
            phones.append(
                _make_phone(
                    id=ids(),
                    type=_PHONE_HOME_PHONE,
                    usage_context=_PERSONAL,
                    number=self.phone_number(fixed),
                    usages=list(_CALL),
                )
            )

        identities = []
        orgs = self.orgs[pool.country]
        if orgs and random_() < 0.45:
            # One of the recent organizations, so they get several people each.
            org: _BulkOrg = orgs[-1 - int(random_() * len(orgs))]
            identities.append(self.identity(org, pool, gender, g_local, f_local))

        customer_role = None
        if random_() < 0.2:
            self.customers += 1 + int(random_() * 3)
            customer_role = _make_customer_role(
                customer_id=f"C-{self.customers}",
                is_active=True,
                is_suspended=False,
                customer_since=self.since(),
            )
        custom: dict[str, CustomFieldValue] = {}
        roll = random_()
        if roll < 0.1:
            custom["newsletter"] = random_() < 0.7
        elif roll < 0.15:
            custom["shoe_size"] = 36 + int(random_() * 12)
        elif roll < 0.18:
            custom["notes"] = pick(_NOTES)

        return _make_person(
            id=ids(),
            name=name,
            gender=gender,
            title=title,
            title_suffix=suffix,
            given_name=given,
            family_name=family,
            locale=pool.locale,
            date_of_birth=birth,
            addresses=addresses,
            emails=emails,
            phones=phones,
            professional_identities=identities,
            customer_role=customer_role,
            tags=self.tag_list(),
            custom_fields=custom,
        )

    def identity(
        self, org: _BulkOrg, pool: _RegionPool, gender: str, g_local: str, f_local: str
    ) -> ProfessionalIdentity:
        random_, ids, pick = self.random, self.ids, self.pick
        departments = []
        if org.departments:
            area, department_id = pick(org.departments)
            departments.append(_make_department_ref(contact_id=org.id, department_id=department_id))
            title = pick(pools.JOB_TITLES[area][pool.language])
        elif org.org_type in pools.NONPROFIT_TITLES:
            title = pick(pools.NONPROFIT_TITLES[org.org_type][pool.language])
        else:
            title = pick(_SMALL_TITLES[pool.language])
        locations = [
            _make_location_ref(contact_id=org.id, location_id=location_id)
            for location_id in org.location_ids
        ]
        phones = [
            _make_phone(
                id=ids(),
                type=_PHONE_DIRECT_LINE,
                usage_context=_PROFESSIONAL,
                number=self.phone_number(org.city_templates),
                usages=list(_CALL),
            )
        ]
        return _make_identity(
            id=ids(),
            organization_contact=org.id,
            is_active=random_() < 0.92,
            job_title=_gendered(title, gender),
            departments=departments,
            locations=locations,
            emails=[
                _make_email(
                    id=ids(),
                    type=_EMAIL_WORK_EMAIL,
                    usage_context=_PROFESSIONAL,
                    address=self.email(f"{g_local}.{f_local}", org.domain),
                )
            ],
            phones=phones,
        )


# Contacts made per stretch with the cyclic garbage collector paused (see below).
_BATCH = 500


def generate_contacts(
    count: int, seed: int = 1, *, moment: datetime | None = None
) -> Iterator[AnyContact]:
    """Yield ``count`` contacts quickly, for benchmarks: about 15 % organizations.

    Organizations come before the people who work at them: of every 20 contacts, positions
    0, 7 and 14 are organizations.  People have one address, one or two e-mail addresses and
    phone numbers, and some a professional identity at an organization of their country
    yielded earlier.  The objects are built without pydantic validation; they are of the
    right types and satisfy the validation rules.  Their ids are version-7 UUIDs of
    ``moment`` (by default a fixed one), rising from each to the next.  The same seed and
    moment give the same contacts.

    Contacts are made in stretches of a few hundred with the cyclic garbage collector paused
    (they hold no reference cycles): otherwise its full collections, which walk every live
    object, cost more than the generation once many contacts are kept.  The collector is
    switched back on before each contact is handed out.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    return _generate(count, seed, moment or _GENERATED_AT)


def _generate(count: int, seed: int, moment: datetime) -> Iterator[AnyContact]:
    generator = _BulkGenerator(seed, moment)
    done = 0
    while done < count:
        end = min(done + _BATCH, count)
        with collector_resting():
            batch = [
                generator.organization() if i % 20 in _ORG_POSITIONS else generator.person()
                for i in range(done, end)
            ]
        done = end
        yield from batch
