"""Many contacts at once as their stored rows: for undoing and redoing a large import.

Loading ten thousand contacts as domain objects to compare them, and deleting them one by
one, takes minutes; their rows take a few statements.  Here:

* :func:`read_rows` reads every row of some contacts' aggregates (the contact, its contact
  points, identities with their points and links, roles, tags, pictures, keys) and their
  search-index rows, as the database holds them;
* :func:`fingerprints` condenses each contact's rows into a digest that changes whenever the
  contact does — any field, contact point, tag (and its name), picture or remote id — except
  for its bookkeeping (``updated_at``, its place in the search index);
* :func:`outside_references` says whether anything outside a set of contacts depends on them
  (people working at one of the organizations, relationships to them, customer lists), which
  deleting them all at once would break;
* :func:`delete_contacts` deletes contacts with everything they own in a few statements;
* :func:`insert_rows` puts rows read by :func:`read_rows` back (new places in the search
  index, tags found again by name).

Journaling stays with the caller, like the repositories do it.
"""

from __future__ import annotations

import functools
import marshal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import blake2b
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

from app.domain.enums import ContactKind
from app.store import schema as s
from app.store.schema import UtcDateTime

CHUNK = 500

# Tables of a contact aggregate with the column naming the contact that owns a row, parents
# first (the order rows are written back in).
_BY_CONTACT: tuple[tuple[Table, str], ...] = (
    (s.contacts, "id"),
    (s.departments, "organization_id"),
    (s.locations, "organization_id"),
    (s.memberships, "organization_id"),
    (s.professional_identities, "contact_id"),
    (s.personal_relationships, "contact_id"),
    *((table, "contact_id") for table in s.CONTACT_POINT_TABLES.values()),
    (s.customer_roles, "contact_id"),
    (s.delivery_configurations, "contact_id"),
    (s.supplier_roles, "contact_id"),
    (s.alternative_payer_roles, "contact_id"),
    (s.images, "contact_id"),
    (s.contact_tags, "contact_id"),
    (s.contact_keys, "contact_id"),
)
# Tables whose rows belong to a professional identity (and so to its person).
_BY_IDENTITY: tuple[Table, ...] = (
    *s.CONTACT_POINT_TABLES.values(),
    s.professional_identity_departments,
    s.professional_identity_locations,
)
# Bookkeeping columns of the contacts table: a save changes them without changing the contact.
_BOOKKEEPING = ("updated_at", "search_rowid")

Row = tuple[Any, ...]


@dataclass
class ContactRows:
    """The stored rows of some contacts: per table (name), the rows whose owner is one of
    them, in the table's column order; and each contact's search-index row."""

    ids: tuple[str, ...]
    tables: dict[str, list[Row]] = field(default_factory=dict)
    # (table name, owner column): rows read through a professional identity are listed
    # under the identity's table name with the key "professional_identity_id".
    identity_tables: dict[str, list[Row]] = field(default_factory=dict)
    # contact id -> search-index text.
    search: dict[str, str] = field(default_factory=dict)
    # The tags the contacts have: (id, name, created_at).
    tags: list[Row] = field(default_factory=list)

    @property
    def present(self) -> set[str]:
        """The ids of the contacts that exist."""
        position = _position(s.contacts, "id")
        return {row[position] for row in self.tables.get(s.contacts.name, [])}


def organization_ids(rows: ContactRows) -> set[str]:
    """The ids of the organizations among ``rows``."""
    id_at, kind_at = _position(s.contacts, "id"), _position(s.contacts, "kind")
    return {
        row[id_at]
        for row in rows.tables.get(s.contacts.name, [])
        if row[kind_at] == ContactKind.ORGANIZATION.value
    }


def _position(table: Table, column: str) -> int:
    return [c.name for c in table.columns].index(column)


@functools.lru_cache(maxsize=64)
def _marks(count: int) -> str:
    """``count`` parameter marks for an ``IN (...)`` list (a chunk's, made once per size)."""
    return ", ".join(["?"] * count)


def _chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _select(conn: Connection, table: Table, column: str, ids: Sequence[str]) -> list[Row]:
    """Rows of ``table`` whose ``column`` is one of ``ids``, in primary-key order."""
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
    found: list[Row] = []
    for chunk in _chunks(ids):
        marks = _marks(len(chunk))
        found += _fetch(
            conn,
            f'SELECT {names} FROM "{table.name}" WHERE "{column}" IN ({marks}) ORDER BY {order}',
            tuple(chunk),
        )
    return found


