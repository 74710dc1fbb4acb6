"""Repositories for the smaller aggregates: placeholder customers, customer lists, tags,
external-id mappings and the contact configuration."""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, insert, select, update

from app.domain.changes import diff, flatten_customer_list, flatten_mapping, flatten_placeholder
from app.domain.enums import ContactKind
from app.domain.models import (
    ContactConfiguration,
    CustomerList,
    ExternalIdMapping,
    PlaceholderCustomer,
    Tag,
)
from app.store import rows as r
from app.store import schema as s
from app.store.bulk import upsert_rows
from app.store.journal import Journal


class PlaceholderCustomerRepository:
    AGGREGATE = "placeholder_customer"

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self._conn = connection
        self._journal = journal

    def get(self, customer_id: str) -> PlaceholderCustomer | None:
        t = s.placeholder_customers
        row = self._conn.execute(select(t).where(t.c.id == customer_id)).mappings().first()
        if row is None:
            return None
        images = self._conn.execute(
            select(s.images)
            .where(s.images.c.placeholder_customer_id == customer_id)
            .order_by(s.images.c.position)
        ).mappings()
        return r.model_from_row(
            PlaceholderCustomer, row, images=[r.image_from_row(i) for i in images]
        )

    def save(self, customer: PlaceholderCustomer) -> PlaceholderCustomer:
        before = self.get(customer.id)
        now = self._journal.now
        created = before.created_at if before else customer.created_at
        customer = customer.model_copy(update={"created_at": created or now, "updated_at": now})
        row = {
            name: getattr(customer, name)
            for name in PlaceholderCustomer.model_fields
            if name != "images"
        }
        upsert_rows(self._conn, s.placeholder_customers, [row])
        keep = [i.id for i in customer.images]
        self._conn.execute(
            delete(s.images).where(
                s.images.c.placeholder_customer_id == customer.id, s.images.c.id.not_in(keep)
            )
        )
        for position, image in enumerate(customer.images):
            upsert_rows(self._conn, s.images, [r.image_row(image, position, None, customer.id)])
        old = flatten_placeholder(before) if before else {}
        self._journal.record(self.AGGREGATE, customer.id, diff(old, flatten_placeholder(customer)))
        return customer

    def trash(self, customer_id: str) -> PlaceholderCustomer:
        customer = self.get(customer_id)
        if customer is None:
            raise LookupError(customer_id)
        return self.save(customer.model_copy(update={"deleted_at": self._journal.now}))

    def restore(self, customer_id: str) -> PlaceholderCustomer:
        customer = self.get(customer_id)
        if customer is None:
            raise LookupError(customer_id)
        return self.save(customer.model_copy(update={"deleted_at": None}))

    def list(self, include_trash: bool = False) -> list[PlaceholderCustomer]:
        t = s.placeholder_customers
        query = select(t.c.id).order_by(func.lower(t.c.name))
        if not include_trash:
            query = query.where(t.c.deleted_at.is_(None))
        found = [self.get(row.id) for row in self._conn.execute(query)]
        return [c for c in found if c is not None]


class CustomerListRepository:
    AGGREGATE = "customer_list"

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self._conn = connection
        self._journal = journal

    def get(self, list_id: str) -> CustomerList | None:
        t = s.customer_lists
        row = self._conn.execute(select(t).where(t.c.id == list_id)).mappings().first()
        if row is None:
            return None
        m = s.customer_list_members
        members = self._conn.execute(
            select(m.c.contact_id).where(m.c.list_id == list_id).order_by(m.c.position)
        ).scalars()
        return r.model_from_row(CustomerList, row, member_ids=list(members))

    def save(self, customer_list: CustomerList) -> CustomerList:
        before = self.get(customer_list.id)
        now = self._journal.now
        created = before.created_at if before else customer_list.created_at
        customer_list = customer_list.model_copy(
            update={"created_at": created or now, "updated_at": now}
        )
        row = {
            name: getattr(customer_list, name)
            for name in CustomerList.model_fields
            if name != "member_ids"
        }
        upsert_rows(self._conn, s.customer_lists, [row])
        m = s.customer_list_members
        self._conn.execute(delete(m).where(m.c.list_id == customer_list.id))
        members = list(dict.fromkeys(customer_list.member_ids))
        if members:
            self._conn.execute(
                insert(m),
                [
                    {"list_id": customer_list.id, "contact_id": cid, "position": i}
                    for i, cid in enumerate(members)
                ],
            )
        old = flatten_customer_list(before) if before else {}
        self._journal.record(
            self.AGGREGATE, customer_list.id, diff(old, flatten_customer_list(customer_list))
        )
        return customer_list

    def trash(self, list_id: str) -> CustomerList:
        found = self.get(list_id)
        if found is None:
            raise LookupError(list_id)
        return self.save(found.model_copy(update={"deleted_at": self._journal.now}))

    def list(self, include_trash: bool = False) -> list[CustomerList]:
        t = s.customer_lists
        query = select(t.c.id).order_by(func.lower(t.c.name))
        if not include_trash:
            query = query.where(t.c.deleted_at.is_(None))
        found = [self.get(row.id) for row in self._conn.execute(query)]
        return [c for c in found if c is not None]


