"""Conversion between domain objects and the Contacts API's JSON.

Two shapes come out of the ``*_to_wire`` functions:

* a **request body** (``full=False``, the default): what a POST or PUT sends — no ``id``, none
  of the server-assigned, read-only fields (``deleted``, ``representatives``,
  ``debtor_account_id``, ``creditor_account_id``);
* the **server view** (``full=True``): the object as the server answers it, ids and read-only
  fields included.  ``details_to_wire(contact, ids, full=True)`` is the inverse of
  :func:`details_from_wire`; the sync engine uses it as a normalised base, a reference server
  uses it to answer.

Fields the server sends that this version does not know go to the entity's ``extra`` and are
written back unchanged; enum values are plain strings, so unknown ones survive too.  Fields
that exist only locally (Kanbert, KIP, partner and workspace fields such as ``given_name``,
``vat_number``, ``custom_fields``, ``internal_note``, an address's ``state``, a location's
office hours) are never sent; :func:`contact_from_wire` takes them from the local copy, and
:func:`names_on_pull` splits a person's full name into its parts where the local copy has no
parts for that name.

Ids on the wire are remote ids.  An entity carries its own ``remote_id``; references to other
entities (an organization contact, departments, addresses in a delivery configuration, a
relationship's target, …) are translated through an :class:`IdMap`.  A reference without a
known mapping is kept as it is and reported in ``report``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import UnionType
from typing import Annotated, Any, Literal, Protocol, TypeVar, Union, get_args, get_origin

from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    AlternativePayerRole,
    AnyContact,
    ContactBase,
    ContactConfiguration,
    ContactPoint,
    ContactPoints,
    ContactRef,
    CustomerCard,
    CustomerList,
    CustomerRole,
    CustomerTaxInformation,
    CustomWorkflowConfig,
    DeliveryAndInvoicingConfiguration,
    DeliveryLimitations,
    Department,
    DepartmentRef,
    DomainModel,
    Email,
    Entity,
    ExternalApiAccessConfiguration,
    ExternalIdMapping,
    Image,
    IndividualContact,
    JsonDict,
    Location,
    LocationRef,
    Membership,
    Money,
    OrganizationContact,
    PersonalRelationship,
    Phone,
    PlaceholderCustomer,
    ProfessionalIdentity,
    ProfessionalIdentityRef,
    Representative,
    SupplierRole,
    SupplierTaxInformation,
    Tag,
    WebAddress,
    new_id,
)
from app.domain.person_names import split_person_name
from app.i18n import translate

# ----------------------------------------------------------------------------------------
# ids


class IdMap(Protocol):
    """Local id ↔ remote id lookups; ``None`` when the id is not known."""

    def remote_id(self, local_id: str) -> str | None: ...

    def local_id(self, remote_id: str) -> str | None: ...


@dataclass
class SimpleIdMap:
    """An in-memory :class:`IdMap`."""

    to_remote: dict[str, str] = field(default_factory=dict)
    to_local: dict[str, str] = field(default_factory=dict)

    def add(self, local_id: str, remote_id: str) -> None:
        self.to_remote[local_id] = remote_id
        self.to_local[remote_id] = local_id

    def remote_id(self, local_id: str) -> str | None:
        return self.to_remote.get(local_id)

    def local_id(self, remote_id: str) -> str | None:
        return self.to_local.get(remote_id)

    @classmethod
    def from_entities(cls, *roots: object) -> SimpleIdMap:
        """A map of every entity with a ``remote_id`` found in ``roots`` (walked deeply)."""
        ids = cls()
        for entity in iter_entities(*roots):
            if entity.remote_id is not None:
                ids.add(entity.id, entity.remote_id)
        return ids


def _may_hold_list(annotation: Any) -> bool:
    """Whether a field of this annotation can hold a list (unknown shapes: yes)."""
    if annotation is Any:
        return True
    origin = get_origin(annotation)
    if origin is Annotated:
        return _may_hold_list(get_args(annotation)[0])
    if origin is Union or origin is UnionType:
        return any(_may_hold_list(arg) for arg in get_args(annotation))
    if origin is not None:
        return isinstance(origin, type) and issubclass(origin, list)
    if isinstance(annotation, type):
        return issubclass(annotation, list)
    return annotation is not None


_LIST_FIELDS: dict[type, tuple[str, ...]] = {}


def _list_fields(cls: type[Entity]) -> tuple[str, ...]:
    """The fields of an entity class that can hold a list (the only ones that can hold
    entities :func:`iter_entities` walks into), found once per class."""
    found = _LIST_FIELDS.get(cls)
    if found is None:
        found = _LIST_FIELDS[cls] = tuple(
            name for name, info in cls.model_fields.items() if _may_hold_list(info.annotation)
        )
    return found


def iter_entities(*roots: object) -> Iterator[Entity]:
    """Every :class:`Entity` inside ``roots`` (lists and nested models included)."""
    for root in roots:
        if isinstance(root, list | tuple):
            yield from iter_entities(*root)
        elif isinstance(root, Entity):
            yield root
            for name in _list_fields(type(root)):
                value = getattr(root, name)
                if isinstance(value, list) and value and isinstance(value[0], Entity):
                    yield from iter_entities(*value)


def entity_list(root: Entity) -> list[Entity]:
    """What ``list(iter_entities(root))`` gives for one entity, in the same order, without a
    generator for every entity on the way (a pull walks every contact it takes)."""
    found: list[Entity] = []
    _collect(root, found)
    return found


def _collect(entity: Entity, found: list[Entity]) -> None:
    found.append(entity)
    fields = entity.__dict__
    for name in _list_fields(type(entity)):
        value = fields[name] if name in fields else getattr(entity, name)
        if isinstance(value, list) and value and isinstance(value[0], Entity):
            for item in value:
                if isinstance(item, Entity):
                    _collect(item, found)
                elif isinstance(item, list | tuple):
                    found += iter_entities(*item)


@dataclass(frozen=True)
class UnresolvedReference:
    """A reference with no known id mapping, kept unchanged."""

    where: str
    value: str
    direction: Literal["to_remote", "to_local"]

    def __str__(self) -> str:
        if self.direction == "to_remote":
            text = translate("Sync", "{where}: no remote id known for {value}; kept as is")
        else:
            text = translate("Sync", "{where}: no local id known for {value}; kept as is")
        return text.format(where=self.where, value=repr(self.value))


class WireError(ValueError):
    """A server object that cannot be read (a wrong type or an unreadable value)."""


class _Refs:
    """Id translation for one conversion, with the report of what was not found."""

    def __init__(self, ids: IdMap, report: list[UnresolvedReference] | None) -> None:
        self.ids = ids
        self.report = report if report is not None else []
        self._made: dict[str, str] = {}

    def remote(self, local_id: str, where: str) -> str:
        found = self.ids.remote_id(local_id)
        if found is None:
            self.report.append(UnresolvedReference(where, local_id, "to_remote"))
            return local_id
        return found

    def local(self, remote_id: str, where: str) -> str:
        found = self.ids.local_id(remote_id) or self._made.get(remote_id)
        if found is None:
            self.report.append(UnresolvedReference(where, remote_id, "to_local"))
            return remote_id
        return found

    def entity_id(self, remote_id: str | None) -> str:
        """The local id for an entity the server sent: known, or new (and remembered)."""
        if remote_id is None:
            return new_id()
        found = self.ids.local_id(remote_id) or self._made.get(remote_id)
        if found is None:
            found = self._made[remote_id] = new_id()
        return found


# ----------------------------------------------------------------------------------------
# small helpers


def _obj(data: Any, what: str) -> JsonDict:
    if not isinstance(data, dict):
        raise WireError(f"{what}: expected an object, got {type(data).__name__}")
    return data


def _list(data: Any, what: str) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise WireError(f"{what}: expected a list, got {type(data).__name__}")
    return data


def _str(data: JsonDict, key: str, what: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise WireError(f"{what}.{key}: expected a string, got {type(value).__name__}")
    return value


def _bool(data: JsonDict, key: str, default: bool, what: str) -> bool:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise WireError(f"{what}.{key}: expected true or false, got {value!r}")
    return value


def _int(data: JsonDict, key: str, what: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise WireError(f"{what}.{key}: expected an integer, got {value!r}")
    return value


def _date(data: JsonDict, key: str, what: str) -> date | None:
    value = data.get(key)
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise WireError(f"{what}.{key}: not a date: {value!r}") from None


def _datetime(data: JsonDict, key: str, what: str) -> datetime | None:
    value = data.get(key)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise WireError(f"{what}.{key}: not a date-time: {value!r}") from None


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value.isoformat()


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _clean(data: JsonDict) -> JsonDict:
    """``data`` without keys whose value is ``None``."""
    return {k: v for k, v in data.items() if v is not None}


def _unknown(data: JsonDict, known: Iterable[str]) -> JsonDict:
    keys = set(known)
    return {k: v for k, v in data.items() if k not in keys}


def _with_extra(body: JsonDict, extra: Mapping[str, Any]) -> JsonDict:
    """``body`` plus the unknown fields; known fields win over a stale copy in ``extra``."""
    merged = dict(extra)
    merged.update(_clean(body))
    return merged


def _with_id(body: JsonDict, entity: Entity, full: bool) -> JsonDict:
    if full and entity.remote_id is not None:
        return {"id": entity.remote_id, **body}
    return body


# ----------------------------------------------------------------------------------------
# references


def _pi_ref_to_wire(ref: ProfessionalIdentityRef, refs: _Refs, where: str) -> JsonDict:
    return {
        "contact_id": refs.remote(ref.contact_id, f"{where}.contact_id"),
        "professional_identity_id": refs.remote(
            ref.professional_identity_id, f"{where}.professional_identity_id"
        ),
    }


def _pi_ref_from_wire(data: Any, refs: _Refs, where: str) -> ProfessionalIdentityRef:
    obj = _obj(data, where)
    return ProfessionalIdentityRef(
        contact_id=refs.local(_str(obj, "contact_id", where) or "", f"{where}.contact_id"),
        professional_identity_id=refs.local(
            _str(obj, "professional_identity_id", where) or "",
            f"{where}.professional_identity_id",
        ),
    )


def _contact_ref_to_wire(ref: ContactRef, refs: _Refs, where: str) -> JsonDict:
    return {"id": refs.remote(ref.id, f"{where}.id")}


def _contact_ref_from_wire(data: Any, refs: _Refs, where: str) -> ContactRef | None:
    if data is None:
        return None
    obj = _obj(data, where)
    return ContactRef(id=refs.local(_str(obj, "id", where) or "", f"{where}.id"))


# ----------------------------------------------------------------------------------------
# contact points

_CP_COMMON = ("id", "type", "description", "usage_context")
ADDRESS_FIELDS = (
    *_CP_COMMON,
    "full_address",
    "recipient_name",
    "care_of",
    "street_name",
    "street_number",
    "additional",
    "city",
    "zip",
    "country_code",
    "usages",
)
EMAIL_FIELDS = (*_CP_COMMON, "address")
PHONE_FIELDS = (*_CP_COMMON, "number", "usages")
WEB_ADDRESS_FIELDS = (*_CP_COMMON, "url")

CP = TypeVar("CP", bound=ContactPoint)


def contact_point_to_wire(point: ContactPoint, *, full: bool = False) -> JsonDict:
    """An address, email, phone or web address as the API's JSON (``state`` stays local)."""
    body: JsonDict = {"type": point.type}
    if isinstance(point, Address):
        body["full_address"] = point.full_address
        for name in (
            "recipient_name",
            "care_of",
            "street_name",
            "street_number",
            "additional",
            "city",
            "zip",
            "country_code",
        ):
            body[name] = getattr(point, name)
    elif isinstance(point, Email):
        body["address"] = point.address
    elif isinstance(point, Phone):
        body["number"] = point.number
    elif isinstance(point, WebAddress):
        body["url"] = point.url
    body["description"] = point.description
    if isinstance(point, Address | Phone):
        body["usages"] = list(point.usages)
    body["usage_context"] = point.usage_context
    return _with_id(_with_extra(body, point.extra), point, full)


