"""Fixtures of the import / export tests: a service over a fresh database, and helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.models import AnyContact
from app.services.history import EditHistory
from app.services.interchange import Interchange, MappingTemplates
from app.store.database import Database
from app.store.listing import ContactListing, ContactQuery
from app.store.migrations import open_database
from app.store.unit_of_work import UnitOfWork


class Book:
    """A database with its edit history and import / export service."""

    def __init__(self, db: Database, templates: Path) -> None:
        self.db = db
        self.history = EditHistory(db)
        self.service = Interchange(db, self.history, templates=MappingTemplates(templates))

    def contacts(self, include_trash: bool = True) -> list[AnyContact]:
        with self.db.reading() as conn:
            listing = ContactListing(conn)
            query = ContactQuery(include_trash=include_trash)
            ids = listing.ids(query, 0, listing.count(query))
            uow = UnitOfWork(conn)
            found = [uow.contacts.get(i) for i in ids]
        return [c for c in found if c is not None]

    def count(self) -> int:
        return len(self.contacts())

    def journal_rows(self) -> int:
        with self.db.reading() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM change_journal").scalar_one())

    def import_file(self, path: Path) -> tuple[int, int, int]:
        plan = self.service.plan_import(self.service.read_file(path))
        result = self.service.apply_import(plan)
        return len(result.created), len(result.updated), len(result.skipped)


@pytest.fixture
def book(tmp_db: Database, tmp_path: Path) -> Book:
    return Book(tmp_db, tmp_path / "templates")


@pytest.fixture
def other_book(tmp_path: Path) -> Iterator[Book]:
    db = open_database(tmp_path / "other.sqlite")
    try:
        yield Book(db, tmp_path / "templates")
    finally:
        db.close()
