""" "Test connection" against the reference server over loopback, and against answers the
reference server never gives (through ``httpx.MockTransport``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from app.sync.connection_check import ConnectionReport, check_connection
from app.sync.reference_server import RunningServer, running_server
from app.sync.settings import SyncSettings

TOKEN = "reference-token-5c2e"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference"), TOKEN) as url:
        yield url


def _settings(url: str, org: str = "acme", **kw: object) -> SyncSettings:
    return SyncSettings(base_url=url, org_id=org, **kw)  # type: ignore[arg-type]


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _assert_token_free(report: ConnectionReport, token: str = TOKEN) -> None:
    assert token not in report.message
    assert token not in repr(report)


# --- over a real socket -------------------------------------------------------------------


def test_good_settings_and_token_are_ok(server: RunningServer) -> None:
    report = check_connection(_settings(server), TOKEN)
    assert report.ok
    assert report.problem == "ok"
    assert report.message.startswith("Connected to 127.0.0.1:")
    assert "“acme”" in report.message
    _assert_token_free(report)


def test_a_wrong_token_is_unauthorized(server: RunningServer) -> None:
    report = check_connection(_settings(server), "not-the-token")
    assert report == ConnectionReport(
        False, "unauthorized", "The server refused the token (401). Enter a valid API token."
    )


def test_a_closed_port_is_unreachable() -> None:
    port = _closed_port()
    report = check_connection(_settings(f"http://127.0.0.1:{port}"), TOKEN, timeout=5)
    assert (report.ok, report.problem) == (False, "unreachable")
    assert report.message == (
        f"Cannot reach 127.0.0.1:{port}: connection refused. Check the address and your network."
    )


def test_https_against_a_plain_http_server_is_a_tls_problem(server: RunningServer) -> None:
    report = check_connection(_settings(server.replace("http://", "https://")), TOKEN, timeout=5)
    assert (report.ok, report.problem) == (False, "tls")
    assert report.message.startswith("A secure (TLS) connection to 127.0.0.1:")
    assert "https://" in report.message
    _assert_token_free(report)


@pytest.fixture
def self_signed_server(tmp_path: Path) -> Iterator[str]:
    """A TLS server on loopback whose certificate no one signed: handshakes only."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file = tmp_path / "cert.pem"
    key_file = tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(10)
    port = listener.getsockname()[1]

    def serve() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        # The client refuses the certificate, as it should: the handshake fails here too.
        with conn, contextlib.suppress(ssl.SSLError, OSError):
            context.wrap_socket(conn, server_side=True).close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{port}"
    finally:
        listener.close()
        thread.join(timeout=10)


def test_an_unverifiable_certificate_is_a_tls_problem(self_signed_server: str) -> None:
    report = check_connection(_settings(self_signed_server), TOKEN, timeout=5)
    assert (report.ok, report.problem) == (False, "tls")
    assert report.message.startswith("The server's TLS certificate could not be verified: ")
    assert "self-signed certificate" in report.message
    _assert_token_free(report)


# --- answers through a mock transport -----------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]


def _check(handler: Handler, **kw: object) -> tuple[ConnectionReport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    settings = _settings("https://contacts.example.test/v1", **kw)
    report = check_connection(settings, TOKEN, transport=httpx.MockTransport(record))
    return report, seen


def test_the_check_asks_for_one_individual_contact_with_the_token() -> None:
    report, seen = _check(lambda r: httpx.Response(200, json={"items": [], "problems": []}))
    assert report.ok
    assert len(seen) == 1
    request = seen[0]
    assert request.method == "GET"
    assert str(request.url) == (
        "https://contacts.example.test/v1/orgs/acme/individual-contacts?limit=1"
    )
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_route_overrides_are_used() -> None:
    report, seen = _check(
        lambda r: httpx.Response(200, json={"items": []}),
        route_overrides={"contacts": "/tenants/{org}/{kind}"},
    )
    assert report.ok
    assert seen[0].url.path == "/v1/tenants/acme/individual-contacts"


def test_an_unknown_organization_is_named() -> None:
    report, _ = _check(
        lambda r: httpx.Response(404, json={"title": "Not Found", "detail": "org acme not found"})
    )
    assert (report.ok, report.problem) == (False, "org_not_found")
    assert report.message.startswith(
        "Organization “acme” was not found (404). Check the organization id"
    )


def test_a_404_that_is_not_json_is_not_the_api() -> None:
    report, _ = _check(lambda r: httpx.Response(404, text="<html>Not here</html>"))
    assert report.problem == "not_the_api"
    assert "contacts.example.test does not look like the Contacts API" in report.message


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_failures_say_try_later(status: int) -> None:
    report, _ = _check(lambda r: httpx.Response(status, json={"title": "Database down"}))
    assert (report.ok, report.problem) == (False, "server_error")
    assert f"({status} " in report.message
    assert "Database down" in report.message
    assert "Try again later" in report.message


def test_a_forbidden_token_is_named() -> None:
    report, _ = _check(lambda r: httpx.Response(403, json={"title": "Forbidden"}))
    assert report.problem == "forbidden"
    assert "organization “acme” (403)" in report.message


def test_a_web_page_instead_of_the_api_is_not_the_api() -> None:
    report, _ = _check(lambda r: httpx.Response(200, text="<html>Welcome</html>"))
    assert report.problem == "not_the_api"
    assert "/v1" in report.message


def test_a_redirect_names_where_it_goes() -> None:
    report, _ = _check(
        lambda r: httpx.Response(301, headers={"Location": "https://api.example.test/v2/orgs"})
    )
    assert report.problem == "not_the_api"
    assert "https://api.example.test/v2/orgs" in report.message


def test_timeouts_are_named() -> None:
    def connect_timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    def read_timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    report, _ = _check(connect_timeout)
    assert report.problem == "timeout"
    assert report.message.startswith("contacts.example.test did not answer within 10 seconds")
    report, _ = _check(read_timeout)
    assert report.problem == "timeout"
    assert "accepted the connection but did not answer" in report.message


def test_a_host_name_that_does_not_resolve_is_unreachable() -> None:
    def no_such_host(request: httpx.Request) -> httpx.Response:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as exc:
            raise httpx.ConnectError("[Errno -2] Name or service not known") from exc

    report, _ = _check(no_such_host)
    assert report.problem == "unreachable"
    assert report.message == (
        "Cannot reach contacts.example.test: the host name could not be found. "
        "Check the address and your network."
    )


def test_a_token_the_server_echoes_back_is_not_shown() -> None:
    report, _ = _check(lambda r: httpx.Response(500, json={"title": f"bad token {TOKEN}"}))
    assert report.problem == "server_error"
    _assert_token_free(report)


def test_bad_settings_and_a_missing_token_send_nothing() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    transport = httpx.MockTransport(fail)
    bad = check_connection(_settings("http://contacts.example.test"), TOKEN, transport=transport)
    assert bad.problem == "bad_settings"
    assert "localhost, 127.0.0.1 or ::1" in bad.message
    for token in (None, "", "   "):
        missing = check_connection(_settings("https://x.test"), token, transport=transport)
        assert missing == ConnectionReport(
            False, "no_token", "No API token is stored for this server. Enter the API token."
        )
