"""Fault switches of the reference server, applied by an ASGI middleware.

The switches live on ``app.state.faults`` and can be changed while the server runs (assign a
new :class:`Faults` or change its fields).  Random choices come from ``random.Random(seed)``,
so a test sees the same sequence of faults every run.
"""

from __future__ import annotations

import asyncio
import json
import random
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

WRITE_METHODS = frozenset({"POST", "PUT", "DELETE", "PATCH"})


@dataclass
class Faults:
    """What goes wrong, and how often.

    * ``error_rate`` — fraction of requests answered 500;
    * ``latency_ms`` — delay before every answer;
    * ``rate_limit_every`` — every Nth request is answered 429 with ``Retry-After``
      (``retry_after_s`` seconds);
    * ``drop_connection_rate`` — fraction of requests whose connection is closed unanswered
      (nothing is applied);
    * ``apply_then_drop`` — fraction of writes that are applied, then the connection is closed
      without the answer ("a create whose answer is lost");
    * ``problem_pages`` — paged listings carry a problem in every page, and one item fewer.
    """

    error_rate: float = 0.0
    latency_ms: int = 0
    rate_limit_every: int = 0
    retry_after_s: int = 1
    drop_connection_rate: float = 0.0
    apply_then_drop: float = 0.0
    problem_pages: bool = False
    seed: int = 0


class ConnectionDropped(Exception):  # noqa: N818 (not an error of the server: a fault)
    """Raised after the response has started, so the server aborts the connection."""


class _Runtime:
    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.rng = random.Random(faults.seed)
        self.count = 0


class FaultMiddleware:
    """Applies ``scope["app"].state.faults`` to every HTTP request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._runtime: _Runtime | None = None

    def _state(self, scope: Scope) -> _Runtime | None:
        owner: Any = scope.get("app")
        faults = getattr(getattr(owner, "state", None), "faults", None)
        if not isinstance(faults, Faults):
            return None
        if self._runtime is None or self._runtime.faults is not faults:
            self._runtime = _Runtime(faults)
        return self._runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        runtime = self._state(scope) if scope["type"] == "http" else None
        if runtime is None:
            await self.app(scope, receive, send)
            return
        f = runtime.faults
        runtime.count += 1
        rng = runtime.rng
        if f.latency_ms > 0:
            await asyncio.sleep(f.latency_ms / 1000)
        if f.rate_limit_every > 0 and runtime.count % f.rate_limit_every == 0:
            await _problem(send, 429, "Too Many Requests", "rate limited (fault)", f.retry_after_s)
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
        if f.problem_pages:
            scope = dict(scope)
            scope.setdefault("state", {})
            scope["state"] = {**scope["state"], "problem_pages": True}
        await self.app(scope, receive, send)


async def _problem(
    send: Send, status: int, title: str, detail: str, retry_after: int | None = None
) -> None:
    body = json.dumps({"title": title, "detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
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
