"""The Kanbert reference server over a real loopback socket: contacts and companies, paging,
tombstones, the documented checks naming their fields, the token, the fault switches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sync.reference_server import Faults, RunningServer, running_server
from tests.sync.accounts.workstations import bearer_client

TOKEN = "kanbert-test-token"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="kanbert") as running:
        yield running


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with bearer_client(server, TOKEN) as client:
        yield client


def _fields(response: httpx.Response) -> set[str]:
    body = response.json()
    named = {p["title"] for p in body["problems"]}
    assert named == set(body["errors"]), body  # both shapes name the same fields
    return named


def _create(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = http.post("/contacts", json={"first_name": "Ann", "last_name": "Peeters", **fields})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_a_request_without_the_token_is_refused(server: RunningServer) -> None:
    assert httpx.get(f"{server}/contacts").status_code == 401
    wrong = httpx.get(f"{server}/contacts", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_create_get_update_keep_every_field_and_move_updated_at(http: httpx.Client) -> None:
    made = _create(
        http,
        email="ann@example.be",
        birthday="1980-02-29",
        address_country={"code": "be"},
        custom_fields={"vip": True, "level": 3, "note": "x", "empty": None},
        external_id="kontor-1",
        external_origin="kontor",
        linkedin="ann-p",
    )
    assert made["owner"]["type"] == "integration"
    assert made["address_country"] == {"id": "country-be", "name": "Belgium", "code": "BE"}
    assert made["deleted_at"] is None and made["created_at"] == made["updated_at"]
    assert made["telephone"] is None  # every field of the schema is answered
    assert made["linkedin"] == "ann-p"  # a field the schema does not name is kept

    got = http.get(f"/contacts/{made['id']}")
    assert got.status_code == 200 and got.json()["data"] == made
    again = http.get(f"/contacts/{made['id']}", headers={"If-None-Match": got.headers["etag"]})
    assert again.status_code == 304

    changed = http.put(f"/contacts/{made['id']}", json={"email": None, "telephone": "+32 9 1"})
    assert changed.status_code == 200, changed.text
    after = changed.json()["data"]
    assert after["email"] is None and after["telephone"] == "+32 9 1"
    assert after["first_name"] == "Ann" and after["custom_fields"]["level"] == 3  # kept
    assert after["updated_at"] > made["updated_at"]
    assert after["created_at"] == made["created_at"]
    assert http.get(f"/contacts/{made['id']}").json()["data"] == after


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"email": "not-an-address"}, {"email"}),
        ({"email_private": 12}, {"email_private"}),
        ({"birthday": "1980-13-01"}, {"birthday"}),
        ({"birthday": "01.02.1980"}, {"birthday"}),
        ({"address_country": {"code": "XX"}}, {"address_country.code"}),
        ({"address_country": "BE"}, {"address_country"}),
        ({"custom_fields": {"ratio": 1.5, "ok": "x"}}, {"custom_fields.ratio"}),
        ({"custom_fields": {"list": [1]}}, {"custom_fields.list"}),
        ({"telephone": 123, "address_zip": 9000}, {"telephone", "address_zip"}),
        ({"first_name": None, "last_name": ""}, {"first_name", "last_name"}),
        ({"companies": [{"id": "no-such-company"}]}, {"companies[0].id"}),
    ],
)
def test_a_contact_breaking_a_rule_is_refused_naming_the_field_and_nothing_is_stored(
    http: httpx.Client, fields: dict[str, Any], named: set[str]
) -> None:
    body = {"first_name": "Ann", "last_name": "Peeters", **fields}
    refused = http.post("/contacts", json=body)
    assert refused.status_code == 422, refused.text
    assert _fields(refused) == named
    assert http.get("/contacts").json()["meta"]["total"] == 0

    made = _create(http)
    refused = http.put(f"/contacts/{made['id']}", json=fields)
    assert refused.status_code == 422 and _fields(refused) == named
    assert http.get(f"/contacts/{made['id']}").json()["data"] == made


def test_a_body_that_is_not_a_json_object_is_refused(http: httpx.Client) -> None:
    assert http.post("/contacts", content=b"{nope").status_code == 400
    refused = http.post("/contacts", json=["a"])
    assert refused.status_code == 400 and _fields(refused) == {"body"}


def test_external_id_is_unique_and_finds_a_contact(http: httpx.Client) -> None:
    first = _create(http, external_id="kontor-7")
    _create(http, external_id="kontor-8")
    taken = http.post("/contacts", json={"last_name": "B", "external_id": "kontor-7"})
    assert taken.status_code == 422 and _fields(taken) == {"external_id"}
    found = http.get("/contacts", params={"external_id": "kontor-7"}).json()
    assert [c["id"] for c in found["data"]] == [first["id"]]
    assert found["meta"]["total"] == 1
    assert http.get("/contacts", params={"external_id": "none"}).json()["data"] == []


def test_pages_list_every_contact_once_in_order(http: httpx.Client) -> None:
    ids = [_create(http, last_name=f"P{i}")["id"] for i in range(7)]
    seen: list[str] = []
    for page in (1, 2, 3):
        body = http.get("/contacts", params={"page": page, "per_page": 3}).json()
        assert body["meta"] == {"current_page": page, "per_page": 3, "total": 7, "last_page": 3}
        assert body["problems"] == []
        seen += [c["id"] for c in body["data"]]
    assert seen == ids
    assert http.get("/contacts", params={"page": 4, "per_page": 3}).json()["data"] == []
    assert len(http.get("/contacts").json()["data"]) == 7  # default page size 25
    for bad in ({"per_page": 0}, {"per_page": 1001}, {"page": 0}, {"page": "x"}):
        refused = http.get("/contacts", params=bad)
        assert refused.status_code == 400, bad
        assert _fields(refused) <= {"page", "per_page"}


def test_a_deleted_contact_is_a_tombstone_still_listed_and_answered(http: httpx.Client) -> None:
    made = _create(http)
    kept = _create(http, last_name="Other")
    assert http.delete(f"/contacts/{made['id']}").status_code == 204
    gone = http.get(f"/contacts/{made['id']}").json()["data"]
    assert gone["deleted_at"] is not None and gone["updated_at"] == gone["deleted_at"]
    assert gone["updated_at"] > made["updated_at"] and gone["last_name"] == "Peeters"
    listed = {c["id"]: c for c in http.get("/contacts").json()["data"]}
    assert listed[made["id"]]["deleted_at"] == gone["deleted_at"]
    assert listed[kept["id"]]["deleted_at"] is None
    # deleting again changes nothing; a tombstone cannot be changed
    assert http.delete(f"/contacts/{made['id']}").status_code == 204
    assert http.get(f"/contacts/{made['id']}").json()["data"] == gone
    refused = http.put(f"/contacts/{made['id']}", json={"first_name": "Back"})
    assert refused.status_code == 409 and _fields(refused) == {"deleted_at"}
    assert http.get("/contacts/unknown").status_code == 404
    assert http.delete("/contacts/unknown").status_code == 404


def test_companies_and_the_position_at_each(http: httpx.Client) -> None:
    assert _fields(http.post("/companies", json={"name": " "})) == {"name"}
    acme = http.post("/companies", json={"name": "Acme NV"}).json()["data"]
    assert http.get(f"/companies/{acme['id']}").json()["data"]["name"] == "Acme NV"
    made = _create(http, companies=[{"id": acme["id"], "contact_company": {"position": "CFO"}}])
    [company] = made["companies"]
    assert company["name"] == "Acme NV" and company["contact_company"] == {"position": "CFO"}
    listed = http.get("/companies", params={"per_page": 1}).json()
    assert [c["id"] for c in listed["data"]] == [acme["id"]] and listed["meta"]["total"] == 1
    left = http.put(f"/contacts/{made['id']}", json={"companies": []}).json()["data"]
    assert left["companies"] == []


def test_a_listed_contact_is_the_contact_its_get_answers(http: httpx.Client) -> None:
    # The listing joins the stored texts and reads only contacts naming companies: each
    # listed contact, with or without companies, a tombstone too, is what its GET answers.
    acme = http.post("/companies", json={"name": "Acme NV", "vat": "BE1"}).json()["data"]
    plain = _create(http, custom_fields={"note": 'says "companies": []', "n": 2})
    working = _create(
        http,
        last_name="Janssens",
        companies=[{"id": acme["id"], "contact_company": {"position": "CFO"}}],
    )
    gone = _create(http, last_name="Gone")
    http.delete(f"/contacts/{gone['id']}")
    accented = _create(http, first_name="Zoë", address_town="Liège")
    ids = [plain["id"], working["id"], gone["id"], accented["id"]]

    page = http.get("/contacts", params={"per_page": 10})
    assert page.headers["content-type"] == "application/json"
    listed = page.json()["data"]
    assert [c["id"] for c in listed] == ids
    for contact in listed:
        assert contact == http.get(f"/contacts/{contact['id']}").json()["data"]
    assert listed[1]["companies"][0]["name"] == "Acme NV"
    assert listed[1]["companies"][0]["contact_company"] == {"position": "CFO"}
    companies = http.get("/companies").json()["data"]
    assert companies == [http.get(f"/companies/{acme['id']}").json()["data"]]


def test_fault_switches_apply_to_contact_listings_and_writes(
    server: RunningServer, http: httpx.Client
) -> None:
    ids = [_create(http, last_name=f"P{i}", external_id=f"k-{i}")["id"] for i in range(5)]
    state: Any = server.app.state

    state.faults = Faults(fail_pages=frozenset({2}))
    assert http.get("/contacts", params={"page": 1, "per_page": 2}).status_code == 200
    assert http.get("/contacts", params={"page": 2, "per_page": 2}).status_code == 500

    state.faults = Faults(listing_cutoff=3)
    first = http.get("/contacts", params={"per_page": 2}).json()
    second = http.get("/contacts", params={"page": 2, "per_page": 2}).json()
    assert [c["id"] for c in first["data"] + second["data"]] == ids[:3]
    assert second["problems"] == []  # silently missing

    state.faults = Faults(problem_pages=True)
    partial = http.get("/contacts", params={"per_page": 3}).json()
    assert len(partial["data"]) == 2 and partial["problems"]

    state.faults = Faults(reject_body_containing="Zorro")
    refused = http.post("/contacts", json={"last_name": "Zorro"})
    assert refused.status_code == 422
    assert [p["title"] for p in refused.json()["problems"]] == ["body"]

    state.faults = Faults(drop_after_apply=1)
    with pytest.raises(httpx.TransportError):
        http.post("/contacts", json={"last_name": "Lost", "external_id": "lost-1"})
    state.faults = Faults()
    found = http.get("/contacts", params={"external_id": "lost-1"}).json()["data"]
    assert [c["last_name"] for c in found] == ["Lost"]  # applied: a lost create can be found

    state.faults = Faults(fail_writes_path=f"/contacts/{ids[0]}$")
    assert http.put(f"/contacts/{ids[0]}", json={"title": "Dr"}).status_code == 500
    assert http.put(f"/contacts/{ids[1]}", json={"title": "Dr"}).status_code == 200

    state.faults = Faults(unauthorized_after=0)
    assert http.get("/contacts").status_code == 401
    state.faults = Faults()
    assert state.stats.count("GET", "/contacts", status=500) == 1
