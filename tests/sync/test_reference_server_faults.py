"""The reference server's deterministic fault switches and its request statistics, over a real
loopback socket with httpx."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.cli.main import _faults, _parser
from app.sync.client import (
    ApiAuthError,
    ApiUnavailable,
    ContactsApiClient,
    RetryPolicy,
)
from app.sync.reference_server import Faults, RequestStats, RunningServer, running_server

TOKEN = "faults-token-9f3e"
LISTING = "/orgs/{org}/{kind}"
DETAILS = "/orgs/{org}/{kind}/{id}/details"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference-faults"), TOKEN) as url:
        yield url


@dataclass
class Api:
    """A raw HTTP client on a fresh org, and the server's switches and statistics."""

    http: httpx.Client
    server: RunningServer
    org: str

    @property
    def faults(self) -> Faults:
        faults: Faults = self.server.app.state.faults  # type: ignore[attr-defined]
        return faults

    @faults.setter
    def faults(self, value: Faults) -> None:
        self.server.app.state.faults = value  # type: ignore[attr-defined]

    @property
    def stats(self) -> RequestStats:
        stats: RequestStats = self.server.app.state.stats  # type: ignore[attr-defined]
        return stats

    def path(self, rest: str, org: str | None = None) -> str:
        return f"/orgs/{org or self.org}/{rest}"

    def create(self, name: str, kind: str = "individual-contacts", **extra: Any) -> dict[str, Any]:
        answer = self.http.post(self.path(kind), json={"name": name, **extra})
        assert answer.status_code == 201, answer.text
        created: dict[str, Any] = answer.json()
        return created

    def page(self, offset: int, limit: int, kind: str = "individual-contacts") -> httpx.Response:
        return self.http.get(self.path(kind), params={"limit": limit, "offset": offset})

    def names(self, kind: str = "individual-contacts") -> list[str]:
        answer = self.http.get(self.path(kind), params={"limit": 5000})
        assert answer.status_code == 200, answer.text
        return [item["name"] for item in answer.json()["items"]]

    def client(self) -> ContactsApiClient:
        return ContactsApiClient(
            self.server,
            self.org,
            TOKEN,
            retry=RetryPolicy(max_attempts=1),
            sleep=lambda _s: None,
            rand=lambda: 0.5,
            read_timeout=5.0,
        )


@pytest.fixture
def api(server: RunningServer) -> Iterator[Api]:
    """A fresh org; the switches and statistics are reset before and after each test."""
    state: Any = server.app.state  # type: ignore[attr-defined]
    state.faults = Faults()
    state.stats.reset()
    with httpx.Client(
        base_url=str(server), headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5.0
    ) as http:
        yield Api(http, server, f"org-{uuid.uuid4().hex[:8]}")
    state.faults = Faults()
    state.stats.reset()


