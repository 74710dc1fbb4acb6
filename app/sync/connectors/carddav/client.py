"""An httpx client for CardDAV (RFC 6352) with WebDAV sync (RFC 6578).

Built on :class:`app.sync.client.JsonApiClient` for its timeouts, retries and failure classes
(``ApiUnavailable``, ``ApiAuthError``, ``ApiRejected``, ``ApiNotFound``,
``ApiProtocolError``), so the engine treats a CardDAV server like any other system.  Requests
go to absolute addresses: the hrefs a server answers are paths from its root.

* **Discovery** (:meth:`CardDavClient.discover`): ``/.well-known/carddav`` (or the address
  given), ``current-user-principal``, ``addressbook-home-set``, and the address books there
  with their names, ``getctag``, ``sync-token``, whether they answer ``sync-collection`` and
  which vCard versions they take.
* **Listing**: ``sync-collection`` (:meth:`sync_collection`, :class:`InvalidSyncToken` when
  the server forgot the token, :class:`SyncUnsupported` when it has no such report), else
  ``getctag`` and a ``PROPFIND`` of every card's ETag (:meth:`etags`); cards are read with
  ``addressbook-multiget`` (:meth:`multiget`), one by one where that fails.
* **Writes** are conditional: ``PUT`` with ``If-None-Match: *`` for a new card and
  ``If-Match`` for a changed one, ``DELETE`` with ``If-Match``; a 412 is
  :class:`PreconditionFailed` (the card changed there: fetch it and merge, never overwrite).
"""

from __future__ import annotations

import logging
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import quote, unquote, urljoin, urlsplit

import httpx

from app.i18n import translate
from app.sync.client import (
    ApiError,
    ApiNotFound,
    ApiProtocolError,
    ApiRejected,
    ApiUnavailable,
    JsonApiClient,
)
from app.sync.unreachable import TIMEOUT, cause_of, server_of

log = logging.getLogger(__name__)

DAV: Final = "DAV:"
CARDDAV: Final = "urn:ietf:params:xml:ns:carddav"
CALSERVER: Final = "http://calendarserver.org/ns/"
VCARD_TYPE: Final = "text/vcard; charset=utf-8"
MULTIGET_BATCH: Final = 250
_NS: Final = {"d": DAV, "c": CARDDAV, "cs": CALSERVER}


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


class PreconditionFailed(ApiError):  # noqa: N818
    """412: the card is not the version the condition named (changed or made meanwhile)."""


class InvalidSyncToken(ApiError):  # noqa: N818
    """The server no longer knows the sync token (``DAV:valid-sync-token``)."""


class SyncUnsupported(ApiError):  # noqa: N818
    """The address book does not answer ``sync-collection``."""


@dataclass(frozen=True)
class AddressBook:
    """One address book found on a server."""

    href: str
    name: str
    ctag: str | None = None
    sync_token: str | None = None
    supports_sync: bool = True
    versions: tuple[str, ...] = ()

    @property
    def vcard_version(self) -> str:
        """The vCard version to write: 4.0 unless the server names only older ones."""
        return "3.0" if self.versions and "4.0" not in self.versions else "4.0"


@dataclass(frozen=True)
class Discovery:
    principal: str
    home: str
    books: tuple[AddressBook, ...]


@dataclass
class SyncDelta:
    """What ``sync-collection`` answered: the new token, changed cards (href → ETag) and
    the hrefs gone."""

    token: str
    changed: dict[str, str | None] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Card:
    href: str
    etag: str | None
    text: str


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>' + body).encode("utf-8")


_PROPFIND_PRINCIPAL = _xml(
    '<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>'
)
_PROPFIND_HOME = _xml(
    '<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
    "<d:prop><c:addressbook-home-set/></d:prop></d:propfind>"
)
_PROPFIND_BOOKS = _xml(
    '<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav" '
    'xmlns:cs="http://calendarserver.org/ns/"><d:prop><d:resourcetype/><d:displayname/>'
    "<cs:getctag/><d:sync-token/><d:supported-report-set/><c:supported-address-data/>"
    "</d:prop></d:propfind>"
)
# What a run needs to know of its address book, without what the server computes over every
# card (getctag, sync-token).
_PROPFIND_ABILITIES = _xml(
    '<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
    "<d:prop><d:resourcetype/><d:displayname/><d:supported-report-set/>"
    "<c:supported-address-data/></d:prop></d:propfind>"
)
_PROPFIND_ETAGS = _xml(
    '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/>'
    "<d:getcontenttype/></d:prop></d:propfind>"
)


