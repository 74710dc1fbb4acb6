"""A contact as sync compares it: the server's document, its hash, and the domain object.

The **document** of a contact is what the server says about it in three answers: ``details``
(the aggregate with every sub-resource and role), the ``tags`` listing and the ``images``
listing.  It is kept as received (remote ids, unknown fields) as the base of a record; its
hash tells whether anything changed since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import ContactKind
from app.domain.models import (
    AnyContact,
    Image,
    IndividualContact,
    ProfessionalIdentityRef,
    Tag,
    new_id,
)
from app.sync import wire
from app.sync.wire import IdMap, UnresolvedReference

JsonDict = dict[str, Any]


def document_hash(doc: Mapping[str, Any]) -> str:
    return hashed_document(doc)[1]


def hashed_document(doc: Mapping[str, Any]) -> tuple[str, str]:
    """The document as canonical JSON text (keys sorted, no spaces) and its hash: the text is
    what the hash is made of, and a base stored as it reads back as the same document."""
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def document(details: JsonDict, tags: list[JsonDict], images: list[JsonDict]) -> JsonDict:
    return {"details": details, "tags": tags, "images": images}


def remote_contact_id(doc: Mapping[str, Any], kind: ContactKind | str) -> str | None:
    key = (
        "individual_contact"
        if str(kind) == ContactKind.INDIVIDUAL.value
        else "organization_contact"
    )
    contact = (doc.get("details") or {}).get(key) or {}
    value = contact.get("id")
    return str(value) if value is not None else None


class RecordIds:
    """Remote ↔ local ids while one record is converted: the record's own entities first
    (what the local copy and the base know), then everything other records share."""

    def __init__(self, shared: IdMap) -> None:
        self.shared = shared
        self.to_remote: dict[str, str] = {}
        self.to_local: dict[str, str] = {}
        # The shared map's own look-up (its dict's, for :class:`SharedIds`): a conversion
        # asks for every entity of a record.
        self._shared_local: Callable[[str], str | None] = (
            shared.to_local.get if isinstance(shared, SharedIds) else shared.local_id
        )

    def add(self, local_id: str, remote_id: str) -> None:
        self.to_remote[local_id] = remote_id
        self.to_local[remote_id] = local_id

    def remote_id(self, local_id: str) -> str | None:
        return self.to_remote.get(local_id) or self.shared.remote_id(local_id)

    def local_id(self, remote_id: str) -> str | None:
        return self.to_local.get(remote_id) or self._shared_local(remote_id)


@dataclass
class SharedIds:
    """Ids other records refer to: contacts, identities, departments, locations."""

    to_remote: dict[str, str] = field(default_factory=dict)
    to_local: dict[str, str] = field(default_factory=dict)

    def add(self, local_id: str, remote_id: str) -> None:
        self.to_remote[local_id] = remote_id
        self.to_local[remote_id] = local_id

    def remote_id(self, local_id: str) -> str | None:
        return self.to_remote.get(local_id)

    def local_id(self, remote_id: str) -> str | None:
        return self.to_local.get(remote_id)


def record_ids(shared: IdMap, base_ids: Mapping[str, str], local: AnyContact | None) -> RecordIds:
    ids = RecordIds(shared)
    for remote, local_id in base_ids.items():
        ids.add(local_id, remote)
    if local is not None:
        for entity in wire.iter_entities(local):
            if entity.remote_id is not None:
                ids.add(entity.id, entity.remote_id)
    return ids


def entity_ids(contact: AnyContact) -> dict[str, str]:
    """``{remote_id: local_id}`` of every entity of a contact known on the server."""
    return {e.remote_id: e.id for e in wire.iter_entities(contact) if e.remote_id is not None}


def contact_from_document(
    doc: Mapping[str, Any],
    kind: ContactKind | str,
    ids: IdMap,
    *,
    local: AnyContact | None = None,
    tag_ids: dict[str, str] | None = None,
    image_bytes: Mapping[str, bytes] | None = None,
    report: list[UnresolvedReference] | None = None,
) -> AnyContact:
    """The domain contact a document describes, with local ids where they are known.

    A reference to a record not here (trashed or deleted on the server, or not pulled yet)
    is left out of the contact and reported in ``report``; the document keeps it.  Every
    conversion of the same document leaves out the same references, so comparing the local
    copy with its base never takes them for a change of this side.

    Tags are matched by name (``tag_ids``: case-folded name → local tag id, shared between
    the conversions of one merge); pictures keep the local copy's bytes, or take
    ``image_bytes`` fetched for new ones.  Fields the API does not carry come from ``local``;
    a person's name parts are split from the full name when ``local`` has none for that name.
    """
    found: list[UnresolvedReference] = []
    contact = wire.details_from_wire(doc["details"], kind, ids, found, local=local)
    if report is not None:
        report.extend(found)
    unknown = {r.value for r in found if r.direction == "to_local"}
    if unknown:
        contact = without_references(contact, unknown)
    contact = wire.names_on_pull(contact, local)
    names = tag_ids if tag_ids is not None else {}
    if local is not None:
        for tag in local.tags:
            names.setdefault(tag.name.casefold(), tag.id)
    tags = []
    for item in doc.get("tags") or []:
        name = str(item.get("name") or "")
        if not name:
            continue
        tag_id = names.setdefault(name.casefold(), new_id())
        tags.append(Tag(id=tag_id, name=name, remote_id=item.get("id")))
    local_images = {i.remote_id: i for i in (local.images if local else []) if i.remote_id}
    images: list[Image] = []
    for item in doc.get("images") or []:
        rid = item.get("id")
        known = local_images.get(rid)
        if known is not None:
            images.append(known)
            continue
        content = (image_bytes or {}).get(str(rid))
        if content is None:
            continue
        images.append(wire.image_from_wire(item, ids, content))
    # ``contact`` was made by this call and nobody else holds it: what ``model_copy(update=)``
    # does to a copy is done to it, which spares copying every field of every contact pulled.
    update = {"tags": tags, "images": images}
    contact.__dict__.update(update)
    contact.__pydantic_fields_set__.update(update)
    return contact


class WithoutIds:
    """``ids`` that do not know the remote ids in ``hidden``: the conversion of a base as it
    was read while those records were not here yet."""

    def __init__(self, ids: IdMap, hidden: set[str]) -> None:
        self.ids = ids
        self.hidden = hidden

    def remote_id(self, local_id: str) -> str | None:
        return self.ids.remote_id(local_id)

    def local_id(self, remote_id: str) -> str | None:
        if remote_id in self.hidden:
            return None
        return self.ids.local_id(remote_id)


def without_references(contact: AnyContact, unknown: set[str]) -> AnyContact:
    """``contact`` without the references whose target is one of the ``unknown`` remote ids
    (an identity or a relationship is left out whole when what it is about is unknown)."""

    def known(*values: str | None) -> bool:
        return not any(v in unknown for v in values if v is not None)

    def pi_ref_known(ref: ProfessionalIdentityRef) -> bool:
        return known(ref.contact_id, ref.professional_identity_id)

    update: dict[str, Any] = {}
    if isinstance(contact, IndividualContact):
        update["professional_identities"] = [
            pi.model_copy(
                update={
                    "departments": [
                        d for d in pi.departments if known(d.contact_id, d.department_id)
                    ],
                    "locations": [x for x in pi.locations if known(x.contact_id, x.location_id)],
                }
            )
            for pi in contact.professional_identities
            if known(pi.organization_contact)
        ]
        update["personal_relationships"] = [
            r for r in contact.personal_relationships if known(r.individual_contact)
        ]
    else:
        update["representatives"] = [
            r for r in contact.representatives if pi_ref_known(r.professional_identity)
        ]
        update["founders"] = [r for r in contact.founders if pi_ref_known(r)]
        update["leaders"] = [r for r in contact.leaders if pi_ref_known(r)]
        update["locations"] = [
            loc.model_copy(update={"leaders": [r for r in loc.leaders if pi_ref_known(r)]})
            for loc in contact.locations
        ]
        update["memberships"] = [
            m
            if known(m.organization_contact)
            else m.model_copy(update={"organization_contact": None})
            for m in contact.memberships
        ]
    for name in ("customer_role", "supplier_role"):
        role = getattr(contact, name)
        if role is None:
            continue
        changes: dict[str, Any] = {}
        if role.managed_by is not None and not pi_ref_known(role.managed_by):
            changes["managed_by"] = None
        if name == "customer_role":
            if role.alternative_payer is not None and not known(role.alternative_payer.id):
                changes["alternative_payer"] = None
            changes["delivery_and_invoicing_configurations"] = [
                c.model_copy(
                    update={
                        "alternative_payer": (
                            c.alternative_payer
                            if c.alternative_payer is None or known(c.alternative_payer.id)
                            else None
                        ),
                        "invoice_address_id": (
                            c.invoice_address_id if known(c.invoice_address_id) else None
                        ),
                        "delivery_address_id": (
                            c.delivery_address_id if known(c.delivery_address_id) else None
                        ),
                    }
                )
                for c in role.delivery_and_invoicing_configurations
            ]
        update[name] = role.model_copy(update=changes)
    return contact.model_copy(update=update)
