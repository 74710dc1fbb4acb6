"""Filling a database with sample data: the demo set, or many contacts for benchmarks."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

from app.services.demo_data import build_demo_dataset, generate_contacts
from app.store.database import Database
from app.store.unit_of_work import unit_of_work

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
    done = 0
    contacts = generate_contacts(count, seed)
    with unit_of_work(db) as uow:
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
