"""The contact aggregate: a contact with everything it owns, saved and loaded as one."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Result,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)

from app.collector import collector_resting
from app.domain.changes import (
    ROLE_FIELDS,
    EntityChange,
    Flat,
    Op,
    carry_remote_ids,
    contact_created,
    diff,
    flatten_contact,
)
from app.domain.copies import deep_copy
from app.domain.enums import ContactKind
from app.domain.models import AnyContact, IndividualContact, OrganizationContact, Tag
from app.i18n import translate
from app.store import rows as r
from app.store import schema as s
from app.store.aggregates import CustomerListRepository
from app.store.bulk import insert_rows, outbox_filled_after, upsert_rows
from app.store.bulk_contacts import key_rows, prepare_batch, tag_rows, write_prepared
from app.store.database import BULK_CACHE_KIB, CACHE_KIB
from app.store.journal import Journal
from app.store.listing import ContactListing, ContactQuery, ContactSummary
from app.store.rows import RowLike

AGGREGATE = "contact"
# From a batch of this many contacts on, ``add_many`` fills the sync outbox in one statement
# at its end instead of through the trigger, entry by entry.
OUTBOX_AFTER = 200

# The search index ``contact_search`` is an FTS5 table made by revision 0002 (so not part of the
# schema metadata); its rowid for a contact is ``contacts.search_rowid`` (revision 0003).

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


class ContactInUseError(Exception):
    """A contact cannot be deleted for good while other records depend on it."""


@dataclass(frozen=True)
class PurgedContact:
    """What :meth:`ContactRepository.purge` did, so it can be undone."""

    contact: AnyContact
    # Other contacts that had a personal relationship to the purged one: (before, after).
    relationships: tuple[tuple[AnyContact, AnyContact], ...] = ()
    # Customer lists the contact was a member of (it was removed from each).
    customer_list_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class _TagLink:
    tag_id: str
    name: str
    remote_id: str | None


class ContactRepository:
    """Loads and stores contact aggregates, journaling every change in the same transaction."""

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self._conn = connection
        self._journal = journal
        # Aggregates read on this connection while its count of changed rows stood at
        # ``_read_at``: until anything is written here, reading one again gives the same (a
        # save reads the contact for its undo step, its checks and its write).
        self._read: dict[str, AnyContact | None] = {}
        self._read_at = -1

    # --- reading --------------------------------------------------------------------------

    def _changes(self) -> int:
        raw = self._conn.connection.dbapi_connection
        return int(getattr(raw, "total_changes", -1))

    def get(self, contact_id: str) -> AnyContact | None:
        changes = self._changes()
        if changes != self._read_at or changes < 0:
            self._read.clear()
            self._read_at = changes
        elif contact_id in self._read:
            kept = self._read[contact_id]
            # A copy: whoever gets it may change it in place before saving it.
            return None if kept is None else deep_copy(kept)
        contact = self._get(contact_id)
        self._read[contact_id] = None if contact is None else deep_copy(contact)
        return contact

    def _get(self, contact_id: str) -> AnyContact | None:
        conn = self._conn
        row = conn.execute(_owned_by(s.contacts, "id"), {"owner": contact_id}).mappings().first()
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

    def get_many(self, contact_ids: Sequence[str]) -> dict[str, AnyContact]:
        """Many contacts at once (a few queries per 500 of them, not ~17 per contact); the
        ones that do not exist are left out."""
        found: dict[str, AnyContact] = {}
        for chunk in _chunks(list(dict.fromkeys(contact_ids))):
            found.update(self._load(chunk))
        return found

    def _grouped(self, table: Table, owner_column: str, ids: Sequence[str]) -> dict[str, list[Any]]:
        grouped: dict[str, list[Any]] = {}
        if not ids:
            return grouped
        result = self._conn.execute(_owned_by_any(table, owner_column), {"owners": list(ids)})
        for row in _dicts(result):
            grouped.setdefault(row[owner_column], []).append(row)
        return grouped

    def _single(self, table: Table, ids: Sequence[str]) -> dict[str, Any]:
        result = self._conn.execute(select(table).where(table.c.contact_id.in_(ids)))
        return {row["contact_id"]: row for row in _dicts(result)}

    def _load(self, ids: Sequence[str]) -> dict[str, AnyContact]:
        conn = self._conn
        rows = _dicts(conn.execute(select(s.contacts).where(s.contacts.c.id.in_(ids))))
        ids = [row["id"] for row in rows]
        if not ids:
            return {}
        points = self._points(s.CONTACT_POINT_TABLES, "contact_id", ids)
        pis = self._grouped(s.professional_identities, "contact_id", ids)
        pi_ids = [pi["id"] for group in pis.values() for pi in group]
        pi_points = (
            self._points(s.CONTACT_POINT_TABLES, "professional_identity_id", pi_ids)
            if pi_ids
            else {}
        )
        deps = self._links(s.professional_identity_departments, "department_id", pi_ids)
        locs = self._links(s.professional_identity_locations, "location_id", pi_ids)
        relationships = self._grouped(s.personal_relationships, "contact_id", ids)
        departments = self._grouped(s.departments, "organization_id", ids)
        locations = self._grouped(s.locations, "organization_id", ids)
        memberships = self._grouped(s.memberships, "organization_id", ids)
        images = self._grouped(s.images, "contact_id", ids)
        customer = self._single(s.customer_roles, ids)
        configs = self._grouped(s.delivery_configurations, "contact_id", ids)
        supplier = self._single(s.supplier_roles, ids)
        payer = self._single(s.alternative_payer_roles, ids)
        tags: dict[str, list[Tag]] = {}
        for contact_id, tag_id, name, remote_id in conn.execute(
            select(
                s.contact_tags.c.contact_id, s.tags.c.id, s.tags.c.name, s.contact_tags.c.remote_id
            )
            .join(s.contact_tags, s.contact_tags.c.tag_id == s.tags.c.id)
            .where(s.contact_tags.c.contact_id.in_(ids))
            .order_by(s.contact_tags.c.contact_id, s.contact_tags.c.position)
        ):
            tags.setdefault(contact_id, []).append(Tag(id=tag_id, name=name, remote_id=remote_id))
        out: dict[str, AnyContact] = {}
        for row in rows:
            cid = row["id"]
            children: dict[str, Any] = {
                **points.get(cid, r.points_from_rows({})),
                "customer_role": (
                    r.customer_role_from_rows(customer[cid], configs.get(cid, []))
                    if cid in customer
                    else None
                ),
                "supplier_role": (
                    r.supplier_role_from_row(supplier[cid]) if cid in supplier else None
                ),
                "alternative_payer_role": (
                    r.alternative_payer_role_from_row(payer[cid]) if cid in payer else None
                ),
                "tags": tags.get(cid, []),
                "images": [r.image_from_row(i) for i in images.get(cid, [])],
            }
            if row["kind"] == ContactKind.INDIVIDUAL.value:
                children["professional_identities"] = [
                    r.professional_identity_from_rows(
                        pi,
                        pi["organization_id"],
                        deps.get(pi["id"], []),
                        locs.get(pi["id"], []),
                        pi_points.get(pi["id"], r.points_from_rows({})),
                    )
                    for pi in pis.get(cid, [])
                ]
                children["personal_relationships"] = [
                    r.relationship_from_row(x) for x in relationships.get(cid, [])
                ]
                out[cid] = r.individual_from_rows(row, **children)
            else:
                children["departments"] = [
                    r.department_from_row(x) for x in departments.get(cid, [])
                ]
                children["locations"] = [r.location_from_row(x) for x in locations.get(cid, [])]
                children["memberships"] = [
                    r.membership_from_row(x) for x in memberships.get(cid, [])
                ]
                out[cid] = r.organization_from_rows(row, **children)
        return out

    def require(self, contact_id: str) -> AnyContact:
        contact = self.get(contact_id)
        if contact is None:
            raise ContactNotFoundError(contact_id)
        return contact

    def _children(self, table: Table, owner_column: str, owner_id: str) -> list[RowLike]:
        result = self._conn.execute(_owned_by(table, owner_column), {"owner": owner_id})
        return list(result.mappings())

    def _points(
        self, tables: Mapping[str, Table], owner_column: str, owner_ids: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        """Contact points of several owners: owner id -> {list name: [points]}."""
        by_owner: dict[str, dict[str, list[RowLike]]] = {o: {} for o in owner_ids}
        for list_name, table in tables.items():
            result = self._conn.execute(
                _owned_by_any(table, owner_column), {"owners": list(owner_ids)}
            )
            for row in _dicts(result):
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
        result = self._conn.execute(_links_of(table, target), {"owners": list(pi_ids)})
        links: dict[str, list[str]] = {}
        for pi_id, target_id in result:
            links.setdefault(pi_id, []).append(target_id)
        return links

    def _customer_role(self, contact_id: str) -> Any:
        owner = {"owner": contact_id}
        row = (
            self._conn.execute(_owned_by(s.customer_roles, "contact_id"), owner).mappings().first()
        )
        if row is None:
            return None
        configs = list(
            self._conn.execute(_owned_by(s.delivery_configurations, "contact_id"), owner).mappings()
        )
        return r.customer_role_from_rows(row, configs)

    def _one(self, table: Table, contact_id: str, build: Any) -> Any:
        found = self._conn.execute(_owned_by(table, "contact_id"), {"owner": contact_id})
        row = found.mappings().first()
        return None if row is None else build(row)

    def _tags(self, contact_id: str) -> list[Tag]:
        result = self._conn.execute(_TAGS_OF, {"owner": contact_id})
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
        if before is not None:
            contact = carry_remote_ids(contact, before)
        contact = self._with_timestamps(contact, before)
        contact = contact.model_copy(update={"tags": self._canonical_tags(contact.tags)})
        self._write(contact, before)
        if before is None:
            changes = [contact_created(contact)]
        else:
            changes = diff(flatten_contact(before), flatten_contact(contact))
        self._journal.record(AGGREGATE, contact.id, changes)
        # What was just written is what reading it back would give (the undo step reads it).
        self._read = {contact.id: deep_copy(contact)}
        self._read_at = self._changes()
        return contact

    def save_assigned(self, contact_id: str, values: Sequence[tuple[str, str, Any, Any]]) -> None:
        """Values only a server assigns (a role's account number) written into a stored
        contact: what :meth:`save` of the stored contact with them writes and journals (the
        role's column, the contact's ``updated_at``, one journal update per role), without
        reading and comparing the whole aggregate.  ``values``: ``(role, field, value
        before, value after)``; the role must be stored."""
        order = {role: index for index, role in enumerate(ROLE_FIELDS)}
        values = sorted(values, key=lambda value: order[value[0]])
        for role, field_name, _before, after in values:
            self._conn.execute(
                _set_role_field(role, field_name), {"b_owner": contact_id, "b_value": after}
            )
        self._conn.execute(_SET_UPDATED_AT, {"b_owner": contact_id, "b_value": self._journal.now})
        self._journal.record(
            AGGREGATE,
            contact_id,
            [
                EntityChange(role, contact_id, Op.UPDATE, {field_name: (before, after)})
                for role, field_name, before, after in values
            ],
        )

    def add_many(self, contacts: Iterable[AnyContact], batch_size: int = 2000) -> int:
        """Insert many new contacts quickly (imports, sample data), journaled as creates."""
        count = 0
        batch: list[AnyContact] = []
        # Hundreds of thousands of short-lived containers make the cyclic garbage collector
        # scan again and again; nothing here forms cycles, so it can rest meanwhile.
        # Edits made here go to the sync outbox: from a large batch on, in one statement when
        # the call ends rather than entry by entry through the trigger.
        outbox_later = self._journal.origin == "user"
        with collector_resting(), ExitStack() as outbox:
            self._conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
            try:
                for contact in contacts:
                    batch.append(contact)
                    if len(batch) >= batch_size:
                        outbox_later = self._fill_outbox_later(outbox, batch, outbox_later)
                        count += self._insert_batch(batch)
                        batch = []
                if batch:
                    self._fill_outbox_later(outbox, batch, outbox_later)
                    count += self._insert_batch(batch)
            finally:
                self._conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        return count

    def _fill_outbox_later(
        self, outbox: ExitStack, batch: Sequence[AnyContact], pending: bool
    ) -> bool:
        """With ``pending`` and a batch of at least :data:`OUTBOX_AFTER` contacts, make
        ``outbox`` fill the sync outbox when it ends (:func:`outbox_filled_after`); whether
        that is still pending afterwards."""
        if pending and len(batch) >= OUTBOX_AFTER:
            outbox.enter_context(outbox_filled_after(self._conn))
            return False
        return pending

    @contextmanager
    def indexes_made_after(self) -> Iterator[None]:
        """Inside: the indexes of the contact tables (unique ones excepted) are dropped, and
        made again from their own definitions when the block ends — once, from sorted data,
        instead of row by row (what many contacts added to a small book want).  All of it
        happens in the caller's transaction: if the block fails, nothing is dropped."""
        conn = self._conn
        raw = conn.connection.dbapi_connection
        if raw is not None and not getattr(raw, "in_transaction", True):
            conn.exec_driver_sql("BEGIN")  # the drops belong to the transaction
        tables = ", ".join(f"'{table.name}'" for table in _BULK_TABLES)
        indexes = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            # Unique ones stay: they hold rules, and each batch finds the next search rowid
            # by the one on contacts (without it, by reading every contact added so far).
            f"AND sql NOT LIKE 'CREATE UNIQUE %' AND tbl_name IN ({tables})"
        ).fetchall()
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)

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

    def purge(self, contact_id: str) -> PurgedContact:
        """Delete a contact for good, with everything it owns, journaled as one 'delete'.

        Other records that name the contact are updated first, each journaled as its own
        change: personal relationships of other people to it are removed, and so is its
        membership of customer lists.  An organization that people work at (professional
        identities) is refused with :class:`ContactInUseError`.  Weak references kept as ids
        (leaders, representatives, alternative payers) stay as they are, like the API's.
        """
        contact = self.require(contact_id)
        conn = self._conn
        pi = s.professional_identities
        staff = conn.execute(
            select(func.count())
            .select_from(pi)
            .where(pi.c.organization_id == contact_id, pi.c.contact_id != contact_id)
        ).scalar_one()
        if staff:
            if staff == 1:
                message = translate(
                    "Store",
                    "“{name}” cannot be deleted for good: 1 person works there. Remove their "
                    "professional identities first.",
                )
            else:
                message = translate(
                    "Store",
                    "“{name}” cannot be deleted for good: {count} people work there. Remove "
                    "their professional identities first.",
                )
            raise ContactInUseError(message.format(name=contact.name, count=staff))
        rel = s.personal_relationships
        holders = conn.execute(
            select(rel.c.contact_id)
            .where(rel.c.related_contact_id == contact_id, rel.c.contact_id != contact_id)
            .distinct()
        ).scalars()
        relationships: list[tuple[AnyContact, AnyContact]] = []
        for holder_id in sorted(holders):
            holder = self.require(holder_id)
            if not isinstance(holder, IndividualContact):  # pragma: no cover - schema rule
                continue
            kept = [x for x in holder.personal_relationships if x.individual_contact != contact_id]
            stored = self.save(holder.model_copy(update={"personal_relationships": kept}))
            relationships.append((holder, stored))
        members = s.customer_list_members
        list_ids = sorted(
            conn.execute(
                select(members.c.list_id).where(members.c.contact_id == contact_id)
            ).scalars()
        )
        lists = CustomerListRepository(conn, self._journal)
        for list_id in list_ids:
            found = lists.get(list_id)
            if found is not None:
                kept_ids = [m for m in found.member_ids if m != contact_id]
                lists.save(found.model_copy(update={"member_ids": kept_ids}))
        search_rowid = self._search_rowid(contact_id)
        conn.execute(delete(s.contacts).where(s.contacts.c.id == contact_id))
        if search_rowid is not None:
            conn.execute(
                text("DELETE FROM contact_search WHERE rowid = :rowid"), {"rowid": search_rowid}
            )
        created = contact_created(contact)
        removed = {f: (new, old) for f, (old, new) in created.changes.items()}
        self._journal.record(
            AGGREGATE, contact_id, [EntityChange("contact", contact_id, Op.DELETE, removed)]
        )
        return PurgedContact(contact, tuple(relationships), tuple(list_ids))

    # --- tags on many contacts ------------------------------------------------------------

    def tagged(self, tag_id: str, include_trash: bool = True) -> list[str]:
        """Ids of the contacts that have the tag."""
        ct = s.contact_tags
        query = select(ct.c.contact_id).where(ct.c.tag_id == tag_id)
        if not include_trash:
            query = query.join(s.contacts, s.contacts.c.id == ct.c.contact_id).where(
                s.contacts.c.deleted_at.is_(None)
            )
        return sorted(self._conn.execute(query).scalars())

    def tag_positions(self, contact_ids: Sequence[str], tag_id: str) -> dict[str, int]:
        """Contact id -> position of the tag among its tags, for the contacts that have it."""
        ct = s.contact_tags
        positions: dict[str, int] = {}
        for chunk in _chunks(contact_ids):
            rows = self._conn.execute(
                select(ct.c.contact_id, ct.c.position).where(
                    ct.c.tag_id == tag_id, ct.c.contact_id.in_(chunk)
                )
            )
            positions.update({cid: int(position) for cid, position in rows})
        return positions

    def tag_contacts(
        self,
        contact_ids: Iterable[str],
        tag: Tag,
        positions: Mapping[str, int] | None = None,
    ) -> list[str]:
        """Give ``tag`` (by name: the same name is the same tag) to every contact named.

        It goes last in each contact's tags, or at the position given for that contact (undo
        puts a tag back where it was).  Contacts that have it already are left alone.  Returns
        the ids of the contacts that changed; each change is journaled like a save would.
        """
        ids = list(dict.fromkeys(contact_ids))
        missing = set(ids) - self._existing(ids)
        if missing:
            raise ContactNotFoundError(", ".join(sorted(missing)))
        if not ids:
            return []
        canonical = self._canonical_tags([tag])[0]
        link = _TagLink(canonical.id, canonical.name, None)
        current = self._tag_links(ids)
        changed: dict[str, list[_TagLink]] = {}
        for cid in ids:
            links = current.get(cid, [])
            if any(x.tag_id == link.tag_id for x in links):
                continue
            at = len(links) if positions is None else positions.get(cid, len(links))
            changed[cid] = [*links[:at], link, *links[at:]]
        self._rewrite_tag_links(current, changed)
        return list(changed)

    def untag_contacts(self, contact_ids: Iterable[str], tag_id: str) -> dict[str, int]:
        """Take the tag from every contact named; returns contact id -> position it had."""
        ids = list(dict.fromkeys(contact_ids))
        current = self._tag_links(ids)
        changed: dict[str, list[_TagLink]] = {}
        positions: dict[str, int] = {}
        for cid in ids:
            links = current.get(cid, [])
            for position, existing in enumerate(links):
                if existing.tag_id == tag_id:
                    positions[cid] = position
                    changed[cid] = [x for x in links if x.tag_id != tag_id]
        self._rewrite_tag_links(current, changed)
        return positions

    def _existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(
                self._conn.execute(select(s.contacts.c.id).where(s.contacts.c.id.in_(chunk)))
                .scalars()
                .all()
            )
        return found

    def _tag_links(self, ids: Sequence[str]) -> dict[str, list[_TagLink]]:
        ct = s.contact_tags
        links: dict[str, list[_TagLink]] = {}
        for chunk in _chunks(ids):
            result = self._conn.execute(
                select(ct.c.contact_id, ct.c.tag_id, s.tags.c.name, ct.c.remote_id)
                .join(s.tags, s.tags.c.id == ct.c.tag_id)
                .where(ct.c.contact_id.in_(chunk))
                .order_by(ct.c.contact_id, ct.c.position)
            )
            for cid, tag_id, name, remote_id in result:
                links.setdefault(cid, []).append(_TagLink(tag_id, name, remote_id))
        return links

    def _rewrite_tag_links(
        self, before: Mapping[str, list[_TagLink]], after: Mapping[str, list[_TagLink]]
    ) -> None:
        if not after:
            return
        ct = s.contact_tags
        now = self._journal.now
        journal_rows: list[dict[str, Any]] = []
        for chunk in _chunks(list(after)):
            self._conn.execute(delete(ct).where(ct.c.contact_id.in_(chunk)))
        insert_rows(
            self._conn,
            ct,
            [
                {"contact_id": cid, "tag_id": x.tag_id, "remote_id": x.remote_id, "position": i}
                for cid, links in after.items()
                for i, x in enumerate(links)
            ],
        )
        for cid, links in after.items():
            old, new = _tag_flat(cid, before.get(cid, [])), _tag_flat(cid, links)
            journal_rows += self._journal.rows(AGGREGATE, cid, diff(old, new))
        self._journal.write(journal_rows)
        for chunk in _chunks(list(after)):
            self._conn.execute(
                s.contacts.update().where(s.contacts.c.id.in_(chunk)).values(updated_at=now)
            )

    def exists(self, contact_id: str) -> bool:
        found = self._conn.execute(_CONTACT_EXISTS, {"id": contact_id})
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
            existing = self._conn.execute(_TAG_NAMED, {"name": tag.name}).first()
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
        """Write ``contact``'s rows; with ``before`` (as stored), only the rows that differ."""
        conn = self._conn
        cid = contact.id
        now = self._journal.now
        rows = r.contact_rows(contact, now)
        old = r.contact_rows(before, now) if before is not None else None
        search_rowid = self._search_rowid(cid) if before is not None else None
        if search_rowid is None:
            search_rowid = self._next_search_rowid()
        rows[s.contacts][0]["search_rowid"] = search_rowid
        upsert_rows(conn, s.contacts, rows[s.contacts])
        pi_ids = [row["id"] for row in rows[s.professional_identities]]
        # Rows with their own id: upsert what is new or changed, delete what is gone.
        tables = [table for table, _owner in _OWNED_BY_CONTACT]
        tables += list(s.CONTACT_POINT_TABLES.values())
        for table in tables:
            if old is None:
                upsert_rows(conn, table, rows[table])
                continue
            gone, changed = _row_changes(old[table], rows[table])
            if gone:
                conn.execute(delete(table).where(table.c.id.in_(gone)))
            upsert_rows(conn, table, changed)
        # Rows without ids of their own: replaced when they differ.
        if old is None or _differ(old, rows, _LINKS):
            for link in _LINKS:
                old_pis = [row["id"] for row in old[s.professional_identities]] if old else []
                conn.execute(
                    delete(link).where(link.c.professional_identity_id.in_(pi_ids + old_pis))
                )
                insert_rows(conn, link, rows[link])
        for table in (s.customer_roles, s.supplier_roles, s.alternative_payer_roles):
            if old is not None and not _differ(old, rows, (table,)):
                continue
            if rows[table]:
                upsert_rows(conn, table, rows[table])
            elif old is not None and old[table]:
                conn.execute(delete(table).where(table.c.contact_id == cid))
        configs = s.delivery_configurations
        if old is None or _differ(old, rows, (configs,)):
            if old is not None:
                conn.execute(delete(configs).where(configs.c.contact_id == cid))
            insert_rows(conn, configs, rows[configs])
        tag_rows = self._tag_rows(contact)
        if before is None or tag_rows != self._tag_rows(before):
            if before is not None:
                conn.execute(delete(s.contact_tags).where(s.contact_tags.c.contact_id == cid))
            insert_rows(conn, s.contact_tags, tag_rows)
        # Derived rows (duplicate keys, the search index) are compared with what is stored.
        key_rows = _key_rows(contact)
        if before is None or key_rows != self._stored_keys(cid):
            if before is not None:
                conn.execute(_DELETE_KEYS, {"owner": cid})
            insert_rows(conn, s.contact_keys, key_rows)
        if before is None or self._stored_search_text(search_rowid) != r.search_text(contact):
            self._index([(search_rowid, contact)], replace=before is not None)

    def _stored_keys(self, contact_id: str) -> list[dict[str, Any]]:
        found = self._conn.execute(_KEYS_OF, {"owner": contact_id})
        return [{"contact_id": contact_id, "kind": kind, "key": key} for kind, key in sorted(found)]

    def _stored_search_text(self, search_rowid: int) -> str | None:
        found = self._conn.execute(_SEARCH_TEXT, {"rowid": search_rowid}).first()
        return None if found is None else str(found[0])

    def _search_rowid(self, contact_id: str) -> int | None:
        found = self._conn.execute(_SEARCH_ROWID, {"id": contact_id}).scalar_one_or_none()
        return None if found is None else int(found)

    def next_search_rowid(self) -> int:
        """The first free rowid of the search index: where added contacts' rows begin."""
        return self._next_search_rowid()

    def _next_search_rowid(self) -> int:
        """The first free rowid of the search index (above every row and every contact's)."""
        top = self._conn.execute(
            text(
                "SELECT max(coalesce((SELECT max(search_rowid) FROM contacts), 0), "
                "coalesce((SELECT rowid FROM contact_search ORDER BY rowid DESC LIMIT 1), 0))"
            )
        ).scalar_one()
        return int(top) + 1

    @staticmethod
    def _tag_rows(contact: AnyContact) -> list[dict[str, Any]]:
        return tag_rows(contact)

    def _index(self, contacts: Sequence[tuple[int, AnyContact]], replace: bool) -> None:
        """Write the search index rows of ``contacts`` (each with its search rowid)."""
        if replace:
            self._conn.execute(_UNINDEX, [{"rowid": rowid} for rowid, _ in contacts])
        self._conn.execute(
            _INDEX,
            [{"rowid": rowid, "id": c.id, "body": r.search_text(c)} for rowid, c in contacts],
        )

    def _insert_batch(self, batch: list[AnyContact]) -> int:
        stamp = self._journal.stamp
        prepared = prepare_batch(
            batch, lambda tag: self._canonical_tags([tag])[0], self._next_search_rowid(), stamp
        )
        return write_prepared(self._conn, prepared, stamp)

    # --- listing --------------------------------------------------------------------------

    def count(
        self,
        kind: ContactKind | None = None,
        include_trash: bool = False,
        search: str | None = None,
    ) -> int:
        query = ContactQuery(kind=kind, include_trash=include_trash, search=search)
        return ContactListing(self._conn).count(query)

    def summaries(
        self,
        kind: ContactKind | None = None,
        offset: int = 0,
        limit: int = 200,
        include_trash: bool = False,
        search: str | None = None,
    ) -> list[ContactSummary]:
        """One page of contacts in name order, with their first e-mail, phone and city."""
        query = ContactQuery(kind=kind, include_trash=include_trash, search=search)
        return ContactListing(self._conn).page(query, offset, limit)


