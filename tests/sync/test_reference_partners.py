"""The partner-portal reference server over a real loopback socket: organizations (no delete),
their types and customers, the country list, the documented checks naming their fields, the
token, the fault switches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sync.reference_server import Faults, RunningServer, running_server
from tests.sync.accounts.workstations import bearer_client

TOKEN = "partners-test-token"
BASE = "/api/internal/v1/partners/7"
ORGS = BASE + "/organizations"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="partners") as running:
        yield running


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with bearer_client(server, TOKEN) as client:
        yield client


def _fields(response: httpx.Response) -> set[str]:
    body = response.json()
    named = {p["title"] for p in body["problems"]}
    assert named == set(body["errors"]), body
    return named


def _create(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = http.post(ORGS, json={"name": "SV Grün-Weiß", "type": "club", **fields})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _austria(http: httpx.Client) -> dict[str, Any]:
    countries = http.get(BASE + "/countries").json()["data"]
    found: dict[str, Any] = next(c for c in countries if c["code"] == "AT")
    return found


def test_a_request_without_the_token_is_refused(server: RunningServer) -> None:
    assert httpx.get(f"{server}{ORGS}").status_code == 401
    wrong = httpx.get(f"{server}{ORGS}", headers={"Authorization": "Bearer other"})
    assert wrong.status_code == 401


def test_create_get_update_an_organization_with_every_documented_field(
    http: httpx.Client,
) -> None:
    austria = _austria(http)
    vienna = next(s for s in austria["states"] if s["name"] == "Wien")
    fields = {
        "email": "office@sv-gw.at",
        "internal_note": "pays late",
        "founding_year": 1921,
        "uid": "ATU13585627",
        "zvr": "123456789",
        "dvr": "0012345",
        "address": {
            "street_name": "Hauptstraße",
            "street_number": "5a",
            "additional_information": "Hof 2",
            "post_code": 1010,
            "city": "Wien",
            "country_id": austria["id"],
            "state_id": vienna["id"],
        },
        "phone_number": {"prefix": "+43", "number": "1 234567"},
        "fax_number": {"prefix": "+43", "number": "1 234568"},
    }
    made = _create(http, **fields)
    assert isinstance(made["id"], int) and made["created_at"] == made["updated_at"]
    assert {k: made[k] for k in fields} == fields
    second = _create(http, name="Volksschule Ost", type="school")
    assert second["id"] == made["id"] + 1

    got = http.get(f"{ORGS}/{made['id']}")
    assert got.status_code == 200 and got.json()["data"] == made
    assert (
        http.get(f"{ORGS}/{made['id']}", headers={"If-None-Match": got.headers["etag"]})
    ).status_code == 304

    changed = http.put(f"{ORGS}/{made['id']}", json={"email": None, "type": "company"})
    assert changed.status_code == 200, changed.text
    after = changed.json()["data"]
    assert after["email"] is None and after["type"] == "company"
    assert after["address"] == fields["address"] and after["name"] == "SV Grün-Weiß"
    assert after["updated_at"] > made["updated_at"]
    assert http.get(f"{ORGS}/{made['id']}").json()["data"] == after


def test_there_is_no_delete(http: httpx.Client) -> None:
    made = _create(http)
    assert http.delete(f"{ORGS}/{made['id']}").status_code == 405
    assert http.get(f"{ORGS}/{made['id']}").status_code == 200


def test_organizations_are_per_partner_and_unknown_ids_are_not_found(http: httpx.Client) -> None:
    made = _create(http)
    assert http.get("/api/internal/v1/partners/8/organizations").json()["data"] == []
    assert http.get(f"/api/internal/v1/partners/8/organizations/{made['id']}").status_code == 404
    assert http.get(f"{ORGS}/999").status_code == 404
    assert http.get(f"{ORGS}/abc").status_code == 404
    assert http.get("/api/internal/v1/partners/x/organizations").status_code == 404


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"type": "pub"}, {"type"}),
        ({"name": "  "}, {"name"}),
        ({"email": "office-at-club"}, {"email"}),
        ({"founding_year": "1921"}, {"founding_year"}),
        ({"founding_year": 1921.5}, {"founding_year"}),
        ({"address": {"post_code": "1010 Wien"}}, {"address.post_code"}),
        ({"address": {"post_code": "1010"}}, {"address.post_code"}),
        ({"address": {"country_id": 99999}}, {"address.country_id"}),
        ({"address": {"state_id": 1}}, {"address.state_id"}),
        ({"address": {"city": 5}}, {"address.city"}),
        ({"address": "Hauptstraße 5"}, {"address"}),
        ({"phone_number": {"prefix": "43", "number": "1234"}}, {"phone_number.prefix"}),
        ({"fax_number": {"prefix": "+43", "number": "+43 1234"}}, {"fax_number.number"}),
        ({"phone_number": "+43 1234"}, {"phone_number"}),
        ({"uid": 5, "zvr": True}, {"uid", "zvr"}),
    ],
)
def test_an_organization_breaking_a_rule_is_refused_naming_the_field_and_nothing_is_stored(
    http: httpx.Client, fields: dict[str, Any], named: set[str]
) -> None:
    refused = http.post(ORGS, json={"name": "Club", "type": "club", **fields})
    assert refused.status_code == 422, refused.text
    assert _fields(refused) == named
    assert http.get(ORGS).json()["data"] == []

    made = _create(http)
    refused = http.put(f"{ORGS}/{made['id']}", json=fields)
    assert refused.status_code == 422 and _fields(refused) == named
    assert http.get(f"{ORGS}/{made['id']}").json()["data"] == made


def test_a_state_must_be_of_the_country(http: httpx.Client) -> None:
    austria = _austria(http)
    germany = next(c for c in http.get(BASE + "/countries").json()["data"] if c["code"] == "DE")
    bavaria = next(s for s in germany["states"] if s["name"] == "Bayern")
    address = {"country_id": austria["id"], "state_id": bavaria["id"]}
    refused = http.post(ORGS, json={"name": "Club", "type": "club", "address": address})
    assert refused.status_code == 422 and _fields(refused) == {"address.state_id"}


def test_name_and_type_are_required_on_create(http: httpx.Client) -> None:
    refused = http.post(ORGS, json={"email": "a@b.at"})
    assert refused.status_code == 400 and _fields(refused) == {"name", "type"}
    made = _create(http)
    refused = http.put(f"{ORGS}/{made['id']}", json={"type": None})
    assert refused.status_code == 422 and _fields(refused) == {"type"}


def test_types_can_grow_and_the_listing_filters_by_search_and_types(
    server: RunningServer, http: httpx.Client
) -> None:
    types = http.get(ORGS + "/types").json()["data"]
    assert types == ["club", "company", "school", "hobby_group", "kindergarten"]
    assert http.post(ORGS, json={"name": "Chor", "type": "choir"}).status_code == 422
    server.app.state.organization_types.append("choir")  # type: ignore[attr-defined]
    assert "choir" in http.get(ORGS + "/types").json()["data"]
    choir = _create(http, name="Kirchenchor St. Anna", type="choir")
    club = _create(http, name="SV Anna-Berg", type="club")
    school = _create(http, name="Volksschule", type="school")

    def names(**params: Any) -> list[str]:
        return [o["name"] for o in http.get(ORGS, params=params).json()["data"]]

    assert names() == [choir["name"], club["name"], school["name"]]
    assert names(search="anna") == [choir["name"], club["name"]]
    assert names(**{"types[]": ["club", "school"]}) == [club["name"], school["name"]]
    assert names(search="ANNA", **{"types[]": "choir"}) == [choir["name"]]


def test_customers_are_added_once_and_removed(http: httpx.Client) -> None:
    made = _create(http)
    customers = f"{ORGS}/{made['id']}/customers"
    assert http.post(customers, json={"customer_id": 5}).status_code == 201
    assert http.post(customers, json={"customer_id": 5}).status_code == 200  # nothing happens
    assert http.post(customers, json={"customer_id": 9}).status_code == 201
    assert http.get(customers).json()["data"] == [{"customer_id": 5}, {"customer_id": 9}]
    touched = http.get(f"{ORGS}/{made['id']}").json()["data"]
    assert touched["updated_at"] > made["updated_at"]

    refused = http.post(customers, json={"customer_id": "5"})
    assert refused.status_code == 422 and _fields(refused) == {"customer_id"}
    assert http.post(customers, json={}).status_code == 400

    assert http.request("DELETE", customers, json={"customer_id": 5}).status_code == 204
    assert http.delete(customers, params={"customer_id": 9}).status_code == 204
    assert http.delete(customers, params={"customer_id": 9}).status_code == 204
    assert http.get(customers).json()["data"] == []
    assert http.get(f"{ORGS}/999/customers").status_code == 404


def test_fault_switches_apply_to_the_listing_writes_and_partners(
    server: RunningServer, http: httpx.Client
) -> None:
    ids = [_create(http, name=f"Club {i}")["id"] for i in range(4)]
    state: Any = server.app.state

    state.faults = Faults(fail_pages=frozenset({1}))
    assert http.get(ORGS).status_code == 500
    assert http.get(f"{ORGS}/{ids[0]}").status_code == 200  # only the listing

    state.faults = Faults(listing_cutoff=2)
    listed = http.get(ORGS).json()
    assert [o["id"] for o in listed["data"]] == ids[:2] and listed["problems"] == []

    state.faults = Faults(problem_pages=True)
    partial = http.get(ORGS).json()
    assert len(partial["data"]) == 3 and partial["problems"]

    state.faults = Faults(not_found_orgs={"7"})
    assert http.get(ORGS).status_code == 404
    assert http.get("/api/internal/v1/partners/8/organizations").status_code == 200

    state.faults = Faults(drop_after_apply=1)
    with pytest.raises(httpx.TransportError):
        http.post(ORGS, json={"name": "Lost answer", "type": "club"})
    state.faults = Faults()
    assert [o["name"] for o in http.get(ORGS, params={"search": "lost"}).json()["data"]] == [
        "Lost answer"
    ]

    state.faults = Faults(unauthorized_after=1)
    assert http.get(ORGS).status_code == 200
    assert http.get(ORGS).status_code == 401
    state.faults = Faults()
