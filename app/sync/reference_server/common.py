"""What the reference servers of the other systems (Kanbert, the partner portal) share: refusals
naming their fields, JSON bodies, timestamps that always move forward, the standard middleware.

A refusal is answered in two shapes at once, so a client written for either finds its fields:
the problem shape of the Contacts API server (``title``, ``detail``, ``problems`` with one
``{"title": field, "detail": message}`` each) and the ``message`` / ``errors`` shape of the
documented systems (``{"message": …, "errors": {field: [message]}}``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from app.sync.reference_server.app import BearerAuth
from app.sync.reference_server.faults import (
    FaultMiddleware,
    FaultPaths,
    Faults,
    IndexedRouter,
    RequestFaultMiddleware,
    RequestStats,
    StatsMiddleware,
)
from app.sync.reference_server.store import DocumentStore, JsonDict

TITLES: Final = {
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Unprocessable Entity",
}


class Refusal(Exception):  # noqa: N818 (an answer, not a bug)
    """A request the server refuses: ``status`` and one ``(field, message)`` per problem."""

    def __init__(self, status: int, problems: Iterable[tuple[str, str]]) -> None:
        self.status = status
        self.problems = list(problems)
        super().__init__(self.detail)

    @property
    def detail(self) -> str:
        return "; ".join(f"{name}: {message}" for name, message in self.problems)


def refusal_response(status: int, problems: Sequence[tuple[str, str]]) -> Response:
    detail = "; ".join(f"{name}: {message}" for name, message in problems)
    errors: dict[str, list[str]] = {}
    for name, message in problems:
        errors.setdefault(name, []).append(message)
    body: JsonDict = {
        "title": TITLES.get(status, "Error"),
        "detail": detail,
        "problems": [{"title": name, "detail": message} for name, message in problems],
        "message": detail,
        "errors": errors,
    }
    return JSONResponse(body, status_code=status)


async def _on_refusal(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refusal)
    return refusal_response(exc.status, exc.problems)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return refusal_response(exc.status_code, [("path", str(exc.detail))])


def not_found(what: str) -> Refusal:
    return Refusal(404, [("id", f"{what} not found")])


async def json_object(request: Request) -> JsonDict:
    """The request's body as a JSON object; 400 naming ``body`` otherwise."""
    raw = await request.body()
    try:
        data = json.loads(raw or b"null")
    except ValueError:
        raise Refusal(400, [("body", "is not JSON")]) from None
    if not isinstance(data, dict):
        raise Refusal(400, [("body", "must be a JSON object")])
    return data


class Clock:
    """ISO 8601 UTC timestamps with microseconds, each later than the one before (so two
    writes in the same microsecond still get different ``updated_at`` values)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = datetime.min.replace(tzinfo=UTC)

    def now(self) -> str:
        with self._lock:
            now = datetime.now(UTC)
            if now <= self._last:
                now = self._last + timedelta(microseconds=1)
            self._last = now
        return now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def is_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def is_whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def make_app(
    token: str,
    faults: Faults | None,
    routes: Sequence[BaseRoute],
    fault_paths: FaultPaths,
    store: DocumentStore,
) -> Starlette:
    """A Starlette app with the standard middleware (statistics, transport faults, the token
    check, request faults), ``app.state.faults`` / ``stats`` / ``store`` / ``fault_paths``."""
    app = Starlette(
        routes=list(routes),
        middleware=[
            Middleware(StatsMiddleware),
            Middleware(FaultMiddleware),
            Middleware(BearerAuth, token=token),
            Middleware(RequestFaultMiddleware),
        ],
        exception_handlers={Refusal: _on_refusal, HTTPException: _on_http},
    )
    app.router = IndexedRouter(app.router.routes)
    app.state.faults = faults or Faults()
    app.state.stats = RequestStats()
    app.state.store = store
    app.state.fault_paths = fault_paths
    return app


def listing_switches(request: Request) -> tuple[bool, int | None]:
    """``(problem_pages, listing_cutoff)`` as the fault middleware set them for this request."""
    switches = request.scope.get("state", {})
    cutoff = switches.get("listing_cutoff")
    return bool(switches.get("problem_pages")), cutoff if isinstance(cutoff, int) else None
