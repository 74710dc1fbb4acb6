"""Bringing a database file to the schema this version of Kontor expects.

Order of work on start:
1. Look at the file read-only.  A file SQLite finds damaged (``PRAGMA quick_check``) is not
   opened for writing: the error names the newest good backup, which :func:`restore_backup`
   puts in its place, keeping the damaged file aside.  A schema revision this version does not
   know means the file was written by a newer Kontor: refuse with a clear message and leave the
   file untouched.
2. If the file holds data at an older revision, copy it with SQLite's online backup first.  A
   backup is written under a temporary name and renamed only once it is complete and on disk.
3. Run the Alembic upgrade to head in one transaction, schema changes included: a run that
   fails or is killed halfway leaves the file exactly as it was, and the next start tries
   again.  A new database is made straight from the newest schema (``app.store.new_book``,
   held equal to what the migrations make by a test), whole or not at all as well.

The window starts faster (:func:`open_database` with ``check_later``): a file already at the
newest revision opens at once, Alembic is not even loaded (the newest revision is read from
the revision files' headers), and ``quick_check`` — seconds on a large book — runs on a thread
of its own while the window shows.  Until it has found the file sound, nothing is written: the
first write waits for it, and is refused if the file is damaged.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import translate
from app.paths import backups_dir, repo_root
from app.store.database import Database, check_foreign_keys, create_sqlite_engine, prepare_file

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%S%fZ"
# A temporary file older than this in the backups folder is what a killed backup left.
_LEFTOVER_AGE = 600.0


class DatabaseVersionError(Exception):
    """The database cannot be opened by this version of Kontor."""


class NewerDatabaseError(DatabaseVersionError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            translate(
                "Database",
                "The database {file} was last used by a newer version of Kontor (schema "
                "{revision}). Please install the latest Kontor to open it. The file has not "
                "been changed.",
            ).format(file=path.name, revision=revision)
        )
        self.path = path
        self.revision = revision


class NotAKontorDatabaseError(DatabaseVersionError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            translate(
                "Database",
                "{path} is not a Kontor database ({reason}). The file has not been changed.",
            ).format(path=path, reason=reason)
        )
        self.path = path


class DamagedDatabaseError(DatabaseVersionError):
    """SQLite finds the file damaged; it has not been opened for writing."""

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        text = translate(
            "Database",
            "The database {file} is damaged ({reason}). Kontor has not opened it, so nothing "
            "in it has been changed.",
        ).format(file=path.name, reason=reason)
        if backup is not None:
            text += " " + translate(
                "Database",
                "The newest good backup is {backup} (saved {saved}, in {folder}). Start Kontor "
                'to restore it, or run: kontor restore-backup --db "{path}". The damaged file '
                "is kept beside it under another name.",
            ).format(backup=backup.name, saved=backup_time(backup), folder=backup.parent, path=path)
        else:
            text += " " + translate(
                "Database", "Kontor found no good backup of it in {folder}."
            ).format(folder=backups_dir(path))
        super().__init__(text)
        self.path = path
        self.reason = reason
        self.backup = backup


class UpgradeFailedError(DatabaseVersionError):
    """Creating or upgrading the schema failed; the file is as it was before."""

    def __init__(
        self, path: Path, current: str | None, target: str, reason: str, backup: Path | None
    ) -> None:
        if current is None:
            text = translate("Database", "The database {file} could not be created ({reason}).")
        else:
            text = translate(
                "Database",
                "The database {file} could not be upgraded from schema {current} to {target} "
                "({reason}).",
            )
        text = text.format(file=path.name, reason=reason, current=current, target=target)
        if backup is not None:
            text += " " + translate(
                "Database", "It has been left as it was; a copy from before is in {backup}."
            ).format(backup=backup)
        else:
            text += " " + translate("Database", "It has been left as it was.")
        super().__init__(text)
        self.path = path
        self.backup = backup


_Query = Callable[[str], list[tuple[object, ...]]]


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(repo_root() / "alembic"))
    return config


# The header lines of a revision file: ``revision: str = "0009"``, ``down_revision: … = "0008"``.
_REVISION_LINE = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*["']([^"'\n]+)["']""", re.MULTILINE)
_DOWN_LINE = re.compile(
    r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.MULTILINE
)


def _revision_headers() -> dict[str, str | None] | None:
    """Each revision and the one before it, read from the revision files' headers without
    loading Alembic; ``None`` when a file does not read as expected (Alembic then decides)."""
    graph: dict[str, str | None] = {}
    for file in (repo_root() / "alembic" / "versions").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        revision, down = _REVISION_LINE.search(text), _DOWN_LINE.search(text)
        if revision is None or down is None:
            return None
        graph[revision.group(1)] = down.group(1)
    return graph or None


