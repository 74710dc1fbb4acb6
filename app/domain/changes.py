"""Field-level differences between two states of an aggregate.

An aggregate (a contact with its contact points, identities, roles, …) is flattened into
entities, each keyed by ``(entity name, entity id)`` with a flat mapping of JSON-ready field
values.  Comparing two flattenings gives the creates, updates and deletes, with the old and new
value of each changed field: the change journal records exactly that, and undo, history and the
sync outbox read it back.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from hashlib import sha256
from typing import Any

from pydantic import BaseModel

from app.domain.models import (
    AnyContact,
    CustomerList,
    Entity,
    ExternalIdMapping,
    Image,
    IndividualContact,
    OrganizationContact,
    PlaceholderCustomer,
)

EntityKey = tuple[str, str]
Flat = dict[EntityKey, dict[str, Any]]


class Op(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True)
class EntityChange:
    entity: str
    entity_id: str
    op: Op
    # field -> (old, new)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


# Child collections of a contact: list field -> entity name.
CONTACT_POINT_LISTS = {
    "addresses": "address",
    "emails": "email",
    "phones": "phone",
    "web_addresses": "web_address",
}
CONTACT_CHILD_LISTS = {
    **CONTACT_POINT_LISTS,
    "professional_identities": "professional_identity",
    "personal_relationships": "personal_relationship",
    "departments": "department",
    "locations": "location",
    "memberships": "membership",
}
ROLE_FIELDS = ("customer_role", "supplier_role", "alternative_payer_role")
_AGGREGATE_PARTS = {"id", "tags", "images", *CONTACT_CHILD_LISTS, *ROLE_FIELDS}


def _dump(model: BaseModel, exclude: set[str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = model.model_dump(mode="json", by_alias=True, exclude=exclude)
    return data


def _image_fields(image: Image, position: int) -> dict[str, Any]:
    # The journal keeps a fingerprint, not the picture: the bytes stay in the images table.
    fields = _dump(image, exclude={"id", "data"})
    fields["sha256"] = sha256(image.data).hexdigest()
    fields["size"] = len(image.data)
    fields["position"] = position
    return fields


def _flatten_children(
    flat: Flat, parent: dict[str, Any], lists: Mapping[str, str], position_owner: str
) -> None:
    for list_name, entity in lists.items():
        for position, item in enumerate(parent.pop(list_name, []) or []):
            item_id = item.pop("id")
            item["position"] = position
            item["owner"] = position_owner
            if entity == "professional_identity":
                _flatten_children(flat, item, CONTACT_POINT_LISTS, item_id)
            flat[(entity, item_id)] = item


def flatten_contact(contact: IndividualContact | OrganizationContact) -> Flat:
    data = _dump(contact, exclude={"images"})
    flat: Flat = {}
    contact_id = data.pop("id")
    _flatten_children(flat, data, CONTACT_CHILD_LISTS, contact_id)
    for role in ROLE_FIELDS:
        value = data.pop(role, None)
        if value is not None:
            flat[(role, contact_id)] = value
    for position, tag in enumerate(data.pop("tags", [])):
        flat[("contact_tag", f"{contact_id}/{tag['id']}")] = {
            "name": tag["name"],
            "position": position,
            "remote_id": tag.get("remote_id"),
        }
    for position, image in enumerate(contact.images):
        flat[("image", image.id)] = _image_fields(image, position)
    flat[("contact", contact_id)] = data
    return flat


def contact_created(contact: IndividualContact | OrganizationContact) -> EntityChange:
    """The journal entry for a new contact: one create of the aggregate.

    A new aggregate is created as a whole — undo removes it whole, sync sends it whole from the
    tables — so its entry records the contact's own fields; the contact points, identities,
    roles, tags and pictures it was created with are rows of that same create, not entries of
    their own.  Later changes to them are journaled entity by entity.
    """
    data = _dump(contact, exclude=_AGGREGATE_PARTS)
    changes = {
        f: (None, v)
        for f, v in data.items()
        if v is not None and v != [] and v != {} and f not in _IGNORED_FIELDS
    }
    return EntityChange("contact", contact.id, Op.CREATE, changes)


def flatten_placeholder(customer: PlaceholderCustomer) -> Flat:
    data = _dump(customer, exclude={"images"})
    customer_id = data.pop("id")
    flat: Flat = {("placeholder_customer", customer_id): data}
    for position, image in enumerate(customer.images):
        flat[("image", image.id)] = _image_fields(image, position)
    return flat


def flatten_customer_list(customer_list: CustomerList) -> Flat:
    data = _dump(customer_list)
    return {("customer_list", data.pop("id")): data}


def flatten_mapping(mapping: ExternalIdMapping) -> Flat:
    return {
        ("external_id_mapping", f"{mapping.kind.value}/{mapping.internal}"): {
            "kind": mapping.kind.value,
            "internal": mapping.internal,
            "external": mapping.external,
        }
    }


# Fields that record bookkeeping rather than content: they change on every save and would
# drown the journal.
_IGNORED_FIELDS = frozenset({"updated_at"})


def diff(old: Flat, new: Flat) -> list[EntityChange]:
    """The entity changes that turn ``old`` into ``new``, creates and updates first.

    A create lists the fields that have a value, a delete the values that were there: a field
    that is empty on both sides is no change.
    """
    changes: list[EntityChange] = []
    for key, fields in new.items():
        before = old.get(key)
        if before is None:
            changes.append(
                EntityChange(
                    key[0],
                    key[1],
                    Op.CREATE,
                    {
                        f: (None, v)
                        for f, v in fields.items()
                        if v is not None and f not in _IGNORED_FIELDS
                    },
                )
            )
            continue
        changed = {
            f: (before.get(f), fields.get(f))
            for f in sorted(set(before) | set(fields))
            if f not in _IGNORED_FIELDS and before.get(f) != fields.get(f)
        }
        if changed:
            changes.append(EntityChange(key[0], key[1], Op.UPDATE, changed))
    for key, fields in old.items():
        if key not in new:
            changes.append(
                EntityChange(
                    key[0],
                    key[1],
                    Op.DELETE,
                    {
                        f: (v, None)
                        for f, v in fields.items()
                        if v is not None and f not in _IGNORED_FIELDS
                    },
                )
            )
    return changes


def _entities(root: object) -> Iterator[Entity]:
    if isinstance(root, list | tuple):
        for item in root:
            yield from _entities(item)
    elif isinstance(root, Entity):
        yield root
        for name in type(root).model_fields:
            value = getattr(root, name)
            if isinstance(value, list | Entity):
                yield from _entities(value)


def carry_remote_ids(new: AnyContact, old: AnyContact) -> AnyContact:
    """``new`` with the remote ids ``old`` has for the same entities where ``new`` has none.

    Remote ids belong to sync: an editor's copy loaded before a sync gave ids out must not
    take them away again when it is saved (the next push would create the items twice)."""
    known = {e.id: e.remote_id for e in _entities(old) if e.remote_id is not None}
    missing = [e for e in _entities(new) if e.remote_id is None and e.id in known]
    if not missing:
        return new
    copy = new.model_copy(deep=True)
    for entity in _entities(copy):
        if entity.remote_id is None and entity.id in known:
            entity.remote_id = known[entity.id]
    return copy
