"""What a connector is: one remote system's paths, fields and rules behind one protocol.

Kontor keeps one local address book and links it to any number of **accounts** (an enfore
organization, a Kanbert workspace, a partner portal, ...).  Each account has a type, and each
type has a **connector**: the code that knows that system.  Everything else — the outbox,
bases, three-way merge, conflicts, deletion safety, progress, credentials, the issues view —
is the sync engine's and exists once.

A connector supplies
--------------------

* **Routes** (:attr:`Connector.routes`): the system's path templates by name, in one table.
  An account may override any of them in its settings (``settings["route_overrides"]``), as
  the enfore settings always could.
* **Capabilities** (:class:`Capabilities`): which record kinds it carries, how it lists
  (:class:`ListingKind`), how a change is detected (:class:`ChangeDetection`), which
  operations exist (:class:`Operations`), whether a lost create answer can be found again,
  whether deletions come as tombstones.  The engine does only what is declared: a system
  without ``delete`` is never sent a delete (the account's issues say so instead), a system
  without a listing is never pulled from.
* **Mapping** to and from a **projection** (:data:`Projection`): the part of Kontor's model
  the system holds, in Kontor's own terms.  A projection has the shape of
  :data:`app.domain.changes.Flat` — ``{(entity, local id): {field: value}}`` — restricted to
  the entities and fields of :attr:`Capabilities.carried`.  ``to_projection`` turns a remote
  record (kept whole, unknown fields included) into a projection; ``from_projection`` turns a
  projection back into the body to send, starting from the remote record last agreed (the
  base) so that fields Kontor does not know are sent back unchanged.
* **Rules** (:meth:`Connector.check`): the system's own rules for a record about to be sent
  ("post code must be a number"), returned as :class:`RuleProblem` values.  A record that
  breaks them is held back with the reasons in that account's issues; the others go on.

What the engine guarantees with them
------------------------------------

* The base of a record is stored **per (account, record)**, as the system sent it; merge and
  push compare *projections* of base, local and remote.  A field the system does not carry is
  never in its projection, so syncing with it can never clear that field locally:
  :func:`overlay` writes only the carried entities and fields onto the local contact.
* Links live per account: ``(account id, local id) ↔ remote id`` (table ``sync_records``,
  column ``account_id``).  Entities inside a record that the system gives ids of its own are
  remembered in the record's ``base_ids`` (local id → remote id).
* The outbox has one position per account (``sync_outbox`` rows per account): an edit is sent
  once to every account, and an account added later does not resend the whole history.

The enfore Contacts API is the first connector (:mod:`app.sync.connectors.enfore`); its
sub-resource-by-sub-resource sync keeps its own tested code paths behind this protocol.  New
systems whose records are single documents (Kanbert contacts, partner organizations) need
only the pure pieces here: capabilities, routes, ``to_projection`` / ``from_projection`` and
``check`` (kept free of I/O, so they are tested without a server), plus a client.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from app.domain.changes import Flat, flatten_contact
from app.domain.models import AnyContact, new_id

JsonDict = dict[str, Any]

#: ``{(entity, local id): {field: value}}`` — :data:`app.domain.changes.Flat` restricted to
#: what one system carries.  Entities are the journal's names (``contact``, ``address``,
#: ``email``, ``phone``, ``web_address``, ``professional_identity``, ``membership``, ...);
#: child entities carry ``owner`` and ``position`` as in the flat form.
Projection = Flat

#: Record kinds a connector may carry.
RECORD_KINDS = ("individual", "organization", "placeholder_customer", "customer_list")


class ListingKind(StrEnum):
    """How the system lists its records."""

    FULL_PAGED = "full_paged"  # every record, page by page (limit/offset or page/per_page)
    FULL = "full"  # every record in one answer
    SYNC_TOKEN = "sync_token"  # only what changed since a token (RFC 6578)
    NONE = "none"  # no read path: push only; the base is what Kontor last sent


class ChangeDetection(StrEnum):
    """How a changed remote record is told from an unchanged one."""

    ETAG = "etag"  # conditional GET with If-None-Match
    UPDATED_AT = "updated_at"  # the listing's timestamp: unchanged records are not fetched
    HASH = "hash"  # the hash of the record as listed or fetched
    SENT_BASE = "sent_base"  # no reading at all: what Kontor last sent


@dataclass(frozen=True)
class Operations:
    """Which writes the system offers."""

    create: bool = True
    update: bool = True
    delete: bool = True


@dataclass(frozen=True)
class Carried:
    """The entities and fields a system holds: ``{entity: fields}``, ``None`` for every field
    of that entity.  An entity not named is not carried at all."""

    entities: Mapping[str, frozenset[str] | None]

    def carries(self, entity: str, field_name: str | None = None) -> bool:
        if entity not in self.entities:
            return False
        fields = self.entities[entity]
        return field_name is None or fields is None or field_name in fields

    def fields_of(self, entity: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The carried part of one entity's fields (``owner`` and ``position`` always go
        along: they place a child entity)."""
        wanted = self.entities.get(entity, frozenset())
        if wanted is None:
            return dict(fields)
        return {k: v for k, v in fields.items() if k in wanted or k in ("owner", "position")}


#: Everything: the enfore Contacts API carries the whole model but the local-only fields
#: (``app.sync.wire``'s ``LOCAL_ONLY_FIELDS``), which its own code leaves out.
EVERYTHING = Carried({})


