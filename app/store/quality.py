"""The columns the data quality check reads, for the whole book or a few contacts.

One plain statement per table, read as tuples straight from SQLite: the whole-book check is
bound by how fast these rows arrive (``bench/data_quality.py`` compares it with the bare
statements).  Contacts in the trash are left out; contact points of a professional identity
carry the contact of that identity.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

# Contact-point columns shared by every table: owner contact, identity (or None), position,
# type, usage context.
_POINT = (
    "coalesce(t.contact_id, pi.contact_id), t.professional_identity_id, t.position, "
    "t.type, t.usage_context"
)
_FROM_POINTS = (
    "FROM {table} t LEFT JOIN professional_identities pi ON pi.id = t.professional_identity_id"
)

STATEMENTS: dict[str, str] = {
    "contacts": (
        "SELECT id, kind, name, vat_number, organization_type, invoice_language "
        "FROM contacts WHERE deleted_at IS NULL"
    ),
    "identities": "SELECT id, contact_id, position, is_active FROM professional_identities",
    "customer_roles": (
        "SELECT contact_id, is_active, global_location_number, tax_information FROM customer_roles"
    ),
    "supplier_roles": (
        "SELECT contact_id, is_active, global_location_number, tax_information FROM supplier_roles"
    ),
    "alternative_payer_roles": "SELECT contact_id, is_active FROM alternative_payer_roles",
    "addresses": f"SELECT {_POINT}, t.usages, t.country_code, t.zip "
    + _FROM_POINTS.format(table="addresses"),
    "emails": f"SELECT {_POINT}, t.address " + _FROM_POINTS.format(table="emails"),
    "phones": f"SELECT {_POINT}, t.usages, t.number " + _FROM_POINTS.format(table="phones"),
    "web_addresses": f"SELECT {_POINT}, t.url " + _FROM_POINTS.format(table="web_addresses"),
    # Keys shared by more than one contact in the book (trash aside), at most 20 (a key that
    # many share identifies no one; see app.services.duplicates).
    "shared_keys": (
        "SELECT k.kind, k.key, group_concat(k.contact_id, char(31)) FROM contact_keys k "
        "JOIN contacts c ON c.id = k.contact_id WHERE c.deleted_at IS NULL "
        "GROUP BY k.kind, k.key HAVING count(*) BETWEEN 2 AND 20"
    ),
}

# The same, for some contacts only (``{ids}`` becomes a list of ``?``), each a look-up by
# index: the re-check of one saved contact takes milliseconds.
_POINT_COLUMNS = {
    "addresses": "t.usages, t.country_code, t.zip",
    "emails": "t.address",
    "phones": "t.usages, t.number",
    "web_addresses": "t.url",
}


def _points_of(table: str) -> str:
    columns = "t.professional_identity_id, t.position, t.type, t.usage_context, "
    columns += _POINT_COLUMNS[table]
    return (
        f"SELECT t.contact_id, {columns} FROM {table} t WHERE t.contact_id IN ({{ids}}) "
        f"UNION ALL SELECT pi.contact_id, {columns} FROM professional_identities pi "
        f"CROSS JOIN {table} t ON t.professional_identity_id = pi.id "
        # The index on contact_id holds the rows that have one (a partial index): the
        # condition says so, or SQLite would not use it.
        "WHERE pi.contact_id IN ({ids}) AND pi.contact_id IS NOT NULL"
    )


_ONLY: dict[str, str] = {
    "contacts": (
        "SELECT id, kind, name, vat_number, organization_type, invoice_language "
        "FROM contacts WHERE id IN ({ids}) AND +deleted_at IS NULL"
    ),
    "identities": (
        f"{STATEMENTS['identities']} WHERE contact_id IN ({{ids}}) AND contact_id IS NOT NULL"
    ),
    "customer_roles": f"{STATEMENTS['customer_roles']} WHERE contact_id IN ({{ids}})",
    "supplier_roles": f"{STATEMENTS['supplier_roles']} WHERE contact_id IN ({{ids}})",
    "alternative_payer_roles": (
        f"{STATEMENTS['alternative_payer_roles']} WHERE contact_id IN ({{ids}})"
    ),
    **{table: _points_of(table) for table in _POINT_COLUMNS},
}
_KEYS_OF = "SELECT DISTINCT kind, key FROM contact_keys WHERE contact_id IN ({ids})"
_SHARING = (
    "SELECT k.contact_id FROM contact_keys k CROSS JOIN contacts c ON c.id = k.contact_id "
    "WHERE k.kind = ? AND k.key = ? AND c.deleted_at IS NULL"
)
_CHUNK = 400
MAX_KEY_GROUP = 20

Row = tuple[Any, ...]


@dataclass
class QualityRows:
    """Plain rows of each statement in :data:`STATEMENTS`, by name."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    # Every contact sharing a key with another: (kind, key, contact ids).
    shared_keys: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def __getitem__(self, name: str) -> list[Row]:
        return self.tables[name]


