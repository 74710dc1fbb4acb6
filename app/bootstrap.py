"""The composition root: opens the store and builds the services the window is given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.services.registry import Services
from app.store.migrations import DamagedDatabaseError, open_database

AskToRestore = Callable[[DamagedDatabaseError], bool]


def build_services(
    db_path: Path, ask_to_restore: AskToRestore | None = None, *, check_later: bool = False
) -> Services:
    """Open (and if needed upgrade) the database and build the services over it.

    A damaged database is never opened for writing.  With ``ask_to_restore``, the user is
    offered its newest good backup: the function asks, restores when the user agrees, and
    returns whether it did; the restored file is then opened.  With ``check_later`` (the
    window's start), a file at the newest revision is checked on a thread while the window
    shows, and writes wait for that check (:meth:`Services.start_check_error` says what it
    found).

    Raises :class:`app.store.migrations.DatabaseVersionError` with a message for the user when
    the file cannot be used.
    """
    try:
        db = open_database(db_path, check_later=check_later)
    except DamagedDatabaseError as exc:
        if ask_to_restore is None or exc.backup is None or not ask_to_restore(exc):
            raise
        db = open_database(db_path)
    return Services.over(db)


__all__ = ["Services", "build_services"]
