"""An httpx client for Kanbert contacts (paths in :data:`ROUTES`, overridable per account).

Built on :class:`app.sync.client.JsonApiClient`: the same timeouts, retries and failure
classes as the Contacts API client (``ApiUnavailable``, ``ApiAuthError``, ``ApiRejected``,
``ApiNotFound``, ``ApiProtocolError``), so the engine treats both alike.  Single records are
answered as ``{"data": {...}}``; listings as ``{"data": [...], "meta": {...}, "problems": [...]}``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
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

log = logging.getLogger(__name__)

JsonDict = dict[str, Any]

#: The assumed paths (the document gives the schema only), relative to the base URL.
ROUTES: Final[Mapping[str, str]] = {
    "contacts": "/contacts",
    "contact": "/contacts/{id}",
    "companies": "/companies",
    "company": "/companies/{id}",
}
PER_PAGE: Final = 500
MAX_PAGES: Final = 10_000
#: Pages of a listing asked for at once, once the first page names the last one.
PAGE_WORKERS: Final = 2


class KanbertClient(JsonApiClient):
    """Kanbert's contacts and companies."""

    keep_alive_pool = True  # pooled keep-alive connections (see JsonApiClient)

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        route_overrides: Mapping[str, str] | None = None,
        per_page: int = PER_PAGE,
        page_workers: int = PAGE_WORKERS,
        **kw: Any,
    ) -> None:
        super().__init__(base_url, token, **kw)
        self.routes = {**ROUTES, **dict(route_overrides or {})}
        self.per_page = per_page
        self.page_workers = page_workers

    def _path(self, name: str, id: str | None = None) -> str:
        template = self.routes[name]
        return template.format(id=quote(id, safe="")) if id is not None else template

    @staticmethod
    def _data(body: Any, method: str, path: str) -> JsonDict:
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise ApiProtocolError("the answer has no data object", method=method, path=path)
        return data

    # --- listings -------------------------------------------------------------------------

    def _page(self, path: str, params: Mapping[str, Any] | None, page: int) -> Any:
        query = {**dict(params or {}), "page": page, "per_page": self.per_page}
        return self.request_json("GET", path, params=query)

    def _pages(self, path: str, params: Mapping[str, Any] | None = None) -> Listing:
        """Every page of a listing; a failed page or a page with problems makes it incomplete
        (never raising away what arrived).

        Once a page names the last one, up to ``page_workers`` of the pages after it are
        asked for at once (the server builds one while another is read here, and a distant
        server's round trips overlap); they are taken in page order, with the same checks
        as one page after the other, and pages asked for beyond where the listing stops
        are left unread."""
        items: list[JsonDict] = []
        problems: list[Problem] = []
        ahead: dict[int, Future[Any]] = {}
        pool: ThreadPoolExecutor | None = None
        page = 1
        try:
            while page <= MAX_PAGES:
                try:
                    asked = ahead.pop(page, None)
                    body = asked.result() if asked is not None else self._page(path, params, page)
                except ApiError as exc:
                    log.warning("listing %s incomplete: %s", path, exc)
                    return Listing(items, problems, complete=False, error=exc)
                data = body.get("data") if isinstance(body, dict) else None
                if not isinstance(data, list):
                    error = ApiProtocolError(
                        "a listing page has no data list", method="GET", path=path
                    )
                    return Listing(items, problems, complete=False, error=error)
                items += [d for d in data if isinstance(d, dict)]
                problems += [Problem.from_wire(p) for p in body.get("problems") or []]
                meta = body.get("meta") if isinstance(body.get("meta"), dict) else {}
                last = meta.get("last_page")
                if isinstance(last, int) and page >= last:
                    break
                if not isinstance(last, int) and len(data) < self.per_page:
                    break
                if not data and not body.get("problems"):
                    break
                page += 1
                if isinstance(last, int) and self.page_workers > 1:
                    pool = pool or ThreadPoolExecutor(
                        self.page_workers, thread_name_prefix="kanbert-pages"
                    )
                    for number in range(page, min(last, page + self.page_workers - 1) + 1):
                        if number not in ahead:
                            ahead[number] = pool.submit(self._page, path, params, number)
        finally:
            for asked in ahead.values():
                asked.cancel()
            if pool is not None:
                pool.shutdown(wait=True)
        return Listing(items, problems, complete=not problems)

    def list_contacts(self) -> Listing:
        """Every contact, tombstones (``deleted_at`` set) included."""
        return self._pages(self._path("contacts"))

    def list_companies(self) -> Listing:
        return self._pages(self._path("companies"))

    def get_company(self, id: str) -> JsonDict | None:
        """One company, ``None`` when Kanbert has no such company (404): how a company gone
        from the listing is confirmed gone."""
        path = self._path("company", id)
        try:
            return self._data(self.request_json("GET", path), "GET", path)
        except ApiNotFound:
            return None

    def find_by_external_id(self, external_id: str) -> JsonDict | None:
        """The contact Kontor made with this ``external_id`` (a create whose answer was lost),
        ``None`` when there is none; raises when the look-up fails."""
        listing = self._pages(self._path("contacts"), {"external_id": external_id})
        if listing.error is not None:
            raise listing.error
        return next((d for d in listing.items if d.get("external_id") == external_id), None)

    # --- contacts -------------------------------------------------------------------------

    def get_contact(self, id: str) -> JsonDict | None:
        """One contact (a tombstone too), ``None`` when Kanbert has no such contact."""
        path = self._path("contact", id)
        try:
            return self._data(self.request_json("GET", path), "GET", path)
        except ApiNotFound:
            return None

    def create_contact(self, body: JsonDict) -> JsonDict:
        """POST a contact: not retried once it may have reached the server (the engine looks
        it up by ``external_id`` first)."""
        path = self._path("contacts")
        created = self._data(self.request_json("POST", path, body), "POST", path)
        if not created.get("id"):
            raise ApiProtocolError("the answer to a create has no id", method="POST", path=path)
        return created

    def update_contact(self, id: str, body: JsonDict) -> JsonDict:
        path = self._path("contact", id)
        return self._data(self.request_json("PUT", path, body), "PUT", path)

    def delete_contact(self, id: str) -> None:
        self.request_json("DELETE", self._path("contact", id))


__all__ = ["PAGE_WORKERS", "PER_PAGE", "ROUTES", "KanbertClient"]
