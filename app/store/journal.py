"""The change journal: every create, update and delete, field by field.

Entries are written by the repositories inside the caller's transaction, so they commit with
the data or not at all.  One ``txn_id`` groups the entries of one unit of work (one save, one
delete, one import batch): that group is what undo reverts and what sync pushes.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

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

    def describe(self, source: str, label: str = "") -> None:
        """Say where this transaction comes from ("import", "merge", "undo", …) and what it
        was, in words; the record's history shows both.  Without it an entry of origin
        "user" reads as an edit made here and one of origin "sync" as a sync."""
        self._conn.execute(
            _describe_statement(),
            {"txn_id": self.txn_id, "at": self.now, "source": source, "label": label},
        )

    def rows(
        self, aggregate: str, aggregate_id: str, changes: Sequence[EntityChange]
    ) -> list[dict[str, Any]]:
        return journal_rows(self.stamp, aggregate, aggregate_id, changes)

    @property
    def stamp(self) -> JournalStamp:
        return JournalStamp(self.txn_id, self.now, self.origin)

    def record(self, aggregate: str, aggregate_id: str, changes: Sequence[EntityChange]) -> None:
        self.write(self.rows(aggregate, aggregate_id, changes))

    def write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._conn.execute(insert(s.change_journal), rows)


@dataclass(frozen=True)
class JournalStamp:
    """What every entry of one journal transaction carries: its id, moment and origin."""

    txn_id: str
    now: datetime
    origin: str


def journal_rows(
    stamp: JournalStamp, aggregate: str, aggregate_id: str, changes: Sequence[EntityChange]
) -> list[dict[str, Any]]:
    """The ``change_journal`` rows of ``changes`` (what :meth:`Journal.record` writes)."""
    return [
        {
            "txn_id": stamp.txn_id,
            "at": stamp.now,
            "aggregate": aggregate,
            "aggregate_id": aggregate_id,
            "entity": change.entity,
            "entity_id": change.entity_id,
            "op": change.op.value,
            # (old, new) tuples are written as JSON arrays.
            "changes": change.changes,
            "origin": stamp.origin,
        }
        for change in changes
    ]


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


# --- where transactions came from, and the persisted undo steps -----------------------------


@dataclass(frozen=True)
class TransactionSource:
    source: str
    label: str
    account_id: int | None


@dataclass(frozen=True)
class StoredStep:
    """A stored undo step without its states (read with :func:`load_step` when needed)."""

    txn_id: str
    state: str  # "undo" or "redo"
    order: int
    description: str
    size: int  # how many contacts it touches


def sources_of(connection: Connection, txn_ids: Sequence[str]) -> dict[str, TransactionSource]:
    """The described transactions among ``txn_ids``."""
    t = s.journal_transactions
    found: dict[str, TransactionSource] = {}
    ids = list(dict.fromkeys(txn_ids))
    for start in range(0, len(ids), 500):
        rows = connection.execute(
            select(t.c.txn_id, t.c.source, t.c.label, t.c.account_id).where(
                t.c.txn_id.in_(ids[start : start + 500])
            )
        )
        for row in rows:
            found[row.txn_id] = TransactionSource(row.source, row.label, row.account_id)
    return found


def entries_page(
    connection: Connection,
    *,
    aggregate_id: str | None = None,
    before_seq: int | None = None,
    limit: int = 200,
) -> list[JournalEntry]:
    """Entries newest first: of one aggregate, or of the whole book; ``before_seq`` pages on."""
    j = s.change_journal
    query = select(j).order_by(j.c.seq.desc()).limit(limit)
    if aggregate_id is not None:
        query = query.where(j.c.aggregate_id == aggregate_id)
    if before_seq is not None:
        query = query.where(j.c.seq < before_seq)
    return [_entry(row) for row in connection.execute(query)]


def origins_of(connection: Connection, seqs: Sequence[int]) -> dict[int, str]:
    j = s.change_journal
    rows = connection.execute(select(j.c.seq, j.c.origin).where(j.c.seq.in_(list(seqs))))
    return {int(row.seq): str(row.origin) for row in rows}


def sync_accounts_at(connection: Connection, moments: Sequence[datetime]) -> dict[datetime, int]:
    """The account whose sync run was going on at each moment (sync's own entries carry no
    account: the runs, one account at a time, say which)."""
    r = s.sync_runs
    found: dict[datetime, int] = {}
    if not moments:
        return found
    earliest, latest = min(moments), max(moments)
    rows = connection.execute(
        select(r.c.account_id, r.c.started_at, r.c.finished_at)
        .where(r.c.started_at <= latest)
        .where(or_(r.c.finished_at.is_(None), r.c.finished_at >= earliest))
        .order_by(r.c.started_at)
    ).all()
    starts = [row.started_at for row in rows]
    for moment in moments:
        # The latest run started by then, if it had not finished before.
        index = bisect_right(starts, moment) - 1
        if index >= 0:
            run = rows[index]
            if run.finished_at is None or moment <= run.finished_at:
                found[moment] = int(run.account_id)
    return found


def save_step(
    connection: Connection,
    txn_id: str,
    now: datetime,
    source: str,
    label: str,
    step: dict[str, Any],
) -> None:
    """Put an undoable step on top of the undo stack (its transaction's row)."""
    connection.execute(
        _save_step_statement(),
        {
            "txn_id": txn_id,
            "at": now,
            "source": source,
            "label": label,
            "step": step,
            "step_state": "undo",
            "step_order": _next_order(connection),
        },
    )


def move_step(connection: Connection, txn_id: str, state: str) -> None:
    """Move a step to the top of the undo ("undo") or redo ("redo") stack."""
    t = s.journal_transactions
    connection.execute(
        update(t)
        .where(t.c.txn_id == txn_id)
        .values(step_state=state, step_order=_next_order(connection))
    )


def drop_steps(
    connection: Connection, *, state: str | None = None, txn_ids: Sequence[str] = ()
) -> None:
    """Forget steps: every one on the stack ``state``, or the ones named."""
    t = s.journal_transactions
    condition = t.c.step_state == state if state is not None else t.c.txn_id.in_(list(txn_ids))
    connection.execute(
        update(t)
        .where(and_(condition, t.c.step_state.is_not(None)))
        .values(step=None, step_state=None, step_order=None)
    )


def trim_steps(connection: Connection, keep: int) -> None:
    """Keep the newest ``keep`` steps of the undo stack."""
    connection.execute(_trim_statement(), {"keep": keep})


def stored_steps(connection: Connection, limit: int) -> list[StoredStep]:
    """The undo and redo stacks as stored, each bottom first (at most ``limit`` each): their
    descriptions and sizes only, so a start does not read every state they hold."""
    t = s.journal_transactions
    size = func.coalesce(
        func.json_array_length(t.c.step, "$.changes"),
        func.json_array_length(t.c.step, "$.positions"),
        0,
    )
    steps: list[StoredStep] = []
    for state in ("undo", "redo"):
        rows = connection.execute(
            select(t.c.txn_id, t.c.step_order, t.c.label, size.label("size"))
            .where(t.c.step_state == state, t.c.step.is_not(None))
            .order_by(t.c.step_order.desc())
            .limit(limit)
        ).all()
        steps += [
            StoredStep(row.txn_id, state, int(row.step_order), str(row.label), int(row.size))
            for row in reversed(rows)
        ]
    return steps


def load_step(connection: Connection, txn_id: str) -> dict[str, Any] | None:
    """The stored step of a transaction (``None`` when it is no longer stored)."""
    t = s.journal_transactions
    found = connection.execute(
        select(t.c.step).where(t.c.txn_id == txn_id, t.c.step_state.is_not(None))
    ).scalar_one_or_none()
    return dict(found) if isinstance(found, dict) else None


def steps_naming(connection: Connection, ids: Sequence[str]) -> list[str]:
    """The transactions whose stored step holds one of ``ids`` (a contact's id)."""
    t = s.journal_transactions
    found: set[str] = set()
    for value in ids:
        rows = connection.execute(
            select(t.c.txn_id).where(t.c.step_state.is_not(None), func.instr(t.c.step, value) > 0)
        ).scalars()
        found.update(rows)
    return sorted(found)


def _next_order(connection: Connection) -> int:
    top = connection.execute(_top_order_statement()).scalar_one_or_none()
    return int(top or 0) + 1


# The statements of every save (its history entry and undo step), built once: building one
# costs more than running it.


@functools.cache
def _describe_statement() -> Any:
    t = s.journal_transactions
    statement = sqlite_insert(t).values(
        txn_id=bindparam("txn_id", type_=t.c.txn_id.type),
        at=bindparam("at", type_=t.c.at.type),
        source=bindparam("source", type_=t.c.source.type),
        label=bindparam("label", type_=t.c.label.type),
    )
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[t.c.txn_id],
        set_={"source": excluded.source, "label": excluded.label},
    )


