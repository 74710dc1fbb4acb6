"""Databases as older versions of Kontor left them, and ways to look inside a file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from app.services.seeding import generate
from app.store import migrations
from app.store.database import Database


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def schema_and_rows(path: Path) -> list[str]:
    """Every statement that would rebuild the file: its schema and every row, in order."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_old_database(path: Path, revision: str, contacts: int, seed: int = 5) -> None:
    """A database at ``revision`` holding ``contacts`` generated contacts and their journal.

    The contacts are written by today's code and the schema is then taken down to
    ``revision``; the last connection folds the WAL into the file, so it stands alone."""
    db = migrations.open_database(path)
    try:
        generate(db, contacts, seed=seed)
        config = migrations.alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        db.close()
    assert migrations.read_revision(path) == revision


def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def corrupt(path: Path) -> None:
    """Overwrite a few pages in the middle of a closed database with garbage."""
    with path.open("r+b") as handle:
        header = handle.read(100)
        page_size = int.from_bytes(header[16:18], "big") or 65536
        pages = path.stat().st_size // page_size
        for page in range(pages // 2, min(pages, pages // 2 + 4)):
            handle.seek(page * page_size)
            handle.write(bytes([0xA5]) * page_size)


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check"))
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def integrity_check(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def open_and_close(path: Path) -> Database:
    """Open (upgrading as a start does) and close again; returns the closed database."""
    db = migrations.open_database(path)
    db.close()
    return db