class _Built:
    """How to make an instance of a model class from values already checked: its fields in
    order with their defaults (those made by a factory are made afresh for each instance)."""

    def __init__(self, cls: type[DomainModel]) -> None:
        self.cls = cls
        self.template: JsonDict = {}
        self.factories: list[tuple[str, Any]] = []
        for name, info in cls.model_fields.items():
            if info.default_factory is not None:
                self.factories.append((name, info.default_factory))
                self.template[name] = None
            else:
                self.template[name] = info.default
        # What :meth:`make` does is what ``model_construct`` does for a model without aliases,
        # private attributes, post-init hooks or extra fields allowed.
        self.plain = (
            not cls.__pydantic_post_init__
            and not cls.__private_attributes__
            and cls.model_config.get("extra") != "allow"
            and all(
                info.alias is None and info.validation_alias is None and info.is_required() is False
                for info in cls.model_fields.values()
            )
        )

    def make(self, values: JsonDict) -> Any:
        """``cls.model_construct(**values)``, without its per-field look-ups of aliases and
        defaults (``values`` names only fields of the class)."""
        if not self.plain:
            return self.cls.model_construct(**values)
        fields = self.template.copy()
        fields.update(values)  # keeps the order of the fields
        for name, factory in self.factories:
            if name not in values:
                fields[name] = factory()
        made = self.cls.__new__(self.cls)
        _set(made, "__dict__", fields)
        _set(made, "__pydantic_fields_set__", set(values))
        _set(made, "__pydantic_extra__", None)
        _set(made, "__pydantic_private__", None)
        return made


_set = object.__setattr__
_BUILT: dict[type, _Built] = {}


def _built(cls: type[DomainModel]) -> _Built:
    found = _BUILT.get(cls)
    if found is None:
        found = _BUILT[cls] = _Built(cls)
    return found


