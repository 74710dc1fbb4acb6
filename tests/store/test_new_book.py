"""A new book made straight from the newest schema is the book the migrations make."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from alembic import command
from app.store import head_schema, migrations, new_book

_NOW = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$")


def _describe(path: Path) -> dict[str, Any]:
    """Everything a book holds but where its pages lie: every ``sqlite_master`` entry with
    its SQL, the file's pragmas, and every row of every table (the search index's own
    tables too), a time of creation standing as ``<now>``."""
    conn = sqlite3.connect(path)
    try:
        master = sorted(
            conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
        )
        pragmas = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "user_version",
                "application_id",
                "journal_mode",
                "page_size",
                "auto_vacuum",
                "encoding",
            )
        }
        rows = {}
        for kind, name, _table, _sql in master:
            if kind != "table":
                continue
            found = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            rows[name] = sorted(
                (
                    tuple("<now>" if isinstance(v, str) and _NOW.match(v) else v for v in row)
                    for row in found
                ),
                key=repr,
            )
        return {"master": master, "pragmas": pragmas, "rows": rows}
    finally:
        conn.close()


def _created_at(path: Path) -> datetime:
    conn = sqlite3.connect(path)
    try:
        value = conn.execute("SELECT created_at FROM accounts WHERE id = 1").fetchone()[0]
    finally:
        conn.close()
    return datetime.fromisoformat(value)


def test_a_book_made_from_the_schema_is_the_book_the_migrations_make(tmp_path: Path) -> None:
    migrated, created = tmp_path / "migrated.sqlite", tmp_path / "created.sqlite"
    before = datetime.now(UTC)
    migrations.upgrade(migrated, create_from_schema=False)
    result = migrations.upgrade(created)
    after = datetime.now(UTC)
    assert (result.from_revision, result.to_revision, result.backup) == (
        None,
        migrations.head_revision(),
        None,
    )
    expected, got = _describe(migrated), _describe(created)
    assert got["master"] == expected["master"]
    assert got["pragmas"] == expected["pragmas"]
    assert got["rows"] == expected["rows"]
    # What the comparison shows is there: the search index, the outbox trigger, the enfore
    # account, the revision, and a file in WAL mode.
    names = {(kind, name) for kind, name, _t, _s in got["master"]}
    assert {("table", "contact_search"), ("trigger", "change_journal_outbox")} <= names
    assert ("index", "ix_contacts_search_hits") in names
    assert got["rows"]["alembic_version"] == [(migrations.head_revision(),)]
    assert [row[:3] for row in got["rows"]["accounts"]] == [(1, "enfore", "enfore")]
    assert got["pragmas"]["journal_mode"] == "wal"
    assert before.replace(microsecond=0) <= _created_at(created) <= after


def test_the_schema_snapshot_is_at_the_newest_revision() -> None:
    assert migrations.head_revision() == head_schema.REVISION, (
        "a revision was added: write app/store/head_schema.py again with "
        "`python3 -m app.store.new_book` (then ruff format it)"
    )


def test_a_new_book_is_made_without_running_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the migrations ran")

    monkeypatch.setattr(command, "upgrade", refuse)
    db = migrations.open_database(tmp_path / "new" / "kontor.sqlite")
    try:
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                migrations.head_revision()
            )
    finally:
        db.close()


def test_a_snapshot_of_an_older_revision_leaves_the_new_book_to_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[str] = []
    upgrade = command.upgrade

    def counted(config: Any, target: str, **kwargs: Any) -> None:
        ran.append(target)
        upgrade(config, target, **kwargs)

    monkeypatch.setattr(command, "upgrade", counted)
    monkeypatch.setattr(head_schema, "REVISION", "0011")
    path = tmp_path / "kontor.sqlite"
    assert migrations.upgrade(path).to_revision == migrations.head_revision()
    assert ran == ["head"]
    assert migrations.read_revision(path) == migrations.head_revision()


def test_a_creation_that_fails_midway_leaves_an_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kontor.sqlite"
    broken = (*head_schema.STATEMENTS, "CREATE TABLE contacts (id INTEGER)")
    monkeypatch.setattr(head_schema, "STATEMENTS", broken)
    with pytest.raises(migrations.UpgradeFailedError, match="could not be created"):
        migrations.upgrade(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    finally:
        conn.close()
    monkeypatch.undo()
    assert migrations.upgrade(path).to_revision == migrations.head_revision()


def test_a_book_another_start_has_just_made_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path)
    before = _describe(path)
    assert not new_book.create_new_book(path, migrations.head_revision())
    assert _describe(path) == before
