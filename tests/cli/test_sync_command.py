"""``kontor sync`` against the real reference server on a loopback socket."""

from __future__ import annotations

import argparse
import io
import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as NoKeyring

from app.cli.main import main
from app.cli.sync_command import ProgressPrinter, format_progress
from app.domain.enums import ContactKind
from app.domain.models import IndividualContact
from app.services import sync as sync_service
from app.services.registry import Services
from app.services.sync_setup import SyncSetup
from app.store.migrations import open_database
from app.sync.client import ContactsApiClient, RetryPolicy
from app.sync.credentials import TokenStore
from app.sync.engine import SyncProgress
from app.sync.reference_server import Faults, RunningServer, running_server
from app.sync.settings import SyncSettings

TOKEN = "cli-sync-token-7d1f9c"
WRONG = "cli-wrong-token-4b8e2a"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "server", TOKEN) as url:
        yield url


@pytest.fixture(autouse=True)
def hermetic(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """No real keychain, and every log line kept (the token must not be in any of them)."""
    monkeypatch.setattr("app.sync.credentials._default_backend", NoKeyring)
    monkeypatch.delenv("KONTOR_API_TOKEN", raising=False)
    caplog.set_level(logging.DEBUG)


def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's real client, with short pauses between retries (a failing page is
    retried 4 times with back-off otherwise: seconds of waiting per listing)."""
    real = sync_service.connect_with

    def connect(settings: SyncSettings, tokens: TokenStore) -> ContactsApiClient:
        client = real(settings, tokens)
        client.retry = RetryPolicy(max_attempts=2, base_delay=0.01)
        return client

    monkeypatch.setattr(sync_service, "connect_with", connect)


def make_db(path: Path, *names: str) -> Path:
    """A database with one unsynced person per name."""
    services = Services.over(open_database(path))
    try:
        for name in names:
            assert services.editing.save(IndividualContact(name=name)).saved
    finally:
        services.close()
    return path


def server_names(url: str, org: str = "o1") -> list[str]:
    with ContactsApiClient(url, org, TOKEN) as client:
        listing = client.list_all(ContactKind.INDIVIDUAL)
    assert listing.complete
    return sorted(str(item.get("name")) for item in listing.items)


def stored_settings(path: Path) -> SyncSettings:
    db = open_database(path)
    try:
        return SyncSetup(db, TokenStore(NoKeyring())).settings()
    finally:
        db.close()


def pending(path: Path) -> int:
    services = Services.over(open_database(path), TokenStore(NoKeyring()))
    try:
        return services.sync.pending_count()
    finally:
        services.close()


def assert_no_token(text: str) -> None:
    assert TOKEN not in text
    assert WRONG not in text


def test_a_run_sends_the_contact_and_keeps_the_settings_for_the_next_run(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    code = main(["sync", "--db", str(db), "--url", str(server), "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert out.splitlines()[0] == "Sync complete: 1 sent, 0 new and 0 updated from the server"
    assert "0 changes waiting to be sent, 0 sync issues waiting for you" in out
    assert "push 0/1 Sending changes" in err  # progress: plain lines, stderr is no terminal
    assert "pull Reading the server's individual contacts" in err
    assert "needs no --url / --org" in err
    assert server_names(server) == ["Ada Lovelace"]
    assert (stored_settings(db).base_url, stored_settings(db).org_id) == (str(server), "o1")
    assert pending(db) == 0

    again = main(["sync", "--db", str(db)])  # no flags: the stored settings
    out2, err2 = capsys.readouterr()
    assert again == 0, out2 + err2
    assert out2.startswith("Sync complete: 0 sent")
    assert_no_token(out + err + out2 + err2 + caplog.text)


def test_a_refused_token_exits_3_without_showing_it(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", WRONG)

    code = main(["sync", "--db", str(db), "--url", str(server), "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 3
    assert "Sync refused (credentials)" in out
    assert "KONTOR_API_TOKEN" in out
    assert "1 change waiting to be sent" in out
    assert pending(db) == 1  # nothing lost
    assert server_names(server) == []
    assert stored_settings(db).configured  # the server answered: the address is right
    assert_no_token(out + err + caplog.text)


def test_without_settings_or_flags_it_says_how_to_set_sync_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    code = main(["sync", "--db", str(db)])

    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert "Sync is not set up yet" in err
    assert "--url URL --org ORG" in err
    assert pending(db) == 1


def test_only_one_flag_on_a_database_without_settings_is_not_enough(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db(tmp_path / "k.sqlite")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    assert main(["sync", "--db", str(db), "--url", "http://127.0.0.1:9"]) == 2

    assert "no org" in capsys.readouterr().err
    assert not stored_settings(db).configured


def test_a_missing_database_is_not_made_without_url_and_org(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "typo.sqlite"

    assert main(["sync", "--db", str(target)]) == 2

    assert "no database at" in capsys.readouterr().err
    assert not target.exists()


def test_a_new_database_is_filled_from_the_server(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    first = make_db(tmp_path / "first.sqlite", "Ada Lovelace", "Grace Hopper")
    assert main(["sync", "--db", str(first), "--url", str(server), "--org", "o1"]) == 0
    capsys.readouterr()
    fresh = tmp_path / "fresh.sqlite"

    code = main(["sync", "--db", str(fresh), "--url", str(server), "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "2 new and 0 updated from the server" in out
    assert "pull 0/2 Reading changes from the server" in err
    assert "pull 2/2 Changes read" in err


def test_no_token_anywhere_is_a_setup_error(
    server: RunningServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")

    code = main(["sync", "--db", str(db), "--url", str(server), "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 2
    assert "KONTOR_API_TOKEN" in err
    assert out == ""
    assert not stored_settings(db).configured  # the server never answered: nothing kept


def test_an_unusable_address_is_a_setup_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db(tmp_path / "k.sqlite")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    code = main(["sync", "--db", str(db), "--url", "http://contacts.example.com", "--org", "o1"])

    assert code == 2
    assert "Plain http:// is allowed only" in capsys.readouterr().err
    assert not stored_settings(db).configured


def test_flags_override_stored_settings_without_replacing_them(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    setup_db = open_database(db)
    assert SyncSetup(setup_db, TokenStore(NoKeyring())).save(SyncSettings(str(server), "o1")) == []
    setup_db.close()
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    code = main(["sync", "--db", str(db), "--org", "o2"])

    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert server_names(server, "o2") == ["Ada Lovelace"]
    assert server_names(server, "o1") == []
    assert stored_settings(db).org_id == "o1"
    assert "needs no" not in err


def test_a_listing_that_fails_makes_the_run_incomplete(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    fast_retries(monkeypatch)
    server.app.state.faults = Faults(fail_pages=frozenset({1}))  # type: ignore[attr-defined]

    code = main(["sync", "--db", str(db), "--url", str(server), "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("Sync incomplete: 1 sent")  # the push got through, the pull not
    assert "The server's list of contacts is incomplete" in out
    assert pending(db) == 0
    assert_no_token(out + err + caplog.text)


def test_an_unreachable_server_exits_1_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    fast_retries(monkeypatch)

    code = main(["sync", "--db", str(db), "--url", f"http://127.0.0.1:{port}", "--org", "o1"])

    out, _ = capsys.readouterr()
    assert code == 1
    assert out.startswith("Sync offline")
    assert pending(db) == 1
    assert not stored_settings(db).configured  # a mistyped address is not kept


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to oneself is POSIX")
def test_ctrl_c_cancels_cleanly_and_keeps_the_outbox(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace", "Grace Hopper")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    shown = ProgressPrinter.__call__

    def press_ctrl_c_while_sending(self: ProgressPrinter, progress: SyncProgress) -> None:
        shown(self, progress)
        if progress.phase == "push" and progress.done == 0 and progress.total == 2:
            os.kill(os.getpid(), signal.SIGINT)  # delivered to the handler of the command

    monkeypatch.setattr(ProgressPrinter, "__call__", press_ctrl_c_while_sending)
    before = signal.getsignal(signal.SIGINT)

    code = main(["sync", "--db", str(db), "--url", str(server), "--org", "o1"])

    out, err = capsys.readouterr()
    assert code == 130, out + err
    assert out.startswith("Sync cancelled: 1 sent")
    assert "1 change waiting to be sent" in out
    assert pending(db) == 1
    assert len(server_names(server)) == 1
    assert signal.getsignal(signal.SIGINT) is before  # the handler is put back

    monkeypatch.setattr(ProgressPrinter, "__call__", shown)
    assert main(["sync", "--db", str(db)]) == 0
    assert server_names(server) == ["Ada Lovelace", "Grace Hopper"]
    assert pending(db) == 0


def test_quiet_prints_the_summary_only(
    server: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)

    code = main(["sync", "--db", str(db), "--url", str(server), "--org", "o1", "--quiet"])

    out, err = capsys.readouterr()
    assert code == 0
    assert err == ""
    assert out.startswith("Sync complete: 1 sent")


def test_the_token_is_not_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sync", "--token", TOKEN])
    assert exit_info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


# --- the progress line ----------------------------------------------------------------------


def test_progress_reads_phase_count_and_message() -> None:
    assert (
        format_progress(SyncProgress("pull", 1200, 10000, "Reading changes from the server"))
        == "pull 1200/10000 Reading changes from the server"
    )
    assert format_progress(SyncProgress("push", 0, 0, "Changes sent")) == "push Changes sent"


def test_progress_without_a_terminal_prints_a_line_per_tenth() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream, interactive=False)
    for done in range(1000):
        printer(SyncProgress("push", done, 1000, "Sending changes"))
    printer(SyncProgress("push", 1000, 1000, "Changes sent"))

    lines = stream.getvalue().splitlines()
    assert lines[0] == "push 0/1000 Sending changes"
    assert lines[-1] == "push 1000/1000 Changes sent"
    assert len(lines) == 11
    assert "\r" not in stream.getvalue()


def test_progress_on_a_terminal_rewrites_one_line_and_clears_it() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream, interactive=True)
    printer(SyncProgress("pull", 0, 10, "Reading changes from the server"))
    printer(SyncProgress("pull", 10, 10, "Changes read"))
    printer.clear()

    text = stream.getvalue()
    assert "\n" not in text
    assert text.startswith("\rpull 0/10 Reading changes from the server")
    assert "\rpull 10/10 Changes read" in text
    assert text.endswith("\r")


def test_a_sync_run_does_not_load_the_import_and_export_service(tmp_path: Path) -> None:
    # A scheduled `kontor sync` starts a process for every run: the interchange service (what
    # the import and export commands read their options from) is not loaded for it, while
    # `kontor --help` still lists those commands.
    import subprocess

    script = (
        "import sys\n"
        "from app.cli.main import main\n"
        f"code = main(['sync', '--db', {str(tmp_path / 'none.sqlite')!r}])\n"
        "print(code, 'app.services.interchange' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.split() == ["2", "False"], done.stderr
    from app.cli.main import _parser

    commands = next(
        a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)
    ).choices
    assert {"import", "export", "sync"} <= set(commands)
    assert (
        "import"
        not in next(
            a for a in _parser("sync")._actions if isinstance(a, argparse._SubParsersAction)
        ).choices
    )