def _fetch(conn: Connection, sql: str, parameters: tuple[Any, ...]) -> list[Row]:
    """The rows of a plain statement as tuples, fetched on the driver's own cursor (in the
    connection's transaction): SQLAlchemy's result rows cost more than reading them, and
    an undo step reads every row of the contacts it takes back."""
    raw = conn.connection.dbapi_connection
    if raw is None:
        return [tuple(row) for row in conn.exec_driver_sql(sql, parameters)]
    cursor = raw.cursor()
    try:
        cursor.execute(sql, parameters)
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def read_rows(conn: Connection, contact_ids: Iterable[str], *, search: bool = True) -> ContactRows:
    """Every stored row of the contacts named (the ones that exist); without their
    search-index rows when not ``search``."""
    ids = tuple(dict.fromkeys(contact_ids))
    rows = ContactRows(ids)
    for table, column in _BY_CONTACT:
        rows.tables[table.name] = _select(conn, table, column, ids)
    pi_position = _position(s.professional_identities, "id")
    pi_ids = [row[pi_position] for row in rows.tables[s.professional_identities.name]]
    for table in _BY_IDENTITY:
        rows.identity_tables[table.name] = _select(conn, table, "professional_identity_id", pi_ids)
    tag_position = _position(s.contact_tags, "tag_id")
    tag_ids = sorted({row[tag_position] for row in rows.tables[s.contact_tags.name]})
    rows.tags = _select(conn, s.tags, "id", tag_ids)
    if not search:
        return rows
    rowid_at = _position(s.contacts, "search_rowid")
    id_at = _position(s.contacts, "id")
    by_rowid = {
        row[rowid_at]: row[id_at]
        for row in rows.tables[s.contacts.name]
        if row[rowid_at] is not None
    }
    rowids = sorted(by_rowid)
    for start in range(0, len(rowids), CHUNK):
        chunk = rowids[start : start + CHUNK]
        marks = _marks(len(chunk))
        for rowid, body in _fetch(
            conn, f"SELECT rowid, body FROM contact_search WHERE rowid IN ({marks})", tuple(chunk)
        ):
            rows.search[by_rowid[rowid]] = body
    return rows


def fingerprints(rows: ContactRows) -> dict[str, bytes]:
    """A digest per contact of ``rows`` of everything it holds, bookkeeping aside."""
    contacts = s.contacts
    skip = {_position(contacts, c) for c in _BOOKKEEPING}
    keep = itemgetter(*(i for i in range(len(contacts.columns)) if i not in skip))
    id_at = _position(contacts, "id")
    # Per contact: its own columns, then each table's name and row (and a tag's name).
    parts: dict[str, list[Any]] = {}
    for row in rows.tables.get(contacts.name, []):
        parts[row[id_at]] = [keep(row)]
    tag_names = {row[0]: row[1] for row in rows.tags}
    pi_owner: dict[str, str] = {}
    pi_id_at = _position(s.professional_identities, "id")
    pi_contact_at = _position(s.professional_identities, "contact_id")
    for row in rows.tables.get(s.professional_identities.name, []):
        pi_owner[row[pi_id_at]] = row[pi_contact_at]
    for table, column in _BY_CONTACT[1:]:
        owner_at = _position(table, column)
        name = f"{table.name}"  # plain text (a table's name is a subclass of it)
        if table is s.contact_tags:
            tag_at = _position(table, "tag_id")
            for row in rows.tables.get(table.name, []):
                found = parts.get(row[owner_at])
                if found is not None:
                    found += (name, row, tag_names.get(row[tag_at]))
            continue
        for row in rows.tables.get(table.name, []):
            found = parts.get(row[owner_at])
            if found is not None:
                found += (name, row)
    for table in _BY_IDENTITY:
        owner_at = _position(table, "professional_identity_id")
        name = f"identity {table.name}"
        for row in rows.identity_tables.get(table.name, []):
            found = parts.get(pi_owner.get(row[owner_at], ""))
            if found is not None:
                found += (name, row)
    # Each contact's list in marshal's format 2: its values are plain (text, numbers, bytes,
    # None), written by value (format 2 refers to no earlier object), so equal lists give
    # equal bytes however their values are shared.
    return {
        cid: blake2b(marshal.dumps(found, 2), digest_size=20).digest()
        for cid, found in parts.items()
    }


