"""Sync of the smaller records: placeholder customers and customer lists.

They follow the contacts' rules (outbox, base document, conditional GET, three-way merge,
deletions from whole listings only) with simpler documents, compared in the server's form:

* a placeholder customer: ``{"fields": <its body>}`` (its pictures stay local for now);
* a customer list: ``{"fields": {"name": …}, "members": [remote contact ids]}``; members
  merge as a set (an addition or removal on either side is kept), the name per field.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection

from app.domain.models import CustomerList, PlaceholderCustomer, new_id
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.aggregates import CustomerListRepository, PlaceholderCustomerRepository
from app.store.journal import Journal
from app.store.schema import utc_now
from app.store.sync_state import SyncRecord, SyncStateRepository
from app.sync import wire
from app.sync.client import ApiNotFound, ContactsApiClient, Listing
from app.sync.documents import JsonDict, document_hash
from app.sync.wire import IdMap, UnresolvedReference

Record = PlaceholderCustomer | CustomerList


@dataclass(frozen=True)
class FlatConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


_ABSENT = object()


def merge_documents(
    base: JsonDict | None, mine: JsonDict, theirs: JsonDict
) -> tuple[JsonDict, list[FlatConflict]]:
    """Three-way merge of two record documents against their base (field by field; the
    ``members`` of a list as a set)."""
    b_fields = (base or {}).get("fields") or {}
    m_fields, t_fields = mine.get("fields") or {}, theirs.get("fields") or {}
    fields: JsonDict = {}
    conflicts: list[FlatConflict] = []
    for name in dict.fromkeys([*b_fields, *m_fields, *t_fields]):
        b = b_fields.get(name, _ABSENT)
        m = m_fields.get(name, _ABSENT)
        t = t_fields.get(name, _ABSENT)
        if m == t or t == b:
            value = m
        elif m == b:
            value = t
        else:
            conflicts.append(FlatConflict(name, _plain(b), _plain(m), _plain(t)))
            value = m
        if value is not _ABSENT:
            fields[name] = value
    merged: JsonDict = {"fields": fields}
    if "members" in mine or "members" in theirs:
        b_set = list((base or {}).get("members") or [])
        m_list, t_list = list(mine.get("members") or []), list(theirs.get("members") or [])
        removed = {x for x in b_set if x not in m_list or x not in t_list}
        merged["members"] = [x for x in dict.fromkeys([*t_list, *m_list]) if x not in removed]
    return merged, conflicts


def _plain(value: Any) -> Any:
    return None if value is _ABSENT else value


class _Repo(Protocol):
    def get(self, record_id: str) -> Any: ...

    def save(self, record: Any) -> Any: ...

    def trash(self, record_id: str) -> Any: ...


class RecordKind:
    """How one kind of record is read, written and compared."""

    aggregate: str = ""
    #: the kind as the user reads it, one and several (English: show with
    #: ``translate("Sync", label)``)
    label: str = ""
    plural: str = ""

    def __init__(self, client: ContactsApiClient, shared: IdMap) -> None:
        self.client = client
        self.shared = shared

    def repo(self, conn: Connection, journal: Journal) -> _Repo:
        raise NotImplementedError

    def listing(self) -> Listing:
        raise NotImplementedError

    def fetch(self, remote_id: str, etag: str | None) -> tuple[JsonDict | None, str | None]:
        """The server's document (``None`` when gone) and its ETag."""
        raise NotImplementedError

    def document(self, local: Any) -> JsonDict:
        """The local record in the server's form (raises ``_Unresolved`` when it names a
        contact not on the server yet)."""
        raise NotImplementedError

    def create(self, doc: JsonDict, local: Any) -> str:
        raise NotImplementedError

    def send(self, remote_id: str, doc: JsonDict, theirs: JsonDict) -> None:
        raise NotImplementedError

    def delete(self, remote_id: str) -> None:
        raise NotImplementedError

    def from_document(self, doc: JsonDict, remote_id: str, local: Any | None) -> Any:
        raise NotImplementedError

    def find_created(self, local: Any, taken: set[str]) -> str | None:
        """The remote id of a create whose answer was lost, if it can be found (``taken``:
        remote ids other records here already have)."""
        return None

    @staticmethod
    def gone(doc: JsonDict | None) -> bool:
        return doc is None or bool((doc.get("fields") or {}).get("deleted"))


class Unresolved(Exception):  # noqa: N818
    pass


class PlaceholderKind(RecordKind):
    aggregate = "placeholder_customer"
    label = QT_TRANSLATE_NOOP("Sync", "placeholder customer")
    plural = QT_TRANSLATE_NOOP("Sync", "placeholder customers")

    def repo(self, conn: Connection, journal: Journal) -> _Repo:
        return PlaceholderCustomerRepository(conn, journal)

    def listing(self) -> Listing:
        return self.client.list_placeholder_customers()

    def fetch(self, remote_id: str, etag: str | None) -> tuple[JsonDict | None, str | None]:
        try:
            got = self.client.fetch_if_changed(
                self.client.routes.placeholder_customer(remote_id), etag
            )
        except ApiNotFound:
            return None, None
        if got.unchanged:
            return {"unchanged": True}, etag
        body = dict(got.body) if isinstance(got.body, dict) else {}
        body.pop("id", None)
        return {"fields": body}, got.etag

    def document(self, local: PlaceholderCustomer) -> JsonDict:
        return {"fields": wire.placeholder_customer_to_wire(local)}

    def create(self, doc: JsonDict, local: PlaceholderCustomer) -> str:
        body = {**doc["fields"], "external_id": local.external_id or local.id}
        return str(self.client.create_placeholder_customer(body).get("id") or "")

    def find_created(self, local: PlaceholderCustomer, taken: set[str]) -> str | None:
        external = local.external_id or local.id
        for item in self.client.list_placeholder_customers().items:
            if item.get("external_id") == external and not item.get("deleted"):
                return str(item.get("id"))
        return None

    def send(self, remote_id: str, doc: JsonDict, theirs: JsonDict) -> None:
        body = {k: v for k, v in doc["fields"].items() if k != "deleted"}
        current = {k: v for k, v in (theirs.get("fields") or {}).items() if k != "deleted"}
        if body != current:
            self.client.update_placeholder_customer(remote_id, body)

    def delete(self, remote_id: str) -> None:
        self.client.delete_placeholder_customer(remote_id)

    def from_document(
        self, doc: JsonDict, remote_id: str, local: PlaceholderCustomer | None
    ) -> PlaceholderCustomer:
        data = {"id": remote_id, **doc["fields"]}
        ids = wire.SimpleIdMap()
        if local is not None:
            ids.add(local.id, remote_id)
        return wire.placeholder_customer_from_wire(data, ids, local=local)