def _cp_from_wire(cls: type[CP], data: Any, refs: _Refs, known: tuple[str, ...], what: str) -> CP:
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    values: JsonDict = {"id": refs.entity_id(remote), "remote_id": remote}
    extra: JsonDict = {}
    names = _KNOWN_SETS.get(known)
    if names is None:
        names = _KNOWN_SETS[known] = frozenset(known)
    # One pass over what the server sent: each known field checked (a wrong type is a
    # WireError naming it), the others kept in ``extra``.
    for name, value in obj.items():
        if name not in names:
            extra[name] = value
        elif value is None or name == "id":
            continue
        elif name == "usages":
            values[name] = [str(u) for u in _list(value, f"{what}.usages")]
        elif isinstance(value, str):
            values[name] = value
        else:
            raise WireError(f"{what}.{name}: expected a string, got {type(value).__name__}")
    values["extra"] = extra
    # Every field of a contact point is text, a list of text or ``extra``: validating again
    # would give the same object, at a cost a pull pays for every point.
    made: CP = _built(cls).make(values)
    return made


_KNOWN_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def address_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> Address:
    return _cp_from_wire(Address, data, _Refs(ids, report), ADDRESS_FIELDS, "address")


def email_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> Email:
    return _cp_from_wire(Email, data, _Refs(ids, report), EMAIL_FIELDS, "email")


def phone_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> Phone:
    return _cp_from_wire(Phone, data, _Refs(ids, report), PHONE_FIELDS, "phone")


def web_address_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> WebAddress:
    return _cp_from_wire(WebAddress, data, _Refs(ids, report), WEB_ADDRESS_FIELDS, "web_address")


_CP_KINDS: dict[str, tuple[type[ContactPoint], tuple[str, ...]]] = {
    "addresses": (Address, ADDRESS_FIELDS),
    "emails": (Email, EMAIL_FIELDS),
    "phones": (Phone, PHONE_FIELDS),
    "web_addresses": (WebAddress, WEB_ADDRESS_FIELDS),
}


def contact_point_from_wire(
    collection: str, data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> ContactPoint:
    """One item of ``collection`` (``addresses``, ``emails``, ``phones``, ``web_addresses``)."""
    cls, known = _CP_KINDS[collection.replace("-", "_")]
    return _cp_from_wire(cls, data, _Refs(ids, report), known, collection)


def _points_to_wire(points: ContactPoints, full: bool) -> JsonDict:
    return {
        "addresses": [contact_point_to_wire(p, full=full) for p in points.addresses],
        "emails": [contact_point_to_wire(p, full=full) for p in points.emails],
        "phones": [contact_point_to_wire(p, full=full) for p in points.phones],
        "web_addresses": [contact_point_to_wire(p, full=full) for p in points.web_addresses],
    }


def _points_from_wire(data: JsonDict, refs: _Refs, what: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for collection, (cls, known) in _CP_KINDS.items():
        out[collection] = [
            _cp_from_wire(cls, item, refs, known, f"{what}.{collection}")
            for item in _list(data.get(collection), f"{what}.{collection}")
        ]
    return out


# ----------------------------------------------------------------------------------------
# professional identities and relationships

PROFESSIONAL_IDENTITY_FIELDS = (
    "id",
    "organization_contact",
    "is_active",
    "job_title",
    "departments",
    "locations",
)


def _pi_to_wire(pi: ProfessionalIdentity, refs: _Refs, full: bool, for_update: bool) -> JsonDict:
    where = "professional_identity"
    body: JsonDict = {}
    if not for_update:
        body["organization_contact"] = refs.remote(
            pi.organization_contact, f"{where}.organization_contact"
        )
    body["is_active"] = pi.is_active
    body["job_title"] = pi.job_title
    body["departments"] = [
        {
            "contact_id": refs.remote(d.contact_id, f"{where}.departments.contact_id"),
            "department_id": refs.remote(d.department_id, f"{where}.departments.department_id"),
        }
        for d in pi.departments
    ]
    body["locations"] = [
        {
            "contact_id": refs.remote(loc.contact_id, f"{where}.locations.contact_id"),
            "location_id": refs.remote(loc.location_id, f"{where}.locations.location_id"),
        }
        for loc in pi.locations
    ]
    return _with_id(_with_extra(body, pi.extra), pi, full)


def professional_identity_to_wire(
    pi: ProfessionalIdentity,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
    for_update: bool = False,
) -> JsonDict:
    """The PI itself (no contact points); ``for_update`` leaves out ``organization_contact``,
    which a PUT cannot change."""
    return _pi_to_wire(pi, _Refs(ids, report), full, for_update)


def _pi_from_wire(data: Any, points: JsonDict | None, refs: _Refs) -> ProfessionalIdentity:
    what = "professional_identity"
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    departments = []
    for item in _list(obj.get("departments"), f"{what}.departments"):
        d = _obj(item, f"{what}.departments")
        departments.append(
            DepartmentRef(
                contact_id=refs.local(
                    _str(d, "contact_id", what) or "", f"{what}.departments.contact_id"
                ),
                department_id=refs.local(
                    _str(d, "department_id", what) or "", f"{what}.departments.department_id"
                ),
            )
        )
    locations = []
    for item in _list(obj.get("locations"), f"{what}.locations"):
        loc = _obj(item, f"{what}.locations")
        locations.append(
            LocationRef(
                contact_id=refs.local(
                    _str(loc, "contact_id", what) or "", f"{what}.locations.contact_id"
                ),
                location_id=refs.local(
                    _str(loc, "location_id", what) or "", f"{what}.locations.location_id"
                ),
            )
        )
    return ProfessionalIdentity(
        id=refs.entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, PROFESSIONAL_IDENTITY_FIELDS),
        organization_contact=refs.local(
            _str(obj, "organization_contact", what) or "", f"{what}.organization_contact"
        ),
        is_active=_bool(obj, "is_active", True, what),
        job_title=_str(obj, "job_title", what),
        departments=departments,
        locations=locations,
        **(_points_from_wire(points, refs, what) if points is not None else {}),
    )


def professional_identity_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> ProfessionalIdentity:
    """A PI as the API sends it alone, or its details form
    ``{professional_identity, addresses, emails, phones, web_addresses}``."""
    obj = _obj(data, "professional_identity")
    if "professional_identity" in obj:
        return _pi_from_wire(obj["professional_identity"], obj, _Refs(ids, report))
    return _pi_from_wire(obj, None, _Refs(ids, report))


def professional_identity_details_to_wire(
    pi: ProfessionalIdentity,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = True,
) -> JsonDict:
    return {
        "professional_identity": _pi_to_wire(pi, _Refs(ids, report), full, False),
        **_points_to_wire(pi, full),
    }


PERSONAL_RELATIONSHIP_FIELDS = ("id", "type", "individual_contact")


def personal_relationship_to_wire(
    rel: PersonalRelationship,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
) -> JsonDict:
    refs = _Refs(ids, report)
    body = {
        "type": rel.type,
        "individual_contact": refs.remote(
            rel.individual_contact, "personal_relationship.individual_contact"
        ),
    }
    return _with_id(_with_extra(body, rel.extra), rel, full)


def _relationship_from_wire(data: Any, refs: _Refs) -> PersonalRelationship:
    what = "personal_relationship"
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    return PersonalRelationship(
        id=refs.entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, PERSONAL_RELATIONSHIP_FIELDS),
        type=_str(obj, "type", what) or "SPOUSE",
        individual_contact=refs.local(
            _str(obj, "individual_contact", what) or "", f"{what}.individual_contact"
        ),
    )


