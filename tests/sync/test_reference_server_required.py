"""Every ``required`` field of the Contacts API document is enforced by the reference server.

The write operations and their required fields are read from the source document itself
(the rendered OpenAPI page of the Contacts API) when the tests are collected: for each
operation a complete body is accepted, and the same body with one required field left out is
refused with 400 / 422 and a problem naming that field, with nothing stored.
"""

from __future__ import annotations

import base64
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sync.reference_server import running_server

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CONTACTS_API = SHARED / "seeds" / "004_127255a199ad8709.txt"
TOKEN = "required-fields-token"
ORG = "acme"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

pytestmark = pytest.mark.skipif(
    not CONTACTS_API.exists(),
    reason=f"the Contacts API document is not here ({CONTACTS_API}): these tests read its schemas",
)

JsonDict = dict[str, Any]


# ----------------------------------------------------------------------------------------
# reading the document


@dataclass(frozen=True)
class Operation:
    """One write operation of the document: its request body's fields."""

    line: int
    kind: str  # the contact section it is in: individual-contacts or organization-contacts
    params: tuple[str, ...]  # path parameters besides org-id
    fields: tuple[str, ...]
    required: tuple[str, ...]
    schema: str
    method: str

    @property
    def id(self) -> str:
        return f"{self.method}-{self.kind.split('-')[0]}-{self.schema}-L{self.line}"


_FIELD = re.compile(r"^(?P<name>[A-Za-z@][\w@-]*) (?P<required>required )?\| ")
_CONTINUATION = ("Note that both", "Similar to limit")

# A field only one request schema has names that schema.
_SIGNATURES = (
    ("use_external_contact_management", "ContactConfiguration"),
    ("track_revenue", "PlaceholderCustomer"),
    ("is_suspended", "CustomerRole"),
    ("supplier_id", "SupplierRole"),
    ("alternative_payer_id", "AlternativePayerRole"),
    ("job_title", "ProfessionalIdentity"),
    ("full_address", "Address"),
    ("url", "WebAddress"),
    ("number", "Phone"),
    ("address", "Email"),
    ("date_of_birth", "IndividualContact"),
    ("founded", "OrganizationContact"),
    ("data", "Image"),
)
_ITEM_PARAMS = {"address-id", "email-id", "phone-id", "web-address-id"}


def _schema_and_method(
    fields: tuple[str, ...], params: tuple[str, ...], seen: dict[tuple[str, str], int], kind: str
) -> tuple[str, str]:
    names = set(fields)
    schema = next((s for f, s in _SIGNATURES if f in names), None)
    if schema is None:
        if names == {"name"}:
            schema = "Tag" if "contact-id" in params else "CustomerList"
        elif "items" in names:
            schema = "CustomerListItems" if "list-id" in params else "IDMappings"
        else:
            raise AssertionError(f"a request body of the document not known here: {fields}")
    if schema == "ProfessionalIdentity":
        if "professional-identity-id" in params:
            return "ProfessionalIdentityUpdate", "PUT"
        return schema, "POST"
    if schema in ("CustomerRole", "SupplierRole", "AlternativePayerRole", "ContactConfiguration"):
        return schema, "PUT"
    if schema in ("Image", "Tag", "CustomerListItems"):
        return schema, "POST"
    if schema == "IDMappings":  # the document gives the add (POST), then the replace (PUT)
        n = seen[(kind, schema)] = seen.get((kind, schema), 0) + 1
        return schema, "POST" if n == 1 else "PUT"
    if schema in ("Address", "Email", "Phone", "WebAddress"):
        return schema, "PUT" if _ITEM_PARAMS & set(params) else "POST"
    item = {"contact-id", "placeholder-customer-id", "list-id"} & set(params)
    return schema, "PUT" if item else "POST"


def read_operations(text: str) -> list[Operation]:
    """The write operations of the document: a parameter table (it starts with ``org-id``)
    whose request body has fields."""
    lines = text.splitlines()
    kind = "individual-contacts"
    seen: dict[tuple[str, str], int] = {}
    ops: list[Operation] = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("Organization contacts are businesses"):
            kind = "organization-contacts"
        if not lines[i].startswith("org-id required |"):
            i += 1
            continue
        start = i
        params: list[str] = []
        fields: list[tuple[str, bool]] = []
        i += 1
        while i < len(lines):
            m = _FIELD.match(lines[i])
            if m is None and not lines[i].startswith(_CONTINUATION):
                break
            if m is not None:
                if "-" in m["name"]:
                    params.append(m["name"])
                elif m["name"] not in ("limit", "offset"):
                    fields.append((m["name"], bool(m["required"])))
            i += 1
        if not fields:
            continue
        names = tuple(f for f, _ in fields)
        schema, method = _schema_and_method(names, tuple(params), seen, kind)
        ops.append(
            Operation(
                line=start + 1,
                kind=kind,
                params=tuple(params),
                fields=names,
                required=tuple(f for f, req in fields if req),
                schema=schema,
                method=method,
            )
        )
    return ops


