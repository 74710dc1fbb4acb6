"""Creating, upgrading and filling a database happens whole or not at all; a damaged file is
not opened for writing, and a good backup can take its place."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.operations import Operations

from app.domain.models import Email, IndividualContact
from app.services import seeding
from app.store import migrations
from app.store.database import Database, check_foreign_keys, create_sqlite_engine
from app.store.schema import metadata
from app.store.unit_of_work import unit_of_work
from tests.store.old_databases import (
    build_old_database,
    copy_database,
    corrupt,
    digest,
    quick_check,
    schema_and_rows,
    tables,
)


class InjectedError(RuntimeError):
    """A failure injected in the middle of a migration."""


def _fail_when(monkeypatch: pytest.MonkeyPatch, method: str, name: str) -> None:
    """Make the migration operation ``method`` raise when it is given ``name``."""
    original = getattr(Operations, method)

    def failing(self: Operations, *args: Any, **kwargs: Any) -> Any:
        if args[:1] == (name,) or kwargs.get("table_name", kwargs.get("index_name")) == name:
            raise InjectedError(f"{method} {name}")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Operations, method, failing)


@pytest.fixture(scope="module")
def at_0003(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("old") / "kontor.sqlite"
    build_old_database(path, "0003", contacts=300)
    return path


def test_a_creation_that_fails_midway_leaves_no_table_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kontor.sqlite"
    _fail_when(monkeypatch, "create_table", "sync_records")  # revision 0004

    with pytest.raises((migrations.DatabaseVersionError, InjectedError)) as raised:
        migrations.upgrade(path, create_from_schema=False)

    assert tables(path) == set()
    assert migrations.read_revision(path) is None
    # Told as a message for the user, not a raw error.
    assert isinstance(raised.value, migrations.DatabaseVersionError)
    assert "has been left as it was" in str(raised.value)
    monkeypatch.undo()
    result = migrations.upgrade(path)  # the next start creates it cleanly
    assert result.to_revision == migrations.head_revision()
    assert {t.name for t in metadata.sorted_tables} <= tables(path)


def test_an_upgrade_that_fails_midway_leaves_the_old_database_exactly_as_it_was(
    at_0003: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_database(at_0003, tmp_path / "kontor.sqlite")
    before = schema_and_rows(path)
    # 0004 adds a column first, then tables; 0005 comes after it in the same run.
    _fail_when(monkeypatch, "create_table", "sync_records")

    with pytest.raises((migrations.DatabaseVersionError, InjectedError)) as raised:
        migrations.upgrade(path)

    assert migrations.read_revision(path) == "0003"
    assert schema_and_rows(path) == before
    assert isinstance(raised.value, migrations.DatabaseVersionError)
    monkeypatch.undo()
    migrations.upgrade(path)
    assert migrations.read_revision(path) == migrations.head_revision()
    with sqlite3.connect(path) as conn:
        journaled = conn.execute(
            "SELECT count(DISTINCT aggregate_id) FROM change_journal"
        ).fetchone()[0]
        outbox = conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    assert journaled == outbox == 300


def test_a_failure_in_the_last_revision_undoes_the_earlier_ones_of_the_run(
    at_0003: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_database(at_0003, tmp_path / "kontor.sqlite")
    before = schema_and_rows(path)
    _fail_when(monkeypatch, "create_index", "ix_contact_keys_kind_key")  # revision 0005

    with pytest.raises((migrations.DatabaseVersionError, InjectedError)) as raised:
        migrations.upgrade(path)

    assert migrations.read_revision(path) == "0003"
    assert schema_and_rows(path) == before
    assert isinstance(raised.value, migrations.DatabaseVersionError)


def test_a_half_created_file_from_an_older_kontor_is_created_again(tmp_path: Path) -> None:
    """Older versions committed each CREATE alone: a kill left empty tables and no revision."""
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0001")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE alembic_version")
    conn.close()

    db = migrations.open_database(path)
    db.close()

    assert migrations.read_revision(path) == migrations.head_revision()


def test_a_file_with_tables_and_rows_but_no_revision_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0001")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE alembic_version")
        conn.execute(
            "INSERT INTO contact_configuration (id, data, updated_at) VALUES (1, '{}', 'x')"
        )
    conn.close()
    before = digest(path)
    with pytest.raises(migrations.NotAKontorDatabaseError):
        migrations.open_database(path)
    assert digest(path) == before


def test_demo_data_is_added_whole_or_not_at_all(
    tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = seeding.generate_contacts

    def breaks_after_five(count: int, seed: int = 1, **options: Any) -> Iterator[Any]:
        for made, contact in enumerate(real(count, seed, **options)):
            if made == 5:
                raise InjectedError("generator broke")
            yield contact

    monkeypatch.setattr(seeding, "generate_contacts", breaks_after_five)
    with pytest.raises(InjectedError):
        seeding.generate(tmp_db, 8, chunk=2)
    with unit_of_work(tmp_db) as uow:
        assert uow.contacts.count(include_trash=True) == 0


# --- backups ----------------------------------------------------------------------------------


def _book(path: Path, names: list[str]) -> None:
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add_many(IndividualContact(name=name) for name in names)
    db.close()


def test_a_backup_is_complete_under_its_name_and_leftovers_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    _book(path, ["Ada Backup"])
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    leftover = folder / ".kontor-manual-20200101T000000000000Z.sqlite.part"
    leftover.write_bytes(b"half a backup")
    old = time.time() - 3600
    os.utime(leftover, (old, old))

    backup = migrations.backup_file(path, "manual")

    assert backup.parent == folder and backup.suffix == ".sqlite"
    assert quick_check(backup) == "ok"
    assert migrations.read_revision(backup) == migrations.head_revision()
    assert not leftover.exists()
    assert [p for p in folder.iterdir() if p.name.startswith(".")] == []
    if os.name == "posix":
        assert backup.stat().st_mode & 0o777 == 0o600


def test_the_newest_good_backup_skips_empty_and_broken_files(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    _book(path, ["Ada Backup"])
    good = migrations.backup_file(path, "manual")
    folder = good.parent
    newer_empty = folder / "kontor-before-0006-29990101T000000000000Z.sqlite"
    newer_empty.touch()
    newer_junk = folder / "kontor-before-0006-29990102T000000000000Z.sqlite"
    newer_junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    other_book = folder / "other-manual-29990103T000000000000Z.sqlite"
    copy_database(good, other_book)

    assert migrations.newest_good_backup(path) == good


# --- a damaged file ---------------------------------------------------------------------------


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A database whose pages are damaged, and a good backup of it made before."""
    path = tmp_path / "kontor.sqlite"
    _book(path, [f"Person {n:04d} " + "x" * 200 for n in range(400)])
    good = migrations.backup_file(path, "manual")
    corrupt(path)
    assert quick_check(path) != "ok"
    return path, good


