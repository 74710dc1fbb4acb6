"""Whether a stored contact already is what an import would make of a record, told from
rows instead of loading the contact.

Importing the same file again matches every record to the contact it made the first time;
loading ten thousand stored contacts as domain objects to find that nothing changed costs
several times as long as reading the file.  Here both sides are put in the same plain form
and compared:

* the stored contact: its rows as the database holds them (:func:`stored_contents`), read
  with a few statements per table that already give each row in plain form and order;
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

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table

from app.domain.models import AnyContact
from app.store import schema as s
from app.store.bulk import column_converter
from app.store.rows import contact_rows

# The rows of each table of :data:`_TABLES` (then the tags) in plain form and a fixed order.
Content = tuple[tuple[tuple[Any, ...], ...], ...]

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
# Tables whose rows belong to a professional identity (some of them, or all).
_VIA_IDENTITY = frozenset(
    {
        *(t.name for t in s.CONTACT_POINT_TABLES.values()),
        s.professional_identity_departments.name,
        s.professional_identity_locations.name,
    }
)
_TAGS_AT = len(_TABLES)
_NOW = datetime(2000, 1, 1, tzinfo=UTC)  # a stand-in: the moments are left out
_CHUNK = 500
_IDENTITY = "professional_identity_id"


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


class _Shape:
    """How one table's rows are put in plain form: the columns kept (neither a local id nor
    the owning contact), values as the database keeps them, identities by position."""

    def __init__(self, table: Table) -> None:
        names = [c.name for c in table.columns]
        owner = "organization_id" if table.name in _ORGANIZATION_OWNED else "contact_id"
        left_out = _CONTACT_LEFT_OUT if table is s.contacts else frozenset({"id", owner})
        self.table = table
        self.kept = [name for name in names if name not in left_out]
        self.identity = self.kept.index(_IDENTITY) if _IDENTITY in self.kept else None
        self.position = self.kept.index("position") if "position" in self.kept else None
        self.converters: list[tuple[int, Callable[[Any], Any]]] = [
            (self.kept.index(column.name), convert)
            for column in table.columns
            if column.name in self.kept and (convert := column_converter(column.type)) is not None
        ]
        self.make = self._maker()
        owner = owner if table is not s.contacts else "id"
        # Rows of identity-owned tables only come through the identities.
        self.owned = self._owned_sql(owner) if owner in names else None
        self.via_identity = self._identity_sql() if table.name in _VIA_IDENTITY else None

    def _maker(self) -> Callable[[dict[str, Any], dict[Any, int]], tuple[Any, ...]]:
        """A function from a row as :func:`~app.store.rows.contact_rows` makes it (and the
        positions of the contact's identities by id) to its plain form: one tuple display,
        made once per table."""
        converters = dict(self.converters)
        names: dict[str, Any] = {}
        parts = []
        for i, name in enumerate(self.kept):
            value = f"row[{name!r}]"
            if i == self.identity:
                value = f"(None if (identity := {value}) is None else ident.get(identity, -1))"
            elif i in converters:
                names[f"convert{i}"] = converters[i]
                value = f"convert{i}({value})"
            parts.append(value)
        made: Callable[[dict[str, Any], dict[Any, int]], tuple[Any, ...]] = eval(
            f"lambda row, ident: ({', '.join(parts)},)", names
        )
        return made

    def from_dict(self, row: dict[str, Any], identities: dict[Any, int]) -> tuple[Any, ...]:
        """A row as :func:`~app.store.rows.contact_rows` makes it, with the values the
        database keeps (a column the row lacks equals no stored value)."""
        try:
            return self.make(row, identities)
        except KeyError:
            pass
        values = [row.get(name, _MISSING) for name in self.kept]
        for i, convert in self.converters:
            if values[i] is not _MISSING:
                values[i] = convert(values[i])
        at = self.identity
        if at is not None and values[at] is not None and values[at] is not _MISSING:
            values[at] = identities.get(values[at], -1)
        return tuple(values)

    def _columns(self, identity: str) -> str:
        return ", ".join(identity if name == _IDENTITY else f't."{name}"' for name in self.kept)

    def _order(self, *first: str) -> str:
        position = ['COALESCE(t."position", 0)'] if self.position is not None else []
        keys = [f't."{c.name}"' for c in self.table.primary_key.columns]
        return ", ".join([*first, *position, *keys])

    def _owned_sql(self, owner: str) -> str:
        """The rows a contact owns itself (an identity of its own named by its position),
        by contact, in the order :meth:`sort` puts them."""
        table = f'"{self.table.name}" t'
        if self.identity is None:
            columns, order = self._columns(""), self._order(f't."{owner}"')
        else:
            identity = f't."{_IDENTITY}" IS NULL THEN NULL ELSE COALESCE(p."position", -1) END'
            columns = self._columns(f"CASE WHEN {identity}")
            order = self._order(f't."{owner}"', f"COALESCE(CASE WHEN {identity}, -1)")
            table += (
                f' LEFT JOIN professional_identities p ON p."id" = t."{_IDENTITY}" '
                f'AND p."contact_id" = t."{owner}"'
            )
        return (
            f'SELECT t."{owner}", {columns} FROM {table} WHERE t."{owner}" IN ({{marks}}) '
            f"ORDER BY {order}"
        )

    def _identity_sql(self) -> str:
        """The rows of the contacts' identities, by contact, in the order :meth:`sort` puts
        them (after the contact's own)."""
        return (
            f'SELECT p."contact_id", {self._columns("p.position")} '
            f'FROM professional_identities p JOIN "{self.table.name}" t '
            f'ON t."{_IDENTITY}" = p."id" WHERE p."contact_id" IN ({{marks}}) '
            f"ORDER BY {self._order('p.contact_id', 'p.position')}"
        )

    def sort(self, rows: list[tuple[Any, ...]]) -> None:
        """Rows by their identity's position (none first) and their own."""
        at, position = self.identity, self.position
        if position is None:
            return
        if at is None:
            rows.sort(key=lambda values: values[position] or 0)
        else:
            rows.sort(
                key=lambda values: (
                    -1 if values[at] is None else values[at],
                    values[position] or 0,
                )
            )


_SHAPES = tuple(_Shape(table) for table in _TABLES)
_AT = {shape.table: i for i, shape in enumerate(_SHAPES)}
_CONTACTS_SQL = _SHAPES[0].owned or ""
_TAGS_SQL = (
    'SELECT t."contact_id", t."position", g."name", t."remote_id" FROM contact_tags t '
    'LEFT JOIN tags g ON g."id" = t."tag_id" WHERE t."contact_id" IN ({marks}) '
    'ORDER BY t."contact_id", t."position", t."tag_id"'
)
_EMPTY: tuple[tuple[Any, ...], ...] = ()


def content_of(contact: AnyContact) -> Content:
    """The plain form of the rows the store would write for ``contact`` as a new contact."""
    tables = contact_rows(contact, _NOW, derived=False)
    identities = {row["id"]: row["position"] for row in tables.get(s.professional_identities, ())}
    parts: list[tuple[tuple[Any, ...], ...]] = [_EMPTY] * (_TAGS_AT + 1)
    for table, rows in tables.items():
        at = _AT.get(table)
        if at is None or not rows:
            continue
        shape = _SHAPES[at]
        made = [shape.from_dict(row, identities) for row in rows]
        if len(made) > 1:
            shape.sort(made)
        parts[at] = tuple(made)
    if contact.tags:
        parts[_TAGS_AT] = tuple(
            (position, tag.name, tag.remote_id) for position, tag in enumerate(contact.tags)
        )
    return tuple(parts)


def stored_contents(conn: Connection, contact_ids: Iterable[str]) -> dict[str, Content]:
    """The plain form of each stored contact of ``contact_ids`` (the ones that exist)."""
    ids = list(dict.fromkeys(contact_ids))
    forms: dict[str, list[tuple[tuple[Any, ...], ...]]] = {}
    cursor = driver_rows(conn)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in cursor(_CONTACTS_SQL.format(marks=marks), chunk):
            parts = [_EMPTY] * (_TAGS_AT + 1)
            parts[0] = (row[1:],)
            forms[row[0]] = parts
        for at in range(1, _TAGS_AT + 1):
            by_contact: dict[str, list[tuple[Any, ...]]] = {}
            if at == _TAGS_AT:
                _group(cursor(_TAGS_SQL.format(marks=marks), chunk), by_contact)
            else:
                shape = _SHAPES[at]
                if shape.owned is not None:
                    _group(cursor(shape.owned.format(marks=marks), chunk), by_contact)
                if shape.via_identity is not None:
                    _group(cursor(shape.via_identity.format(marks=marks), chunk), by_contact)
            for contact_id, rows in by_contact.items():
                found = forms.get(contact_id)
                if found is not None:
                    found[at] = tuple(rows)
    return {contact_id: tuple(parts) for contact_id, parts in forms.items()}


def _group(rows: Iterable[tuple[Any, ...]], by_contact: dict[str, list[tuple[Any, ...]]]) -> None:
    """Append each row (its owner first) to its owner's list, without the owner."""
    for row in rows:
        found = by_contact.get(row[0])
        if found is None:
            by_contact[row[0]] = [row[1:]]
        else:
            found.append(row[1:])


def driver_rows(conn: Connection) -> Callable[[str, Sequence[str]], list[tuple[Any, ...]]]:
    """Run a plain statement on the driver's own cursor (in the connection's transaction):
    SQLAlchemy's result rows cost more than reading them."""
    raw = conn.connection.dbapi_connection
    if raw is None:  # pragma: no cover - a connection always has its driver connection
        return lambda sql, ids: [tuple(row) for row in conn.exec_driver_sql(sql, tuple(ids))]

    def run(sql: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
        cursor = raw.cursor()
        try:
            cursor.execute(sql, tuple(ids))
            return list(cursor.fetchall())
        finally:
            cursor.close()

    return run


__all__ = ["Content", "content_of", "driver_rows", "stored_contents"]