def personal_relationship_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> PersonalRelationship:
    return _relationship_from_wire(data, _Refs(ids, report))


# ----------------------------------------------------------------------------------------
# departments, locations, memberships (organizations)

DEPARTMENT_FIELDS = ("id", "name", "description", "area", "code")
LOCATION_FIELDS = ("id", "name", "leaders", "member_count")
MEMBERSHIP_FIELDS = ("id", "type", "organization_contact", "name", "reference")


def department_to_wire(dep: Department, *, full: bool = False) -> JsonDict:
    body = {"name": dep.name, "description": dep.description, "area": dep.area, "code": dep.code}
    return _with_id(_with_extra(body, dep.extra), dep, full)


def _department_from_wire(data: Any, refs: _Refs) -> Department:
    what = "department"
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    return Department(
        id=refs.entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, DEPARTMENT_FIELDS),
        name=_str(obj, "name", what) or "",
        description=_str(obj, "description", what),
        area=_str(obj, "area", what),
        code=_str(obj, "code", what),
    )


def location_to_wire(
    loc: Location,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
) -> JsonDict:
    """A location; its office hours are local (workspace) fields and stay here."""
    return _location_to_wire(loc, _Refs(ids, report), full)


def _location_to_wire(loc: Location, refs: _Refs, full: bool) -> JsonDict:
    body = {
        "name": loc.name,
        "leaders": [_pi_ref_to_wire(r, refs, "location.leaders") for r in loc.leaders],
        "member_count": loc.member_count,
    }
    return _with_id(_with_extra(body, loc.extra), loc, full)


def _location_from_wire(data: Any, refs: _Refs) -> Location:
    what = "location"
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    return Location(
        id=refs.entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, LOCATION_FIELDS),
        name=_str(obj, "name", what) or "",
        leaders=[
            _pi_ref_from_wire(r, refs, f"{what}.leaders")
            for r in _list(obj.get("leaders"), f"{what}.leaders")
        ],
        member_count=_int(obj, "member_count", what),
    )


def membership_to_wire(
    m: Membership,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
) -> JsonDict:
    return _membership_to_wire(m, _Refs(ids, report), full)


def _membership_to_wire(m: Membership, refs: _Refs, full: bool) -> JsonDict:
    body = {
        "type": m.type,
        "organization_contact": (
            refs.remote(m.organization_contact, "membership.organization_contact")
            if m.organization_contact
            else None
        ),
        "name": m.name,
        "reference": m.reference,
    }
    return _with_id(_with_extra(body, m.extra), m, full)


def _membership_from_wire(data: Any, refs: _Refs) -> Membership:
    what = "membership"
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    org = _str(obj, "organization_contact", what)
    return Membership(
        id=refs.entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, MEMBERSHIP_FIELDS),
        type=_str(obj, "type", what) or "CLUB",
        organization_contact=refs.local(org, f"{what}.organization_contact") if org else None,
        name=_str(obj, "name", what),
        reference=_str(obj, "reference", what),
    )


# ----------------------------------------------------------------------------------------
# roles

CUSTOMER_ROLE_FIELDS = (
    "customer_id",
    "is_active",
    "is_suspended",
    "customer_since",
    "managed_by",
    "external_card",
    "tax_information",
    "global_location_number",
    "alternative_payer",
    "requires_formal_invoice",
    "credit_limit",
    "delivery_and_invoicing_configurations",
    "debtor_account_id",
)
SUPPLIER_ROLE_FIELDS = (
    "supplier_id",
    "is_active",
    "supplier_since",
    "managed_by",
    "my_customer_id",
    "tax_information",
    "global_location_number",
    "creditor_account_id",
)
ALTERNATIVE_PAYER_ROLE_FIELDS = ("alternative_payer_id", "is_active", "since", "debtor_account_id")


def _customer_role_to_wire(role: CustomerRole, refs: _Refs, full: bool) -> JsonDict:
    where = "customer_role"
    configs = []
    for c in role.delivery_and_invoicing_configurations:
        limitations = dict(c.limitations.extra)
        if c.limitations.brand_id is not None:
            limitations["brand_id"] = c.limitations.brand_id
        configs.append(
            _clean(
                {
                    "limitations": limitations,
                    "alternative_payer": (
                        _contact_ref_to_wire(
                            c.alternative_payer, refs, f"{where}.configurations.alternative_payer"
                        )
                        if c.alternative_payer
                        else None
                    ),
                    "invoice_address_id": (
                        refs.remote(
                            c.invoice_address_id, f"{where}.configurations.invoice_address_id"
                        )
                        if c.invoice_address_id
                        else None
                    ),
                    "delivery_address_id": (
                        refs.remote(
                            c.delivery_address_id, f"{where}.configurations.delivery_address_id"
                        )
                        if c.delivery_address_id
                        else None
                    ),
                }
            )
        )
    card = role.external_card
    tax = role.tax_information
    body: JsonDict = {
        "customer_id": role.customer_id,
        "is_active": role.is_active,
        "is_suspended": role.is_suspended,
        "customer_since": _iso(role.customer_since),
        "managed_by": (
            _pi_ref_to_wire(role.managed_by, refs, f"{where}.managed_by")
            if role.managed_by
            else None
        ),
        "external_card": (
            _clean({"number": card.number, "added": _iso(card.added)}) if card else None
        ),
        "tax_information": (
            _clean(
                {
                    "eu_vat_number": tax.eu_vat_number,
                    "tax_registration_number": tax.tax_registration_number,
                    "enabled_tax_exemptions": list(tax.enabled_tax_exemptions),
                }
            )
            if tax
            else None
        ),
        "global_location_number": role.global_location_number,
        "alternative_payer": (
            _contact_ref_to_wire(role.alternative_payer, refs, f"{where}.alternative_payer")
            if role.alternative_payer
            else None
        ),
        "requires_formal_invoice": role.requires_formal_invoice,
        "credit_limit": (
            {"value": _number(role.credit_limit.value), "unit": role.credit_limit.unit}
            if role.credit_limit
            else None
        ),
        "delivery_and_invoicing_configurations": configs,
        "debtor_account_id": role.debtor_account_id if full else None,
    }
    return _with_extra(body, _without(role.extra, "debtor_account_id"))


def _without(extra: Mapping[str, Any], *keys: str) -> JsonDict:
    return {k: v for k, v in extra.items() if k not in keys}


def department_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> Department:
    return _department_from_wire(data, _Refs(ids, report))


def location_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> Location:
    return _location_from_wire(data, _Refs(ids, report))


def membership_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> Membership:
    return _membership_from_wire(data, _Refs(ids, report))


def customer_role_to_wire(
    role: CustomerRole,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
) -> JsonDict:
    """The PUT body of a customer role (never ``debtor_account_id`` unless ``full``)."""
    return _customer_role_to_wire(role, _Refs(ids, report), full)


