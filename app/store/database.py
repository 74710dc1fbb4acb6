"""Opening the SQLite file: permissions, pragmas and the engine.

SQLAlchemy is loaded when the engine is first used: a window's first page is read on a plain
``sqlite3`` connection (:meth:`Database.plain_reading`) before the engine is needed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


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


# Page cache of each connection, and of one running a bulk write (index maintenance of
# hundreds of thousands of rows stays in memory).
CACHE_KIB = 8192
BULK_CACHE_KIB = 65536


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
        # 8 MB of page cache (negative = KiB) per pooled connection: a page of any listing
        # and a save touch a few hundred pages.  Bulk writes raise their own connection's
        # (:data:`BULK_CACHE_KIB`) while they run.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    finally:
        cursor.close()


def _for_schema_changes(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 opens a transaction only before INSERT, UPDATE and DELETE: a CREATE or
    # ALTER run before them would commit on its own.  Without its own handling, every
    # statement runs inside the BEGIN emitted below.
    dbapi_connection.isolation_level = None
    # SQLite's procedure for changing a schema: foreign keys off (it cannot be switched inside
    # a transaction), so rebuilding a table that others point at neither cascades nor fails;
    # whoever commits checks them with ``PRAGMA foreign_key_check`` first.
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _begin_immediate(connection: Connection) -> None:
    # IMMEDIATE: take the write lock at once, so a schema change never meets another writer
    # halfway through.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_sqlite_engine(path: Path, *, transactional_ddl: bool = False) -> Engine:
    """An engine on ``path`` with foreign keys on, WAL and full sync on every connection.

    With ``transactional_ddl`` a transaction covers every statement run in it, schema changes
    included: a schema created or upgraded in one transaction is there whole or not at all.
    Foreign keys are then not enforced as statements run; check them before committing.
    """
    from sqlalchemy import create_engine, event

    prepare_file(path)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    if transactional_ddl:
        event.listen(engine, "connect", _for_schema_changes)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def check_foreign_keys(connection: Connection) -> None:
    """Refuse to commit a schema change that left a reference to a row that is not there."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(5)
    if broken:
        found = ", ".join(f"{row[0]} row {row[1]} → {row[2]}" for row in broken)
        raise RuntimeError(f"references to missing rows: {found}")


class StartCheck(Protocol):
    """A check of the file still running when the database was opened."""

    def done(self) -> bool: ...

    def error(self) -> Exception | None: ...

    def wait(self) -> None:
        """Return once the file was found fit to write; raise when it is not."""


class Database:
    """The open local database: an engine plus short transactions for units of work.

    With a ``start_check`` (a check of the file still running), every write transaction
    waits for it and is refused when it fails; reads go ahead, unless ``reads_wait``: then
    nothing reads the file either (the engine is not handed out) before the check found it
    sound."""

    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        start_check: StartCheck | None = None,
        *,
        reads_wait: bool = False,
    ) -> None:
        self.path = path
        self._engine = engine
        self._engine_lock = threading.Lock()
        self.start_check = start_check
        self.reads_wait = reads_wait

    @classmethod
    def open(
        cls, path: Path, start_check: StartCheck | None = None, *, reads_wait: bool = False
    ) -> Database:
        """The database at ``path``; its engine is made when first used."""
        prepare_file(path)
        return cls(path, None, start_check, reads_wait=reads_wait)

    def _wait_to_read(self) -> None:
        if self.reads_wait and self.start_check is not None:
            self.start_check.wait()

    @property
    def engine(self) -> Engine:
        self._wait_to_read()
        with self._engine_lock:
            if self._engine is None:
                self._engine = create_sqlite_engine(self.path)
            return self._engine

    def engine_ready(self) -> bool:
        """Whether the engine has been made (SQLAlchemy is loaded, its pool at hand)."""
        with self._engine_lock:
            return self._engine is not None

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """A plain ``sqlite3`` connection for one read, set up like the engine's (for what
        must not wait for SQLAlchemy to load: the window's first page)."""
        self._wait_to_read()
        connection = sqlite3.connect(self.path)
        try:
            _on_connect(connection, None)
            yield connection
        finally:
            connection.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        if self.start_check is not None:
            self.start_check.wait()
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        with self._engine_lock:
            engine = self._engine
        if engine is not None:
            engine.dispose()
