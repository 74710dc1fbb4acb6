"""Keep-alive HTTP/1.1 connections for the sync's many small requests.

A sync run asks a server for thousands of small JSON documents.  httpx spends more CPU on
each request than the rest of the run does on the document it brings back, and the standard
library's ``http.client`` (which reads every answer's headers with the e-mail parser) still
more than the rest of a no-change run; this pool speaks plain HTTP/1.1 on sockets of its own,
pooled keep-alive connections (one per request in flight, reused), for a fraction of that: a
request is one write, an answer is read by its status line, headers and ``Content-Length``
(or its chunks, or up to the server's close).  It answers what
:class:`app.sync.client.JsonApiClient` reads from a response (status, headers, body) and fails
with httpx's own exception classes, so retries and the classification of failures are the
same whichever carries a request.

It is used only where it behaves like httpx: ``http`` and ``https`` addresses (certificates
checked against the same authorities as httpx), no proxy configured for the host.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import socket
import ssl
import threading
import urllib.request
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

logger = logging.getLogger(__name__)


class _DisconnectedError(ConnectionError):
    """The server closed the connection before any byte of an answer."""


class _BadAnswerError(ValueError):
    """An answer that is not HTTP/1.x as this client reads it."""


# What a request on a connection the server has just closed fails with, before any answer.
_STALE = (_DisconnectedError, ConnectionResetError, BrokenPipeError)

_MAX_HEAD = 256 * 1024


class Headers(dict[str, str]):
    """An answer's headers: names in lower case, looked up in any case (``get``, ``[]``,
    ``in``) as on :class:`httpx.Headers`; a repeated header keeps its first value."""

    def get(self, name: str, default: Any = None) -> Any:
        return dict.get(self, name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return dict.__getitem__(self, name.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and dict.__contains__(self, name.lower())


class _Connection:
    """One keep-alive connection: its socket and what was read from it beyond an answer."""

    __slots__ = ("buffer", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

    def _fill(self) -> None:
        data = self.sock.recv(65536)
        if not data:
            raise _DisconnectedError("the server closed the connection")
        self.buffer += data

    def read_head(self) -> bytes:
        start = 0
        while True:
            end = self.buffer.find(b"\r\n\r\n", start)
            if end >= 0:
                head = bytes(self.buffer[: end + 4])
                del self.buffer[: end + 4]
                return head
            if len(self.buffer) > _MAX_HEAD:
                raise _BadAnswerError("the answer's headers are too long")
            start = max(0, len(self.buffer) - 3)
            try:
                self._fill()
            except _DisconnectedError:
                if self.buffer:
                    raise _BadAnswerError(
                        "the server closed the connection in the headers"
                    ) from None
                raise

    def read_line(self) -> bytes:
        while True:
            end = self.buffer.find(b"\r\n")
            if end >= 0:
                line = bytes(self.buffer[:end])
                del self.buffer[: end + 2]
                return line
            if len(self.buffer) > _MAX_HEAD:
                raise _BadAnswerError("a chunk line is too long")
            self._read_more()

    def read_exact(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._read_more()
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def read_to_close(self) -> bytes:
        while True:
            data = self.sock.recv(65536)
            if not data:
                break
            self.buffer += data
        data = bytes(self.buffer)
        self.buffer.clear()
        return data

    def _read_more(self) -> None:
        try:
            self._fill()
        except _DisconnectedError:
            raise _BadAnswerError(
                "the server closed the connection in the middle of an answer"
            ) from None

    def read_answer(self, method: str) -> tuple[int, str, Headers, bytes, bool]:
        """Status, reason, headers, body and whether the connection must be closed after."""
        while True:
            head = self.read_head()
            lines = head.decode("latin-1").split("\r\n")
            version, _, rest = lines[0].partition(" ")
            code, _, reason = rest.partition(" ")
            if not version.startswith("HTTP/1.") or len(code) != 3 or not code.isdigit():
                raise _BadAnswerError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
            status = int(code)
            headers = Headers()
            for line in lines[1:]:
                if not line:
                    continue
                name, colon, value = line.partition(":")
                if not colon:
                    raise _BadAnswerError(f"not a header: {line[:80]!r}")
                headers.setdefault(name.strip().lower(), value.strip())
            if 100 <= status < 200 and status != 101:
                continue  # an interim answer (100 Continue): the real one follows
            break
        connection = headers.get("connection", "").lower()
        close = "close" in connection or (version == "HTTP/1.0" and "keep-alive" not in connection)
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return status, reason, headers, b"", close
        if "chunked" in headers.get("transfer-encoding", "").lower():
            parts: list[bytes] = []
            while True:
                size_text = self.read_line().split(b";", 1)[0].strip()
                try:
                    size = int(size_text, 16)
                except ValueError:
                    raise _BadAnswerError(f"not a chunk size: {size_text[:20]!r}") from None
                if size == 0:
                    while self.read_line():  # trailers, up to the empty line
                        pass
                    break
                parts.append(self.read_exact(size))
                if self.read_line():
                    raise _BadAnswerError("a chunk does not end where its size says")
            return status, reason, headers, b"".join(parts), close
        length = headers.get("content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                raise _BadAnswerError(f"not a Content-Length: {length[:20]!r}") from None
            if size < 0:
                raise _BadAnswerError(f"not a Content-Length: {length[:20]!r}")
            return status, reason, headers, self.read_exact(size), close
        return status, reason, headers, self.read_to_close(), True


_SAFE_PATH = "/%:@!$&'()*+,;=~-._"


class LeanResponse:
    """What the client reads of an answer, named as on :class:`httpx.Response`."""

    __slots__ = ("content", "headers", "reason_phrase", "status_code")

    def __init__(self, status: int, reason: str, headers: Headers, content: bytes) -> None:
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
        self._idle: list[_Connection] = []
        self._lock = threading.Lock()
        self._tls: ssl.SSLContext | None = None
        self._closed = False
        host = f"[{self._host}]" if ":" in self._host else self._host
        default_port = 443 if self._https else 80
        self._host_header = host if self._port == default_port else f"{host}:{self._port}"

    # --- connections ----------------------------------------------------------------------

    def _new(self) -> _Connection:
        sock: socket.socket | None = None
        try:
            sock = socket.create_connection((self._host, self._port), self._connect_timeout)
            if self._https:
                if self._tls is None:
                    self._tls = _tls_context()
                sock = self._tls.wrap_socket(sock, server_hostname=self._host)
        except TimeoutError as exc:
            if sock is not None:
                sock.close()
            raise httpx.ConnectTimeout(str(exc) or "connect timed out") from exc
        except (OSError, ssl.SSLError) as exc:
            if sock is not None:
                sock.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(self._read_timeout)
        return _Connection(sock)

    @staticmethod
    def _still_open(conn: _Connection) -> bool:
        """An idle connection the server has not closed (nothing to read on it)."""
        if conn.buffer:
            return False  # more was sent than the last answer: not to be trusted
        try:
            readable, _, _ = select.select([conn.sock], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable

    def _take(self) -> tuple[_Connection, bool]:
        """A connection and whether it was reused from the idle ones."""
        while True:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                return self._new(), False
            if self._still_open(conn):
                return conn, True
            conn.close()

    def _give_back(self, conn: _Connection) -> None:
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

    def _message(
        self, method: str, target: str, content: bytes | None, headers: Mapping[str, str] | None
    ) -> bytes:
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self._host_header}"]
        lines.append("Accept-Encoding: identity")
        all_headers = {**self._headers, **dict(headers or {})}
        lines += [f"{name}: {value}" for name, value in all_headers.items()]
        if content is not None or method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(content or b'')}")
        lines.append("\r\n")
        head = "\r\n".join(lines).encode("latin-1")
        return head + content if content else head

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
        message = self._message(method, target, content, headers)
        conn, reused = self._take()
        try:
            try:
                conn.sock.sendall(message)
                status, reason, answer_headers, body, close = conn.read_answer(method)
            except _STALE as exc:
                if not reused:
                    raise
                # The server closed this idle connection as the request went out (its close
                # had not arrived when the connection was checked): nothing was answered on
                # it, so the request goes once more on a new connection.
                conn.close()
                logger.debug("idle connection closed by the server (%s); sent again", exc)
                conn = self._new()
                conn.sock.sendall(message)
                status, reason, answer_headers, body, close = conn.read_answer(method)
        except TimeoutError as exc:
            conn.close()
            raise httpx.ReadTimeout(str(exc) or "timed out") from exc
        except _DisconnectedError as exc:
            conn.close()
            raise httpx.RemoteProtocolError(str(exc) or "the server closed the connection") from exc
        except (OSError, _BadAnswerError) as exc:
            conn.close()
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc
        except BaseException:
            conn.close()
            raise
        if close:
            conn.close()
        else:
            self._give_back(conn)
        return LeanResponse(status, reason, answer_headers, body)
