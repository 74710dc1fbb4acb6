"""``kontor --self-test`` run in this process (offscreen), passing and failing."""

from __future__ import annotations

import io
import re
import shutil
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

import app.paths
import app.selftest as selftest
from tests.packaging.conftest import PACKAGING, ROOT, load_script

CHECKS = (
    "alembic scripts",
    "database",
    "main window",
    "resources",
    "pictures",
    "phone numbers",
    "VAT numbers",
    "countries",
    "e-mail",
    "keychain",
    "translation en",
    "translation nl",
    "translation de",
    "translation fr",
)


def _run(**options: float) -> tuple[int, str]:
    out = io.StringIO()
    code = selftest.run_self_test(out=out, **options)
    return code, out.getvalue()


def _status(text: str, check: str) -> str:
    """``ok`` or ``FAIL`` for ``check`` in the report, with the rest of its line."""
    match = re.search(rf"^  (ok  |FAIL)  {re.escape(check)}\s+(.*)$", text, re.MULTILINE)
    assert match, f"no line for {check!r} in:\n{text}"
    return f"{match.group(1).strip()} {match.group(2)}"


@pytest.fixture
def offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    # The self-test sets this for its process; keep the change inside the test.
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def _root_without(tmp_path: Path, *, alembic: bool = True, resources: bool = True) -> Path:
    root = tmp_path / "bundle"
    root.mkdir()
    if alembic:
        shutil.copytree(ROOT / "alembic", root / "alembic")
    if resources:
        shutil.copytree(ROOT / "resources", root / "resources")
    return root


def test_every_check_passes_and_the_startup_time_is_reported(qapp: object, offscreen: None) -> None:
    code, text = _run()

    assert code == 0, text
    for check in CHECKS:
        assert _status(text, check).startswith("ok "), text
    assert "sections" in _status(text, "main window")
    # A new book is made from the schema; the migrations that upgrade older books ran too.
    from app.store.migrations import head_revision, known_revisions

    database = _status(text, "database")
    assert f"at schema {head_revision()}" in database
    assert f"the {len(known_revisions())} migrations ran in" in database
    last = text.strip().splitlines()[-1]
    # Qt already runs in this process: the time counts from the self-test's start.
    pattern = r"self-test passed: 14 checks; main window shown ([\d.]+) s after the self-test began"
    match = re.fullmatch(pattern, last)
    assert match, last
    assert 0 < float(match.group(1)) < 60


def test_a_missing_resources_folder_fails_with_its_path(
    qapp: object, offscreen: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _root_without(tmp_path, resources=False)
    monkeypatch.setattr(app.paths, "repo_root", lambda: root)

    code, text = _run()

    assert code == 1
    assert (
        _status(text, "resources") == f"FAIL the resources folder is missing: {root / 'resources'}"
    )
    # The other checks still run and pass: the report shows everything at once.
    assert _status(text, "main window").startswith("ok ")
    assert _status(text, "alembic scripts").startswith("ok ")
    assert text.strip().splitlines()[-1].startswith("self-test FAILED: 1 of 14 checks (resources)")


def test_an_unreadable_icon_fails(
    qapp: object, offscreen: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _root_without(tmp_path)
    (root / "resources" / selftest.ICON_FILE).write_bytes(b"not a picture")
    monkeypatch.setattr(app.paths, "repo_root", lambda: root)

    code, text = _run()

    assert code == 1
    icon = root / "resources" / selftest.ICON_FILE
    assert _status(text, "resources") == f"FAIL the application icon cannot be read: {icon}"


def test_migrations_that_fail_fail_the_database_check(
    qapp: object, offscreen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The built program makes new books without the migrations, so the self-test runs them
    on a file of its own: a migration that cannot run in the build is found there."""
    import app.store.migrations as migrations

    upgrade = migrations.upgrade

    def broken(path: Path, target: str = "head", *, create_from_schema: bool = True) -> object:
        if not create_from_schema:
            raise RuntimeError("no module named 'alembic.ddl.sqlite'")
        return upgrade(path, target, create_from_schema=create_from_schema)

    monkeypatch.setattr(migrations, "upgrade", broken)
    code, text = _run()
    assert code == 1
    assert _status(text, "database").startswith("FAIL ")
    assert "alembic.ddl.sqlite" in _status(text, "database")


def test_missing_migration_scripts_fail(
    qapp: object, offscreen: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _root_without(tmp_path, alembic=False)
    monkeypatch.setattr(app.paths, "repo_root", lambda: root)

    code, text = _run()

    assert code == 1
    expected = f"FAIL the migration scripts are missing: no env.py in {root / 'alembic'}"
    assert _status(text, "alembic scripts") == expected


def test_a_main_window_slower_than_allowed_fails(
    qapp: object, offscreen: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = selftest.main(["--self-test", "--max-startup", "0"])

    text = capsys.readouterr().out
    assert code == 1
    assert re.search(r"FAIL  startup time\s+the main window took [\d.]+ s, more than 0 s", text)
    assert _status(text, "main window").startswith("ok ")


def test_the_process_age_counts_from_the_process_start() -> None:
    age, since = selftest.process_age()
    # This process started before the self-test module was imported (it is, in pytest).
    imported_ago = time.time() - selftest._IMPORTED_AT

    if sys.platform in ("linux", "win32", "darwin"):
        assert since == "after the process started"
        assert age >= imported_ago - 0.05
    assert 0 <= age < 24 * 3600


@pytest.fixture
def entry() -> ModuleType:
    return load_script(PACKAGING / "entry.py")


def test_the_frozen_entry_runs_the_self_test_for_self_test(
    entry: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli.main as cli

    calls: list[tuple[str, list[str]]] = []

    def self_test(args: list[str]) -> int:
        calls.append(("self-test", args))
        return 7

    def kontor(args: list[str]) -> int:
        calls.append(("kontor", args))
        return 3

    monkeypatch.setattr(selftest, "main", self_test)
    monkeypatch.setattr(cli, "main", kontor)

    assert entry.main(["--self-test", "--max-startup", "3"]) == 7
    assert entry.main(["sync", "--db", "x.sqlite"]) == 3
    assert calls == [
        ("self-test", ["--self-test", "--max-startup", "3"]),
        ("kontor", ["sync", "--db", "x.sqlite"]),
    ]
