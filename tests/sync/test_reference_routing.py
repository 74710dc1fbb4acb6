"""The reference servers find a request's route among the routes that may match its length and
fixed words only: the route found (and so the answer, and the route the statistics count) is
the one a plain Starlette router, trying every route in turn, finds, also for ids that are
the words of other routes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from starlette.routing import Match, Route

from app.sync.reference_server.faults import IndexedRouter, _candidates, _route_of
from app.sync.reference_server.server import SYSTEMS, create_system_app

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")


def _paths(template: str) -> list[str]:
    """Request paths for a route template: each parameter as one segment, a ``:path`` one as
    one and as several segments, plus the same with a slash too many and a segment too few."""
    one = re.sub(r"\{[^}]+\}", "x1", template)
    many = re.sub(r"\{[^}:]+:path\}", "a/b/c", re.sub(r"\{[^}:]+\}", "x1", template))
    # ids that are fixed words of routes of the same length
    words = [re.sub(r"\{[^}]+\}", word, template) for word in ("details", "emails", "tags")]
    return sorted({one, many, *words, one + "/", one + "/extra", one.rsplit("/", 1)[0] or "/"})


def _first(routes: list[Any], scope: dict[str, Any]) -> tuple[str, str]:
    """What a plain router picks: the first full match, else the first partial one."""
    partial = ""
    for route in routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return "full", route.path
        if match is Match.PARTIAL and not partial:
            partial = route.path
    return ("partial", partial) if partial else ("none", "")


@pytest.mark.parametrize("system", SYSTEMS)
def test_the_route_found_is_the_one_every_route_in_turn_finds(system: str, tmp_path: Path) -> None:
    app: Any = create_system_app(system, tmp_path / "server.sqlite3", "token")  # type: ignore[arg-type]
    router = app.router
    assert isinstance(router, IndexedRouter)
    routes = [r for r in router.routes if isinstance(r, Route)]
    assert routes
    tried = 0
    for template in {r.path for r in routes}:
        for path in _paths(template):
            for method in METHODS:
                scope = {"type": "http", "method": method, "path": path, "root_path": ""}
                expected = _first(router.routes, scope)
                assert _first(_candidates(router, path), scope) == expected, (method, path)
                assert _route_of(app, scope) == expected[1], (method, path)
                tried += 1
    assert tried >= len(routes) * len(METHODS)
    app.state.store.close()