class TagRepository:
    def __init__(self, connection: Connection) -> None:
        self._conn = connection

    def all(self) -> list[Tag]:
        rows = self._conn.execute(select(s.tags.c.id, s.tags.c.name).order_by(s.tags.c.name))
        return [Tag(id=t.id, name=t.name) for t in rows]

    def usage_counts(self) -> dict[str, int]:
        ct = s.contact_tags
        rows = self._conn.execute(select(ct.c.tag_id, func.count()).group_by(ct.c.tag_id))
        return {tag_id: int(n) for tag_id, n in rows}


class ExternalIdMappingRepository:
    AGGREGATE = "external_id_mapping"

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self._conn = connection
        self._journal = journal

    def all(self, kind: ContactKind) -> list[ExternalIdMapping]:
        t = s.external_id_mappings
        rows = self._conn.execute(select(t).where(t.c.kind == kind.value).order_by(t.c.internal))
        return [
            ExternalIdMapping(kind=kind, internal=m.internal, external=m.external) for m in rows
        ]

    def by_external(self, kind: ContactKind, external: str) -> ExternalIdMapping | None:
        t = s.external_id_mappings
        row = self._conn.execute(
            select(t).where(t.c.kind == kind.value, t.c.external == external)
        ).first()
        return (
            None
            if row is None
            else ExternalIdMapping(kind=kind, internal=row.internal, external=row.external)
        )

    def replace(self, mappings: list[ExternalIdMapping]) -> None:
        """Replace the mappings of every internal and external id named (one-to-one)."""
        t = s.external_id_mappings
        for mapping in mappings:
            stale = self._conn.execute(
                select(t).where(
                    t.c.kind == mapping.kind.value,
                    (t.c.internal == mapping.internal) | (t.c.external == mapping.external),
                )
            ).all()
            for old in stale:
                old_mapping = ExternalIdMapping(
                    kind=mapping.kind, internal=old.internal, external=old.external
                )
                self._conn.execute(
                    delete(t).where(t.c.kind == old.kind, t.c.internal == old.internal)
                )
                self._journal.record(
                    self.AGGREGATE, old.internal, diff(flatten_mapping(old_mapping), {})
                )
            self._conn.execute(
                insert(t),
                {
                    "kind": mapping.kind.value,
                    "internal": mapping.internal,
                    "external": mapping.external,
                },
            )
            self._journal.record(
                self.AGGREGATE, mapping.internal, diff({}, flatten_mapping(mapping))
            )

    def remove(self, kind: ContactKind, internal: str) -> None:
        t = s.external_id_mappings
        row = self._conn.execute(
            select(t).where(t.c.kind == kind.value, t.c.internal == internal)
        ).first()
        if row is None:
            return
        self._conn.execute(delete(t).where(t.c.kind == kind.value, t.c.internal == internal))
        mapping = ExternalIdMapping(kind=kind, internal=row.internal, external=row.external)
        self._journal.record(self.AGGREGATE, internal, diff(flatten_mapping(mapping), {}))


class ConfigurationRepository:
    AGGREGATE = "contact_configuration"

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self._conn = connection
        self._journal = journal

    def get(self) -> ContactConfiguration:
        row = self._conn.execute(select(s.contact_configuration.c.data)).first()
        return (
            ContactConfiguration() if row is None else ContactConfiguration.model_validate(row.data)
        )

    def save(self, configuration: ContactConfiguration) -> None:
        before = self.get()
        data = configuration.model_dump(mode="json")
        exists = self._conn.execute(select(s.contact_configuration.c.id)).first() is not None
        values = {"data": data, "updated_at": self._journal.now}
        if exists:
            self._conn.execute(update(s.contact_configuration).values(**values))
        else:
            self._conn.execute(insert(s.contact_configuration).values(id=1, **values))
        key = ("contact_configuration", "1")
        changes = diff({key: before.model_dump(mode="json")}, {key: data})
        self._journal.record(self.AGGREGATE, "1", changes)