class CustomerListKind(RecordKind):
    aggregate = "customer_list"
    label = QT_TRANSLATE_NOOP("Sync", "customer list")
    plural = QT_TRANSLATE_NOOP("Sync", "customer lists")

    def repo(self, conn: Connection, journal: Journal) -> _Repo:
        return CustomerListRepository(conn, journal)

    def listing(self) -> Listing:
        return self.client.list_customer_lists()

    def fetch(self, remote_id: str, etag: str | None) -> tuple[JsonDict | None, str | None]:
        try:
            got = self.client.fetch_if_changed(self.client.routes.customer_list(remote_id), None)
        except ApiNotFound:
            return None, None
        items = self.client.list_customer_list_items(remote_id)
        if items.error is not None:
            raise items.error
        body = dict(got.body) if isinstance(got.body, dict) else {}
        body.pop("id", None)
        members = [str(i.get("id")) for i in items.items if i.get("id") is not None]
        return {"fields": body, "members": members}, got.etag

    def document(self, local: CustomerList) -> JsonDict:
        report: list[UnresolvedReference] = []
        body = wire.customer_list_items_to_wire(local.member_ids, self.shared, report)
        if report:
            raise Unresolved(str(report[0]))
        fields = {k: v for k, v in wire.customer_list_to_wire(local).items() if k != "id"}
        return {"fields": fields, "members": [i["id"] for i in body["items"]]}

    def create(self, doc: JsonDict, local: CustomerList) -> str:
        created = self.client.create_customer_list(doc["fields"].get("name") or local.name)
        remote_id = str(created.get("id") or "")
        if remote_id and doc.get("members"):
            self.client.add_customer_list_items(
                remote_id, {"items": [{"id": m} for m in doc["members"]]}
            )
        return remote_id

    def find_created(self, local: CustomerList, taken: set[str]) -> str | None:
        """A list has no external id: the one a lost create made is the server's list of the
        same name that no list here has yet."""
        listing = self.client.list_customer_lists()
        if listing.error is not None:
            raise listing.error
        for item in listing.items:
            remote_id = str(item.get("id") or "")
            if remote_id and remote_id not in taken and item.get("name") == local.name:
                return remote_id
        return None

    def send(self, remote_id: str, doc: JsonDict, theirs: JsonDict) -> None:
        if doc["fields"].get("name") != (theirs.get("fields") or {}).get("name"):
            self.client.rename_customer_list(remote_id, doc["fields"]["name"])
        now, before = doc.get("members") or [], theirs.get("members") or []
        added = [m for m in now if m not in before]
        if added:
            self.client.add_customer_list_items(remote_id, {"items": [{"id": m} for m in added]})
        for member in before:
            if member not in now:
                with contextlib.suppress(ApiNotFound):
                    self.client.remove_customer_list_item(remote_id, member)

    def delete(self, remote_id: str) -> None:
        self.client.delete_customer_list(remote_id)

    def from_document(
        self, doc: JsonDict, remote_id: str, local: CustomerList | None
    ) -> CustomerList:
        members: list[str] = []
        for remote in doc.get("members") or []:
            found = self.shared.local_id(remote)
            if found is None:
                raise Unresolved(
                    translate("Sync", "a member ({remote}) is not here yet").format(remote=remote)
                )
            members.append(found)
        return CustomerList(
            id=local.id if local is not None else new_id(),
            remote_id=remote_id,
            name=str((doc.get("fields") or {}).get("name") or ""),
            member_ids=members,
            extra={k: v for k, v in (doc.get("fields") or {}).items() if k != "name"},
            created_at=local.created_at if local else None,
            deleted_at=None,
        )


def record_kinds(client: ContactsApiClient, shared: IdMap) -> list[RecordKind]:
    return [PlaceholderKind(client, shared), CustomerListKind(client, shared)]


def doc_hash(doc: JsonDict) -> str:
    return document_hash(doc)


def new_record(
    local_id: str, aggregate: str, remote_id: str, doc: JsonDict, etag: str | None
) -> SyncRecord:
    return SyncRecord(
        local_id=local_id,
        kind=aggregate,
        aggregate=aggregate,
        remote_id=remote_id,
        base=doc,
        base_hash=document_hash(doc),
        etag=etag,
        synced_at=utc_now(),
    )


def conflicts_json(aggregate: str, local_id: str, conflicts: list[FlatConflict]) -> list[JsonDict]:
    def value(v: Any) -> JsonDict:
        return {"value": v}

    return [
        {
            "type": "field",
            "entity": aggregate,
            "entity_id": local_id,
            "field": c.field,
            "base": value(c.base),
            "mine": value(c.mine),
            "theirs": value(c.theirs),
        }
        for c in conflicts
    ]


StateFn = Callable[[SyncStateRepository], None]
