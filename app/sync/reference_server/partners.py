"""Reference server for the partner-organizations portal (organizations of a partner, their
types and customers), under ``/api/internal/v1/partners/{partner_id}`` as documented:

* ``GET organizations?search=&types[]=`` — every organization of the partner (no paging),
  filtered by name (case-insensitive, part of the name) and by type: ``{"data": [...],
  "problems": [...]}``, oldest first;
* ``POST organizations`` (201), ``GET organizations/{id}`` (with an ETag; 304 on
  ``If-None-Match``), ``PUT organizations/{id}`` (the fields sent replace those fields, an
  ``address`` / ``phone_number`` / ``fax_number`` as a whole; fields left out keep their value;
  ``null`` clears).  There is **no delete**: ``DELETE`` is answered 405.
* ``GET organizations/types`` — ``{"data": ["club", …]}``; ``app.state.organization_types`` is
  the list (a test may add a type, as the portal may);
* ``GET / POST / DELETE organizations/{id}/customers`` — ``{"data": [{"customer_id": 5}]}``;
  adding a customer already there changes nothing (200 instead of 201); ``DELETE`` takes
  ``customer_id`` from the query or a JSON body (204, also when it was not there).
* ``GET countries`` (*assumed*, the document uses ``country_id`` / ``state_id`` without
  saying where they come from) — ``{"data": [{"id", "code", "name", "states": [{"id",
  "code", "name"}]}]}``: the portal's own ids, not ISO codes.

Single records are answered as ``{"data": {...}}``; ids are whole numbers per partner; every
write sets ``updated_at`` (adding or removing a customer too).  A partner id is a whole number
(404 otherwise).

Checks (400 for a missing ``name`` / ``type`` on create, 422 otherwise, naming each field):
``type`` is one of the types; ``email`` an e-mail address; ``founding_year`` and
``address.post_code`` whole numbers; ``address.country_id`` / ``state_id`` ids of the country
list, the state one of that country's; ``phone_number`` / ``fax_number`` have a ``prefix``
(``+`` and the country code) and a ``number`` (digits, spaces allowed); text fields are text.
"""

from __future__ import annotations

import re
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
from app.sync.reference_server.faults import FaultPaths, Faults, single_page
from app.sync.reference_server.store import DocumentStore, JsonDict

PREFIX: Final = "/api/internal/v1/partners/{partner_id}"
ORGS: Final = "organizations"
CUSTOMERS: Final = "customers"
ORGANIZATION_TYPES: Final = ("club", "company", "school", "hobby_group", "kindergarten")
TEXT_FIELDS: Final = ("internal_note", "uid", "zvr", "dvr")
ADDRESS_TEXT: Final = ("street_name", "street_number", "additional_information", "city")
WRITABLE: Final = (
    "name",
    "type",
    "email",
    *TEXT_FIELDS,
    "founding_year",
    "address",
    "phone_number",
    "fax_number",
)
PARTNER_PATHS: Final = FaultPaths(
    tenant=re.compile(r"/api/internal/v1/partners/(?P<tenant>[^/]*)"),
    listings=re.compile(r"/api/internal/v1/partners/[^/]+/organizations"),
    page_of=single_page,
)
STATE_COUNTRIES: Final = ("AT", "DE", "CH")  # the countries whose states the portal lists
_PREFIX: Final = re.compile(r"\+[1-9][0-9]{0,2}")
_NUMBER: Final = re.compile(r"[0-9][0-9 ]*")


def _country_list() -> list[JsonDict]:
    """The portal's countries: ids from 1 in the order of their ISO codes; the states of a few
    countries, ids from 1001."""
    countries: list[JsonDict] = []
    state_id = 1000
    for number, found in enumerate(sorted(pycountry.countries, key=lambda c: c.alpha_2), 1):
        states: list[JsonDict] = []
        if found.alpha_2 in STATE_COUNTRIES:
            subdivisions = pycountry.subdivisions.get(country_code=found.alpha_2) or []
            for sub in sorted(subdivisions, key=lambda s: s.code):
                if sub.parent_code is None:
                    state_id += 1
                    states.append({"id": state_id, "code": sub.code, "name": sub.name})
        countries.append(
            {"id": number, "code": found.alpha_2, "name": found.name, "states": states}
        )
    return countries


COUNTRIES: Final = _country_list()
_STATES_OF: Final = {c["id"]: {s["id"] for s in c["states"]} for c in COUNTRIES}