def _money_from_wire(data: Any, what: str) -> Money | None:
    if data is None:
        return None
    obj = _obj(data, what)
    try:
        value = Decimal(str(obj.get("value")))
    except InvalidOperation:
        raise WireError(f"{what}.value: not a number: {obj.get('value')!r}") from None
    return Money(value=value, unit=_str(obj, "unit", what) or "")


def _customer_role_from_wire(data: Any, refs: _Refs) -> CustomerRole:
    what = "customer_role"
    obj = _obj(data, what)
    configs = []
    for item in _list(obj.get("delivery_and_invoicing_configurations"), f"{what}.configurations"):
        c = _obj(item, f"{what}.configurations")
        lim = _obj(c.get("limitations") or {}, f"{what}.configurations.limitations")
        invoice = _str(c, "invoice_address_id", what)
        delivery = _str(c, "delivery_address_id", what)
        configs.append(
            DeliveryAndInvoicingConfiguration(
                limitations=DeliveryLimitations(
                    brand_id=_str(lim, "brand_id", what), extra=_unknown(lim, ("brand_id",))
                ),
                alternative_payer=_contact_ref_from_wire(
                    c.get("alternative_payer"), refs, f"{what}.configurations.alternative_payer"
                ),
                invoice_address_id=(
                    refs.local(invoice, f"{what}.configurations.invoice_address_id")
                    if invoice
                    else None
                ),
                delivery_address_id=(
                    refs.local(delivery, f"{what}.configurations.delivery_address_id")
                    if delivery
                    else None
                ),
            )
        )
    card = obj.get("external_card")
    tax = obj.get("tax_information")
    card_obj = _obj(card, f"{what}.external_card") if card is not None else None
    tax_obj = _obj(tax, f"{what}.tax_information") if tax is not None else None
    return CustomerRole(
        customer_id=_str(obj, "customer_id", what) or "",
        is_active=_bool(obj, "is_active", True, what),
        is_suspended=_bool(obj, "is_suspended", False, what),
        customer_since=_date(obj, "customer_since", what),
        managed_by=(
            _pi_ref_from_wire(obj["managed_by"], refs, f"{what}.managed_by")
            if obj.get("managed_by") is not None
            else None
        ),
        external_card=(
            CustomerCard(
                number=_str(card_obj, "number", what), added=_datetime(card_obj, "added", what)
            )
            if card_obj is not None
            else None
        ),
        tax_information=(
            CustomerTaxInformation(
                eu_vat_number=_str(tax_obj, "eu_vat_number", what),
                tax_registration_number=_str(tax_obj, "tax_registration_number", what),
                enabled_tax_exemptions=[
                    str(x) for x in _list(tax_obj.get("enabled_tax_exemptions"), what)
                ],
            )
            if tax_obj is not None
            else None
        ),
        global_location_number=_str(obj, "global_location_number", what),
        alternative_payer=_contact_ref_from_wire(
            obj.get("alternative_payer"), refs, f"{what}.alternative_payer"
        ),
        requires_formal_invoice=_bool(obj, "requires_formal_invoice", False, what),
        credit_limit=_money_from_wire(obj.get("credit_limit"), f"{what}.credit_limit"),
        delivery_and_invoicing_configurations=configs,
        debtor_account_id=_str(obj, "debtor_account_id", what),
        extra=_unknown(obj, CUSTOMER_ROLE_FIELDS),
    )


def customer_role_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> CustomerRole:
    return _customer_role_from_wire(data, _Refs(ids, report))


def _supplier_role_to_wire(role: SupplierRole, refs: _Refs, full: bool) -> JsonDict:
    tax = role.tax_information
    body: JsonDict = {
        "supplier_id": role.supplier_id,
        "is_active": role.is_active,
        "supplier_since": _iso(role.supplier_since),
        "managed_by": (
            _pi_ref_to_wire(role.managed_by, refs, "supplier_role.managed_by")
            if role.managed_by
            else None
        ),
        "my_customer_id": role.my_customer_id,
        "tax_information": (
            _clean(
                {
                    "@type": tax.type,
                    "eu_vat_number": tax.eu_vat_number,
                    "tax_registration_number": tax.tax_registration_number,
                }
            )
            if tax
            else None
        ),
        "global_location_number": role.global_location_number,
        "creditor_account_id": role.creditor_account_id if full else None,
    }
    return _with_extra(body, _without(role.extra, "creditor_account_id"))


def supplier_role_to_wire(
    role: SupplierRole,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
) -> JsonDict:
    """The PUT body of a supplier role (``@type`` on the tax information; never
    ``creditor_account_id`` unless ``full``)."""
    return _supplier_role_to_wire(role, _Refs(ids, report), full)


def _supplier_role_from_wire(data: Any, refs: _Refs) -> SupplierRole:
    what = "supplier_role"
    obj = _obj(data, what)
    tax = obj.get("tax_information")
    tax_obj = _obj(tax, f"{what}.tax_information") if tax is not None else None
    return SupplierRole(
        supplier_id=_str(obj, "supplier_id", what) or "",
        is_active=_bool(obj, "is_active", True, what),
        supplier_since=_date(obj, "supplier_since", what),
        managed_by=(
            _pi_ref_from_wire(obj["managed_by"], refs, f"{what}.managed_by")
            if obj.get("managed_by") is not None
            else None
        ),
        my_customer_id=_str(obj, "my_customer_id", what),
        tax_information=(
            SupplierTaxInformation(
                type=_str(tax_obj, "@type", what),
                eu_vat_number=_str(tax_obj, "eu_vat_number", what),
                tax_registration_number=_str(tax_obj, "tax_registration_number", what),
            )
            if tax_obj is not None
            else None
        ),
        global_location_number=_str(obj, "global_location_number", what),
        creditor_account_id=_str(obj, "creditor_account_id", what),
        extra=_unknown(obj, SUPPLIER_ROLE_FIELDS),
    )


def supplier_role_from_wire(
    data: Any, ids: IdMap, report: list[UnresolvedReference] | None = None
) -> SupplierRole:
    return _supplier_role_from_wire(data, _Refs(ids, report))


def alternative_payer_role_to_wire(role: AlternativePayerRole, *, full: bool = False) -> JsonDict:
    """The PUT body of an alternative-payer role (never ``debtor_account_id`` unless ``full``)."""
    body: JsonDict = {
        "alternative_payer_id": role.alternative_payer_id,
        "is_active": role.is_active,
        "since": _iso(role.since),
        "debtor_account_id": role.debtor_account_id if full else None,
    }
    return _with_extra(body, _without(role.extra, "debtor_account_id"))


def alternative_payer_role_from_wire(data: Any) -> AlternativePayerRole:
    what = "alternative_payer_role"
    obj = _obj(data, what)
    return AlternativePayerRole(
        alternative_payer_id=_str(obj, "alternative_payer_id", what) or "",
        is_active=_bool(obj, "is_active", True, what),
        since=_date(obj, "since", what),
        debtor_account_id=_str(obj, "debtor_account_id", what),
        extra=_unknown(obj, ALTERNATIVE_PAYER_ROLE_FIELDS),
    )


