"""``kontor sync`` of a book with several accounts: a line per account (the enfore account's
named too), then a total, and an exit status that counts every account's run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sync.reference_server import Faults, RunningServer, running_server
from tests.cli.test_accounts_command import MemoryKeyring, _run
from tests.cli.test_sync_command import TOKEN, make_db

KANBERT_TOKEN = "every-account-kanbert-token"


@pytest.fixture
def enfore(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "enfore", TOKEN) as url:
        yield url


@pytest.fixture
def kanbert(tmp_path: Path) -> Iterator[RunningServer]:
    refuses_rita = Faults(reject_body_containing="Rita")
    with running_server(tmp_path / "kanbert", KANBERT_TOKEN, refuses_rita, system="kanbert") as url:
        yield url


def _add(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    token: str,
    *fields: str,
) -> None:
    monkeypatch.setenv("KONTOR_API_TOKEN", token)
    code, _out, err = _run(capsys, "accounts", "add", "--db", str(db), *fields, "--store-token")
    monkeypatch.delenv("KONTOR_API_TOKEN")
    assert code == 0, err


def test_every_account_has_its_line_and_the_total_and_exit_status_count_them_all(
    enfore: RunningServer,
    kanbert: RunningServer,
    tmp_path: Path,
    keys: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = make_db(tmp_path / "k.sqlite")
    _add(capsys, monkeypatch, db, TOKEN, "--type", "enfore", "--name", "Head office",
         "--url", str(enfore), "--tenant", "o1")  # fmt: skip
    _add(capsys, monkeypatch, db, KANBERT_TOKEN, "--type", "kanbert", "--name", "Kanbert office",
         "--url", str(kanbert))  # fmt: skip
    make_db(db, "Ann Peeters", "Refused Rita")  # edits made once both accounts are linked

    code, out, err = _run(capsys, "sync", "--db", str(db), "--quiet")
    lines = out.splitlines()
    # enfore takes both; Kanbert takes Ann and refuses Rita: its run is incomplete.
    assert lines[0].startswith("Head office: sync complete: 2 sent"), out
    assert any(line.startswith("Kanbert office: sync incomplete: 1 sent") for line in lines), out
    assert lines[-1] == "Total: 2 accounts, 1 complete, 1 incomplete (exit status 1)", out
    assert code == 1, out + err

    # Nothing left to send or refuse again: both complete, exit status 0.
    code, out, err = _run(capsys, "sync", "--db", str(db), "--quiet")
    assert out.splitlines()[-1] == "Total: 2 accounts, 2 complete (exit status 0)", out
    assert code == 0, out + err
