"""Many journal entries written at once (an undo or redo of a large import) reach the sync
outbox in one statement after them: the same outbox rows, in the same order, as the trigger
puts there entry by entry; and the trigger is there again afterwards."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.store import bulk
from app.store import schema as s
from app.store.migrations import open_database

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def _entry(aggregate: str, aggregate_id: str, origin: str = "user") -> dict[str, Any]:
    return {
        "txn_id": "txn",
        "at": NOW,
        "aggregate": aggregate,
        "aggregate_id": aggregate_id,
        "entity": aggregate,
        "entity_id": aggregate_id,
        "op": "update",
        "changes": {"name": ["a", "b"]},
        "origin": origin,
    }


def _entries() -> list[dict[str, Any]]:
    rows = [_entry("contact", f"c-{i % 7}") for i in range(20)]
    rows += [_entry("contact", "c-sync", origin="sync"), _entry("tag", "t-1")]
    rows += [_entry("customer_list", "l-1"), _entry("placeholder_customer", "p-1")]
    return [*rows, _entry("contact", "c-0")]


def _outbox_after_writing(path: Path) -> tuple[list[tuple[Any, ...]], list[str]]:
    db = open_database(path)
    try:
        with db.transaction() as conn:
            bulk.bulk_insert(conn, s.change_journal, [_entry("contact", "c-3")])
        with db.transaction() as conn:
            bulk.bulk_insert(conn, s.change_journal, _entries())
        with db.reading() as conn:
            outbox = conn.exec_driver_sql(
                "SELECT rowid, account_id, local_id, aggregate, first_seq, last_seq "
                "FROM sync_outbox ORDER BY rowid"
            ).fetchall()
            triggers = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).scalars()
            return [tuple(row) for row in outbox], list(triggers)
    finally:
        db.close()


def test_the_outbox_filled_after_many_entries_is_the_one_the_trigger_fills(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "OUTBOX_AFTER", 10_000)
    by_trigger = _outbox_after_writing(tmp_path / "trigger.sqlite")
    monkeypatch.setattr(bulk, "OUTBOX_AFTER", 2)
    after = _outbox_after_writing(tmp_path / "after.sqlite")
    outbox, triggers = after
    assert {row[2] for row in outbox} == {*(f"c-{i}" for i in range(7)), "l-1", "p-1"}
    assert next(row for row in outbox if row[2] == "c-3")[4:] == (1, 19)
    assert any("change_journal_outbox" in sql for sql in triggers)
    assert after == by_trigger