@functools.cache
def _save_step_statement() -> Any:
    t = s.journal_transactions
    names = ("txn_id", "at", "source", "label", "step", "step_state", "step_order")
    statement = sqlite_insert(t).values(
        {name: bindparam(name, type_=t.c[name].type) for name in names}
    )
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[t.c.txn_id],
        set_={
            "step": excluded.step,
            "step_state": excluded.step_state,
            "step_order": excluded.step_order,
        },
    )


@functools.cache
def _trim_statement() -> Any:
    t = s.journal_transactions
    kept = (
        select(t.c.txn_id)
        .where(t.c.step_state == "undo")
        .order_by(t.c.step_order.desc())
        .limit(bindparam("keep"))
        .scalar_subquery()
    )
    return (
        update(t)
        .where(t.c.step_state == "undo", t.c.txn_id.not_in(kept))
        .values(step=None, step_state=None, step_order=None)
    )


@functools.cache
def _top_order_statement() -> Any:
    t = s.journal_transactions
    return select(func.max(t.c.step_order))


def forget_transactions(connection: Connection, txn_ids: Sequence[str]) -> None:
    t = s.journal_transactions
    connection.execute(delete(t).where(t.c.txn_id.in_(list(txn_ids))))


def record_names(connection: Connection, record_ids: Sequence[str]) -> dict[str, str]:
    """The names of the contacts, placeholder customers and customer lists named."""
    names: dict[str, str] = {}
    ids = list(dict.fromkeys(record_ids))
    for table in (s.contacts, s.placeholder_customers, s.customer_lists):
        for start in range(0, len(ids), 500):
            rows = connection.execute(
                select(table.c.id, table.c.name).where(table.c.id.in_(ids[start : start + 500]))
            )
            names.update({str(row.id): str(row.name) for row in rows})
    return names
