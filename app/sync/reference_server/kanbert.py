"""Reference server for Kanbert contacts (the ``ContactData`` schema of the Kanbert API).

The document gives the schema, not the paths; these are the assumed ones (served from the root
of the base URL, as ``https://api.kanbert.com/api/v1`` would be):

* ``GET /contacts?page=&per_page=`` — ``{"data": [...], "meta": {"current_page", "per_page",
  "total", "last_page"}, "problems": [...]}``, oldest first; ``per_page`` 1..1000 (default
  25).  Deleted contacts stay listed with ``deleted_at`` set (tombstones).
  ``GET /contacts?external_id=X`` lists only the contacts with that external id (how a client
  finds a contact whose create answer it lost).
* ``POST /contacts`` (201), ``GET /contacts/{id}`` (with an ETag; 304 on ``If-None-Match``),
  ``PUT /contacts/{id}`` (the fields sent replace those fields; fields left out keep their
  value; ``null`` clears), ``DELETE /contacts/{id}`` (204; sets ``deleted_at``, the contact is
  still returned and listed; a deleted contact cannot be changed: 409).
* ``GET /companies`` (paged the same way), ``POST /companies`` (``name`` required),
  ``GET /companies/{id}``.  The document names companies only as what a contact's
  ``companies`` holds (``CompanyData``, with no fields given); Kontor reads them and never
  writes one — ``POST /companies`` is there to fill the server.

Single records are answered as ``{"data": {...}}``.  Every write sets ``updated_at`` (always
later than the one before); ``created_at`` on create.  ``owner`` and ``client`` are read-only:
a new contact is owned by the integration user of the token; values sent for them are ignored.
A contact's companies are written as ``[{"id": company id, "contact_company": {"position":
…}}]`` and answered with the company's data added.  Fields the schema does not name are kept
as sent and answered back.

Checks (422 naming each field): text fields are text or null; ``email`` / ``email_private``
are e-mail addresses; ``birthday`` is a date (``YYYY-MM-DD``); ``address_country.code`` is an
ISO 3166-1 alpha-2 code (the server fills in ``id`` and ``name``); ``custom_fields`` values are
text, true/false, whole numbers or null; companies exist; ``external_id`` is unique.  A contact
needs a first or a last name (an assumption: the document does not say).
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date
from pathlib import Path
from typing import Any, Final

import pycountry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.domain import checks
from app.sync.reference_server.app import _answer
from app.sync.reference_server.common import (
    Clock,
    Refusal,
    is_text,
    is_whole_number,
    json_object,
    listing_switches,
    make_app,
    not_found,
)
from app.sync.reference_server.faults import FaultPaths, Faults, numbered_page
from app.sync.reference_server.store import DocumentStore, JsonDict

SPACE: Final = "kanbert"  # the store's tenant key: one space per server
CONTACTS: Final = "contacts"
COMPANIES: Final = "companies"
DEFAULT_PER_PAGE: Final = 25
MAX_PER_PAGE: Final = 1000

TEXT_FIELDS: Final = (
    "external_id",
    "external_origin",
    "gender",
    "first_name",
    "last_name",
    "title",
    "title_suffix",
    "position",
    "locale",
    "fax",
    "telephone",
    "telephone_private",
    "mobile",
    "mobile_private",
    "address_street",
    "address_house",
    "address_street2",
    "address_zip",
    "address_state",
    "address_town",
)
EMAIL_FIELDS: Final = ("email", "email_private")
READ_ONLY: Final = ("id", "owner", "client", "created_at", "updated_at", "deleted_at")
OWNER_TYPES: Final = ("user", "guest", "tax_advisor", "integration")
INTEGRATION_USER: Final = {
    "id": "integration-user",
    "first_name": "Kontor",
    "last_name": "Integration",
    "email": "integration@kanbert.invalid",
    "type": "integration",
    "space": {"id": "reference-space", "name": "Reference space"},
}
KANBERT_PATHS: Final = FaultPaths(
    tenant=None, listings=re.compile(r"/contacts|/companies"), page_of=numbered_page
)
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def country(code: str) -> JsonDict | None:
    """The server's country record for an ISO 3166-1 alpha-2 code, ``None`` if unknown."""
    if not re.fullmatch(r"[A-Za-z]{2}", code):
        return None
    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return None
    return {"id": f"country-{found.alpha_2.lower()}", "name": found.name, "code": found.alpha_2}