def country_id_of(code: str) -> int | None:
    """The portal's id of an ISO 3166-1 alpha-2 country code."""
    return next((c["id"] for c in COUNTRIES if c["code"] == code.upper()), None)


class PartnerServer:
    def __init__(self, store: DocumentStore, types: list[str]) -> None:
        self.store = store
        self.types = types
        self.clock = Clock()

    @staticmethod
    def _partner(request: Request) -> str:
        partner = str(request.path_params["partner_id"])
        if not partner.isdigit():
            raise Refusal(404, [("partner_id", f"partner {partner} not found")])
        return partner

    def _org(self, partner: str, id: str) -> JsonDict:
        doc = self.store.get(partner, ORGS, id) if id.isdigit() else None
        if doc is None:
            raise not_found(f"organization {id}")
        return doc

    # --- checks ---------------------------------------------------------------------------

    def _problems(self, body: JsonDict) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if "name" in body and (not isinstance(body["name"], str) or not body["name"].strip()):
            problems.append(("name", "an organization needs a name"))
        if "type" in body and body["type"] not in self.types:
            problems.append(("type", f"must be one of: {', '.join(self.types)}"))
        email = body.get("email")
        if not is_text(email):
            problems.append(("email", "must be an e-mail address or null"))
        elif email and (reason := checks.email_problem(email)):
            problems.append(("email", f"is not a valid e-mail address ({reason})"))
        problems += [(n, "must be text or null") for n in TEXT_FIELDS if not is_text(body.get(n))]
        year = body.get("founding_year")
        if year is not None and not is_whole_number(year):
            problems.append(("founding_year", "must be a number (a year)"))
        problems += _address_problems(body.get("address"))
        for name in ("phone_number", "fax_number"):
            problems += _phone_problems(name, body.get(name))
        return problems

    # --- organizations --------------------------------------------------------------------

    async def list_orgs(self, request: Request) -> Response:
        partner = self._partner(request)
        search = request.query_params.get("search", "").casefold()
        types = request.query_params.getlist("types[]") + request.query_params.getlist("types")
        items = [
            d
            for d in self.store.items(partner, ORGS)
            if search in str(d.get("name") or "").casefold() and (not types or d["type"] in types)
        ]
        partial, cutoff = listing_switches(request)
        if cutoff is not None:  # nothing at or beyond the cutoff, silently
            items = items[:cutoff]
        notes: list[JsonDict] = []
        if partial and items:
            items = items[:-1]
            notes.append({"title": "Partial listing", "detail": "an item could not be read"})
        return JSONResponse({"data": items, "problems": notes})

    async def create_org(self, request: Request) -> Response:
        partner = self._partner(request)
        body = {k: v for k, v in (await json_object(request)).items() if k in WRITABLE}
        missing = [n for n in ("name", "type") if body.get(n) is None]
        if missing:
            raise Refusal(400, [(n, "is required") for n in missing])
        problems = self._problems(body)
        if problems:
            raise Refusal(422, problems)
        now = self.clock.now()
        blank: JsonDict = dict.fromkeys(WRITABLE)
        doc = self.store.add_numbered(
            partner, ORGS, {**blank, **body, "created_at": now, "updated_at": now}
        )
        return JSONResponse({"data": doc}, status_code=201)

    async def get_org(self, request: Request) -> Response:
        doc = self._org(self._partner(request), str(request.path_params["id"]))
        return _answer(request, {"data": doc})

    async def put_org(self, request: Request) -> Response:
        partner = self._partner(request)
        old = self._org(partner, str(request.path_params["id"]))
        body = {k: v for k, v in (await json_object(request)).items() if k in WRITABLE}
        problems = self._problems(body)
        for name in ("name", "type"):
            if name in body and body[name] is None:
                problems.append((name, "is required"))
        if problems:
            raise Refusal(422, problems)
        doc = {**old, **body, "updated_at": self.clock.now()}
        self.store.put(partner, ORGS, str(doc["id"]), doc)
        return JSONResponse({"data": doc})

    async def list_types(self, request: Request) -> Response:
        self._partner(request)
        return JSONResponse({"data": list(self.types)})

    async def list_countries(self, request: Request) -> Response:
        self._partner(request)
        return JSONResponse({"data": COUNTRIES})

    # --- customers ------------------------------------------------------------------------

    def _touch(self, partner: str, org: JsonDict) -> None:
        self.store.put(partner, ORGS, str(org["id"]), {**org, "updated_at": self.clock.now()})

    async def list_customers(self, request: Request) -> Response:
        partner = self._partner(request)
        org = self._org(partner, str(request.path_params["id"]))
        items = self.store.items(partner, CUSTOMERS, str(org["id"]))
        return JSONResponse({"data": items})

    async def add_customer(self, request: Request) -> Response:
        partner = self._partner(request)
        org = self._org(partner, str(request.path_params["id"]))
        customer = (await json_object(request)).get("customer_id")
        _check_customer(customer)
        key = f"{org['id']}:{customer}"
        if self.store.get(partner, CUSTOMERS, key) is not None:
            return JSONResponse({"data": {"customer_id": customer}})
        self.store.put(partner, CUSTOMERS, key, {"customer_id": customer}, parent=str(org["id"]))
        self._touch(partner, org)
        return JSONResponse({"data": {"customer_id": customer}}, status_code=201)

    async def remove_customer(self, request: Request) -> Response:
        partner = self._partner(request)
        org = self._org(partner, str(request.path_params["id"]))
        given: Any = request.query_params.get("customer_id")
        if given is None:
            given = (await json_object(request)).get("customer_id")
        elif given.isdigit():
            given = int(given)
        _check_customer(given)
        if self.store.delete(partner, CUSTOMERS, f"{org['id']}:{given}"):
            self._touch(partner, org)
        return Response(status_code=204)


