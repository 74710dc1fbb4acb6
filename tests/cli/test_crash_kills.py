"""Kontor killed (SIGKILL) at random moments while it creates, upgrades, fills and writes a
database: afterwards the file always opens, passes SQLite's integrity check and holds either
the state before the step or the state after it, never a mix.

``KONTOR_CRASH_KILLS`` sets how many kills the tests of this module make together (default
40); ``KONTOR_CRASH_SEED`` picks the moments, so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.store import migrations
from tests.store.old_databases import (
    build_old_database,
    copy_database,
    integrity_check,
    quick_check,
    schema_and_rows,
    tables,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal"),
]

KILLS = int(os.environ.get("KONTOR_CRASH_KILLS", "40"))
SEED = int(os.environ.get("KONTOR_CRASH_SEED", "20261122"))
HEAD = migrations.head_revision()


def _kills(share: float) -> int:
    return max(2, round(KILLS * share))


Step = Callable[[], int]


def _cli(*args: str) -> Step:
    """The ``kontor`` command with ``args``, as the step of a child process."""

    def step() -> int:
        from app.cli.main import main

        return main(list(args))

    return step


def _saver(path: Path, count: int) -> Step:
    """Saves contacts one by one, each in its own unit of work, reporting each after its
    commit on standard output."""

    def step() -> int:
        from app.domain.models import Email, IndividualContact
        from app.store.unit_of_work import unit_of_work

        db = migrations.open_database(path)
        for n in range(count):
            with unit_of_work(db) as uow:
                email = Email(
                    address=f"saved{n}@example.org",
                    type="WORK_EMAIL",
                    usage_context="PROFESSIONAL",
                )
                uow.contacts.add(IndividualContact(name=f"Saved {n:05d}", emails=[email]))
            os.write(1, f"{n}\n".encode())
        db.close()
        return 0

    return step


@dataclass
class Run:
    killed: bool
    returncode: int
    stdout: str
    stderr: str
    work_seconds: float


def _run(step: Step, folder: Path, kill_after: float | None) -> Run:
    """Run ``step`` in a child process (a fork of this one, Kontor already imported, so the
    time goes to the step); SIGKILL it ``kill_after`` seconds after it started."""
    folder.mkdir(parents=True, exist_ok=True)
    out, err = folder / "stdout.txt", folder / "stderr.txt"
    out.touch()  # a kill can land before the child has opened them
    err.touch()
    sys.stdout.flush()
    sys.stderr.flush()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test runner
        code = 1
        try:
            os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
            os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
            code = step()
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    killed = False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if kill_after is not None and time.perf_counter() - started >= kill_after:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            killed = os.WIFSIGNALED(status)
            break
        time.sleep(0.002)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    return Run(killed, code, out.read_text(), err.read_text(), elapsed)


def _kill_runs(
    rng: random.Random,
    kills: int,
    folder: Path,
    prepare: Callable[[int], Step],
    check: Callable[[int, Run], None],
) -> None:
    """One full run to learn how long the step takes, then runs killed at random moments of
    it until ``kills`` kills have landed (or three times as many runs).  A run that finishes
    before its kill shortens the window: on a busy machine the first run can take longer than
    the later ones."""
    full = _run(prepare(0), folder / "run0", kill_after=None)
    assert full.returncode == 0, full.stderr
    check(0, full)
    window = full.work_seconds
    landed = attempt = 0
    while landed < kills and attempt < 3 * kills:
        attempt += 1
        delay = rng.uniform(0.0, window * 1.1)
        run = _run(prepare(attempt), folder / f"run{attempt}", kill_after=delay)
        landed += run.killed
        assert run.killed or run.returncode == 0, run.stderr
        check(attempt, run)
        if not run.killed:
            window = min(window, run.work_seconds)
    # Most kills must land inside the step, or the test proves little.
    assert landed >= kills // 2, f"only {landed} of {kills} kills landed in the step"


@pytest.fixture
def rng(request: pytest.FixtureRequest) -> random.Random:
    return random.Random(f"{SEED}:{request.node.name}")


def _revision(path: Path) -> str | None:
    return migrations.read_revision(path) if path.exists() else None


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _opens_at_head(path: Path) -> None:
    """What the next start does: the file opens (upgraded or created as needed)."""
    db = migrations.open_database(path)
    db.close()
    assert migrations.read_revision(path) == HEAD
    assert integrity_check(path) == "ok"


def _whole_schema_or_none(path: Path) -> str | None:
    revision = _revision(path)
    if revision is None:
        assert not path.exists() or tables(path) == set(), sorted(tables(path))
    else:
        assert revision == HEAD
        assert {"contacts", "change_journal", "sync_outbox", "contact_keys"} <= tables(path)
    if path.exists() and path.stat().st_size:
        assert integrity_check(path) == "ok"
    return revision


def test_creating_a_database_survives_a_kill_at_any_moment(
    tmp_path: Path, rng: random.Random
) -> None:
    def prepare(attempt: int) -> Step:
        return _cli("upgrade-db", "--db", str(tmp_path / f"new{attempt}" / "kontor.sqlite"))

    def check(attempt: int, run: Run) -> None:
        path = tmp_path / f"new{attempt}" / "kontor.sqlite"
        _whole_schema_or_none(path)
        _opens_at_head(path)

    _kill_runs(rng, _kills(0.2), tmp_path / "runs", prepare, check)


def test_demo_data_survives_a_kill_whole_or_not_at_all(tmp_path: Path, rng: random.Random) -> None:
    wanted = 600

    def prepare(attempt: int) -> Step:
        path = tmp_path / f"demo{attempt}" / "kontor.sqlite"
        return _cli("demo-data", "--contacts", str(wanted), "--db", str(path))

    def check(attempt: int, run: Run) -> None:
        path = tmp_path / f"demo{attempt}" / "kontor.sqlite"
        if _whole_schema_or_none(path) is not None:
            contacts = _count(path, "SELECT count(*) FROM contacts")
            assert contacts in (0, wanted), contacts
            journaled = "SELECT count(DISTINCT aggregate_id) FROM change_journal"
            assert _count(path, journaled) == contacts
            assert _count(path, "SELECT count(*) FROM sync_outbox") == contacts
        if not run.killed:
            assert _count(path, "SELECT count(*) FROM contacts") == wanted
        _opens_at_head(path)

    _kill_runs(rng, _kills(0.2), tmp_path / "runs", prepare, check)


@pytest.fixture(scope="module")
def at_0003(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    path = tmp_path_factory.mktemp("old") / "kontor.sqlite"
    build_old_database(path, "0003", contacts=1200)
    yield path, schema_and_rows(path)


def test_an_upgrade_survives_a_kill_old_or_new_never_between(
    tmp_path: Path, rng: random.Random, at_0003: tuple[Path, list[str]]
) -> None:
    original, before = at_0003
    contacts = _count(original, "SELECT count(*) FROM contacts")

    def path_of(attempt: int) -> Path:
        return tmp_path / f"up{attempt}" / "kontor.sqlite"

    def prepare(attempt: int) -> Step:
        copy_database(original, path_of(attempt))
        return _cli("upgrade-db", "--db", str(path_of(attempt)))

    def check(attempt: int, run: Run) -> None:
        path = path_of(attempt)
        assert integrity_check(path) == "ok"
        revision = migrations.read_revision(path)
        if revision == "0003":
            assert schema_and_rows(path) == before  # exactly as it was
        else:
            assert revision == HEAD
            assert _count(path, "SELECT count(*) FROM contacts") == contacts
            outbox = _count(path, "SELECT count(*) FROM sync_outbox")
            assert outbox == contacts
            assert _count(path, "SELECT count(*) FROM contact_keys") > 0
        backups = path.parent / "backups"
        for backup in backups.glob("*.sqlite") if backups.exists() else []:
            # Whatever carries a backup's name is a whole backup.
            assert backup.stat().st_size > 0, backup.name
            assert quick_check(backup) == "ok", backup.name
            assert migrations.read_revision(backup) == "0003", backup.name
        if not run.killed:
            assert revision == HEAD
        _opens_at_head(path)
        assert _count(path, "SELECT count(*) FROM sync_outbox") == contacts

    _kill_runs(rng, _kills(0.3), tmp_path / "runs", prepare, check)


@pytest.fixture(scope="module")
def small_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("book") / "kontor.sqlite"
    from app.services.seeding import generate

    db = migrations.open_database(path)
    generate(db, 200, seed=3)
    db.close()
    return path


def test_saves_survive_a_kill_each_whole_and_every_reported_one_kept(
    tmp_path: Path, rng: random.Random, small_book: Path
) -> None:
    def path_of(attempt: int) -> Path:
        return tmp_path / f"save{attempt}" / "kontor.sqlite"

    def prepare(attempt: int) -> Step:
        copy_database(small_book, path_of(attempt))
        return _saver(path_of(attempt), 40)

    def check(attempt: int, run: Run) -> None:
        path = path_of(attempt)
        assert integrity_check(path) == "ok"
        reported = len(run.stdout.split())
        saved = _count(path, "SELECT count(*) FROM contacts WHERE name LIKE 'Saved %'")
        assert reported <= saved <= reported + 1  # the one being committed may be in
        emails = "SELECT count(*) FROM emails WHERE address LIKE 'saved%@example.org'"
        assert _count(path, emails) == saved
        outbox = (
            "SELECT count(*) FROM sync_outbox o JOIN contacts c ON c.id = o.local_id "
            "WHERE c.name LIKE 'Saved %'"
        )
        assert _count(path, outbox) == saved
        if not run.killed:
            assert saved == 40
        _opens_at_head(path)

    _kill_runs(rng, _kills(0.15), tmp_path / "runs", prepare, check)


def test_an_import_survives_a_kill_whole_or_not_at_all(
    tmp_path: Path, rng: random.Random, small_book: Path
) -> None:
    cards = tmp_path / "cards.vcf"
    wanted = 250
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Imported {n:05d}\r\n"
            f"EMAIL;TYPE=work:imported{n}@example.org\r\nEND:VCARD\r\n"
            for n in range(wanted)
        ),
        encoding="utf-8",
    )

    def path_of(attempt: int) -> Path:
        return tmp_path / f"import{attempt}" / "kontor.sqlite"

    def prepare(attempt: int) -> Step:
        copy_database(small_book, path_of(attempt))
        return _cli("import", str(cards), "--db", str(path_of(attempt)))

    def check(attempt: int, run: Run) -> None:
        path = path_of(attempt)
        assert integrity_check(path) == "ok"
        imported = _count(path, "SELECT count(*) FROM contacts WHERE name LIKE 'Imported %'")
        assert imported in (0, wanted), imported
        emails = "SELECT count(*) FROM emails WHERE address LIKE 'imported%@example.org'"
        assert _count(path, emails) == imported
        if not run.killed:
            assert imported == wanted, run.stdout + run.stderr
        _opens_at_head(path)

    _kill_runs(rng, _kills(0.15), tmp_path / "runs", prepare, check)
