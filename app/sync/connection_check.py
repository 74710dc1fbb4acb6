"""The "Test connection" check: one small call that tells the user whether sync will work,
and if not, what to fix.

:func:`check_connection` asks for one contact (``GET /orgs/{org}/individual-contacts?limit=1``)
and turns whatever happens into a :class:`ConnectionReport`: a problem code for the program
and one sentence for the user.  It never retries (the user is waiting), always verifies TLS,
and never puts the token into a message.
"""

from __future__ import annotations

import errno
import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import urlsplit

from app.i18n import translate
from app.sync.routes import INDIVIDUALS
from app.sync.settings import SyncSettings, make_routes

if TYPE_CHECKING:  # httpx loads when a connection is tested, not at start-up
    import httpx

ConnectionProblem = Literal[
    "ok",
    "bad_settings",
    "no_token",
    "unreachable",
    "tls",
    "timeout",
    "unauthorized",
    "forbidden",
    "org_not_found",
    "server_error",
    "not_the_api",
]

DEFAULT_TIMEOUT: Final = 10.0


@dataclass(frozen=True)
class ConnectionReport:
    """The outcome of :func:`check_connection`: ``message`` is meant for the user."""

    ok: bool
    problem: ConnectionProblem
    message: str

    @classmethod
    def success(cls, message: str) -> ConnectionReport:
        return cls(True, "ok", message)

    @classmethod
    def failure(cls, problem: ConnectionProblem, message: str) -> ConnectionReport:
        return cls(False, problem, message)


def check_connection(
    settings: SyncSettings,
    token: str | None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
) -> ConnectionReport:
    """Whether ``settings`` and ``token`` reach the Contacts API and may read contacts."""
    settings = settings.normalized()
    problems = settings.validate()
    if problems:
        return ConnectionReport.failure("bad_settings", " ".join(problems))
    token = (token or "").strip()
    if not token:
        return ConnectionReport.failure(
            "no_token",
            translate("Connection", "No API token is stored for this server. Enter the API token."),
        )
    report = _check(settings, token, timeout, transport)
    # Belt and braces: nothing the server or the network said may echo the token back.
    return ConnectionReport(report.ok, report.problem, report.message.replace(token, "***"))


def _check(
    settings: SyncSettings, token: str, timeout: float, transport: httpx.BaseTransport | None
) -> ConnectionReport:
    import httpx

    host = _host(settings.base_url)
    org = settings.org_id
    path = make_routes(settings).contacts(INDIVIDUALS)
    try:
        with httpx.Client(
            base_url=settings.base_url,
            timeout=httpx.Timeout(timeout),
            transport=transport,
            verify=True,
            follow_redirects=False,
            headers={"Accept": "application/json", "Authorization": f"Bearer {token}"},
        ) as http:
            response = http.get(path, params={"limit": 1})
    except httpx.ConnectTimeout:
        return ConnectionReport.failure(
            "timeout",
            translate(
                "Connection",
                "{host} did not answer within {seconds} seconds. "
                "Check the address and your network.",
            ).format(host=host, seconds=f"{timeout:g}"),
        )
    except httpx.TimeoutException:
        return ConnectionReport.failure(
            "timeout",
            translate(
                "Connection",
                "{host} accepted the connection but did not answer within {seconds} seconds. "
                "The server may be busy; try again later.",
            ).format(host=host, seconds=f"{timeout:g}"),
        )
    except httpx.ConnectError as exc:
        return _connect_failure(exc, host)
    except httpx.TransportError as exc:  # the connection broke off, or a protocol mix-up
        tls = _ssl_error(exc)
        if tls is not None:
            return _tls_failure(tls, host)
        return ConnectionReport.failure(
            "unreachable",
            translate(
                "Connection",
                "The connection to {host} broke off ({reason}). "
                "Check the address and your network, then try again.",
            ).format(host=host, reason=_describe(exc)),
        )
    return _answer(response, host, org)


# ----------------------------------------------------------------------------------------
# network failures


def _connect_failure(exc: httpx.ConnectError, host: str) -> ConnectionReport:
    tls = _ssl_error(exc)
    if tls is not None:
        return _tls_failure(tls, host)
    reason = _network_reason(exc)
    return ConnectionReport.failure(
        "unreachable",
        translate(
            "Connection", "Cannot reach {host}: {reason}. Check the address and your network."
        ).format(host=host, reason=reason),
    )


