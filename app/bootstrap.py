"""The composition root: builds the store, the services and the window, and wires them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.contacts import ContactEditing
from app.services.directory import ContactDirectory
from app.store.database import Database
from app.store.migrations import open_database


@dataclass
class Services:
    db: Database
    directory: ContactDirectory
    editing: ContactEditing

    def close(self) -> None:
        self.db.close()


def build_services(db_path: Path) -> Services:
    """Open (and if needed upgrade) the database and build the services over it.

    Raises :class:`app.store.migrations.DatabaseVersionError` with a message for the user when
    the file cannot be used.
    """
    db = open_database(db_path)
    return Services(db=db, directory=ContactDirectory(db), editing=ContactEditing(db))
