"""``kontor accounts list|add|remove`` and ``kontor sync --account``, as a script uses them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from app.cli.main import main
from app.domain.models import IndividualContact
from app.services.registry import Services
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.sync.accounts import ENFORE_ACCOUNT_ID
from app.sync.reference_server import RunningServer, running_server
from tests.cli.test_sync_command import TOKEN, make_db, server_names


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "server", TOKEN) as url:
        yield url


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _contacts(path: Path) -> list[str]:
    services = Services.over(open_database(path))
    try:
        with services.db.reading() as conn:
            rows = conn.exec_driver_sql("SELECT name FROM contacts WHERE deleted_at IS NULL")
            return sorted(str(r[0]) for r in rows)
    finally:
        services.close()


def test_add_list_and_remove_accounts(
    tmp_path: Path, keys: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    assert _run(capsys, "accounts", "list", "--db", str(db))[1].startswith("No accounts")

    code, out, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "kanbert", "--name", "Kanbert office",
        "--url", "https://api.kanbert.example/api/v1", "--user", "ada",
    )  # fmt: skip
    assert code == 0, err
    assert "Added Kanbert account “Kanbert office”" in out
    code, out, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "partners", "--name", "Portal",
        "--url", "https://portal.example/api", "--tenant", "p-17", "--interval", "0",
    )  # fmt: skip
    assert code == 0, err

    code, out, _ = _run(capsys, "accounts", "list", "--db", str(db))
    lines = out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["Kanbert office", "kanbert"],
        ["Portal", "partners"],
    ]
    assert "user ada" in lines[0] and "every 15 min" in lines[0] and "no token" in lines[0]
    assert "partner id p-17" in lines[1] and "by hand" in lines[1]

    # Bad input: a clear message, nothing stored.
    code, _, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "partners", "--name", "portal",
        "--url", "http://portal.example", "--tenant", "",
    )  # fmt: skip
    assert code == 2
    assert "Plain http:// is allowed only for a server on this computer" in err
    assert "Enter the partner id." in err
    code, _, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "kanbert", "--name", " portal ",
        "--url", "https://k.example",
    )  # fmt: skip
    assert code == 2 and "An account named “Portal” exists already." in err
    assert len(_run(capsys, "accounts", "list", "--db", str(db))[1].splitlines()) == 2

    code, out, err = _run(capsys, "accounts", "remove", "--db", str(db), "--name", "Portal")
    assert code == 0, err
    assert "The 1 contact stays in the database." in out
    assert _contacts(db) == ["Ada Lovelace"]
    code, _, err = _run(capsys, "accounts", "remove", "--db", str(db), "--name", "Portal")
    assert code == 2 and "no account named “Portal” (accounts: “Kanbert office”)" in err


@pytest.fixture
def kanbert(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "kanbert", "kanbert-token-9", system="kanbert") as url:
        yield url


def test_accounts_added_by_script_sync_with_the_tokens_they_stored(
    server: RunningServer,
    kanbert: RunningServer,
    tmp_path: Path,
    keys: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = make_db(tmp_path / "k.sqlite", "Ada Lovelace")
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    code, out, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "enfore", "--name", "Head office",
        "--url", str(server), "--tenant", "o1", "--store-token",
    )  # fmt: skip
    assert code == 0, err
    # The enfore account's entry is the one its settings always named.
    assert keys.passwords == {("Kontor", f"o1@{server}"): TOKEN}
    assert TOKEN not in out + err
    # A second enfore organization is a further account, with a keychain entry of its own.
    code, out, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "enfore", "--name", "Branch",
        "--url", str(server), "--tenant", "o2", "--store-token",
    )  # fmt: skip
    assert code == 0, err
    assert "Added enfore Contacts API account “Branch”" in out
    assert set(keys.passwords) == {("Kontor", f"o1@{server}"), ("Kontor", f"o2@{server}")}
    monkeypatch.delenv("KONTOR_API_TOKEN")
    monkeypatch.setenv("KONTOR_API_TOKEN", "kanbert-token-9")
    code, _, err = _run(
        capsys,
        "accounts", "add", "--db", str(db), "--type", "kanbert", "--name", "Kanbert",
        "--url", str(kanbert), "--store-token",
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.delenv("KONTOR_API_TOKEN")
    kanbert_key = ("Kontor", f"account:{ENFORE_ACCOUNT_ID + 2}")
    assert keys.passwords[kanbert_key] == "kanbert-token-9"

    code, out, err = _run(capsys, "sync", "--db", str(db), "--account", "head office")
    assert code == 0, out + err
    assert out.startswith("Sync complete: 1 sent")
    assert server_names(str(server)) == ["Ada Lovelace"]

    code, out, err = _run(capsys, "sync", "--db", str(db), "--account", "Kanbert")
    assert code == 0, out + err
    assert out.startswith("Kanbert: sync complete: 0 sent")  # Ada was there before Kanbert
    code, out, err = _run(capsys, "sync", "--db", str(db), "--account", "Nobody")
    assert code == 2
    assert "no account named “Nobody”" in err and "“Head office”, “Branch”, “Kanbert”" in err
    # Every enabled account, one after the other; an edit reaches both.
    services = Services.over(open_database(db))
    try:
        ada = services.directory.get(_only_id(services))
        assert ada is not None
        assert services.editing.save(ada.model_copy(update={"given_name": "Ada"})).saved
    finally:
        services.close()
    code, out, err = _run(capsys, "sync", "--db", str(db))
    assert code == 0, out + err
    assert out.startswith("Head office: sync complete: 1 sent")
    assert "Branch: sync complete: 1 sent" in out  # Ada, there before the branch was added
    assert "Kanbert: sync complete: 1 sent" in out
    assert out.splitlines()[-1] == "Total: 3 accounts, 3 complete (exit status 0)"
    assert server_names(str(server), "o2") == server_names(str(server)) == ["Ada Lovelace"]

    # Removing the enfore account unlinks the book; the contacts stay, and the next
    # enfore account gets everything there is.
    code, out, err = _run(capsys, "accounts", "remove", "--db", str(db), "--name", "Head office")
    assert code == 0, err
    assert set(keys.passwords) == {("Kontor", f"o2@{server}"), kanbert_key}
    assert _contacts(db) == ["Ada Lovelace"]
    services = Services.over(open_database(db))
    try:
        with services.db.reading() as conn:
            enfore = AccountRepository(conn).enfore()
        assert not enfore.configured
        assert services.sync.pending_count() == 1
        assert services.directory.get(_only_id(services)).remote_id is None  # type: ignore[union-attr]
        assert services.editing.save(IndividualContact(name="Grace Hopper")).saved
        assert services.sync.pending_count() == 2
    finally:
        services.close()


def _only_id(services: Services) -> str:
    with services.db.reading() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM contacts").scalar_one())