def head_revision() -> str:
    graph = _revision_headers()
    if graph is not None:
        heads = set(graph) - {down for down in graph.values() if down is not None}
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the project always ships revisions
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    graph = _revision_headers()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _has_content(path: Path) -> bool:
    """Whether ``path`` holds anything: a new database may live in its WAL file alone."""
    if not path.exists():
        return False
    wal = _wal(path)
    return path.stat().st_size > 0 or (wal.exists() and wal.stat().st_size > 0)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # Without a WAL file beside it, open the file as immutable: SQLite then makes no -shm or
    # -wal file either, so looking leaves the folder exactly as it was.
    query = "mode=ro" if _wal(path).exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc)
    return "malformed" in text or "not a database" in text


def _quick_check(conn: sqlite3.Connection) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong, or ``None`` when the file is sound."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    return None if rows == ["ok"] else "; ".join(rows)


def _kontor_tables() -> frozenset[str]:
    from app.store.schema import metadata

    return frozenset({t.name for t in metadata.sorted_tables} | {"alembic_version"})


def _unfinished_creation(names: set[str], rows_in: dict[str, bool]) -> bool:
    """Tables an interrupted creation by an older Kontor left: all Kontor's, all empty, and no
    revision.  Nothing is lost by creating the database again."""
    ours = {n for n in names if not n.startswith("sqlite_")}
    if not ours:
        return False
    # The search index's own tables (contact_search_*) hold bookkeeping rows even when empty.
    kontor = _kontor_tables()
    checked = {n for n in ours if n in kontor or n == "contact_search"}
    if ours - checked and not all(n.startswith("contact_search_") for n in ours - checked):
        return False
    return not any(rows_in[n] for n in checked)


