"""An httpx client for KIP's People API: create and update a company, and the export of the
user's own data (GDPR).  Paths in :data:`ROUTES`, overridable per account.

Built on :class:`app.sync.client.JsonApiClient`: the same timeouts, retries and failure
classes as the other clients.  KIP has no read path: there is nothing to list or fetch.
A create is never retried by the client (``POST`` is not idempotent): whether a lost answer
made the company cannot be asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from app.sync.client import ApiProtocolError, JsonApiClient

JsonDict = dict[str, Any]

ROUTES: Final[Mapping[str, str]] = {
    "companies": "/companies",
    "company": "/companies/{id}",
    "export": "/users/me/exports/data",
}


class KipClient(JsonApiClient):
    """KIP companies and the data export."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        route_overrides: Mapping[str, str] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(base_url, token, **kw)
        self.routes = {**ROUTES, **dict(route_overrides or {})}

    def _path(self, name: str, id: str | None = None) -> str:
        template = self.routes[name]
        return template.format(id=quote(id, safe="")) if id is not None else template

    def create_company(self, body: JsonDict) -> tuple[str, list[Any]]:
        """``POST /companies``: the uuid KIP gave the company and the links it answered."""
        path = self._path("companies")
        answer = self.request_json("POST", path, body)
        uuid = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(uuid, str) or not uuid.strip():
            raise ApiProtocolError("the answer to a create has no uuid", method="POST", path=path)
        links = answer.get("links") if isinstance(answer, dict) else None
        return uuid, list(links) if isinstance(links, list) else []

    def update_company(self, uuid: str, body: JsonDict) -> None:
        """``PUT /companies/{uuid}`` (KIP answers without a body)."""
        self.request_json("PUT", self._path("company", uuid), body)

    def request_export(self) -> tuple[JsonDict, list[JsonDict]]:
        """``POST /users/me/exports/data``: the export job KIP started (``data``) and the links
        it answered (``links``)."""
        path = self._path("export")
        answer = self.request_json("POST", path, {})
        if not isinstance(answer, dict) or not isinstance(answer.get("links"), list):
            raise ApiProtocolError("the answer has no links", method="POST", path=path)
        data = answer.get("data")
        links = [link for link in answer["links"] if isinstance(link, dict)]
        return (data if isinstance(data, dict) else {}), links


__all__ = ["ROUTES", "KipClient"]