def fingerprints_of_inserted(
    inserted: dict[str, list[Row]], tag_names: dict[str, str]
) -> dict[str, bytes] | None:
    """:func:`fingerprints` of contacts just inserted, from the rows inserted (per table
    name, every column in the table's order, values as the database keeps them) and the
    names of their tags by id, without reading them back: the rows are put in the order and
    places :func:`read_rows` gives them.  ``None`` when a table's rows lack a column."""
    for table, _column in _BY_CONTACT:
        found = inserted.get(table.name)
        if found and len(found[0]) != len(table.columns):
            return None
    for table in _BY_IDENTITY[len(s.CONTACT_POINT_TABLES) :]:
        found = inserted.get(table.name)
        if found and len(found[0]) != len(table.columns):
            return None
    id_at = _position(s.contacts, "id")
    contacts = inserted.get(s.contacts.name, [])
    rows = ContactRows(tuple(row[id_at] for row in contacts))
    pi_at = _position(s.professional_identities, "id")
    pi_ids = {row[pi_at] for row in inserted.get(s.professional_identities.name, [])}
    for table, column in _BY_CONTACT:
        owner_at = _position(table, column)
        rows.tables[table.name] = _in_key_order(
            table, [row for row in inserted.get(table.name, []) if row[owner_at] is not None]
        )
    for table in _BY_IDENTITY:
        owner_at = _position(table, "professional_identity_id")
        rows.identity_tables[table.name] = _in_key_order(
            table, [row for row in inserted.get(table.name, []) if row[owner_at] in pi_ids]
        )
    rows.tags = [(tag_id, name, None) for tag_id, name in tag_names.items()]
    return fingerprints(rows)


def _in_key_order(table: Table, rows: list[Row]) -> list[Row]:
    """``rows`` in the order of the table's primary key (as :func:`_select` reads them)."""
    if len(rows) < 2:
        return rows
    key = itemgetter(*(_position(table, c.name) for c in table.primary_key.columns))
    return sorted(rows, key=key)


def outside_references(conn: Connection, contact_ids: Sequence[str]) -> bool:
    """Whether a contact not among ``contact_ids`` works at, or has a relationship to, one of
    them, or one of them is on a customer list."""
    wanted = set(contact_ids)
    pi, rel, members = s.professional_identities, s.personal_relationships, s.customer_list_members
    for table, target, owner in (
        (pi, "organization_id", "contact_id"),
        (rel, "related_contact_id", "contact_id"),
    ):
        for chunk in _chunks(list(contact_ids)):
            marks = _marks(len(chunk))
            found = conn.exec_driver_sql(
                f'SELECT DISTINCT "{owner}" FROM "{table.name}" WHERE "{target}" IN ({marks})',
                tuple(chunk),
            ).fetchall()
            if any(holder not in wanted for (holder,) in found):
                return True
    for chunk in _chunks(list(contact_ids)):
        marks = _marks(len(chunk))
        if conn.exec_driver_sql(
            f'SELECT 1 FROM "{members.name}" WHERE contact_id IN ({marks}) LIMIT 1', tuple(chunk)
        ).first():
            return True
    return False


def existing(conn: Connection, contact_ids: Sequence[str]) -> set[str]:
    """The ids among ``contact_ids`` that are stored contacts."""
    found: set[str] = set()
    for chunk in _chunks(list(dict.fromkeys(contact_ids))):
        marks = _marks(len(chunk))
        found.update(
            cid
            for (cid,) in conn.exec_driver_sql(
                f"SELECT id FROM contacts WHERE id IN ({marks})", tuple(chunk)
            )
        )
    return found


