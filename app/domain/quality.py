"""Data quality over the whole book: the kinds of problem, one finding, and fast checks.

The editor checks one contact while it is typed (:mod:`app.domain.validation`); the data
quality view checks every contact at once.  A book of 100,000 contacts holds about as many
phone numbers and e-mail addresses, and the libraries behind the editor's checks
(``phonenumbers``, ``email-validator``) take a tenth of a millisecond or more per value.  The
checks here give the **same answers** as :mod:`app.domain.checks` but decide the common case —
a well-formed value — from precompiled patterns; only a value they cannot vouch for goes to the
library, which then also says what is wrong.

* :func:`phone_problem` — a number written ``+<country> <digits>`` for a country code used by
  one country only is valid exactly when ``phonenumbers`` would find it valid: its national
  number is checked against the same metadata patterns ``phonenumbers`` uses, in the same order.
* :func:`email_problem` — an address of plain letters, digits and ``. _ + -`` with a domain of
  plain labels and a letter top-level domain (not a special-use one such as ``.test``) is one
  ``email-validator`` accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import email_validator
import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata, PhoneNumberDesc

from app.domain import checks
from app.i18n import QT_TRANSLATE_NOOP, translate


class Category(StrEnum):
    """A kind of problem the data quality view counts."""

    VAT = "vat"
    GLN = "gln"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    AS_RECEIVED = "as_received"
    DUPLICATE = "duplicate"
    UNREACHABLE = "unreachable"
    INACTIVE = "inactive"

    @property
    def heading(self) -> str:
        return translate("Quality", _TITLES[self][0])

    @property
    def explanation(self) -> str:
        return translate("Quality", _TITLES[self][1])


_TITLES: dict[Category, tuple[str, str]] = {
    Category.VAT: (
        QT_TRANSLATE_NOOP("Quality", "VAT numbers with wrong check digits"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "VAT numbers (of organizations and in customer or supplier tax information) whose "
            "check digits, length or shape do not match their country's scheme.",
        ),
    ),
    Category.GLN: (
        QT_TRANSLATE_NOOP("Quality", "GLNs with wrong check digits"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "Global Location Numbers of customer and supplier roles that are not 13 digits with a "
            "valid GS1 check digit.",
        ),
    ),
    Category.PHONE: (
        QT_TRANSLATE_NOOP("Quality", "Phone numbers that are not valid"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "Numbers that cannot be read, or are not valid, for their country (the country of the "
            "first address when the number has no +country code).",
        ),
    ),
    Category.EMAIL: (
        QT_TRANSLATE_NOOP("Quality", "E-mail addresses that fail the syntax check"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "Addresses that are not written the way an e-mail address must be (no network look-up).",
        ),
    ),
    Category.ADDRESS: (
        QT_TRANSLATE_NOOP("Quality", "Addresses: country or postal code missing or wrong"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "Postal addresses missing the country or the postal code, or whose postal code does "
            "not have the shape used in its country.",
        ),
    ),
    Category.AS_RECEIVED: (
        QT_TRANSLATE_NOOP("Quality", "Values kept as received"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "Values an import or a server sent that break a rule (an unknown type, country or "
            "usage, a web address that is not one…): kept as they came, but not accepted if typed.",
        ),
    ),
    Category.DUPLICATE: (
        QT_TRANSLATE_NOOP("Quality", "Likely duplicates"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "Contacts that share an e-mail address, phone number or VAT number with another "
            "contact (see Duplicates to merge them).",
        ),
    ),
    Category.UNREACHABLE: (
        QT_TRANSLATE_NOOP("Quality", "Contacts without any way to reach them"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "No e-mail address, phone number or postal address — neither their own nor at a workplace.",
        ),
    ),
    Category.INACTIVE: (
        QT_TRANSLATE_NOOP("Quality", "People not active anywhere"),
        QT_TRANSLATE_NOOP(
            "Quality",
            "People whose every professional identity and role is marked inactive.",
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of one contact.

    ``field`` is the path the editor knows the field by (``"phones[1].number"``,
    ``"professional_identities[0].emails[0].address"``, ``""`` for the contact as a whole);
    ``label`` names it in words ("Phone 2"); ``value`` is what is stored; ``message`` says
    what is wrong.  ``other_id`` is the other contact of a likely duplicate.
    """

    contact_id: str
    category: Category
    field: str
    label: str
    value: str
    message: str
    other_id: str | None = None


# --- phone numbers ------------------------------------------------------------------------

_NOT_DIGITS = re.compile(r"[^0-9]")


def _desc(desc: PhoneNumberDesc | None) -> tuple[frozenset[int], str] | None:
    """A number description's possible lengths and pattern (``None`` when it has no pattern,
    which matches nothing)."""
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length or ()), desc.national_number_pattern


def _by_length(descs: list[tuple[frozenset[int], str]]) -> dict[int, re.Pattern[str]]:
    """For each length a national number can have, one pattern that matches when any of
    ``descs`` does: phonenumbers tests a description's lengths first (when it lists any), then
    its pattern against the whole number."""
    found: dict[int, list[str]] = {}
    for length in range(1, 18):
        found[length] = [p for lengths, p in descs if not lengths or length in lengths]
    return {n: re.compile("|".join(f"(?:{p})" for p in ps)) for n, ps in found.items() if ps}


