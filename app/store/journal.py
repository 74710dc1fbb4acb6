"""The change journal: every create, update and delete, field by field.

Entries are written by the repositories inside the caller's transaction, so they commit with
the data or not at all.  One ``txn_id`` groups the entries of one unit of work (one save, one
delete, one import batch): that group is what undo reverts and what sync pushes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from app.domain.changes import EntityChange, Op
from app.store import schema as s


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    txn_id: str
    at: datetime
    aggregate: str
    aggregate_id: str
    entity: str
    entity_id: str
    op: Op
    changes: dict[str, tuple[Any, Any]]


class Journal:
    """Writes and reads journal entries on one connection."""

    def __init__(
        self, connection: Connection, txn_id: str, now: datetime, origin: str = "user"
    ) -> None:
        self._conn = connection
        self.txn_id = txn_id
        self.now = now
        # "user" entries are the outbox of sync; "sync" entries record the server's state
        # applied here (history, never pushed back).
        self.origin = origin

    def rows(
        self, aggregate: str, aggregate_id: str, changes: Sequence[EntityChange]
    ) -> list[dict[str, Any]]:
        return [
            {
                "txn_id": self.txn_id,
                "at": self.now,
                "aggregate": aggregate,
                "aggregate_id": aggregate_id,
                "entity": change.entity,
                "entity_id": change.entity_id,
                "op": change.op.value,
                # (old, new) tuples are written as JSON arrays.
                "changes": change.changes,
                "origin": self.origin,
            }
            for change in changes
        ]

    def record(self, aggregate: str, aggregate_id: str, changes: Sequence[EntityChange]) -> None:
        self.write(self.rows(aggregate, aggregate_id, changes))

    def write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._conn.execute(insert(s.change_journal), rows)


def _entry(row: Any) -> JournalEntry:
    return JournalEntry(
        seq=row.seq,
        txn_id=row.txn_id,
        at=row.at,
        aggregate=row.aggregate,
        aggregate_id=row.aggregate_id,
        entity=row.entity,
        entity_id=row.entity_id,
        op=Op(row.op),
        changes={f: (v[0], v[1]) for f, v in row.changes.items()},
    )


def entries_for(connection: Connection, aggregate_id: str) -> list[JournalEntry]:
    """The history of one aggregate, oldest first."""
    result = connection.execute(
        select(s.change_journal)
        .where(s.change_journal.c.aggregate_id == aggregate_id)
        .order_by(s.change_journal.c.seq)
    )
    return [_entry(row) for row in result]


def entries_of_transaction(connection: Connection, txn_id: str) -> list[JournalEntry]:
    result = connection.execute(
        select(s.change_journal)
        .where(s.change_journal.c.txn_id == txn_id)
        .order_by(s.change_journal.c.seq)
    )
    return [_entry(row) for row in result]


def all_entries(connection: Connection) -> list[JournalEntry]:
    result = connection.execute(select(s.change_journal).order_by(s.change_journal.c.seq))
    return [_entry(row) for row in result]