class KanbertServer:
    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self.clock = Clock()

    # --- paging ---------------------------------------------------------------------------

    def _page(self, request: Request, coll: str, match: dict[str, str] | None = None) -> Response:
        try:
            page = int(request.query_params.get("page", "1"))
            per_page = int(request.query_params.get("per_page", str(DEFAULT_PER_PAGE)))
        except ValueError:
            raise Refusal(400, [("page", "page and per_page must be whole numbers")]) from None
        problems: list[tuple[str, str]] = []
        if page < 1:
            problems.append(("page", "must be at least 1"))
        if not 1 <= per_page <= MAX_PER_PAGE:
            problems.append(("per_page", f"must be between 1 and {MAX_PER_PAGE}"))
        if problems:
            raise Refusal(400, problems)
        partial, cutoff = listing_switches(request)
        offset = (page - 1) * per_page
        if match:
            found = (
                self.store.with_external_id(SPACE, coll, match["external_id"])
                if "external_id" in match
                else self.store.items(SPACE, coll)
            )
            everything = [d for d in found if all(d.get(k) == v for k, v in match.items())]
            total = len(everything)
        else:
            everything = None
            total = self.store.count(SPACE, coll)
        if cutoff is not None:  # nothing at or beyond the cutoff, silently
            total = min(total, cutoff)
        limit = max(0, min(per_page - (1 if partial else 0), total - offset))
        notes = (
            [{"title": "Partial page", "detail": f"an item at {offset} could not be read"}]
            if partial
            else []
        )
        meta = {
            "current_page": page,
            "per_page": per_page,
            "total": total,
            "last_page": max(1, -(-total // per_page)),
        }
        if everything is not None:
            listed = [self._out(coll, d) for d in everything[offset : offset + limit]]
            return JSONResponse({"data": listed, "meta": meta, "problems": notes})
        # The stored texts joined as they are: only a contact naming companies is read, to
        # add what the server has of them (a page of contacts costs little more than its
        # bytes, as a real server's would).
        named = "$.companies" if coll == CONTACTS else ""
        texts = self.store.texts(SPACE, coll, limit=limit, offset=offset, array=named)
        data = ",".join(
            _json(self._out(coll, json.loads(text))) if companies else text
            for text, companies in texts
        )
        body = f'{{"data":[{data}],"meta":{_json(meta)},"problems":{_json(notes)}}}'
        return Response(body.encode(), media_type="application/json")

    def _out(self, coll: str, doc: JsonDict) -> JsonDict:
        if coll != CONTACTS:
            return doc
        companies = []
        for link in doc.get("companies") or []:
            company = self.store.get(SPACE, COMPANIES, str(link.get("id"))) or {"id": link["id"]}
            companies.append({**company, "contact_company": link.get("contact_company")})
        return {**doc, "companies": companies}

    # --- contacts -------------------------------------------------------------------------

    def _contact(self, id: str) -> JsonDict:
        doc = self.store.get(SPACE, CONTACTS, id)
        if doc is None:
            raise not_found(f"contact {id}")
        return doc

    def _problems(self, body: JsonDict, id: str | None) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        for name in TEXT_FIELDS:
            if name in body and not is_text(body[name]):
                problems.append((name, "must be text or null"))
        for name in EMAIL_FIELDS:
            value = body.get(name)
            if not is_text(value):
                problems.append((name, "must be an e-mail address or null"))
            elif value is not None and (reason := checks.email_problem(value)):
                problems.append((name, f"is not a valid e-mail address ({reason})"))
        birthday = body.get("birthday")
        if birthday is not None:
            problems += _date_problems("birthday", birthday)
        problems += _country_problems(body)
        problems += _custom_field_problems(body)
        problems += self._company_problems(body)
        external = body.get("external_id")
        if isinstance(external, str) and external:
            for other in self.store.with_external_id(SPACE, CONTACTS, external):
                if other["id"] != id:
                    problems.append(("external_id", f"is already used by contact {other['id']}"))
                    break
        return problems

    def _company_problems(self, body: JsonDict) -> list[tuple[str, str]]:
        if "companies" not in body or body["companies"] is None:
            return []
        links = body["companies"]
        if not isinstance(links, list):
            return [("companies", "must be a list")]
        problems: list[tuple[str, str]] = []
        for i, link in enumerate(links):
            where = f"companies[{i}]"
            if not isinstance(link, dict) or not isinstance(link.get("id"), str):
                problems.append((f"{where}.id", "each company needs the id of a company"))
                continue
            if self.store.get(SPACE, COMPANIES, link["id"]) is None:
                problems.append((f"{where}.id", f"company {link['id']} not found"))
            pivot = link.get("contact_company")
            if pivot is not None and (
                not isinstance(pivot, dict) or not is_text(pivot.get("position"))
            ):
                problems.append((f"{where}.contact_company.position", "must be text or null"))
        return problems

    def _stored(self, doc: JsonDict) -> JsonDict:
        """``doc`` as stored: companies as links only, the country as the server's record."""
        out = dict(doc)
        if isinstance(out.get("address_country"), dict):
            out["address_country"] = country(str(out["address_country"]["code"]))
        out["companies"] = [
            {
                "id": link["id"],
                "contact_company": {
                    "position": (link.get("contact_company") or {}).get("position")
                },
            }
            for link in out.get("companies") or []
        ]
        return out

    def _check(self, doc: JsonDict, body: JsonDict, id: str | None) -> None:
        problems = self._problems(body, id)
        if not (doc.get("first_name") or doc.get("last_name")):
            needed = "a contact needs a first name or a last name"
            problems += [("first_name", needed), ("last_name", needed)]
        if problems:
            raise Refusal(422, problems)

    async def list_contacts(self, request: Request) -> Response:
        external = request.query_params.get("external_id")
        return self._page(request, CONTACTS, {"external_id": external} if external else None)

    async def create_contact(self, request: Request) -> Response:
        body = _writable(await json_object(request))
        blank: JsonDict = dict.fromkeys((*TEXT_FIELDS, *EMAIL_FIELDS), None)
        doc = {**blank, "birthday": None, "address_country": None, "custom_fields": {}, **body}
        if doc.get("custom_fields") is None:
            doc["custom_fields"] = {}
        self._check(doc, body, None)
        now = self.clock.now()
        id = str(uuid.uuid4())
        doc = self._stored(
            {
                **doc,
                "id": id,
                "owner": INTEGRATION_USER,
                "client": None,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
        self.store.put(SPACE, CONTACTS, id, doc)
        return JSONResponse({"data": self._out(CONTACTS, doc)}, status_code=201)

    async def get_contact(self, request: Request) -> Response:
        doc = self._contact(str(request.path_params["id"]))
        return _answer(request, {"data": self._out(CONTACTS, doc)})

    async def put_contact(self, request: Request) -> Response:
        id = str(request.path_params["id"])
        old = self._contact(id)
        if old.get("deleted_at"):
            raise Refusal(409, [("deleted_at", f"contact {id} was deleted at {old['deleted_at']}")])
        body = _writable(await json_object(request))
        doc = {**old, **body}
        if doc.get("custom_fields") is None:
            doc["custom_fields"] = {}
        self._check(doc, body, id)
        doc = self._stored({**doc, "updated_at": self.clock.now()})
        self.store.put(SPACE, CONTACTS, id, doc)
        return JSONResponse({"data": self._out(CONTACTS, doc)})

    async def delete_contact(self, request: Request) -> Response:
        id = str(request.path_params["id"])
        doc = self._contact(id)
        if not doc.get("deleted_at"):
            now = self.clock.now()
            self.store.put(SPACE, CONTACTS, id, {**doc, "deleted_at": now, "updated_at": now})
        return Response(status_code=204)

    # --- companies ------------------------------------------------------------------------

    async def list_companies(self, request: Request) -> Response:
        return self._page(request, COMPANIES)

    async def create_company(self, request: Request) -> Response:
        body = _writable(await json_object(request))
        problems: list[tuple[str, str]] = []
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(("name", "a company needs a name"))
        for field in ("external_id", "external_origin"):
            if not is_text(body.get(field)):
                problems.append((field, "must be text or null"))
        if problems:
            raise Refusal(422, problems)
        now = self.clock.now()
        id = str(uuid.uuid4())
        doc = {
            "external_id": None,
            "external_origin": None,
            **body,
            "id": id,
            "created_at": now,
            "updated_at": now,
        }
        self.store.put(SPACE, COMPANIES, id, doc)
        return JSONResponse({"data": doc}, status_code=201)

    async def get_company(self, request: Request) -> Response:
        id = str(request.path_params["id"])
        doc = self.store.get(SPACE, COMPANIES, id)
        if doc is None:
            raise not_found(f"company {id}")
        return _answer(request, {"data": doc})


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _writable(body: JsonDict) -> JsonDict:
    return {k: v for k, v in body.items() if k not in READ_ONLY}


def _date_problems(field: str, value: Any) -> list[tuple[str, str]]:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return [(field, "must be a date written YYYY-MM-DD")]
    try:
        date.fromisoformat(value)
    except ValueError:
        return [(field, f"is not a date in the calendar — {value}")]
    return []


def _country_problems(body: JsonDict) -> list[tuple[str, str]]:
    value = body.get("address_country")
    if value is None:
        return []
    if not isinstance(value, dict):
        return [("address_country", "must be an object with a code, or null")]
    code = value.get("code")
    if not isinstance(code, str) or country(code) is None:
        return [("address_country.code", f"is not an ISO 3166-1 alpha-2 country code — {code}")]
    return []


def _custom_field_problems(body: JsonDict) -> list[tuple[str, str]]:
    values = body.get("custom_fields")
    if values is None:
        return []
    if not isinstance(values, dict):
        return [("custom_fields", "must be an object of field names and values")]
    return [
        (f"custom_fields.{key}", "must be text, true or false, a whole number, or null")
        for key, value in values.items()
        if not (value is None or isinstance(value, str | bool) or is_whole_number(value))
    ]


def create_kanbert_app(db_path: Path, token: str, faults: Faults | None = None) -> Starlette:
    """The Kanbert reference server as an ASGI app (``app.state.faults`` / ``stats`` /
    ``store`` as for the Contacts API server)."""
    store = DocumentStore(Path(db_path))
    s = KanbertServer(store)
    routes = [
        Route("/contacts", s.list_contacts, methods=["GET"]),
        Route("/contacts", s.create_contact, methods=["POST"]),
        Route("/contacts/{id}", s.get_contact, methods=["GET"]),
        Route("/contacts/{id}", s.put_contact, methods=["PUT"]),
        Route("/contacts/{id}", s.delete_contact, methods=["DELETE"]),
        Route("/companies", s.list_companies, methods=["GET"]),
        Route("/companies", s.create_company, methods=["POST"]),
        Route("/companies/{id}", s.get_company, methods=["GET"]),
    ]
    return make_app(token, faults, routes, KANBERT_PATHS, store)