def _raw(connection: Connection) -> sqlite3.Connection:
    raw = connection.connection.dbapi_connection
    if not isinstance(raw, sqlite3.Connection):
        raise TypeError("the data quality check reads SQLite only")
    return raw


def read_quality_rows(
    connection: Connection,
    only: Sequence[str] | None = None,
    step: Callable[[QualityRows], None] | None = None,
) -> QualityRows:
    """The rows of every contact (``only=None``) or of the contacts in ``only``.

    Shared keys are always those of the whole book: whether a contact has a double depends
    on the others.  Reading the whole book calls ``step`` (with the rows read so far) after
    each of the :data:`STATEMENTS`: for progress, and to stop by raising."""
    raw = _raw(connection)
    rows = QualityRows()
    if only is None:
        for name, sql in STATEMENTS.items():
            found = raw.execute(sql).fetchall()
            if name == "shared_keys":
                rows.shared_keys = [(str(k), str(v), str(g).split("\x1f")) for k, v, g in found]
            else:
                rows.tables[name] = found
            if step is not None:
                step(rows)
        return rows
    wanted = list(dict.fromkeys(only))
    rows.tables = {name: [] for name in _ONLY}
    keys: set[tuple[str, str]] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for name, sql in _ONLY.items():
            statement = sql.format(ids=marks)
            params = chunk * (statement.count("?") // len(chunk))
            rows.tables[name] += raw.execute(statement, params).fetchall()
        keys.update(raw.execute(_KEYS_OF.format(ids=marks), chunk).fetchall())
    for kind, key in sorted(keys):
        group = [r[0] for r in raw.execute(_SHARING, (kind, key)).fetchall()]
        if 2 <= len(group) <= MAX_KEY_GROUP:
            rows.shared_keys.append((str(kind), str(key), [str(g) for g in group]))
    return rows


def latest_journal_seq(connection: Connection) -> int:
    """The newest entry of the change journal (0 for an empty journal)."""
    value = _raw(connection).execute("SELECT max(seq) FROM change_journal").fetchone()[0]
    return int(value or 0)


def contacts_changed_since(connection: Connection, seq: int) -> tuple[int, set[str]]:
    """The contacts the journal records a change of after ``seq``, and the newest seq."""
    found = (
        _raw(connection)
        .execute(
            "SELECT max(seq), group_concat(DISTINCT aggregate_id) FROM change_journal "
            "WHERE seq > ? AND aggregate = 'contact'",
            (seq,),
        )
        .fetchone()
    )
    newest = int(found[0]) if found[0] is not None else seq
    ids = set(str(found[1]).split(",")) if found[1] else set()
    return newest, ids


__all__ = [
    "STATEMENTS",
    "QualityRows",
    "contacts_changed_since",
    "latest_journal_seq",
    "read_quality_rows",
]
