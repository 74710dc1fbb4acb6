"""What an import writes: a new contact from a record, or a stored contact with the record's
data merged in.

Merging never takes anything away.  The fields the file carries replace the stored values
when the file has a value (name, name parts, dates, note, …); contact points, tags, pictures
and professional identities the contact lacks are added, and the ones it has are left as they
are.  So importing the same file twice changes nothing the second time, and an import never
loses what was typed into Kontor beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from hashlib import sha256

from app.domain.models import (
    AnyContact,
    ContactPoints,
    IndividualContact,
    OrganizationContact,
    ProfessionalIdentity,
)
from app.domain.validation import MAX_ID_LENGTH
from app.services.interchange.matching import email_key, phone_key, region_of
from app.services.interchange.values import fold

_NOT_WORD = re.compile(r"\W+")

# Fields a file can carry, copied onto a stored contact when the file has a value.
_PERSON_FIELDS = (
    "given_name",
    "family_name",
    "title",
    "title_suffix",
    "date_of_birth",
    "anniversary",
    "gender",
    "locale",
)
_SHARED_FIELDS = ("name", "internal_note")


@dataclass(frozen=True)
class ResolvedAffiliation:
    """A professional identity to give: the organization's id is known now."""

    organization_id: str
    job_title: str | None
    points: ContactPoints


def _point_keys(points: ContactPoints, region: str) -> dict[str, set[str]]:
    return {
        "addresses": {_address_key(a.display()) for a in points.addresses},
        "emails": {email_key(e.address) or "" for e in points.emails},
        "phones": {_phone(p.number, region) for p in points.phones},
        "web_addresses": {_url_key(w.url) for w in points.web_addresses},
    }


def _address_key(text: str) -> str:
    return _NOT_WORD.sub("", fold(text))


def _phone(number: str, region: str) -> str:
    return phone_key(number, region) or _NOT_WORD.sub("", number)


def _url_key(url: str) -> str:
    return url.strip().casefold().rstrip("/")


def add_points(target: ContactPoints, incoming: ContactPoints, region: str) -> None:
    """Append the points of ``incoming`` that ``target`` does not have yet (in place)."""
    have = _point_keys(target, region)
    for address in incoming.addresses:
        key = _address_key(address.display())
        if key not in have["addresses"]:
            have["addresses"].add(key)
            target.addresses.append(address)
    for email in incoming.emails:
        key = email_key(email.address) or ""
        if key not in have["emails"]:
            have["emails"].add(key)
            target.emails.append(email)
    for phone in incoming.phones:
        key = _phone(phone.number, region)
        if key not in have["phones"]:
            have["phones"].add(key)
            target.phones.append(phone)
    for web in incoming.web_addresses:
        key = _url_key(web.url)
        if key not in have["web_addresses"]:
            have["web_addresses"].add(key)
            target.web_addresses.append(web)


def _identities(
    person: IndividualContact, affiliations: list[ResolvedAffiliation], region: str
) -> None:
    for affiliation in affiliations:
        existing = next(
            (
                pi
                for pi in person.professional_identities
                if pi.organization_contact == affiliation.organization_id
            ),
            None,
        )
        if existing is None:
            identity = ProfessionalIdentity(
                organization_contact=affiliation.organization_id,
                job_title=affiliation.job_title,
            )
            add_points(identity, affiliation.points, region)
            person.professional_identities.append(identity)
            continue
        if affiliation.job_title and affiliation.job_title != existing.job_title:
            existing.job_title = affiliation.job_title
        add_points(existing, affiliation.points, region)


def new_contact(
    draft: AnyContact, affiliations: list[ResolvedAffiliation], external_ref: str | None
) -> AnyContact:
    """The contact to create for a record."""
    contact = draft.model_copy(deep=True)
    if external_ref and len(external_ref) <= MAX_ID_LENGTH and contact.external_id is None:
        contact.external_id = external_ref
    if isinstance(contact, IndividualContact):
        _identities(contact, affiliations, region_of(contact))
    return contact


def merged_contact(
    stored: AnyContact,
    draft: AnyContact,
    affiliations: list[ResolvedAffiliation],
    external_ref: str | None,
) -> AnyContact:
    """``stored`` with what the record adds or changes; equal to ``stored`` when the record
    brings nothing new."""
    merged = stored.model_copy(deep=True)
    fields = _SHARED_FIELDS + (_PERSON_FIELDS if isinstance(merged, IndividualContact) else ())
    for name in fields:
        value = getattr(draft, name, None)
        if value not in (None, "") and value != getattr(merged, name):
            setattr(merged, name, value)
    if (
        isinstance(merged, OrganizationContact)
        and isinstance(draft, OrganizationContact)
        and draft.vat_number
        and not merged.vat_number
    ):
        merged.vat_number = draft.vat_number
    if (
        external_ref
        and merged.external_id is None
        and external_ref != merged.id
        and len(external_ref) <= MAX_ID_LENGTH
    ):
        merged.external_id = external_ref
    merged.vcard_properties += [
        line for line in draft.vcard_properties if line not in merged.vcard_properties
    ]
    region = region_of(merged)
    add_points(merged, draft, region)
    names = {t.name.casefold() for t in merged.tags}
    for tag in draft.tags:
        if tag.name.casefold() not in names:
            names.add(tag.name.casefold())
            merged.tags.append(tag)
    pictures = {sha256(i.data).digest() for i in merged.images}
    for image in draft.images:
        digest = sha256(image.data).digest()
        if digest not in pictures:
            pictures.add(digest)
            merged.images.append(image)
    if isinstance(merged, IndividualContact):
        _identities(merged, affiliations, region)
    return merged


__all__ = ["ResolvedAffiliation", "add_points", "merged_contact", "new_contact"]
