"""A KIP account over a real loopback socket: KIP is push-only.  A new organization ticked for
KIP is created once with every required field and its uuid kept; an edit goes as a PUT
without the VAT / registration numbers; an organization missing a required field is held back
with a message naming the field while the others are sent; a tag chosen in the account
registers every organization with it; a lost create answer waits for the user before the
company is sent again; 401 stops, 422 rejects one company, 5xx leaves it queued."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import Address, Email, OrganizationContact, Phone, Tag
from app.services.sync import SyncService
from app.store.accounts import AccountRepository
from app.sync.connectors.kip import MARKED, TAG
from app.sync.reference_server import Faults, RunningServer, running_server
from app.sync.reference_server.kip import companies
from tests.sync.accounts.workstations import Workstation, workstation

TOKEN = "kip-sync-token"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="kip") as running:
        yield running


@pytest.fixture
def station(server: RunningServer, tmp_path: Path) -> Iterator[Callable[[str], Workstation]]:
    made: list[Workstation] = []

    def make(name: str) -> Workstation:
        w = workstation(tmp_path / f"{name}.sqlite", "kip", str(server), TOKEN)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()


def company(**extra: Any) -> OrganizationContact:
    fields: dict[str, Any] = {
        "name": "Kinepolis Gent",
        "vat_number": "BE 0415.928.179",
        "company_registration_number": "0415.928.179",
        "invoice_language": "nl",
        "emails": [Email(address="development@kinepolis.com")],
        "phones": [
            Phone(number="+32 9 241 00 00", type="MAIN"),
            Phone(number="+32 470 12 34 56", type="MOBILE"),
        ],
        "addresses": [
            Address(street_name="Ter Platen", street_number="12", zip="9000", city="Gent",
                    country_code="BE", full_address="Ter Platen 12, 9000 Gent, BE"),
        ],
    }  # fmt: skip
    fields.update(extra)
    return OrganizationContact(**fields)


def mark(w: Workstation, *ids: str, tag: str | None = None) -> None:
    settings = {**w.account.settings, MARKED: list(ids)}
    if tag is not None:
        settings[TAG] = tag
    with w.services.db.transaction() as conn:
        w.account = AccountRepository(conn).save(replace(w.account, settings=settings))
    w.engine.account = w.account


def requests(server: RunningServer) -> list[tuple[str, str, int | None]]:
    return [
        (r.method, r.path, r.status)
        for r in server.app.state.stats.records  # type: ignore[attr-defined]
    ]


def test_a_ticked_organization_is_created_once_then_updated_without_the_numbers(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    made = w.add(company())
    other = w.add(company(name="Not in KIP"))
    mark(w, made.id)
    first = w.sync()
    assert first.outcome == "ok", first.messages
    assert first.created_remote == 1
    [(uuid, doc)] = companies(server.app).items()
    assert w.remote_id(made.id) == uuid
    assert w.remote_id(other.id) is None
    assert doc == {
        "uuid": uuid,
        "name": "Kinepolis Gent",
        "addressLine1": "Ter Platen 12",
        "addressLine2": None,
        "addressLine3": None,
        "addressLine4": "Gent",
        "postalCode": "9000",
        "country": "BE",
        "phoneNumber": "+32 9 241 00 00",
        "mobilePhoneNumber": "+32 470 12 34 56",
        "email": "development@kinepolis.com",
        "taxRegistrationNumber": "BE0415928179",
        "companyRegistrationNumber": "0415928179",
        "language": "NL",
    }

    server.app.state.stats.reset()  # type: ignore[attr-defined]
    again = w.sync()
    assert again.outcome == "ok" and again.pushed == 0
    assert requests(server) == []  # nothing changed: nothing sent, nothing read

    w.edit(made.id, name="Kinepolis Gent Ter Platen", emails=[Email(address="facturen@kp.be")])
    edited = w.sync()
    assert edited.outcome == "ok" and edited.pushed == 1 and edited.created_remote == 0
    assert requests(server) == [("PUT", f"/companies/{uuid}", 200)]
    [doc] = companies(server.app).values()
    assert doc["name"] == "Kinepolis Gent Ter Platen"
    assert doc["email"] == "facturen@kp.be"
    assert doc["taxRegistrationNumber"] == "BE0415928179"


def test_the_put_carries_no_vat_or_registration_number(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    made = w.add(company())
    mark(w, made.id)
    assert w.sync().outcome == "ok"
    sent: list[dict[str, Any]] = []
    original = w.client.request_json

    def spy(method: str, path: str, body: Any = None, **kw: Any) -> Any:
        if method == "PUT":
            sent.append(body)
        return original(method, path, body, **kw)

    w.client.request_json = spy  # type: ignore[method-assign]
    w.edit(made.id, invoice_language="FR")
    assert w.sync().outcome == "ok"
    [body] = sent
    assert body["language"] == "FR" and body["name"] == "Kinepolis Gent"
    assert "taxRegistrationNumber" not in body and "companyRegistrationNumber" not in body
    [doc] = companies(server.app).values()
    assert doc["language"] == "FR"


def test_a_company_missing_a_required_field_is_held_back_the_others_sent(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    good = w.add(company())
    no_mobile = w.add(
        company(name="Studio Zonder GSM", phones=[Phone(number="+32 9 111 22 33", type="MAIN")])
    )
    mark(w, good.id, no_mobile.id)
    summary = w.sync()
    assert summary.created_remote == 1 and summary.rejected == 1
    assert w.remote_id(good.id) is not None and w.remote_id(no_mobile.id) is None
    [issue] = w.issues()
    assert issue.local_id == no_mobile.id and issue.detail["held_back"]
    texts = " ".join(p["detail"] for p in issue.detail["problems"])
    assert "KIP needs a mobile phone number — add one or leave this company out of KIP" in texts
    assert [d["name"] for d in companies(server.app).values()] == ["Kinepolis Gent"]
    assert not any(p == "/companies" and s == 400 for _, p, s in requests(server))

    w.edit(
        no_mobile.id, phones=[*w.get(no_mobile.id).phones, Phone(number="+32 470 1", type="MOBILE")]
    )
    fixed = w.sync()
    assert fixed.created_remote == 1 and not w.issues()
    assert len(companies(server.app)) == 2


def test_a_tag_in_the_account_registers_every_organization_with_it(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    tagged = w.add(company(tags=[Tag(name="KIP")]))
    w.add(company(name="Untagged"))
    mark(w, tag="kip")
    assert w.sync().created_remote == 1
    assert [d["name"] for d in companies(server.app).values()] == ["Kinepolis Gent"]
    assert w.remote_id(tagged.id) is not None


def test_a_lost_create_answer_waits_for_the_user_before_sending_again(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    made = w.add(company())
    mark(w, made.id)
    server.app.state.faults = Faults(drop_after_apply=1)  # type: ignore[attr-defined]
    lost = w.sync()
    assert lost.created_remote == 0
    assert len(companies(server.app)) == 1  # KIP made it; Kontor never heard

    asked = w.sync()
    assert asked.created_remote == 0 and len(companies(server.app)) == 1
    [issue] = w.issues()
    assert issue.detail["lost_create"]
    assert "cannot tell whether KIP made it" in issue.detail["problems"][0]["detail"]
    w.edit(made.id, name="Kinepolis Gent NV")  # an edit does not send it behind the user's back
    assert w.sync().created_remote == 0 and len(companies(server.app)) == 1

    [issue] = w.issues()
    SyncService(w.services.db, lambda: None, account_id=w.account.id or 0).retry(issue.id)
    resent = w.sync()
    assert resent.created_remote == 1 and not w.issues()
    assert len(companies(server.app)) == 2  # the user chose to send it again


def test_401_stops_422_rejects_one_5xx_leaves_it_queued(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    a = w.add(company(name="Alpha"))
    b = w.add(company(name="Bravo"))
    mark(w, a.id, b.id)
    server.app.state.faults = Faults(unauthorized_after=0)  # type: ignore[attr-defined]
    stopped = w.sync()
    assert stopped.outcome == "credentials" and not companies(server.app)

    server.app.state.faults = Faults(reject_body_containing="Alpha")  # type: ignore[attr-defined]
    one = w.sync()
    assert one.rejected == 1 and one.created_remote == 1
    [issue] = w.issues()
    assert issue.local_id == a.id and "body" in issue.detail["problems"][0]["title"]

    server.app.state.faults = Faults(fail_writes_path="/companies")  # type: ignore[attr-defined]
    w.edit(b.id, invoice_language="FR")
    failed = w.sync()
    assert failed.outcome in ("incomplete", "offline") and w.pending() >= 1
    server.app.state.faults = Faults()  # type: ignore[attr-defined]
    assert w.sync().pushed >= 1
    assert {d["name"]: d["language"] for d in companies(server.app).values()}["Bravo"] == "FR"


def test_a_vat_number_changed_after_create_is_not_sent(
    station: Callable[[str], Workstation], server: RunningServer
) -> None:
    w = station("a")
    made = w.add(company())
    mark(w, made.id)
    assert w.sync().created_remote == 1
    server.app.state.stats.reset()  # type: ignore[attr-defined]
    w.edit(made.id, vat_number="NL004495445B01")  # e.g. by an import: the editor locks it
    again = w.sync()
    assert again.outcome == "ok" and requests(server) == []
    [doc] = companies(server.app).values()
    assert doc["taxRegistrationNumber"] == "BE0415928179"
