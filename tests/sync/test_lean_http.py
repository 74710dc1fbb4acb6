"""The sync client's keep-alive connections: reused, renewed when the server closed them,
failing with the same classes as httpx (timeouts, refused connections, 401)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

from app.sync.client import ApiAuthError, ApiUnavailable, ContactsApiClient, RetryPolicy
from app.sync.lean_http import usable_for

OK = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"id": "x"}'


@dataclass
class Seen:
    connections: int = 0
    request_lines: list[bytes] = field(default_factory=list)
    headers: list[bytes] = field(default_factory=list)


@contextmanager
def raw_server(
    answer: Callable[[bytes], bytes | None], *, close_after: bool = False
) -> Iterator[tuple[str, Seen]]:
    """A loopback HTTP server answering each request head with ``answer(head)`` (``None``:
    no answer at all); ``close_after`` closes the connection after each answer without
    saying so."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    seen = Seen()
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        buffer = b""
        with conn:
            while not stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        return
                    if not chunk:
                        return
                    buffer += chunk
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                seen.request_lines.append(head.split(b"\r\n", 1)[0])
                seen.headers.append(head)
                reply = answer(head)
                if reply is None:
                    stop.wait(5)
                    return
                conn.sendall(reply)
                if close_after:
                    return

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            seen.connections += 1
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1", seen
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def client(url: str, *, read_timeout: float = 5.0) -> ContactsApiClient:
    made = ContactsApiClient(
        url, "org", "secret-token", retry=RetryPolicy(max_attempts=1), read_timeout=read_timeout
    )
    assert made._lean is not None  # the keep-alive pool carries the requests
    return made


def test_requests_reuse_one_connection_and_send_the_token_and_the_base_path() -> None:
    with raw_server(lambda _head: OK) as (url, seen):
        api = client(url)
        for i in range(20):
            assert api.get("individual", f"id-{i}").body == {"id": "x"}
        api.close()
    assert seen.connections == 1
    assert seen.request_lines[0] == b"GET /v1/orgs/org/individual-contacts/id-0 HTTP/1.1"
    assert b"Authorization: Bearer secret-token" in seen.headers[0]


def test_a_connection_the_server_closed_while_idle_is_replaced_without_a_failure() -> None:
    with raw_server(lambda _head: OK, close_after=True) as (url, seen):
        api = client(url)
        for i in range(5):
            assert api.get("individual", f"id-{i}").body == {"id": "x"}
        api.close()
    assert seen.connections == 5


def test_ids_outside_ascii_are_escaped_in_the_path_and_queries_encoded() -> None:
    with raw_server(lambda _head: OK) as (url, seen):
        api = client(url)
        api.get("individual", "Zoë/1")
        api.request_json("GET", "/orgs/org/individual-contacts", params={"limit": 5, "offset": 0})
        api.close()
    assert seen.request_lines[0] == b"GET /v1/orgs/org/individual-contacts/Zo%C3%AB%2F1 HTTP/1.1"
    assert (
        seen.request_lines[1] == b"GET /v1/orgs/org/individual-contacts?limit=5&offset=0 HTTP/1.1"
    )


def test_a_server_that_never_answers_times_out_as_unavailable() -> None:
    with raw_server(lambda _head: None) as (url, _seen):
        api = client(url, read_timeout=0.3)
        with pytest.raises(ApiUnavailable, match="did not answer in time"):
            api.get("individual", "x")
        api.close()


def test_a_refused_connection_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = client(f"http://127.0.0.1:{port}")
    with pytest.raises(ApiUnavailable, match=f"Offline: cannot reach 127.0.0.1:{port}"):
        api.get("individual", "x")
    api.close()


def test_401_is_refused_credentials_and_the_token_is_never_in_the_message() -> None:
    body = b'{"title": "Unauthorized", "detail": "no good here"}'
    refused = (
        b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    with raw_server(lambda _head: refused) as (url, _seen):
        api = client(url)
        with pytest.raises(ApiAuthError) as caught:
            api.get("individual", "x")
        api.close()
    assert "secret-token" not in str(caught.value) + repr(caught.value)
    assert "no good here" in str(caught.value)


def test_a_proxy_set_for_the_host_leaves_the_requests_to_httpx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.test:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert not usable_for("http://contacts.example.test/v1")
    api = ContactsApiClient("http://contacts.example.test/v1", "org", "t")
    assert api._lean is None
    api.close()
    # A proxy for http only: https requests still go through the pool.
    assert usable_for("https://contacts.example.test/v1")


def test_chunked_answers_and_answers_read_to_the_close_are_read_whole() -> None:
    chunked = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b'Transfer-Encoding: chunked\r\nETag: "v7"\r\n\r\n'
        b'5\r\n{"id"\r\n6;ext=1\r\n: "x"}\r\n0\r\n\r\n'
    )
    with raw_server(lambda _head: chunked) as (url, seen):
        api = client(url)
        for i in range(3):
            fetched = api.get("individual", f"id-{i}")
            assert fetched.body == {"id": "x"}
            assert fetched.etag == '"v7"'
        api.close()
    assert seen.connections == 1  # a chunked answer leaves the connection usable
    to_close = b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"id": "y"}'
    with raw_server(lambda _head: to_close, close_after=True) as (url, seen):
        api = client(url)
        assert api.get("individual", "a").body == {"id": "y"}
        assert api.get("individual", "b").body == {"id": "y"}
        api.close()
    assert seen.connections == 2
