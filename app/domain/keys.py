"""Normalised keys that identify a contact: what makes two records the same party.

* ``email``: the address trimmed and case-folded (``An@Klok.BE`` is ``an@klok.be``);
* ``phone``: the number in international digits (``+32 9 123 45 67``, ``09/123.45.67`` in
  Belgium and ``0032 9 123 45 67`` are all ``3291234567``), national numbers read in the
  country of the contact's first address (Belgium when it has none);
* ``vat``: the VAT number without separators, upper case, with its country prefix.

The keys are stored beside each contact (``contact_keys``) so that a duplicate is found by
an index look-up while typing, and a whole book is scanned by grouping.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from app.domain.models import AnyContact, ContactPoints, IndividualContact

DEFAULT_REGION = "BE"
EMAIL, PHONE, VAT = "email", "phone", "vat"

_NOT_DIGITS = re.compile(r"\D")
_VAT_SEPARATORS = re.compile(r"[\s.\-/]")


@lru_cache(maxsize=512)
def _calling_code(region: str) -> str:
    code = phonenumbers.country_code_for_region(region.upper())
    return str(code) if code else ""


def email_key(address: str | None) -> str | None:
    value = (address or "").strip().casefold()
    return value or None


def phone_key(number: str | None, region: str | None = None) -> str | None:
    """International digits of a phone number, or ``None`` when it has too few digits."""
    text = (number or "").strip()
    if not text:
        return None
    digits = _NOT_DIGITS.sub("", text)
    if text.startswith("+"):
        pass
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = _calling_code(region or DEFAULT_REGION) + digits[1:]
    else:
        digits = _calling_code(region or DEFAULT_REGION) + digits
    return digits if len(digits) >= 6 else None


def vat_key(number: str | None) -> str | None:
    value = _VAT_SEPARATORS.sub("", (number or "")).upper()
    return value if len(value) >= 4 else None


def _region(contact: AnyContact) -> str:
    for address in contact.addresses:
        if address.country_code:
            return address.country_code
    return DEFAULT_REGION


def contact_keys(contact: AnyContact) -> set[tuple[str, str]]:
    """Every ``(kind, key)`` of a contact: its e-mails (its identities' too), its own phones
    and its VAT numbers."""
    region = _region(contact)
    owners: list[ContactPoints] = [contact]
    if isinstance(contact, IndividualContact):
        owners += contact.professional_identities
    keys: set[tuple[str, str]] = set()
    for owner in owners:
        for email in owner.emails:
            found = email_key(email.address)
            if found:
                keys.add((EMAIL, found))
    # Phones of the contact itself only: an identity's phone is often the organization's
    # switchboard, shared by everyone who works there.
    for phone in contact.phones:
        found = phone_key(phone.number, region)
        if found:
            keys.add((PHONE, found))
    vats = [getattr(contact, "vat_number", None)]
    if contact.customer_role is not None and contact.customer_role.tax_information is not None:
        vats.append(contact.customer_role.tax_information.eu_vat_number)
    if contact.supplier_role is not None and contact.supplier_role.tax_information is not None:
        vats.append(contact.supplier_role.tax_information.eu_vat_number)
    for vat in vats:
        found = vat_key(vat)
        if found:
            keys.add((VAT, found))
    return keys
