"""``kontor sync`` of a Kanbert account whose companies are gone there beyond the safety
limit, over the real loopback Kanbert reference server: the run waits for confirmation (exit
status 1, says to run again with --allow-deletions) and unlinks nothing; with
--allow-deletions the organizations are unlinked, and they stay in the book."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync import document_sync
from app.sync.accounts import Account
from app.sync.reference_server import running_server
from tests.cli.test_sync_command import hermetic, make_db
from tests.sync.accounts.workstations import bearer_client

__all__ = ["hermetic"]  # (the fixture: no keychain, every log line kept)

TOKEN = "cli-kanbert-gone-token"


class _LimitOfOne(document_sync.DocumentSyncEngine):
    """The command's engine with a safety limit of one (50 otherwise)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.delete_limit = 1


def _gone_notices(db: Path, account_id: int) -> list[str]:
    services = Services.over(open_database(db))
    try:
        issues = services.sync_accounts.issues(account_id)
        return sorted(i.name for i in issues if i.issue == "remote_gone")
    finally:
        services.close()


def test_companies_gone_beyond_the_limit_wait_for_allow_deletions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db(tmp_path / "k.sqlite")
    with running_server(tmp_path / "server", TOKEN, system="kanbert") as server:
        with bearer_client(server, TOKEN) as http:
            ids = [
                http.post("/companies", json={"name": n}).json()["data"]["id"]
                for n in ("Firm A", "Firm B", "Firm C")
            ]
        services = Services.over(open_database(db))
        try:
            account, problems = services.accounts.save(
                Account(type="kanbert", name="Kanbert office", base_url=str(server))
            )
            assert account is not None and account.id is not None, problems
        finally:
            services.close()
        monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
        argv = ["sync", "--db", str(db), "--account", "Kanbert office", "--quiet"]
        assert main(argv) == 0, capsys.readouterr()
        capsys.readouterr()
        store = server.app.state.store  # type: ignore[attr-defined]
        assert store.delete("kanbert", "companies", str(ids[0]))
        assert store.delete("kanbert", "companies", str(ids[1]))
        monkeypatch.setattr(document_sync, "DocumentSyncEngine", _LimitOfOne)

        code = main(argv)
        out, _ = capsys.readouterr()
        assert code == 1
        assert out.startswith("Kanbert office: sync waiting for confirmation"), out
        assert "2 companies are gone from Kanbert" in out
        assert "Run again with --allow-deletions to apply the deletions." in out
        assert _gone_notices(db, account.id) == []

        code = main([*argv, "--allow-deletions"])
        out, _ = capsys.readouterr()
        assert code == 0, out
        assert out.startswith("Kanbert office: sync complete"), out
        assert _gone_notices(db, account.id) == ["Firm A", "Firm B"]
