"""Filling a database with sample data: the demo set, or many contacts for benchmarks."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.collector import collector_resting
from app.domain.models import Tag
from app.services.demo_data import build_demo_dataset, generate_contacts, generated_tags
from app.services.seeding_worker import unpacked
from app.store.bulk import outbox_filled_after
from app.store.bulk_contacts import PreparedBatch, bulk_cache, write_prepared
from app.store.database import Database
from app.store.journal import JournalStamp
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


# From this many contacts on, they are generated and turned into rows in a second process
# while this one writes the previous batch: starting it costs about a second.
PARALLEL_FROM = 20_000


def generate(
    db: Database,
    count: int,
    seed: int = 1,
    chunk: int = 10_000,
    progress: Progress | None = None,
    *,
    parallel: bool | None = None,
) -> int:
    """Add ``count`` generated contacts in one transaction: all of them or, if the run fails
    or is killed, none.  They are built and written ``chunk`` at a time, so memory stays flat.
    When they outnumber the contacts there are, the tables' indexes are made once at the end
    instead of row by row.

    With ``parallel`` (by default from :data:`PARALLEL_FROM` contacts on, where there is more
    than one processor) the contacts are generated and prepared as rows in another process
    while this one writes: the same rows, in the same order, with the work shared between two
    processors."""
    if parallel is None:
        parallel = (
            count >= PARALLEL_FROM
            and (os.cpu_count() or 1) > 1
            # A frozen build cannot start a Python process of its own.
            and not getattr(sys, "frozen", False)
        )
    # The contacts and their rows form no reference cycles: the cyclic garbage collector,
    # which would walk every object kept alive again and again, rests until the end.
    with collector_resting():
        if parallel:
            return _write_prepared_elsewhere(db, count, seed, progress)
        return _write_generated(db, count, seed, chunk, progress)


def _write_generated(
    db: Database,
    count: int,
    seed: int,
    chunk: int,
    progress: Progress | None,
) -> int:
    done = 0
    with _bulk_transaction(db) as uow:
        uow.journal.describe(SOURCE)
        # The contacts' ids tell the moment they are written (rising, see generate_contacts).
        contacts = generate_contacts(count, seed, moment=uow.journal.now)
        many = count > uow.contacts.count(include_trash=True)
        with (
            outbox_filled_after(uow.connection),
            uow.contacts.indexes_made_after() if many else nullcontext(),
        ):
            while done < count:
                batch = [c for _, c in zip(range(min(chunk, count - done)), contacts, strict=False)]
                if not batch:
                    break
                done += uow.contacts.add_many(batch)
                if progress is not None:
                    progress(done, count)
    return done


def _write_prepared_elsewhere(
    db: Database, count: int, seed: int, progress: Progress | None
) -> int:
    done = 0
    with _bulk_transaction(db) as uow:
        uow.journal.describe(SOURCE)
        many = count > uow.contacts.count(include_trash=True)
        stamp = uow.journal.stamp
        # The book's tags as they are now, for the names the generated contacts use.
        found: dict[str, Tag | None] = {t.name: uow.tags.by_name(t.name) for t in generated_tags()}
        first_rowid = uow.contacts.next_search_rowid()
        with ExitStack() as stack:
            batches = stack.enter_context(
                _prepared_elsewhere(count, seed, first_rowid, stamp, found)
            )
            stack.enter_context(bulk_cache(uow.connection))
            stack.enter_context(outbox_filled_after(uow.connection))
            if many:
                stack.enter_context(uow.contacts.indexes_made_after())
            for batch in batches:
                done += write_prepared(uow.connection, batch, stamp)
                if progress is not None:
                    progress(done, count)
    return done


@contextmanager
def _prepared_elsewhere(
    count: int, seed: int, first_rowid: int, stamp: JournalStamp, found: dict[str, Tag | None]
) -> Iterator[Iterator[PreparedBatch]]:
    """The batches of ``count`` generated contacts, prepared by a Python process of their
    own (:mod:`app.services.seeding_worker`), read from its output as they come."""
    # The ``app`` package found here, ahead of anything called so in the working folder.
    root = str(Path(__file__).resolve().parents[2])
    start = (
        f"import sys; sys.path.insert(0, {root!r}); "
        "from app.services.seeding_worker import main; sys.exit(main())"
    )
    worker = subprocess.Popen(
        [sys.executable, "-c", start], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert worker.stdin is not None and worker.stdout is not None
    output = worker.stdout

    def batches() -> Iterator[PreparedBatch]:
        while True:
            try:
                item: Any = pickle.load(output)
            except EOFError:
                raise RuntimeError("the process preparing the sample data stopped") from None
            if item is None:
                return
            if isinstance(item, str):
                raise RuntimeError(f"preparing the sample data failed:\n{item}")
            yield unpacked(item)

    try:
        with worker.stdin as task:
            pickle.dump((count, seed, first_rowid, stamp, found), task)
        yield batches()
    finally:
        output.close()
        if worker.poll() is None:
            worker.kill()
        worker.wait()


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