@dataclass(frozen=True, slots=True)
class _Region:
    national_prefix: re.Pattern[str] | None
    # phonenumbers' _number_type_helper(number) != UNKNOWN: the general description matches,
    # then any one of the kinds of number does.
    general: dict[int, re.Pattern[str]]
    kinds: dict[int, re.Pattern[str]]

    def valid(self, number: str) -> bool:
        general = self.general.get(len(number))
        if general is None or general.fullmatch(number) is None:
            return False
        kinds = self.kinds.get(len(number))
        return kinds is not None and kinds.fullmatch(number) is not None


@lru_cache(maxsize=512)
def _region(country_code: int) -> _Region | None:
    """The metadata of the one country using ``country_code`` (``None`` when several share
    it, as +1 or +44 do: those numbers go to ``phonenumbers`` itself)."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) != 1 or regions[0] == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        return None
    metadata: PhoneMetadata | None = PhoneMetadata.metadata_for_region(regions[0], None)
    if metadata is None:
        return None
    general = _desc(metadata.general_desc)
    if general is None:
        return None
    kinds = [
        _desc(d)
        for d in (
            *(getattr(metadata, name) for name in checks.RARER_PHONE_KINDS),
            metadata.fixed_line,
        )
    ]
    # A mobile number counts unless its pattern is the fixed line's (then the fixed line's
    # test, lengths included, has decided already).
    if not metadata.same_mobile_and_fixed_line_pattern:
        kinds.append(_desc(metadata.mobile))
    prefix = metadata.national_prefix_for_parsing
    return _Region(
        national_prefix=re.compile(prefix) if prefix else None,
        general=_by_length([general]),
        kinds=_by_length([k for k in kinds if k is not None]),
    )


_REGIONS: dict[str, _Region | None] = {}
_SEPARATORS = str.maketrans("", "", " ./()-")


def _region_of_code(code: str) -> _Region | None:
    """The region of a calling code written as digits ("32"), remembered once looked up."""
    if code not in _REGIONS:
        _REGIONS[code] = _region(int(code))
    return _REGIONS[code]


@lru_cache(maxsize=1)
def _code_sizes() -> dict[str, int]:
    """For each three digits, the length of the calling code they start with (calling codes
    are prefix-free, so there is at most one); missing when none."""
    codes = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
    sizes: dict[str, int] = {}
    for number in range(1000):
        digits = f"{number:03d}"
        for size in (1, 2, 3):
            if int(digits[:size]) in codes:
                sizes[digits] = size
                break
    return sizes


def plainly_valid_phone(text: str) -> bool:
    """True when ``text`` is certainly a valid number by ``phonenumbers``' rules; False when
    it cannot tell (then ``phonenumbers`` decides).

    Only ``+`` and ASCII digits with spaces, dots, slashes, dashes or brackets between them
    are read here."""
    if len(text) < 4 or text[0] != "+" or not text[1].isdigit():
        return False
    digits = text[1:].translate(_SEPARATORS)
    if not (digits.isascii() and digits.isdigit()):
        return False
    size = _code_sizes().get(digits[:3])
    if size is None:
        return False
    region = _region_of_code(digits[:size])
    national = digits[size:]
    if region is None or not 2 <= len(national) <= 17 or national[0] == "0":
        return False
    # phonenumbers strips a national prefix it finds at the start: only numbers without one
    # are read here exactly as phonenumbers reads them.
    if region.national_prefix is not None and region.national_prefix.match(national):
        return False
    return region.valid(national)


def phone_problem(number: str, default_region: str | None) -> str | None:
    """Why a stored phone number is not valid, as the editor says it (``None`` when it is).

    The same answers as :func:`app.domain.validation.validate_phone` gives for the number."""
    text = number.strip()
    if not text:
        return None
    if len(number) > 35:
        return translate(
            "Validation", "may have at most {maximum} characters (it has {length})"
        ).format(maximum=35, length=len(number))
    if plainly_valid_phone(text):
        return None
    return checks.parse_phone(number, default_region).reason


# --- e-mail addresses ---------------------------------------------------------------------

_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def plainly_valid_email(address: str) -> bool:
    if len(address) > 254 or not _PLAIN_EMAIL.fullmatch(address):
        return False
    local, _, domain = address.partition("@")
    if len(local) > 64 or len(domain) > 253 or "--" in domain:
        return False
    special = _special_use_domains()
    domain = domain.lower()
    if domain.rpartition(".")[2] in special:
        return False
    if not _special_has_dots():
        return True
    # Special-use names of more than one label are looked for in every suffix.
    labels = domain.split(".")
    return not any(".".join(labels[i:]) in special for i in range(len(labels) - 1))


@lru_cache(maxsize=1)
def _special_use_domains() -> frozenset[str]:
    return frozenset(email_validator.SPECIAL_USE_DOMAIN_NAMES)


@lru_cache(maxsize=1)
def _special_has_dots() -> bool:
    return any("." in name for name in _special_use_domains())


def email_problem(address: str) -> str | None:
    """Why an e-mail address fails the syntax check, or ``None`` (as :func:`checks.email_problem`)."""
    if plainly_valid_email(address):
        return None
    return checks.email_problem(address)


__all__ = [
    "Category",
    "Finding",
    "email_problem",
    "phone_problem",
    "plainly_valid_email",
    "plainly_valid_phone",
]
