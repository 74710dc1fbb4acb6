"""Fault switches and request statistics of the reference server, applied by ASGI middleware.

The switches live on ``app.state.faults`` and can be changed while the server runs (assign a
new :class:`Faults` or change its fields).  Random choices come from ``random.Random(seed)``,
so a test sees the same sequence of faults every run; the other switches are deterministic.

``app.state.stats`` (:class:`RequestStats`) records every request the server received, with
its answer, so a test can check what a client sent (e.g. that a resync without changes sent
only conditional GETs).

Three middlewares, outermost first: :class:`StatsMiddleware` (records),
:class:`FaultMiddleware` (transport-level faults: latency, ``unauthorized_after``, 429, 500,
dropped connections; before the token check) and :class:`RequestFaultMiddleware` (faults
about what a request asks for: unknown orgs, failing or cut listings, rejected bodies, lost
answers; after the token check, so a request with a wrong token is still answered 401).
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import parse_qs

from starlette._utils import get_route_path
from starlette.routing import Match, Route, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

WRITE_METHODS: Final = frozenset({"POST", "PUT", "DELETE", "PATCH"})
CONTACT_COLLECTIONS: Final = frozenset({"individual-contacts", "organization-contacts"})
DEFAULT_PAGE_LIMIT: Final = 100
"""The page size of a listing requested without ``limit``."""


PageOf = Callable[[Mapping[str, list[str]]], int | None]


def offset_page(query: Mapping[str, list[str]]) -> int | None:
    """The 1-based page a ``limit`` / ``offset`` listing asks for (a request without them asks
    for page 1 of :data:`DEFAULT_PAGE_LIMIT`); ``None`` when they are invalid (the server
    answers those 400 itself)."""
    try:
        limit = int(query.get("limit", [str(DEFAULT_PAGE_LIMIT)])[0])
        offset = int(query.get("offset", ["0"])[0])
    except ValueError:
        return None
    if limit < 1 or offset < 0:
        return None
    return offset // limit + 1


def numbered_page(query: Mapping[str, list[str]]) -> int | None:
    """The page a ``page`` / ``per_page`` listing asks for (1 without ``page``); ``None`` when
    it is not a whole number of at least 1."""
    try:
        page = int(query.get("page", ["1"])[0])
    except ValueError:
        return None
    return page if page >= 1 else None


def single_page(query: Mapping[str, list[str]]) -> int | None:
    """A listing without paging: the whole listing is page 1."""
    return 1


@dataclass(frozen=True)
class FaultPaths:
    """Where a system's paths hold what the path-dependent switches act on.

    * ``tenant`` — a pattern whose group ``tenant`` is the tenant a path belongs to (an org,
      a partner): ``not_found_orgs`` refuses those; ``None`` when the system has no tenant in
      its paths;
    * ``listings`` — a pattern a path must match in full to be a listing of records:
      ``fail_pages`` and ``listing_cutoff`` act on GETs of those;
    * ``page_of`` — the 1-based page such a listing asks for, from its query.

    A server sets its own on ``app.state.fault_paths``; without one the Contacts API's paths
    apply (:data:`CONTACTS_API_PATHS`).
    """

    tenant: re.Pattern[str] | None
    listings: re.Pattern[str]
    page_of: PageOf = offset_page

    def tenant_of(self, path: str) -> str | None:
        if self.tenant is None:
            return None
        found = self.tenant.match(path)
        return found.group("tenant") if found else None

    def is_listing(self, path: str) -> bool:
        return self.listings.fullmatch(path) is not None


CONTACTS_API_PATHS: Final = FaultPaths(
    tenant=re.compile(r"/orgs/(?P<tenant>[^/]*)"),
    listings=re.compile(r"/orgs/[^/]+/(?:individual-contacts|organization-contacts)"),
    page_of=offset_page,
)


@dataclass
class Faults:
    """What goes wrong, and how often.

    Random faults (drawn from ``random.Random(seed)``):

    * ``error_rate`` — fraction of requests answered 500;
    * ``latency_ms`` — delay before every answer;
    * ``rate_limit_every`` — every Nth request is answered 429 with ``Retry-After``
      (``retry_after_s`` seconds);
    * ``drop_connection_rate`` — fraction of requests whose connection is closed unanswered
      (nothing is applied);
    * ``apply_then_drop`` — fraction of writes that are applied, then the connection is closed
      without the answer ("a create whose answer is lost");
    * ``problem_pages`` — paged listings carry a problem in every page, and one item fewer.

    Deterministic switches (off by default):

    * ``fail_pages`` — in listings of contacts (``GET /orgs/{org}/individual-contacts`` or
      ``.../organization-contacts``), these page numbers are answered 500 with a problem body.
      Pages are 1-based: page *n* is the one at ``offset = (n - 1) * limit`` (a request without
      ``limit`` / ``offset`` asks for page 1 of 100); an offset inside a page counts as that
      page.  Other listings are not affected.  Servers of other systems name their own
      listings and pages (:class:`FaultPaths`).
    * ``listing_cutoff`` — listings of contacts have no items at or beyond this offset: the
      first N contacts are listed, the rest are silently missing (no problem, no error: "the
      listing comes back empty after 800 contacts").  ``None`` turns it off.
    * ``drop_after_apply`` — the next N writes (POST, PUT, DELETE, PATCH) whose path matches
      ``drop_after_apply_path`` (a regular expression searched in the path; the default
      matches every path) and which the server accepts (2xx) are applied, then the connection
      is closed without the answer: the client sees a network error.  The counter goes down
      by one each time it fires; writes the server refuses (4xx) are answered as usual and do
      not count.
    * ``reject_body_containing`` — a write whose body contains this text (JSON escapes such
      as ``\\u00e4`` are undone before the comparison) is answered 422 with a problem naming
      ``body`` (the shape of a validation error) and nothing is applied.  ``None`` turns it
      off; ``""`` rejects every write.
    * ``fail_writes_path`` — writes whose path matches this regular expression (searched in
      the path) are answered 500 and nothing is applied ("the server keeps failing on one
      record").  ``None`` turns it off.
    * ``unauthorized_after`` — after this many requests, counted from when the switch is set
      (assigning it, even the same value, restarts the count), every request is answered 401.
      ``0`` refuses every request; ``None`` turns it off.
    * ``not_found_orgs`` — requests under ``/orgs/{org}/`` for these orgs are answered 404
      ("organization … not found"); on other systems, requests for these tenants (e.g. the
      partner ids of the partner portal; :class:`FaultPaths`).

    ``fail_pages`` and ``not_found_orgs`` accept any iterable and are kept as frozensets.
    """

    error_rate: float = 0.0
    latency_ms: int = 0
    rate_limit_every: int = 0
    retry_after_s: int = 1
    drop_connection_rate: float = 0.0
    apply_then_drop: float = 0.0
    problem_pages: bool = False
    seed: int = 0
    fail_pages: frozenset[int] = frozenset()
    listing_cutoff: int | None = None
    drop_after_apply: int = 0
    drop_after_apply_path: str = ".*"
    reject_body_containing: str | None = None
    fail_writes_path: str | None = None
    unauthorized_after: int | None = None
    not_found_orgs: frozenset[str] = frozenset()
    _requests_since_unauthorized_set: int = field(default=0, init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("fail_pages", "not_found_orgs"):
            value = _frozen(name, value)
        elif name == "drop_after_apply_path" or (name == "fail_writes_path" and value):
            re.compile(value)  # a bad pattern fails here, not in the middle of a request
        super().__setattr__(name, value)
        if name == "unauthorized_after":
            super().__setattr__("_requests_since_unauthorized_set", 0)

    def _refuse_as_unauthorized(self) -> bool:
        """Count one request against ``unauthorized_after``; whether it is to be refused."""
        if self.unauthorized_after is None:
            return False
        if self._requests_since_unauthorized_set >= self.unauthorized_after:
            return True
        self._requests_since_unauthorized_set += 1
        return False


def _frozen(name: str, value: Any) -> frozenset[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a collection (e.g. a frozenset), not {value!r}")
    return frozenset(value)


class ConnectionDropped(Exception):  # noqa: N818 (not an error of the server: a fault)
    """Raised after the response has started, so the server aborts the connection."""


# ----------------------------------------------------------------------------------------
# request statistics


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server saw it.

    ``route`` is the path template of the route that served it (e.g.
    ``"/orgs/{org}/{kind}/{id}/details"``; ``""`` when no route matches); ``conditional`` is
    whether it carried ``If-None-Match``; ``status`` is the answer's status, ``None`` when the
    connection was closed without an answer.
    """

    method: str
    path: str
    route: str
    conditional: bool
    status: int | None


class RequestStats:
    """Every request the server received since the start or the last :meth:`reset`.

    Thread-safe: the server records on its own thread while a test reads.  A request is
    recorded before its answer is sent, so once a client has an answer (or a network error)
    the request is in here.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[RequestRecord] = []

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)

    def _replace(self, old: RequestRecord, new: RequestRecord) -> None:
        with self._lock:
            for i in range(len(self._records) - 1, -1, -1):
                if self._records[i] is old:
                    self._records[i] = new
                    return

    def reset(self) -> None:
        with self._lock:
            self._records.clear()

    @property
    def records(self) -> list[RequestRecord]:
        """A copy, oldest first."""
        with self._lock:
            return list(self._records)

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def count(
        self,
        method: str | None = None,
        route: str | None = None,
        *,
        status: int | None = None,
        conditional: bool | None = None,
        dropped: bool | None = None,
    ) -> int:
        """How many requests match every filter given (``None``: any)."""
        return sum(
            1
            for r in self.records
            if (method is None or r.method == method.upper())
            and (route is None or r.route == route)
            and (status is None or r.status == status)
            and (conditional is None or r.conditional == conditional)
            and (dropped is None or (r.status is None) == dropped)
        )

    def by_method(self) -> dict[str, int]:
        """Requests received per method, e.g. ``{"GET": 12, "PUT": 1}``."""
        return dict(Counter(r.method for r in self.records))

    def by_route(self) -> dict[tuple[str, str], int]:
        """Requests received per ``(method, route template)``."""
        return dict(Counter((r.method, r.route) for r in self.records))

    def not_modified(self, method: str | None = None) -> int:
        """How many requests were answered 304."""
        return self.count(method, status=304)


def _segments(path: str) -> int:
    return path.count("/")


def _may_match(route: Any, parts: list[str]) -> bool:
    """Whether ``route`` can match a path cut into ``parts`` at its slashes: a template's
    parameters match one segment each (``[^/]+``), except a ``:path`` one, which matches one
    or more; a segment without a parameter matches only itself."""
    if type(route) is not Route:
        return True  # not a plain route (a mount, a host): asked every time
    template = route.path
    if ":path}" in template:
        return _segments(template) <= len(parts) - 1
    pieces = template.split("/")
    if len(pieces) != len(parts):
        return False
    return all("{" in piece or piece == part for piece, part in zip(pieces, parts, strict=True))


class _Index:
    """The routes of a router by the shape of a path: its number of segments and, at each
    position, the segment itself where some route of that length has it as a fixed word
    (``""`` for an id or any other word no route names there)."""

    def __init__(self, routes: list[Any]) -> None:
        self.routes = routes
        self.length = len(routes)
        self.words: dict[int, list[set[str]]] = {}
        self.by_shape: dict[tuple[str, ...], list[Any]] = {}

    def _words(self, count: int) -> list[set[str]]:
        words = self.words.get(count)
        if words is None:
            words = [set() for _ in range(count)]
            for route in self.routes:
                if type(route) is not Route or ":path}" in route.path:
                    continue
                pieces = route.path.split("/")
                if len(pieces) == count:
                    for i, piece in enumerate(pieces):
                        if "{" not in piece:
                            words[i].add(piece)
            self.words[count] = words
        return words

    def candidates(self, path: str) -> list[Any]:
        parts = path.split("/")
        words = self._words(len(parts))
        shape = tuple(
            part if part in known else "" for part, known in zip(parts, words, strict=True)
        )
        found = self.by_shape.get(shape)
        if found is None:
            found = self.by_shape[shape] = [r for r in self.routes if _may_match(r, parts)]
        return found


def _candidates(router: Any, path: str) -> list[Any]:
    """The routes of ``router`` that may match ``path``, in the router's order (the others
    cannot match it); worked out once per router and shape of path (see :class:`_Index`)."""
    routes = getattr(router, "routes", None)
    if not isinstance(routes, list):
        return []
    index: _Index | None = getattr(router, "_kontor_index", None)
    if index is None or index.routes is not routes or index.length != len(routes):
        index = _Index(routes)
        router._kontor_index = index
    return index.candidates(path)


class IndexedRouter(Router):
    """A router that compares an HTTP request only with the routes that may match its
    path (its length and fixed words, see :func:`_candidates`), in the same order: the same
    route answers as with :class:`Router`, without trying each of a hundred patterns in
    turn."""

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().app(scope, receive, send)
            return
        if "router" not in scope:
            scope["router"] = self
        partial: Any = None
        partial_scope: Scope = {}
        for route in _candidates(self, get_route_path(scope)):
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                scope["route"] = route
                scope.update(child_scope)
                await route.handle(scope, receive, send)
                return
            if match is Match.PARTIAL and partial is None:
                partial, partial_scope = route, child_scope
        if partial is not None:
            scope["route"] = partial
            scope.update(partial_scope)
            await partial.handle(scope, receive, send)
            return
        await super().app(scope, receive, send)  # no route: a redirect or 404, as Router does


def _route_of(app: Any, scope: Scope) -> str:
    partial = ""
    router = getattr(app, "router", None)
    for route in _candidates(router, get_route_path(scope)):
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return str(getattr(route, "path", ""))
        if match is Match.PARTIAL and not partial:
            partial = str(getattr(route, "path", ""))
    return partial


class StatsMiddleware:
    """Records every HTTP request in ``scope["app"].state.stats`` (when it is a
    :class:`RequestStats`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        owner: Any = scope.get("app")
        stats = getattr(getattr(owner, "state", None), "stats", None)
        if scope["type"] != "http" or not isinstance(stats, RequestStats):
            await self.app(scope, receive, send)
            return
        method = str(scope["method"])
        path = str(scope["path"])
        route = _route_of(owner, scope)
        conditional = any(name.lower() == b"if-none-match" for name, _ in scope["headers"])
        started: RequestRecord | None = None

        async def recording_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start" and started is None:
                # recorded before the answer leaves: a client never sees an unrecorded answer
                started = RequestRecord(method, path, route, conditional, int(message["status"]))
                stats.add(started)
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        except ConnectionDropped:
            dropped = RequestRecord(method, path, route, conditional, None)
            if started is None:
                stats.add(dropped)
            else:  # the answer was started, then aborted: the client got none
                stats._replace(started, dropped)
            raise
        except BaseException:
            if started is None:  # the server's error handler answers 500
                stats.add(RequestRecord(method, path, route, conditional, 500))
            raise


# ----------------------------------------------------------------------------------------
# faults


def _faults_of(scope: Scope) -> Faults | None:
    if scope["type"] != "http":
        return None
    owner: Any = scope.get("app")
    faults = getattr(getattr(owner, "state", None), "faults", None)
    return faults if isinstance(faults, Faults) else None


class _Runtime:
    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.rng = random.Random(faults.seed)
        self.count = 0


class FaultMiddleware:
    """Applies the transport-level switches of ``scope["app"].state.faults`` to every HTTP
    request (before the token check)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._runtime: _Runtime | None = None

    def _state(self, scope: Scope) -> _Runtime | None:
        faults = _faults_of(scope)
        if faults is None:
            return None
        if self._runtime is None or self._runtime.faults is not faults:
            self._runtime = _Runtime(faults)
        return self._runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        runtime = self._state(scope)
        if runtime is None:
            await self.app(scope, receive, send)
            return
        f = runtime.faults
        runtime.count += 1
        rng = runtime.rng
        if f.latency_ms > 0:
            await asyncio.sleep(f.latency_ms / 1000)
        if f._refuse_as_unauthorized():
            await _problem(
                send,
                401,
                "Unauthorized",
                "the token is no longer accepted (fault)",
                headers=[(b"www-authenticate", b"Bearer")],
            )
            return
        if f.rate_limit_every > 0 and runtime.count % f.rate_limit_every == 0:
            retry = [(b"retry-after", str(f.retry_after_s).encode())]
            await _problem(send, 429, "Too Many Requests", "rate limited (fault)", headers=retry)
            return
        if f.error_rate > 0 and rng.random() < f.error_rate:
            await _problem(send, 500, "Internal Server Error", "injected failure (fault)")
            return
        if f.drop_connection_rate > 0 and rng.random() < f.drop_connection_rate:
            await _drop(send)
            return
        if (
            f.apply_then_drop > 0
            and scope.get("method") in WRITE_METHODS
            and rng.random() < f.apply_then_drop
        ):

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
            await _drop(send)
            return
        await self.app(scope, receive, send)


class RequestFaultMiddleware:
    """Applies the switches of ``scope["app"].state.faults`` that depend on what a request
    asks for (after the token check): ``not_found_orgs``, ``fail_pages``, ``listing_cutoff``,
    ``problem_pages``, ``fail_writes_path``, ``reject_body_containing`` and
    ``drop_after_apply``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        f = _faults_of(scope)
        if f is None:
            await self.app(scope, receive, send)
            return
        method = str(scope["method"])
        path = str(scope["path"])
        paths = _paths_of(scope)
        org = paths.tenant_of(path)
        if org is not None and org in f.not_found_orgs:
            await _problem(send, 404, "Not Found", f"organization {org} not found (fault)")
            return
        state: dict[str, Any] = {}
        if f.problem_pages:
            state["problem_pages"] = True
        if method == "GET" and paths.is_listing(path):
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            page = paths.page_of(query)
            if page is not None and page in f.fail_pages:
                await _problem(
                    send, 500, "Internal Server Error", f"page {page} could not be read (fault)"
                )
                return
            if f.listing_cutoff is not None:
                state["listing_cutoff"] = f.listing_cutoff
        if state:
            scope = {**scope, "state": {**scope.get("state", {}), **state}}
        if method in WRITE_METHODS:
            if f.fail_writes_path is not None and re.search(f.fail_writes_path, path):
                await _problem(
                    send, 500, "Internal Server Error", "this record cannot be written (fault)"
                )
                return
            text = f.reject_body_containing
            if text is not None:
                body = await _read_body(receive)
                receive = _replay(body, receive)
                if _contains(body, text):
                    detail = f"Rejected by the server: the request contains “{text}” (fault)"
                    await _problem(
                        send,
                        422,
                        "Unprocessable Entity",
                        f"body: {detail}",
                        problems=[{"title": "body", "detail": detail}],
                    )
                    return
            if f.drop_after_apply > 0 and re.search(f.drop_after_apply_path, path):
                await self._apply_then_drop(f, scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def _apply_then_drop(self, f: Faults, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the write; drop the connection if it was applied, else pass its answer on."""
        f.drop_after_apply -= 1  # taken before the write runs: concurrent writes take their own
        held: list[Message] = []
        applied = False

        async def hold(message: Message) -> None:
            nonlocal applied
            if message["type"] == "http.response.start":
                applied = 200 <= int(message["status"]) < 300
            held.append(message)

        try:
            await self.app(scope, receive, hold)
        except BaseException:
            f.drop_after_apply += 1
            raise
        if applied:
            await _drop(send)
            return
        f.drop_after_apply += 1  # refused: this write does not count
        for message in held:
            await send(message)


def _paths_of(scope: Scope) -> FaultPaths:
    owner: Any = scope.get("app")
    paths = getattr(getattr(owner, "state", None), "fault_paths", None)
    return paths if isinstance(paths, FaultPaths) else CONTACTS_API_PATHS


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` once, then defers to the connection."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _contains(body: bytes, text: str) -> bool:
    raw = body.decode("utf-8", "replace")
    if text in raw:
        return True
    try:
        data = json.loads(raw)
    except ValueError:
        return False
    return text in json.dumps(data, ensure_ascii=False)


async def _problem(
    send: Send,
    status: int,
    title: str,
    detail: str,
    *,
    headers: list[tuple[bytes, bytes]] | None = None,
    problems: list[dict[str, str]] | None = None,
) -> None:
    data: dict[str, Any] = {"title": title, "detail": detail}
    if problems:
        data["problems"] = problems
    body = json.dumps(data, ensure_ascii=False).encode()
    all_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *(headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    """Start an answer that promises a body, then abort: the server closes the connection and
    the client sees a broken response (a network error), never a status it could act on."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
        }
    )
    raise ConnectionDropped("connection dropped (fault)")
