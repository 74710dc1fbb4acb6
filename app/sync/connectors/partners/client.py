"""An httpx client for the partner-organizations portal (paths under
``/api/internal/v1/partners/{partner_id}``, overridable per account).

Built on :class:`app.sync.client.JsonApiClient`: the same timeouts, retries and failure
classes as the other clients.  The portal has no delete: this client offers none.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from app.sync.client import (
    ApiError,
    ApiNotFound,
    ApiProtocolError,
    JsonApiClient,
    Listing,
    Problem,
)

JsonDict = dict[str, Any]

ROUTES: Final[Mapping[str, str]] = {
    "organizations": "/api/internal/v1/partners/{partner}/organizations",
    "organization": "/api/internal/v1/partners/{partner}/organizations/{id}",
    "types": "/api/internal/v1/partners/{partner}/organizations/types",
    "customers": "/api/internal/v1/partners/{partner}/organizations/{id}/customers",
    "countries": "/api/internal/v1/partners/{partner}/countries",
}


class PartnersClient(JsonApiClient):
    """The organizations of one partner, their types and customers, and the country list."""

    keep_alive_pool = True  # pooled keep-alive connections (see JsonApiClient)

    def __init__(
        self,
        base_url: str,
        partner_id: str,
        token: str,
        *,
        route_overrides: Mapping[str, str] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(base_url, token, **kw)
        self.partner_id = partner_id
        self.routes = {**ROUTES, **dict(route_overrides or {})}

    def _path(self, name: str, id: str | None = None) -> str:
        partner = quote(self.partner_id, safe="")
        return self.routes[name].format(partner=partner, id=quote(id or "", safe=""))

    @staticmethod
    def _data(body: Any, method: str, path: str) -> Any:
        if not isinstance(body, dict) or "data" not in body:
            raise ApiProtocolError("the answer has no data", method=method, path=path)
        return body["data"]

    def _list(self, path: str) -> Listing:
        try:
            body = self.request_json("GET", path)
        except ApiError as exc:
            return Listing([], [], complete=False, error=exc)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list):
            error = ApiProtocolError("a listing has no data list", method="GET", path=path)
            return Listing([], [], complete=False, error=error)
        problems = [Problem.from_wire(p) for p in body.get("problems") or []]
        return Listing([d for d in data if isinstance(d, dict)], problems, complete=not problems)

    def list_organizations(self) -> Listing:
        """Every organization of the partner (one answer, no paging)."""
        return self._list(self._path("organizations"))

    def get_organization(self, id: str) -> JsonDict | None:
        path = self._path("organization", id)
        try:
            data = self._data(self.request_json("GET", path), "GET", path)
        except ApiNotFound:
            return None
        if not isinstance(data, dict):
            raise ApiProtocolError("an organization is not an object", method="GET", path=path)
        return data

    def create_organization(self, body: JsonDict) -> JsonDict:
        path = self._path("organizations")
        data = self._data(self.request_json("POST", path, body), "POST", path)
        if not isinstance(data, dict) or data.get("id") is None:
            raise ApiProtocolError("the answer to a create has no id", method="POST", path=path)
        return data

    def update_organization(self, id: str, body: JsonDict) -> JsonDict:
        path = self._path("organization", id)
        data = self._data(self.request_json("PUT", path, body), "PUT", path)
        if not isinstance(data, dict):
            raise ApiProtocolError("an organization is not an object", method="PUT", path=path)
        return data

    def organization_types(self) -> list[str]:
        path = self._path("types")
        data = self._data(self.request_json("GET", path), "GET", path)
        return [str(t) for t in data] if isinstance(data, list) else []

    def countries(self) -> list[JsonDict]:
        path = self._path("countries")
        data = self._data(self.request_json("GET", path), "GET", path)
        return [c for c in data if isinstance(c, dict)] if isinstance(data, list) else []

    def customers(self, id: str) -> list[int]:
        path = self._path("customers", id)
        data = self._data(self.request_json("GET", path), "GET", path)
        items = data if isinstance(data, list) else []
        return [int(i["customer_id"]) for i in items if isinstance(i, dict) and "customer_id" in i]


__all__ = ["ROUTES", "PartnersClient"]
