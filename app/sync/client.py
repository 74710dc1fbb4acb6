"""An httpx client for the Contacts API (paths from :mod:`app.sync.routes`).

Errors are classified for the sync engine:

* :class:`ApiUnavailable` — network error, timeout, 5xx, 429: retryable; retried here with
  exponential backoff and jitter (``Retry-After`` honoured), then raised with ``retry_after``;
  a refused connection (nothing listens there) is raised at once, marked ``refused``;
* :class:`ApiAuthError` — 401 / 403: never retried;
* :class:`ApiRejected` — 400 / 422 (and other 4xx): the server's problems as :class:`Problem`;
* :class:`ApiNotFound` — 404;
* :class:`ApiProtocolError` — an answer that is not the JSON the contract promises.

The bearer token is kept out of every message, ``repr`` and log line.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, Final, Self

import httpx

from app.i18n import translate
from app.sync.lean_http import LeanHttp, LeanResponse, usable_for
from app.sync.routes import INDIVIDUALS, KindLike, Routes, kind_segment
from app.sync.unreachable import TIMEOUT, cause_of, server_of, unreachable_words

log = logging.getLogger(__name__)

JsonDict = dict[str, Any]
MAX_PAGE_LIMIT: Final = 5000
DEFAULT_PAGE_LIMIT: Final = 1000
MAX_ID_LENGTH: Final = 256


# ----------------------------------------------------------------------------------------
# errors


@dataclass(frozen=True)
class Problem:
    """One problem the server reported: ``{title, detail}``."""

    title: str
    detail: str | None = None

    @classmethod
    def from_wire(cls, data: Any) -> Problem:
        if isinstance(data, dict):
            title = data.get("title")
            detail = data.get("detail")
            return cls(
                title=str(title) if title is not None else "",
                detail=str(detail) if detail is not None else None,
            )
        return cls(title=str(data))

    def __str__(self) -> str:
        if self.detail and self.title:
            return f"{self.title}: {self.detail}"
        return self.title or self.detail or "problem"


def _problems(data: Any) -> tuple[Problem, ...]:
    """Problems from an error body: a list, ``{problems: [...]}`` or one ``{title, detail}``."""
    if isinstance(data, list):
        return tuple(Problem.from_wire(p) for p in data)
    if isinstance(data, dict):
        if isinstance(data.get("problems"), list):
            return tuple(Problem.from_wire(p) for p in data["problems"])
        if "title" in data or "detail" in data:
            return (Problem.from_wire(data),)
    return ()


class ApiError(Exception):
    """A failed call. ``method``/``path`` name the call; ``status`` is the HTTP status."""

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        status: int | None = None,
        problems: Iterable[Problem] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.status = status
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __str__(self) -> str:
        where = f"{self.method} {self.path}".strip()
        status = f" ({self.status})" if self.status is not None else ""
        text = f"{where}{status}: {self.message}" if where else self.message
        if self.problems:
            text += " — " + "; ".join(str(p) for p in self.problems)
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(method={self.method!r}, path={self.path!r}, "
            f"status={self.status!r}, message={self.message!r}, problems={self.problems!r})"
        )


class ApiUnavailable(ApiError):  # noqa: N818 (the names the engine uses)
    """Network error, timeout, 5xx or 429: try again later (``retry_after`` seconds if sent)."""

    retryable = True

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        refused: bool = False,
        reason: str = "",
        server: str = "",
        **kw: Any,
    ) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after
        # The connection was refused (nothing listens at the address): the server is unreachable.
        self.refused = refused
        # Why the call did not reach the server (app.sync.unreachable; "" when it answered)
        # and the server's host, for the words the user reads.
        self.reason = reason
        self.server = server

    def __str__(self) -> str:
        # A server not reached is said in words ("Offline: cannot reach example.com."), not
        # as the call and the exception class; ``repr`` keeps those for the log.
        words = unreachable_words(self) if self.reason else None
        return words if words is not None else super().__str__()


class ApiAuthError(ApiError):
    """401 / 403: credentials missing or not sufficient."""


class ApiRejected(ApiError):  # noqa: N818
    """400 / 422: the server refused the data; ``problems`` says why."""


class ApiNotFound(ApiError):  # noqa: N818
    """404: resource not found or invalid identifier."""


class ApiProtocolError(ApiError):
    """The server answered something the contract does not allow (e.g. not JSON)."""


# ----------------------------------------------------------------------------------------
# results


@dataclass(frozen=True)
class Fetched:
    """A GET's body; ``unchanged`` when the server answered 304 and the cached body is given."""

    body: Any
    etag: str | None = None
    unchanged: bool = False


