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


def add_points(target: ContactPoints, incoming: ContactPoints, region: str) -> bool:
    """Append the points of ``incoming`` that ``target`` does not have yet; returns whether
    it added any.  A list that gains a point is replaced by a new list (``target`` may share
    its lists with another copy of the contact)."""
    if not (incoming.addresses or incoming.emails or incoming.phones or incoming.web_addresses):
        return False
    have = _point_keys(target, region)
    added = False
    for address in incoming.addresses:
        key = _address_key(address.display())
        if key not in have["addresses"]:
            have["addresses"].add(key)
            target.addresses = [*target.addresses, address]
            added = True
    for email in incoming.emails:
        key = email_key(email.address) or ""
        if key not in have["emails"]:
            have["emails"].add(key)
            target.emails = [*target.emails, email]
            added = True
    for phone in incoming.phones:
        key = _phone(phone.number, region)
        if key not in have["phones"]:
            have["phones"].add(key)
            target.phones = [*target.phones, phone]
            added = True
    for web in incoming.web_addresses:
        key = _url_key(web.url)
        if key not in have["web_addresses"]:
            have["web_addresses"].add(key)
            target.web_addresses = [*target.web_addresses, web]
            added = True
    return added


def _identities(
    person: IndividualContact, affiliations: list[ResolvedAffiliation], region: str
) -> bool:
    """Give ``person`` the professional identities of ``affiliations``; returns whether
    anything changed.  Identities that change are copies (``person`` may share them)."""
    identities = person.professional_identities
    changed = False
    for affiliation in affiliations:
        at = next(
            (
                i
                for i, pi in enumerate(identities)
                if pi.organization_contact == affiliation.organization_id
            ),
            None,
        )
        if at is None:
            identity = ProfessionalIdentity(
                organization_contact=affiliation.organization_id,
                job_title=affiliation.job_title,
            )
            add_points(identity, affiliation.points, region)
            identities = [*identities, identity]
            changed = True
            continue
        existing = identities[at].model_copy()
        touched = False
        if affiliation.job_title and affiliation.job_title != existing.job_title:
            existing.job_title = affiliation.job_title
            touched = True
        touched = add_points(existing, affiliation.points, region) or touched
        if touched:
            identities = [*identities[:at], existing, *identities[at + 1 :]]
            changed = True
    if changed:
        person.professional_identities = identities
    return changed


def new_contact(
    draft: AnyContact, affiliations: list[ResolvedAffiliation], external_ref: str | None
) -> AnyContact:
    """The contact to create for a record (``draft`` is left as it is; the two share what
    neither changes)."""
    contact = draft.model_copy()
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
    return merge_record(stored, draft, affiliations, external_ref)[0]


def merge_record(
    stored: AnyContact,
    draft: AnyContact,
    affiliations: list[ResolvedAffiliation],
    external_ref: str | None,
) -> tuple[AnyContact, bool]:
    """:func:`merged_contact`, and whether the record changed anything (``False``: the
    contact returned is ``stored`` as it is).  ``stored`` and ``draft`` are left as they are;
    the merged contact shares with them what it does not change."""
    merged = stored.model_copy()
    changed = False
    fields = _SHARED_FIELDS + (_PERSON_FIELDS if isinstance(merged, IndividualContact) else ())
    for name in fields:
        value = getattr(draft, name, None)
        if value not in (None, "") and value != getattr(merged, name):
            setattr(merged, name, value)
            changed = True
    if (
        isinstance(merged, OrganizationContact)
        and isinstance(draft, OrganizationContact)
        and draft.vat_number
        and not merged.vat_number
    ):
        merged.vat_number = draft.vat_number
        changed = True
    if (
        external_ref
        and merged.external_id is None
        and external_ref != merged.id
        and len(external_ref) <= MAX_ID_LENGTH
    ):
        merged.external_id = external_ref
        changed = True
    kept = set(merged.vcard_properties)
    new_lines = [line for line in draft.vcard_properties if line not in kept]
    if new_lines:
        merged.vcard_properties = [*merged.vcard_properties, *new_lines]
        changed = True
    region = region_of(merged)
    changed = add_points(merged, draft, region) or changed
    names = {t.name.casefold() for t in merged.tags}
    for tag in draft.tags:
        if tag.name.casefold() not in names:
            names.add(tag.name.casefold())
            merged.tags = [*merged.tags, tag]
            changed = True
    if draft.images:
        pictures = {sha256(i.data).digest() for i in merged.images}
        for image in draft.images:
            digest = sha256(image.data).digest()
            if digest not in pictures:
                pictures.add(digest)
                merged.images = [*merged.images, image]
                changed = True
    if isinstance(merged, IndividualContact):
        changed = _identities(merged, affiliations, region) or changed
    return merged, changed


__all__ = ["ResolvedAffiliation", "add_points", "merge_record", "merged_contact", "new_contact"]