def _is_problem(answer: httpx.Response, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    body: dict[str, Any] = answer.json()
    assert isinstance(body.get("title"), str) and isinstance(body.get("detail"), str)
    return body


# --- fail_pages ---------------------------------------------------------------------------


def test_fail_pages_answer_500_for_exactly_those_pages(api: Api) -> None:
    for i in range(7):
        api.create(f"P{i}")
    api.create("O", "organization-contacts")
    api.faults.fail_pages = {2, 3}  # type: ignore[assignment]  # any collection is accepted
    assert api.faults.fail_pages == frozenset({2, 3})

    assert len(api.page(0, 3).json()["items"]) == 3  # page 1
    failed = _is_problem(api.page(3, 3), 500)  # page 2
    assert "page 2" in failed["detail"]
    _is_problem(api.page(4, 3), 500)  # an offset inside page 2
    _is_problem(api.page(6, 3), 500)  # page 3
    assert api.page(9, 3).json() == {"items": [], "problems": []}  # page 4
    _is_problem(api.page(2, 2, "organization-contacts"), 500)  # page 2 of the other kind
    # only listings of contacts: other listings and single contacts answer as usual
    assert api.http.get(
        api.path("placeholder-customers"), params={"limit": 3, "offset": 3}
    ).is_success
    assert api.http.get(api.path("individual-contacts/x")).status_code == 404

    listing = api.client().list_all("individual", limit=3)
    assert not listing.complete
    assert isinstance(listing.error, ApiUnavailable) and listing.error.status == 500
    assert [i["name"] for i in listing.items] == ["P0", "P1", "P2"]

    api.faults.fail_pages = frozenset({1})
    _is_problem(api.http.get(api.path("individual-contacts")), 500)  # no limit: page 1

    api.faults.fail_pages = frozenset()
    assert [i["name"] for i in api.page(3, 3).json()["items"]] == ["P3", "P4", "P5"]
    assert api.client().list_all("individual", limit=3).complete


# --- listing_cutoff -----------------------------------------------------------------------


def test_listing_cutoff_silently_hides_later_contacts(api: Api) -> None:
    made = [api.create(f"C{i}") for i in range(7)]
    api.faults = Faults(listing_cutoff=5)

    pages = [api.page(offset, 2).json() for offset in (0, 2, 4, 6)]
    assert [len(p["items"]) for p in pages] == [2, 2, 1, 0]
    assert all(p["problems"] == [] for p in pages)
    assert api.names() == ["C0", "C1", "C2", "C3", "C4"]

    listing = api.client().list_all("individual", limit=2)
    assert listing.complete and not listing.problems  # it looks complete: that is the fault
    assert [i["id"] for i in listing.items] == [m["id"] for m in made[:5]]
    # the contacts are still there one by one
    assert api.http.get(api.path(f"individual-contacts/{made[6]['id']}")).status_code == 200

    api.faults.listing_cutoff = 0
    assert api.names() == []

    api.faults.listing_cutoff = None
    assert api.names() == [f"C{i}" for i in range(7)]


# --- drop_after_apply ---------------------------------------------------------------------


def test_drop_after_apply_applies_the_write_and_loses_the_answer(api: Api) -> None:
    api.faults.drop_after_apply = 1
    with pytest.raises(httpx.TransportError):
        api.http.post(
            api.path("individual-contacts"), json={"name": "Lost", "external_id": "local-1"}
        )
    assert api.faults.drop_after_apply == 0
    mapping = api.http.get(api.path("individual-contacts/external-ids/local-1"))
    assert mapping.status_code == 200  # the create was applied
    contact = api.http.get(api.path(f"individual-contacts/{mapping.json()['internal']}"))
    assert contact.json()["name"] == "Lost"
    assert api.names() == ["Lost"]
    assert api.create("Answered")["name"] == "Answered"  # used up: normal answers again
    assert api.stats.count("POST", LISTING, dropped=True) == 1
    assert api.stats.count("POST", LISTING, status=201) == 1


def test_drop_after_apply_counts_only_matching_accepted_writes(api: Api) -> None:
    cid = api.create("Anna")["id"]
    api.faults = Faults(drop_after_apply=2, drop_after_apply_path=r"/emails(/|$)")

    put = api.http.put(api.path(f"individual-contacts/{cid}"), json={"name": "Anna B"})
    assert put.status_code == 200  # the path does not match
    refused = api.http.post(api.path(f"individual-contacts/{cid}/emails"), content=b"[]")
    assert refused.status_code == 400  # refused, so not applied: answered, not counted
    missing = api.http.post(api.path("individual-contacts/nobody/emails"), json={})
    assert missing.status_code == 404
    assert api.faults.drop_after_apply == 2

    email = {"type": "WORK_EMAIL", "usage_context": "PROFESSIONAL", "address": "a@b.example"}
    with pytest.raises(httpx.TransportError):
        api.http.post(api.path(f"individual-contacts/{cid}/emails"), json=email)
    assert api.faults.drop_after_apply == 1
    emails = api.http.get(api.path(f"individual-contacts/{cid}/emails")).json()["items"]
    assert [e["address"] for e in emails] == ["a@b.example"]

    with pytest.raises(httpx.TransportError):
        api.http.delete(api.path(f"individual-contacts/{cid}/emails/{emails[0]['id']}"))
    assert api.faults.drop_after_apply == 0
    assert api.http.get(api.path(f"individual-contacts/{cid}/emails")).json()["items"] == []

    again = api.http.post(api.path(f"individual-contacts/{cid}/emails"), json=email)
    assert again.status_code == 201  # off again


# --- reject_body_containing ---------------------------------------------------------------


def test_reject_body_containing_answers_422_and_applies_nothing(api: Api) -> None:
    kept = api.create("Kept")
    api.faults.reject_body_containing = "Forbidden"

    rejected = api.http.post(api.path("individual-contacts"), json={"name": "Forbidden Ltd"})
    message = "Rejected by the server: the request contains “Forbidden” (fault)"
    assert rejected.status_code == 422
    assert rejected.json() == {
        "title": "Unprocessable Entity",
        "detail": f"body: {message}",
        "problems": [{"title": "body", "detail": message}],
    }
    # the same shape as the server's own validation errors
    invalid = api.http.post(api.path("individual-contacts"), json={"name": ""}).json()
    assert set(invalid) == set(rejected.json())
    assert set(invalid["problems"][0]) == set(rejected.json()["problems"][0])

    changed = api.http.put(
        api.path(f"individual-contacts/{kept['id']}"), json={"name": "Forbidden"}
    )
    assert changed.status_code == 422
    assert api.names() == ["Kept"]  # neither the create nor the update was applied
    # reads are not affected, even when they mention the text
    assert api.http.get(api.path("individual-contacts"), params={"q": "Forbidden"}).is_success

    api.faults.reject_body_containing = "Jürgen"
    escaped = json.dumps({"name": "Jürgen"}, ensure_ascii=True).encode()
    assert b"\\u00fc" in escaped
    answer = api.http.post(
        api.path("individual-contacts"),
        content=escaped,
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 422  # JSON escapes are undone before comparing

    api.faults.reject_body_containing = None
    assert api.create("Forbidden Ltd")["name"] == "Forbidden Ltd"
    assert api.names() == ["Kept", "Forbidden Ltd"]


# --- unauthorized_after -------------------------------------------------------------------


def test_unauthorized_after_counts_from_when_it_is_set(api: Api) -> None:
    for _ in range(3):  # requests before the switch is set do not count
        assert api.http.get(api.path("individual-contacts")).status_code == 200
    api.faults.unauthorized_after = 2
    assert api.http.get(api.path("individual-contacts")).status_code == 200
    assert api.http.get(api.path("contact-configuration")).status_code == 200
    refused = api.http.get(api.path("individual-contacts"))
    body = _is_problem(refused, 401)
    assert body["title"] == "Unauthorized"
    assert refused.headers["WWW-Authenticate"] == "Bearer"
    assert TOKEN not in refused.text  # no echo of the token, in the body ...
    assert all(TOKEN not in value for value in refused.headers.values())  # ... or headers
    post = api.http.post(api.path("individual-contacts"), json={"name": "Never"})
    assert post.status_code == 401

    with pytest.raises(ApiAuthError):
        api.client().get_configuration()

    api.faults.unauthorized_after = 2  # set again: the count starts over
    assert api.http.get(api.path("individual-contacts")).status_code == 200
    assert api.http.get(api.path("individual-contacts")).status_code == 200
    assert api.http.get(api.path("individual-contacts")).status_code == 401

    api.faults = Faults(unauthorized_after=0)
    assert api.http.get(api.path("individual-contacts")).status_code == 401

    api.faults.unauthorized_after = None
    assert api.names() == []  # and the refused POST was not applied


# --- not_found_orgs -----------------------------------------------------------------------


def test_not_found_orgs_answer_404_for_that_org_only(api: Api) -> None:
    other = f"other-{uuid.uuid4().hex[:6]}"
    api.faults.not_found_orgs = frozenset({api.org})

    listing = _is_problem(api.http.get(api.path("individual-contacts")), 404)
    assert listing["title"] == "Not Found"
    assert f"organization {api.org} not found" in listing["detail"]
    _is_problem(api.http.get(api.path("contact-configuration")), 404)
    _is_problem(api.http.post(api.path("individual-contacts"), json={"name": "Lost"}), 404)
    assert api.http.get(api.path("individual-contacts", other)).status_code == 200
    wrong_token = api.http.get(
        api.path("individual-contacts"), headers={"Authorization": "Bearer wrong"}
    )
    assert wrong_token.status_code == 401  # the token is checked first

    api.faults.not_found_orgs = frozenset()
    assert api.names() == []  # the POST was not applied


# --- statistics ---------------------------------------------------------------------------


def test_stats_count_methods_routes_conditional_gets_and_304s(api: Api) -> None:
    cid = api.create("S")["id"]
    first = api.http.get(api.path(f"individual-contacts/{cid}/details"))
    etag = first.headers["ETag"]
    for _ in range(2):
        again = api.http.get(
            api.path(f"individual-contacts/{cid}/details"), headers={"If-None-Match": etag}
        )
        assert again.status_code == 304
    api.http.get(api.path("individual-contacts"))
    api.http.put(api.path(f"individual-contacts/{cid}"), json={"name": "S2"})
    api.http.get(api.path("individual-contacts"), headers={"Authorization": "Bearer wrong"})
    api.http.get("/no/such/path")

    stats = api.stats
    assert stats.by_method() == {"POST": 1, "GET": 6, "PUT": 1}
    assert stats.not_modified() == 2 == stats.not_modified("GET")
    assert stats.count("GET", DETAILS, conditional=True) == 2
    assert stats.count("GET", DETAILS, conditional=False, status=200) == 1
    assert stats.by_route()[("GET", LISTING)] == 2
    assert stats.count("GET", LISTING, status=401) == 1
    assert stats.count(route="", status=404) == 1  # no route matched
    assert stats.records[0].path == api.path("individual-contacts")
    assert len(stats) == 8

    # a "no-change resync": only conditional GETs, all answered 304
    stats.reset()
    client = api.client()
    known = client.get_details("individual", cid).etag
    assert known
    stats.reset()
    for _ in range(3):
        assert client.details_if_changed("individual", cid, known).unchanged
    client.close()
    assert stats.by_method() == {"GET": 3}
    assert stats.count(conditional=False) == 0
    assert stats.not_modified() == 3 == len(stats)


def test_stats_record_fault_answers(api: Api) -> None:
    api.faults = Faults(fail_pages=frozenset({1}), rate_limit_every=3)
    api.http.get(api.path("individual-contacts"))
    api.http.get(api.path("contact-configuration"))
    api.http.get(api.path("contact-configuration"))  # the 3rd: 429
    assert [r.status for r in api.stats.records] == [500, 200, 429]


# --- the switches themselves and the command line -----------------------------------------


def test_faults_keep_sets_frozen_and_check_the_pattern() -> None:
    faults = Faults(fail_pages=[3, 4], not_found_orgs=("a",))  # type: ignore[arg-type]
    assert faults.fail_pages == frozenset({3, 4})
    assert faults.not_found_orgs == frozenset({"a"})
    with pytest.raises(TypeError):
        faults.not_found_orgs = "acme"  # type: ignore[assignment]  # not a set of letters
    with pytest.raises(re.error):
        Faults(drop_after_apply_path="(")
    assert Faults() == Faults()  # the off state compares equal


def test_serve_reference_fault_flags() -> None:
    args = _parser().parse_args(
        [
            "serve-reference",
            "--port",
            "1",
            "--data",
            "x.sqlite",
            "--fail-pages",
            "3,4",
            "--listing-cutoff",
            "800",
            "--drop-after-apply",
            "2",
            "--drop-after-apply-path",
            "/emails",
            "--reject-body-containing",
            "Forbidden",
            "--unauthorized-after",
            "10",
            "--not-found-orgs",
            "gone, lost",
        ]
    )
    faults = _faults(args)
    assert faults.fail_pages == frozenset({3, 4})
    assert faults.listing_cutoff == 800
    assert faults.drop_after_apply == 2 and faults.drop_after_apply_path == "/emails"
    assert faults.reject_body_containing == "Forbidden"
    assert faults.unauthorized_after == 10
    assert faults.not_found_orgs == frozenset({"gone", "lost"})

    plain = _faults(_parser().parse_args(["serve-reference", "--port", "1", "--data", "x"]))
    assert plain == Faults(seed=plain.seed)  # no faults; only the seed is drawn afresh


@pytest.mark.parametrize(
    "flag",
    [
        ["--fail-pages", "0"],
        ["--fail-pages", "two"],
        ["--listing-cutoff", "-1"],
        ["--drop-after-apply", "x"],
        ["--drop-after-apply-path", "("],
        ["--unauthorized-after", "-2"],
    ],
)
def test_serve_reference_refuses_bad_fault_flags(flag: list[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["serve-reference", "--port", "1", "--data", "x", *flag])
