"""Revision 0008: sync issues can hold a remote record waiting to be linked or made new."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from alembic import command
from app.store import migrations

_INSERT = (
    "INSERT INTO sync_issues (id, account_id, local_id, aggregate, kind, issue, title, detail,"
    " theirs, theirs_etag, seq, at) VALUES (?, ?, ?, 'contact', 'individual', ?, 'Ann', '{}',"
    " NULL, NULL, 0, '2026-01-01T00:00:00+00:00')"
)


def test_upgrade_keeps_issues_and_accepts_link_or_create(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0007")
    with sqlite3.connect(path) as conn:
        conn.execute(_INSERT, ("i1", 1, "c1", "conflict"))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(_INSERT, ("i2", 1, "c2", "link_or_create"))
    migrations.upgrade(path)
    with sqlite3.connect(path) as conn:
        conn.execute(_INSERT, ("i2", 2, "c2", "link_or_create"))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(_INSERT, ("i3", 1, "c3", "something_else"))
        with pytest.raises(sqlite3.IntegrityError):  # still one issue per record and account
            conn.execute(_INSERT, ("i4", 1, "c1", "rejected"))
        rows = conn.execute("SELECT id, issue FROM sync_issues ORDER BY id").fetchall()
    assert rows == [("i1", "conflict"), ("i2", "link_or_create")]


def test_downgrade_drops_only_the_waiting_matches(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    with db.engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute(_INSERT, ("i1", 1, "c1", "conflict"))
        raw.execute(_INSERT, ("i2", 2, "c2", "link_or_create"))
    config = migrations.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    db.close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, issue FROM sync_issues").fetchall()
    assert rows == [("i1", "conflict")]
