"""A server that cannot be reached is said in words a person expects ("Offline: cannot reach
127.0.0.1:8443", "… did not answer in time", "cannot find …"), never as the name of an
exception ("network error (ConnectError)"): on the failure the client raises and in what a
run of an account reports, over real loopback sockets."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sync.client import ApiUnavailable, JsonApiClient, RetryPolicy
from app.sync.connector import connector_for
from app.sync.connectors.kanbert.client import KanbertClient
from app.sync.document_sync import DocumentSyncEngine
from app.sync.unreachable import BROKEN, REFUSED, TIMEOUT, UNRESOLVED, unreachable_words
from tests.sync.accounts.workstations import workstation

TOKEN = "offline-words-token"
TECHNICAL = ("ConnectError", "ConnectTimeout", "ReadTimeout", "network error", "timed out")


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that takes connections and never answers (a server hanging)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield int(sock.getsockname()[1])


def _failure(client: JsonApiClient) -> ApiUnavailable:
    with client, pytest.raises(ApiUnavailable) as caught:
        client.request_json("GET", "/contacts")
    return caught.value


def test_a_refused_connection_says_offline_and_names_the_server() -> None:
    port = _closed_port()
    error = _failure(JsonApiClient(f"http://127.0.0.1:{port}/api/v1", TOKEN))
    assert error.refused and error.reason == "refused"
    assert unreachable_words(error) == f"Offline: cannot reach 127.0.0.1:{port}."


def test_a_server_that_does_not_answer_in_time_says_so(silent_port: int) -> None:
    client = JsonApiClient(
        f"http://127.0.0.1:{silent_port}",
        TOKEN,
        read_timeout=0.3,
        retry=RetryPolicy(max_attempts=1),
    )
    error = _failure(client)
    assert error.reason == "timeout"
    assert unreachable_words(error) == (
        f"The server 127.0.0.1:{silent_port} did not answer in time."
    )


def test_a_name_that_cannot_be_found_says_so() -> None:
    def no_such_name(request: httpx.Request) -> httpx.Response:
        try:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        except socket.gaierror as exc:
            raise httpx.ConnectError("[Errno -2] Name or service not known") from exc

    client = JsonApiClient(
        "https://contacts.example.invalid/api",
        TOKEN,
        transport=httpx.MockTransport(no_such_name),
        retry=RetryPolicy(max_attempts=1),
    )
    error = _failure(client)
    assert error.reason == "unresolved"
    assert unreachable_words(error) == (
        "Offline: cannot find contacts.example.invalid (check the address and the network)."
    )


def test_an_answer_of_the_server_is_not_taken_for_offline() -> None:
    error = ApiUnavailable("Service Unavailable", status=503, method="GET", path="/x")
    assert unreachable_words(error) is None


def test_a_kanbert_run_that_cannot_reach_its_server_says_offline_in_words(
    tmp_path: Path,
) -> None:
    port = _closed_port()
    w = workstation(tmp_path / "a.sqlite", "kanbert", f"http://127.0.0.1:{port}", TOKEN)
    try:
        summary = w.sync()
        assert summary.outcome == "offline"
        assert summary.messages[-1] == (
            f"Offline: cannot reach 127.0.0.1:{port}. Your changes stay queued."
        )
        assert summary.unreachable == f"Offline: cannot reach 127.0.0.1:{port}."
        assert not any(word in m for m in summary.messages for word in TECHNICAL)
    finally:
        w.close()


def test_a_kanbert_server_that_hangs_says_it_did_not_answer_in_time(
    tmp_path: Path, silent_port: int
) -> None:
    w = workstation(tmp_path / "a.sqlite", "kanbert", f"http://127.0.0.1:{silent_port}", TOKEN)
    try:
        client = KanbertClient(
            f"http://127.0.0.1:{silent_port}",
            TOKEN,
            read_timeout=0.2,
            retry=RetryPolicy(max_attempts=1),
        )
        engine = DocumentSyncEngine(w.services.db, client, connector_for("kanbert"), w.account)  # type: ignore[arg-type]
        try:
            summary = engine.run()
        finally:
            client.close()
        assert summary.outcome in ("offline", "incomplete"), summary.messages
        said = " ".join(summary.messages)
        assert f"The server 127.0.0.1:{silent_port} did not answer in time." in said, said
        assert not any(word in said for word in TECHNICAL), said
    finally:
        w.close()


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        (REFUSED, "Offline: cannot reach the server."),
        (UNRESOLVED, "Offline: cannot find the server (check the address and the network)."),
        (TIMEOUT, "The server did not answer in time."),
        (BROKEN, "The connection to the server broke off."),
    ],
)
def test_a_failure_that_names_no_server_is_said_without_naming_one(
    reason: str, expected: str
) -> None:
    class Failure:
        server = ""

    Failure.reason = reason  # type: ignore[attr-defined]
    assert unreachable_words(Failure()) == expected
