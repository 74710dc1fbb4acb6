"""The httpx client against httpx.MockTransport: paging, retries, errors, ETags, secrecy."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from app.sync.client import (
    ApiAuthError,
    ApiError,
    ApiNotFound,
    ApiRejected,
    ApiUnavailable,
    ContactsApiClient,
    RetryPolicy,
)

TOKEN = "s3cr3t-token-value"
Handler = Callable[[httpx.Request], httpx.Response]


def _client(
    handler: Handler, sleeps: list[float] | None = None, attempts: int = 4
) -> ContactsApiClient:
    return ContactsApiClient(
        "https://api.test/v1",
        "org1",
        TOKEN,
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_attempts=attempts),
        sleep=(sleeps.append if sleeps is not None else lambda _s: None),
        rand=lambda: 0.5,
    )


def test_paging_across_three_pages() -> None:
    seen: list[tuple[str, dict[str, str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        seen.append((request.url.path, dict(request.url.params)))
        offset = int(request.url.params["offset"])
        total = 5
        items = [{"id": f"c{i}", "name": f"N{i}"} for i in range(offset, min(offset + 2, total))]
        return httpx.Response(200, json={"items": items, "problems": []})

    listing = _client(handler).list_all("individual", limit=2)
    assert [i["id"] for i in listing.items] == ["c0", "c1", "c2", "c3", "c4"]
    assert listing.complete and listing.error is None
    assert seen == [
        ("/v1/orgs/org1/individual-contacts", {"limit": "2", "offset": "0"}),
        ("/v1/orgs/org1/individual-contacts", {"limit": "2", "offset": "2"}),
        ("/v1/orgs/org1/individual-contacts", {"limit": "2", "offset": "4"}),
    ]


def test_page_with_problems_makes_the_listing_incomplete() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        if offset == 0:
            return httpx.Response(
                200,
                json={
                    "items": [{"id": "a"}],
                    "problems": [{"title": "Partial", "detail": "shard 2 down"}],
                },
            )
        return httpx.Response(200, json={"items": [{"id": "b"}], "problems": []})

    listing = _client(handler).list_all("organization", limit=2)
    assert [i["id"] for i in listing.items] == ["a", "b"]
    assert not listing.complete
    assert listing.problems[0].detail == "shard 2 down"


def test_failed_page_keeps_what_arrived() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["offset"] == "0":
            return httpx.Response(200, json={"items": [{"id": "a"}, {"id": "b"}], "problems": []})
        return httpx.Response(503)

    listing = _client(handler, attempts=2).list_all("individual", limit=2)
    assert [i["id"] for i in listing.items] == ["a", "b"]
    assert not listing.complete
    assert isinstance(listing.error, ApiUnavailable)


def test_limit_is_checked() -> None:
    client = _client(lambda r: httpx.Response(200, json={"items": []}))
    with pytest.raises(ValueError):
        client.list_all("individual", limit=5001)
    with pytest.raises(ValueError):
        client.list_all("individual", limit=0)


def test_500_then_success_is_retried_with_backoff() -> None:
    calls = iter([httpx.Response(500), httpx.Response(200, json={"id": "c1", "name": "A"})])
    sleeps: list[float] = []
    client = _client(lambda r: next(calls), sleeps)
    fetched = client.get("individual", "c1")
    assert fetched.body == {"id": "c1", "name": "A"}
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 0.5


def test_backoff_grows_and_gives_up() -> None:
    sleeps: list[float] = []
    client = _client(lambda r: httpx.Response(502), sleeps, attempts=4)
    with pytest.raises(ApiUnavailable) as info:
        client.get_details("organization", "c1")
    assert info.value.status == 502
    assert len(sleeps) == 3 and sleeps[0] < sleeps[1] < sleeps[2]


def test_429_honours_retry_after() -> None:
    calls = iter(
        [
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json={"id": "c1"}),
        ]
    )
    sleeps: list[float] = []
    assert _client(lambda r: next(calls), sleeps).get("individual", "c1").body == {"id": "c1"}
    assert sleeps == [2.0]


def test_429_exhausted_carries_retry_after() -> None:
    client = _client(lambda r: httpx.Response(429, headers={"Retry-After": "7"}), attempts=1)
    with pytest.raises(ApiUnavailable) as info:
        client.get("individual", "c1")
    assert info.value.retry_after == 7.0


def test_network_error_is_unavailable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    sleeps: list[float] = []
    with pytest.raises(ApiUnavailable):
        _client(handler, sleeps, attempts=3).get("individual", "c1")
    assert len(sleeps) == 2


def test_post_is_not_retried_after_a_5xx() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(500)

    with pytest.raises(ApiUnavailable):
        _client(handler).create("individual", {"name": "A"})
    assert calls == ["POST"]


@pytest.mark.parametrize("status", [401, 403])
def test_auth_errors_fail_at_once(status: int) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(status, json={"title": "Unauthorized"})

    sleeps: list[float] = []
    with pytest.raises(ApiAuthError):
        _client(handler, sleeps).get("individual", "c1")
    assert calls == [1] and sleeps == []


def test_422_carries_the_problems() -> None:
    body = {"title": "Invalid data", "detail": "name must not be empty"}
    client = _client(lambda r: httpx.Response(422, json=body))
    with pytest.raises(ApiRejected) as info:
        client.update("organization", "c1", {"name": ""})
    assert info.value.status == 422
    assert info.value.problems[0].title == "Invalid data"
    assert info.value.problems[0].detail == "name must not be empty"
    assert "name must not be empty" in str(info.value)


def test_400_with_a_problems_list() -> None:
    body = {"problems": [{"title": "Bad", "detail": "x"}, {"title": "Worse", "detail": "y"}]}
    with pytest.raises(ApiRejected) as info:
        _client(lambda r: httpx.Response(400, json=body)).create("individual", {})
    assert [p.title for p in info.value.problems] == ["Bad", "Worse"]


def test_404_and_find_by_external_id() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/external-ids/known"):
            return httpx.Response(200, json={"internal": "c1", "external": "known"})
        return httpx.Response(404, json={"title": "Not found"})

    client = _client(handler)
    assert client.find_by_external_id("individual", "known") == {
        "internal": "c1",
        "external": "known",
    }
    assert client.find_by_external_id("individual", "unknown") is None
    with pytest.raises(ApiNotFound):
        client.get("individual", "gone")


def test_etag_conditional_get() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304, headers={"ETag": '"v1"'})
        return httpx.Response(
            200, json={"individual_contact": {"id": "c1"}}, headers={"ETag": '"v1"'}
        )

    client = _client(handler)
    first = client.get_details("individual", "c1")
    second = client.get_details("individual", "c1")
    assert seen == [None, '"v1"']
    assert not first.unchanged and first.etag == '"v1"'
    assert second.unchanged and second.body == first.body


def test_works_without_etags() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("If-None-Match"))
        return httpx.Response(200, json={"id": "c1"})

    client = _client(handler)
    assert not client.get("individual", "c1").unchanged
    assert not client.get("individual", "c1").unchanged
    assert seen == [None, None]


def test_json_bodies_are_utf8() -> None:
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(201, json={"id": "new", "name": "Zoë Ærø"})

    answer = _client(handler).create("individual", {"name": "Zoë Ærø"})
    assert answer["id"] == "new"
    request = captured[0]
    assert request.headers["Content-Type"].startswith("application/json")
    assert json.loads(request.content.decode("utf-8")) == {"name": "Zoë Ærø"}
    assert "Zoë".encode() in request.content


def test_sub_resource_calls_use_the_routes() -> None:
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return httpx.Response(200, json={"id": "x1", "items": []})

    client = _client(handler)
    client.create_contact_point("organization", "c1", "web_addresses", {"url": "https://x"})
    client.put_role("customer_role", "individual", "c1", {"customer_id": "C"})
    client.add_tag("individual", "c1", "VIP")
    client.create_professional_identity("c1", {"organization_contact": "o1"})
    client.get_configuration()
    assert seen == [
        ("POST", "/v1/orgs/org1/organization-contacts/c1/web-addresses"),
        ("PUT", "/v1/orgs/org1/individual-contacts/c1/customer-role"),
        ("POST", "/v1/orgs/org1/individual-contacts/c1/tags"),
        ("POST", "/v1/orgs/org1/individual-contacts/c1/professional-identities"),
        ("GET", "/v1/orgs/org1/contact-configuration"),
    ]


def test_token_never_appears_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    echo = {"title": f"bad token {TOKEN}", "detail": f"Bearer {TOKEN} refused"}
    errors: list[ApiError] = []

    def network(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout(f"timeout {TOKEN}", request=request)

    handlers: list[Handler] = [
        lambda r: httpx.Response(401, json=echo),
        lambda r: httpx.Response(403, json=echo),
        lambda r: httpx.Response(422, json=echo),
        lambda r: httpx.Response(404, json=echo),
        lambda r: httpx.Response(500, json=echo),
        lambda r: httpx.Response(429, json=echo, headers={"Retry-After": "1"}),
        network,
    ]
    for handler in handlers:
        with pytest.raises(ApiError) as info:
            _client(handler, attempts=2).get("individual", "c1")
        errors.append(info.value)
    assert {type(e) for e in errors} == {ApiAuthError, ApiRejected, ApiNotFound, ApiUnavailable}
    client = _client(handlers[0])
    for text in [*(str(e) for e in errors), *(repr(e) for e in errors), repr(client), caplog.text]:
        assert TOKEN not in text
    for e in errors:
        assert all(TOKEN not in repr(p) for p in e.problems)