def _sync_body(token: str | None) -> bytes:
    text = ET.Element("x")
    text.text = token or ""
    escaped = ET.tostring(text, encoding="unicode")[3:-4] if token else ""
    return _xml(
        '<d:sync-collection xmlns:d="DAV:">'
        f"<d:sync-token>{escaped}</d:sync-token><d:sync-level>1</d:sync-level>"
        "<d:prop><d:getetag/></d:prop></d:sync-collection>"
    )


def _multiget_body(hrefs: Iterable[str]) -> bytes:
    items = []
    for href in hrefs:
        element = ET.Element("d:href")
        element.text = href
        items.append(ET.tostring(element, encoding="unicode"))
    return _xml(
        '<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
        "<d:prop><d:getetag/><c:address-data/></d:prop>"
        + "".join(items)
        + "</c:addressbook-multiget>"
    )


@dataclass
class _Response:
    href: str
    status: int
    props: dict[str, ET.Element]


def _status_code(text: str | None) -> int:
    parts = (text or "").split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return 0


def _href_text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


class CardDavClient(JsonApiClient):
    """One CardDAV server; ``secret`` is the password (Basic, with ``user``) or a bearer
    token (without a user, or with ``auth="bearer"``)."""

    def __init__(
        self,
        base_url: str,
        secret: str,
        *,
        user: str = "",
        auth: str = "",
        addressbook: str = "",
        vcard_version: str = "",
        multiget_batch: int = MULTIGET_BATCH,
        **kw: Any,
    ) -> None:
        kw.pop("route_overrides", None)
        super().__init__(base_url, secret, **kw)
        self.root = self.base_url + "/"
        headers = self._http.headers
        headers["Accept"] = "*/*"
        if auth == "bearer" or (not user and auth != "basic"):
            headers["Authorization"] = f"Bearer {secret}"
        else:
            del headers["Authorization"]
            self._http.auth = httpx.BasicAuth(user, secret)
        self.user = user
        self.addressbook = addressbook
        self.vcard_version = vcard_version
        self.multiget_batch = multiget_batch
        # The last version read of each card (for the conditions of the next write).
        self.fetched: dict[str, Mapping[str, Any]] = {}

    # --- plumbing ---------------------------------------------------------------------------

    def url(self, href: str) -> str:
        return urljoin(self.root, href)

    def path(self, url: str) -> str:
        """The path part of an address (what hrefs are compared as)."""
        return urlsplit(url).path or "/"

    def request(
        self,
        method: str,
        href: str,
        content: bytes | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
        allow: Sequence[int] = (),
    ) -> httpx.Response:
        """One call with retries; a 2xx (or a status in ``allow``) is returned, anything else
        raised as its :class:`ApiError` (412: :class:`PreconditionFailed`)."""
        url = self.url(href)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._http.request(
                    method, url, content=content, headers=dict(headers or {})
                )
            except httpx.TimeoutException as exc:
                sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
                error = self._error(
                    ApiUnavailable,
                    translate("Sync", "timed out"),
                    method,
                    href,
                    reason=TIMEOUT,
                    server=server_of(self.base_url),
                )
                retry_ok = idempotent or not sent
            except httpx.TransportError as exc:
                sent = not isinstance(exc, httpx.ConnectError)
                error = self._error(
                    ApiUnavailable,
                    translate("Sync", "network error ({error})").format(error=type(exc).__name__),
                    method,
                    href,
                    reason=cause_of(exc),
                    server=server_of(self.base_url),
                )
                retry_ok = idempotent or not sent
            else:
                if response.is_success or response.status_code in allow:
                    return response
                if response.status_code == 412:
                    raise self._error(
                        PreconditionFailed,
                        "the card changed on the server",
                        method,
                        href,
                        status=412,
                    )
                if response.status_code in (400, 403, 409, 501) and method == "REPORT":
                    text = response.text
                    if "valid-sync-token" in text:
                        raise self._error(
                            InvalidSyncToken,
                            "the server no longer knows the sync token",
                            method,
                            href,
                            status=response.status_code,
                        )
                    if "supported-report" in text or response.status_code == 501:
                        raise self._error(
                            SyncUnsupported,
                            "the address book does not answer this report",
                            method,
                            href,
                            status=response.status_code,
                        )
                error = self._classify(response, method, href)
                if isinstance(error, ApiRejected) and response.text:
                    error.message = self._scrub(
                        f"{error.message}: {_dav_error_text(response.text)}"
                    )
                retry_ok = error.retryable and (idempotent or response.status_code == 429)
            if not (error.retryable and retry_ok) or attempt >= self.retry.max_attempts:
                raise error
            retry_after = error.retry_after if isinstance(error, ApiUnavailable) else None
            pause = (
                min(retry_after, self.retry.max_retry_after)
                if retry_after is not None
                else self.retry.delay(attempt, self._rand())
            )
            self._sleep(pause)

    def _multistatus(self, method: str, href: str, response: httpx.Response) -> list[_Response]:
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError:
            raise self._error(
                ApiProtocolError, "the answer is not WebDAV XML", method, href
            ) from None
        found: list[_Response] = []
        for item in root.findall("d:response", _NS):
            item_href = unquote(_href_text(item.find("d:href", _NS)))
            status = _status_code(item.findtext("d:status", default=None, namespaces=_NS))
            props: dict[str, ET.Element] = {}
            for propstat in item.findall("d:propstat", _NS):
                code = _status_code(propstat.findtext("d:status", default="", namespaces=_NS))
                prop = propstat.find("d:prop", _NS)
                if prop is None:
                    continue
                for element in prop:
                    if code == 200:
                        props[element.tag] = element
                status = status or code
            found.append(_Response(self.path(self.url(item_href)), status or 200, props))
        self._last_root = root
        return found

    def propfind(self, href: str, body: bytes, depth: str) -> list[_Response]:
        response = self.request(
            "PROPFIND",
            href,
            body,
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )
        return self._multistatus("PROPFIND", href, response)

    # --- discovery ----------------------------------------------------------------------------

    def discover(self) -> Discovery:
        """The principal, its address-book home and the address books there."""
        principal = ""
        for start in ("/.well-known/carddav", self.path(self.root)):
            try:
                answers = self.propfind(start, _PROPFIND_PRINCIPAL, "0")
            except (ApiNotFound, ApiRejected):
                continue
            for answer in answers:
                element = answer.props.get(_q(DAV, "current-user-principal"))
                href = _href_text(element.find("d:href", _NS)) if element is not None else ""
                if href:
                    principal = self.path(self.url(href))
                    break
            if principal:
                break
        if not principal:
            raise self._error(
                ApiProtocolError,
                "the server names no principal (current-user-principal): is this a CardDAV server?",
                "PROPFIND",
                self.path(self.root),
            )
        home = ""
        for answer in self.propfind(principal, _PROPFIND_HOME, "0"):
            element = answer.props.get(_q(CARDDAV, "addressbook-home-set"))
            if element is not None:
                home = self.path(self.url(_href_text(element.find("d:href", _NS))))
        if not home:
            raise self._error(
                ApiProtocolError,
                "the principal has no address-book home (addressbook-home-set)",
                "PROPFIND",
                principal,
            )
        books = [b for b in self._books(home, "1") if b.href.rstrip("/") != home.rstrip("/")]
        return Discovery(principal, home, tuple(books))

    def _books(self, href: str, depth: str, body: bytes = _PROPFIND_BOOKS) -> list[AddressBook]:
        books: list[AddressBook] = []
        for answer in self.propfind(href, body, depth):
            kind = answer.props.get(_q(DAV, "resourcetype"))
            if kind is None or kind.find("c:addressbook", _NS) is None:
                continue
            shown = answer.props.get(_q(DAV, "displayname"))
            name = (shown.text or "") if shown is not None else ""
            reports = answer.props.get(_q(DAV, "supported-report-set"))
            supports = reports is None or reports.find(".//d:sync-collection", _NS) is not None
            data = answer.props.get(_q(CARDDAV, "supported-address-data"))
            versions = tuple(
                str(t.get("version") or "")
                for t in (data.findall("c:address-data-type", _NS) if data is not None else [])
                if t.get("version")
            )
            ctag = answer.props.get(_q(CALSERVER, "getctag"))
            token = answer.props.get(_q(DAV, "sync-token"))
            books.append(
                AddressBook(
                    href=answer.href,
                    name=name.strip() or answer.href.rstrip("/").rsplit("/", 1)[-1],
                    ctag=(ctag.text or "").strip() or None if ctag is not None else None,
                    sync_token=(token.text or "").strip() or None if token is not None else None,
                    supports_sync=supports,
                    versions=versions,
                )
            )
        return books

    def book(self, *, tags: bool = True) -> AddressBook:
        """The account's address book as it stands now (its versions and reports; its ctag
        and sync token too unless ``tags`` is false)."""
        found = self._books(self.addressbook, "0", _PROPFIND_BOOKS if tags else _PROPFIND_ABILITIES)
        if not found:
            raise self._error(
                ApiNotFound,
                "the address book is not there (or is not an address book)",
                "PROPFIND",
                self.addressbook,
                status=404,
            )
        return found[0]

    # --- listing ----------------------------------------------------------------------------

    def sync_collection(self, token: str | None) -> SyncDelta:
        """What changed in the address book since ``token`` (everything when ``None``)."""
        method, href = "REPORT", self.addressbook
        try:
            response = self.request(
                method,
                href,
                _sync_body(token),
                headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
                allow=(),
            )
        except ApiRejected as exc:
            if exc.status in (400, 405, 415):
                raise self._error(
                    SyncUnsupported, "the address book has no sync-collection", method, href
                ) from None
            raise
        answers = self._multistatus(method, href, response)
        new_token = (
            self._last_root.findtext("d:sync-token", default="", namespaces=_NS) or ""
        ).strip()
        if not new_token:
            raise self._error(ApiProtocolError, "the answer has no sync-token", method, href)
        delta = SyncDelta(new_token)
        book = self.path(self.url(self.addressbook)).rstrip("/")
        for answer in answers:
            if answer.href.rstrip("/") == book:
                continue
            if answer.status == 404:
                delta.gone.add(answer.href)
                continue
            etag = answer.props.get(_q(DAV, "getetag"))
            delta.changed[answer.href] = (
                (etag.text or "").strip() or None if etag is not None else None
            )
        return delta

    def etags(self) -> dict[str, str | None]:
        """Every card of the address book with its ETag (a PROPFIND of depth 1)."""
        book = self.path(self.url(self.addressbook)).rstrip("/")
        found: dict[str, str | None] = {}
        for answer in self.propfind(self.addressbook, _PROPFIND_ETAGS, "1"):
            kind = answer.props.get(_q(DAV, "resourcetype"))
            if answer.href.rstrip("/") == book or (kind is not None and len(kind)):
                continue
            etag = answer.props.get(_q(DAV, "getetag"))
            found[answer.href] = (etag.text or "").strip() or None if etag is not None else None
        return found

    def multiget(self, hrefs: Sequence[str]) -> list[Card]:
        """The cards at ``hrefs`` (those the server still has), in batches; one by one with
        GET when the server does not answer ``addressbook-multiget``."""
        cards: list[Card] = []
        for start in range(0, len(hrefs), self.multiget_batch):
            batch = list(hrefs[start : start + self.multiget_batch])
            try:
                response = self.request(
                    "REPORT",
                    self.addressbook,
                    _multiget_body(quote(h) for h in batch),
                    headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
                )
            except (ApiRejected, SyncUnsupported):
                for href in batch:
                    card = self.get(href)
                    if card is not None:
                        cards.append(card)
                continue
            answers = self._multistatus("REPORT", self.addressbook, response)
            got: set[str] = set()
            for answer in answers:
                data = answer.props.get(_q(CARDDAV, "address-data"))
                if answer.status != 200 or data is None or not (data.text or "").strip():
                    continue
                etag = answer.props.get(_q(DAV, "getetag"))
                got.add(answer.href)
                cards.append(
                    Card(
                        answer.href,
                        (etag.text or "").strip() or None if etag is not None else None,
                        data.text or "",
                    )
                )
            for href in batch:  # a card the report left out is read on its own
                if href not in got:
                    card = self.get(href)
                    if card is not None:
                        cards.append(card)
        return cards

    # --- one card -------------------------------------------------------------------------

    def get(self, href: str) -> Card | None:
        """One card, ``None`` when the server has none at ``href``."""
        try:
            response = self.request("GET", href, headers={"Accept": "text/vcard"})
        except ApiNotFound:
            return None
        return Card(self.path(self.url(href)), response.headers.get("ETag"), response.text)

    def put(self, href: str, text: str, *, etag: str | None = None) -> str | None:
        """Write a card: a new one (``If-None-Match: *``) without ``etag``, else only over
        that version (``If-Match``).  Returns the new ETag when the server tells it."""
        condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
        response = self.request(
            "PUT",
            href,
            text.encode("utf-8"),
            headers={"Content-Type": VCARD_TYPE, **condition},
            idempotent=True,
        )
        new_etag: str | None = response.headers.get("ETag")
        return new_etag

    def delete(self, href: str, *, etag: str | None = None) -> None:
        """Delete a card, only at ``etag`` when given; gone already is done."""
        headers = {"If-Match": etag} if etag else {}
        try:
            self.request("DELETE", href, headers=headers)
        except ApiNotFound:
            return

    def new_href(self, uid: str) -> str:
        """Where a new card with ``uid`` goes in the address book."""
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in uid) or str(time.time())
        return self.path(self.url(self.addressbook.rstrip("/") + "/" + safe + ".vcf"))


def _dav_error_text(text: str) -> str:
    """The words of a WebDAV error body (its element names, or the first of its text)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return " ".join(text.split())[:200]
    names = [el.tag.rsplit("}", 1)[-1] for el in root.iter() if el is not root]
    words = " ".join(root.itertext()).split()
    return (", ".join(names) or " ".join(words))[:200]


__all__ = [
    "AddressBook",
    "Card",
    "CardDavClient",
    "Discovery",
    "InvalidSyncToken",
    "PreconditionFailed",
    "SyncDelta",
    "SyncUnsupported",
]
