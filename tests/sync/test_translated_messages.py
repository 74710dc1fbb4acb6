"""The words of sync and of the command line come out in the user's language: a look-up
installed through :mod:`app.i18n` (as the window and the command line install the chosen
catalogue) is asked for each message, and the values are filled into the translated template.

The look-up here is a small German catalogue of a few messages; every other message stays in
English, as with a catalogue that lacks it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

import app.i18n
from app.cli.main import main
from app.domain.models import Address, Email, OrganizationContact, Phone
from app.store.accounts import AccountRepository
from app.sync.connection_check import check_connection
from app.sync.connectors.kip import MARKED
from app.sync.settings import SyncSettings
from tests.sync.accounts.workstations import workstation

GERMAN: dict[tuple[str, str], str] = {
    ("Sync", "KIP needs {what} — add one or leave this company out of KIP"): (
        "KIP braucht {what} — ergänzen oder die Firma aus KIP herausnehmen"
    ),
    ("Sync", "a mobile phone number"): "eine Handynummer",
    ("Sync", "Not sent: {field}"): "Nicht gesendet: {field}",
    ("Sync", "“{name}” was not sent to {system}: {problems} — fix it here."): (
        "„{name}“ wurde nicht an {system} gesendet: {problems} — hier beheben."
    ),
    ("", "%n rejected"): "%n abgelehnt",
    ("", "%n sent"): "%n gesendet",
    (
        "Connection",
        "The token is not allowed to read the contacts of organization “{org}” (403). "
        "Ask your administrator for a token with access to it.",
    ): "Das Token darf die Kontakte der Organisation „{org}“ nicht lesen (403).",
    ("Command line", "there is no database at {path}."): "unter {path} gibt es keine Datenbank.",
}


def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = GERMAN.get((context, text), text)
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture
def in_german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The command line installs the catalogue of the user's language at start: it keeps this one.
    monkeypatch.setattr("app.ui.i18n.install_translations", lambda language=None: "de")
    monkeypatch.setattr("app.qm.install_without_qt", lambda group: "de")
    app.i18n.install(german)
    try:
        yield
    finally:
        app.i18n.install(None)


def test_a_held_back_company_gets_its_sync_issue_and_run_note_in_german(
    in_german: None, tmp_path: Path
) -> None:
    # KIP only takes what is sent: a company it would refuse is held back before any call.
    w = workstation(tmp_path / "k.sqlite", "kip", "http://127.0.0.1:9", "token")
    try:
        studio = w.add(
            OrganizationContact(
                name="Studio Zonder GSM",
                vat_number="BE 0415.928.179",
                invoice_language="nl",
                emails=[Email(address="studio@example.be")],
                phones=[Phone(number="+32 9 111 22 33", type="MAIN")],
                addresses=[
                    Address(
                        street_name="Ter Platen",
                        street_number="12",
                        zip="9000",
                        city="Gent",
                        country_code="BE",
                    )
                ],
            )
        )
        with w.services.db.transaction() as conn:
            w.account = AccountRepository(conn).save(
                replace(w.account, settings={**w.account.settings, MARKED: [studio.id]})
            )
        w.engine.account = w.account

        summary = w.sync()

        [issue] = w.issues()
        assert issue.local_id == studio.id and issue.detail["held_back"]
        problems = {(p["title"], p["detail"]) for p in issue.detail["problems"]}
        assert (
            "Nicht gesendet: phone.number",
            "KIP braucht eine Handynummer — ergänzen oder die Firma aus KIP herausnehmen"
            " — fix it here",  # a message without a German entry stays English
        ) in problems
        assert any(
            m.startswith("„Studio Zonder GSM“ wurde nicht an KIP gesendet: KIP braucht eine")
            and m.endswith(" — hier beheben.")
            for m in summary.messages
        ), summary.messages
        assert summary.line().startswith("0 gesendet, ")
        assert summary.line().endswith(", 1 abgelehnt")
    finally:
        w.close()


def test_the_connection_check_says_why_in_german(in_german: None) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(403, json={"title": "no"}))
    settings = SyncSettings(base_url="https://contacts.example.com/v1", org_id="o-17")

    report = check_connection(settings, "a-token", transport=transport)

    assert not report.ok and report.problem == "forbidden"
    assert (
        report.message == "Das Token darf die Kontakte der Organisation „o-17“ nicht lesen (403)."
    )


def test_a_command_line_error_comes_out_in_german(
    in_german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite"

    code = main(["accounts", "list", "--db", str(missing)])

    assert code == 2
    err = capsys.readouterr().err
    assert err.strip() == f"kontor accounts: unter {missing} gibt es keine Datenbank."


def test_without_a_catalogue_the_english_words_stay(tmp_path: Path) -> None:
    app.i18n.install(None)
    transport = httpx.MockTransport(lambda request: httpx.Response(403, json={"title": "no"}))
    settings = SyncSettings(base_url="https://contacts.example.com/v1", org_id="o-17")

    report = check_connection(settings, "a-token", transport=transport)

    assert report.message.startswith(
        "The token is not allowed to read the contacts of organization “o-17” (403)."
    )
