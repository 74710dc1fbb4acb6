"""A book opened with its check on a thread (``kontor sync``) is not read or written before
the check found it sound, and a damaged one is refused as when it is checked first."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.domain.models import IndividualContact
from app.store import migrations
from app.store.unit_of_work import unit_of_work
from tests.store.old_databases import corrupt, digest, quick_check


def _book(path: Path, count: int) -> None:
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add_many(
            IndividualContact(name=f"Person {n:04d} " + "x" * 200) for n in range(count)
        )
    db.close()


def test_a_damaged_book_is_neither_read_nor_written_and_the_good_backup_is_named(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kontor.sqlite"
    _book(path, 400)
    good = migrations.backup_file(path, "manual")
    corrupt(path)
    assert quick_check(path) != "ok"
    before = digest(path)

    db = migrations.open_database(path, check_before_use=True)
    try:
        for use in (db.reading, db.transaction, db.plain_reading):
            with pytest.raises(migrations.DamagedDatabaseError) as raised, use():
                pass
            assert raised.value.backup == good
        assert not db.engine_ready()  # the engine was never handed out
    finally:
        db.close()
    assert digest(path) == before


def test_reads_wait_for_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kontor.sqlite"
    _book(path, 3)
    release, started = threading.Event(), threading.Event()
    inspect = migrations._inspect

    def slow(target: Path, *, check: bool) -> migrations._FileState:
        if check:
            started.set()
            assert release.wait(10)
        return inspect(target, check=check)

    monkeypatch.setattr(migrations, "_inspect", slow)
    db = migrations.open_database(path, check_before_use=True)
    counted: list[int] = []

    def read() -> None:
        with unit_of_work(db) as uow:
            counted.append(uow.contacts.count())

    reader = threading.Thread(target=read)
    try:
        assert started.wait(10)
        reader.start()
        reader.join(0.3)
        assert reader.is_alive() and counted == []  # waiting for the check
        release.set()
        reader.join(10)
        assert counted == [3]
    finally:
        release.set()
        reader.join(10)
        db.close()


def test_a_new_or_older_book_is_checked_and_made_first(tmp_path: Path) -> None:
    db = migrations.open_database(tmp_path / "new.sqlite", check_before_use=True)
    try:
        assert db.start_check is None
        with unit_of_work(db) as uow:
            assert uow.contacts.count() == 0
    finally:
        db.close()
