"""Writing rows: upserts for saves, and fast multi-row inserts for large batches.

SQLAlchemy's per-row parameter processing dominates when inserting hundreds of thousands of
rows; here each column's Python value is converted once, the same way the column types do, and
the rows go to the driver's ``executemany`` directly.
"""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from pydantic import BaseModel
from sqlalchemy import JSON, Boolean, Connection, Date, Table, insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.store.rows import Row, RowLike
from app.store.schema import DecimalText, UtcDateTime

Convert = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _make_dumps() -> Callable[[Any], str]:
    """``json.dumps`` with its default settings, with one encoder made once: ``json.dumps``
    makes a new one on every call, which costs more than encoding a small value."""
    make = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    if make is None:  # pragma: no cover - Python built without the C accelerator
        return json.dumps
    encode = make(
        None,  # no check for cycles: rows hold plain values
        json.JSONEncoder().default,  # TypeError for what JSON cannot hold, as json.dumps
        json.encoder.encode_basestring_ascii,
        None,
        ": ",
        ", ",
        False,
        False,
        True,
    )
    join = "".join
    return lambda value: join(encode(value, 0))


_dumps = _make_dumps()


def _json(value: Any) -> Any:
    if value is None:
        return None
    if not value and isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    return _dumps(value)


def _bool(value: Any) -> Any:
    return None if value is None else int(value)


def _date(value: date | None) -> Any:
    return None if value is None else value.isoformat()


_utc = UtcDateTime()


# A bulk insert writes the same moment (its transaction's) into many rows: each is turned
# into text once.
@functools.lru_cache(maxsize=256)
def _datetime(value: Any) -> Any:
    return _utc.process_bind_param(value, None)  # type: ignore[arg-type]


def _decimal(value: Any) -> Any:
    return None if value is None else str(value)


def _converter(column_type: Any) -> Convert:
    if isinstance(column_type, UtcDateTime):
        return _datetime
    if isinstance(column_type, DecimalText):
        return _decimal
    if isinstance(column_type, JSON):
        return _json
    if isinstance(column_type, Boolean):
        return _bool
    if isinstance(column_type, Date):
        return _date
    return _identity


def column_converter(column_type: Any) -> Convert | None:
    """What turns a Python value of a column of ``column_type`` into the value the database
    keeps, as :func:`bulk_insert` writes it (``None``: the value as it is)."""
    convert = _converter(column_type)
    return None if convert is _identity else convert


# From this many journal entries on, :func:`bulk_insert` puts them into the sync outbox in one
# statement (:func:`outbox_filled_after`) rather than through the trigger, entry by entry.
OUTBOX_AFTER = 200


