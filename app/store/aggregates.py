"""Repositories for the smaller aggregates: placeholder customers, customer lists, tags,
external-id mappings and the contact configuration."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, text, update

from app.domain.changes import (
    EntityChange,
    Op,
    diff,
    flatten_customer_list,
    flatten_mapping,
    flatten_placeholder,
)
from app.domain.enums import ContactKind
from app.domain.models import (
    ContactConfiguration,
    CustomerList,
    ExternalIdMapping,
    PlaceholderCustomer,
    Tag,
)
from app.i18n import translate
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
        if before is not None and customer.remote_id is None and before.remote_id is not None:
            # The remote id belongs to sync; an older copy does not take it away.
            customer = customer.model_copy(update={"remote_id": before.remote_id})
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

    def _found(self, search: str | None, include_trash: bool, only_trash: bool) -> str:
        conditions = []
        if only_trash:
            conditions.append("deleted_at IS NOT NULL")
        elif not include_trash:
            conditions.append("deleted_at IS NULL")
        if search and search.strip():
            # ``casefold`` is registered on every connection (app.store.database).
            conditions.append(
                "(instr(casefold(name), :needle) > 0 OR instr(casefold(customer_id), :needle) > 0"
                " OR instr(casefold(coalesce(external_id, '')), :needle) > 0)"
            )
        return " AND ".join(conditions) or "1"

    def find(
        self,
        search: str | None = None,
        include_trash: bool = False,
        offset: int = 0,
        limit: int = 200,
        only_trash: bool = False,
    ) -> builtins.list[PlaceholderCustomer]:
        """A page of placeholder customers by name whose name or customer id holds ``search``."""
        where = self._found(search, include_trash, only_trash)
        ids = self._conn.execute(
            text(
                f"SELECT id FROM placeholder_customers WHERE {where} "
                "ORDER BY casefold(name), id LIMIT :limit OFFSET :offset"
            ),
            {"needle": (search or "").strip().casefold(), "limit": limit, "offset": offset},
        ).scalars()
        found = [self.get(i) for i in ids]
        return [c for c in found if c is not None]

    def count(
        self, search: str | None = None, include_trash: bool = False, only_trash: bool = False
    ) -> int:
        where = self._found(search, include_trash, only_trash)
        return int(
            self._conn.execute(
                text(f"SELECT count(*) FROM placeholder_customers WHERE {where}"),
                {"needle": (search or "").strip().casefold()},
            ).scalar_one()
        )


@dataclass(frozen=True)
class CustomerListInfo:
    """A customer list as a list of lists shows it."""

    id: str
    name: str
    # Members that are not in the trash.
    member_count: int
    deleted_at: datetime | None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


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
        if before is not None and customer_list.remote_id is None and before.remote_id is not None:
            customer_list = customer_list.model_copy(update={"remote_id": before.remote_id})
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
        if found.deleted_at is not None:
            return found
        return self.save(found.model_copy(update={"deleted_at": self._journal.now}))

    def restore(self, list_id: str) -> CustomerList:
        found = self.get(list_id)
        if found is None:
            raise LookupError(list_id)
        if found.deleted_at is None:
            return found
        return self.save(found.model_copy(update={"deleted_at": None}))

    def list(self, include_trash: bool = False) -> list[CustomerList]:
        t = s.customer_lists
        query = select(t.c.id).order_by(func.lower(t.c.name))
        if not include_trash:
            query = query.where(t.c.deleted_at.is_(None))
        found = [self.get(row.id) for row in self._conn.execute(query)]
        return [c for c in found if c is not None]

    def infos(
        self, include_trash: bool = False, only_trash: bool = False
    ) -> builtins.list[CustomerListInfo]:
        """Every list by name with its number of members (contacts not in the trash)."""
        where = (
            "l.deleted_at IS NOT NULL"
            if only_trash
            else "1"
            if include_trash
            else "l.deleted_at IS NULL"
        )
        rows = self._conn.execute(
            text(
                "SELECT l.id, l.name, l.deleted_at, "
                "(SELECT count(*) FROM customer_list_members m JOIN contacts c "
                " ON c.id = m.contact_id WHERE m.list_id = l.id AND c.deleted_at IS NULL) "
                f"FROM customer_lists l WHERE {where} ORDER BY casefold(l.name), l.id"
            )
        )
        stamp = s.UtcDateTime()
        return [
            CustomerListInfo(
                id=row[0],
                name=row[1],
                member_count=int(row[3]),
                deleted_at=stamp.process_result_value(row[2], self._conn.dialect),
            )
            for row in rows
        ]


class TagNameTakenError(ValueError):
    """Another tag has that name already (names are case-insensitive)."""


class TagRepository:
    """The global tag table.  A tag's own changes (rename, delete) are journaled as aggregate
    ``tag``; giving tags to contacts and taking them away are changes of the contacts."""

    AGGREGATE = "tag"

    def __init__(self, connection: Connection, journal: Journal | None = None) -> None:
        self._conn = connection
        self._journal = journal

    def all(self) -> list[Tag]:
        rows = self._conn.execute(select(s.tags.c.id, s.tags.c.name).order_by(s.tags.c.name))
        return [Tag(id=t.id, name=t.name) for t in rows]

    def get(self, tag_id: str) -> Tag | None:
        row = self._conn.execute(
            select(s.tags.c.id, s.tags.c.name).where(s.tags.c.id == tag_id)
        ).first()
        return None if row is None else Tag(id=row.id, name=row.name)

    def by_name(self, name: str) -> Tag | None:
        """The tag of that name, compared as the table does (case-insensitive)."""
        row = self._conn.execute(
            select(s.tags.c.id, s.tags.c.name).where(s.tags.c.name == name)
        ).first()
        return None if row is None else Tag(id=row.id, name=row.name)

    def usage_counts(self, include_trash: bool = True) -> dict[str, int]:
        ct = s.contact_tags
        query = select(ct.c.tag_id, func.count()).group_by(ct.c.tag_id)
        if not include_trash:
            query = query.join(s.contacts, s.contacts.c.id == ct.c.contact_id).where(
                s.contacts.c.deleted_at.is_(None)
            )
        rows = self._conn.execute(query)
        return {tag_id: int(n) for tag_id, n in rows}

    def _journaled(self) -> Journal:
        if self._journal is None:
            raise RuntimeError("this TagRepository has no journal: use it in a unit of work")
        return self._journal

    def rename(self, tag_id: str, name: str) -> Tag:
        journal = self._journaled()
        tag = self.get(tag_id)
        if tag is None:
            raise LookupError(tag_id)
        other = self.by_name(name)
        if other is not None and other.id != tag_id:
            raise TagNameTakenError(
                translate("Store", "A tag named “{name}” exists already.").format(name=other.name)
            )
        if name == tag.name:
            return tag
        self._conn.execute(update(s.tags).where(s.tags.c.id == tag_id).values(name=name))
        journal.record(
            self.AGGREGATE,
            tag_id,
            [EntityChange("tag", tag_id, Op.UPDATE, {"name": (tag.name, name)})],
        )
        # Each contact with the tag changed too (the server keeps tags per contact, by name):
        # journaled as the contact's own change, so sync sends it.
        holders = self._conn.execute(
            select(s.contact_tags.c.contact_id).where(s.contact_tags.c.tag_id == tag_id)
        ).scalars()
        journal.write(
            [
                row
                for contact_id in holders
                for row in journal.rows(
                    "contact",
                    contact_id,
                    [
                        EntityChange(
                            "contact_tag",
                            f"{contact_id}/{tag_id}",
                            Op.UPDATE,
                            {"name": (tag.name, name)},
                        )
                    ],
                )
            ]
        )
        return Tag(id=tag_id, name=name)

    def delete(self, tag_id: str) -> Tag:
        """Delete the tag row; take it from the contacts first, so each of them is journaled."""
        journal = self._journaled()
        tag = self.get(tag_id)
        if tag is None:
            raise LookupError(tag_id)
        self._conn.execute(delete(s.tags).where(s.tags.c.id == tag_id))
        journal.record(
            self.AGGREGATE,
            tag_id,
            [EntityChange("tag", tag_id, Op.DELETE, {"name": (tag.name, None)})],
        )
        return tag


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
