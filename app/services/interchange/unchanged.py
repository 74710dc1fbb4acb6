"""Whether a stored contact already is what an import would make of a record, told from
rows instead of loading the contact.

Importing the same file again matches every record to the contact it made the first time;
loading ten thousand stored contacts as domain objects to find that nothing changed costs
several times as long as reading the file.  Here both sides are put in the same plain form
and compared:

* the stored contact: its rows as the database holds them (:func:`stored_contents`);
* the contact the record would become if it were new (:func:`content_of`): the rows the
  store would write for it, each value turned into what the database keeps.

In that form the local ids of the contact and of what it owns (they differ on every
import), the contact's bookkeeping (when it was made and last saved, its place in the search
index) and what is derived from its fields (sort keys, matching keys) are left out; a
professional identity's rows name it by its position, a tag by its name.  Everything else
takes part, so two equal forms mean that merging the record into the stored contact changes
nothing.  Unequal forms decide nothing: the planner then merges as always.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

from app.domain.models import AnyContact
from app.store import schema as s
from app.store.bulk import column_converter
from app.store.rows import contact_rows
from app.store.snapshots import read_rows

# One table's rows in plain form, in a fixed order.
Content = tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...]

# Columns of the contacts table that are bookkeeping or derived from the others.
_CONTACT_LEFT_OUT = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "search_rowid",
        "sort_name",
        "sort_email",
        "sort_phone",
        "sort_city",
        "sort_country",
    }
)
# The column that names a row's owner: the contact itself (the same on both sides).  An
# identity's ``organization_id`` is where the person works: it takes part.
_ORGANIZATION_OWNED = frozenset({"departments", "locations", "memberships"})
# The tables compared (matching keys and the search index are derived from them).
_TABLES: tuple[Table, ...] = (
    s.contacts,
    s.departments,
    s.locations,
    s.memberships,
    s.professional_identities,
    s.personal_relationships,
    *s.CONTACT_POINT_TABLES.values(),
    s.customer_roles,
    s.delivery_configurations,
    s.supplier_roles,
    s.alternative_payer_roles,
    s.images,
    s.professional_identity_departments,
    s.professional_identity_locations,
)
_NOW = datetime(2000, 1, 1, tzinfo=UTC)  # a stand-in: the moments are left out


class _Shape:
    """How one table's rows are put in plain form: the columns kept (neither a local id nor
    the owning contact), values as the database keeps them, identities by position."""

    def __init__(self, table: Table) -> None:
        names = [c.name for c in table.columns]
        owner = "organization_id" if table.name in _ORGANIZATION_OWNED else "contact_id"
        left_out = _CONTACT_LEFT_OUT if table is s.contacts else frozenset({"id", owner})
        kept = [name for name in names if name not in left_out]
        self.kept = kept
        self.of_dict = _getter(*kept)
        self.of_tuple = _getter(*(names.index(name) for name in kept))
        self.identity = (
            kept.index("professional_identity_id") if "professional_identity_id" in kept else None
        )
        self.position = kept.index("position") if "position" in kept else None
        # Where a stored row (all columns) names its contact and its identity.
        self.owner_at = names.index(owner) if owner in names and table is not s.contacts else None
        self.identity_at = (
            names.index("professional_identity_id") if "professional_identity_id" in names else None
        )
        self.converters: list[tuple[int, Callable[[Any], Any]]] = [
            (kept.index(column.name), convert)
            for column in table.columns
            if column.name in kept and (convert := column_converter(column.type)) is not None
        ]

    def from_dict(self, row: dict[str, Any]) -> list[Any]:
        """A row as :func:`~app.store.rows.contact_rows` makes it, with the values the
        database keeps (a column the row lacks equals no stored value)."""
        try:
            values = list(self.of_dict(row))
        except KeyError:
            values = [row.get(name, _MISSING) for name in self.kept]
        for i, convert in self.converters:
            if values[i] is not _MISSING:
                values[i] = convert(values[i])
        return values

    def plain(self, rows: list[list[Any]], identities: dict[Any, int]) -> tuple[Any, ...]:
        """The rows (values in :attr:`kept` order) by their identity's and their position."""
        at, position = self.identity, self.position
        if at is not None:
            for values in rows:
                if values[at] is not None:
                    values[at] = identities.get(values[at], -1)
        if len(rows) > 1 and position is not None:
            if at is None:
                rows.sort(key=lambda values: values[position] or 0)
            else:
                rows.sort(
                    key=lambda values: (
                        -1 if values[at] is None else values[at],
                        values[position] or 0,
                    )
                )
        return tuple(tuple(values) for values in rows)


