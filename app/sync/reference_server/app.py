"""The reference server's ASGI app (Starlette): every path of ``api-contract.md``.

A request body first needs every field its schema marks required
(:mod:`app.sync.reference_server.schemas`; 400 naming each missing one), then it is checked
with the domain's own rules (:mod:`app.domain.validation`): the JSON is read with
:mod:`app.sync.wire` into domain objects whose ids are the server's ids, then validated.  Bodies are stored as sent (unknown fields included, read-only fields dropped) and
answered with the server's id and read-only fields added.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any, Final

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from app.domain import validation as v
from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    AnyContact,
    Department,
    Email,
    ExternalIdMapping,
    Image,
    Location,
    Membership,
    OrganizationContact,
    Page,
    PersonalRelationship,
    Phone,
    Tag,
    WebAddress,
)
from app.domain.problems import Problem, Severity
from app.sync import wire
from app.sync.reference_server.faults import (
    DEFAULT_PAGE_LIMIT,
    FaultMiddleware,
    Faults,
    IndexedRouter,
    RequestFaultMiddleware,
    RequestStats,
    StatsMiddleware,
)
from app.sync.reference_server.schemas import (
    CONTACT_POINT_SCHEMAS,
    CONTACT_SCHEMAS,
    ROLE_SCHEMAS,
    SUB_COLLECTION_SCHEMAS,
    missing_fields,
)
from app.sync.reference_server.store import DocumentStore, JsonDict

KINDS: Final = {
    "individual-contacts": ContactKind.INDIVIDUAL,
    "organization-contacts": ContactKind.ORGANIZATION,
}
CP_COLLS: Final = {
    "addresses": "addresses",
    "emails": "emails",
    "phones": "phones",
    "web-addresses": "web_addresses",
}
ROLES: Final = {
    "customer-role": ("customer_role", "debtor_account_id"),
    "supplier-role": ("supplier_role", "creditor_account_id"),
    "alternative-payer-role": ("alternative_payer_role", "debtor_account_id"),
}
MAX_IMAGE_BYTES: Final = v.MAX_IMAGE_BYTES


class _SameIds:
    """Server ids are the "local" ids when the server reads its own JSON."""

    def remote_id(self, local_id: str) -> str | None:
        return local_id

    def local_id(self, remote_id: str) -> str | None:
        return remote_id


SAME: Final = _SameIds()


# ----------------------------------------------------------------------------------------
# errors and answers


class ApiProblem(Exception):  # noqa: N818 (an answer, not a bug)
    def __init__(
        self, status: int, title: str, detail: str, problems: Iterable[JsonDict] = ()
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.problems = list(problems)


def _not_found(what: str) -> ApiProblem:
    return ApiProblem(404, "Not Found", f"{what} not found")


def _invalid(field: str, message: str, status: int = 422) -> ApiProblem:
    title = "Unprocessable Entity" if status == 422 else "Bad Request"
    return ApiProblem(status, title, f"{field}: {message}", [{"title": field, "detail": message}])


def _check(problems: list[Problem], status: int = 422) -> None:
    """Raise the errors among ``problems`` (warnings pass)."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if not errors:
        return
    items = [{"title": p.field, "detail": f"{p.label}: {p.message}"} for p in errors]
    detail = "; ".join(f"{i['title']}: {i['detail']}" for i in items)
    title = "Unprocessable Entity" if status == 422 else "Bad Request"
    raise ApiProblem(status, title, detail, items)


def _require(schema: str, body: JsonDict) -> None:
    """400 naming every required field of ``schema`` that ``body`` leaves out."""
    missing = missing_fields(schema, body)
    if missing:
        items = [{"title": name, "detail": "is required"} for name in missing]
        detail = "; ".join(f"{name}: required" for name in missing)
        raise ApiProblem(400, "Bad Request", detail, items)


def _problem_response(status: int, title: str, detail: str, problems: list[JsonDict]) -> Response:
    body: JsonDict = {"title": title, "detail": detail}
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=status)


