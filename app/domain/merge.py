"""Three-way merge of a contact aggregate for the sync engine.

The base is the last state both sides agreed on, *mine* the local state and *theirs* the
server's.  All three are flattened with :func:`app.domain.changes.flatten_contact` (entities
keyed by ``(entity, id)``) and merged entity by entity, field by field:

- changed on one side only → that side's value; on both to the same value → that value;
- on both to different values → a :class:`FieldConflict`, and the merged state keeps *mine*
  (both values are in the conflict, nothing is lost);
- an item added on one side → added; deleted on one side and unchanged on the other → deleted;
  deleted on one side and edited on the other → an :class:`ItemConflict`, and the merged state
  keeps the edited item (a professional identity counts as edited when its contact points are);
- no base (never agreed, e.g. created on both sides) → every field that differs is a conflict.

``extra`` (fields unknown to this version) and ``custom_fields`` merge per key; their conflicts
name the field ``"extra.<key>"`` / ``"custom_fields.<key>"``.  A picture merges as a whole
(fingerprint, size, media type, dimensions: the pseudo-field ``"content"``), its bytes carried
from the side whose fingerprint won.  Some fields never conflict: an item's ``position`` (mine
wins), and fields the server assigns (``remote_id``, ``updated_at``, ``created_at``, account
ids: theirs wins unless empty).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import Enum
from hashlib import sha256
from typing import Any, Literal

from app.domain.changes import (
    CONTACT_CHILD_LISTS,
    CONTACT_POINT_LISTS,
    ROLE_FIELDS,
    EntityKey,
    Flat,
    diff,
    flatten_contact,
)
from app.domain.enums import ContactKind
from app.domain.models import AnyContact, IndividualContact, OrganizationContact

Side = Literal["mine", "theirs"]


class _Missing(Enum):
    MISSING = "MISSING"

    def __repr__(self) -> str:
        return "MISSING"


# The value of a field (or an ``extra`` key) that one side does not have at all.
MISSING = _Missing.MISSING


@dataclass(frozen=True)
class FieldConflict:
    """The same field changed on both sides to different values (``MISSING``: no value)."""

    entity: str
    entity_id: str
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class ItemConflict:
    """An item deleted on one side and edited on the other; the merged state keeps it.

    ``edited_fields`` maps each field the other side edited to ``(base, edited)``; for a
    professional identity its contact points' edits appear as ``"<entity>/<id>.<field>"``.
    """

    entity: str
    entity_id: str
    deleted_by: Side
    edited_fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


Conflict = FieldConflict | ItemConflict


@dataclass(frozen=True)
class MergeResult:
    merged: AnyContact
    conflicts: list[Conflict]
    # Mine differs from the base / theirs differs from the base (always both without a base).
    changed_locally: bool
    changed_remotely: bool
    # The inputs, kept so that a conflict can be resolved later (pictures' bytes included).
    base: AnyContact | None = field(default=None, repr=False, compare=False)
    mine: AnyContact | None = field(default=None, repr=False, compare=False)
    theirs: AnyContact | None = field(default=None, repr=False, compare=False)

    @property
    def needs_push(self) -> bool:
        """The merged state differs from the server's: it has to be sent."""
        return self.theirs is None or _differs(self.merged, self.theirs)

    @property
    def needs_local_save(self) -> bool:
        """The merged state differs from the local one: it has to be stored."""
        return self.mine is None or _differs(self.merged, self.mine)


# --- flat form -> domain object ------------------------------------------------------------

_LIST_OF_ENTITY = {entity: list_name for list_name, entity in CONTACT_CHILD_LISTS.items()}
_CONTACT_POINT_ENTITIES = frozenset(CONTACT_POINT_LISTS.values())
_IMAGE_CONTENT = ("sha256", "size", "media_type", "width", "height")


def _blob_pool(*contacts: AnyContact | None) -> dict[str, bytes]:
    pool: dict[str, bytes] = {sha256(b"").hexdigest(): b""}
    for contact in contacts:
        if contact is not None:
            for image in contact.images:
                pool[sha256(image.data).hexdigest()] = image.data
    return pool