def _table_names(query: _Query) -> set[str]:
    return {str(row[0]) for row in query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _rows_in(query: _Query, names: set[str]) -> dict[str, bool]:
    kontor = _kontor_tables()
    return {
        name: bool(query(f'SELECT EXISTS (SELECT 1 FROM "{name}")')[0][0])
        for name in names
        if name in kontor or name == "contact_search"
    }


@dataclass(frozen=True)
class _FileState:
    revision: str | None
    # Empty Kontor tables without a revision, from an interrupted creation.
    unfinished: bool = False


def _inspect(path: Path, *, check: bool) -> _FileState:
    """Look at ``path`` read-only: its revision, and with ``check`` whether it is sound."""
    if not _has_content(path):
        return _FileState(None)
    if path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise NotAKontorDatabaseError(
                    path, translate("Database", "it is not an SQLite database")
                )
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise NotAKontorDatabaseError(path, str(exc)) from exc

    def query(sql: str) -> list[tuple[object, ...]]:
        return conn.execute(sql).fetchall()

    try:
        problems = _quick_check(conn) if check else None
        names = _table_names(query)
        revision = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        if revision is not None or not names or problems:
            unfinished = False
        elif _unfinished_creation(names, _rows_in(query, names)):
            unfinished = True
        else:
            raise NotAKontorDatabaseError(path, translate("Database", "it holds other tables"))
    except sqlite3.Error as exc:
        if _is_damage(exc):
            raise DamagedDatabaseError(path, str(exc), newest_good_backup(path)) from exc
        raise DatabaseVersionError(
            translate(
                "Database",
                "The database {file} could not be read ({error}). It has not been changed.",
            ).format(file=path.name, error=exc)
        ) from exc
    finally:
        conn.close()
    if problems:
        raise DamagedDatabaseError(path, problems, newest_good_backup(path))
    return _FileState(revision, unfinished)


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``, read without changing the file.

    ``None`` for an empty or new file (or one whose creation was interrupted).  Raises
    :class:`NotAKontorDatabaseError` for a file that is not SQLite, or is SQLite with tables
    but no Kontor revision.
    """
    return _inspect(path, check=False).revision


def check_file(path: Path) -> str | None:
    """Like :func:`read_revision`, and raises :class:`DamagedDatabaseError` when SQLite's
    ``quick_check`` finds the file damaged."""
    return _inspect(path, check=True).revision


# --- backups ----------------------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - folders cannot be synced on every system
        pass
    finally:
        os.close(fd)


def _backup_pattern(path: Path) -> re.Pattern[str]:
    # "kontor-before-0005-20261122T160000000000Z.sqlite", "kontor-manual-….sqlite"; a label
    # has no dash of its own, so the backups of "kontor-demo" are not taken for "kontor"'s.
    return re.compile(
        rf"^{re.escape(path.stem)}-(?:before-)?[A-Za-z0-9_]+-(\d{{8}}T\d{{12}}Z)\.sqlite$"
    )


def _clean_leftovers(folder: Path) -> None:
    """Remove what killed backups and restores left: temporary files no longer written to."""
    now = time.time()
    for leftover in folder.glob(".*.part*"):
        try:
            if now - leftover.stat().st_mtime > _LEFTOVER_AGE:
                leftover.unlink()
        except OSError:
            continue


def backup_time(backup: Path) -> str:
    """When ``backup`` was made, in local time, for messages."""
    found = re.search(r"-(\d{8}T\d{12}Z)\.sqlite$", backup.name)
    try:
        if found is None:
            raise ValueError(backup.name)
        when = datetime.strptime(found.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        when = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def backup_file(path: Path, label: str) -> Path:
    """An online backup of ``path`` into the backups folder, private like the original.

    The copy is written under a temporary name, flushed to disk, and only then given its
    name: whatever carries a backup's name is a whole backup.  ``label`` has no dash except
    after ``before``."""
    folder = backups_dir(path)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    partial = folder / f".{target.name}.part"
    prepare_file(partial)
    _clean_leftovers(folder)
    try:
        source = sqlite3.connect(path)
        try:
            dest = sqlite3.connect(partial)
            try:
                with dest:
                    source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        _fsync(partial)
        os.replace(partial, target)
        _fsync(folder)
    finally:
        for left in (partial, partial.with_name(partial.name + "-journal")):
            left.unlink(missing_ok=True)
    return target


def _good_backup(backup: Path) -> bool:
    """Whether ``backup`` is a whole, sound Kontor database this version can open."""
    try:
        if backup.stat().st_size == 0:
            return False
        revision = _inspect(backup, check=True).revision
    except (DatabaseVersionError, OSError):
        return False
    return revision is not None and revision in known_revisions()


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup of ``path`` that is whole and sound; empty or broken files, and
    what a killed backup left, are passed over."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return None
    pattern = _backup_pattern(path)
    found = [
        (match.group(1), backup)
        for backup in folder.iterdir()
        if (match := pattern.match(backup.name)) is not None
    ]
    for _stamp, backup in sorted(found, reverse=True):
        if _good_backup(backup):
            return backup
    return None


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the database at ``path``; returns where the file that was
    there is kept (beside it, renamed, never deleted).

    At every moment the database's name holds either the old file or the whole backup."""
    if not _good_backup(backup):
        raise DatabaseVersionError(
            translate("Database", "The backup {backup} is not a sound Kontor database.").format(
                backup=backup.name
            )
        )
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    incoming = path.with_name(f".{path.name}.restore.part")
    prepare_file(incoming)
    try:
        shutil.copyfile(backup, incoming)
        _fsync(incoming)
        # Keep the old file under a second name first, then swap the backup in at once.
        try:
            os.link(path, kept)
        except OSError:
            shutil.copy2(path, kept)
        # The old file's WAL belongs to it, not to the backup taking its name.
        wal = _wal(path)
        if wal.exists():
            os.replace(wal, _wal(kept))
        path.with_name(path.name + "-shm").unlink(missing_ok=True)
        os.replace(incoming, path)
        _fsync(path.parent)
    finally:
        incoming.unlink(missing_ok=True)
    return kept


# --- upgrading ----------------------------------------------------------------------------------


def _drop_unfinished(connection: Connection) -> None:
    """Drop the empty tables an interrupted creation left, inside the creating transaction."""

    def query(sql: str) -> list[tuple[object, ...]]:
        return [tuple(row) for row in connection.exec_driver_sql(sql).fetchall()]

    names = _table_names(query)
    if "alembic_version" in names and query("SELECT 1 FROM alembic_version"):
        return  # another start has just finished creating it
    if not _unfinished_creation(names, _rows_in(query, names)):
        raise NotAKontorDatabaseError(Path(connection.engine.url.database or ""), "it changed")
    if "contact_search" in names:
        connection.exec_driver_sql('DROP TABLE "contact_search"')
    # Tables that refer to others go before the tables they refer to.
    from app.store.schema import metadata

    order = [t.name for t in reversed(metadata.sorted_tables)]
    left = _table_names(query)
    for name in [n for n in order if n in left] + sorted(left - set(order)):
        if not name.startswith("sqlite_"):
            connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')


def upgrade(path: Path, target: str = "head", *, create_from_schema: bool = True) -> UpgradeResult:
    """Check and upgrade the file at ``path``; see the module docstring for the order.

    A new book (an empty file) is made straight from the newest schema
    (:mod:`app.store.new_book`) unless ``create_from_schema`` is false or ``target`` names a
    revision: then the migrations make it, as they upgrade an older file."""
    state = _inspect(path, check=True)
    current = state.revision
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(path, current)
    head = head_revision() if target == "head" else target
    if current == head:
        prepare_file(path)
        return UpgradeResult(from_revision=current, to_revision=head, backup=None)
    if create_from_schema and target == "head" and current is None and not state.unfinished:
        from app.store.new_book import create_new_book

        try:
            created = create_new_book(path, head)
        except sqlite3.Error as exc:
            raise UpgradeFailedError(path, None, head, str(exc), None) from exc
        if created:
            return UpgradeResult(from_revision=None, to_revision=head, backup=None)
    backup = None
    if current is not None:
        backup = backup_file(path, f"before-{head}")
    from alembic import command

    engine = create_sqlite_engine(path, transactional_ddl=True)
    try:
        with engine.begin() as connection:
            if state.unfinished:
                _drop_unfinished(connection)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            check_foreign_keys(connection)
    except DatabaseVersionError:
        raise
    except Exception as exc:
        reason = str(getattr(exc, "orig", None) or exc) or type(exc).__name__
        raise UpgradeFailedError(path, current, head, reason, backup) from exc
    finally:
        engine.dispose()
    return UpgradeResult(from_revision=current, to_revision=head, backup=backup)


# The niceness of the thread checking the file while the window starts (Linux: a thread has
# its own): a check of a large book takes a processor for many seconds, and the window's
# first screen goes first.
CHECK_NICENESS = 10


def _yield_the_processor() -> None:
    """Lower the calling thread's priority where the system gives each thread its own (Linux);
    elsewhere (the call would lower the whole program's), leave it."""
    if not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return
    # Not allowed (a sandbox): the check runs at the usual priority.
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CHECK_NICENESS)


