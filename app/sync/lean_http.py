"""Keep-alive HTTP/1.1 connections for the sync's many small requests.

A sync run asks a server for thousands of small JSON documents.  httpx spends more CPU on
each request than the rest of the run does on the document it brings back; this pool speaks
HTTP/1.1 over the standard library's ``http.client`` on pooled keep-alive connections (one
per request in flight, reused), for a fraction of that.  It answers what
:class:`app.sync.client.JsonApiClient` reads from a response (status, headers, body) and fails
with httpx's own exception classes, so retries and the classification of failures are the
same whichever carries a request.

It is used only where it behaves like httpx: ``http`` and ``https`` addresses (certificates
checked against the same authorities as httpx), no proxy configured for the host.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import select
import socket
import ssl
import threading
import urllib.request
from collections.abc import Mapping
from email.message import Message
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

logger = logging.getLogger(__name__)

# What a request on a connection the server has just closed fails with, before any answer.
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)

_SAFE_PATH = "/%:@!$&'()*+,;=~-._"


class LeanResponse:
    """What the client reads of an answer, named as on :class:`httpx.Response`."""

    __slots__ = ("content", "headers", "reason_phrase", "status_code")

    def __init__(self, status: int, reason: str, headers: Message, content: bytes) -> None:
        self.status_code = status
        self.reason_phrase = reason
        self.headers = headers  # case-insensitive ``get``
        self.content = content

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    def json(self) -> Any:
        return json.loads(self.content)


def usable_for(base_url: str) -> bool:
    """Whether requests to ``base_url`` can go through :class:`LeanHttp`: ``http`` or
    ``https``, with no proxy set for that host (httpx would use it)."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    proxies = urllib.request.getproxies()
    if parts.scheme in proxies or "all" in proxies:
        return bool(urllib.request.proxy_bypass(parts.hostname))
    return True


def _tls_context() -> ssl.SSLContext:
    """Certificates checked as httpx checks them: certifi's authorities, or the file named
    by ``SSL_CERT_FILE``."""
    cafile = os.environ.get("SSL_CERT_FILE")
    if not cafile:
        import certifi

        cafile = certifi.where()
    return ssl.create_default_context(cafile=cafile)


class LeanHttp:
    """A pool of keep-alive connections to one server (thread-safe: a connection serves one
    request at a time; as many are opened as requests are in flight)."""

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        *,
        connect_timeout: float,
        read_timeout: float,
        max_idle: int = 20,
    ) -> None:
        parts = urlsplit(base_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._prefix = parts.path.rstrip("/")
        self._headers = dict(headers)
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._max_idle = max_idle
        self._idle: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._tls: ssl.SSLContext | None = None
        self._closed = False

    # --- connections ----------------------------------------------------------------------

    def _new(self) -> http.client.HTTPConnection:
        try:
            if self._https:
                if self._tls is None:
                    self._tls = _tls_context()
                conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                    self._host, self._port, timeout=self._connect_timeout, context=self._tls
                )
            else:
                conn = http.client.HTTPConnection(
                    self._host, self._port, timeout=self._connect_timeout
                )
            conn.connect()
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "connect timed out") from exc
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from exc
        assert conn.sock is not None
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.sock.settimeout(self._read_timeout)
        return conn

    @staticmethod
    def _still_open(conn: http.client.HTTPConnection) -> bool:
        """An idle connection the server has not closed (nothing to read on it)."""
        sock = conn.sock
        if sock is None:
            return False
        try:
            readable, _, _ = select.select([sock], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable

    def _take(self) -> tuple[http.client.HTTPConnection, bool]:
        """A connection and whether it was reused from the idle ones."""
        while True:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                return self._new(), False
            if self._still_open(conn):
                return conn, True
            conn.close()

    def _give_back(self, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self._max_idle:
                self._idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    # --- requests -------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> LeanResponse:
        target = self._prefix + quote(path, safe=_SAFE_PATH)
        if params:
            target += "?" + urlencode(params)
        all_headers = {**self._headers, **dict(headers or {})}
        conn, reused = self._take()
        try:
            try:
                conn.request(method, target, body=content, headers=all_headers)
                answer = conn.getresponse()
            except _STALE as exc:
                if not reused:
                    raise
                # The server closed this idle connection as the request went out (its close
                # had not arrived when the connection was checked): nothing was answered on
                # it, so the request goes once more on a new connection.
                conn.close()
                logger.debug("idle connection closed by the server (%s); sent again", exc)
                conn = self._new()
                conn.request(method, target, body=content, headers=all_headers)
                answer = conn.getresponse()
            body = answer.read()
        except TimeoutError as exc:
            conn.close()
            raise httpx.ReadTimeout(str(exc) or "timed out") from exc
        except http.client.RemoteDisconnected as exc:
            conn.close()
            raise httpx.RemoteProtocolError(str(exc) or "the server closed the connection") from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc
        except BaseException:
            conn.close()
            raise
        if answer.will_close:
            conn.close()
        else:
            self._give_back(conn)
        return LeanResponse(answer.status, answer.reason, answer.headers, body)
