"""Sample data written the fast way (indexes made after, the sync outbox filled at the end)
makes the same book as adding the same contacts one batch after another."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.models import IndividualContact
from app.services.demo_data import generate_contacts
from app.services.seeding import SOURCE, generate
from app.store import unit_of_work as uow_module
from app.store.database import Database
from app.store.migrations import open_database
from app.store.rows import sort_key
from app.store.unit_of_work import unit_of_work
from tests.book_content import book_content

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
COUNT = 150
SEED = 5


def _schema(path: Path) -> list[tuple[str, str, str, str]]:
    """The book's tables, indexes, triggers and views as they are defined."""
    plain = sqlite3.connect(path)
    try:
        rows = plain.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        plain.close()
    return sorted((str(t), str(n), str(tb), str(sql)) for t, n, tb, sql in rows)


def _added_in_batches(db: Database) -> None:
    """The normal way: the contacts added to the book as any bulk write adds them."""
    with unit_of_work(db) as uow:
        uow.journal.describe(SOURCE)
        uow.contacts.add_many(generate_contacts(COUNT, SEED, moment=uow.journal.now))


@pytest.mark.parametrize("parallel", [False, True], ids=["one process", "two processes"])
@pytest.mark.parametrize("existing", [False, True], ids=["new book", "book with a contact"])
def test_the_fast_way_makes_the_same_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool, existing: bool
) -> None:
    monkeypatch.setattr(uow_module, "utc_now", lambda: NOW)
    normal = open_database(tmp_path / "normal" / "kontor.sqlite")
    fast = open_database(tmp_path / "fast" / "kontor.sqlite")
    try:
        if existing:
            for db in (normal, fast):
                with unit_of_work(db) as uow:
                    uow.contacts.add(IndividualContact(id="c-0", name="Already here"))
        _added_in_batches(normal)
        assert generate(fast, COUNT, seed=SEED, chunk=40, parallel=parallel) == COUNT
    finally:
        normal.close()
        fast.close()

    expected, found = book_content(normal.path), book_content(fast.path)
    assert len(found["contacts"]) == COUNT + existing
    # Every contact waits in the outbox of the book's account, as an edit made here.
    assert len(found["sync_outbox"]) == COUNT + existing
    assert found["contact_search_data"]
    for table in expected:
        assert found[table] == expected[table], table
    assert _schema(fast.path) == _schema(normal.path)


def test_a_generated_book_has_the_schema_of_a_new_one_and_lists_and_finds(
    tmp_path: Path,
) -> None:
    made = open_database(tmp_path / "new" / "kontor.sqlite")
    made.close()
    db = open_database(tmp_path / "generated" / "kontor.sqlite")
    try:
        assert generate(db, COUNT, seed=SEED, parallel=True) == COUNT
        with unit_of_work(db) as uow:
            page = uow.contacts.summaries(limit=COUNT)
            person = next(
                c for c in uow.contacts.get_many([s.id for s in page]).values() if c.emails
            )
            found_by_mail = uow.contacts.summaries(search=person.emails[0].address)
            found_by_name = uow.contacts.summaries(search=person.name)
        with db.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE deleted_at IS NULL "
                "ORDER BY sort_name, id LIMIT 10"
            ).fetchall()
    finally:
        db.close()

    assert _schema(db.path) == _schema(made.path)
    assert len(page) == COUNT
    assert [sort_key(s.name) for s in page] == sorted(sort_key(s.name) for s in page)
    assert [s.id for s in found_by_mail] == [person.id]
    assert person.id in [s.id for s in found_by_name]
    assert "ix_contacts_listing_name" in str(plan)