class FileCheck:
    """SQLite's ``quick_check`` of a database file, on a thread of its own.

    SQLite lets go of the interpreter while it reads, so the check runs beside the window's
    start, at a lower priority (:data:`CHECK_NICENESS`).  :meth:`wait` returns once the file
    was found sound and raises :class:`DatabaseVersionError` (a :class:`DamagedDatabaseError`
    for damage) otherwise."""

    def __init__(self, path: Path, *, lower_priority: bool = True) -> None:
        self.path = path
        self._lower_priority = lower_priority
        self._error: DatabaseVersionError | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="database-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self._lower_priority:
            _yield_the_processor()
        try:
            _inspect(self.path, check=True)
        except DatabaseVersionError as exc:
            self._error = exc
        except Exception as exc:  # an unexpected failure is reported like the others
            self._error = DatabaseVersionError(
                translate(
                    "Database",
                    "The database {file} could not be checked ({error}). It has not been changed.",
                ).format(file=self.path.name, error=exc)
            )
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def error(self) -> DatabaseVersionError | None:
        """What the check found (``None``: sound, or not finished yet)."""
        return self._error if self._done.is_set() else None

    def wait(self) -> None:
        self._done.wait()
        if self._error is not None:
            raise self._error


def open_database(
    path: Path, *, check_later: bool = False, check_before_use: bool = False
) -> Database:
    """Check, upgrade as needed and open ``path``.

    With ``check_later``, a file already at the newest revision is opened at once and checked
    on a thread (:class:`FileCheck`, the database's ``start_check``); writes wait for the
    check and are refused when it fails.  A file to be created or upgraded is checked first,
    as without it.

    With ``check_before_use`` (a command that loads its modules before it reads: ``kontor
    sync``), a file at the newest revision is checked on a thread as well, at the usual
    priority, while the command goes on loading; every read and write waits for the check
    and raises its error (a :class:`DamagedDatabaseError` for damage) when it fails.  Nothing
    touches the file before it was found sound, as when it is checked first; the check's
    reading of a big book (0.08 s at 10,000 contacts) only no longer stands before the rest
    of the start.

    Raises :class:`DatabaseVersionError` (with a message for the user) when the file cannot be
    used: damaged, from a newer Kontor, not a Kontor database, or an upgrade that failed."""
    if check_later or check_before_use:
        state = _inspect(path, check=False)
        at_head = state.revision is not None and state.revision == head_revision()
        if at_head and not state.unfinished:
            prepare_file(path)
            if check_before_use:
                check = FileCheck(path, lower_priority=False)
                return Database.open(path, start_check=check, reads_wait=True)
            return Database.open(path, start_check=FileCheck(path))
    upgrade(path)
    return Database.open(path)