@dataclass(frozen=True)
class Listing:
    """Every item a paged listing returned, and whether the listing is complete.

    ``complete`` is false when any page carried problems or any page failed (then ``error``
    is that failure).  Only a complete listing is evidence that a record is gone."""

    items: list[JsonDict]
    problems: list[Problem] = field(default_factory=list)
    complete: bool = True
    error: ApiError | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of retryable failures: ``max_attempts`` in all (1 = no retry)."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 300.0

    def delay(self, attempt: int, rand: float) -> float:
        """The pause after failed attempt ``attempt`` (1-based): exponential, equal jitter."""
        ceiling: float = min(self.max_delay, self.base_delay * (2.0 ** (attempt - 1)))
        return ceiling / 2 + rand * ceiling / 2


def _refused(exc: BaseException) -> bool:
    """Whether a failed connect was refused (an error it was raised from says so)."""
    seen: BaseException | None = exc
    for _ in range(8):  # the chain: httpx's error, httpcore's, the socket's
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


# ----------------------------------------------------------------------------------------
# the client


class JsonApiClient:
    """JSON over HTTPS with a bearer token: timeouts, retries with backoff, and every failure
    classified as above.  The clients of each system (the Contacts API below, Kanbert, the
    partner portal) are built on it, so the engine treats their failures alike.

    A client whose class sets ``keep_alive_pool`` sends its requests through
    :class:`app.sync.lean_http.LeanHttp` (pooled keep-alive connections, far less CPU per
    request) where it behaves as httpx does; with a ``transport`` given, or a proxy set, httpx
    carries them."""

    keep_alive_pool: ClassVar[bool] = False

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self._token = token
        self._sleep = sleep
        self._rand = rand
        timeout = httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout
        )
        self._http_options: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": timeout,
            "transport": transport,
            "limits": limits or httpx.Limits(max_connections=100, max_keepalive_connections=20),
            "headers": {"Accept": "application/json", "Authorization": f"Bearer {token}"},
        }
        self._httpx: httpx.Client | None = None
        self._lean: LeanHttp | None = None
        if self.keep_alive_pool and transport is None and usable_for(self.base_url):
            self._lean = LeanHttp(
                self.base_url,
                {"Accept": "application/json", "Authorization": f"Bearer {token}"},
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
            )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def pause_with(self, sleep: Callable[[float], None]) -> Callable[[float], None]:
        """Wait between retries with ``sleep`` (e.g. one that returns early when the user
        cancels); returns the one used before."""
        previous, self._sleep = self._sleep, sleep
        return previous

    def back_off(self, attempt: int) -> None:
        """Wait as before retry ``attempt`` of a call (exponential, with jitter), with the
        pause in use (see :meth:`pause_with`): for callers that try a whole step again."""
        self._sleep(self.retry.delay(attempt, self._rand()))

    @property
    def _http(self) -> httpx.Client:
        """The httpx client, made when first needed (making one loads the certificate
        authorities, which a client on the keep-alive pool may never need)."""
        if self._httpx is None:
            self._httpx = httpx.Client(**self._http_options)
        return self._httpx

    def close(self) -> None:
        if self._lean is not None:
            self._lean.close()
        if self._httpx is not None:
            self._httpx.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "***") if self._token else text

    def _error(
        self, cls: type[ApiError], message: str, method: str, path: str, **kw: Any
    ) -> ApiError:
        problems = tuple(
            Problem(self._scrub(p.title), self._scrub(p.detail) if p.detail else p.detail)
            for p in kw.pop("problems", ())
        )
        return cls(
            self._scrub(message),
            method=method,
            path=self._scrub(path),
            problems=problems,
            **kw,
        )

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
    ) -> httpx.Response | LeanResponse:
        """One call with retries; returns a 2xx or 304 response, raises an :class:`ApiError`."""
        content = None
        all_headers = dict(headers or {})
        if body is not None:
            content = json.dumps(body, ensure_ascii=False).encode("utf-8")
            all_headers["Content-Type"] = "application/json; charset=utf-8"
        attempt = 0
        while True:
            attempt += 1
            try:
                response: httpx.Response | LeanResponse
                if self._lean is not None:
                    response = self._lean.request(
                        method, path, params=params, content=content, headers=all_headers
                    )
                else:
                    response = self._http.request(
                        method, path, params=params, content=content, headers=all_headers
                    )
            except httpx.TimeoutException as exc:
                sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
                error = self._error(
                    ApiUnavailable,
                    translate("Sync", "timed out"),
                    method,
                    path,
                    reason=TIMEOUT,
                    server=server_of(self.base_url),
                )
                retry_ok = idempotent or not sent
            except httpx.TransportError as exc:
                sent = not isinstance(exc, httpx.ConnectError)
                # Nothing listens there: trying again in a moment finds nobody either.
                refused = not sent and _refused(exc)
                error = self._error(
                    ApiUnavailable,
                    translate("Sync", "network error ({error})").format(error=type(exc).__name__),
                    method,
                    path,
                    refused=refused,
                    reason=cause_of(exc, refused=refused),
                    server=server_of(self.base_url),
                )
                retry_ok = (idempotent or not sent) and not refused
            else:
                log.debug("%s %s → %s", method, self._scrub(path), response.status_code)
                if response.is_success or response.status_code == 304:
                    return response
                error = self._classify(response, method, path)
                # A 429 was not processed; other failures of a non-idempotent call may have been.
                retry_ok = error.retryable and (idempotent or response.status_code == 429)
            if not (error.retryable and retry_ok) or attempt >= self.retry.max_attempts:
                raise error
            retry_after = error.retry_after if isinstance(error, ApiUnavailable) else None
            pause = (
                min(retry_after, self.retry.max_retry_after)
                if retry_after is not None
                else self.retry.delay(attempt, self._rand())
            )
            log.info(
                "%s %s failed (%s), retry %d in %.1fs",
                method,
                self._scrub(path),
                error.status or "network",
                attempt,
                pause,
            )
            self._sleep(pause)

    def _classify(
        self, response: httpx.Response | LeanResponse, method: str, path: str
    ) -> ApiError:
        status = response.status_code
        try:
            data = response.json() if response.content else None
        except ValueError:
            data = None
        problems = _problems(data)
        reason = response.reason_phrase or "error"
        if status == 429 or status >= 500:
            return self._error(
                ApiUnavailable,
                reason,
                method,
                path,
                status=status,
                problems=problems,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if status in (401, 403):
            return self._error(ApiAuthError, reason, method, path, status=status, problems=problems)
        if status == 404:
            return self._error(ApiNotFound, reason, method, path, status=status, problems=problems)
        return self._error(ApiRejected, reason, method, path, status=status, problems=problems)

    def _json(self, response: httpx.Response | LeanResponse, method: str, path: str) -> Any:
        if response.status_code == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            raise self._error(
                ApiProtocolError,
                "the answer is not JSON",
                method,
                path,
                status=response.status_code,
            ) from None

    def request_json(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        idempotent: bool | None = None,
    ) -> Any:
        """Any call of the contract; the JSON answer (``None`` for an empty one)."""
        response = self._send(
            method,
            path,
            params=params,
            body=body,
            idempotent=method != "POST" if idempotent is None else idempotent,
        )
        return self._json(response, method, path)


class ContactsApiClient(JsonApiClient):
    """Calls of the contract in ``api-contract.md``; paths from ``routes``."""

    keep_alive_pool = True

    def __init__(
        self,
        base_url: str,
        org: str,
        token: str,
        *,
        routes: Routes | None = None,
        route_templates: Mapping[str, str] | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url,
            token,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            retry=retry,
            sleep=sleep,
            rand=rand,
            transport=transport,
        )
        self.org = org
        self.routes = routes or Routes(org, dict(route_templates or {}))
        self._etags: dict[str, tuple[str, Any]] = {}

    def __repr__(self) -> str:
        return f"ContactsApiClient(base_url={self.base_url!r}, org={self.org!r})"

    def fetch(self, path: str, *, conditional: bool = True) -> Fetched:
        """GET with ETag / If-None-Match: a 304 gives the cached body, marked unchanged."""
        cached = self._etags.get(path) if conditional else None
        headers = {"If-None-Match": cached[0]} if cached else None
        response = self._send("GET", path, headers=headers)
        if response.status_code == 304:
            if cached is None:
                raise self._error(
                    ApiProtocolError, "304 without a cached answer", "GET", path, status=304
                )
            return Fetched(body=cached[1], etag=cached[0], unchanged=True)
        body = self._json(response, "GET", path)
        etag = response.headers.get("ETag")
        if etag:
            self._etags[path] = (etag, body)
        else:
            self._etags.pop(path, None)
        return Fetched(body=body, etag=etag)

    def fetch_if_changed(self, path: str, etag: str | None) -> Fetched:
        """GET with ``If-None-Match: etag`` (when given); a 304 answers ``unchanged`` with no
        body.  For callers that keep ETags themselves (the sync engine keeps them per record)."""
        headers = {"If-None-Match": etag} if etag else None
        response = self._send("GET", path, headers=headers)
        if response.status_code == 304:
            return Fetched(body=None, etag=etag, unchanged=True)
        return Fetched(body=self._json(response, "GET", path), etag=response.headers.get("ETag"))

    def forget_etags(self) -> None:
        self._etags.clear()

    def list_pages(self, path: str, *, limit: int = DEFAULT_PAGE_LIMIT) -> Listing:
        """Every page of a ``{items, problems}`` listing, never raising away what arrived."""
        if not 1 <= limit <= MAX_PAGE_LIMIT:
            raise ValueError(f"limit must be within 1..{MAX_PAGE_LIMIT}, not {limit}")
        items: list[JsonDict] = []
        problems: list[Problem] = []
        offset = 0
        while True:
            try:
                page = self.request_json("GET", path, params={"limit": limit, "offset": offset})
            except ApiError as exc:
                log.warning("listing %s incomplete: %s", self._scrub(path), exc)
                return Listing(items, problems, complete=False, error=exc)
            if (
                not isinstance(page, dict)
                or not isinstance(page.get("items", []), list)
                or not isinstance(page.get("problems") or [], list)
            ):
                error = self._error(
                    ApiProtocolError, "a listing page is not {items, problems}", "GET", path
                )
                return Listing(items, problems, complete=False, error=error)
            page_items = [i for i in page.get("items") or [] if isinstance(i, dict)]
            page_problems = list(_problems(page.get("problems") or []))
            items += page_items
            problems += page_problems
            # Items and problems both count towards a page's limit (source document).
            count = len(page.get("items") or []) + len(page.get("problems") or [])
            if count < limit or count == 0:
                break
            offset += count
        return Listing(items, problems, complete=not problems)

    # --- contacts -------------------------------------------------------------------------

    def list_all(self, kind: KindLike, *, limit: int = DEFAULT_PAGE_LIMIT) -> Listing:
        return self.list_pages(self.routes.contacts(kind), limit=limit)

    def get(self, kind: KindLike, id: str) -> Fetched:
        return self.fetch(self.routes.contact(kind, id))

    def get_details(self, kind: KindLike, id: str) -> Fetched:
        return self._details(kind, id, self.fetch(self.routes.details(kind, id)))

    def details_if_changed(self, kind: KindLike, id: str, etag: str | None) -> Fetched:
        path = self.routes.details(kind, id)
        return self._details(kind, id, self.fetch_if_changed(path, etag))

    def _details(self, kind: KindLike, id: str, fetched: Fetched) -> Fetched:
        """``fetched`` when it is the details of contact ``id`` (or unchanged); an answer
        about another contact, or not an object, is a protocol error."""
        if fetched.unchanged and fetched.body is None:
            return fetched
        key = "individual_contact" if kind_segment(kind) == INDIVIDUALS else "organization_contact"
        body = fetched.body
        contact = body.get(key) if isinstance(body, dict) else None
        if not isinstance(contact, dict) or contact.get("id") != id:
            problem = (
                f"the details have no {key} object"
                if not isinstance(contact, dict)
                else f"the details are of another contact ({str(contact.get('id'))[:80]!r})"
            )
            raise self._error(ApiProtocolError, problem, "GET", self.routes.details(kind, id))
        return fetched

    def create(self, kind: KindLike, body: JsonDict) -> JsonDict:
        """POST a contact (no automatic retry once the request may have reached the server:
        the engine looks the contact up by ``external_id`` first)."""
        return self._created(self.routes.contacts(kind), body)

    def update(self, kind: KindLike, id: str, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("PUT", self.routes.contact(kind, id), body))

    def delete(self, kind: KindLike, id: str) -> None:
        self.request_json("DELETE", self.routes.contact(kind, id))

    def find_by_external_id(self, kind: KindLike, external_id: str) -> JsonDict | None:
        """The mapping ``{internal, external}`` for ``external_id``, or ``None`` (404)."""
        try:
            return self._dict(self.request_json("GET", self.routes.external_id(kind, external_id)))
        except ApiNotFound:
            return None

    @staticmethod
    def _dict(data: Any) -> JsonDict:
        return data if isinstance(data, dict) else {}

    def _created(self, path: str, body: Any, *, idempotent: bool | None = None) -> JsonDict:
        """POST ``body``; the answer must be an object with the new record's id (a string of
        1..256 characters).  Anything else is a protocol error: the record may have been made,
        so the caller finds it again before sending it anew."""
        data = self.request_json("POST", path, body, idempotent=idempotent)
        rid = data.get("id") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(rid, str) or not rid.strip():
            raise self._error(ApiProtocolError, "the answer to a create has no id", "POST", path)
        if len(rid) > MAX_ID_LENGTH:
            raise self._error(
                ApiProtocolError,
                f"the id of a created record is too long ({len(rid)})",
                "POST",
                path,
            )
        return data

    # --- contact points -------------------------------------------------------------------

    def list_contact_points(self, kind: KindLike, id: str, cp: str) -> Listing:
        return self._listing(self.routes.contact_points(kind, id, cp))

    def create_contact_point(self, kind: KindLike, id: str, cp: str, body: JsonDict) -> JsonDict:
        return self._created(self.routes.contact_points(kind, id, cp), body)

    def get_contact_point(self, kind: KindLike, id: str, cp: str, item_id: str) -> JsonDict:
        return self._dict(
            self.request_json("GET", self.routes.contact_point(kind, id, cp, item_id))
        )

    def update_contact_point(
        self, kind: KindLike, id: str, cp: str, item_id: str, body: JsonDict
    ) -> JsonDict:
        return self._dict(
            self.request_json("PUT", self.routes.contact_point(kind, id, cp, item_id), body)
        )

    def delete_contact_point(self, kind: KindLike, id: str, cp: str, item_id: str) -> None:
        self.request_json("DELETE", self.routes.contact_point(kind, id, cp, item_id))

    # --- relationships, departments, locations, memberships --------------------------------

    def create_sub_item(self, kind: KindLike, id: str, coll: str, body: JsonDict) -> JsonDict:
        path = self.routes.sub_items(kind, id, coll)
        return self._created(path, body)

    def update_sub_item(
        self, kind: KindLike, id: str, coll: str, item_id: str, body: JsonDict
    ) -> JsonDict:
        path = self.routes.sub_item(kind, id, coll, item_id)
        return self._dict(self.request_json("PUT", path, body))

    def delete_sub_item(self, kind: KindLike, id: str, coll: str, item_id: str) -> None:
        self.request_json("DELETE", self.routes.sub_item(kind, id, coll, item_id))

    def _listing(self, path: str) -> Listing:
        """A one-shot ``{items, problems}`` answer (not paged) as a :class:`Listing`."""
        try:
            page = self.request_json("GET", path)
        except ApiError as exc:
            return Listing([], [], complete=False, error=exc)
        if (
            not isinstance(page, dict)
            or not isinstance(page.get("items") or [], list)
            or not isinstance(page.get("problems") or [], list)
        ):
            error = self._error(ApiProtocolError, "not {items, problems}", "GET", path)
            return Listing([], [], complete=False, error=error)
        items = [i for i in page.get("items") or [] if isinstance(i, dict)]
        problems = list(_problems(page.get("problems") or []))
        return Listing(items, problems, complete=not problems)

    # --- professional identities ----------------------------------------------------------

    def list_professional_identities(self, id: str) -> Listing:
        return self._listing(self.routes.professional_identities(id))

    def get_professional_identities_details(self, id: str) -> Fetched:
        return self.fetch(self.routes.professional_identities_details(id))

    def create_professional_identity(self, id: str, body: JsonDict) -> JsonDict:
        return self._created(self.routes.professional_identities(id), body)

    def get_professional_identity(self, id: str, pi: str) -> JsonDict:
        return self._dict(self.request_json("GET", self.routes.professional_identity(id, pi)))

    def get_professional_identity_details(self, id: str, pi: str) -> Fetched:
        return self.fetch(self.routes.professional_identity_details(id, pi))

    def update_professional_identity(self, id: str, pi: str, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("PUT", self.routes.professional_identity(id, pi), body))

    def delete_professional_identity(self, id: str, pi: str) -> None:
        self.request_json("DELETE", self.routes.professional_identity(id, pi))

    def list_pi_contact_points(self, id: str, pi: str, cp: str) -> Listing:
        return self._listing(self.routes.professional_identity_contact_points(id, pi, cp))

    def create_pi_contact_point(self, id: str, pi: str, cp: str, body: JsonDict) -> JsonDict:
        path = self.routes.professional_identity_contact_points(id, pi, cp)
        return self._created(path, body)

    def update_pi_contact_point(
        self, id: str, pi: str, cp: str, item_id: str, body: JsonDict
    ) -> JsonDict:
        path = self.routes.professional_identity_contact_point(id, pi, cp, item_id)
        return self._dict(self.request_json("PUT", path, body))

    def delete_pi_contact_point(self, id: str, pi: str, cp: str, item_id: str) -> None:
        self.request_json(
            "DELETE", self.routes.professional_identity_contact_point(id, pi, cp, item_id)
        )

    # --- roles ----------------------------------------------------------------------------

    _ROLES: Final = ("customer_role", "supplier_role", "alternative_payer_role")

    def _role_path(self, role: str, kind: KindLike, id: str) -> str:
        if role not in self._ROLES:
            raise ValueError(f"unknown role: {role!r}")
        path: str = getattr(self.routes, role)(kind, id)
        return path

    def get_role(self, role: str, kind: KindLike, id: str) -> JsonDict | None:
        """``role`` is ``customer_role``, ``supplier_role`` or ``alternative_payer_role``;
        ``None`` when the contact has no such role (404)."""
        try:
            return self._dict(self.request_json("GET", self._role_path(role, kind, id)))
        except ApiNotFound:
            return None

    def put_role(self, role: str, kind: KindLike, id: str, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("PUT", self._role_path(role, kind, id), body))

    # --- tags and images ------------------------------------------------------------------

    def list_tags(self, kind: KindLike, id: str) -> Listing:
        return self._listing(self.routes.tags(kind, id))

    def add_tag(self, kind: KindLike, id: str, name: str) -> JsonDict:
        return self._created(self.routes.tags(kind, id), {"name": name})

    def remove_tag(self, kind: KindLike, id: str, tag_id: str) -> None:
        self.request_json("DELETE", self.routes.tag(kind, id, tag_id))

    def list_images(self, kind: KindLike, id: str) -> Listing:
        return self._listing(self.routes.images(kind, id))

    def add_image(self, kind: KindLike, id: str, body: JsonDict) -> JsonDict:
        """``body`` is ``{data: base64}`` (see :func:`app.sync.wire.image_to_wire`)."""
        return self._created(self.routes.images(kind, id), body)

    def get_image_bytes(self, kind: KindLike, id: str, image_id: str) -> bytes:
        path = self.routes.image(kind, id, image_id)
        return self._send("GET", path, headers={"Accept": "image/*"}).content

    def delete_image(self, kind: KindLike, id: str, image_id: str) -> None:
        self.request_json("DELETE", self.routes.image(kind, id, image_id))

    # --- external ids ---------------------------------------------------------------------

    def list_external_ids(self, kind: KindLike) -> list[JsonDict]:
        data = self._dict(self.request_json("GET", self.routes.external_ids(kind)))
        return [i for i in data.get("items") or [] if isinstance(i, dict)]

    def add_external_ids(self, kind: KindLike, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("POST", self.routes.external_ids(kind), body))

    def replace_external_ids(self, kind: KindLike, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("PUT", self.routes.external_ids(kind), body))

    def delete_external_id(self, kind: KindLike, external_id: str) -> None:
        self.request_json("DELETE", self.routes.external_id(kind, external_id))

    def get_contact_external_id(self, kind: KindLike, id: str) -> JsonDict | None:
        try:
            return self._dict(self.request_json("GET", self.routes.contact_external_id(kind, id)))
        except ApiNotFound:
            return None

    def delete_contact_external_id(self, kind: KindLike, id: str) -> None:
        self.request_json("DELETE", self.routes.contact_external_id(kind, id))

    # --- placeholder customers ------------------------------------------------------------

    def list_placeholder_customers(self, *, limit: int = DEFAULT_PAGE_LIMIT) -> Listing:
        return self.list_pages(self.routes.placeholder_customers(), limit=limit)

    def create_placeholder_customer(self, body: JsonDict) -> JsonDict:
        return self._created(self.routes.placeholder_customers(), body)

    def get_placeholder_customer(self, id: str) -> Fetched:
        return self.fetch(self.routes.placeholder_customer(id))

    def update_placeholder_customer(self, id: str, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("PUT", self.routes.placeholder_customer(id), body))

    def delete_placeholder_customer(self, id: str) -> None:
        self.request_json("DELETE", self.routes.placeholder_customer(id))

    def list_placeholder_customer_images(self, id: str) -> Listing:
        return self._listing(self.routes.placeholder_customer_images(id))

    def add_placeholder_customer_image(self, id: str, body: JsonDict) -> JsonDict:
        path = self.routes.placeholder_customer_images(id)
        return self._created(path, body)

    def delete_placeholder_customer_image(self, id: str, image_id: str) -> None:
        self.request_json("DELETE", self.routes.placeholder_customer_image(id, image_id))

    # --- customer lists -------------------------------------------------------------------

    def list_customer_lists(self) -> Listing:
        return self._listing(self.routes.customer_lists())

    def create_customer_list(self, name: str) -> JsonDict:
        return self._created(self.routes.customer_lists(), {"name": name})

    def get_customer_list(self, list_id: str) -> JsonDict:
        return self._dict(self.request_json("GET", self.routes.customer_list(list_id)))

    def rename_customer_list(self, list_id: str, name: str) -> JsonDict:
        path = self.routes.customer_list(list_id)
        return self._dict(self.request_json("PUT", path, {"name": name}))

    def delete_customer_list(self, list_id: str) -> None:
        self.request_json("DELETE", self.routes.customer_list(list_id))

    def list_customer_list_items(self, list_id: str, *, limit: int = DEFAULT_PAGE_LIMIT) -> Listing:
        return self.list_pages(self.routes.customer_list_items(list_id), limit=limit)

    def add_customer_list_items(self, list_id: str, body: JsonDict) -> JsonDict:
        """``body`` is ``{items: [{id}]}``; the answer carries ``items`` and ``problems``."""
        path = self.routes.customer_list_items(list_id)
        return self._dict(self.request_json("POST", path, body, idempotent=True))

    def remove_customer_list_item(self, list_id: str, contact_id: str) -> None:
        self.request_json("DELETE", self.routes.customer_list_item(list_id, contact_id))

    # --- configuration --------------------------------------------------------------------

    def get_configuration(self) -> JsonDict:
        return self._dict(self.request_json("GET", self.routes.contact_configuration()))

    def put_configuration(self, body: JsonDict) -> JsonDict:
        return self._dict(self.request_json("PUT", self.routes.contact_configuration(), body))