# ----------------------------------------------------------------------------------------
# contacts

INDIVIDUAL_FIELDS = ("id", "external_id", "name", "date_of_birth", "anniversary", "deleted")
ORGANIZATION_FIELDS = (
    "id",
    "external_id",
    "name",
    "founded",
    "representatives",
    "founders",
    "leaders",
    "external_organization_id",
    "deleted",
)

# Fields of the domain contacts that this API does not carry: never sent, kept from the local
# copy on a pull.  (Tags and images travel through their own endpoints.)
LOCAL_ONLY_COMMON = (
    "custom_fields",
    "vcard_properties",
    "internal_note",
    "created_at",
    "updated_at",
    "deleted_at",
    "tags",
    "images",
)
LOCAL_ONLY_INDIVIDUAL = (
    *LOCAL_ONLY_COMMON,
    "gender",
    "title",
    "title_suffix",
    "given_name",
    "family_name",
    "locale",
    "owner",
)
LOCAL_ONLY_ORGANIZATION = (
    *LOCAL_ONLY_COMMON,
    "organization_type",
    "founding_year",
    "vat_number",
    "company_registration_number",
    "uid",
    "zvr",
    "dvr",
    "invoice_language",
)
# Of those, the fields a user edits that stay on this computer: what the editor marks when an
# account is linked.  Tags and pictures travel through their own endpoints; the timestamps
# are bookkeeping.
_NOT_USER_FIELDS = frozenset({"created_at", "updated_at", "deleted_at", "tags", "images"})
LOCAL_ONLY_FIELDS: Mapping[ContactKind, frozenset[str]] = {
    ContactKind.INDIVIDUAL: frozenset(LOCAL_ONLY_INDIVIDUAL) - _NOT_USER_FIELDS,
    ContactKind.ORGANIZATION: frozenset(LOCAL_ONLY_ORGANIZATION) - _NOT_USER_FIELDS,
}
# The parts of a person's name this API does not carry; see :func:`names_on_pull`.
NAME_PARTS = ("title", "given_name", "family_name", "title_suffix")


def _contact_to_wire(contact: AnyContact, refs: _Refs, full: bool) -> JsonDict:
    body: JsonDict = {"external_id": contact.external_id, "name": contact.name}
    if isinstance(contact, IndividualContact):
        body["date_of_birth"] = _iso(contact.date_of_birth)
        body["anniversary"] = _iso(contact.anniversary)
    else:
        body["founded"] = _iso(contact.founded)
        if full:
            body["representatives"] = [
                _clean(
                    {
                        "professional_identity": _pi_ref_to_wire(
                            r.professional_identity, refs, "representatives"
                        ),
                        "is_active": r.is_active,
                        "activation_date": _iso(r.activation_date),
                        "deactivation_date": _iso(r.deactivation_date),
                    }
                )
                for r in contact.representatives
            ]
        body["founders"] = [_pi_ref_to_wire(r, refs, "founders") for r in contact.founders]
        body["leaders"] = [_pi_ref_to_wire(r, refs, "leaders") for r in contact.leaders]
        body["external_organization_id"] = contact.external_organization_id
    if full:
        body["deleted"] = contact.remote_deleted
    extra = contact.extra if full else _without(contact.extra, "deleted", "representatives")
    return _with_id(_with_extra(body, extra), contact, full)


def contact_to_wire(
    contact: AnyContact,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = False,
) -> JsonDict:
    """The contact object of either kind (the POST / PUT body unless ``full``)."""
    return _contact_to_wire(contact, _Refs(ids, report), full)


def _contact_fields_from_wire(obj: JsonDict, kind: ContactKind, refs: _Refs) -> JsonDict:
    what = f"{kind.value}_contact"
    remote = _str(obj, "id", what)
    values: JsonDict = {
        "id": refs.entity_id(remote),
        "remote_id": remote,
        "external_id": _str(obj, "external_id", what),
        "name": _str(obj, "name", what) or "",
        "remote_deleted": _bool(obj, "deleted", False, what),
    }
    if kind is ContactKind.INDIVIDUAL:
        values["date_of_birth"] = _date(obj, "date_of_birth", what)
        values["anniversary"] = _date(obj, "anniversary", what)
        values["extra"] = _unknown(obj, INDIVIDUAL_FIELDS)
    else:
        values["founded"] = _date(obj, "founded", what)
        representatives = []
        for item in _list(obj.get("representatives"), f"{what}.representatives"):
            r = _obj(item, f"{what}.representatives")
            representatives.append(
                Representative(
                    professional_identity=_pi_ref_from_wire(
                        r.get("professional_identity"), refs, "representatives"
                    ),
                    is_active=_bool(r, "is_active", True, what),
                    activation_date=_datetime(r, "activation_date", what),
                    deactivation_date=_datetime(r, "deactivation_date", what),
                )
            )
        values["representatives"] = representatives
        values["founders"] = [
            _pi_ref_from_wire(r, refs, "founders")
            for r in _list(obj.get("founders"), f"{what}.founders")
        ]
        values["leaders"] = [
            _pi_ref_from_wire(r, refs, "leaders")
            for r in _list(obj.get("leaders"), f"{what}.leaders")
        ]
        values["external_organization_id"] = _str(obj, "external_organization_id", what)
        values["extra"] = _unknown(obj, ORGANIZATION_FIELDS)
    return values


def _kind(kind: ContactKind | str) -> ContactKind:
    if isinstance(kind, ContactKind):
        return kind
    return {
        "individual-contacts": ContactKind.INDIVIDUAL,
        "organization-contacts": ContactKind.ORGANIZATION,
    }.get(kind) or ContactKind(kind)


def _build(kind: ContactKind, values: JsonDict) -> AnyContact:
    if kind is ContactKind.INDIVIDUAL:
        return IndividualContact(**values)
    return OrganizationContact(**values)


def names_on_pull(pulled: AnyContact, local: AnyContact | None) -> AnyContact:
    """``pulled`` with the parts of a person's name filled in from the full name.

    The API carries only a person's full name.  While the server's name is the one the local
    copy has, the parts stay as they are here (the user's own split, or none); a person new
    here, or one whose name changed on the server, gets the parts split from the new name."""
    if not isinstance(pulled, IndividualContact):
        return pulled
    if isinstance(local, IndividualContact) and local.name == pulled.name:
        return pulled
    parts = split_person_name(pulled.name)
    return pulled.model_copy(update={n: getattr(parts, n) for n in NAME_PARTS})


def keep_local_only(pulled: AnyContact, local: AnyContact | None) -> AnyContact:
    """``pulled`` with the fields this API does not carry taken from ``local``."""
    if local is None or type(local) is not type(pulled):
        return pulled
    names = (
        LOCAL_ONLY_INDIVIDUAL if isinstance(pulled, IndividualContact) else LOCAL_ONLY_ORGANIZATION
    )
    update = {n: getattr(local, n) for n in names}
    result = pulled.model_copy(update=update)
    old_addresses = {a.id: a for a in _all_addresses(local)}
    for address in _all_addresses(result):
        old = old_addresses.get(address.id)
        if old is not None:
            address.state = old.state
    if isinstance(result, OrganizationContact) and isinstance(local, OrganizationContact):
        old_locations = {loc.id: loc for loc in local.locations}
        for loc in result.locations:
            old_loc = old_locations.get(loc.id)
            if old_loc is not None:
                loc.office_open_hour = old_loc.office_open_hour
                loc.office_close_hour = old_loc.office_close_hour
    return result


