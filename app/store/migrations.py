"""Bringing a database file to the schema this version of Kontor expects.

Order of work on start:
1. Look at the file read-only.  A schema revision this version does not know means the file was
   written by a newer Kontor: refuse with a clear message and leave the file untouched.
2. If the file holds data at an older revision, copy it with SQLite's online backup first.
3. Run the Alembic upgrade to head.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from alembic import command
from app.paths import backups_dir, repo_root
from app.store.database import Database, prepare_file


class DatabaseVersionError(Exception):
    """The database cannot be opened by this version of Kontor."""


class NewerDatabaseError(DatabaseVersionError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The database {path.name} was last used by a newer version of Kontor "
            f"(schema {revision}). Please install the latest Kontor to open it. "
            "The file has not been changed."
        )
        self.path = path
        self.revision = revision


class NotAKontorDatabaseError(DatabaseVersionError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path} is not a Kontor database ({reason}). The file has not been changed."
        )
        self.path = path


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(repo_root() / "alembic"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the project always ships revisions
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``, read without changing the file.

    ``None`` for an empty or new file.  Raises :class:`NotAKontorDatabaseError` for a file that
    is not SQLite, or is SQLite with tables but no Kontor revision.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Without a WAL file beside it, open the file as immutable: SQLite then makes no -shm or
    # -wal file either, so looking leaves the folder exactly as it was.
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    except sqlite3.Error as exc:
        raise NotAKontorDatabaseError(path, str(exc)) from exc
    try:
        names = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in names:
            if names:
                raise NotAKontorDatabaseError(path, "it holds other tables")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise NotAKontorDatabaseError(path, str(exc)) from exc
    finally:
        conn.close()


def backup_file(path: Path, label: str) -> Path:
    """An online backup of ``path`` into the backups folder, private like the original."""
    folder = backups_dir(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    prepare_file(target)
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        with dest:
            source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def upgrade(path: Path, target: str = "head") -> UpgradeResult:
    """Check and upgrade the file at ``path``; see the module docstring for the order."""
    current = read_revision(path)
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(path, current)
    head = head_revision() if target == "head" else target
    backup = None
    if current is not None and current != head:
        backup = backup_file(path, f"before-{head}")
    db = Database.open(path)
    try:
        if current != head:
            config = alembic_config()
            with db.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, target)
    finally:
        db.close()
    return UpgradeResult(from_revision=current, to_revision=head, backup=backup)


def open_database(path: Path) -> Database:
    """Upgrade ``path`` as needed and open it."""
    upgrade(path)
    return Database.open(path)