def bulk_insert(conn: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Insert ``rows`` (dicts naming every column but autoincrement keys) into ``table``."""
    statement = insert_statement(table, rows)
    if statement is None:
        return
    if table.name == "change_journal" and len(rows) >= OUTBOX_AFTER:
        with outbox_filled_after(conn):
            conn.exec_driver_sql(*statement)
    else:
        conn.exec_driver_sql(*statement)


def insert_statement(table: Table, rows: Sequence[Row]) -> tuple[str, list[Any]] | None:
    """The SQL and the parameter tuples :func:`bulk_insert` runs (``None`` for no rows): plain
    values, ready for the driver's ``executemany`` here or in another process."""
    if not rows:
        return None
    keys = tuple(c.name for c in table.columns if c.name in rows[0])
    return insert_sql(table, keys), _tuples(table, keys)(rows)


def insert_sql(table: Table, keys: Sequence[str]) -> str:
    """The insert of the columns ``keys`` (in that order) that :func:`insert_statement` runs."""
    names = ", ".join(f'"{key}"' for key in keys)
    marks = ", ".join("?" for _ in keys)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'


@functools.cache
def _tuples(table: Table, keys: tuple[str, ...]) -> Callable[[Sequence[Row]], list[Any]]:
    """A function turning rows into parameter tuples of the columns ``keys``, each value
    converted as its column's type does: one list comprehension, made once per table and
    set of columns, instead of a loop over the converters for every row."""
    converters = [_converter(table.c[key].type) for key in keys]
    if all(convert is _identity for convert in converters):
        # The values of a row in column order, read in one C call (a 1-tuple needs its own).
        values_of: Callable[[Row], Any] = operator.itemgetter(*keys)
        if len(keys) == 1:
            values_of = _one(values_of)
        return lambda rows: [values_of(row) for row in rows]
    names: dict[str, Any] = {}
    values = _converted(table, {key: f"row[{key!r}]" for key in keys}, names)
    made: Callable[[Sequence[Row]], list[Any]] = eval(
        f"lambda rows: [({values},) for row in rows]", names
    )
    return made


def _converted(table: Table, values: dict[str, str], names: dict[str, Any]) -> str:
    """The expressions ``values`` (column -> its Python value) converted as each column's
    type does, joined by commas; ``names`` gets the converters they call."""
    names["dumps"] = _dumps
    parts = []
    for i, (key, value) in enumerate(values.items()):
        convert = _converter(table.c[key].type)
        if convert is _identity:
            parts.append(value)
        elif convert in _INLINE:
            # The converter spelled out (no call for the values most rows hold); ``v{i}``
            # holds the value read once.
            parts.append(_INLINE[convert].format(v=f"v{i}", value=value))
        else:
            names[f"convert{i}"] = convert
            parts.append(f"convert{i}({value})")
    return ", ".join(parts)


OwnedTuples = Callable[[Sequence[BaseModel], Any, Any], list[tuple[Any, ...]]]


@functools.cache
def owned_tuples(
    table: Table, model: type[BaseModel], owners: tuple[str, str]
) -> tuple[str, OwnedTuples]:
    """The insert of rows of ``table`` made from models of ``model`` owned by a parent (as
    :func:`app.store.rows.add_contact_rows` makes contact points' rows: every field by
    name, the two ``owners`` columns and the position in the list), and a function making
    its parameter tuples straight from a list of them and the owners' values: what
    :func:`insert_statement` of those rows gives, without the rows."""
    keys = tuple(
        c.name
        for c in table.columns
        if c.name in model.model_fields or c.name in owners or c.name == "position"
    )
    sources = {owners[0]: "first", owners[1]: "second", "position": "position"}
    values = {key: sources.get(key, f"fields[{key!r}]") for key in keys}
    names: dict[str, Any] = {}
    made: OwnedTuples = eval(
        f"lambda models, first, second: [({_converted(table, values, names)},) "
        "for position, model in enumerate(models) for fields in (model.__dict__,)]",
        names,
    )
    return insert_sql(table, keys), made


# Converters as expressions, each giving what the function gives: JSON without a call for no
# value and the empty containers (most JSON columns of most rows), booleans as 0 and 1.
_INLINE: dict[Convert, str] = {
    _json: (
        '(dumps({v}) if ({v} := {value}) else None if {v} is None else "{{}}" if {v} == {{}} '
        'else "[]" if {v} == [] else dumps({v}))'
    ),
    _bool: "(None if ({v} := {value}) is None else 1 if {v} is True else 0 if {v} is False "
    "else int({v}))",
    _date: "(None if ({v} := {value}) is None else {v}.isoformat())",
}


def _one(get: Callable[[Row], Any]) -> Callable[[Row], tuple[Any]]:
    return lambda row: (get(row),)


def upsert_rows(conn: Connection, table: Table, rows: Sequence[RowLike]) -> None:
    """Insert ``rows``, updating every non-key column of rows whose key exists already."""
    if not rows:
        return
    conn.execute(_upsert(table), list(rows))


@functools.cache
def _upsert(table: Table) -> Any:
    # Built once per table: making the statement costs more than running it for one row.
    stmt = sqlite_insert(table)
    keys = [c.name for c in table.primary_key.columns]
    return stmt.on_conflict_do_update(
        index_elements=keys,
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys},
    )


def insert_rows(conn: Connection, table: Table, rows: Sequence[RowLike]) -> None:
    if rows:
        conn.execute(insert(table), list(rows))


# The trigger that puts every journal entry of an edit made here into the sync outbox
# (revision 0004, one row per account since 0006), and what it does, for many entries at once:
# the entries read in order from the first new one (CROSS JOIN keeps that loop outside),
# each with every account, so the rows come in the order the trigger adds them.
_OUTBOX_TRIGGER = "change_journal_outbox"
_FILL_OUTBOX = """
INSERT INTO sync_outbox (account_id, local_id, aggregate, first_seq, last_seq)
SELECT accounts.id, entry.aggregate_id, entry.aggregate, entry.seq, entry.seq
FROM change_journal AS entry CROSS JOIN accounts
WHERE entry.seq > ? AND entry.origin = 'user'
    AND entry.aggregate IN ('contact', 'placeholder_customer', 'customer_list')
ORDER BY entry.seq, accounts.id
ON CONFLICT (account_id, local_id) DO UPDATE SET last_seq = excluded.last_seq
"""


@contextmanager
def outbox_filled_after(conn: Connection) -> Iterator[None]:
    """Inside: journal entries are not put into the sync outbox one at a time, by the
    trigger that runs a statement of its own for each; when the block ends, those written
    inside are put there in one statement, entry after entry as the trigger does, and the
    trigger is made again from its own definition.  All of it happens in the caller's
    transaction: if the block fails, the trigger is kept."""
    raw = conn.connection.dbapi_connection
    if raw is not None and not getattr(raw, "in_transaction", True):
        conn.exec_driver_sql("BEGIN")  # the drop belongs to the transaction
    trigger = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_OUTBOX_TRIGGER,)
    ).scalar()
    if trigger is None:
        yield
        return
    last = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_journal").scalar()
    conn.exec_driver_sql(f'DROP TRIGGER "{_OUTBOX_TRIGGER}"')
    yield
    conn.exec_driver_sql(_FILL_OUTBOX, (last,))
    conn.exec_driver_sql(str(trigger))
