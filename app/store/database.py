"""Opening the SQLite file: permissions, pragmas and the engine."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event


def prepare_file(path: Path) -> None:
    """Make sure the folder (0700) and the file (0600) exist with private permissions."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Case-insensitive matching beyond ASCII (SQLite's LIKE and lower() know ASCII only).
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before it is reported, for the change journal's sake.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        # 32 MB of page cache (negative = KiB): index maintenance on large books stays in memory.
        cursor.execute("PRAGMA cache_size=-32768")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on ``path`` with foreign keys on, WAL and full sync on every connection."""
    prepare_file(path)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """The open local database: an engine plus short transactions for units of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(cls, path: Path) -> Database:
        return cls(path, create_sqlite_engine(path))

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()
