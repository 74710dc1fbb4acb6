"""A server that cannot be reached, in words a person expects.

The clients classify why a call did not reach the server (:func:`cause_of`: the connection
was refused, the host name was not found, the server did not answer in time, the connection
broke off) and name the server as the user typed it (:func:`server_of`); the run turns that
into the sentence the status bar, the Accounts dialog and ``kontor sync`` show
(:func:`unreachable_words`), instead of the name of an exception class.  The technical
details stay in the log.
"""

from __future__ import annotations

import errno
import socket
from typing import Final, Protocol
from urllib.parse import urlsplit

from app.i18n import translate

#: Why a call did not reach the server.
REFUSED: Final = "refused"  # nothing listens at the address
UNRESOLVED: Final = "unresolved"  # the host name could not be found (DNS)
NO_ROUTE: Final = "no_route"  # no network, or no route to the host
TIMEOUT: Final = "timeout"  # connected (or trying to), but no answer in time
BROKEN: Final = "broken"  # the connection broke off during the call


class _Unreached(Protocol):
    reason: str
    server: str


def server_of(base_url: str) -> str:
    """The server of ``base_url`` as a person names it: its host and, if given, port."""
    try:
        netloc = urlsplit(base_url).netloc
    except ValueError:
        return base_url
    return netloc.rsplit("@", 1)[-1] or base_url


def cause_of(exc: BaseException, *, refused: bool = False) -> str:
    """Why a failed call (an httpx transport error, the errors it was raised from) did not
    reach the server: one of the reasons above."""
    if refused:
        return REFUSED
    seen: BaseException | None = exc
    for _ in range(8):  # the chain: httpx's error, httpcore's, the socket's
        if seen is None:
            break
        if isinstance(seen, socket.gaierror):
            return UNRESOLVED
        if isinstance(seen, ConnectionRefusedError):
            return REFUSED
        if isinstance(seen, OSError) and seen.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return NO_ROUTE
        if isinstance(seen, TimeoutError):
            return TIMEOUT
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    if "name or service not known" in text or "nodename nor servname" in text:
        return UNRESOLVED
    if "refused" in text:
        return REFUSED
    return BROKEN


def unreachable_words(error: _Unreached) -> str | None:
    """One sentence about why the server could not be reached (``None``: it was reached, it
    answered with a failure of its own, e.g. 503)."""
    reason = getattr(error, "reason", "")
    server = getattr(error, "server", "")
    if not server:
        return _without_server(reason)
    if reason in (REFUSED, NO_ROUTE):
        return translate("Sync", "Offline: cannot reach {server}.").format(server=server)
    if reason == UNRESOLVED:
        return translate(
            "Sync", "Offline: cannot find {server} (check the address and the network)."
        ).format(server=server)
    if reason == TIMEOUT:
        return translate("Sync", "The server {server} did not answer in time.").format(
            server=server
        )
    if reason == BROKEN:
        return translate("Sync", "The connection to {server} broke off.").format(server=server)
    return None


def _without_server(reason: str) -> str | None:
    """The same sentences where the failed call did not say which server it was for."""
    if reason in (REFUSED, NO_ROUTE):
        return translate("Sync", "Offline: cannot reach the server.")
    if reason == UNRESOLVED:
        return translate(
            "Sync", "Offline: cannot find the server (check the address and the network)."
        )
    if reason == TIMEOUT:
        return translate("Sync", "The server did not answer in time.")
    if reason == BROKEN:
        return translate("Sync", "The connection to the server broke off.")
    return None


__all__ = [
    "BROKEN",
    "NO_ROUTE",
    "REFUSED",
    "TIMEOUT",
    "UNRESOLVED",
    "cause_of",
    "server_of",
    "unreachable_words",
]
