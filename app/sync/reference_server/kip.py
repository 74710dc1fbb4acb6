"""Reference server for KIP's People API (``000_...``): create and update companies, and the
export of the user's own data.

* ``POST /companies`` — every required field (``name``, ``addressLine1``, ``addressLine4``,
  ``postalCode``, ``country``, ``phoneNumber``, ``mobilePhoneNumber``, ``email``,
  ``taxRegistrationNumber``, ``companyRegistrationNumber``, ``language``) or 400 naming the
  missing ones; the patterns (``country`` ``[a-zA-Z]{2,4}``, phone numbers at most 35
  characters, ``email`` an address, the registration numbers ``[a-zA-Z0-9]{0,16}``,
  ``language`` ``[a-zA-Z]{2,3}``) or 422 naming each field.  Answers 201
  ``{"data": uuid, "links": [...]}``.
* ``PUT /companies/{companyId}`` — the update request (every required field but the two
  registration numbers); sending a registration number different from the one the company was
  created with is refused 422 ("can't change after create").  Answers 200 without a body; 404
  for an unknown company.
* ``POST /users/me/exports/data`` — starts an export job: 202 ``{"data": {"id", "status"},
  "links": [{"rel", "href"}]}``.

There is no read path, as in KIP.  Tests look at what was stored through ``app.state.store``
(:func:`companies`: each company as stored, with its ``uuid``).  The standard fault switches
apply; there are no listings, so the listing switches have nothing to act on.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any, Final

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.domain import checks
from app.sync.reference_server.common import Refusal, json_object, make_app, not_found
from app.sync.reference_server.faults import FaultPaths, Faults, single_page
from app.sync.reference_server.store import DocumentStore, JsonDict

TENANT: Final = "kip"
COMPANIES: Final = "companies"
EXPORTS: Final = "exports"
REQUIRED: Final = (
    "name",
    "addressLine1",
    "addressLine4",
    "postalCode",
    "country",
    "phoneNumber",
    "mobilePhoneNumber",
    "email",
    "taxRegistrationNumber",
    "companyRegistrationNumber",
    "language",
)
CREATE_ONLY: Final = ("taxRegistrationNumber", "companyRegistrationNumber")
OPTIONAL: Final = ("addressLine2", "addressLine3")
FIELDS: Final = (*REQUIRED, *OPTIONAL)
KIP_PATHS: Final = FaultPaths(tenant=None, listings=re.compile(r"(?!)"), page_of=single_page)
_COUNTRY: Final = re.compile(r"[a-zA-Z]{2,4}")
_REGISTRATION: Final = re.compile(r"[a-zA-Z0-9]{0,16}")
_LANGUAGE: Final = re.compile(r"[a-zA-Z]{2,3}")


def _problems(body: JsonDict, required: tuple[str, ...]) -> tuple[list[tuple[str, str]], int]:
    """The problems of a company body and the status to answer them with (400 for missing
    fields, 422 for values that break a rule)."""
    missing = [(n, "is required") for n in required if body.get(n) is None]
    if missing:
        return missing, 400
    problems: list[tuple[str, str]] = []
    for name in FIELDS:
        if name in body and body[name] is not None and not isinstance(body[name], str):
            problems.append((name, "must be text"))
    if problems:
        return problems, 422
    for name in required:
        if name not in CREATE_ONLY and not body[name].strip():
            problems.append((name, "is required"))
    if body.get("country") and not _COUNTRY.fullmatch(body["country"]):
        problems.append(("country", "must match [a-zA-Z]{2,4}"))
    for name in ("phoneNumber", "mobilePhoneNumber"):
        if len(body.get(name) or "") > 35:
            problems.append((name, "must be at most 35 characters"))
    email = body.get("email")
    if email and (reason := checks.email_problem(email)):
        problems.append(("email", f"is not a valid e-mail address ({reason})"))
    for name in CREATE_ONLY:
        value = body.get(name)
        if value is not None and not _REGISTRATION.fullmatch(value):
            problems.append((name, "must match [a-zA-Z0-9]{0,16}"))
    if body.get("language") and not _LANGUAGE.fullmatch(body["language"]):
        problems.append(("language", "must match [a-zA-Z]{2,3}"))
    return problems, 422


class KipServer:
    def __init__(self, store: DocumentStore) -> None:
        self.store = store

    async def create_company(self, request: Request) -> Response:
        body = {k: v for k, v in (await json_object(request)).items() if k in FIELDS}
        problems, status = _problems(body, REQUIRED)
        if problems:
            raise Refusal(status, problems)
        made = str(uuid.uuid4())
        self.store.put(TENANT, COMPANIES, made, {**dict.fromkeys(OPTIONAL), **body, "uuid": made})
        links = [{"rel": "self", "href": f"/companies/{made}", "method": "PUT"}]
        return JSONResponse({"data": made, "links": links}, status_code=201)

    async def update_company(self, request: Request) -> Response:
        company = str(request.path_params["company_id"])
        old = self.store.get(TENANT, COMPANIES, company)
        if old is None:
            raise not_found(f"company {company}")
        body = {k: v for k, v in (await json_object(request)).items() if k in FIELDS}
        required = tuple(n for n in REQUIRED if n not in CREATE_ONLY)
        problems, status = _problems(body, required)
        if problems:
            raise Refusal(status, problems)
        changed = [n for n in CREATE_ONLY if n in body and body[n] != old.get(n)]
        if changed:
            raise Refusal(422, [(n, "can't change after create") for n in changed])
        self.store.put(TENANT, COMPANIES, company, {**old, **body})
        return Response(status_code=200)

    async def export_data(self, request: Request) -> Response:
        job = str(uuid.uuid4())
        self.store.put(TENANT, EXPORTS, job, {"id": job, "status": "pending"})
        base = str(request.base_url).rstrip("/")
        links = [
            {"rel": "status", "href": f"{base}/users/me/exports/{job}"},
            {"rel": "download", "href": f"{base}/users/me/exports/{job}/file"},
        ]
        return JSONResponse({"data": {"id": job, "status": "pending"}, "links": links}, 202)


def companies(app: Any) -> dict[str, JsonDict]:
    """Every company the server holds, by uuid (for tests: KIP itself has no read path)."""
    store: DocumentStore = app.state.store
    return {str(doc["uuid"]): doc for doc in store.items(TENANT, COMPANIES)}


def create_kip_app(db_path: Path, token: str, faults: Faults | None = None) -> Starlette:
    """The KIP reference server as an ASGI app (``app.state.faults`` / ``stats`` / ``store``
    as for the other reference servers)."""
    store = DocumentStore(Path(db_path))
    s = KipServer(store)
    routes = [
        Route("/companies", s.create_company, methods=["POST"]),
        Route("/companies/{company_id}", s.update_company, methods=["PUT"]),
        Route("/users/me/exports/data", s.export_data, methods=["POST"]),
    ]
    return make_app(token, faults, routes, KIP_PATHS, store)
