"""Many contacts added to a small book: the indexes are made once at the end, as they were."""

from __future__ import annotations

import pytest

from app.services.seeding import generate
from app.store.database import Database
from app.store.unit_of_work import unit_of_work


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.reading() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "ORDER BY name"
        ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def test_generated_contacts_leave_every_index_as_it_was_and_in_use(db: Database) -> None:
    before = _indexes(db)
    assert generate(db, 120, chunk=50) == 120

    assert _indexes(db) == before
    with db.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM professional_identities WHERE contact_id = 'x'"
        ).fetchall()
    assert "ix_professional_identities_contact_id" in str(plan)


def test_a_failing_bulk_write_keeps_the_indexes(db: Database) -> None:
    before = _indexes(db)
    with (
        pytest.raises(RuntimeError),
        unit_of_work(db) as uow,
        uow.contacts.indexes_made_after(),
    ):
        # Only the unique index stays, and finding the next search rowid uses it.
        assert _indexes_on(uow.connection) == ["ix_contacts_search_rowid"]
        plan = uow.connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT max(search_rowid) FROM contacts"
        ).fetchall()
        assert "ix_contacts_search_rowid" in str(plan)
        raise RuntimeError("the run stops halfway")
    assert _indexes(db) == before


def _indexes_on(conn: object) -> list[str]:
    rows = conn.exec_driver_sql(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = 'contacts'"
    ).fetchall()
    return [str(row[0]) for row in rows]
