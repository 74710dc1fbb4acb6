"""A contact as sync compares it: the server's document, its hash, and the domain object.

The **document** of a contact is what the server says about it in three answers: ``details``
(the aggregate with every sub-resource and role), the ``tags`` listing and the ``images``
listing.  It is kept as received (remote ids, unknown fields) as the base of a record; its
hash tells whether anything changed since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import ContactKind
from app.domain.models import AnyContact, Image, Tag, new_id
from app.sync import wire
from app.sync.wire import IdMap, UnresolvedReference

JsonDict = dict[str, Any]


def document_hash(doc: Mapping[str, Any]) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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

    def add(self, local_id: str, remote_id: str) -> None:
        self.to_remote[local_id] = remote_id
        self.to_local[remote_id] = local_id

    def remote_id(self, local_id: str) -> str | None:
        return self.to_remote.get(local_id) or self.shared.remote_id(local_id)

    def local_id(self, remote_id: str) -> str | None:
        return self.to_local.get(remote_id) or self.shared.local_id(remote_id)


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

    Tags are matched by name (``tag_ids``: case-folded name → local tag id, shared between
    the conversions of one merge); pictures keep the local copy's bytes, or take
    ``image_bytes`` fetched for new ones.  Fields the API does not carry come from ``local``;
    a person's name parts are split from the full name when ``local`` has none for that name.
    """
    contact = wire.details_from_wire(doc["details"], kind, ids, report, local=local)
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
    return contact.model_copy(update={"tags": tags, "images": images})
