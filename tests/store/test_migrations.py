from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.paths import repo_root
from app.store import migrations
from app.store.database import Database
from app.store.schema import metadata
from app.store.unit_of_work import unit_of_work


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_creates_every_table_on_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "kontor.sqlite"
    result = migrations.upgrade(path)
    assert result.from_revision is None
    assert result.to_revision == migrations.head_revision()
    assert result.backup is None
    assert {t.name for t in metadata.sorted_tables} <= _tables(path)
    assert "contact_search" in _tables(path)


def test_schema_of_the_migrations_matches_the_tables_the_code_uses(tmp_path: Path) -> None:
    db = migrations.open_database(tmp_path / "k.sqlite")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, _p: (
                    not (type_ == "table" and name.startswith("contact_search"))
                )
            },
        )
        assert compare_metadata(context, metadata) == []
    db.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")
def test_file_is_private_and_pragmas_are_set(tmp_path: Path) -> None:
    path = tmp_path / "private" / "kontor.sqlite"
    db = migrations.open_database(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    with db.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.close()


def test_alembic_command_line_upgrades_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite"
    env = {**os.environ, "KONTOR_DB": str(path)}
    done = subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=repo_root(),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert migrations.read_revision(path) == migrations.head_revision()


def test_upgrade_from_the_previous_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0001")
    assert migrations.read_revision(path) == "0001"
    assert "contact_search" not in _tables(path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO contacts (id, kind, name, sort_name, created_at, updated_at, "
            "representatives, founders, leaders, custom_fields, remote_deleted, extra) "
            "VALUES ('c1', 'individual', 'Old Timer', 'old timer', "
            "'2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00', "
            "'[]', '[]', '[]', '{}', 0, '{}')"
        )
        conn.execute(
            "INSERT INTO emails (id, contact_id, position, type, usage_context, address, extra)"
            " VALUES ('e1', 'c1', 0, 'PERSONAL_EMAIL', 'PERSONAL', 'old@timer.example', '{}')"
        )

    result = migrations.upgrade(path)

    assert result.from_revision == "0001"
    assert result.backup is not None and result.backup.exists()
    assert migrations.read_revision(result.backup) == "0001"
    db = Database.open(path)
    with unit_of_work(db) as uow:
        assert uow.contacts.get("c1").emails[0].address == "old@timer.example"
        assert [c.id for c in uow.contacts.summaries(search="timer")] == ["c1"]
    db.close()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()  # the last connection folds the WAL back into the file
    before = _digest(path)
    neighbours = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(migrations.NewerDatabaseError) as raised:
        migrations.open_database(path)

    assert "newer version of Kontor" in str(raised.value)
    assert "has not been changed" in str(raised.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours  # no backup, no WAL


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database")
    before = _digest(path)
    with pytest.raises(migrations.NotAKontorDatabaseError):
        migrations.open_database(path)
    assert _digest(path) == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(migrations.NotAKontorDatabaseError):
        migrations.open_database(path)
    assert _tables(path) == {"invoices"}
