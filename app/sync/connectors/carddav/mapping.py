"""CardDAV cards ↔ Kontor's model, through Kontor's own vCard reader and writer.

A card's document (:mod:`.cards`) is read with :func:`read_vcards` into a contact; its
flat form under the ids already linked is the card's **projection**.  The other way, a
projection is made a contact again and written with :func:`vcard_of`; its lines are the
**body** compared and sent.  Only the properties the writer writes are Kontor's
(:func:`modelled`): every other property of the card on the server (``X-…``, ``IMPP``,
``RELATED``, ``NICKNAME``, a person's ``ORG`` and ``TITLE``, …) goes into the body exactly as
the server has it, so a merge never takes it for an edit and a write sends it back unchanged.

Entities of a card have no ids on the server: they are linked by what they say (an e-mail
address, a phone number's digits, an address's street, zip and city, a web address, a tag's
name, a picture's fingerprint); the card's contact by the link, else by its ``UID`` (the id
of a contact Kontor made), else a new id.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Mapping
from hashlib import sha256
from typing import Any, Final

from app.domain.changes import flatten_contact
from app.domain.enums import ContactKind
from app.domain.merge import unflatten_contact
from app.domain.models import AnyContact, IndividualContact, new_id
from app.i18n import translate
from app.services.interchange.limits import ImportLimits
from app.services.interchange.vcard_read import read_vcards
from app.services.interchange.vcard_write import vcard_of
from app.sync.connector import Carried, LinkIds, Projection, project
from app.sync.connectors.carddav.cards import doc_text, split_card, unfold
from app.sync.wire import WireError

JsonDict = dict[str, Any]

# ``owner`` and ``position`` place a child entity (and go along wherever it goes).
_POINT: Final = frozenset({"owner", "position", "type", "usage_context", "description", "usages"})
CARRIED: Final = Carried(
    {
        "contact": frozenset(
            {
                "kind",
                "name",
                "given_name",
                "family_name",
                "title",
                "title_suffix",
                "date_of_birth",
                "anniversary",
                "gender",
                "locale",
                "internal_note",
                "vcard_properties",
            }
        ),
        "email": _POINT | {"address"},
        "phone": _POINT | {"number"},
        "address": _POINT
        | {
            "street_name",
            "street_number",
            "additional",
            "city",
            "zip",
            "state",
            "country_code",
            "full_address",
        },
        "web_address": _POINT | {"url"},
        "contact_tag": frozenset({"name", "position"}),
        "image": None,
    }
)

#: Properties Kontor's writer writes for every contact; a person's ``ORG`` / ``TITLE`` are
#: not among them (Kontor keeps a person's organizations as contacts of their own), an
#: organization's ``ORG`` is its name.
_WRITTEN: Final = frozenset(
    {
        "FN",
        "N",
        "BDAY",
        "ANNIVERSARY",
        "GENDER",
        "LANG",
        "KIND",
        "ADR",
        "EMAIL",
        "TEL",
        "URL",
        "CATEGORIES",
        "NOTE",
        "PHOTO",
    }
)
#: Lines that are not the contact's: never merged, never changed by a write.
READ_ONLY: Final = ("@href", "@etag", "@version", "UID", "PRODID", "REV", "VERSION")
#: A person's organization lines, kept with the contact (written back on export).
_PERSON_KEPT: Final = ("ORG", "TITLE")
_LIMITS: Final = ImportLimits()
_DIGITS: Final = re.compile(r"[^0-9+]")


def modelled(kind: str) -> frozenset[str]:
    if kind == ContactKind.ORGANIZATION.value:
        return _WRITTEN | {"ORG"}
    return _WRITTEN


def is_group(doc: Mapping[str, Any]) -> bool:
    """A card that is a group of contacts (``KIND:group``, Apple's
    ``X-ADDRESSBOOKSERVER-KIND:group``), not a contact."""
    for name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
        for line in doc.get(name) or []:
            if unfold(line).rsplit(":", 1)[-1].strip().lower() == "group":
                return True
    return False


def _unreadable(doc: Mapping[str, Any], reason: object) -> str:
    return translate("Sync", "the card {href} cannot be read: {reason}").format(
        href=doc.get("@href"), reason=reason
    )


def read_card(doc: Mapping[str, Any]) -> tuple[AnyContact, str | None]:
    """The contact a card describes (fresh ids) and its ``UID``."""
    try:
        records, _ = read_vcards(doc_text(doc), _LIMITS)
    except Exception as exc:  # the reader's refusal of a whole card
        raise WireError(_unreadable(doc, exc)) from exc
    record = records[0] if records else None
    if record is None or record.contact is None:
        reasons = (
            "; ".join(p.message for p in record.problems) if record else translate("Sync", "empty")
        )
        raise WireError(_unreadable(doc, reasons))
    contact = record.contact
    if isinstance(contact, IndividualContact):
        for affiliation in record.affiliations:  # points in a work group belong to the person
            contact.addresses += affiliation.points.addresses
            contact.emails += affiliation.points.emails
            contact.phones += affiliation.points.phones
            contact.web_addresses += affiliation.points.web_addresses
        kept = list(contact.vcard_properties)
        for name in _PERSON_KEPT:
            for line in doc.get(name) or []:
                text = unfold(line)
                if text not in kept:
                    kept.append(text)
        contact.vcard_properties = kept
    return contact, record.external_ref


def entity_key(entity: str, fields: Mapping[str, Any]) -> str | None:
    """What links an entity of a card to a local one (``None``: not linked by content)."""
    if entity == "email":
        return "email:" + str(fields.get("address") or "").strip().lower()
    if entity == "phone":
        return "tel:" + _DIGITS.sub("", str(fields.get("number") or ""))
    if entity == "address":
        parts = (fields.get(k) or "" for k in ("street_name", "street_number", "zip", "city"))
        return "adr:" + "|".join(str(p).strip().lower() for p in parts)
    if entity == "web_address":
        return "url:" + str(fields.get("url") or "").strip().lower()
    if entity == "contact_tag":
        return "tag:" + str(fields.get("name") or "").strip().casefold()
    if entity == "image":
        return "image:" + str(fields.get("sha256") or "")
    return None


def keys_of(projection: Projection) -> dict[str, str]:
    """``{link key: local entity id}`` of a projection (the contact as ``contact``)."""
    keys: dict[str, str] = {}
    seen: dict[str, int] = {}
    for (entity, local_id), fields in sorted(
        projection.items(), key=lambda item: (item[0][0], item[1].get("position") or 0)
    ):
        if entity == "contact":
            keys["contact"] = local_id
            continue
        key = entity_key(entity, fields)
        if key is None:
            continue
        seen[key] = seen.get(key, 0) + 1
        keys[key if seen[key] == 1 else f"{key}#{seen[key]}"] = local_id
    return keys


def _uid_id(uid: str | None) -> str | None:
    if not uid:
        return None
    try:
        return str(uuid.UUID(uid))
    except ValueError:
        return None


def to_projection(doc: Mapping[str, Any], ids: LinkIds, blobs: dict[str, bytes]) -> Projection:
    """The projection of a card under the ids linked (``ids``); the bytes of its pictures go
    to ``blobs`` (by fingerprint)."""
    if not any(not name.startswith("@") for name in doc):
        return {}  # linked, nothing agreed yet
    contact, uid = read_card(doc)
    if "contact" not in ids.known and "contact" not in ids.made:
        ids.made["contact"] = _uid_id(uid) or new_id()
    contact_id = ids.local("contact")
    for image in contact.images:
        blobs[sha256(image.data).hexdigest()] = image.data
    flat = flatten_contact(contact)
    out: Projection = {}
    seen: dict[str, int] = {}
    for (entity, _), fields in sorted(
        flat.items(), key=lambda item: (item[0][0], item[1].get("position") or 0)
    ):
        if not CARRIED.carries(entity):
            continue
        kept = CARRIED.fields_of(entity, fields)
        if entity == "contact":
            out[("contact", contact_id)] = kept
            continue
        key = entity_key(entity, fields)
        if key is None:
            continue
        seen[key] = seen.get(key, 0) + 1
        key = key if seen[key] == 1 else f"{key}#{seen[key]}"
        if entity == "contact_tag":
            local = ids.known.get(key) or ids.made.get(key)
            if local is None:
                local = ids.made[key] = f"{contact_id}/{new_id()}"
        else:
            local = ids.local(key)
        if "owner" in kept:
            kept["owner"] = contact_id
        out[(entity, local)] = kept
    return out


def project_local(contact: AnyContact, blobs: dict[str, bytes]) -> Projection:
    for image in contact.images:
        blobs[sha256(image.data).hexdigest()] = image.data
    return project(contact, CARRIED)


def kind_of(projection: Projection) -> str:
    for (entity, _), fields in projection.items():
        if entity == "contact":
            return str(fields.get("kind") or ContactKind.INDIVIDUAL.value)
    return ContactKind.INDIVIDUAL.value


def contact_of(projection: Projection, blobs: Mapping[str, bytes]) -> AnyContact:
    flat = copy.deepcopy(projection)
    kind = kind_of(flat)
    for (entity, _), fields in flat.items():
        if entity == "contact":
            fields["kind"] = kind
    return unflatten_contact(flat, kind, blobs)


def body(
    projection: Projection, base: Mapping[str, Any] | None, blobs: Mapping[str, bytes]
) -> JsonDict:
    """The card's lines for ``projection``: what Kontor's writer writes for the properties it
    models, every other property as ``base`` has it (all the writer's lines for a new card)."""
    if not projection:
        return {}
    contact = contact_of(projection, blobs)
    props, _ = split_card(vcard_of(contact, lambda _id: None))
    if base is None:
        return dict(props)
    mine = modelled(contact.kind.value)
    out: JsonDict = {name: lines for name, lines in props.items() if name in mine}
    for name, lines in base.items():
        if name.startswith("@") or name in mine or name in READ_ONLY or lines is None:
            continue
        out[name] = copy.deepcopy(lines)
    return out


def display_name(doc: Mapping[str, Any]) -> str:
    for name in ("FN", "ORG", "N"):
        for line in doc.get(name) or []:
            value = unfold(line).split(":", 1)[-1]
            value = value.replace("\\,", ",").replace("\\;", ";").replace(";", " ").strip()
            if value:
                return " ".join(value.split())
    return str(doc.get("@href") or "")


__all__ = [
    "CARRIED",
    "READ_ONLY",
    "body",
    "contact_of",
    "display_name",
    "entity_key",
    "is_group",
    "keys_of",
    "kind_of",
    "modelled",
    "project_local",
    "read_card",
    "to_projection",
]
