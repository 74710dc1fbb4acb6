"""Setting up a CardDAV account from a server address: `kontor accounts add --type carddav`
discovers the user's address books on a real Radicale, picks one (by name on request), and
`kontor sync` then syncs with it; the ways it can go wrong say what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.models import IndividualContact
from app.services.registry import Services
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.sync.accounts import Account
from app.sync.connectors.carddav.setup import SetupError, choose, find_address_books
from tests.sync.carddav.conftest import PASSWORD, USER
from tests.sync.carddav.radicale_server import Radicale, running_radicale


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _account(path: Path, name: str) -> Account | None:
    db = open_database(path)
    try:
        with db.reading() as conn:
            return AccountRepository(conn).by_name(name)
    finally:
        db.close()


def _add(
    capsys: pytest.CaptureFixture[str], db: Path, url: str, *extra: str
) -> tuple[int, str, str]:
    return _run(
        capsys, "accounts", "add", "--db", str(db), "--type", "carddav", "--name", "Phones",
        "--url", url, "--user", USER, *extra,
    )  # fmt: skip


def test_accounts_add_discovers_the_address_book_and_sync_uses_it(
    tmp_path: Path,
    radicale: Radicale,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "k.sqlite"
    services = Services.over(open_database(db))
    services.editing.save(IndividualContact(name="Ada Lovelace", given_name="Ada",
                                            family_name="Lovelace"))  # fmt: skip
    services.close()
    monkeypatch.setenv("KONTOR_API_TOKEN", PASSWORD)
    code, out, err = _add(capsys, db, radicale.url)
    assert code == 0, err
    assert "Address book: “Contacts” (/alice/contacts/)" in out
    account = _account(db, "Phones")
    assert account is not None and account.tenant == "/alice/contacts/" and account.user == USER

    code, out, err = _run(capsys, "sync", "--db", str(db), "--account", "Phones", "--quiet")
    assert code == 0, err + out
    with radicale.client(USER) as http:
        listing = http.request("PROPFIND", "/alice/contacts/", headers={"Depth": "1"}).text
    assert listing.count(".vcf<") == 1


def test_an_address_book_is_chosen_by_name(
    tmp_path: Path,
    radicale: Radicale,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    radicale.make_address_book(USER, "work")
    monkeypatch.setenv("KONTOR_API_TOKEN", PASSWORD)
    db = tmp_path / "k.sqlite"
    code, _out, err = _add(capsys, db, radicale.url, "--address-book", "Work")
    assert code == 0, err
    account = _account(db, "Phones")
    assert account is not None and account.tenant == "/alice/work/"

    code, _out, err = _add(capsys, tmp_path / "other.sqlite", radicale.url, "--address-book", "X")
    assert code == 2
    assert "no address book named “X”" in err and "“Work”" in err and "“Contacts”" in err
    assert _account(tmp_path / "other.sqlite", "Phones") is None


def test_discovery_failures_say_what_to_do(
    tmp_path: Path,
    radicale: Radicale,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "k.sqlite"
    monkeypatch.delenv("KONTOR_API_TOKEN", raising=False)
    code, _, err = _add(capsys, db, radicale.url)
    assert code == 2 and "set KONTOR_API_TOKEN to the password" in err

    monkeypatch.setenv("KONTOR_API_TOKEN", "wrong")
    code, _, err = _add(capsys, db, radicale.url)
    assert code == 2 and "refused “alice” (401)" in err
    assert _account(db, "Phones") is None

    # A server that takes any login (no auth configured), where bob has no address book yet.
    with running_radicale(tmp_path / "open") as open_server:
        with pytest.raises(SetupError, match="bob has no address book on the server yet"):
            find_address_books(open_server.url, "bob", "any")
        open_server.make_address_book("bob", "contacts")
        found = find_address_books(open_server.url, "bob", "any")
        assert [b.href for b in found.books] == ["/bob/contacts/"]
        assert found.principal == "/bob/" and found.books[0].supports_sync


def test_choose_by_name_or_the_first() -> None:
    from app.sync.connectors.carddav.client import AddressBook

    books = [AddressBook("/a/contacts/", "Contacts"), AddressBook("/a/work/", "Work")]
    assert choose(books, None).href == "/a/contacts/"
    assert choose(books, "work").href == "/a/work/"
    assert choose(books, "/a/work/").href == "/a/work/"
    with pytest.raises(SetupError, match="no address book named “home”"):
        choose(books, "home")


def test_basic_with_a_login_bearer_without_or_when_asked() -> None:
    from app.sync.connectors.carddav.client import CardDavClient

    basic = CardDavClient("https://dav.example", "pw", user="alice")
    bearer = CardDavClient("https://dav.example", "tok-1")
    asked = CardDavClient("https://dav.example", "tok-2", user="alice", auth="bearer")
    try:
        assert "Authorization" not in basic._http.headers
        assert basic._http.auth is not None
        assert bearer._http.headers["Authorization"] == "Bearer tok-1"
        assert asked._http.headers["Authorization"] == "Bearer tok-2"
    finally:
        for client in (basic, bearer, asked):
            client.close()
