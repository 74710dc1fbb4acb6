"""One account's runs never overlap: a second run asked for while the first goes on (its
timer, Sync other accounts, the Accounts dialog's Sync now) waits for it; another account's
run does not wait."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.accounts import Account
from app.sync.credentials import TokenStore
from app.sync.document_sync import DocumentSyncEngine
from app.sync.progress import SyncSummary
from tests.cli.test_accounts_command import MemoryKeyring


def test_two_runs_of_one_account_take_turns_and_other_accounts_do_not_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.over(
        open_database(tmp_path / "book.sqlite"), TokenStore(MemoryKeyring(), environ={})
    )
    try:
        accounts = []
        for name in ("Kanbert office", "Kanbert archive"):
            stored, problems = services.accounts.save(
                Account(type="kanbert", name=name, base_url="http://127.0.0.1:9"), "token"
            )
            assert stored is not None, problems
            accounts.append(stored)
        office, archive = accounts
        runs: Counter[str] = Counter()
        now: Counter[str] = Counter()
        most: Counter[str] = Counter()
        lock = threading.Lock()

        def run(engine: Any, *_args: Any, **_kwargs: Any) -> SyncSummary:
            name = engine.account.name  # the run of this account, without the network
            with lock:
                runs[name] += 1
                now[name] += 1
                most[name] = max(most[name], now[name])
            time.sleep(0.3)
            with lock:
                now[name] -= 1
            return SyncSummary()

        monkeypatch.setattr(DocumentSyncEngine, "run", run)
        threads = [
            threading.Thread(target=services.accounts.sync, args=(account,))
            for account in (office, office, archive)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert runs == Counter({"Kanbert office": 2, "Kanbert archive": 1})  # each one ran
        assert most == Counter({"Kanbert office": 1, "Kanbert archive": 1})  # never two at once
    finally:
        services.close()
