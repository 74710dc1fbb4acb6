"""The composition root: opens the store and builds the services the window is given."""

from __future__ import annotations

from pathlib import Path

from app.services.registry import Services
from app.store.migrations import open_database


def build_services(db_path: Path) -> Services:
    """Open (and if needed upgrade) the database and build the services over it.

    Raises :class:`app.store.migrations.DatabaseVersionError` with a message for the user when
    the file cannot be used.
    """
    return Services.over(open_database(db_path))


__all__ = ["Services", "build_services"]