def _all_addresses(contact: ContactBase) -> list[Address]:
    found = list(contact.addresses)
    if isinstance(contact, IndividualContact):
        for pi in contact.professional_identities:
            found += pi.addresses
    return found


def contact_from_wire(
    data: Any,
    kind: ContactKind | str,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    local: AnyContact | None = None,
) -> AnyContact:
    """A contact object (a listing item or a POST/PUT answer) as a domain contact.

    With ``local``, the fields this API does not carry come from it."""
    k = _kind(kind)
    obj = _obj(data, f"{k.value}_contact")
    pulled = _build(k, _contact_fields_from_wire(obj, k, _Refs(ids, report)))
    return keep_local_only(pulled, local)


_DETAILS_KEYS = {
    ContactKind.INDIVIDUAL: "individual_contact",
    ContactKind.ORGANIZATION: "organization_contact",
}


def details_to_wire(
    contact: AnyContact,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    full: bool = True,
) -> JsonDict:
    """The ``details`` aggregate of a contact (by default as the server would send it)."""
    refs = _Refs(ids, report)
    out: JsonDict = {_DETAILS_KEYS[contact.kind]: _contact_to_wire(contact, refs, full)}
    out.update(_points_to_wire(contact, full))
    if isinstance(contact, IndividualContact):
        out["professional_identities"] = [
            {
                "professional_identity": _pi_to_wire(pi, refs, full, False),
                **_points_to_wire(pi, full),
            }
            for pi in contact.professional_identities
        ]
        out["personal_relationships"] = [
            _with_id(
                _with_extra(
                    {
                        "type": r.type,
                        "individual_contact": refs.remote(
                            r.individual_contact, "personal_relationship.individual_contact"
                        ),
                    },
                    r.extra,
                ),
                r,
                full,
            )
            for r in contact.personal_relationships
        ]
    else:
        out["departments"] = [department_to_wire(d, full=full) for d in contact.departments]
        out["locations"] = [_location_to_wire(loc, refs, full) for loc in contact.locations]
        out["memberships"] = [_membership_to_wire(m, refs, full) for m in contact.memberships]
    if contact.customer_role is not None:
        out["customer_role"] = _customer_role_to_wire(contact.customer_role, refs, full)
    if contact.supplier_role is not None:
        out["supplier_role"] = _supplier_role_to_wire(contact.supplier_role, refs, full)
    if contact.alternative_payer_role is not None:
        out["alternative_payer_role"] = alternative_payer_role_to_wire(
            contact.alternative_payer_role, full=full
        )
    return out


def details_from_wire(
    data: Any,
    kind: ContactKind | str,
    ids: IdMap,
    report: list[UnresolvedReference] | None = None,
    *,
    local: AnyContact | None = None,
) -> AnyContact:
    """The ``details`` aggregate of either kind as a whole domain contact.

    Entities are converted before the references to them (the contact points before the
    delivery configurations, departments and locations before anything naming them), so
    references inside the aggregate resolve to the local ids given in this same call."""
    k = _kind(kind)
    what = f"{k.value} details"
    obj = _obj(data, what)
    refs = _Refs(ids, report)
    contact_obj = _obj(obj.get(_DETAILS_KEYS[k]), f"{what}.{_DETAILS_KEYS[k]}")
    # Give every entity its id first, so references anywhere in the aggregate resolve.
    remote_contact = _str(contact_obj, "id", what)
    refs.entity_id(remote_contact)
    values: JsonDict = dict(_points_from_wire(obj, refs, what))
    if k is ContactKind.INDIVIDUAL:
        values["professional_identities"] = [
            professional_identity_from_wire_details(item, refs)
            for item in _list(obj.get("professional_identities"), f"{what}.professional_identities")
        ]
        values["personal_relationships"] = [
            _relationship_from_wire(item, refs)
            for item in _list(obj.get("personal_relationships"), f"{what}.personal_relationships")
        ]
    else:
        values["departments"] = [
            _department_from_wire(item, refs)
            for item in _list(obj.get("departments"), f"{what}.departments")
        ]
        values["locations"] = [
            _location_from_wire(item, refs)
            for item in _list(obj.get("locations"), f"{what}.locations")
        ]
        values["memberships"] = [
            _membership_from_wire(item, refs)
            for item in _list(obj.get("memberships"), f"{what}.memberships")
        ]
    values.update(_contact_fields_from_wire(contact_obj, k, refs))
    if obj.get("customer_role") is not None:
        values["customer_role"] = _customer_role_from_wire(obj["customer_role"], refs)
    if obj.get("supplier_role") is not None:
        values["supplier_role"] = _supplier_role_from_wire(obj["supplier_role"], refs)
    if obj.get("alternative_payer_role") is not None:
        values["alternative_payer_role"] = alternative_payer_role_from_wire(
            obj["alternative_payer_role"]
        )
    return keep_local_only(_build(k, values), local)


def professional_identity_from_wire_details(data: Any, refs: _Refs) -> ProfessionalIdentity:
    obj = _obj(data, "professional_identity")
    return _pi_from_wire(obj.get("professional_identity"), obj, refs)


# ----------------------------------------------------------------------------------------
# tags, images

TAG_FIELDS = ("id", "name")


def tag_to_wire(tag: Tag, *, full: bool = False) -> JsonDict:
    return _with_id(_with_extra({"name": tag.name}, tag.extra), tag, full)


def tag_from_wire(data: Any, ids: IdMap) -> Tag:
    obj = _obj(data, "tag")
    remote = _str(obj, "id", "tag")
    return Tag(
        id=_Refs(ids, None).entity_id(remote),
        remote_id=remote,
        name=_str(obj, "name", "tag") or "",
        extra=_unknown(obj, TAG_FIELDS),
    )


