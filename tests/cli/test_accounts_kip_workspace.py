"""``kontor accounts add`` for KIP (``--kip-tag``) and the workspace (``--own-organization``),
then ``kontor sync --account`` against their reference servers, as a script would."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.models import Address, Email, Location, OrganizationContact, Phone, Tag
from app.services.registry import Services
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.sync.reference_server import running_server
from app.sync.reference_server.kip import companies
from app.sync.reference_server.workspace import locations
from tests.cli.test_accounts_command import MemoryKeyring

TOKEN = "cli-kip-ws-token"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _book(path: Path) -> None:
    services = Services.over(open_database(path))
    try:
        for org in (
            OrganizationContact(
                name="Kinepolis Gent", tags=[Tag(name="KIP")], vat_number="BE0415928179",
                invoice_language="NL", emails=[Email(address="a@kp.be")],
                phones=[Phone(number="+32 9 241 00 00", type="MAIN"),
                        Phone(number="+32 470 12 34 56", type="MOBILE")],
                addresses=[Address(street_name="Ter Platen", street_number="12", zip="9000",
                                   city="Gent", country_code="BE")],
            ),
            OrganizationContact(
                name="Werkplaats Noord BV",
                locations=[Location(name="Gent", office_open_hour=8, office_close_hour=17)],
            ),
        ):  # fmt: skip
            assert services.editing.save(org).contact is not None
    finally:
        services.close()


def test_add_and_sync_kip_and_workspace_accounts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = MemoryKeyring()
    monkeypatch.setattr("app.sync.credentials._default_backend", lambda: backend)
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    db = tmp_path / "book.sqlite"
    _book(db)
    with (
        running_server(tmp_path / "kip", TOKEN, system="kip") as kip,
        running_server(tmp_path / "ws", TOKEN, system="workspace") as ws,
    ):
        code, _, err = _run(
            capsys, "accounts", "add", "--db", str(db), "--type", "workspace", "--name", "WS",
            "--url", str(ws), "--own-organization", "Nobody BV",
        )  # fmt: skip
        assert code == 2 and "no organization named “Nobody BV”" in err
        code, _, err = _run(
            capsys, "accounts", "add", "--db", str(db), "--type", "kanbert", "--name", "K",
            "--url", str(ws), "--kip-tag", "KIP",
        )  # fmt: skip
        assert code == 2 and "--kip-tag is for KIP accounts" in err
        code, out, err = _run(
            capsys, "accounts", "add", "--db", str(db), "--type", "kip", "--name", "KIP",
            "--url", str(kip), "--kip-tag", "kip",
        )  # fmt: skip
        assert code == 0, err
        code, out, err = _run(
            capsys, "accounts", "add", "--db", str(db), "--type", "workspace", "--name", "WS",
            "--url", str(ws), "--own-organization", "werkplaats noord bv",
        )  # fmt: skip
        assert code == 0, err
        services = Services.over(open_database(db))
        try:
            with services.db.reading() as conn:
                stored = {a.name: a.settings for a in AccountRepository(conn).all()}
        finally:
            services.close()
        assert stored["KIP"]["tag"] == "kip"
        assert stored["WS"]["own_organization"]

        code, out, err = _run(capsys, "sync", "--db", str(db), "--account", "KIP")
        assert code == 0, (out, err)
        assert [c["name"] for c in companies(kip.app).values()] == ["Kinepolis Gent"]
        code, out, err = _run(capsys, "sync", "--db", str(db), "--account", "WS")
        assert code == 0, (out, err)
        assert [d["name"] for d in locations(ws.app)] == ["Gent"]
