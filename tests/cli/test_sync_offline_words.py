"""``kontor sync`` against a server that refuses the connection says so in words ("Offline:
cannot reach 127.0.0.1:PORT. Your changes stay queued."), for the enfore account and for a
Kanbert account, never with the name of an exception ("network error (ConnectError)")."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.cli.main import main
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.accounts import Account
from tests.cli.test_sync_command import TOKEN, fast_retries, hermetic, make_db, pending

__all__ = ["hermetic"]  # (the fixture: no keychain, every log line kept)

TECHNICAL = ("ConnectError", "network error", "Traceback")


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_an_unreachable_enfore_server_is_said_offline_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _closed_port()
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    fast_retries(monkeypatch)

    code = main(["sync", "--db", str(db), "--url", f"http://127.0.0.1:{port}", "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("Sync offline")
    assert f"  Offline: cannot reach 127.0.0.1:{port}. Your changes stay queued.\n" in out
    assert not any(word in out + err for word in TECHNICAL), out + err
    assert pending(db) == 1


def test_an_unreachable_kanbert_server_is_said_offline_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _closed_port()
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    services = Services.over(open_database(db))
    try:
        stored, problems = services.accounts.save(
            Account(type="kanbert", name="Kanbert office", base_url=f"http://127.0.0.1:{port}")
        )
        assert stored is not None, problems
    finally:
        services.close()
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    code = main(["sync", "--db", str(db), "--account", "Kanbert office"])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("Kanbert office: sync offline")
    assert f"  Offline: cannot reach 127.0.0.1:{port}. Your changes stay queued.\n" in out
    assert not any(word in out + err for word in TECHNICAL), out + err
