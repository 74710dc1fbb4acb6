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

from alembic import command
from app.domain.models import IndividualContact
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


def _raw_contact(conn: sqlite3.Connection, contact_id: str, name: str) -> None:
    conn.execute(
        "INSERT INTO contacts (id, kind, name, sort_name, created_at, updated_at, "
        "representatives, founders, leaders, custom_fields, remote_deleted, extra) "
        "VALUES (?, 'individual', ?, lower(?), '2020-01-01T00:00:00+00:00', "
        "'2020-01-01T00:00:00+00:00', '[]', '[]', '[]', '{}', 0, '{}')",
        (contact_id, name, name),
    )


def test_listing_revision_fills_sort_keys_and_ties_contacts_to_their_search_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0001")
    with sqlite3.connect(path) as conn:
        _raw_contact(conn, "c1", "Old Timer")
        conn.execute(
            "INSERT INTO emails (id, contact_id, position, type, usage_context, address, extra)"
            " VALUES ('e1', 'c1', 0, 'PERSONAL_EMAIL', 'PERSONAL', 'Old@Timer.example', '{}')"
        )
        conn.execute(
            "INSERT INTO addresses (id, contact_id, position, type, usage_context, full_address,"
            " city, country_code, usages, extra) VALUES ('a1', 'c1', 0, 'HOME_OFFICE',"
            " 'PERSONAL', 'x', 'KÖLN', 'DE', '[]', '{}')"
        )
        _raw_contact(conn, "c2", "Ösz Known")
    migrations.upgrade(path, target="0002")
    with sqlite3.connect(path) as conn:
        # A contact the index missed, and an index row without a contact.
        _raw_contact(conn, "c3", "Late Comer")
        conn.execute("INSERT INTO contact_search (contact_id, body) VALUES ('ghost', 'ghost')")
        fts_c1 = conn.execute("SELECT rowid FROM contact_search WHERE contact_id = 'c1'").fetchone()

    migrations.upgrade(path)

    with sqlite3.connect(path) as conn:
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, search_rowid, sort_email, sort_phone, sort_city, sort_country, "
                "sort_name FROM contacts"
            )
        }
        index = dict(conn.execute("SELECT rowid, contact_id FROM contact_search").fetchall())
    assert rows["c1"] == (fts_c1[0], "old@timer.example", None, "koln", "de", "old timer")
    # Names sort with their accents folded (SQLite's lower() had left the Ö).
    assert rows["c2"][1:] == (None, None, None, None, "osz known")
    assert {index[rows[c][0]] for c in rows} == {"c1", "c2", "c3"}
    assert sorted(index.values()) == ["c1", "c2", "c3"]  # the ghost row is gone
    db = Database.open(path)
    with unit_of_work(db) as uow:
        assert [c.id for c in uow.contacts.summaries(search="comer")] == ["c3"]
        assert [c.id for c in uow.contacts.summaries(search="köln")] == ["c1"]
        # A new contact gets a search row of its own, after the ones there are.
        uow.contacts.add(IndividualContact(id="c4", name="Newcomer"))
        assert [c.id for c in uow.contacts.summaries(search="comer")] == ["c3", "c4"]
    db.close()


def test_listing_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add(IndividualContact(name="Round Trip"))
    config = migrations.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    db.close()
    assert migrations.read_revision(path) == "0002"
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(contacts)")}
    assert "search_rowid" not in columns
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        assert [c.name for c in uow.contacts.summaries(search="round")] == ["Round Trip"]
    db.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads have their own nice")
def test_the_check_beside_the_window_runs_at_a_lower_priority(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path)
    seen: list[int] = []

    def inspect(_path: Path, *, check: bool) -> None:
        seen.append(os.getpriority(os.PRIO_PROCESS, 0))  # the calling thread's, on Linux

    monkeypatch.setattr(migrations, "_inspect", inspect)
    before = os.getpriority(os.PRIO_PROCESS, 0)
    migrations.FileCheck(path).wait()
    assert seen and seen[0] >= max(before, migrations.CHECK_NICENESS)
    # The window's own thread keeps its priority.
    assert os.getpriority(os.PRIO_PROCESS, 0) == before
