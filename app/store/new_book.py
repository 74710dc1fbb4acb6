"""Creating a new book straight from the newest schema, without running the migrations.

A new, empty file is given the schema the migrations leave (:mod:`app.store.head_schema`: the
``CREATE`` statements of every table, index, trigger, view and virtual table, in their own
words) and the rows they put into an empty book, and is stamped at the newest revision, in
one transaction: whole or not at all, as the migrated creation.  It spares loading Alembic and
running every revision (about 0.4 s of a first ``kontor sync`` into a new book).

``tests/store/test_new_book.py`` holds a book made this way to one made by the migrations
(every entry of ``sqlite_master`` with its SQL, the pragmas and every row), so the two cannot
drift apart.  :mod:`app.store.head_schema` is written by ``python3 -m app.store.new_book``
after a revision is added; until then the snapshot names an older revision and new books are
made by the migrations, as before.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.store.database import _for_schema_changes, _on_connect, prepare_file

# What the migrations put into an empty book besides its schema: the enfore account
# (revision 0006, from sync settings an empty book does not have).
NEW_BOOK_ROWS: tuple[str, ...] = (
    """INSERT INTO accounts (id, type, name, base_url, tenant, user_name, interval_minutes,
                          enabled, settings, created_at)
    VALUES (1, 'enfore', 'enfore', '', '', '', 15, 1,
            json_object('sync_on_start', json('true'), 'route_overrides', json('{}')),
            strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))""",
)

# The order statements are made in: a table before its indexes and triggers.
_TYPE_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


def schema_statements(conn: sqlite3.Connection) -> list[str]:
    """The statements that make the schema of the book open on ``conn``: each entry of
    ``sqlite_master`` with SQL of its own (not SQLite's own tables, the indexes SQLite makes
    for constraints, or the shadow tables a virtual table makes itself)."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [
        str(name)
        for _type, name, sql in rows
        if str(sql).upper().startswith("CREATE VIRTUAL TABLE")
    ]
    kept = [
        (str(kind), str(sql))
        for kind, name, sql in rows
        if not str(name).startswith("sqlite_")
        and not any(str(name).startswith(f"{v}_") for v in virtual)
    ]
    return [sql for _kind, sql in sorted(kept, key=lambda entry: _TYPE_ORDER[entry[0]])]


def create_new_book(path: Path, revision: str) -> bool:
    """Give the empty file at ``path`` the schema of ``revision`` in one transaction.

    ``False`` (and nothing done) when the snapshot is not of ``revision`` or the file is not
    empty (another start has just created it): the migrations then decide.  Raises
    :class:`sqlite3.Error` when a statement fails; the file is then as it was."""
    from app.store import head_schema

    if revision != head_schema.REVISION:
        return False
    prepare_file(path)
    conn = sqlite3.connect(path)
    try:
        _on_connect(conn, None)
        _for_schema_changes(conn, None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                conn.execute("ROLLBACK")
                return False
            _run(conn, head_schema.STATEMENTS)
            _run(conn, NEW_BOOK_ROWS)
            conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlite3.IntegrityError("references to missing rows")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return True


def _run(conn: sqlite3.Connection, statements: Iterable[str]) -> None:
    for statement in statements:
        conn.execute(statement)


def write_snapshot(target: Path) -> str:
    """Migrate a new book to the newest revision and write its schema to ``target`` (the
    source of :mod:`app.store.head_schema`); returns the revision."""
    from app.store.migrations import head_revision, upgrade

    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "migrated.sqlite"
        upgrade(book, create_from_schema=False)
        conn = sqlite3.connect(book)
        try:
            statements = schema_statements(conn)
        finally:
            conn.close()
    revision = head_revision()
    lines = [
        '"""The schema of a new book at the newest revision, as the migrations leave it.',
        "",
        "Written by ``python3 -m app.store.new_book``; do not edit (see :mod:`app.store.new_book`).",
        '"""',
        "",
        "from typing import Final",
        "",
        f"REVISION: Final = {revision!r}",
        "",
        "STATEMENTS: Final[tuple[str, ...]] = (",
        *(f"    {statement!r}," for statement in statements),
        ")",
        "",
    ]
    target.write_text("\n".join(lines), encoding="utf-8")
    return revision


if __name__ == "__main__":  # pragma: no cover - run by hand after adding a revision
    written = write_snapshot(Path(__file__).with_name("head_schema.py"))
    print(f"app/store/head_schema.py: the schema at revision {written}", file=sys.stderr)