OPERATIONS: list[Operation] = (
    read_operations(CONTACTS_API.read_text(encoding="utf-8")) if CONTACTS_API.exists() else []
)
MISSING_CASES = [
    pytest.param(op, field, id=f"{op.id}-without-{field}")
    for op in OPERATIONS
    for field in op.required
]


def test_the_document_is_read() -> None:
    """The reader finds every write operation of the document (51 request bodies)."""
    assert len(OPERATIONS) == 51
    schemas = {op.schema for op in OPERATIONS}
    assert schemas == {
        "IndividualContact",
        "OrganizationContact",
        "Address",
        "Email",
        "Phone",
        "WebAddress",
        "ProfessionalIdentity",
        "ProfessionalIdentityUpdate",
        "CustomerRole",
        "SupplierRole",
        "AlternativePayerRole",
        "Tag",
        "Image",
        "IDMappings",
        "PlaceholderCustomer",
        "CustomerList",
        "CustomerListItems",
        "ContactConfiguration",
    }
    address = next(op for op in OPERATIONS if op.schema == "Address")
    assert address.required == ("type", "full_address", "usage_context")


def test_the_servers_table_is_the_documents() -> None:
    """The server's table of required fields says what the document says, schema by schema."""
    from app.sync.reference_server.schemas import REQUIRED

    for op in OPERATIONS:
        assert set(REQUIRED[op.schema]) == set(op.required), op.id


# ----------------------------------------------------------------------------------------
# the server


@dataclass
class World:
    """A server with one of everything a write can refer to."""

    client: httpx.Client
    db: Path
    person: str
    other_person: str
    company: str
    pi: str
    placeholder: str
    customer_list: str
    items: dict[tuple[str, str], str]  # (parent path, collection) → an item id

    def post(self, path: str, body: JsonDict) -> JsonDict:
        answer = self.client.post(path, json=body)
        assert answer.status_code in (200, 201), (path, answer.text)
        data: JsonDict = answer.json()
        return data

    def snapshot(self) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.db) as db:
            return db.execute(
                "SELECT org, coll, id, parent, body FROM docs ORDER BY seq"
            ).fetchall()


_CP_SEGMENT = {
    "Address": "addresses",
    "Email": "emails",
    "Phone": "phones",
    "WebAddress": "web-addresses",
}
_ROLE_SEGMENT = {
    "CustomerRole": "customer-role",
    "SupplierRole": "supplier-role",
    "AlternativePayerRole": "alternative-payer-role",
}


def _fresh() -> str:
    return uuid.uuid4().hex[:12]


