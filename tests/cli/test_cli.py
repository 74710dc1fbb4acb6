from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.cli.main import main
from app.domain.enums import ContactKind
from app.services.directory import ContactDirectory
from app.store.journal import all_entries
from app.store.migrations import open_database, upgrade


def test_demo_data_adds_contacts_to_the_named_database(tmp_path: Path, capsys) -> None:
    target = tmp_path / "bench.sqlite"
    assert main(["demo-data", "--contacts", "1500", "--db", str(target)]) == 0
    assert "Added 1,500 contacts" in capsys.readouterr().out
    db = open_database(target)
    directory = ContactDirectory(db)
    assert directory.count() == 1500
    assert directory.count(ContactKind.ORGANIZATION) > 0
    assert directory.count(ContactKind.INDIVIDUAL) > 0
    with db.reading() as conn:
        assert len({e.aggregate_id for e in all_entries(conn)}) == 1500
    db.close()
    # Written with a rollback journal into the new file, it is back in write-ahead-log mode.
    plain = sqlite3.connect(target)
    assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    plain.close()


def test_demo_data_twice_adds_more_without_clashing(tmp_path: Path) -> None:
    target = tmp_path / "bench.sqlite"
    assert main(["demo-data", "--contacts", "300", "--db", str(target), "--seed", "1"]) == 0
    assert main(["demo-data", "--contacts", "300", "--db", str(target), "--seed", "2"]) == 0
    db = open_database(target)
    assert ContactDirectory(db).count() == 600
    db.close()


def test_a_newer_database_is_refused_with_a_message(tmp_path: Path, capsys) -> None:
    target = tmp_path / "kontor.sqlite"
    upgrade(target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'fffff'")
    conn.close()
    assert main(["--db", str(target)]) == 2
    assert "newer version of Kontor" in capsys.readouterr().err


def test_demo_and_db_together_are_refused(tmp_path: Path, capsys) -> None:
    assert main(["--demo", "--db", str(tmp_path / "x.sqlite")]) == 2
    assert "--demo" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


def test_python_dash_m_app_runs_the_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "demo-data" in done.stdout


def test_serve_reference_answers_on_loopback(tmp_path: Path) -> None:
    import os
    import socket
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "KONTOR_API_TOKEN": "s3cret"}
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve-reference", "--port", str(port),
         "--data", str(tmp_path / "server.sqlite")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/orgs/acme/individual-contacts"
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.get(url, headers={"Authorization": "Bearer s3cret"}, timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert answer.status_code == 200
        assert answer.json()["items"] == []
        refused = httpx.get(url, headers={"Authorization": "Bearer wrong"}, timeout=2)
        assert refused.status_code == 401
    finally:
        server.terminate()
        server.wait(10)


def test_serve_reference_needs_a_token(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("KONTOR_API_TOKEN", raising=False)
    code = main(["serve-reference", "--port", "1", "--data", str(tmp_path / "s.sqlite")])
    assert code == 2
    assert "token" in capsys.readouterr().err