def test_a_damaged_database_is_not_opened_and_the_newest_good_backup_is_named(
    damaged: tuple[Path, Path],
) -> None:
    path, good = damaged
    before = digest(path)
    neighbours = sorted(p.name for p in path.parent.iterdir())

    with pytest.raises(migrations.DamagedDatabaseError) as raised:
        migrations.open_database(path)

    assert raised.value.backup == good
    assert "damaged" in str(raised.value)
    assert good.name in str(raised.value)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours


def test_restoring_the_backup_keeps_the_damaged_file_aside(
    damaged: tuple[Path, Path],
) -> None:
    path, good = damaged
    before = digest(path)

    kept = migrations.restore_backup(path, good)

    assert kept.exists() and kept.parent == path.parent and kept != path
    assert digest(kept) == before
    assert good.exists()  # the backup stays a backup
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        assert uow.contacts.count(include_trash=True) == 400
    db.close()
    assert quick_check(path) == "ok"


# --- foreign keys during schema changes -------------------------------------------------------


def test_a_table_rebuilt_in_a_schema_change_keeps_the_rows_that_point_at_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add(
            IndividualContact(
                id="c1",
                name="Pointed At",
                emails=[Email(address="a@b.example", type="WORK_EMAIL", usage_context="WORK")],
            )
        )
    db.close()
    engine = create_sqlite_engine(path, transactional_ddl=True)
    try:
        with engine.begin() as conn:
            # What a batch operation does: copy the table, drop it, rename the copy.
            create = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'contacts'"
            ).scalar_one()
            conn.exec_driver_sql(create.replace("contacts", "_copy", 1))
            conn.exec_driver_sql("INSERT INTO _copy SELECT * FROM contacts")
            conn.exec_driver_sql("DROP TABLE contacts")
            conn.exec_driver_sql("ALTER TABLE _copy RENAME TO contacts")
            assert conn.exec_driver_sql("SELECT count(*) FROM emails").scalar() == 1
            check_foreign_keys(conn)
    finally:
        engine.dispose()


def test_a_schema_change_that_leaves_a_dangling_reference_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add(
            IndividualContact(
                id="c1",
                name="Pointed At",
                emails=[Email(address="a@b.example", type="WORK_EMAIL", usage_context="WORK")],
            )
        )
    db.close()
    engine = create_sqlite_engine(path, transactional_ddl=True)
    try:
        with pytest.raises(RuntimeError, match="emails"), engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM contacts WHERE id = 'c1'")
            check_foreign_keys(conn)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    raw.close()
