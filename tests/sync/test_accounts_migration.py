"""A database that synced with one server before accounts existed becomes one enfore account,
with its links, bases, outbox, issues and runs intact, and goes on syncing as if nothing
happened."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from app.services.registry import Services
from app.store import migrations
from app.store.accounts import AccountRepository
from app.store.sync_settings import SyncSettingsRepository
from app.sync.accounts import ENFORE_ACCOUNT_ID
from app.sync.engine import SyncEngine
from app.sync.settings import SyncSettings
from tests.sync.conftest import Kontor
from tests.sync.test_engine import MakeKontor, counterpart, edit, person_named, shared_pair

BEFORE_ACCOUNTS = "0005"


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall(), key=repr)
    finally:
        conn.close()


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _state(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The sync state as a single-server Kontor kept it (no account column)."""
    return {
        "records": _rows(
            path,
            "SELECT local_id, aggregate, kind, remote_id, base, base_hash, etag, base_ids, "
            "remote_gone, synced_at FROM sync_records",
        ),
        "outbox": _rows(path, "SELECT local_id, aggregate, first_seq, last_seq FROM sync_outbox"),
        "issues": _rows(
            path,
            "SELECT id, local_id, aggregate, kind, issue, title, detail, theirs, theirs_etag, "
            "seq, at FROM sync_issues",
        ),
        "runs": _rows(
            path, "SELECT id, started_at, finished_at, complete, outcome, summary FROM sync_runs"
        ),
        "settings": _rows(path, "SELECT key, value FROM sync_settings"),
    }


def _downgrade(path: Path, revision: str) -> None:
    db = migrations.open_database(path)
    try:
        config = migrations.alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        db.close()
    assert migrations.read_revision(path) == revision


def test_a_synced_single_server_database_becomes_one_enfore_account_intact(
    kontor: MakeKontor, reference: Any, org: str, tmp_path: Path
) -> None:
    a, b = kontor("a"), kontor("b")
    settings = SyncSettings(
        base_url=str(reference), org_id=org, interval_minutes=30, sync_on_start=False
    )
    with a.services.db.transaction() as conn:
        SyncSettingsRepository(conn).save(settings)
    # A conflict waiting for the user, an edit waiting to be sent, and runs behind them.
    on_a, on_b = shared_pair(a, b)
    other = a.add(person_named("Piet Pieters", "piet@klok.be"))
    assert a.sync().complete
    edit(b, on_b.id, name="Jan from B")
    assert b.sync().complete
    edit(a, on_a.id, name="Jan from A")
    assert a.sync().conflicts == 1
    edit(a, other.id, name="Piet, edited")
    path = tmp_path / "a.sqlite"
    a.services.close()

    # The same file as a Kontor from before accounts left it.
    _downgrade(path, BEFORE_ACCOUNTS)
    assert "account_id" not in _columns(path, "sync_outbox")
    assert "accounts" not in {r[0] for r in _rows(path, "SELECT name FROM sqlite_master")}
    before = _state(path)
    assert len(before["records"]) == 2 and len(before["issues"]) == 1
    assert len(before["outbox"]) == 2 and len(before["runs"]) == 3

    result = migrations.upgrade(path)
    assert result.from_revision == BEFORE_ACCOUNTS
    assert result.to_revision == migrations.head_revision()
    assert _state(path) == before
    assert {
        tuple(row)
        for table in ("sync_records", "sync_outbox", "sync_issues", "sync_runs")
        for row in _rows(path, f"SELECT DISTINCT account_id FROM {table}")
    } == {(ENFORE_ACCOUNT_ID,)}

    reopened = Services.over(migrations.open_database(path))
    try:
        with reopened.db.reading() as conn:
            [account] = AccountRepository(conn).all()
            assert SyncSettingsRepository(conn).load() == settings
        assert (account.id, account.type, account.name) == (ENFORE_ACCOUNT_ID, "enfore", "enfore")
        assert (account.base_url, account.tenant, account.interval_minutes) == (
            str(reference),
            org,
            30,
        )
        assert account.sync_settings() == settings
        assert reopened.sync.pending_count() == 2
        [issue] = reopened.sync.issues()
        assert issue.issue == "conflict" and issue.local_id == on_a.id

        # It syncs on as before: the waiting edit goes, the conflict stays, nothing is made
        # twice on the server, and the next run has nothing to do.
        again = Kontor(reopened, a.client, SyncEngine(reopened.db, a.client))
        run = again.sync()
        assert run.complete, run.messages
        assert run.created_remote == 0 and run.pulled_new == 0
        assert run.pushed == 1
        assert reopened.sync.pending_count() == 1  # the contact in conflict
        assert [i.id for i in reopened.sync.issues()] == [issue.id]
        quiet = again.sync()
        assert quiet.pushed == 0 and quiet.pulled_updated == 0 and quiet.created_remote == 0
        assert b.sync().complete
        assert counterpart(again, b, other.id).name == "Piet, edited"
    finally:
        reopened.close()