def unflatten_contact(
    flat: Flat, kind: ContactKind | str, blobs: Mapping[str, bytes] | None = None
) -> AnyContact:
    """The aggregate that ``flatten_contact`` turned into ``flat``.

    ``blobs`` maps a picture's sha256 to its bytes (the flat form keeps only the fingerprint);
    a picture whose bytes are not there is an error, not an empty picture.
    """
    kind = ContactKind(kind)
    cls: type[IndividualContact] | type[OrganizationContact] = (
        IndividualContact if kind is ContactKind.INDIVIDUAL else OrganizationContact
    )
    pool = dict(blobs or {})
    pool.setdefault(sha256(b"").hexdigest(), b"")
    contact_ids = [entity_id for entity, entity_id in flat if entity == "contact"]
    if len(contact_ids) != 1:
        raise ValueError(f"expected one contact entity, found {len(contact_ids)}")
    contact_id = contact_ids[0]
    data = copy.deepcopy(flat[("contact", contact_id)])
    if data.pop("kind", kind.value) != kind.value:
        raise ValueError(f"the flat contact is not of kind {kind.value}")
    data["id"] = contact_id

    # owner id -> list name -> [(position, order, item)]
    children: dict[str, dict[str, list[tuple[int, int, dict[str, Any]]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    tags: list[tuple[int, int, dict[str, Any]]] = []
    images: list[tuple[int, int, dict[str, Any]]] = []
    for order, ((entity, entity_id), fields) in enumerate(flat.items()):
        item = copy.deepcopy(fields)
        if entity in _LIST_OF_ENTITY:
            owner = item.pop("owner")
            position = item.pop("position")
            item["id"] = entity_id
            children[owner][_LIST_OF_ENTITY[entity]].append((position, order, item))
        elif entity in ROLE_FIELDS:
            if entity_id != contact_id:
                raise ValueError(f"{entity} {entity_id} belongs to another contact")
            data[entity] = item
        elif entity == "contact_tag":
            owner, _, tag_id = entity_id.partition("/")
            if owner != contact_id:
                raise ValueError(f"tag {entity_id} belongs to another contact")
            position = item.pop("position")
            tags.append((position, order, {"id": tag_id, **item}))
        elif entity == "image":
            position = item.pop("position")
            digest = item.pop("sha256")
            item.pop("size", None)
            if digest not in pool:
                raise KeyError(f"no bytes for picture {entity_id} (sha256 {digest})")
            images.append((position, order, {"id": entity_id, "data": pool[digest], **item}))
        elif entity != "contact":
            raise ValueError(f"unknown entity {entity!r} in a contact aggregate")

    def ordered(items: list[tuple[int, int, dict[str, Any]]]) -> list[dict[str, Any]]:
        return [item for _, _, item in sorted(items, key=lambda t: (t[0], t[1]))]

    own = children.pop(contact_id, {})
    identities = own.get("professional_identities", [])
    for _, _, identity in identities:
        for list_name, items in children.pop(identity["id"], {}).items():
            if list_name not in CONTACT_POINT_LISTS:
                raise ValueError(f"{list_name} cannot belong to a professional identity")
            identity[list_name] = ordered(items)
    if children:
        raise ValueError(f"items whose owner is not in the aggregate: {sorted(children)}")
    for list_name, items in own.items():
        data[list_name] = ordered(items)
    data["tags"] = ordered(tags)
    data["images"] = ordered(images)
    return cls.model_validate(data)


# --- merging -------------------------------------------------------------------------------

# Per-key dictionaries.
_KEYED_FIELDS = ("extra", "custom_fields")
# Set by the server: when both sides differ, the server's (non-empty) value wins.
_SERVER_FIELDS = frozenset(
    {"remote_id", "updated_at", "created_at", "debtor_account_id", "creditor_account_id"}
)
# Never a conflict, never an edit on its own: mine wins.
_ORDER_FIELDS = frozenset({"position"})


def _same(a: Any, b: Any) -> bool:
    """Equality that tells ``True`` from ``1`` (JSON values), and amounts of money by their
    value (``16500.00 EUR`` is ``16500 EUR``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        if _is_money(a) and _is_money(b):
            return bool(a["unit"] == b["unit"] and _amount(a) == _amount(b))
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


_MONEY_KEYS = frozenset({"value", "unit"})


def _is_money(value: dict[str, Any]) -> bool:
    return value.keys() == _MONEY_KEYS and _amount(value) is not None


def _amount(money: dict[str, Any]) -> Decimal | None:
    raw = money.get("value")
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | Decimal):
        return None
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _merge_value(name: str, base: Any, mine: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value and whether it is a conflict."""
    if _same(mine, theirs):
        return mine, False
    if _same(mine, base):
        return theirs, False
    if _same(theirs, base):
        return mine, False
    if name in _ORDER_FIELDS:
        return mine, False
    if name in _SERVER_FIELDS:
        return (mine if theirs is None or theirs is MISSING else theirs), False
    return mine, True


def _union(*dicts: Mapping[str, Any] | None) -> list[str]:
    names: dict[str, None] = {}
    for d in dicts:
        if d is not None:
            names.update(dict.fromkeys(d))
    return list(names)


def _merge_entity(
    key: EntityKey,
    base: dict[str, Any] | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    conflicts: list[Conflict],
) -> dict[str, Any]:
    entity, entity_id = key
    out: dict[str, Any] = {}
    for name in _union(mine, theirs, base):
        b = MISSING if base is None else base.get(name, MISSING)
        m = mine.get(name, MISSING)
        t = theirs.get(name, MISSING)
        keyed = name in _KEYED_FIELDS and all(isinstance(v, dict | _Missing) for v in (b, m, t))
        if keyed:
            bd = b if isinstance(b, dict) else None
            md = m if isinstance(m, dict) else {}
            td = t if isinstance(t, dict) else {}
            merged: dict[str, Any] = {}
            for sub in _union(md, td, bd):
                bv = MISSING if bd is None else bd.get(sub, MISSING)
                value, clash = _merge_value(sub, bv, md.get(sub, MISSING), td.get(sub, MISSING))
                if clash:
                    conflicts.append(
                        FieldConflict(
                            entity,
                            entity_id,
                            f"{name}.{sub}",
                            bv,
                            md.get(sub, MISSING),
                            td.get(sub, MISSING),
                        )
                    )
                if value is not MISSING:
                    merged[sub] = value
            out[name] = merged
            continue
        value, clash = _merge_value(name, b, m, t)
        if clash:
            conflicts.append(FieldConflict(entity, entity_id, name, b, m, t))
        if value is not MISSING:
            out[name] = value
    return out


def _pack_images(flat: Flat) -> Flat:
    """Pictures' content fields as one pseudo-field, so that a picture merges as a whole."""
    packed: Flat = {}
    for key, fields in flat.items():
        if key[0] == "image":
            fields = dict(fields)
            fields["content"] = {name: fields.pop(name, None) for name in _IMAGE_CONTENT}
        packed[key] = fields
    return packed


def _unpack_images(flat: Flat) -> Flat:
    unpacked: Flat = {}
    for key, fields in flat.items():
        if key[0] == "image":
            fields = dict(fields)
            fields.update(fields.pop("content"))
        unpacked[key] = fields
    return unpacked


def _field_edits(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, prefix: str = ""
) -> dict[str, tuple[Any, Any]]:
    edits: dict[str, tuple[Any, Any]] = {}
    for name in _union(before, after):
        if name in _ORDER_FIELDS or name == "updated_at":
            continue
        old = MISSING if before is None else before.get(name, MISSING)
        new = MISSING if after is None else after.get(name, MISSING)
        if not _same(old, new):
            edits[prefix + name] = (old, new)
    return edits


def _children(flats: Iterable[Flat], owner_id: str) -> list[EntityKey]:
    keys: dict[EntityKey, None] = {}
    for flat in flats:
        for key, fields in flat.items():
            if key[0] in _CONTACT_POINT_ENTITIES and fields.get("owner") == owner_id:
                keys[key] = None
    return list(keys)


def _subtree_edits(
    base: Flat, side: Flat, key: EntityKey
) -> tuple[dict[str, tuple[Any, Any]], list[EntityKey]]:
    """The edits of one side to an item and, for an identity, to its contact points."""
    edits = _field_edits(base.get(key), side.get(key))
    kids: list[EntityKey] = []
    if key[0] == "professional_identity":
        kids = _children((base, side), key[1])
        for kid in kids:
            edits.update(_field_edits(base.get(kid), side.get(kid), f"{kid[0]}/{kid[1]}."))
    return edits, kids


def _differs(a: AnyContact, b: AnyContact) -> bool:
    return bool(diff(flatten_contact(a), flatten_contact(b))) or a.images != b.images


def merge_three_way(base: AnyContact | None, mine: AnyContact, theirs: AnyContact) -> MergeResult:
    """Merge the local and the server's state of one contact against their common base."""
    if mine.id != theirs.id or (base is not None and base.id != mine.id):
        raise ValueError("a three-way merge needs the same contact on every side")
    if mine.kind != theirs.kind or (base is not None and base.kind != mine.kind):
        raise ValueError("a contact cannot change its kind")
    raw_b = flatten_contact(base) if base is not None else {}
    raw_m = flatten_contact(mine)
    raw_t = flatten_contact(theirs)
    b, m, t = _pack_images(raw_b), _pack_images(raw_m), _pack_images(raw_t)

    conflicts: list[Conflict] = []
    merged: Flat = {}
    settled: set[EntityKey] = set()

    # An identity deleted on one side whose subtree the other side edited: keep that side's
    # identity with all its contact points, as one conflict.
    for key in b:
        if key[0] != "professional_identity" or (key in m) == (key in t):
            continue
        survivor, deleted_by = _survivor(key, m, t)
        edits, kids = _subtree_edits(b, survivor, key)
        if not edits:
            continue
        conflicts.append(ItemConflict(key[0], key[1], deleted_by, edits))
        merged[key] = survivor[key]
        settled.add(key)
        for kid in kids:
            settled.add(kid)
            if kid in survivor:
                merged[kid] = survivor[kid]

    for key in _union_keys(b, m, t):
        if key in settled:
            continue
        in_b, in_m, in_t = key in b, key in m, key in t
        if in_m and in_t:
            merged[key] = _merge_entity(key, b.get(key), m[key], t[key], conflicts)
        elif in_b and (in_m or in_t):
            survivor, deleted_by = _survivor(key, m, t)
            edits = _field_edits(b[key], survivor[key])
            if edits:
                conflicts.append(ItemConflict(key[0], key[1], deleted_by, edits))
                merged[key] = survivor[key]
        elif in_m:
            merged[key] = m[key]
        elif in_t:
            merged[key] = t[key]

    _drop_duplicate_tags(merged, b, m)
    result = unflatten_contact(
        _unpack_images(_ordered_like(merged, m, t)), mine.kind, _blob_pool(base, mine, theirs)
    )
    return MergeResult(
        merged=result,
        conflicts=conflicts,
        changed_locally=base is None or bool(diff(raw_b, raw_m)),
        changed_remotely=base is None or bool(diff(raw_b, raw_t)),
        base=base,
        mine=mine,
        theirs=theirs,
    )


def _survivor(key: EntityKey, mine: Flat, theirs: Flat) -> tuple[Flat, Side]:
    """The side that still has ``key`` and the side that deleted it."""
    return (mine, "theirs") if key in mine else (theirs, "mine")


def _union_keys(*flats: Flat) -> list[EntityKey]:
    keys: dict[EntityKey, None] = {}
    for flat in flats:
        keys.update(dict.fromkeys(flat))
    return list(keys)


def _ordered_like(merged: Flat, mine: Flat, theirs: Flat) -> Flat:
    """Merged entities in mine's order, then theirs' (ties of position keep mine first)."""
    order = {key: i for i, key in enumerate(_union_keys(mine, theirs))}
    return dict(sorted(merged.items(), key=lambda kv: order.get(kv[0], len(order))))


def _drop_duplicate_tags(merged: Flat, base: Flat, mine: Flat) -> None:
    """A tag both sides added under the same name (as two ids) is kept once, as mine."""
    names = {f.get("name") for k, f in merged.items() if k[0] == "contact_tag" and k in mine}
    for key in [k for k in merged if k[0] == "contact_tag" and k not in mine and k not in base]:
        if merged[key].get("name") in names:
            del merged[key]


# --- resolving -----------------------------------------------------------------------------


def resolve(result: MergeResult, conflict: Conflict, choice: Side) -> MergeResult:
    """Settle one conflict by taking one side; the other conflicts stay as they are."""
    if conflict not in result.conflicts:
        raise ValueError("the conflict is not part of this merge result")
    index = result.conflicts.index(conflict)
    flat = _pack_images(flatten_contact(result.merged))
    if isinstance(conflict, FieldConflict):
        key = (conflict.entity, conflict.entity_id)
        value = conflict.mine if choice == "mine" else conflict.theirs
        fields = flat.get(key)
        if fields is not None:  # gone when the item itself was resolved away
            name, _, sub = conflict.field.partition(".")
            if sub and name in _KEYED_FIELDS:
                target: dict[str, Any] = fields.setdefault(name, {})
                name = sub
            else:
                target = fields
            if value is MISSING:
                target.pop(name, None)
            else:
                target[name] = copy.deepcopy(value)
    elif choice == conflict.deleted_by:
        key = (conflict.entity, conflict.entity_id)
        flat.pop(key, None)
        if conflict.entity == "professional_identity":
            for kid in _children((flat,), conflict.entity_id):
                del flat[kid]
    merged = unflatten_contact(
        _unpack_images(flat),
        result.merged.kind,
        _blob_pool(result.merged, result.base, result.mine, result.theirs),
    )
    remaining = result.conflicts[:index] + result.conflicts[index + 1 :]
    if isinstance(conflict, ItemConflict) and choice == conflict.deleted_by:
        # Conflicts inside a deleted item are moot.
        left = flatten_contact(merged)
        remaining = [c for c in remaining if (c.entity, c.entity_id) in left]
    return replace(result, merged=merged, conflicts=remaining)


def take_mine(result: MergeResult, conflict: Conflict) -> MergeResult:
    return resolve(result, conflict, "mine")


def take_theirs(result: MergeResult, conflict: Conflict) -> MergeResult:
    return resolve(result, conflict, "theirs")