# Statements the reads of an aggregate run again and again, built once.


@functools.cache
def _owned_by(table: Table, owner_column: str) -> Select[Any]:
    """The rows of ``table`` whose ``owner_column`` is ``:owner`` (in their order)."""
    query = select(table).where(table.c[owner_column] == bindparam("owner"))
    return query.order_by(table.c.position) if "position" in table.c else query


def _dicts(result: Result[Any]) -> list[dict[str, Any]]:
    """The rows of ``result`` as plain dicts: reading many contacts looks each column up
    several times per row, which costs a Python call on a SQLAlchemy row mapping."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


@functools.cache
def _owned_by_any(table: Table, owner_column: str) -> Select[Any]:
    """The rows of ``table`` whose ``owner_column`` is one of ``:owners`` (in their order)."""
    query = select(table).where(table.c[owner_column].in_(bindparam("owners", expanding=True)))
    return query.order_by(table.c.position) if "position" in table.c else query


@functools.cache
def _links_of(table: Table, target: str) -> Select[Any]:
    owners: Any = bindparam("owners", expanding=True)
    return (
        select(table.c.professional_identity_id, table.c[target])
        .where(table.c.professional_identity_id.in_(owners))
        .order_by(table.c.position)
    )


_TAGS_OF = (
    select(s.tags.c.id, s.tags.c.name, s.contact_tags.c.remote_id)
    .join(s.contact_tags, s.contact_tags.c.tag_id == s.tags.c.id)
    .where(s.contact_tags.c.contact_id == bindparam("owner"))
    .order_by(s.contact_tags.c.position)
)


# ... and the ones of every save.
_CONTACT_EXISTS = select(s.contacts.c.id).where(s.contacts.c.id == bindparam("id"))
_SEARCH_ROWID = select(s.contacts.c.search_rowid).where(s.contacts.c.id == bindparam("id"))
_TAG_NAMED = select(s.tags.c.id, s.tags.c.name).where(s.tags.c.name == bindparam("name"))
_KEYS_OF = select(s.contact_keys.c.kind, s.contact_keys.c.key).where(
    s.contact_keys.c.contact_id == bindparam("owner")
)
_DELETE_KEYS = delete(s.contact_keys).where(s.contact_keys.c.contact_id == bindparam("owner"))
_SEARCH_TEXT = text("SELECT c1 FROM contact_search_content WHERE id = :rowid")
_UNINDEX = text("DELETE FROM contact_search WHERE rowid = :rowid")
_INDEX = text("INSERT INTO contact_search (rowid, contact_id, body) VALUES (:rowid, :id, :body)")

_LINKS = (s.professional_identity_departments, s.professional_identity_locations)
_ROLE_TABLES = {
    "customer_role": s.customer_roles,
    "supplier_role": s.supplier_roles,
    "alternative_payer_role": s.alternative_payer_roles,
}
_SET_UPDATED_AT = (
    update(s.contacts)
    .where(s.contacts.c.id == bindparam("b_owner"))
    .values(updated_at=bindparam("b_value"))
)


@functools.cache
def _set_role_field(role: str, field_name: str) -> Any:
    # Built once per column: making the statement costs more than running it for one row.
    table = _ROLE_TABLES[role]
    return (
        update(table)
        .where(table.c.contact_id == bindparam("b_owner"))
        .values({field_name: bindparam("b_value")})
    )


# What :meth:`ContactRepository.add_many` writes to: every table of the aggregate, its tags,
# keys and journal entries.
_BULK_TABLES = (
    s.contacts,
    *(table for table, _owner in _OWNED_BY_CONTACT),
    *s.CONTACT_POINT_TABLES.values(),
    *_LINKS,
    s.customer_roles,
    s.supplier_roles,
    s.alternative_payer_roles,
    s.delivery_configurations,
    s.contact_tags,
    s.contact_keys,
    s.change_journal,
)


def _row_changes(
    old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
) -> tuple[list[str], list[Mapping[str, Any]]]:
    """The ids of rows gone from ``old``, and the rows of ``new`` that are new or differ."""
    before = {row["id"]: row for row in old}
    kept = {row["id"] for row in new}
    gone = [row_id for row_id in before if row_id not in kept]
    return gone, [row for row in new if before.get(row["id"]) != row]


def _differ(old: Mapping[Table, Any], new: Mapping[Table, Any], tables: Sequence[Table]) -> bool:
    return any(old.get(table, []) != new.get(table, []) for table in tables)


def _key_rows(contact: AnyContact) -> list[dict[str, Any]]:
    return key_rows(contact)


def _chunks(ids: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _tag_flat(contact_id: str, links: Sequence[_TagLink]) -> Flat:
    """The tag entities of a contact as :func:`app.domain.changes.flatten_contact` has them."""
    return {
        ("contact_tag", f"{contact_id}/{x.tag_id}"): {
            "name": x.name,
            "position": position,
            "remote_id": x.remote_id,
        }
        for position, x in enumerate(links)
    }


__all__ = [
    "ContactInUseError",
    "ContactNotFoundError",
    "ContactRepository",
    "ContactSummary",
    "IndividualContact",
    "OrganizationContact",
    "PurgedContact",
]