def delete_contacts(conn: Connection, rows: ContactRows, contact_ids: Sequence[str]) -> None:
    """Delete the contacts named (among ``rows``: their search-index rows go too) with
    everything they own.  The caller has checked :func:`outside_references`.

    Their rows are deleted table by table, children first, before the contacts: in one
    statement per table and chunk that is several times faster than the schema's cascades
    deleting them row by row."""
    wanted = set(contact_ids)
    rowid_at = _position(s.contacts, "search_rowid")
    id_at = _position(s.contacts, "id")
    rowids = [
        row[rowid_at]
        for row in rows.tables.get(s.contacts.name, [])
        if row[id_at] in wanted and row[rowid_at] is not None
    ]
    for start in range(0, len(rowids), CHUNK):
        rowid_chunk = rowids[start : start + CHUNK]
        marks = _marks(len(rowid_chunk))
        conn.exec_driver_sql(
            f"DELETE FROM contact_search WHERE rowid IN ({marks})", tuple(rowid_chunk)
        )
    pi_id_at = _position(s.professional_identities, "id")
    pi_contact_at = _position(s.professional_identities, "contact_id")
    pi_ids = [
        row[pi_id_at]
        for row in rows.tables.get(s.professional_identities.name, [])
        if row[pi_contact_at] in wanted
    ]
    ids = list(contact_ids)
    for table in _BY_IDENTITY:
        _delete(conn, table, "professional_identity_id", pi_ids)
    for table, column in reversed(_BY_CONTACT):
        _delete(conn, table, column, ids)


def _delete(conn: Connection, table: Table, column: str, ids: Sequence[str]) -> None:
    for chunk in _chunks(ids):
        marks = _marks(len(chunk))
        conn.exec_driver_sql(
            f'DELETE FROM "{table.name}" WHERE "{column}" IN ({marks})', tuple(chunk)
        )


def insert_rows(conn: Connection, rows: ContactRows, now: datetime) -> bool:
    """Write ``rows`` back as they were read (the contacts must not exist), each contact
    updated ``now`` and given a new place in the search index.  A tag that no longer exists
    is made again; one made again under the same name since is used instead (then the rows
    written differ from ``rows`` and this returns ``True``)."""
    tag_ids = _tags_again(conn, rows, now)
    contacts = s.contacts
    id_at = _position(contacts, "id")
    rowid_at = _position(contacts, "search_rowid")
    updated_at = _position(contacts, "updated_at")
    top = conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT max(search_rowid) FROM contacts), 0), "
        "coalesce((SELECT rowid FROM contact_search ORDER BY rowid DESC LIMIT 1), 0))"
    ).scalar_one()
    next_rowid = int(top) + 1
    stamp = UtcDateTime().process_bind_param(now, None)  # type: ignore[arg-type]
    contact_rows: list[Row] = []
    search_rows: list[Row] = []
    for row in rows.tables.get(contacts.name, []):
        values = list(row)
        values[updated_at] = stamp
        values[rowid_at] = next_rowid
        contact_rows.append(tuple(values))
        search_rows.append((next_rowid, row[id_at], rows.search.get(row[id_at], "")))
        next_rowid += 1
    _insert(conn, contacts, contact_rows)
    for table, _ in _BY_CONTACT[1:]:
        table_rows = rows.tables.get(table.name, [])
        if table is s.contact_tags and tag_ids:
            at = _position(table, "tag_id")
            table_rows = [
                (*row[:at], tag_ids.get(row[at], row[at]), *row[at + 1 :]) for row in table_rows
            ]
        _insert(conn, table, table_rows)
    for table in _BY_IDENTITY:
        _insert(conn, table, rows.identity_tables.get(table.name, []))
    if search_rows:
        conn.exec_driver_sql(
            "INSERT INTO contact_search (rowid, contact_id, body) VALUES (?, ?, ?)", search_rows
        )
    return bool(tag_ids)


def _tags_again(conn: Connection, rows: ContactRows, now: datetime) -> dict[str, str]:
    """Make sure every tag of ``rows`` exists; returns tag id -> the id to use instead for
    tags made again under the same name since."""
    instead: dict[str, str] = {}
    for tag_id, name, created_at in rows.tags:
        if conn.exec_driver_sql("SELECT 1 FROM tags WHERE id = ?", (tag_id,)).first():
            continue
        same = conn.exec_driver_sql("SELECT id FROM tags WHERE name = ?", (name,)).first()
        if same is not None:
            instead[tag_id] = same[0]
        else:
            conn.exec_driver_sql(
                "INSERT INTO tags (id, name, created_at) VALUES (?, ?, ?)",
                (tag_id, name, created_at),
            )
    return instead


def _insert(conn: Connection, table: Table, table_rows: list[Row]) -> None:
    if not table_rows:
        return
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', table_rows)


__all__ = [
    "ContactRows",
    "delete_contacts",
    "existing",
    "fingerprints",
    "insert_rows",
    "organization_ids",
    "outside_references",
    "read_rows",
]
