"""Filling a database with sample data: the demo set, or many contacts for benchmarks."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext

from sqlalchemy import Connection

from app.domain.models import AnyContact
from app.services.demo_data import build_demo_dataset, generate_contacts
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork, unit_of_work

Progress = Callable[[int, int], None]
# Where sample data comes from in the records' history ("Demo data", not "Typed here").
SOURCE = "demo"


def seed_demo(db: Database, seed: int = 7) -> bool:
    """Fill an empty database with the demo set; a database with contacts is left alone."""
    with unit_of_work(db) as uow:
        if uow.contacts.count(include_trash=True) > 0:
            return False
        uow.journal.describe(SOURCE)
        dataset = build_demo_dataset(seed)
        uow.contacts.add_many(dataset.contacts)
        for customer_list in dataset.customer_lists:
            uow.customer_lists.save(customer_list)
        for customer in dataset.placeholder_customers:
            uow.placeholder_customers.save(customer)
    return True


def generate(
    db: Database,
    count: int,
    seed: int = 1,
    chunk: int = 10_000,
    progress: Progress | None = None,
) -> int:
    """Add ``count`` generated contacts in one transaction: all of them or, if the run fails
    or is killed, none.  They are built and written ``chunk`` at a time, so memory stays flat.
    When they outnumber the contacts there are, the tables' indexes are made once at the end
    instead of row by row."""
    contacts = generate_contacts(count, seed)
    # The contacts and their rows form no reference cycles: the cyclic garbage collector,
    # which would walk every object kept alive again and again, rests until the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _write_generated(db, count, contacts, chunk, progress)
    finally:
        if collecting:
            gc.enable()


def _write_generated(
    db: Database,
    count: int,
    contacts: Iterator[AnyContact],
    chunk: int,
    progress: Progress | None,
) -> int:
    done = 0
    with _bulk_transaction(db) as uow:
        uow.journal.describe(SOURCE)
        many = count > uow.contacts.count(include_trash=True)
        with uow.contacts.indexes_made_after() if many else nullcontext():
            while done < count:
                batch = [c for _, c in zip(range(min(chunk, count - done)), contacts, strict=False)]
                if not batch:
                    break
                done += uow.contacts.add_many(batch)
                if progress is not None:
                    progress(done, count)
    return done


@contextmanager
def _bulk_transaction(db: Database) -> Iterator[UnitOfWork]:
    """A unit of work for one bulk write: committed whole or rolled back.

    Into a book without contacts (a new file, as ``kontor demo-data`` makes) it is written
    with a rollback journal instead of the write-ahead log, and without waiting for the disk
    on each write: the pages of a nearly empty file need no copy in the journal, so every
    page is written once instead of to the log and then again to the file.  A run that is
    killed leaves its journal, and the next opening rolls the file back to the empty book.
    The file is back in write-ahead-log mode, and the connection at full sync, afterwards."""
    if db.start_check is not None:
        db.start_check.wait()
    with db.engine.connect() as conn:
        fresh = not conn.exec_driver_sql("SELECT 1 FROM contacts LIMIT 1").first()
        conn.rollback()
        if fresh:
            fresh = _set_journal(conn, "delete")
        try:
            with conn.begin():
                yield UnitOfWork(conn)
        finally:
            if fresh:
                _set_journal(conn, "wal")


def _set_journal(conn: Connection, mode: str) -> bool:
    """Switch the file's journal (``delete`` for a bulk write, ``wal`` afterwards); whether
    it took (another connection reading the file keeps it in WAL)."""
    found = conn.exec_driver_sql(f"PRAGMA journal_mode={mode}").scalar()
    conn.exec_driver_sql(f"PRAGMA synchronous={'OFF' if mode == 'delete' else 'FULL'}")
    conn.commit()
    return str(found).lower() == mode
