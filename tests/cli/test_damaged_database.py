"""From the command line a database Kontor cannot open is a message, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.operations import Operations

from app.cli.main import main
from app.domain.models import IndividualContact
from app.store import head_schema, migrations
from app.store.unit_of_work import unit_of_work
from tests.store.old_databases import corrupt, digest, quick_check


@pytest.fixture(autouse=True)
def no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window must never open on these files; if it would, the command ends with 99."""
    import app.ui.app

    monkeypatch.setattr(app.ui.app, "run_gui", lambda *_a, **_k: 99)


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add_many(
            IndividualContact(name=f"Person {n:04d} " + "y" * 200) for n in range(400)
        )
    db.close()
    good = migrations.backup_file(path, "manual")
    corrupt(path)
    return path, good


@pytest.mark.parametrize(
    "command",
    [["upgrade-db", "--db"], ["export", "--db"], ["sync", "--db"], ["--db"]],
    ids=["upgrade-db", "export", "sync", "window"],
)
def test_a_damaged_database_is_a_clear_message_and_stays_untouched(
    damaged: tuple[Path, Path], command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = damaged
    before = digest(path)

    assert main([*command, str(path)]) == 2

    err = capsys.readouterr().err
    assert "damaged" in err
    assert good.name in err
    assert "restore-backup" in err
    assert "Traceback" not in err
    assert digest(path) == before


def test_restore_backup_puts_the_newest_good_backup_in_place(
    damaged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = damaged
    before = digest(path)

    assert main(["restore-backup", "--db", str(path)]) == 0

    out = capsys.readouterr().out
    assert good.name in out
    kept = [p for p in path.parent.iterdir() if p.is_file() and p != path]
    assert [digest(p) for p in kept] == [before]
    assert kept[0].name in out
    assert quick_check(path) == "ok"
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        assert uow.contacts.count(include_trash=True) == 400
    db.close()


def test_restore_backup_without_a_good_backup_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path)
    assert main(["restore-backup", "--db", str(path)]) == 2
    assert "no good backup" in capsys.readouterr().err


@pytest.mark.parametrize("made_by", ["migrations", "schema"])
def test_a_failing_upgrade_is_a_clear_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    made_by: str,
) -> None:
    def failing(self: Operations, *args: Any, **kwargs: Any) -> Any:
        raise OSError("disk full")

    if made_by == "migrations":
        # A snapshot of another revision leaves the new book to the migrations.
        monkeypatch.setattr(head_schema, "REVISION", "")
        monkeypatch.setattr(Operations, "create_table", failing)
    else:
        broken = (*head_schema.STATEMENTS, "SELECT raise_disk_full()")
        monkeypatch.setattr(head_schema, "STATEMENTS", broken)
    path = tmp_path / "kontor.sqlite"

    assert main(["upgrade-db", "--db", str(path)]) == 2

    err = capsys.readouterr().err
    assert ("disk full" if made_by == "migrations" else "raise_disk_full") in err
    assert "has been left as it was" in err
