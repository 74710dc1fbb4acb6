"""The contact aggregate: a contact with everything it owns, saved and loaded as one."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy import (
    table as sql_table,
)

from app.domain.changes import contact_created, diff, flatten_contact
from app.domain.enums import ContactKind
from app.domain.models import AnyContact, IndividualContact, OrganizationContact, Tag
from app.store import rows as r
from app.store import schema as s
from app.store.bulk import bulk_insert, insert_rows, upsert_rows
from app.store.journal import Journal
from app.store.rows import RowLike

AGGREGATE = "contact"

# The FTS5 index made by revision 0002 (a virtual table, so not part of the schema metadata).
_search = sql_table("contact_search", column("contact_id"), column("body"))

# Tables whose rows have their own id and are owned by exactly one contact aggregate, in the
# order they can be written (parents before children).
_OWNED_BY_CONTACT: tuple[tuple[Table, str], ...] = (
    (s.departments, "organization_id"),
    (s.locations, "organization_id"),
    (s.memberships, "organization_id"),
    (s.professional_identities, "contact_id"),
    (s.personal_relationships, "contact_id"),
    (s.images, "contact_id"),
)


class ContactNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class ContactSummary:
    """One row of a contact table: what a list shows without loading the aggregate."""

    id: str
    kind: ContactKind
    name: str
    email: str | None
    phone: str | None
    city: str | None
    country_code: str | None
    is_customer: bool
    is_supplier: bool
    in_trash: bool


class ContactRepository:
    """Loads and stores contact aggregates, journaling every change in the same transaction."""

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self._conn = connection
        self._journal = journal

    # --- reading --------------------------------------------------------------------------

    def get(self, contact_id: str) -> AnyContact | None:
        conn = self._conn
        row = (
            conn.execute(select(s.contacts).where(s.contacts.c.id == contact_id)).mappings().first()
        )
        if row is None:
            return None
        children: dict[str, Any] = {
            **self._points(s.CONTACT_POINT_TABLES, "contact_id", [contact_id]).get(
                contact_id, r.points_from_rows({})
            ),
            "customer_role": self._customer_role(contact_id),
            "supplier_role": self._one(s.supplier_roles, contact_id, r.supplier_role_from_row),
            "alternative_payer_role": self._one(
                s.alternative_payer_roles, contact_id, r.alternative_payer_role_from_row
            ),
            "tags": self._tags(contact_id),
            "images": [
                r.image_from_row(i) for i in self._children(s.images, "contact_id", contact_id)
            ],
        }
        if row["kind"] == ContactKind.INDIVIDUAL.value:
            children["professional_identities"] = self._professional_identities(contact_id)
            children["personal_relationships"] = [
                r.relationship_from_row(x)
                for x in self._children(s.personal_relationships, "contact_id", contact_id)
            ]
            return r.individual_from_rows(row, **children)
        children["departments"] = [
            r.department_from_row(x)
            for x in self._children(s.departments, "organization_id", contact_id)
        ]
        children["locations"] = [
            r.location_from_row(x)
            for x in self._children(s.locations, "organization_id", contact_id)
        ]
        children["memberships"] = [
            r.membership_from_row(x)
            for x in self._children(s.memberships, "organization_id", contact_id)
        ]
        return r.organization_from_rows(row, **children)

    def require(self, contact_id: str) -> AnyContact:
        contact = self.get(contact_id)
        if contact is None:
            raise ContactNotFoundError(contact_id)
        return contact

    def _children(self, table: Table, owner_column: str, owner_id: str) -> list[RowLike]:
        result = self._conn.execute(
            select(table).where(table.c[owner_column] == owner_id).order_by(table.c.position)
        )
        return list(result.mappings())

    def _points(
        self, tables: Mapping[str, Table], owner_column: str, owner_ids: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        """Contact points of several owners: owner id -> {list name: [points]}."""
        by_owner: dict[str, dict[str, list[RowLike]]] = {o: {} for o in owner_ids}
        for list_name, table in tables.items():
            result = self._conn.execute(
                select(table).where(table.c[owner_column].in_(owner_ids)).order_by(table.c.position)
            )
            for row in result.mappings():
                by_owner[row[owner_column]].setdefault(list_name, []).append(row)
        return {owner: r.points_from_rows(lists) for owner, lists in by_owner.items()}

    def _professional_identities(self, contact_id: str) -> list[Any]:
        rows = self._children(s.professional_identities, "contact_id", contact_id)
        ids = [row["id"] for row in rows]
        if not ids:
            return []
        points = self._points(s.CONTACT_POINT_TABLES, "professional_identity_id", ids)
        deps = self._links(s.professional_identity_departments, "department_id", ids)
        locs = self._links(s.professional_identity_locations, "location_id", ids)
        return [
            r.professional_identity_from_rows(
                row,
                row["organization_id"],
                deps.get(row["id"], []),
                locs.get(row["id"], []),
                points[row["id"]],
            )
            for row in rows
        ]

    def _links(self, table: Table, target: str, pi_ids: Sequence[str]) -> dict[str, list[str]]:
        result = self._conn.execute(
            select(table.c.professional_identity_id, table.c[target])
            .where(table.c.professional_identity_id.in_(pi_ids))
            .order_by(table.c.position)
        )
        links: dict[str, list[str]] = {}
        for pi_id, target_id in result:
            links.setdefault(pi_id, []).append(target_id)
        return links

    def _customer_role(self, contact_id: str) -> Any:
        row = (
            self._conn.execute(
                select(s.customer_roles).where(s.customer_roles.c.contact_id == contact_id)
            )
            .mappings()
            .first()
        )
        if row is None:
            return None
        configs = list(
            self._conn.execute(
                select(s.delivery_configurations).where(
                    s.delivery_configurations.c.contact_id == contact_id
                )
            ).mappings()
        )
        return r.customer_role_from_rows(row, configs)

    def _one(self, table: Table, contact_id: str, build: Any) -> Any:
        row = (
            self._conn.execute(select(table).where(table.c.contact_id == contact_id))
            .mappings()
            .first()
        )
        return None if row is None else build(row)

    def _tags(self, contact_id: str) -> list[Tag]:
        result = self._conn.execute(
            select(s.tags.c.id, s.tags.c.name, s.contact_tags.c.remote_id)
            .join(s.contact_tags, s.contact_tags.c.tag_id == s.tags.c.id)
            .where(s.contact_tags.c.contact_id == contact_id)
            .order_by(s.contact_tags.c.position)
        )
        return [Tag(id=t.id, name=t.name, remote_id=t.remote_id) for t in result]

    # --- writing --------------------------------------------------------------------------

    def add(self, contact: AnyContact) -> AnyContact:
        """Store a new contact (its id must be new) and journal it as a create."""
        if self.exists(contact.id):
            raise ValueError(f"contact {contact.id} exists already")
        return self.save(contact)

    def save(self, contact: AnyContact) -> AnyContact:
        """Create or update a whole aggregate; returns it as stored (with timestamps)."""
        before = self.get(contact.id)
        if before is not None and before.kind != contact.kind:
            raise ValueError("a contact cannot change between person and organization")
        contact = self._with_timestamps(contact, before)
        contact = contact.model_copy(update={"tags": self._canonical_tags(contact.tags)})
        self._write(contact, before)
        if before is None:
            changes = [contact_created(contact)]
        else:
            changes = diff(flatten_contact(before), flatten_contact(contact))
        self._journal.record(AGGREGATE, contact.id, changes)
        return contact

    def add_many(self, contacts: Iterable[AnyContact], batch_size: int = 2000) -> int:
        """Insert many new contacts quickly (imports, sample data), journaled as creates."""
        count = 0
        batch: list[AnyContact] = []
        # Hundreds of thousands of short-lived containers make the cyclic garbage collector
        # scan again and again; nothing here forms cycles, so it can rest meanwhile.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for contact in contacts:
                batch.append(contact)
                if len(batch) >= batch_size:
                    count += self._insert_batch(batch)
                    batch = []
            if batch:
                count += self._insert_batch(batch)
        finally:
            if collecting:
                gc.enable()
        return count

    def trash(self, contact_id: str) -> AnyContact:
        """Move a contact to the trash (a soft delete that can be restored)."""
        contact = self.require(contact_id)
        if contact.deleted_at is not None:
            return contact
        return self.save(contact.model_copy(update={"deleted_at": self._journal.now}))

    def restore(self, contact_id: str) -> AnyContact:
        contact = self.require(contact_id)
        if contact.deleted_at is None:
            return contact
        return self.save(contact.model_copy(update={"deleted_at": None}))

    def exists(self, contact_id: str) -> bool:
        found = self._conn.execute(select(s.contacts.c.id).where(s.contacts.c.id == contact_id))
        return found.first() is not None

    def _with_timestamps(self, contact: AnyContact, before: AnyContact | None) -> AnyContact:
        created = before.created_at if before is not None else contact.created_at
        return contact.model_copy(
            update={"created_at": created or self._journal.now, "updated_at": self._journal.now}
        )

    def _canonical_tags(self, tags: Sequence[Tag]) -> list[Tag]:
        """The same tag name always means the same tag row (names are case-insensitive)."""
        canonical: list[Tag] = []
        seen: set[str] = set()
        for tag in tags:
            key = tag.name.casefold()
            if key in seen:
                continue
            seen.add(key)
            existing = self._conn.execute(
                select(s.tags.c.id, s.tags.c.name).where(s.tags.c.name == tag.name)
            ).first()
            if existing is None:
                self._conn.execute(
                    insert(s.tags),
                    {"id": tag.id, "name": tag.name, "created_at": self._journal.now},
                )
                canonical.append(tag)
            else:
                canonical.append(tag.model_copy(update={"id": existing.id, "name": existing.name}))
        return canonical

    def _write(self, contact: AnyContact, before: AnyContact | None) -> None:
        conn = self._conn
        cid = contact.id
        rows = r.contact_rows(contact, self._journal.now)
        upsert_rows(conn, s.contacts, rows[s.contacts])
        pi_ids = [row["id"] for row in rows[s.professional_identities]]
        # Rows with their own id: upsert what is there, delete what is gone.
        for table, owner_column in _OWNED_BY_CONTACT:
            keep = [row["id"] for row in rows[table]]
            conn.execute(delete(table).where(table.c[owner_column] == cid, table.c.id.not_in(keep)))
            upsert_rows(conn, table, rows[table])
        for table in s.CONTACT_POINT_TABLES.values():
            keep = [row["id"] for row in rows[table]]
            owned = or_(table.c.contact_id == cid, table.c.professional_identity_id.in_(pi_ids))
            conn.execute(delete(table).where(and_(owned, table.c.id.not_in(keep))))
            upsert_rows(conn, table, rows[table])
        # Link rows without ids of their own: replace.
        for link in (s.professional_identity_departments, s.professional_identity_locations):
            conn.execute(delete(link).where(link.c.professional_identity_id.in_(pi_ids)))
            insert_rows(conn, link, rows[link])
        for table, role_rows in (
            (s.customer_roles, rows[s.customer_roles]),
            (s.supplier_roles, rows[s.supplier_roles]),
            (s.alternative_payer_roles, rows[s.alternative_payer_roles]),
        ):
            if role_rows:
                upsert_rows(conn, table, role_rows)
            else:
                conn.execute(delete(table).where(table.c.contact_id == cid))
        conn.execute(
            delete(s.delivery_configurations).where(s.delivery_configurations.c.contact_id == cid)
        )
        insert_rows(conn, s.delivery_configurations, rows[s.delivery_configurations])
        conn.execute(delete(s.contact_tags).where(s.contact_tags.c.contact_id == cid))
        insert_rows(conn, s.contact_tags, self._tag_rows(contact))
        self._index([contact], replace=True)

    @staticmethod
    def _tag_rows(contact: AnyContact) -> list[dict[str, Any]]:
        return [
            {"contact_id": contact.id, "tag_id": t.id, "remote_id": t.remote_id, "position": i}
            for i, t in enumerate(contact.tags)
        ]

    def _index(self, contacts: Sequence[AnyContact], replace: bool) -> None:
        if replace:
            for contact in contacts:
                self._conn.execute(delete(_search).where(_search.c.contact_id == contact.id))
        self._conn.execute(
            text("INSERT INTO contact_search (contact_id, body) VALUES (:id, :body)"),
            [{"id": c.id, "body": r.search_text(c)} for c in contacts],
        )

    def _insert_batch(self, batch: list[AnyContact]) -> int:
        now = self._journal.now
        tag_cache: dict[str, Tag] = {}
        prepared: list[AnyContact] = []
        for contact in batch:
            tags = []
            for tag in contact.tags:
                key = tag.name.casefold()
                if key not in tag_cache:
                    tag_cache[key] = self._canonical_tags([tag])[0]
                tags.append(tag_cache[key])
            prepared.append(
                contact.model_copy(
                    update={
                        "tags": tags,
                        "created_at": contact.created_at or now,
                        "updated_at": now,
                    }
                )
            )
        all_rows: dict[Table, list[dict[str, Any]]] = {}
        journal_rows: list[dict[str, Any]] = []
        for contact in prepared:
            for table, table_rows in r.contact_rows(contact, now).items():
                all_rows.setdefault(table, []).extend(table_rows)
            all_rows.setdefault(s.contact_tags, []).extend(self._tag_rows(contact))
            journal_rows += self._journal.rows(AGGREGATE, contact.id, [contact_created(contact)])
        for table in s.metadata.sorted_tables:
            bulk_insert(self._conn, table, all_rows.get(table, []))
        bulk_insert(self._conn, s.change_journal, journal_rows)
        self._index(prepared, replace=False)
        return len(prepared)

    # --- listing --------------------------------------------------------------------------

    def count(
        self,
        kind: ContactKind | None = None,
        include_trash: bool = False,
        search: str | None = None,
    ) -> int:
        query = select(func.count()).select_from(s.contacts)
        query = self._filtered(query, kind, include_trash, search)
        return int(self._conn.execute(query).scalar_one())

    def summaries(
        self,
        kind: ContactKind | None = None,
        offset: int = 0,
        limit: int = 200,
        include_trash: bool = False,
        search: str | None = None,
    ) -> list[ContactSummary]:
        """One page of contacts in name order, with their first e-mail, phone and city."""
        c = s.contacts
        first = {
            name: select(table.c[column])
            .where(table.c.contact_id == c.c.id)
            .order_by(table.c.position)
            .limit(1)
            .scalar_subquery()
            for name, table, column in (
                ("email", s.emails, "address"),
                ("phone", s.phones, "number"),
                ("city", s.addresses, "city"),
                ("country_code", s.addresses, "country_code"),
            )
        }
        query = select(
            c.c.id,
            c.c.kind,
            c.c.name,
            c.c.deleted_at,
            first["email"].label("email"),
            first["phone"].label("phone"),
            first["city"].label("city"),
            first["country_code"].label("country_code"),
            select(s.customer_roles.c.contact_id)
            .where(s.customer_roles.c.contact_id == c.c.id)
            .exists()
            .label("is_customer"),
            select(s.supplier_roles.c.contact_id)
            .where(s.supplier_roles.c.contact_id == c.c.id)
            .exists()
            .label("is_supplier"),
        )
        query = self._filtered(query, kind, include_trash, search)
        query = query.order_by(c.c.sort_name, c.c.id).offset(offset).limit(limit)
        return [
            ContactSummary(
                id=row.id,
                kind=ContactKind(row.kind),
                name=row.name,
                email=row.email,
                phone=row.phone,
                city=row.city,
                country_code=row.country_code,
                is_customer=bool(row.is_customer),
                is_supplier=bool(row.is_supplier),
                in_trash=row.deleted_at is not None,
            )
            for row in self._conn.execute(query)
        ]

    @staticmethod
    def _search_ids(search: str) -> Any:
        """Ids of contacts whose indexed text holds every word of ``search``."""
        words = [w for w in search.casefold().split() if w]
        query = select(_search.c.contact_id)
        long_words = [w for w in words if len(w) >= 3]
        if long_words:
            # Trigram FTS: each word of three or more letters is a quoted substring to match.
            match = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            query = query.where(text("contact_search MATCH :q").bindparams(q=match))
        for word in words:
            if len(word) < 3:
                query = query.where(_search.c.body.contains(word, autoescape=True))
        return query

    @staticmethod
    def _filtered(
        query: Any, kind: ContactKind | None, include_trash: bool, search: str | None
    ) -> Any:
        if search and search.strip():
            query = query.where(s.contacts.c.id.in_(ContactRepository._search_ids(search)))
        if kind is not None:
            query = query.where(s.contacts.c.kind == kind.value)
        if not include_trash:
            query = query.where(s.contacts.c.deleted_at.is_(None))
        return query


__all__ = [
    "ContactNotFoundError",
    "ContactRepository",
    "ContactSummary",
    "IndividualContact",
    "OrganizationContact",
]
