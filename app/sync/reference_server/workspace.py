"""Reference server for the workspace API (``001_...``): the organization, its locations with
office hours, and the reference lists of countries and languages.

* ``GET /organizations`` (the collection), ``GET /organizations/{id}`` — the workspace's
  organization (``id``, ``type``, ``status``, ``name``, ``slug``, ...); it is seeded on the
  first start (``app.state.organization_id``; a test may change it in ``app.state.store``);
* ``GET /locations``, ``POST /locations`` (201), ``GET /locations/{id}``,
  ``PATCH /locations/{id}`` (the fields sent replace those fields) — ``name`` (required),
  ``officeOpenHour`` / ``officeCloseHour`` (whole numbers or null, as documented);
* ``GET /countries``, ``GET /countries/{id}`` (ISO 3166-1 alpha-2 codes);
  ``GET /languages``, ``GET /languages/{id}`` (ISO 639-1 codes).

Collections are answered as JSON-LD (``{"@context", "@id", "@type": "hydra:Collection",
"hydra:member": [...], "hydra:totalItems"}``) when the client asks for
``application/ld+json``, else as a plain JSON list, as API Platform does.  Each item has an
``@id`` (its IRI, e.g. ``/locations/3``).  There is no delete of locations (405).

A body breaking the documented schema is refused (400 for a missing ``name``, 422 otherwise,
naming the field).  The hours 0..23 and "open before close" are Kontor's own rules, not the
API's: the server takes any whole number, so only Kontor's check keeps such hours out.
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

from app.sync.reference_server.common import (
    Clock,
    Refusal,
    is_whole_number,
    json_object,
    listing_switches,
    make_app,
    not_found,
)
from app.sync.reference_server.faults import FaultPaths, Faults, single_page
from app.sync.reference_server.store import DocumentStore, JsonDict

TENANT: Final = "workspace"
ORGANIZATION_ID: Final = "5f3c2a7e-1d4b-4c8a-9e21-0b6d7f8a9c10"
LOCATION_FIELDS: Final = ("name", "officeOpenHour", "officeCloseHour")
WORKSPACE_PATHS: Final = FaultPaths(
    tenant=None,
    listings=re.compile(r"/(?:organizations|locations|countries|languages)"),
    page_of=single_page,
)


def _countries() -> list[JsonDict]:
    return [
        {"@id": f"/countries/{c.alpha_2}", "@type": "Country", "id": c.alpha_2}
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)
    ]


def _languages() -> list[JsonDict]:
    codes = sorted({lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")})
    return [{"@id": f"/languages/{code}", "@type": "Language", "id": code} for code in codes]


def _seed(store: DocumentStore, clock: Clock) -> None:
    if store.get(TENANT, "organizations", ORGANIZATION_ID) is not None:
        return
    now = clock.now()
    store.put(
        TENANT,
        "organizations",
        ORGANIZATION_ID,
        {
            "@id": f"/organizations/{ORGANIZATION_ID}",
            "@type": "Organization",
            "id": ORGANIZATION_ID,
            "type": "company",
            "status": "active",
            "name": "Werkplaats Noord",
            "slug": "werkplaats-noord",
            "stripeCustomerId": None,
            "manualBilling": False,
            "databaseStatus": None,
            "organizationUsers": [],
            "organizationUserInvitations": [],
            "organizationModules": [],
            "subscriptions": [],
            "organizationConfigs": [],
            "organizationAddresses": [],
            "createdAt": now,
            "updatedAt": now,
            "demo": False,
            "productionLike": True,
            "currentSubscription": None,
        },
    )


def _collection(request: Request, path: str, items: list[JsonDict], kind: str) -> Response:
    partial, cutoff = listing_switches(request)
    if cutoff is not None:
        items = items[:cutoff]
    if partial and items:
        items = items[:-1]
    if "application/ld+json" in request.headers.get("accept", ""):
        return JSONResponse(
            {
                "@context": f"/contexts/{kind}",
                "@id": path,
                "@type": "hydra:Collection",
                "hydra:member": items,
                "hydra:totalItems": len(items),
            },
            media_type="application/ld+json",
        )
    return JSONResponse(items)


def _location_problems(body: JsonDict) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if "name" in body and (not isinstance(body["name"], str) or not body["name"].strip()):
        problems.append(("name", "a location needs a name"))
    for name in ("officeOpenHour", "officeCloseHour"):
        value = body.get(name)
        if value is not None and not is_whole_number(value):
            problems.append((name, "must be a whole number or null"))
    return problems


class WorkspaceServer:
    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self.clock = Clock()
        self.countries = _countries()
        self.languages = _languages()
        _seed(store, self.clock)

    async def list_organizations(self, request: Request) -> Response:
        items = self.store.items(TENANT, "organizations")
        return _collection(request, "/organizations", items, "Organization")

    async def get_organization(self, request: Request) -> Response:
        id = str(request.path_params["id"])
        doc = self.store.get(TENANT, "organizations", id)
        if doc is None:
            raise not_found(f"organization {id}")
        return JSONResponse(doc)

    async def list_locations(self, request: Request) -> Response:
        items = self.store.items(TENANT, "locations")
        return _collection(request, "/locations", items, "Location")

    def _location(self, id: str) -> JsonDict:
        doc = self.store.get(TENANT, "locations", id) if id.isdigit() else None
        if doc is None:
            raise not_found(f"location {id}")
        return doc

    async def create_location(self, request: Request) -> Response:
        body = {k: v for k, v in (await json_object(request)).items() if k in LOCATION_FIELDS}
        if body.get("name") is None:
            raise Refusal(400, [("name", "is required")])
        problems = _location_problems(body)
        if problems:
            raise Refusal(422, problems)
        blank: JsonDict = dict.fromkeys(LOCATION_FIELDS)
        doc = self.store.add_numbered(TENANT, "locations", {**blank, **body, "@type": "Location"})
        doc["@id"] = f"/locations/{doc['id']}"
        self.store.put(TENANT, "locations", str(doc["id"]), doc)
        return JSONResponse(doc, status_code=201)

    async def get_location(self, request: Request) -> Response:
        return JSONResponse(self._location(str(request.path_params["id"])))

    async def patch_location(self, request: Request) -> Response:
        old = self._location(str(request.path_params["id"]))
        body = {k: v for k, v in (await json_object(request)).items() if k in LOCATION_FIELDS}
        problems = _location_problems(body)
        if "name" in body and body["name"] is None:
            problems.append(("name", "is required"))
        if problems:
            raise Refusal(422, problems)
        doc = {**old, **body}
        self.store.put(TENANT, "locations", str(doc["id"]), doc)
        return JSONResponse(doc)

    async def list_countries(self, request: Request) -> Response:
        return _collection(request, "/countries", self.countries, "Country")

    async def get_country(self, request: Request) -> Response:
        id = str(request.path_params["id"]).upper()
        found = next((c for c in self.countries if c["id"] == id), None)
        if found is None:
            raise not_found(f"country {id}")
        return JSONResponse(found)

    async def list_languages(self, request: Request) -> Response:
        return _collection(request, "/languages", self.languages, "Language")

    async def get_language(self, request: Request) -> Response:
        id = str(request.path_params["id"]).lower()
        found = next((c for c in self.languages if c["id"] == id), None)
        if found is None:
            raise not_found(f"language {id}")
        return JSONResponse(found)


def locations(app: Any) -> list[JsonDict]:
    """Every location the server holds, oldest first (for tests)."""
    store: DocumentStore = app.state.store
    return store.items(TENANT, "locations")


def put_location(app: Any, doc: JsonDict) -> None:
    """Change a location as another client of the workspace would (for tests)."""
    store: DocumentStore = app.state.store
    store.put(TENANT, "locations", str(doc["id"]), doc)


def create_workspace_app(db_path: Path, token: str, faults: Faults | None = None) -> Starlette:
    """The workspace reference server as an ASGI app (``app.state.faults`` / ``stats`` /
    ``store`` as for the other reference servers; ``app.state.organization_id``)."""
    store = DocumentStore(Path(db_path))
    s = WorkspaceServer(store)
    routes = [
        Route("/organizations", s.list_organizations, methods=["GET"]),
        Route("/organizations/{id}", s.get_organization, methods=["GET"]),
        Route("/locations", s.list_locations, methods=["GET"]),
        Route("/locations", s.create_location, methods=["POST"]),
        Route("/locations/{id}", s.get_location, methods=["GET"]),
        Route("/locations/{id}", s.patch_location, methods=["PATCH"]),
        Route("/countries", s.list_countries, methods=["GET"]),
        Route("/countries/{id}", s.get_country, methods=["GET"]),
        Route("/languages", s.list_languages, methods=["GET"]),
        Route("/languages/{id}", s.get_language, methods=["GET"]),
    ]
    app = make_app(token, faults, routes, WORKSPACE_PATHS, store)
    app.state.organization_id = ORGANIZATION_ID
    return app