def _etag(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


def _answer(request: Request, data: Any) -> Response:
    """A single resource or details: with an ETag, 304 when ``If-None-Match`` matches."""
    tag = _etag(data)
    if _matches(request, tag):
        return Response(status_code=304, headers={"ETag": tag})
    return JSONResponse(data, headers={"ETag": tag})


def _matches(request: Request, tag: str) -> bool:
    """Whether the request's ``If-None-Match`` names ``tag`` (or is ``*``)."""
    wanted = request.headers.get("if-none-match", "")
    return tag in [t.strip() for t in wanted.split(",")] or wanted.strip() == "*"


def _created(data: Any) -> Response:
    return JSONResponse(data, status_code=201)


def _no_content() -> Response:
    return Response(status_code=204)


async def _body(request: Request) -> JsonDict:
    raw = await request.body()
    try:
        data = json.loads(raw or b"null")
    except ValueError:
        raise _invalid("body", "not JSON", 400) from None
    if not isinstance(data, dict):
        raise _invalid("body", "expected a JSON object", 400)
    return data


def _new_id() -> str:
    return str(uuid.uuid4())


def _wire(fn: Callable[[], Any]) -> Any:
    """Run a :mod:`wire` reader; a type error in the JSON is a 400."""
    try:
        return fn()
    except (wire.WireError, ValueError, TypeError) as exc:
        raise ApiProblem(
            400, "Bad Request", str(exc), [{"title": "body", "detail": str(exc)}]
        ) from None


def _strip(body: JsonDict, *keys: str) -> JsonDict:
    return {k: val for k, val in body.items() if k not in keys}


# ----------------------------------------------------------------------------------------
# the server's model


class Server:
    """Handlers over one :class:`DocumentStore`."""

    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        # (org, kind, id, with tags and pictures) -> (store version, ETag) of the last details
        # answer: a conditional GET at the same version is answered 304 without assembling
        # the details again (a dozen reads and a hash of each contact, per re-sync)
        self._details_etags: dict[tuple[str, str, str, bool], tuple[int, str]] = {}

    # --- lookups --------------------------------------------------------------------------

    @staticmethod
    def _kind(request: Request) -> str:
        kind = str(request.path_params.get("kind", ""))
        if kind not in KINDS:
            raise _not_found(f"collection {kind!r}")
        return kind

    def _contact(self, org: str, kind: str, id: str) -> JsonDict:
        doc = self.store.get(org, kind, id)
        if doc is None:
            raise _not_found(f"contact {id}")
        return doc

    def _exists(self, org: str, kind: str, id: str) -> None:
        """404 unless contact ``id`` is there (it is not read: its sub-resources need only
        that)."""
        if not self.store.exists(org, kind, id):
            raise _not_found(f"contact {id}")

    def _parent(self, request: Request) -> tuple[str, str, str, str]:
        """``(org, kind, contact id, parent key)`` of a contact's sub-resource."""
        org = str(request.path_params["org"])
        kind = self._kind(request)
        id = str(request.path_params["id"])
        self._exists(org, kind, id)
        return org, kind, id, f"{kind}:{id}"

    def _pi_parent(self, request: Request) -> tuple[str, str, str, JsonDict]:
        org = str(request.path_params["org"])
        id = str(request.path_params["id"])
        self._exists(org, "individual-contacts", id)
        pi_id = str(request.path_params["pi"])
        pi = self.store.get(org, "professional-identities", pi_id)
        if pi is None or self.store.parent_of(org, "professional-identities", pi_id) != id:
            raise _not_found(f"professional identity {pi_id}")
        return org, id, pi_id, pi

    def details(self, org: str, kind: str, id: str) -> JsonDict:
        contact = self._contact(org, kind, id)
        key = "individual_contact" if kind == "individual-contacts" else "organization_contact"
        out: JsonDict = {key: contact, **self._points(org, f"{kind}:{id}")}
        if kind == "individual-contacts":
            out["professional_identities"] = [
                self._pi_details(org, pi)
                for pi in self.store.items(org, "professional-identities", id)
            ]
            out["personal_relationships"] = self.store.items(org, "personal-relationships", id)
        else:
            for sub in ("departments", "locations", "memberships"):
                out[sub] = self.store.items(org, sub, id)
        for segment, (key_name, _) in ROLES.items():
            role = self.store.get(org, segment, f"{kind}:{id}")
            if role is not None:
                out[key_name] = role
        # Beyond the source document: tags and pictures ride along, so one conditional GET
        # tells whether anything of the contact changed.
        out["tags"] = self.store.items(org, "tags", f"{kind}:{id}")
        out["images"] = [
            _strip(doc, "data", "media_type")
            for doc in self.store.items(org, "images", f"{kind}:{id}", newest_first=True)
        ]
        return out

    def _points(self, org: str, parent: str) -> JsonDict:
        return {
            wire_key: self.store.items(org, coll, parent) for coll, wire_key in CP_COLLS.items()
        }

    def _pi_details(self, org: str, pi: JsonDict) -> JsonDict:
        return {"professional_identity": pi, **self._points(org, f"pi:{pi['id']}")}

    def _domain(self, org: str, kind: str, id: str) -> AnyContact:
        details = self.details(org, kind, id)
        result: AnyContact = wire.details_from_wire(details, KINDS[kind], SAME)
        return result

    # --- contacts -------------------------------------------------------------------------

    def _validate_contact(self, kind: str, body: JsonDict) -> None:
        contact = _wire(lambda: wire.contact_from_wire(body, KINDS[kind], SAME))
        if isinstance(contact, OrganizationContact):
            _check(v.validate_organization(contact))
        else:
            _check(v.validate_individual(contact))

    def _claim_external_id(
        self, org: str, kind: str, id: str, external: Any, *, new: bool = False
    ) -> None:
        """Map ``external`` to contact ``id`` (one-to-one), dropping its old mapping.  A
        ``new`` contact has none to drop (a mapping names a contact that exists), so its
        create does not look through every mapping of the collection for one."""
        if external is None:
            if not new:
                self._unmap_internal(org, kind, id)
            return
        coll = f"xid:{kind}"
        current = self.store.get(org, coll, str(external))
        if current is not None and current["internal"] != id:
            raise _invalid("external_id", f"“{external}” is already used by another contact")
        if not new:
            self._unmap_internal(org, kind, id)
        self.store.put(org, coll, str(external), {"internal": id, "external": str(external)})

    def _unmap_internal(self, org: str, kind: str, id: str) -> None:
        """Drop the mapping of contact ``id`` (found through the contact's own
        ``external_id``, which every mapping change keeps in step)."""
        coll = f"xid:{kind}"
        contact = self.store.get(org, kind, id)
        external = contact.get("external_id") if contact is not None else None
        if external is not None:
            mapping = self.store.get(org, coll, str(external))
            if mapping is not None and mapping["internal"] == id:
                self.store.delete(org, coll, str(external))
            return
        for m in self.store.items(org, coll):
            if m["internal"] == id:
                self.store.delete(org, coll, m["external"])

    async def list_contacts(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        return self._page(request, org, kind, None)

    def _page(self, request: Request, org: str, coll: str, parent: str | None) -> Response:
        try:
            page = Page(
                limit=int(request.query_params.get("limit", str(DEFAULT_PAGE_LIMIT))),
                offset=int(request.query_params.get("offset", "0")),
            )
        except ValueError:
            raise _invalid("limit", "limit and offset must be whole numbers", 400) from None
        _check(v.validate_page(page), 400)
        problems: list[JsonDict] = []
        limit = page.limit
        switches = request.scope.get("state", {})  # set by RequestFaultMiddleware
        if switches.get("problem_pages"):
            problems.append(
                {"title": "Partial page", "detail": f"an item at {page.offset} could not be read"}
            )
            limit -= 1
        cutoff = switches.get("listing_cutoff")
        if cutoff is not None:  # nothing at or beyond the cutoff, silently
            limit = max(0, min(limit, cutoff - page.offset))
        items = (
            self.store.items(org, coll, parent, limit=limit, offset=page.offset) if limit else []
        )
        return JSONResponse({"items": items, "problems": problems})

    async def create_contact(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        body = _strip(await _body(request), "id", "deleted", "representatives")
        _require(CONTACT_SCHEMAS[kind], body)
        self._validate_contact(kind, body)
        id = _new_id()
        self._claim_external_id(org, kind, id, body.get("external_id"), new=True)
        doc = {"id": id, **body, "deleted": False}
        if kind == "organization-contacts":
            doc["representatives"] = []
        self.store.put(org, kind, id, doc)
        return _created(doc)

    async def get_contact(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        return _answer(request, self._contact(org, kind, str(request.path_params["id"])))

    async def put_contact(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        id = str(request.path_params["id"])
        old = self._contact(org, kind, id)
        body = _strip(await _body(request), "id", "deleted", "representatives")
        _require(CONTACT_SCHEMAS[kind], body)
        self._validate_contact(kind, body)
        self._claim_external_id(org, kind, id, body.get("external_id"))
        doc = {"id": id, **body, "deleted": old.get("deleted", False)}
        if "representatives" in old:
            doc["representatives"] = old["representatives"]
        self.store.put(org, kind, id, doc)
        return JSONResponse(doc)

    async def delete_contact(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        id = str(request.path_params["id"])
        doc = self._contact(org, kind, id)
        doc["deleted"] = True
        self.store.put(org, kind, id, doc)
        return _no_content()

    async def get_details(self, request: Request) -> Response:
        org, kind, id, _ = self._parent(request)
        inline = bool(getattr(request.app.state, "inline_details", True))
        key = (org, kind, id, inline)
        version = self.store.version
        known = self._details_etags.get(key)
        if known is not None and known[0] == version and _matches(request, known[1]):
            return Response(status_code=304, headers={"ETag": known[1]})
        details = self.details(org, kind, id)
        if not inline:
            # As the source document has it: tags and pictures only in their own listings.
            details = _strip(details, "tags", "images")
        answer = _answer(request, details)
        self._details_etags[key] = (version, str(answer.headers["ETag"]))
        return answer

    # --- contact points -------------------------------------------------------------------

    @staticmethod
    def _cp(request: Request) -> str:
        cp = str(request.path_params["cp"])
        if cp not in CP_COLLS:
            raise _not_found(f"collection {cp!r}")
        return cp

    def _validate_cp(self, cp: str, body: JsonDict) -> None:
        point = _wire(lambda: wire.contact_point_from_wire(CP_COLLS[cp], body, SAME))
        if isinstance(point, Address):
            _check(v.validate_address(point))
        elif isinstance(point, Email):
            _check(v.validate_email(point))
        elif isinstance(point, Phone):
            _check(v.validate_phone(point))
        elif isinstance(point, WebAddress):
            _check(v.validate_web_address(point))

    def _cp_parent(self, request: Request) -> tuple[str, str]:
        if "pi" in request.path_params:
            org, _, pi_id, _ = self._pi_parent(request)
            return org, f"pi:{pi_id}"
        org, _, _, parent = self._parent(request)
        return org, parent

    def _cp_item(self, request: Request) -> tuple[str, str, str, str]:
        org, parent = self._cp_parent(request)
        cp = self._cp(request)
        item_id = str(request.path_params["item_id"])
        if self.store.parent_of(org, cp, item_id) != parent:
            raise _not_found(f"{cp} item {item_id}")
        return org, parent, cp, item_id

    async def list_cps(self, request: Request) -> Response:
        org, parent = self._cp_parent(request)
        cp = self._cp(request)
        return JSONResponse({"items": self.store.items(org, cp, parent), "problems": []})

    async def create_cp(self, request: Request) -> Response:
        org, parent = self._cp_parent(request)
        cp = self._cp(request)
        body = _strip(await _body(request), "id")
        _require(CONTACT_POINT_SCHEMAS[cp], body)
        self._validate_cp(cp, body)
        doc = {"id": _new_id(), **body}
        self.store.put(org, cp, doc["id"], doc, parent)
        return _created(doc)

    async def get_cp(self, request: Request) -> Response:
        org, _, cp, item_id = self._cp_item(request)
        return _answer(request, self.store.get(org, cp, item_id))

    async def put_cp(self, request: Request) -> Response:
        org, parent, cp, item_id = self._cp_item(request)
        body = _strip(await _body(request), "id")
        _require(CONTACT_POINT_SCHEMAS[cp], body)
        self._validate_cp(cp, body)
        doc = {"id": item_id, **body}
        self.store.put(org, cp, item_id, doc, parent)
        return JSONResponse(doc)

    async def delete_cp(self, request: Request) -> Response:
        org, _, cp, item_id = self._cp_item(request)
        self.store.delete(org, cp, item_id)
        return _no_content()

    # --- professional identities ----------------------------------------------------------

    def _validate_pi(self, org: str, body: JsonDict) -> None:
        org_id = body.get("organization_contact")
        if (
            not isinstance(org_id, str)
            or self.store.get(org, "organization-contacts", org_id) is None
        ):
            raise _invalid("organization_contact", "must name an organization contact")
        pi = _wire(lambda: wire.professional_identity_from_wire(body, SAME))
        _check(v.validate_professional_identity(pi, self._employer(org, org_id)))

    def _employer(self, org: str, id: str) -> OrganizationContact:
        """Organization ``id`` as the checks of an identity at it read it: its name, its
        departments and its locations (not every part of its details)."""
        details = {
            "organization_contact": self._contact(org, "organization-contacts", id),
            "departments": self.store.items(org, "departments", id),
            "locations": self.store.items(org, "locations", id),
        }
        found = wire.details_from_wire(details, ContactKind.ORGANIZATION, SAME)
        assert isinstance(found, OrganizationContact)
        return found

    async def list_pis(self, request: Request) -> Response:
        org, _, id, _ = self._parent_individual(request)
        return JSONResponse(
            {"items": self.store.items(org, "professional-identities", id), "problems": []}
        )

    def _parent_individual(self, request: Request) -> tuple[str, str, str, str]:
        org = str(request.path_params["org"])
        id = str(request.path_params["id"])
        self._exists(org, "individual-contacts", id)
        return org, "individual-contacts", id, f"individual-contacts:{id}"

    async def pis_details(self, request: Request) -> Response:
        org, _, id, _ = self._parent_individual(request)
        items = [
            self._pi_details(org, pi) for pi in self.store.items(org, "professional-identities", id)
        ]
        return _answer(request, {"items": items, "problems": []})

    async def create_pi(self, request: Request) -> Response:
        org, _, id, _ = self._parent_individual(request)
        body = _strip(await _body(request), "id")
        _require("ProfessionalIdentity", body)
        self._validate_pi(org, body)
        doc = {"id": _new_id(), **body}
        self.store.put(org, "professional-identities", doc["id"], doc, id)
        return _created(doc)

    async def get_pi(self, request: Request) -> Response:
        _, _, _, pi = self._pi_parent(request)
        return _answer(request, pi)

    async def pi_details(self, request: Request) -> Response:
        org, _, _, pi = self._pi_parent(request)
        return _answer(request, self._pi_details(org, pi))

    async def put_pi(self, request: Request) -> Response:
        org, id, pi_id, old = self._pi_parent(request)
        body = _strip(await _body(request), "id")
        _require("ProfessionalIdentityUpdate", body)
        given = body.get("organization_contact")
        if given is not None and given != old["organization_contact"]:
            raise _invalid("organization_contact", "cannot be changed; create a new identity")
        body["organization_contact"] = old["organization_contact"]
        self._validate_pi(org, body)
        doc = {"id": pi_id, **body}
        self.store.put(org, "professional-identities", pi_id, doc, id)
        return JSONResponse(doc)

    async def delete_pi(self, request: Request) -> Response:
        org, _, pi_id, _ = self._pi_parent(request)
        for cp in CP_COLLS:
            self.store.delete_children(org, cp, f"pi:{pi_id}")
        self.store.delete(org, "professional-identities", pi_id)
        return _no_content()

    # --- simple sub-collections (relationships, departments, locations, memberships) ------

    def _validate_sub(self, org: str, coll: str, body: JsonDict) -> None:
        _require(SUB_COLLECTION_SCHEMAS[coll], body)
        if coll == "personal-relationships":
            rel = _wire(
                lambda: PersonalRelationship.model_validate(
                    {
                        "type": body.get("type") or "",
                        "individual_contact": body.get("individual_contact") or "",
                    }
                )
            )
            if not rel.type:
                raise _invalid("type", "choose a relationship type")
            if self.store.get(org, "individual-contacts", rel.individual_contact) is None:
                raise _invalid("individual_contact", "must name an individual contact")
        elif coll == "departments":
            dep: Department = _wire(lambda: wire.department_from_wire(body, SAME))
            if not dep.name.strip():
                raise _invalid("name", "enter a name")
        elif coll == "locations":
            loc: Location = _wire(lambda: wire.location_from_wire(body, SAME))
            if not loc.name.strip():
                raise _invalid("name", "enter a name")
        else:
            m: Membership = _wire(lambda: wire.membership_from_wire(body, SAME))
            if not m.type:
                raise _invalid("type", "choose a membership type")

    def _sub_parent(self, request: Request, coll: str) -> tuple[str, str]:
        org = str(request.path_params["org"])
        id = str(request.path_params["id"])
        kind = (
            "individual-contacts" if coll == "personal-relationships" else "organization-contacts"
        )
        self._exists(org, kind, id)
        return org, id

    def sub_handlers(self, coll: str) -> dict[str, Callable[[Request], Awaitable[Response]]]:
        async def list_(request: Request) -> Response:
            org, id = self._sub_parent(request, coll)
            return JSONResponse({"items": self.store.items(org, coll, id), "problems": []})

        async def create(request: Request) -> Response:
            org, id = self._sub_parent(request, coll)
            body = _strip(await _body(request), "id")
            self._validate_sub(org, coll, body)
            doc = {"id": _new_id(), **body}
            self.store.put(org, coll, doc["id"], doc, id)
            return _created(doc)

        def item(request: Request) -> tuple[str, str, str]:
            org, id = self._sub_parent(request, coll)
            item_id = str(request.path_params["item_id"])
            if self.store.parent_of(org, coll, item_id) != id:
                raise _not_found(f"{coll} item {item_id}")
            return org, id, item_id

        async def get(request: Request) -> Response:
            org, _, item_id = item(request)
            return _answer(request, self.store.get(org, coll, item_id))

        async def put(request: Request) -> Response:
            org, id, item_id = item(request)
            body = _strip(await _body(request), "id")
            self._validate_sub(org, coll, body)
            doc = {"id": item_id, **body}
            self.store.put(org, coll, item_id, doc, id)
            return JSONResponse(doc)

        async def delete(request: Request) -> Response:
            org, _, item_id = item(request)
            self.store.delete(org, coll, item_id)
            return _no_content()

        return {"list": list_, "create": create, "get": get, "put": put, "delete": delete}

    # --- roles ----------------------------------------------------------------------------

    def role_handlers(self, segment: str) -> tuple[Callable[[Request], Awaitable[Response]], ...]:
        _, account_key = ROLES[segment]

        async def get(request: Request) -> Response:
            org, _, _, parent = self._parent(request)
            role = self.store.get(org, segment, parent)
            if role is None:
                raise _not_found(segment)
            return _answer(request, role)

        async def put(request: Request) -> Response:
            org, kind, id, parent = self._parent(request)
            body = _strip(await _body(request), account_key)
            _require(ROLE_SCHEMAS[segment], body)
            if segment == "customer-role":
                role = _wire(lambda: wire.customer_role_from_wire(body, SAME))
                _check(v.validate_customer_role(role, self._domain(org, kind, id)))
            elif segment == "supplier-role":
                _check(
                    v.validate_supplier_role(
                        _wire(lambda: wire.supplier_role_from_wire(body, SAME))
                    )
                )
            else:
                payer = _wire(lambda: wire.alternative_payer_role_from_wire(body))
                _check(v.validate_alternative_payer_role(payer))
            old = self.store.get(org, segment, parent)
            account = (
                old[account_key]
                if old
                else f"{'C' if account_key.startswith('cred') else 'D'}-{uuid.uuid4().hex[:10]}"
            )
            doc = {**body, account_key: account}
            self.store.put(org, segment, parent, doc, parent)
            return JSONResponse(doc)

        return get, put

    # --- tags -----------------------------------------------------------------------------

    async def list_tags(self, request: Request) -> Response:
        org, _, _, parent = self._parent(request)
        return JSONResponse({"items": self.store.items(org, "tags", parent), "problems": []})

    async def add_tag(self, request: Request) -> Response:
        org, _, _, parent = self._parent(request)
        body = _strip(await _body(request), "id")
        _require("Tag", body)
        name = body.get("name")
        if not isinstance(name, str):
            raise _invalid("name", "enter a name", 400)
        _check(v.validate_tag(Tag(name=name)))
        doc = {"id": _new_id(), **body}
        self.store.put(org, "tags", doc["id"], doc, parent)
        return _created(doc)

    async def delete_tag(self, request: Request) -> Response:
        org, _, _, parent = self._parent(request)
        tag_id = str(request.path_params["tag_id"])
        if self.store.parent_of(org, "tags", tag_id) != parent:
            raise _not_found(f"tag {tag_id}")
        self.store.delete(org, "tags", tag_id)
        return _no_content()

    # --- images ---------------------------------------------------------------------------

    def _image_parent(self, request: Request) -> tuple[str, str]:
        if "kind" in request.path_params:
            org, _, _, parent = self._parent(request)
            return org, parent
        org = str(request.path_params["org"])
        id = str(request.path_params["id"])
        if self.store.get(org, "placeholder-customers", id) is None:
            raise _not_found(f"placeholder customer {id}")
        return org, f"placeholder:{id}"

    async def list_images(self, request: Request) -> Response:
        org, parent = self._image_parent(request)
        items = [
            _strip(doc, "data", "media_type")
            for doc in self.store.items(org, "images", parent, newest_first=True)
        ]
        return JSONResponse({"items": items, "problems": []})

    async def add_image(self, request: Request) -> Response:
        org, parent = self._image_parent(request)
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_IMAGE_BYTES * 4 // 3 + 4096:
            raise ApiProblem(413, "Content Too Large", "data: a picture may be at most 12 MB")
        body = _strip(await _body(request), "id")
        _require("Image", body)
        text = body.pop("data", None)
        if not isinstance(text, str):
            raise _invalid("data", "expected base64 text", 400)
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise _invalid("data", "not valid base64", 400) from None
        if len(data) > MAX_IMAGE_BYTES:
            raise ApiProblem(413, "Content Too Large", "data: a picture may be at most 12 MB")
        media = wire.image_media_type(data) or "application/octet-stream"
        _check(v.validate_image(Image(media_type=media, data=data)), 400)
        id = _new_id()
        doc = {"id": id, **body, "media_type": media, "data": text}
        self.store.put(org, "images", id, doc, parent)
        return _created({"id": id, **body})

    def _image(self, request: Request) -> tuple[str, JsonDict]:
        org, parent = self._image_parent(request)
        image_id = str(request.path_params["image_id"])
        doc = self.store.get(org, "images", image_id)
        if doc is None or self.store.parent_of(org, "images", image_id) != parent:
            raise _not_found(f"image {image_id}")
        return org, doc

    async def get_image(self, request: Request) -> Response:
        _, doc = self._image(request)
        data = base64.b64decode(doc["data"])
        tag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        if request.headers.get("if-none-match") == tag:
            return Response(status_code=304, headers={"ETag": tag})
        return Response(data, media_type=doc["media_type"], headers={"ETag": tag})

    async def delete_image(self, request: Request) -> Response:
        org, doc = self._image(request)
        self.store.delete(org, "images", doc["id"])
        return _no_content()

    # --- external ids ---------------------------------------------------------------------

    def _mappings(self, body: JsonDict, kind: str) -> list[ExternalIdMapping]:
        _require("IDMappings", body)
        items = body.get("items")
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise _invalid("items", "expected a list of {internal, external}", 400)
        contact_kind = KINDS[kind]

        def read(item: JsonDict) -> ExternalIdMapping:
            mapping: ExternalIdMapping = _wire(
                lambda: wire.external_id_mapping_from_wire(item, contact_kind)
            )
            return mapping

        mappings = [read(i) for i in items]
        _check(v.validate_external_id_mappings(mappings))
        return mappings

    async def list_xids(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        return JSONResponse({"items": self.store.items(org, f"xid:{kind}"), "problems": []})

    async def add_xids(self, request: Request) -> Response:
        return await self._write_xids(request, replace=False)

    async def replace_xids(self, request: Request) -> Response:
        return await self._write_xids(request, replace=True)

    async def _write_xids(self, request: Request, *, replace: bool) -> Response:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        coll = f"xid:{kind}"
        mappings = self._mappings(await _body(request), kind)
        existing = self.store.items(org, coll)
        named_internal = {m.internal for m in mappings}
        named_external = {m.external for m in mappings}
        for i, m in enumerate(mappings):
            if self.store.get(org, kind, m.internal) is None:
                raise _invalid(f"items[{i}].internal", f"no contact {m.internal}")
            for e in existing:
                replaced = replace and (
                    e["internal"] in named_internal or e["external"] in named_external
                )
                if replaced:
                    continue
                if e["internal"] == m.internal and e["external"] != m.external:
                    raise _invalid(
                        f"items[{i}].internal", "this contact already has an external id"
                    )
                if e["external"] == m.external and e["internal"] != m.internal:
                    raise _invalid(f"items[{i}].external", f"“{m.external}” is already mapped")
        for e in existing:
            if e["internal"] in named_internal or e["external"] in named_external:
                self._set_contact_external(org, kind, e["internal"], None)
                self.store.delete(org, coll, e["external"])
        out = []
        for m in mappings:
            doc = {"internal": m.internal, "external": m.external}
            self.store.put(org, coll, m.external, doc)
            self._set_contact_external(org, kind, m.internal, m.external)
            out.append(doc)
        return JSONResponse({"items": out, "problems": []})

    def _set_contact_external(self, org: str, kind: str, id: str, external: str | None) -> None:
        doc = self.store.get(org, kind, id)
        if doc is not None and doc.get("external_id") != external:
            doc["external_id"] = external
            self.store.put(org, kind, id, doc)

    def _xid(self, request: Request) -> tuple[str, str, JsonDict]:
        org = str(request.path_params["org"])
        kind = self._kind(request)
        external = str(request.path_params["external_id"])
        doc = self.store.get(org, f"xid:{kind}", external)
        if doc is None:
            raise _not_found(f"external id {external}")
        return org, kind, doc

    async def get_xid(self, request: Request) -> Response:
        return _answer(request, self._xid(request)[2])

    async def delete_xid(self, request: Request) -> Response:
        org, kind, doc = self._xid(request)
        self.store.delete(org, f"xid:{kind}", doc["external"])
        self._set_contact_external(org, kind, doc["internal"], None)
        return _no_content()

    def _contact_xid(self, request: Request) -> tuple[str, str, JsonDict]:
        org, kind, id, _ = self._parent(request)
        for m in self.store.items(org, f"xid:{kind}"):
            if m["internal"] == id:
                return org, kind, m
        raise _not_found(f"external id of contact {id}")

    async def get_contact_xid(self, request: Request) -> Response:
        return _answer(request, self._contact_xid(request)[2])

    async def delete_contact_xid(self, request: Request) -> Response:
        org, kind, doc = self._contact_xid(request)
        self.store.delete(org, f"xid:{kind}", doc["external"])
        self._set_contact_external(org, kind, doc["internal"], None)
        return _no_content()

    # --- placeholder customers ------------------------------------------------------------

    def _validate_placeholder(self, body: JsonDict) -> None:
        _require("PlaceholderCustomer", body)
        pc = _wire(lambda: wire.placeholder_customer_from_wire({"id": "new", **body}, SAME))
        _check(v.validate_placeholder_customer(pc))

    async def list_placeholders(self, request: Request) -> Response:
        return self._page(request, str(request.path_params["org"]), "placeholder-customers", None)

    async def create_placeholder(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        body = _strip(await _body(request), "id", "deleted")
        self._validate_placeholder(body)
        doc = {"id": _new_id(), **body, "deleted": False}
        self.store.put(org, "placeholder-customers", doc["id"], doc)
        return _created(doc)

    def _placeholder(self, request: Request) -> tuple[str, JsonDict]:
        org = str(request.path_params["org"])
        id = str(request.path_params["id"])
        doc = self.store.get(org, "placeholder-customers", id)
        if doc is None:
            raise _not_found(f"placeholder customer {id}")
        return org, doc

    async def get_placeholder(self, request: Request) -> Response:
        return _answer(request, self._placeholder(request)[1])

    async def put_placeholder(self, request: Request) -> Response:
        org, old = self._placeholder(request)
        body = _strip(await _body(request), "id", "deleted")
        self._validate_placeholder(body)
        doc = {"id": old["id"], **body, "deleted": old.get("deleted", False)}
        self.store.put(org, "placeholder-customers", old["id"], doc)
        return JSONResponse(doc)

    async def delete_placeholder(self, request: Request) -> Response:
        org, doc = self._placeholder(request)
        doc["deleted"] = True
        self.store.put(org, "placeholder-customers", doc["id"], doc)
        return _no_content()

    # --- customer lists -------------------------------------------------------------------

    @staticmethod
    def _list_name(body: JsonDict) -> None:
        _require("CustomerList", body)
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _invalid("name", "enter a name (it cannot be empty)")

    async def list_lists(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        return JSONResponse({"items": self.store.items(org, "customer-lists"), "problems": []})

    async def create_list(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        body = _strip(await _body(request), "id")
        self._list_name(body)
        doc = {"id": _new_id(), **body}
        self.store.put(org, "customer-lists", doc["id"], doc)
        return _created(doc)

    def _clist(self, request: Request) -> tuple[str, JsonDict]:
        org = str(request.path_params["org"])
        list_id = str(request.path_params["list"])
        doc = self.store.get(org, "customer-lists", list_id)
        if doc is None:
            raise _not_found(f"customer list {list_id}")
        return org, doc

    async def get_list(self, request: Request) -> Response:
        return _answer(request, self._clist(request)[1])

    async def put_list(self, request: Request) -> Response:
        org, old = self._clist(request)
        body = _strip(await _body(request), "id")
        self._list_name(body)
        doc = {"id": old["id"], **body}
        self.store.put(org, "customer-lists", old["id"], doc)
        return JSONResponse(doc)

    async def delete_list(self, request: Request) -> Response:
        org, doc = self._clist(request)
        self.store.delete_children(org, "customer-list-items", doc["id"])
        self.store.delete(org, "customer-lists", doc["id"])
        return _no_content()

    async def list_list_items(self, request: Request) -> Response:
        org, doc = self._clist(request)
        return self._page(request, org, "customer-list-items", doc["id"])

    async def add_list_items(self, request: Request) -> Response:
        org, doc = self._clist(request)
        body = await _body(request)
        _require("CustomerListItems", body)
        items = body.get("items")
        if not isinstance(items, list):
            raise _invalid("items", "expected a list of {id}", 400)
        added: list[JsonDict] = []
        problems: list[JsonDict] = []
        for i, item in enumerate(items):
            cid = item.get("id") if isinstance(item, dict) else None
            known = isinstance(cid, str) and any(
                self.store.get(org, k, cid) is not None for k in KINDS
            )
            if not known:
                problems.append({"title": f"items[{i}].id", "detail": f"no contact {cid!r}"})
                continue
            ref = {"id": cid}
            self.store.put(org, "customer-list-items", f"{doc['id']}:{cid}", ref, doc["id"])
            added.append(ref)
        return JSONResponse({"items": added, "problems": problems})

    async def remove_list_item(self, request: Request) -> Response:
        org, doc = self._clist(request)
        cid = str(request.path_params["contact_id"])
        if not self.store.delete(org, "customer-list-items", f"{doc['id']}:{cid}"):
            raise _not_found(f"list member {cid}")
        return _no_content()

    # --- configuration --------------------------------------------------------------------

    async def get_config(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        doc = self.store.get(org, "contact-configuration", "config") or {
            "use_external_contact_management": False,
            "custom_workflow_config": None,
            "api_access_configuration": None,
        }
        return _answer(request, doc)

    async def put_config(self, request: Request) -> Response:
        org = str(request.path_params["org"])
        body = await _body(request)
        _require("ContactConfiguration", body)
        _wire(lambda: wire.configuration_from_wire(body))
        self.store.put(org, "contact-configuration", "config", body)
        return JSONResponse(body)


# ----------------------------------------------------------------------------------------
# the app


class BearerAuth:
    """401 unless ``Authorization: Bearer <token>`` matches."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            given = headers.get(b"authorization", b"").decode("latin-1")
            if given != f"Bearer {self.token}":
                detail = "a bearer token is required" if not given else "the token is not valid"
                response = _problem_response(401, "Unauthorized", detail, [])
                response.headers["WWW-Authenticate"] = "Bearer"
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


_K: Final = "/orgs/{org}/{kind}"
_C: Final = _K + "/{id}"
_PI: Final = "/orgs/{org}/individual-contacts/{id}/professional-identities"


def _routes(s: Server) -> list[Route]:
    routes = [
        Route(_K + "/external-ids", s.list_xids, methods=["GET"]),
        Route(_K + "/external-ids", s.add_xids, methods=["POST"]),
        Route(_K + "/external-ids", s.replace_xids, methods=["PUT"]),
        Route(_K + "/external-ids/{external_id:path}", s.get_xid, methods=["GET"]),
        Route(_K + "/external-ids/{external_id:path}", s.delete_xid, methods=["DELETE"]),
        Route("/orgs/{org}/placeholder-customers", s.list_placeholders, methods=["GET"]),
        Route("/orgs/{org}/placeholder-customers", s.create_placeholder, methods=["POST"]),
        Route("/orgs/{org}/placeholder-customers/{id}", s.get_placeholder, methods=["GET"]),
        Route("/orgs/{org}/placeholder-customers/{id}", s.put_placeholder, methods=["PUT"]),
        Route("/orgs/{org}/placeholder-customers/{id}", s.delete_placeholder, methods=["DELETE"]),
        Route("/orgs/{org}/placeholder-customers/{id}/images", s.list_images, methods=["GET"]),
        Route("/orgs/{org}/placeholder-customers/{id}/images", s.add_image, methods=["POST"]),
        Route(
            "/orgs/{org}/placeholder-customers/{id}/images/{image_id}",
            s.get_image,
            methods=["GET"],
        ),
        Route(
            "/orgs/{org}/placeholder-customers/{id}/images/{image_id}",
            s.delete_image,
            methods=["DELETE"],
        ),
        Route("/orgs/{org}/customer-lists", s.list_lists, methods=["GET"]),
        Route("/orgs/{org}/customer-lists", s.create_list, methods=["POST"]),
        Route("/orgs/{org}/customer-lists/{list}", s.get_list, methods=["GET"]),
        Route("/orgs/{org}/customer-lists/{list}", s.put_list, methods=["PUT"]),
        Route("/orgs/{org}/customer-lists/{list}", s.delete_list, methods=["DELETE"]),
        Route("/orgs/{org}/customer-lists/{list}/items", s.list_list_items, methods=["GET"]),
        Route("/orgs/{org}/customer-lists/{list}/items", s.add_list_items, methods=["POST"]),
        Route(
            "/orgs/{org}/customer-lists/{list}/items/{contact_id}",
            s.remove_list_item,
            methods=["DELETE"],
        ),
        Route("/orgs/{org}/contact-configuration", s.get_config, methods=["GET"]),
        Route("/orgs/{org}/contact-configuration", s.put_config, methods=["PUT"]),
        # professional identities (before the generic contact sub-paths)
        Route(_PI, s.list_pis, methods=["GET"]),
        Route(_PI, s.create_pi, methods=["POST"]),
        Route(_PI + "/details", s.pis_details, methods=["GET"]),
        Route(_PI + "/{pi}", s.get_pi, methods=["GET"]),
        Route(_PI + "/{pi}", s.put_pi, methods=["PUT"]),
        Route(_PI + "/{pi}", s.delete_pi, methods=["DELETE"]),
        Route(_PI + "/{pi}/details", s.pi_details, methods=["GET"]),
        Route(_PI + "/{pi}/{cp}", s.list_cps, methods=["GET"]),
        Route(_PI + "/{pi}/{cp}", s.create_cp, methods=["POST"]),
        Route(_PI + "/{pi}/{cp}/{item_id}", s.get_cp, methods=["GET"]),
        Route(_PI + "/{pi}/{cp}/{item_id}", s.put_cp, methods=["PUT"]),
        Route(_PI + "/{pi}/{cp}/{item_id}", s.delete_cp, methods=["DELETE"]),
    ]
    subs = [
        ("/orgs/{org}/individual-contacts/{id}/personal-relationships", "personal-relationships"),
        ("/orgs/{org}/organization-contacts/{id}/departments", "departments"),
        ("/orgs/{org}/organization-contacts/{id}/locations", "locations"),
        ("/orgs/{org}/organization-contacts/{id}/memberships", "memberships"),
    ]
    for base, coll in subs:
        h = s.sub_handlers(coll)
        routes += [
            Route(base, h["list"], methods=["GET"]),
            Route(base, h["create"], methods=["POST"]),
            Route(base + "/{item_id}", h["get"], methods=["GET"]),
            Route(base + "/{item_id}", h["put"], methods=["PUT"]),
            Route(base + "/{item_id}", h["delete"], methods=["DELETE"]),
        ]
    for segment in ROLES:
        get, put = s.role_handlers(segment)
        routes += [
            Route(_C + "/" + segment, get, methods=["GET"]),
            Route(_C + "/" + segment, put, methods=["PUT"]),
        ]
    routes += [
        Route(_K, s.list_contacts, methods=["GET"]),
        Route(_K, s.create_contact, methods=["POST"]),
        Route(_C, s.get_contact, methods=["GET"]),
        Route(_C, s.put_contact, methods=["PUT"]),
        Route(_C, s.delete_contact, methods=["DELETE"]),
        Route(_C + "/details", s.get_details, methods=["GET"]),
        Route(_C + "/external-id", s.get_contact_xid, methods=["GET"]),
        Route(_C + "/external-id", s.delete_contact_xid, methods=["DELETE"]),
        Route(_C + "/tags", s.list_tags, methods=["GET"]),
        Route(_C + "/tags", s.add_tag, methods=["POST"]),
        Route(_C + "/tags/{tag_id}", s.delete_tag, methods=["DELETE"]),
        Route(_C + "/images", s.list_images, methods=["GET"]),
        Route(_C + "/images", s.add_image, methods=["POST"]),
        Route(_C + "/images/{image_id}", s.get_image, methods=["GET"]),
        Route(_C + "/images/{image_id}", s.delete_image, methods=["DELETE"]),
        Route(_C + "/{cp}", s.list_cps, methods=["GET"]),
        Route(_C + "/{cp}", s.create_cp, methods=["POST"]),
        Route(_C + "/{cp}/{item_id}", s.get_cp, methods=["GET"]),
        Route(_C + "/{cp}/{item_id}", s.put_cp, methods=["PUT"]),
        Route(_C + "/{cp}/{item_id}", s.delete_cp, methods=["DELETE"]),
    ]
    return routes


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return _problem_response(exc.status, exc.title, exc.detail, exc.problems)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    title = {404: "Not Found", 405: "Method Not Allowed"}.get(exc.status_code, "Error")
    return _problem_response(exc.status_code, title, str(exc.detail), [])


def create_app(db_path: Path, token: str, faults: Faults | None = None) -> Starlette:
    """The reference server as an ASGI app; ``app.state.faults`` can be changed at runtime,
    ``app.state.stats`` (:class:`RequestStats`) records every request, ``app.state.store`` is
    its :class:`DocumentStore`; ``app.state.inline_details`` (default true) sends a contact's
    tags and pictures inside ``details`` too."""
    store = DocumentStore(Path(db_path))
    server = Server(store)
    app = Starlette(
        routes=_routes(server),
        middleware=[
            Middleware(StatsMiddleware),
            Middleware(FaultMiddleware),
            Middleware(BearerAuth, token=token),
            Middleware(RequestFaultMiddleware),
        ],
        exception_handlers={ApiProblem: _on_problem, HTTPException: _on_http},
    )
    app.router = IndexedRouter(app.router.routes)
    app.state.faults = faults or Faults()
    # False: ``details`` without tags and pictures, exactly as the source document has it.
    app.state.inline_details = True
    app.state.stats = RequestStats()
    app.state.store = store
    return app
