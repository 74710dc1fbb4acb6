"""Generated contacts written into a new book: the file and the process are left as they were."""

from __future__ import annotations

import gc
import sqlite3

import pytest

from app.services.seeding import generate
from app.store.database import Database


def _file(db: Database, sql: str) -> object:
    plain = sqlite3.connect(db.path)
    try:
        return plain.execute(sql).fetchone()[0]
    finally:
        plain.close()


def test_a_run_leaves_the_collector_on_and_the_file_in_wal_mode(db: Database) -> None:
    assert generate(db, 40, chunk=15) == 40
    assert gc.isenabled()
    assert _file(db, "PRAGMA journal_mode") == "wal"
    assert _file(db, "SELECT count(*) FROM contacts") == 40
    with db.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_failing_run_writes_nothing_and_leaves_everything_as_it_was(db: Database) -> None:
    def stop(done: int, total: int) -> None:
        raise RuntimeError("stopped halfway")

    with pytest.raises(RuntimeError):
        generate(db, 40, chunk=15, progress=stop)
    assert gc.isenabled()
    assert _file(db, "PRAGMA journal_mode") == "wal"
    assert _file(db, "SELECT count(*) FROM contacts") == 0
    assert _file(db, "SELECT count(*) FROM change_journal") == 0
    assert _file(db, "PRAGMA integrity_check") == "ok"
