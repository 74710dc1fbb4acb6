"""An httpx client for the workspace API: the organization, its locations, and the reference
lists of countries and languages.  Paths in :data:`ROUTES`, overridable per account.

Collections may come as a plain JSON list or as a JSON-LD collection (``hydra:member`` /
``member``, the next page under ``hydra:view`` / ``view``); both are read.  Built on
:class:`app.sync.client.JsonApiClient`: the same timeouts, retries and failure classes as the
other clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote, urlsplit

from app.sync.client import ApiError, ApiNotFound, ApiProtocolError, JsonApiClient, Listing

JsonDict = dict[str, Any]

ROUTES: Final[Mapping[str, str]] = {
    "organizations": "/organizations",
    "organization": "/organizations/{id}",
    "locations": "/locations",
    "location": "/locations/{id}",
    "countries": "/countries",
    "languages": "/languages",
}
MAX_PAGES: Final = 1000
ACCEPT: Final = {"Accept": "application/ld+json, application/json;q=0.9"}


def members(body: Any) -> tuple[list[JsonDict], str | None] | None:
    """The items of a collection answer and the path of its next page; ``None`` when the
    answer is no collection."""
    if isinstance(body, list):
        return [i for i in body if isinstance(i, dict)], None
    if not isinstance(body, dict):
        return None
    items = body.get("hydra:member", body.get("member"))
    if not isinstance(items, list):
        return None
    view = body.get("hydra:view", body.get("view"))
    following = view.get("hydra:next", view.get("next")) if isinstance(view, dict) else None
    return [i for i in items if isinstance(i, dict)], following if isinstance(
        following, str
    ) else None


def item_id(doc: Mapping[str, Any]) -> str:
    """The id of an item: ``id``, else the last segment of its ``@id``."""
    value = doc.get("id")
    if value is not None and str(value):
        return str(value)
    iri = doc.get("@id")
    return str(iri).rstrip("/").rsplit("/", 1)[-1] if isinstance(iri, str) else ""


def iri_of(doc: Mapping[str, Any], kind: str = "locations") -> str:
    """The IRI of an item (``@id``), or one made from its id."""
    iri = doc.get("@id")
    return iri if isinstance(iri, str) and iri else f"/{kind}/{item_id(doc)}"


class WorkspaceClient(JsonApiClient):
    """The workspace's organization, locations, countries and languages."""

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

    def _get(self, path: str) -> Any:
        response = self._send("GET", path, headers=ACCEPT)
        return self._json(response, "GET", path)

    def collection(self, name: str) -> Listing:
        """Every item of a collection (all pages); an incomplete listing on failure."""
        path: str | None = self._path(name)
        items: list[JsonDict] = []
        pages = 0
        while path is not None and pages < MAX_PAGES:
            pages += 1
            try:
                body = self._get(path)
            except ApiError as exc:
                return Listing(items, [], complete=False, error=exc)
            found = members(body)
            if found is None:
                error = ApiProtocolError("a collection has no items", method="GET", path=path)
                return Listing(items, [], complete=False, error=error)
            page, following = found
            items += page
            path = self._relative(following) if following else None
        return Listing(items, [], complete=path is None)

    def _relative(self, link: str) -> str:
        """A next-page link as a path under the base URL."""
        parts = urlsplit(link)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        prefix = urlsplit(self.base_url).path.rstrip("/")
        return path[len(prefix) :] if prefix and path.startswith(prefix + "/") else path

    def organization(self, id: str | None) -> JsonDict:
        """The workspace organization ``id``, or the first the token sees when ``id`` is
        empty."""
        if id:
            path = self._path("organization", id)
            body = self._get(path)
            if not isinstance(body, dict):
                raise ApiProtocolError("an organization is not an object", method="GET", path=path)
            return body
        listing = self.collection("organizations")
        if listing.error is not None:
            raise listing.error
        if not listing.items:
            raise ApiNotFound(
                "the workspace shows no organization",
                method="GET",
                path=self._path("organizations"),
            )
        return listing.items[0]

    def locations(self) -> Listing:
        return self.collection("locations")

    def location(self, id: str) -> JsonDict | None:
        path = self._path("location", id)
        try:
            body = self._get(path)
        except ApiNotFound:
            return None
        if not isinstance(body, dict):
            raise ApiProtocolError("a location is not an object", method="GET", path=path)
        return body

    def create_location(self, body: JsonDict) -> JsonDict:
        path = self._path("locations")
        answer = self.request_json("POST", path, body)
        if not isinstance(answer, dict) or not item_id(answer):
            raise ApiProtocolError("the answer to a create has no id", method="POST", path=path)
        return answer

    def patch_location(self, id: str, body: JsonDict) -> JsonDict:
        path = self._path("location", id)
        answer = self.request_json("PATCH", path, body)
        if not isinstance(answer, dict):
            raise ApiProtocolError("a location is not an object", method="PATCH", path=path)
        return answer

    def codes(self, name: str) -> list[str]:
        """The ids of a reference list (``countries``, ``languages``)."""
        listing = self.collection(name)
        if listing.error is not None:
            raise listing.error
        return [item_id(i) for i in listing.items if item_id(i)]


__all__ = ["ROUTES", "WorkspaceClient", "iri_of", "item_id", "members"]