def _tls_failure(error: ssl.SSLError, host: str) -> ConnectionReport:
    if isinstance(error, ssl.SSLCertVerificationError):
        detail = error.verify_message or error.reason or translate("Connection", "unknown reason")
        return ConnectionReport.failure(
            "tls",
            translate(
                "Connection",
                "The server's TLS certificate could not be verified: {detail}. "
                "Kontor only talks to {host} over a verified connection; "
                "ask your administrator about the certificate.",
            ).format(detail=detail, host=host),
        )
    detail = (error.reason or str(error) or type(error).__name__).replace("_", " ").lower()
    return ConnectionReport.failure(
        "tls",
        translate(
            "Connection",
            "A secure (TLS) connection to {host} could not be made: {detail}. "
            "Check that the address starts with the right scheme (https:// or http://) "
            "and uses the right port.",
        ).format(host=host, detail=detail),
    )


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions it was raised from, outermost first."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def _ssl_error(exc: BaseException) -> ssl.SSLError | None:
    for item in _chain(exc):
        if isinstance(item, ssl.SSLError):
            return item
    return None


def _network_reason(exc: BaseException) -> str:
    for item in _chain(exc):
        if isinstance(item, socket.gaierror):
            return translate("Connection", "the host name could not be found")
        if isinstance(item, ConnectionRefusedError):
            return translate("Connection", "connection refused")
        if isinstance(item, OSError) and item.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return translate("Connection", "no route to the host")
        if isinstance(item, OSError) and item.errno == errno.ECONNREFUSED:
            return translate("Connection", "connection refused")
    text = str(exc).lower()
    if "refused" in text:
        return translate("Connection", "connection refused")
    if "name or service not known" in text or "nodename nor servname" in text:
        return translate("Connection", "the host name could not be found")
    return _describe(exc)


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if len(text) > 160:
        text = text[:157] + "…"
    return text or type(exc).__name__


# ----------------------------------------------------------------------------------------
# answers


def _answer(response: httpx.Response, host: str, org: str) -> ConnectionReport:
    status = response.status_code
    body = _json(response)
    said = _server_said(body)
    if status == 200:
        if isinstance(body, dict) and isinstance(body.get("items"), list):
            return ConnectionReport.success(
                translate(
                    "Connection",
                    "Connected to {host}: organization “{org}” is reachable and the token "
                    "is accepted.",
                ).format(host=host, org=org)
            )
        return _not_the_api(
            host,
            translate("Connection", "it answered {status} without a contact listing").format(
                status=status
            ),
        )
    if 300 <= status < 400:
        target = response.headers.get("Location")
        if target:
            text = translate(
                "Connection",
                "{host} redirects the request to {target} ({status}). "
                "Enter the address it redirects to as the server address.",
            )
        else:
            text = translate(
                "Connection",
                "{host} redirects the request ({status}). "
                "Enter the address it redirects to as the server address.",
            )
        return ConnectionReport.failure(
            "not_the_api", text.format(host=host, target=target, status=status)
        )
    if status == 401:
        return ConnectionReport.failure(
            "unauthorized",
            translate("Connection", "The server refused the token (401). Enter a valid API token."),
        )
    if status == 403:
        return ConnectionReport.failure(
            "forbidden",
            translate(
                "Connection",
                "The token is not allowed to read the contacts of organization “{org}” (403). "
                "Ask your administrator for a token with access to it.",
            ).format(org=org),
        )
    if status == 404:
        if body is None:
            return _not_the_api(
                host, translate("Connection", "it answered 404 for the contact listing")
            )
        return ConnectionReport.failure(
            "org_not_found",
            translate(
                "Connection",
                "Organization “{org}” was not found (404). Check the organization id "
                "and the server address.",
            ).format(org=org),
        )
    if status == 429 or status >= 500:
        reason = response.reason_phrase or "error"
        extra = f": {said}" if said else ""
        return ConnectionReport.failure(
            "server_error",
            translate(
                "Connection",
                "The server could not answer ({status}). "
                "Try again later; if it keeps happening, tell your administrator.",
            ).format(status=f"{status} {reason}{extra}"),
        )
    return _not_the_api(
        host,
        translate("Connection", "it answered {status}").format(
            status=f"{status} {response.reason_phrase or ''}".rstrip()
        ),
    )


def _not_the_api(host: str, what: str) -> ConnectionReport:
    return ConnectionReport.failure(
        "not_the_api",
        translate(
            "Connection",
            "{host} does not look like the Contacts API ({what}). "
            "Check the server address; it usually ends with the API version, e.g. /v1.",
        ).format(host=host, what=what),
    )


def _json(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _server_said(body: Any) -> str:
    """The server's own problem title / detail, shortened, if it sent one."""
    if not isinstance(body, dict):
        return ""
    parts = [str(body[k]) for k in ("title", "detail") if isinstance(body.get(k), str)]
    text = " ".join(" — ".join(parts).split())
    return text[:157] + "…" if len(text) > 160 else text


def _host(base_url: str) -> str:
    """The host (and port, when given) of ``base_url``, as the user would write it."""
    parts = urlsplit(base_url)
    host = parts.hostname or base_url
    shown = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{shown}:{port}" if port is not None else shown


__all__ = ["DEFAULT_TIMEOUT", "ConnectionProblem", "ConnectionReport", "check_connection"]