def _getter(*keys: Any) -> Callable[[Any], tuple[Any, ...]]:
    """``operator.itemgetter`` that gives a tuple for one key too."""
    get = itemgetter(*keys)
    if len(keys) == 1:
        return lambda row: (get(row),)
    return get


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()
_SHAPES = {table.name: _Shape(table) for table in _TABLES}
_TAG = s.contact_tags


def _content(
    tables: dict[str, list[list[Any]]], identities: dict[Any, int], tags: list[tuple[Any, ...]]
) -> Content:
    parts: list[tuple[str, tuple[tuple[Any, ...], ...]]] = [
        (name, _SHAPES[name].plain(rows, identities)) for name, rows in tables.items() if rows
    ]
    parts.sort(key=lambda part: part[0])
    if tags:
        parts.append((_TAG.name, tuple(sorted(tags, key=lambda tag: tag[0]))))
    return tuple(parts)


def content_of(contact: AnyContact) -> Content:
    """The plain form of the rows the store would write for ``contact`` as a new contact."""
    tables: dict[str, list[list[Any]]] = {}
    identities: dict[Any, int] = {}
    for table, rows in contact_rows(contact, _NOW).items():
        shape = _SHAPES.get(table.name)
        if shape is None or not rows:
            continue
        tables[table.name] = [shape.from_dict(row) for row in rows]
        if table is s.professional_identities:
            identities.update((row["id"], row["position"]) for row in rows)
    tags = [(position, tag.name, tag.remote_id) for position, tag in enumerate(contact.tags)]
    return _content(tables, identities, tags)


def stored_contents(conn: Connection, contact_ids: Iterable[str]) -> dict[str, Content]:
    """The plain form of each stored contact of ``contact_ids`` (the ones that exist)."""
    rows = read_rows(conn, contact_ids, search=False)
    by_contact: dict[str, dict[str, list[list[Any]]]] = {}
    identities: dict[str, dict[Any, int]] = {}
    owner_of_identity: dict[Any, str] = {}
    contacts = _SHAPES[s.contacts.name]
    id_at = _column_at(s.contacts, "id")
    for row in rows.tables.get(s.contacts.name, []):
        by_contact[row[id_at]] = {s.contacts.name: [list(contacts.of_tuple(row))]}
        identities[row[id_at]] = {}
    pi_id, pi_contact, pi_position = (
        _column_at(s.professional_identities, name) for name in ("id", "contact_id", "position")
    )
    for row in rows.tables.get(s.professional_identities.name, []):
        owner_of_identity[row[pi_id]] = row[pi_contact]
        identities.setdefault(row[pi_contact], {})[row[pi_id]] = row[pi_position]
    for table_name, table_rows in rows.tables.items():
        shape = _SHAPES.get(table_name)
        if shape is None or shape is contacts or shape.owner_at is None:
            continue
        owner_at, of_tuple = shape.owner_at, shape.of_tuple
        for row in table_rows:
            found = by_contact.get(row[owner_at])
            if found is not None:
                found.setdefault(table_name, []).append(list(of_tuple(row)))
    for table_name, table_rows in rows.identity_tables.items():
        shape = _SHAPES[table_name]
        at, of_tuple = shape.identity_at, shape.of_tuple
        assert at is not None
        for row in table_rows:
            found = by_contact.get(owner_of_identity.get(row[at], ""))
            if found is not None:
                found.setdefault(table_name, []).append(list(of_tuple(row)))
    tag_names = {row[0]: row[1] for row in rows.tags}
    t_contact, t_tag, t_remote, t_position = (
        _column_at(_TAG, name) for name in ("contact_id", "tag_id", "remote_id", "position")
    )
    tags: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows.tables.get(_TAG.name, []):
        tags.setdefault(row[t_contact], []).append(
            (row[t_position], tag_names.get(row[t_tag], _MISSING), row[t_remote])
        )
    return {
        cid: _content(tables, identities[cid], tags.get(cid, []))
        for cid, tables in by_contact.items()
    }


def _column_at(table: Table, name: str) -> int:
    return [c.name for c in table.columns].index(name)


__all__ = ["Content", "content_of", "stored_contents"]
