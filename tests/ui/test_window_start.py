"""Starting and closing the window: the first page first, the database checked beside it, and
no list read left running when the window is gone."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import build_services
from app.cli.main import main
from app.domain.models import IndividualContact
from app.services.registry import Services
from app.store import migrations
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.app import build_main_window, show_main_window
from app.ui.contact_table_model import Column
from tests.store.old_databases import corrupt, digest


def _people(db: Database, count: int) -> None:
    with unit_of_work(db) as uow:
        uow.contacts.add_many(IndividualContact(name=f"Person {n:03d}") for n in range(count))


def test_closing_the_window_cancels_and_waits_for_the_lists_reads(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _people(tmp_db, 120)
    services = Services.over(tmp_db)
    window = build_main_window(services, "k.sqlite")
    qtbot.addWidget(window)
    window.show()
    list_view = window.people.list_view
    qtbot.waitUntil(lambda: not list_view.count_pending, timeout=5000)

    started = threading.Event()
    cancels: list[object] = []
    positions = services.directory.positions

    def slow_positions(query: object, cancel: object = None) -> object:
        cancels.append(cancel)
        started.set()
        # A long read: it ends when cancelled (as SQLite's interrupt ends a real one).
        while not getattr(cancel, "cancelled", False):
            threading.Event().wait(0.01)
        return positions(query, cancel)  # type: ignore[arg-type]

    monkeypatch.setattr(services.directory, "positions", slow_positions)
    qtbot.keyClicks(window.search_edit, "per")
    qtbot.waitUntil(started.is_set, timeout=5000)

    window.close()

    # The read was cancelled and the list's worker is idle the moment close() returns.
    assert cancels and cancels[-1].cancelled  # type: ignore[attr-defined]
    assert list_view.wait(0)


def test_the_first_page_shows_before_the_rest_of_the_window_is_built(
    qtbot: QtBot, tmp_db: Database
) -> None:
    _people(tmp_db, 3)
    services = Services.over(tmp_db)
    window = show_main_window(services, "k.sqlite")
    qtbot.addWidget(window)
    # Shown at once: People with its rows; the other sections are not made yet.
    model = window.table.model()
    assert [model.index(r, Column.NAME).data() for r in range(3)] == [
        "Person 000",
        "Person 001",
        "Person 002",
    ]
    assert window.nav_list.count() == 2
    assert not window.people.has_editor()
    # Once the table has been painted, the rest follows.
    qtbot.waitUntil(lambda: window.nav_list.count() > 2, timeout=5000)
    keys = [section.key for section in window.sections]
    for key in ("people", "organizations", "customer_lists", "tags", "trash", "pending"):
        assert key in keys
    assert window.people.has_editor()
    assert window.count_label.text() == "3 people"
    assert window.people.list_view.tag_filter.count() >= 1


def _damaged(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    _people(db, 400)
    db.close()
    good = migrations.backup_file(path, "manual")
    corrupt(path)
    return path, good


def test_a_file_checked_after_opening_refuses_writes_when_damaged(tmp_path: Path) -> None:
    path, good = _damaged(tmp_path)
    before = digest(path)
    services = build_services(path, check_later=True)
    try:
        found = services.wait_for_start_check()
        assert isinstance(found, migrations.DamagedDatabaseError)
        assert found.backup == good
        with pytest.raises(migrations.DamagedDatabaseError):
            _people(services.db, 1)
    finally:
        services.close()
    assert digest(path) == before


def test_the_window_closes_when_the_check_finds_the_file_damaged(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert QApplication.instance() is not None
    path, good = _damaged(tmp_path)
    before = digest(path)

    assert main(["--db", str(path)]) == 2

    err = capsys.readouterr().err
    assert "damaged" in err and good.name in err and "restore-backup" in err
    assert digest(path) == before