def image_media_type(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the file's signature, else ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def image_to_wire(image: Image) -> JsonDict:
    """The POST body of an image: ``{data: base64}``."""
    return {"data": base64.b64encode(image.data).decode("ascii")}


def image_from_wire(data: Any, ids: IdMap, content: bytes | None = None) -> Image:
    """An image listing item ``{id}``, with its bytes when they were fetched."""
    obj = _obj(data, "image")
    remote = _str(obj, "id", "image")
    values: JsonDict = {
        "id": _Refs(ids, None).entity_id(remote),
        "remote_id": remote,
        "extra": _unknown(obj, ("id",)),
    }
    if content is not None:
        values["data"] = content
        values["media_type"] = image_media_type(content) or "application/octet-stream"
    return Image(**values)


# ----------------------------------------------------------------------------------------
# placeholder customers, customer lists, external ids, configuration

PLACEHOLDER_FIELDS = (
    "id",
    "external_id",
    "customer_id",
    "name",
    "is_active",
    "customer_since",
    "requires_formal_invoice",
    "track_revenue",
    "deleted",
)


def placeholder_customer_to_wire(pc: PlaceholderCustomer, *, full: bool = False) -> JsonDict:
    body: JsonDict = {
        "external_id": pc.external_id,
        "customer_id": pc.customer_id,
        "name": pc.name,
        "is_active": pc.is_active,
        "customer_since": _iso(pc.customer_since),
        "requires_formal_invoice": pc.requires_formal_invoice,
        "track_revenue": pc.track_revenue,
    }
    if full:
        body["deleted"] = pc.remote_deleted
    extra = pc.extra if full else _without(pc.extra, "deleted")
    return _with_id(_with_extra(body, extra), pc, full)


def placeholder_customer_from_wire(
    data: Any, ids: IdMap, *, local: PlaceholderCustomer | None = None
) -> PlaceholderCustomer:
    what = "placeholder_customer"
    obj = _obj(data, what)
    remote = _str(obj, "id", what)
    pc = PlaceholderCustomer(
        id=_Refs(ids, None).entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, PLACEHOLDER_FIELDS),
        external_id=_str(obj, "external_id", what),
        customer_id=_str(obj, "customer_id", what) or "",
        name=_str(obj, "name", what) or "",
        is_active=_bool(obj, "is_active", True, what),
        customer_since=_date(obj, "customer_since", what),
        requires_formal_invoice=_bool(obj, "requires_formal_invoice", False, what),
        track_revenue=_bool(obj, "track_revenue", True, what),
        remote_deleted=_bool(obj, "deleted", False, what),
    )
    if local is not None:
        pc = pc.model_copy(
            update={
                n: getattr(local, n) for n in ("images", "created_at", "updated_at", "deleted_at")
            }
        )
    return pc


def customer_list_to_wire(cl: CustomerList, *, full: bool = False) -> JsonDict:
    """The list's meta data ``{name}``; its members go through the items endpoint."""
    return _with_id(_with_extra({"name": cl.name}, cl.extra), cl, full)


def customer_list_items_to_wire(
    member_ids: Iterable[str], ids: IdMap, report: list[UnresolvedReference] | None = None
) -> JsonDict:
    """The body that adds members: ``{items: [{id}]}`` with remote contact ids."""
    refs = _Refs(ids, report)
    return {"items": [{"id": refs.remote(m, "customer_list.items")} for m in member_ids]}


def customer_list_from_wire(
    data: Any,
    ids: IdMap,
    items: Iterable[Any] | None = None,
    report: list[UnresolvedReference] | None = None,
) -> CustomerList:
    """A list's meta data, with its members when ``items`` (ContactRefs) are given."""
    obj = _obj(data, "customer_list")
    remote = _str(obj, "id", "customer_list")
    refs = _Refs(ids, report)
    members = []
    for item in items or []:
        ref = _contact_ref_from_wire(item, refs, "customer_list.items")
        if ref is not None:
            members.append(ref.id)
    return CustomerList(
        id=refs.entity_id(remote),
        remote_id=remote,
        extra=_unknown(obj, ("id", "name")),
        name=_str(obj, "name", "customer_list") or "",
        member_ids=members,
    )


def external_id_mapping_to_wire(mapping: ExternalIdMapping) -> JsonDict:
    """``{internal, external}``; ``internal`` is the API's contact id, not translated."""
    return {"internal": mapping.internal, "external": mapping.external}


def external_id_mappings_to_wire(mappings: Iterable[ExternalIdMapping]) -> JsonDict:
    return {"items": [external_id_mapping_to_wire(m) for m in mappings]}


def external_id_mapping_from_wire(data: Any, kind: ContactKind | str) -> ExternalIdMapping:
    obj = _obj(data, "external_id_mapping")
    return ExternalIdMapping(
        kind=_kind(kind),
        internal=_str(obj, "internal", "external_id_mapping") or "",
        external=_str(obj, "external", "external_id_mapping") or "",
    )


CONFIGURATION_FIELDS = (
    "use_external_contact_management",
    "custom_workflow_config",
    "api_access_configuration",
)


def configuration_to_wire(config: ContactConfiguration) -> JsonDict:
    body: JsonDict = {
        "use_external_contact_management": config.use_external_contact_management,
        "custom_workflow_config": (
            _clean(config.custom_workflow_config.model_dump())
            if config.custom_workflow_config
            else None
        ),
        "api_access_configuration": (
            _clean(config.api_access_configuration.model_dump())
            if config.api_access_configuration
            else None
        ),
    }
    return _with_extra(body, config.extra)


def configuration_from_wire(data: Any) -> ContactConfiguration:
    what = "contact_configuration"
    obj = _obj(data, what)
    workflow = obj.get("custom_workflow_config")
    access = obj.get("api_access_configuration")
    try:
        return ContactConfiguration(
            use_external_contact_management=_bool(
                obj, "use_external_contact_management", False, what
            ),
            custom_workflow_config=(
                CustomWorkflowConfig.model_validate(
                    _pick(_obj(workflow, what), CustomWorkflowConfig.model_fields)
                )
                if workflow is not None
                else None
            ),
            api_access_configuration=(
                ExternalApiAccessConfiguration.model_validate(
                    _pick(_obj(access, what), ExternalApiAccessConfiguration.model_fields)
                )
                if access is not None
                else None
            ),
            extra=_unknown(obj, CONFIGURATION_FIELDS),
        )
    except ValueError as exc:
        raise WireError(f"{what}: {exc}") from None


def _pick(obj: JsonDict, names: Iterable[str]) -> JsonDict:
    keys = set(names)
    return {k: v for k, v in obj.items() if k in keys}


__all__ = [
    "IdMap",
    "SimpleIdMap",
    "UnresolvedReference",
    "WireError",
    "address_from_wire",
    "alternative_payer_role_from_wire",
    "alternative_payer_role_to_wire",
    "configuration_from_wire",
    "configuration_to_wire",
    "contact_from_wire",
    "contact_point_from_wire",
    "contact_point_to_wire",
    "contact_to_wire",
    "customer_list_from_wire",
    "customer_list_items_to_wire",
    "customer_list_to_wire",
    "customer_role_from_wire",
    "customer_role_to_wire",
    "department_to_wire",
    "details_from_wire",
    "details_to_wire",
    "email_from_wire",
    "external_id_mapping_from_wire",
    "external_id_mapping_to_wire",
    "external_id_mappings_to_wire",
    "image_from_wire",
    "image_media_type",
    "image_to_wire",
    "iter_entities",
    "keep_local_only",
    "location_to_wire",
    "membership_to_wire",
    "names_on_pull",
    "personal_relationship_from_wire",
    "personal_relationship_to_wire",
    "phone_from_wire",
    "placeholder_customer_from_wire",
    "placeholder_customer_to_wire",
    "professional_identity_details_to_wire",
    "professional_identity_from_wire",
    "professional_identity_to_wire",
    "supplier_role_from_wire",
    "supplier_role_to_wire",
    "tag_from_wire",
    "tag_to_wire",
    "web_address_from_wire",
]
