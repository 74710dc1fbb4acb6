"""The reference server over a real loopback socket, driven by :class:`ContactsApiClient`."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from app.sync.client import (
    ApiAuthError,
    ApiNotFound,
    ApiRejected,
    ApiUnavailable,
    ContactsApiClient,
    RetryPolicy,
)
from app.sync.reference_server import Faults, RunningServer, running_server

TOKEN = "reference-token"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32

ClientFactory = Callable[..., ContactsApiClient]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference"), TOKEN) as url:
        yield url


@pytest.fixture
def make_client(server: RunningServer) -> Iterator[ClientFactory]:
    """Clients on a fresh org (each test has its own tenant); faults are reset afterwards."""
    clients: list[ContactsApiClient] = []
    org = f"org-{uuid.uuid4().hex[:8]}"

    def make(
        *,
        org_id: str = org,
        token: str = TOKEN,
        attempts: int = 1,
        sleeps: list[float] | None = None,
    ) -> ContactsApiClient:
        client = ContactsApiClient(
            server,
            org_id,
            token,
            retry=RetryPolicy(max_attempts=attempts),
            sleep=sleeps.append if sleeps is not None else (lambda _s: None),
            rand=lambda: 0.5,
            read_timeout=5.0,
        )
        clients.append(client)
        return client

    yield make
    server.app.state.faults = Faults()  # type: ignore[attr-defined]
    for client in clients:
        client.close()


def _set_faults(server: RunningServer, faults: Faults) -> None:
    server.app.state.faults = faults  # type: ignore[attr-defined]


def _b64(data: bytes) -> dict[str, str]:
    return {"data": base64.b64encode(data).decode("ascii")}


# --- contacts and their parts -------------------------------------------------------------


def test_individual_lifecycle_with_points_roles_tags_images(make_client: ClientFactory) -> None:
    c = make_client()
    created = c.create("individual", {"name": "Anna Berg", "external_id": "local-1"})
    cid = created["id"]
    assert created["deleted"] is False and created["name"] == "Anna Berg"
    uuid.UUID(cid)  # server-made UUID

    address = c.create_contact_point(
        "individual",
        cid,
        "addresses",
        {
            "type": "RESIDENTIAL_HOME",
            "usage_context": "PERSONAL",
            "full_address": "Ringstraße 1, 1010 Wien",
            "street_name": "Ringstraße",
            "street_number": "1",
            "zip": "1010",
            "city": "Wien",
            "country_code": "AT",
        },
    )
    email = c.create_contact_point(
        "individual",
        cid,
        "emails",
        {"type": "PERSONAL_EMAIL", "usage_context": "PERSONAL", "address": "anna@example.org"},
    )
    c.create_contact_point(
        "individual",
        cid,
        "phones",
        {"type": "MOBILE", "usage_context": "PERSONAL", "number": "+43 664 1234567"},
    )
    c.create_contact_point(
        "individual",
        cid,
        "web_addresses",
        {
            "type": "PERSONAL_WEBSITE",
            "usage_context": "PERSONAL",
            "url": "https://anna.example.org",
        },
    )
    changed = c.update_contact_point(
        "individual",
        cid,
        "emails",
        email["id"],
        {"type": "WORK_EMAIL", "usage_context": "PROFESSIONAL", "address": "anna@work.example"},
    )
    assert changed["id"] == email["id"]
    assert c.get_contact_point("individual", cid, "emails", email["id"])["address"] == (
        "anna@work.example"
    )

    role = c.put_role(
        "customer_role",
        "individual",
        cid,
        {
            "customer_id": "K-1",
            "is_active": True,
            "is_suspended": False,
            "customer_since": "2020-01-01",
            "debtor_account_id": "mine",
            "delivery_and_invoicing_configurations": [
                {"limitations": {}, "invoice_address_id": address["id"]}
            ],
        },
    )
    debtor = role["debtor_account_id"]
    assert debtor and debtor != "mine"  # server-assigned, read-only
    again = c.put_role(
        "customer_role",
        "individual",
        cid,
        {
            "customer_id": "K-2",
            "is_active": True,
            "is_suspended": False,
            "customer_since": "2020-01-01",
        },
    )
    assert again["debtor_account_id"] == debtor and again["customer_id"] == "K-2"
    assert c.get_role("supplier_role", "individual", cid) is None
    supplier = c.put_role(
        "supplier_role",
        "individual",
        cid,
        {"supplier_id": "L-1", "is_active": True, "supplier_since": "2021-02-03"},
    )
    assert supplier["creditor_account_id"]

    tag = c.add_tag("individual", cid, "VIP")
    assert tag["name"] == "VIP" and tag["id"]
    assert [t["name"] for t in c.list_tags("individual", cid).items] == ["VIP"]

    first = c.add_image("individual", cid, _b64(PNG))
    second = c.add_image("individual", cid, _b64(JPEG))
    images = c.list_images("individual", cid).items
    assert [i["id"] for i in images] == [second["id"], first["id"]]  # the new one is first
    assert c.get_image_bytes("individual", cid, first["id"]) == PNG

    details = c.get_details("individual", cid).body
    assert details["individual_contact"]["id"] == cid
    assert [a["city"] for a in details["addresses"]] == ["Wien"]
    assert [e["address"] for e in details["emails"]] == ["anna@work.example"]
    assert len(details["phones"]) == 1 and len(details["web_addresses"]) == 1
    assert details["customer_role"]["customer_id"] == "K-2"
    assert details["supplier_role"]["supplier_id"] == "L-1"
    assert details["professional_identities"] == [] and details["personal_relationships"] == []

    c.remove_tag("individual", cid, tag["id"])
    c.delete_image("individual", cid, first["id"])
    c.delete_contact_point("individual", cid, "phones", details["phones"][0]["id"])
    assert c.list_tags("individual", cid).items == []
    assert [i["id"] for i in c.list_images("individual", cid).items] == [second["id"]]
    assert c.list_contact_points("individual", cid, "phones").items == []

    updated = c.update("individual", cid, {"name": "Anna Berg-Huber", "external_id": "local-1"})
    assert updated["name"] == "Anna Berg-Huber"
    c.delete("individual", cid)
    assert c.get("individual", cid).body["deleted"] is True
    listing = c.list_all("individual")
    assert [(i["id"], i["deleted"]) for i in listing.items] == [(cid, True)]  # tombstone stays

    with pytest.raises(ApiNotFound):
        c.get("individual", str(uuid.uuid4()))
    with pytest.raises(ApiNotFound):
        c.delete("organization", cid)  # the wrong kind is unknown too
    with pytest.raises(ApiNotFound):
        c.remove_tag("individual", cid, "no-such-tag")


def test_organization_with_departments_and_professional_identities(
    make_client: ClientFactory, server: RunningServer
) -> None:
    c = make_client()
    org = c.create("organization", {"name": "Berg GmbH", "founded": "1999-05-01"})
    other = c.create("organization", {"name": "Other AG"})
    person = c.create("individual", {"name": "Carl"})
    base = f"/orgs/{c.org}/organization-contacts/{org['id']}"
    dep = c.request_json("POST", base + "/departments", {"name": "Sales", "code": "S1"})
    loc = c.request_json("POST", base + "/locations", {"name": "Vienna HQ"})
    member = c.request_json("POST", base + "/memberships", {"type": "CHAMBER", "name": "WKO"})
    assert c.request_json("GET", base + "/departments")["items"] == [dep]

    pi = c.create_professional_identity(
        person["id"],
        {
            "organization_contact": org["id"],
            "is_active": True,
            "job_title": "Sales lead",
            "departments": [{"contact_id": org["id"], "department_id": dep["id"]}],
            "locations": [{"contact_id": org["id"], "location_id": loc["id"]}],
        },
    )
    c.create_pi_contact_point(
        person["id"],
        pi["id"],
        "emails",
        {"type": "WORK_EMAIL", "usage_context": "PROFESSIONAL", "address": "carl@berg.example"},
    )
    # a department of another organization is refused, naming the field
    with pytest.raises(ApiRejected) as refused:
        c.create_professional_identity(
            person["id"],
            {
                "organization_contact": other["id"],
                "is_active": True,
                "departments": [{"contact_id": org["id"], "department_id": dep["id"]}],
            },
        )
    assert refused.value.status == 422 and "departments[0]" in str(refused.value)
    with pytest.raises(ApiRejected) as not_org:
        c.create_professional_identity(
            person["id"], {"organization_contact": person["id"], "is_active": True}
        )
    assert "organization_contact" in str(not_org.value)
    with pytest.raises(ApiRejected) as moved:
        c.update_professional_identity(
            person["id"],
            pi["id"],
            {"organization_contact": other["id"], "is_active": True, "job_title": "x"},
        )
    assert "organization_contact" in str(moved.value)
    kept = c.update_professional_identity(
        person["id"], pi["id"], {"is_active": True, "job_title": "Head of sales"}
    )
    assert kept["organization_contact"] == org["id"]

    rel = c.request_json(
        "POST",
        f"/orgs/{c.org}/individual-contacts/{person['id']}/personal-relationships",
        {"type": "SPOUSE", "individual_contact": person["id"]},
    )
    person_details = c.get_details("individual", person["id"]).body
    (pi_details,) = person_details["professional_identities"]
    assert pi_details["professional_identity"]["job_title"] == "Head of sales"
    assert [e["address"] for e in pi_details["emails"]] == ["carl@berg.example"]
    assert person_details["personal_relationships"] == [rel]
    assert c.get_professional_identity_details(person["id"], pi["id"]).body == pi_details

    org_details = c.get_details("organization", org["id"]).body
    assert org_details["organization_contact"]["name"] == "Berg GmbH"
    assert org_details["departments"] == [dep]
    assert org_details["locations"] == [loc]
    assert org_details["memberships"] == [member]

    c.delete_professional_identity(person["id"], pi["id"])
    assert c.list_professional_identities(person["id"]).items == []


# --- auth and tenants ---------------------------------------------------------------------


def test_token_is_required(make_client: ClientFactory, server: RunningServer) -> None:
    wrong_client = make_client(token="wrong")
    listing = wrong_client.list_all("individual")
    assert not listing.complete and isinstance(listing.error, ApiAuthError)
    with pytest.raises(ApiAuthError) as wrong:
        wrong_client.create("individual", {"name": "x"})
    assert wrong.value.status == 401
    answer = httpx.get(f"{server}/orgs/o/individual-contacts")
    assert answer.status_code == 401
    assert set(answer.json()) >= {"title", "detail"}


def test_orgs_are_kept_apart(make_client: ClientFactory) -> None:
    a = make_client(org_id=f"a-{uuid.uuid4().hex[:6]}")
    b = make_client(org_id=f"b-{uuid.uuid4().hex[:6]}")
    made = a.create("individual", {"name": "Only in A", "external_id": "shared-id"})
    assert b.list_all("individual").items == []
    with pytest.raises(ApiNotFound):
        b.get("individual", made["id"])
    assert b.find_by_external_id("individual", "shared-id") is None
    b.create("individual", {"name": "Only in B", "external_id": "shared-id"})  # no clash
    assert [i["name"] for i in a.list_all("individual").items] == ["Only in A"]


# --- listings -----------------------------------------------------------------------------


def test_paging_is_complete(make_client: ClientFactory) -> None:
    c = make_client()
    ids = [c.create("organization", {"name": f"Org {i:02d}"})["id"] for i in range(12)]
    listing = c.list_all("organization", limit=5)
    assert listing.complete
    assert [i["id"] for i in listing.items] == ids
    with pytest.raises(ApiRejected) as bad:
        c.request_json("GET", c.routes.contacts("organization"), params={"limit": 5001})
    assert bad.value.status == 400 and "limit" in str(bad.value)


def test_problem_pages_make_the_listing_incomplete(
    make_client: ClientFactory, server: RunningServer
) -> None:
    c = make_client()
    for i in range(6):
        c.create("individual", {"name": f"P{i}"})
    _set_faults(server, Faults(problem_pages=True))
    listing = c.list_all("individual", limit=3)
    assert not listing.complete
    assert listing.problems
    assert len(listing.items) < 6


# --- faults -------------------------------------------------------------------------------


def test_429_retry_after_is_honoured(make_client: ClientFactory, server: RunningServer) -> None:
    sleeps: list[float] = []
    c = make_client(attempts=3, sleeps=sleeps)
    made = c.create("individual", {"name": "R"})
    _set_faults(server, Faults(rate_limit_every=1, retry_after_s=7))
    with pytest.raises(ApiUnavailable) as exc:
        c.get("individual", made["id"])
    assert exc.value.status == 429 and exc.value.retry_after == 7
    assert sleeps == [7, 7]
    sleeps.clear()
    _set_faults(server, Faults(rate_limit_every=2, retry_after_s=3))
    assert c.get("individual", made["id"]).body["name"] == "R"  # 1st passes
    assert c.get("individual", made["id"]).body["name"] == "R"  # 2nd: 429, retried
    assert sleeps == [3]


def test_error_rate_one_gives_unavailable_after_retries(
    make_client: ClientFactory, server: RunningServer
) -> None:
    sleeps: list[float] = []
    c = make_client(attempts=3, sleeps=sleeps)
    _set_faults(server, Faults(error_rate=1.0, seed=3))
    with pytest.raises(ApiUnavailable) as exc:
        c.get("individual", "any")
    assert exc.value.status == 500
    assert len(sleeps) == 2


def test_dropped_connection_is_a_network_error(
    make_client: ClientFactory, server: RunningServer
) -> None:
    c = make_client()
    _set_faults(server, Faults(drop_connection_rate=1.0))
    listing = c.list_all("individual")
    assert not listing.complete and isinstance(listing.error, ApiUnavailable)
    with pytest.raises(ApiUnavailable) as exc:
        c.get("individual", "x")
    assert exc.value.status is None and "broke off" in str(exc.value)
    _set_faults(server, Faults())
    assert c.list_all("individual").items == []  # nothing was applied, server still fine


def test_create_whose_answer_is_lost_is_found_by_external_id(
    make_client: ClientFactory, server: RunningServer
) -> None:
    c = make_client(attempts=4)
    _set_faults(server, Faults(apply_then_drop=1.0))
    with pytest.raises(ApiUnavailable):
        c.create("individual", {"name": "Lost answer", "external_id": "local-lost"})
    _set_faults(server, Faults())
    mapping = c.find_by_external_id("individual", "local-lost")
    assert mapping is not None
    found = c.get("individual", mapping["internal"]).body
    assert found["name"] == "Lost answer"
    listing = c.list_all("individual")
    assert [i["external_id"] for i in listing.items] == ["local-lost"]  # exactly once
    assert c.get_contact_external_id("individual", mapping["internal"]) == mapping


def test_faults_are_reproducible(make_client: ClientFactory, server: RunningServer) -> None:
    def run() -> list[int | None]:
        _set_faults(server, Faults(error_rate=0.5, seed=42))
        c = make_client()
        out: list[int | None] = []
        for _ in range(8):
            try:
                c.get_configuration()
                out.append(200)
            except ApiUnavailable as exc:
                out.append(exc.status)
        return out

    first = run()
    assert first == run()
    assert 500 in first and 200 in first


# --- ETags, validation, round trips -------------------------------------------------------


def test_etag_gives_304(make_client: ClientFactory, server: RunningServer) -> None:
    c = make_client()
    made = c.create("individual", {"name": "E"})
    first = c.get_details("individual", made["id"])
    assert first.etag and not first.unchanged
    second = c.get_details("individual", made["id"])
    assert second.unchanged and second.body == first.body
    c.update("individual", made["id"], {"name": "E2"})
    third = c.get_details("individual", made["id"])
    assert not third.unchanged and third.body["individual_contact"]["name"] == "E2"
    raw = httpx.get(
        f"{server}{c.routes.contact('individual', made['id'])}",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert raw.headers["ETag"]
    again = httpx.get(
        f"{server}{c.routes.contact('individual', made['id'])}",
        headers={"Authorization": f"Bearer {TOKEN}", "If-None-Match": raw.headers["ETag"]},
    )
    assert again.status_code == 304


def test_validation_names_the_field(make_client: ClientFactory) -> None:
    c = make_client()
    cid = c.create("individual", {"name": "V"})["id"]
    with pytest.raises(ApiRejected) as country:
        c.create_contact_point(
            "individual",
            cid,
            "addresses",
            {
                "type": "RESIDENTIAL_HOME",
                "usage_context": "PERSONAL",
                "full_address": "X",
                "city": "X",
                "country_code": "XX",
            },
        )
    assert country.value.status == 422 and "country_code" in str(country.value)
    with pytest.raises(ApiRejected) as email_type:
        c.create_contact_point(
            "individual",
            cid,
            "emails",
            {"type": "FAX", "usage_context": "PERSONAL", "address": "v@example.org"},
        )
    assert email_type.value.status == 422 and "type" in str(email_type.value)
    with pytest.raises(ApiRejected) as no_name:
        c.create("individual", {"name": ""})
    assert "name" in str(no_name.value)
    with pytest.raises(ApiRejected) as long_id:
        c.create("individual", {"name": "L", "external_id": "x" * 257})
    assert "external_id" in str(long_id.value)
    with pytest.raises(ApiRejected) as wrong_type:
        c.create("individual", {"name": ["not", "a", "string"]})
    assert wrong_type.value.status == 400
    with pytest.raises(ApiRejected) as two_defaults:
        c.put_role(
            "customer_role",
            "individual",
            cid,
            {
                "customer_id": "K",
                "is_active": True,
                "is_suspended": False,
                "customer_since": "2020-01-01",
                "delivery_and_invoicing_configurations": [{"limitations": {}}, {"limitations": {}}],
            },
        )
    assert "delivery_and_invoicing_configurations[1]" in str(two_defaults.value)
    with pytest.raises(ApiRejected) as foreign_address:
        c.put_role(
            "customer_role",
            "individual",
            cid,
            {
                "customer_id": "K",
                "is_active": True,
                "is_suspended": False,
                "customer_since": "2020-01-01",
                "delivery_and_invoicing_configurations": [
                    {"limitations": {}, "invoice_address_id": "not-mine"}
                ],
            },
        )
    assert "invoice_address_id" in str(foreign_address.value)
    with pytest.raises(ApiRejected) as tag:
        c.add_tag("individual", cid, "")
    assert "name" in str(tag.value)


def test_images_only_jpeg_and_png_up_to_12_mb(make_client: ClientFactory) -> None:
    c = make_client()
    cid = c.create("organization", {"name": "I"})["id"]
    with pytest.raises(ApiRejected) as gif:
        c.add_image("organization", cid, _b64(b"GIF89a" + b"\x00" * 10))
    assert gif.value.status == 400
    too_big = PNG + b"\x00" * (12 * 1024 * 1024)
    with pytest.raises(ApiRejected) as big:
        c.add_image("organization", cid, _b64(too_big))
    assert big.value.status == 413
    assert c.list_images("organization", cid).items == []


def test_external_ids_are_one_to_one(make_client: ClientFactory) -> None:
    c = make_client()
    a = c.create("individual", {"name": "A", "external_id": "ext-a"})["id"]
    b = c.create("individual", {"name": "B"})["id"]
    with pytest.raises(ApiRejected) as taken:
        c.create("individual", {"name": "C", "external_id": "ext-a"})
    assert taken.value.status == 422 and "external_id" in str(taken.value)
    with pytest.raises(ApiRejected) as dup:
        c.add_external_ids(
            "individual",
            {"items": [{"internal": b, "external": "e1"}, {"internal": b, "external": "e2"}]},
        )
    assert dup.value.status == 422 and "items[1].internal" in str(dup.value)
    with pytest.raises(ApiRejected):
        c.add_external_ids("individual", {"items": [{"internal": b, "external": "ext-a"}]})
    c.add_external_ids("individual", {"items": [{"internal": b, "external": "ext-b"}]})
    assert c.get("individual", b).body["external_id"] == "ext-b"
    c.replace_external_ids("individual", {"items": [{"internal": a, "external": "ext-a2"}]})
    assert sorted((m["internal"], m["external"]) for m in c.list_external_ids("individual")) == (
        sorted([(a, "ext-a2"), (b, "ext-b")])
    )
    assert c.find_by_external_id("individual", "ext-a") is None
    c.delete_external_id("individual", "ext-b")
    assert c.get_contact_external_id("individual", b) is None
    c.delete_contact_external_id("individual", a)
    assert c.list_external_ids("individual") == []


def test_unknown_fields_round_trip(make_client: ClientFactory) -> None:
    c = make_client()
    made = c.create(
        "organization", {"name": "U", "future_field": {"nested": [1, 2]}, "tier": "GOLD"}
    )
    assert made["future_field"] == {"nested": [1, 2]} and made["tier"] == "GOLD"
    email = c.create_contact_point(
        "organization",
        made["id"],
        "emails",
        {
            "type": "WORK_EMAIL",
            "usage_context": "PROFESSIONAL",
            "address": "u@example.org",
            "verified": 1,
        },
    )
    role = c.put_role(
        "alternative_payer_role",
        "organization",
        made["id"],
        {"alternative_payer_id": "AP-1", "is_active": True, "since": "2022-01-01", "note": "kept"},
    )
    details = c.get_details("organization", made["id"]).body
    assert details["organization_contact"]["future_field"] == {"nested": [1, 2]}
    assert details["emails"] == [email] and email["verified"] == 1
    assert details["alternative_payer_role"] == role and role["note"] == "kept"


def test_placeholders_lists_and_configuration(make_client: ClientFactory) -> None:
    c = make_client()
    pc = c.create_placeholder_customer(
        {
            "customer_id": "P-1",
            "name": "Walk-in",
            "is_active": True,
            "customer_since": "2024-01-01",
            "requires_formal_invoice": False,
            "track_revenue": True,
            "x": True,
        }
    )
    assert pc["x"] is True
    image = c.add_placeholder_customer_image(pc["id"], _b64(PNG))
    assert c.list_placeholder_customer_images(pc["id"]).items == [image]
    assert c.update_placeholder_customer(pc["id"], {**pc, "name": "Walk-in 2"})["name"] == (
        "Walk-in 2"
    )
    c.delete_placeholder_customer_image(pc["id"], image["id"])
    c.delete_placeholder_customer(pc["id"])
    assert c.get_placeholder_customer(pc["id"]).body["deleted"] is True
    with pytest.raises(ApiRejected):
        c.create_placeholder_customer({"name": "no number"})

    members = [c.create("individual", {"name": f"M{i}"})["id"] for i in range(3)]
    lst = c.create_customer_list("Newsletter")
    with pytest.raises(ApiRejected):
        c.create_customer_list("")
    added = c.add_customer_list_items(
        lst["id"], {"items": [{"id": m} for m in members] + [{"id": "ghost"}]}
    )
    assert len(added["items"]) == 3 and len(added["problems"]) == 1
    listing = c.list_customer_list_items(lst["id"], limit=2)
    assert listing.complete and [i["id"] for i in listing.items] == members
    c.remove_customer_list_item(lst["id"], members[0])
    assert c.rename_customer_list(lst["id"], "News")["name"] == "News"
    assert [i["name"] for i in c.list_customer_lists().items] == ["News"]
    c.delete_customer_list(lst["id"])
    with pytest.raises(ApiNotFound):
        c.get_customer_list(lst["id"])

    assert c.get_configuration()["use_external_contact_management"] is False
    c.put_configuration({"use_external_contact_management": True, "extra_flag": 1})
    assert c.get_configuration() == {"use_external_contact_management": True, "extra_flag": 1}


def test_a_server_restart_keeps_the_data(tmp_path: Path) -> None:
    with running_server(tmp_path, TOKEN) as url:
        c = ContactsApiClient(url, "o", TOKEN, retry=RetryPolicy(max_attempts=1))
        made = c.create("individual", {"name": "Persistent"})
        c.close()
    with running_server(tmp_path, TOKEN) as url:
        c = ContactsApiClient(url, "o", TOKEN, retry=RetryPolicy(max_attempts=1))
        assert c.get("individual", made["id"]).body["name"] == "Persistent"
        c.close()