@dataclass(frozen=True)
class Capabilities:
    """What a connector can do; the engine does only that."""

    records: frozenset[str]
    listing: ListingKind
    change_detection: ChangeDetection
    operations: Operations = Operations()
    carried: Carried = EVERYTHING
    #: Whether a create whose answer was lost can be found again (by external id or by
    #: the body it sent); where it cannot, a retried create may make a second record.
    finds_lost_creates: bool = True
    #: Whether the listing shows deleted records as tombstones (``deleted_at``).
    tombstones: bool = False
    #: Operations that do not exist per record kind, said to the user in plain words
    #: (e.g. ``{"organization": "The partner portal has no delete: ..."}``).
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleProblem:
    """One broken rule of the system: which field (a projection key ``entity.field``, or
    ``""`` for the record) and a sentence for the user."""

    field: str
    message: str


@dataclass(frozen=True)
class RemoteRecord:
    """One record as the system has it: kept whole as the base (unknown fields included).

    ``version`` is what change detection compares (an ETag, an ``updated_at``, a hash)."""

    kind: str
    remote_id: str
    doc: JsonDict
    version: str | None = None
    deleted: bool = False


class LinkIds:
    """Local ids for the entities of one remote record while it is mapped.

    ``known`` maps a remote sub-id (or a connector's own key such as ``"address"`` for a
    system with one address) to the local entity id linked to it; anything not known yet
    gets a fresh local id, remembered in :attr:`made` so the engine can store the link."""

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        self.known = dict(known or {})
        self.made: dict[str, str] = {}

    def local(self, remote_key: str) -> str:
        found = self.known.get(remote_key) or self.made.get(remote_key)
        if found is None:
            found = self.made[remote_key] = new_id()
        return found

    def links(self) -> dict[str, str]:
        """Every ``remote key → local id`` known after mapping."""
        return {**self.known, **self.made}


@runtime_checkable
class ConnectorClient(Protocol):
    """The HTTP side of a single-document connector (records are whole documents)."""

    def list_records(self, kind: str) -> Iterable[RemoteRecord]:
        """Every record of ``kind``; raises on a failed or partial listing (never deletes)."""
        ...

    def get_record(self, kind: str, remote_id: str) -> RemoteRecord | None:
        """One record, ``None`` when the system has no such record (404)."""
        ...

    def create_record(self, kind: str, body: JsonDict) -> RemoteRecord: ...

    def update_record(self, kind: str, remote_id: str, body: JsonDict) -> RemoteRecord: ...

    def delete_record(self, kind: str, remote_id: str) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class Connector(Protocol):
    """One system.  ``type`` is the account type stored in the ``accounts`` table."""

    type: str
    label: str  # shown to the user: "enfore Contacts API", "Kanbert", "Partner portal"
    capabilities: Capabilities
    routes: Mapping[str, str]  # default path templates by name

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        """The projection of a remote record onto Kontor's model (carried fields only)."""
        ...

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        """The body to send for ``projection``; fields the base has and Kontor does not know
        are sent back unchanged."""
        ...

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        """The system's own rules for a record about to be sent (empty: it may go)."""
        ...


# --- projection helpers -------------------------------------------------------------------


def project(contact: AnyContact, carried: Carried) -> Projection:
    """The part of ``contact`` that a system carrying ``carried`` holds."""
    flat = flatten_contact(contact)
    if not carried.entities:  # EVERYTHING
        return flat
    return {
        key: carried.fields_of(key[0], fields)
        for key, fields in flat.items()
        if carried.carries(key[0])
    }


def overlay(
    local: Flat,
    theirs: Projection,
    carried: Carried,
    *,
    linked: Iterable[tuple[str, str]] = (),
) -> Flat:
    """``local`` with the system's projection written over it: carried fields of the
    entities in ``theirs`` take its values; entities of ``linked`` (those the system held
    before) that are gone from ``theirs`` are removed.  Nothing else changes: a field or an
    entity the system does not carry is never cleared by it."""
    out = copy.deepcopy(local)
    for key, fields in theirs.items():
        current = out.setdefault(key, {})
        for name, value in fields.items():
            if carried.carries(key[0], name):
                current[name] = copy.deepcopy(value)
    for key in linked:
        if key not in theirs and key[0] != "contact":
            out.pop(key, None)
    return out


def projection_changes(base: Projection | None, mine: Projection) -> dict[str, Any]:
    """``{"entity/id.field": new value}`` of what ``mine`` changed against ``base`` (a
    field missing on one side counts as ``None``); entities dropped are ``entity/id``: None."""
    base = base or {}
    changes: dict[str, Any] = {}
    for key, fields in mine.items():
        before = base.get(key, {})
        for name, value in fields.items():
            if before.get(name) != value:
                changes[f"{key[0]}/{key[1]}.{name}"] = value
    for key in base:
        if key not in mine:
            changes[f"{key[0]}/{key[1]}"] = None
    return changes


# --- the registry -------------------------------------------------------------------------

_FACTORIES: dict[str, Callable[[], Connector]] = {}


def register(type_name: str, factory: Callable[[], Connector]) -> None:
    """Make a connector available for accounts of ``type_name``."""
    _FACTORIES[type_name] = factory


def connector_for(type_name: str) -> Connector:
    """The connector of an account type; ``KeyError`` for a type no connector serves."""
    if type_name not in _FACTORIES:
        _load_builtin(type_name)
    return _FACTORIES[type_name]()


def _load_builtin(type_name: str) -> None:
    import importlib

    try:
        importlib.import_module(f"app.sync.connectors.{type_name}")
    except ModuleNotFoundError:
        raise KeyError(type_name) from None


__all__ = [
    "EVERYTHING",
    "RECORD_KINDS",
    "Capabilities",
    "Carried",
    "ChangeDetection",
    "Connector",
    "ConnectorClient",
    "JsonDict",
    "LinkIds",
    "ListingKind",
    "Operations",
    "Projection",
    "RemoteRecord",
    "RuleProblem",
    "connector_for",
    "overlay",
    "project",
    "projection_changes",
    "register",
]