def valid_body(schema: str, world: World, kind: str) -> JsonDict:
    """A complete body of ``schema``: every field the server needs, all valid."""
    bodies: dict[str, Callable[[], JsonDict]] = {
        "IndividualContact": lambda: {
            "name": "Anna Berg",
            "external_id": f"local-{_fresh()}",
            "date_of_birth": "1980-02-03",
        },
        "OrganizationContact": lambda: {
            "name": "Acme NV",
            "external_id": f"local-{_fresh()}",
            "founded": "1999-01-01",
        },
        "Address": lambda: {
            "type": "OFFICE",
            "full_address": "Rue de la Loi 16, 1000 Brussels",
            "city": "Brussels",
            "zip": "1000",
            "country_code": "BE",
            "usages": ["EVERYTHING"],
            "usage_context": "PROFESSIONAL",
        },
        "Email": lambda: {
            "type": "WORK_EMAIL",
            "address": "anna@example.com",
            "usage_context": "PROFESSIONAL",
        },
        "Phone": lambda: {
            "type": "FIXED_LINE",
            "number": "+32 2 123 45 67",
            "usages": ["CALL"],
            "usage_context": "PROFESSIONAL",
        },
        "WebAddress": lambda: {
            "type": "HOMEPAGE_OR_WEBSITE",
            "url": "https://example.com/",
            "usage_context": "ORGANIZATION",
        },
        "ProfessionalIdentity": lambda: {
            "organization_contact": world.company,
            "is_active": True,
            "job_title": "Buyer",
        },
        "ProfessionalIdentityUpdate": lambda: {"is_active": False, "job_title": "Head buyer"},
        "CustomerRole": lambda: {
            "customer_id": "C-1001",
            "is_active": True,
            "is_suspended": False,
            "customer_since": "2020-01-01",
            "requires_formal_invoice": False,
        },
        "SupplierRole": lambda: {
            "supplier_id": "S-2002",
            "is_active": True,
            "supplier_since": "2019-06-01",
        },
        "AlternativePayerRole": lambda: {
            "alternative_payer_id": "P-3003",
            "is_active": True,
            "since": "2021-03-01",
        },
        "Tag": lambda: {"name": "VIP"},
        "Image": lambda: {"data": base64.b64encode(PNG).decode("ascii")},
        "IDMappings": lambda: {
            "items": [{"internal": _new_contact(world, kind), "external": f"ext-{_fresh()}"}]
        },
        "PlaceholderCustomer": lambda: {
            "customer_id": "PC-1",
            "name": "Walk-in customer",
            "is_active": True,
            "customer_since": "2021-05-01",
            "requires_formal_invoice": False,
            "track_revenue": True,
        },
        "CustomerList": lambda: {"name": "Newsletter"},
        "CustomerListItems": lambda: {"items": [{"id": world.person}]},
        "ContactConfiguration": lambda: {"use_external_contact_management": False},
        # beyond the document: the sub-collections the reference server adds
        "PersonalRelationship": lambda: {
            "type": "SPOUSE",
            "individual_contact": world.other_person,
        },
        "Department": lambda: {"name": "Purchasing", "area": "ADMINISTRATION"},
        "Location": lambda: {"name": "Head office"},
        "Membership": lambda: {"type": "CLUB", "name": "Chamber of commerce"},
    }
    return bodies[schema]()


def _new_contact(world: World, kind: str) -> str:
    return str(world.post(f"/orgs/{ORG}/{kind}", {"name": f"Mapped {_fresh()}"})["id"])


def path_of(op: Operation, world: World) -> str:
    org = f"/orgs/{ORG}"
    contact = world.person if op.kind == "individual-contacts" else world.company
    base = f"{org}/{op.kind}/{contact}"
    pi_base = f"{org}/individual-contacts/{world.person}/professional-identities/{world.pi}"
    s = op.schema
    if s in ("IndividualContact", "OrganizationContact"):
        return base if op.method == "PUT" else f"{org}/{op.kind}"
    if s in _CP_SEGMENT:
        parent = pi_base if "professional-identity-id" in op.params else base
        path = f"{parent}/{_CP_SEGMENT[s]}"
        return f"{path}/{world.items[(parent, _CP_SEGMENT[s])]}" if op.method == "PUT" else path
    if s == "ProfessionalIdentity":
        return f"{org}/individual-contacts/{world.person}/professional-identities"
    if s == "ProfessionalIdentityUpdate":
        return pi_base
    if s in _ROLE_SEGMENT:
        return f"{base}/{_ROLE_SEGMENT[s]}"
    if s == "Tag":
        return f"{base}/tags"
    if s == "Image":
        if "placeholder-customer-id" in op.params:
            return f"{org}/placeholder-customers/{world.placeholder}/images"
        return f"{base}/images"
    if s == "IDMappings":
        return f"{org}/{op.kind}/external-ids"
    if s == "PlaceholderCustomer":
        path = f"{org}/placeholder-customers"
        return f"{path}/{world.placeholder}" if op.method == "PUT" else path
    if s == "CustomerList":
        path = f"{org}/customer-lists"
        return f"{path}/{world.customer_list}" if op.method == "PUT" else path
    if s == "CustomerListItems":
        return f"{org}/customer-lists/{world.customer_list}/items"
    if s == "ContactConfiguration":
        return f"{org}/contact-configuration"
    raise AssertionError(f"no path for {op.id}")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("required")
    with (
        running_server(folder, TOKEN) as url,
        httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
        ) as client,
    ):
        w = World(client, folder / "reference-server.sqlite3", "", "", "", "", "", "", {})
        org = f"/orgs/{ORG}"
        w.person = str(w.post(f"{org}/individual-contacts", {"name": "Anna Berg"})["id"])
        w.other_person = str(w.post(f"{org}/individual-contacts", {"name": "Bert Berg"})["id"])
        w.company = str(w.post(f"{org}/organization-contacts", {"name": "Acme NV"})["id"])
        w.pi = str(
            w.post(
                f"{org}/individual-contacts/{w.person}/professional-identities",
                {"organization_contact": w.company, "is_active": True},
            )["id"]
        )
        w.placeholder = str(
            w.post(f"{org}/placeholder-customers", valid_body("PlaceholderCustomer", w, ""))["id"]
        )
        w.customer_list = str(w.post(f"{org}/customer-lists", {"name": "Regulars"})["id"])
        parents = [
            f"{org}/individual-contacts/{w.person}",
            f"{org}/organization-contacts/{w.company}",
            f"{org}/individual-contacts/{w.person}/professional-identities/{w.pi}",
        ]
        for parent in parents:
            for schema, segment in _CP_SEGMENT.items():
                item = w.post(f"{parent}/{segment}", valid_body(schema, w, ""))
                w.items[(parent, segment)] = str(item["id"])
        yield w