def _check_customer(value: Any) -> None:
    if value is None:
        raise Refusal(400, [("customer_id", "is required")])
    if not is_whole_number(value) or value < 1:
        raise Refusal(422, [("customer_id", "must be the id of a customer (a whole number)")])


def _address_problems(address: Any) -> list[tuple[str, str]]:
    if address is None:
        return []
    if not isinstance(address, dict):
        return [("address", "must be an object or null")]
    problems = [
        (f"address.{n}", "must be text or null")
        for n in ADDRESS_TEXT
        if not is_text(address.get(n))
    ]
    post_code = address.get("post_code")
    if post_code is not None and not is_whole_number(post_code):
        problems.append(("address.post_code", f"must be a number — {post_code}"))
    country, state = address.get("country_id"), address.get("state_id")
    if country is not None and (not is_whole_number(country) or country not in _STATES_OF):
        problems.append(("address.country_id", f"is not a country of the list — {country}"))
        country = None
    if state is not None:
        if not is_whole_number(state) or not any(state in s for s in _STATES_OF.values()):
            problems.append(("address.state_id", f"is not a state of the list — {state}"))
        elif country is not None and state not in _STATES_OF[country]:
            problems.append(("address.state_id", f"state {state} is not in country {country}"))
    return problems


def _phone_problems(name: str, value: Any) -> list[tuple[str, str]]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return [(name, "must be an object with prefix and number, or null")]
    problems = []
    prefix, number = value.get("prefix"), value.get("number")
    if not isinstance(prefix, str) or not _PREFIX.fullmatch(prefix):
        problems.append((f"{name}.prefix", f"must be + and a country code, e.g. +43 — {prefix}"))
    if not isinstance(number, str) or not _NUMBER.fullmatch(number):
        problems.append((f"{name}.number", f"must be the number in digits — {number}"))
    return problems


def create_partners_app(
    db_path: Path, token: str, faults: Faults | None = None, types: list[str] | None = None
) -> Starlette:
    """The partner-portal reference server as an ASGI app (``app.state.faults`` / ``stats`` /
    ``store`` as for the Contacts API server; ``app.state.organization_types`` its types)."""
    store = DocumentStore(Path(db_path))
    allowed = list(types or ORGANIZATION_TYPES)
    s = PartnerServer(store, allowed)
    orgs = PREFIX + "/organizations"
    routes = [
        Route(orgs, s.list_orgs, methods=["GET"]),
        Route(orgs, s.create_org, methods=["POST"]),
        Route(orgs + "/types", s.list_types, methods=["GET"]),
        Route(orgs + "/{id}", s.get_org, methods=["GET"]),
        Route(orgs + "/{id}", s.put_org, methods=["PUT"]),
        Route(orgs + "/{id}/customers", s.list_customers, methods=["GET"]),
        Route(orgs + "/{id}/customers", s.add_customer, methods=["POST"]),
        Route(orgs + "/{id}/customers", s.remove_customer, methods=["DELETE"]),
        Route(PREFIX + "/countries", s.list_countries, methods=["GET"]),
    ]
    app = make_app(token, faults, routes, PARTNER_PATHS, store)
    app.state.organization_types = allowed
    return app
