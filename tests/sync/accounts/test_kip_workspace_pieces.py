"""The pure pieces of the KIP and workspace connectors, and their reference servers' own
rules: KIP's checks name each field, the company body round-trips, the update leaves the
create-only numbers out; the reference servers refuse what the documents refuse; the workspace
client reads plain and JSON-LD collections, following the next page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.models import Address, Email, Location, OrganizationContact, Phone
from app.sync.connector import LinkIds
from app.sync.connectors.kip import mapping as kip
from app.sync.connectors.workspace import mapping as ws
from app.sync.connectors.workspace.client import WorkspaceClient
from app.sync.reference_server import RunningServer, running_server

TOKEN = "pieces-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def org(**extra: Any) -> OrganizationContact:
    fields: dict[str, Any] = {
        "name": "Kinepolis Gent",
        "vat_number": "BE 0415.928.179",
        "invoice_language": "nl",
        "emails": [Email(address="development@kinepolis.com")],
        "phones": [Phone(number="+32 9 241 00 00", type="MAIN"),
                   Phone(number="+32 470 12 34 56", type="WORK_MOBILE")],
        "addresses": [
            Address(street_name="Elsewhere", street_number="1", city="Brugge", zip="8000",
                    country_code="BE"),
            Address(street_name="Ter Platen", street_number="12a", city="Gent", zip="9000",
                    country_code="BE", usages=["INVOICES"]),
        ],
    }  # fmt: skip
    fields.update(extra)
    return OrganizationContact(**fields)


def messages(contact: OrganizationContact) -> list[str]:
    return [p.message for p in kip.check(kip.project_contact(contact))]


def test_kip_body_takes_the_invoice_address_the_main_phone_and_the_mobile() -> None:
    body = kip.from_projection(kip.project_contact(org()), None)
    assert body["addressLine1"] == "Ter Platen 12a" and body["addressLine4"] == "Gent"
    assert body["phoneNumber"] == "+32 9 241 00 00"
    assert body["mobilePhoneNumber"] == "+32 470 12 34 56"
    assert body["taxRegistrationNumber"] == "BE0415928179"
    assert body["companyRegistrationNumber"] == "" and body["language"] == "NL"
    assert messages(org()) == []
    # Through KIP's form and back, the same body.
    again = kip.from_projection(kip.to_projection(body, LinkIds()), None)
    assert again == body
    update = kip.update_body({**body, "uuid": "u1"})
    assert "taxRegistrationNumber" not in update and "uuid" not in update


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"phones": [Phone(number="+32 9 241 00 00", type="MAIN")]},
         "KIP needs a mobile phone number — add one or leave this company out of KIP"),
        ({"emails": []},
         "KIP needs an e-mail address for invoices — add one or leave this company out of KIP"),
        ({"invoice_language": None},
         "KIP needs an invoice language — add one or leave this company out of KIP"),
        ({"addresses": []},
         "KIP needs a street in the invoice address — add one or leave this company out of KIP"),
        ({"vat_number": None},
         "KIP needs a VAT number or a company registration number — add one or leave this "
         "company out of KIP"),
        ({"vat_number": "BE0415928179BE0415928179"},
         "VAT number: KIP takes at most 16 letters and digits — BE0415928179BE0415928179"),
        ({"invoice_language": "dutch"},
         "Invoice language: KIP takes a code of 2 or 3 letters — DUTCH"),
        ({"phones": [Phone(number="+32 9 241 00 00 " + "1" * 30, type="MAIN"),
                     Phone(number="+32 470", type="MOBILE")]},
         "Phone: KIP takes at most 35 characters — +32 9 241 00 00 " + "1" * 30),
    ],
)  # fmt: skip
def test_kip_rules_name_the_field(change: dict[str, Any], expected: str) -> None:
    assert expected in messages(org(**change))


def test_workspace_hours_rules() -> None:
    assert ws.problems({"name": "Gent", "officeOpenHour": 8, "officeCloseHour": 17}) == []
    assert ws.problems({"name": "Gent", "officeOpenHour": None, "officeCloseHour": None}) == []
    assert ws.problems({"name": "Gent", "officeOpenHour": -1, "officeCloseHour": 24}) == [
        "Location “Gent”: the opening hour must be an hour from 0 to 23 — -1",
        "Location “Gent”: the closing hour must be an hour from 0 to 23 — 24",
    ]
    assert ws.problems({"name": "Gent", "officeOpenHour": 9, "officeCloseHour": 9}) == [
        "Location “Gent”: opens at 9 and closes at 9 — the opening hour must be before the "
        "closing hour"
    ]
    assert ws.problems({"name": " ", "officeOpenHour": 1}, "in the workspace") == [
        "A location in the workspace: the workspace needs a name for every location"
    ]
    loc = Location(name="Gent", member_count=12)
    applied = ws.apply(loc, {"name": "Gent", "officeOpenHour": 7, "officeCloseHour": 16})
    assert applied.member_count == 12 and applied.office_open_hour == 7


@pytest.fixture
def kip_server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="kip") as running:
        yield running


def test_the_kip_reference_server_refuses_what_kip_refuses(kip_server: RunningServer) -> None:
    body = kip.create_body(kip.from_projection(kip.project_contact(org()), None))
    with httpx.Client(base_url=str(kip_server), headers=AUTH, timeout=5) as http:
        missing = http.post("/companies", json={"name": "X"})
        assert missing.status_code == 400
        assert {"addressLine1", "mobilePhoneNumber", "language"} <= set(missing.json()["errors"])
        bad = http.post("/companies", json={**body, "country": "Belgium", "language": "n1"})
        assert bad.status_code == 422 and set(bad.json()["errors"]) == {"country", "language"}
        made = http.post("/companies", json=body)
        assert made.status_code == 201
        uuid = made.json()["data"]
        update = kip.update_body(body)
        assert http.put(f"/companies/{uuid}", json={**update, "name": "New"}).status_code == 200
        changed = http.put(f"/companies/{uuid}", json={**update, "taxRegistrationNumber": "BE1"})
        assert changed.status_code == 422
        assert "can't change after create" in changed.json()["detail"]
        assert http.put("/companies/nope", json=update).status_code == 404
        assert http.get(f"/companies/{uuid}").status_code == 405  # no read path


@pytest.fixture
def ws_server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="workspace") as running:
        yield running


def test_the_workspace_reference_server(ws_server: RunningServer) -> None:
    with httpx.Client(base_url=str(ws_server), headers=AUTH, timeout=5) as http:
        assert http.post("/locations", json={"officeOpenHour": 8}).status_code == 400
        assert http.post("/locations", json={"name": "G", "officeOpenHour": "8"}).status_code == 422
        made = http.post("/locations", json={"name": "Gent", "officeOpenHour": 8}).json()
        assert made["@id"] == f"/locations/{made['id']}" and made["officeCloseHour"] is None
        patched = http.patch(made["@id"], json={"officeCloseHour": 17}).json()
        assert patched["officeOpenHour"] == 8 and patched["officeCloseHour"] == 17
        assert http.delete(made["@id"]).status_code == 405
        plain = http.get("/locations").json()
        ld = http.get("/locations", headers={"Accept": "application/ld+json"}).json()
        assert plain == ld["hydra:member"] and ld["hydra:totalItems"] == 1


def test_the_workspace_client_follows_json_ld_pages() -> None:
    pages = {
        "/api/locations": {
            "hydra:member": [{"@id": "/api/locations/1", "id": 1, "name": "A"}],
            "hydra:view": {"hydra:next": "/api/locations?page=2"},
        },
        "/api/locations?page=2": {
            "member": [{"@id": "/api/locations/2", "id": 2, "name": "B"}],
            "view": {},
        },
    }

    def answer(request: httpx.Request) -> httpx.Response:
        key = request.url.path + (f"?{request.url.query.decode()}" if request.url.query else "")
        return httpx.Response(200, json=pages[key])

    client = WorkspaceClient("https://ws.example/api", "t", transport=httpx.MockTransport(answer))
    listing = client.locations()
    assert listing.complete and [d["name"] for d in listing.items] == ["A", "B"]
    client.close()


def test_test_connection_of_a_workspace_and_a_kip_account(
    ws_server: RunningServer, tmp_path: Path
) -> None:
    from app.services.accounts import Accounts
    from app.store.migrations import open_database
    from app.sync.accounts import Account
    from app.sync.credentials import TokenStore
    from tests.ui.test_preferences import MemoryKeyring

    db = open_database(tmp_path / "t.sqlite")
    try:
        accounts = Accounts(db, TokenStore(MemoryKeyring(), environ={}), timeout=5)
        ws = Account(type="workspace", name="WS", base_url=str(ws_server))
        report = accounts.test_connection(ws, TOKEN)
        assert (
            report.ok
            and report.message == "Connected: the workspace organization “Werkplaats Noord”."
        )
        refused = accounts.test_connection(ws, "wrong-token")
        assert not refused.ok and refused.problem == "unauthorized"
        kip_account = Account(type="kip", name="KIP", base_url="https://kip.example")
        said = accounts.test_connection(kip_account, TOKEN)
        assert not said.ok and "KIP has no read path" in said.message
    finally:
        db.close()