def _send(world: World, method: str, path: str, body: JsonDict) -> Any:
    return world.client.request(method, path, json=body)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
def test_a_complete_body_is_accepted(world: World, op: Operation) -> None:
    body = valid_body(op.schema, world, op.kind)
    assert set(op.required) <= set(body), "the test's body lacks a required field"
    assert set(body) <= set(op.fields), "the test's body has a field the document lacks"
    answer = _send(world, op.method, path_of(op, world), body)
    assert answer.status_code in (200, 201), answer.text


@pytest.mark.parametrize(("op", "field"), MISSING_CASES)
def test_a_body_without_a_required_field_is_refused(
    world: World, op: Operation, field: str
) -> None:
    body = valid_body(op.schema, world, op.kind)
    path = path_of(op, world)
    before = world.snapshot()
    without = {k: v for k, v in body.items() if k != field}
    answer = _send(world, op.method, path, without)
    assert answer.status_code in (400, 422), (answer.status_code, answer.text)
    problem = answer.json()
    assert field in problem["detail"]
    assert field in [p["title"] for p in problem.get("problems", [])], problem
    assert world.snapshot() == before, "a refused request changed the server's data"
    # null is no value either
    answer = _send(world, op.method, path, {**body, field: None})
    assert answer.status_code in (400, 422), (answer.status_code, answer.text)
    assert field in answer.json()["detail"]
    assert world.snapshot() == before


# ----------------------------------------------------------------------------------------
# beyond the document: the sub-collections the server adds so every part can be written

_SUBS = {
    "PersonalRelationship": ("individual-contacts", "personal-relationships"),
    "Department": ("organization-contacts", "departments"),
    "Location": ("organization-contacts", "locations"),
    "Membership": ("organization-contacts", "memberships"),
}
_SUB_REQUIRED = {
    "PersonalRelationship": ("type", "individual_contact"),
    "Department": ("name",),
    "Location": ("name",),
    "Membership": ("type",),
}


def _sub_path(world: World, schema: str) -> str:
    kind, segment = _SUBS[schema]
    contact = world.person if kind == "individual-contacts" else world.company
    return f"/orgs/{ORG}/{kind}/{contact}/{segment}"


def test_the_servers_table_covers_its_own_sub_collections() -> None:
    from app.sync.reference_server.schemas import REQUIRED

    for schema, required in _SUB_REQUIRED.items():
        assert REQUIRED[schema] == required


@pytest.mark.parametrize(
    ("schema", "field"),
    [(s, f) for s, fields in _SUB_REQUIRED.items() for f in fields],
)
def test_sub_collection_bodies_need_their_required_fields(
    world: World, schema: str, field: str
) -> None:
    path = _sub_path(world, schema)
    body = valid_body(schema, world, "")
    created = world.post(path, body)
    before = world.snapshot()
    without = {k: v for k, v in body.items() if k != field}
    for method, target in (("POST", path), ("PUT", f"{path}/{created['id']}")):
        answer = _send(world, method, target, without)
        assert answer.status_code in (400, 422), (method, answer.text)
        assert field in [p["title"] for p in answer.json().get("problems", [])]
    assert world.snapshot() == before
