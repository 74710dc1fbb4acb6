"""Kanbert contacts behind the connector protocol: the mapping (``mapping``), the client
(``client``) and the connector of accounts of type ``kanbert``.

Kanbert carries individual contacts (their companies as professional identities).  The listing
is paged and carries whole contacts with ``updated_at``, so a re-sync that finds the same
``updated_at`` as the base does no further work for that contact; deleted contacts stay
listed with ``deleted_at`` set (tombstones).  A create whose answer was lost is found again by
``external_id`` (Kontor's id of the contact).

**Companies** (``GET /companies``, and those a contact names in ``companies[]``) are
organization contacts here, linked per account to their Kanbert company id (sync records of
kind ``organization``: the related records of :mod:`app.sync.document_sync`).  On first sight a
company is linked to the book's organization of the same name (case, accents and spacing
aside) or of Kontor's id as its ``external_id``; several of the same name wait for the user
("link or create"); with none, an organization is made.  A contact's ``companies[]`` are its
professional identities at those organizations, the link's ``contact_company.position`` their
job title, sent back the same way.

Organizations are **read-only** in Kanbert: the document names no way to create or change a
company, so Kontor never writes one.  A renamed company renames its organization here unless
the name was changed here too; an organization not linked to a company is not sent, and a
work detail at it stays here only (the run says so when the contact is sent).  Companies gone
from Kanbert and removing the account never delete an organization here: a company missing
from a whole listing of companies (or listed with ``deleted_at``) and confirmed gone by
``GET /companies/{id}`` leaves its organization here unlinked from it, with a notice in the
account's sync issues (:mod:`app.sync.related_gone`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from app.domain.models import AnyContact, IndividualContact
from app.i18n import QT_TRANSLATE_NOOP, tr
from app.sync.client import Listing
from app.sync.connector import (
    Capabilities,
    ChangeDetection,
    JsonDict,
    LinkIds,
    ListingKind,
    Operations,
    Projection,
    RemoteRecord,
    RuleProblem,
    register,
)
from app.sync.connectors.kanbert import mapping
from app.sync.connectors.kanbert.client import ROUTES, KanbertClient
from app.sync.documents import document_hash

TYPE: Final = "kanbert"
KIND: Final = "individual"
#: The kind of Kanbert's companies here (their sync records), read and linked, never written.
COMPANY_KIND: Final = "organization"
# English; shown with ``translate("Sync", COMPANIES_READ_ONLY)``.
COMPANIES_READ_ONLY: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "Kanbert's companies are read here, never written: Kontor cannot create or change a "
    "company there.",
)

CAPABILITIES: Final = Capabilities(
    records=frozenset({KIND}),
    listing=ListingKind.FULL_PAGED,
    change_detection=ChangeDetection.UPDATED_AT,
    operations=Operations(create=True, update=True, delete=True),
    carried=mapping.CARRIED,
    finds_lost_creates=True,
    tombstones=True,
    notes={COMPANY_KIND: COMPANIES_READ_ONLY},
)


class KanbertConnector:
    """Kanbert (``ContactData``): individual contacts, two-way."""

    type: str = TYPE
    label: str = "Kanbert"
    kind: str = KIND
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = ROUTES
    read_only: tuple[str, ...] = mapping.READ_ONLY

    related_kind: str = COMPANY_KIND

    def __init__(self) -> None:
        # Local organization id → Kanbert company id: the account's links, given by the
        # engine (:meth:`use_related`).  A company no organization is linked to stays as
        # Kanbert has it, kept in the base and sent back unchanged.
        self.company_ids: dict[str, str] = {}
        self._organizations: dict[str, str] = {}  # the same, Kanbert company id → local id

    # --- the protocol ---------------------------------------------------------------------

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        if record.kind == COMPANY_KIND:
            return mapping.company_projection(record.doc, ids.local("contact"))
        return mapping.to_projection(record.doc, ids, self._organizations)

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        return mapping.from_projection(
            projection, base.doc if base is not None else None, self.company_ids
        )

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        return mapping.check(projection)

    # --- what the document engine asks ----------------------------------------------------

    def make_client(self, base_url: str, tenant: str, token: str, **kw: Any) -> KanbertClient:
        return KanbertClient(base_url, token, **kw)

    def prepare(self, client: KanbertClient) -> None:
        """Nothing to read before a run."""

    def listing(self, client: KanbertClient) -> Listing:
        return client.list_contacts()

    def fetch(self, client: KanbertClient, remote_id: str) -> JsonDict | None:
        return client.get_contact(remote_id)

    def create(self, client: KanbertClient, body: JsonDict) -> JsonDict:
        return client.create_contact(body)

    def update(self, client: KanbertClient, remote_id: str, body: JsonDict) -> JsonDict:
        return client.update_contact(remote_id, body)

    def delete(self, client: KanbertClient, remote_id: str) -> None:
        client.delete_contact(remote_id)

    def find_created(self, client: KanbertClient, local_id: str) -> JsonDict | None:
        return client.find_by_external_id(local_id)

    @staticmethod
    def remote_id(doc: JsonDict) -> str:
        return str(doc.get("id") or "")

    @staticmethod
    def version(doc: JsonDict) -> str | None:
        value = doc.get("updated_at")
        return str(value) if value else None

    @staticmethod
    def deleted(doc: JsonDict) -> bool:
        return bool(doc.get("deleted_at"))

    @staticmethod
    def carries(contact: AnyContact) -> bool:
        return isinstance(contact, IndividualContact)

    def project_local(self, contact: AnyContact) -> Projection:
        assert isinstance(contact, IndividualContact)
        return mapping.project_contact(contact)

    def link_keys(self, projection: Projection) -> dict[str, str]:
        """``{Kanbert key: local entity id}`` of a local projection (the entities that fill
        Kanbert's fields): ``contact``, each e-mail and phone field, ``address``, and
        ``company:<id>`` for an identity at an organization linked to a Kanbert company."""
        keys: dict[str, str] = {}
        slots: dict[tuple[str, Any, Any], str] = {
            **{("email", k, u): s for s, (k, u) in mapping.EMAIL_SLOTS.items()},
            **{("phone", k, u): s for s, (k, u) in mapping.PHONE_SLOTS.items()},
        }
        for (entity, local_id), fields in projection.items():
            if entity == "contact":
                keys["contact"] = local_id
            elif entity == "address":
                keys.setdefault("address", local_id)
            elif entity in ("email", "phone"):
                slot = slots.get((entity, fields.get("type"), fields.get("usage_context")))
                if slot is not None:
                    keys.setdefault(slot, local_id)
            elif entity == "professional_identity":
                company = self.company_ids.get(str(fields.get("organization_contact")))
                if company is not None:
                    keys.setdefault(f"company:{company}", local_id)
        return keys

    # --- companies: the related records ---------------------------------------------------

    def use_related(self, links: Mapping[str, str]) -> None:
        """The account's links of organizations to Kanbert companies (local id → company
        id), for mapping contacts."""
        self.company_ids = dict(links)
        self._organizations = {remote: local for local, remote in self.company_ids.items()}

    def related_listing(self, client: KanbertClient) -> Listing:
        return client.list_companies()

    def related_fetch(self, client: KanbertClient, remote_id: str) -> JsonDict | None:
        """One company (``None``: Kanbert has none of that id), to confirm one gone."""
        return client.get_company(remote_id)

    def related_missing(self, doc: JsonDict, keys: Iterable[str]) -> bool:
        """Whether a contact names a company linked here whose work detail is not among the
        contact's linked entities (``keys``: its base ids): the company was linked after
        the contact was last taken in."""
        have = set(keys)
        return any(
            str(company["id"]) in self._organizations and f"company:{company['id']}" not in have
            for company in mapping.companies_of(doc)
        )

    @staticmethod
    def related_in(doc: JsonDict) -> list[JsonDict]:
        """The companies a contact names."""
        return mapping.companies_of(doc)

    @staticmethod
    def related_name(doc: JsonDict) -> str:
        return mapping.company_name(doc)

    @staticmethod
    def related_key(name: str) -> str:
        return mapping.name_key(name)

    @staticmethod
    def related_version(doc: JsonDict) -> str | None:
        value = doc.get("updated_at")
        return str(value) if value else document_hash(doc)

    @staticmethod
    def related_external_id(doc: JsonDict) -> str | None:
        """Kontor's id of the organization, when Kanbert keeps it on the company."""
        value = doc.get("external_id")
        if (
            isinstance(value, str)
            and value
            and doc.get("external_origin") == mapping.EXTERNAL_ORIGIN
        ):
            return value
        return None

    def left_out(self, projection: Projection) -> list[str]:
        """What of a contact about to be sent stays here only: work details at organizations
        not linked to a Kanbert company (Kontor cannot make companies there)."""
        alone = [
            fields
            for (entity, _id), fields in projection.items()
            if entity == "professional_identity"
            and str(fields.get("organization_contact")) not in self.company_ids
        ]
        if not alone:
            return []
        return [
            tr(
                "%n work details stay here only: their organizations are not Kanbert "
                "companies, and Kontor cannot create companies in Kanbert.",
                "",
                len(alone),
            )
        ]

    def display_name(self, doc: JsonDict) -> str:
        parts = (doc.get("first_name"), doc.get("last_name"))
        return " ".join(p for p in parts if isinstance(p, str) and p) or str(doc.get("id"))


register(TYPE, KanbertConnector)

__all__ = [
    "CAPABILITIES",
    "COMPANIES_READ_ONLY",
    "COMPANY_KIND",
    "KIND",
    "TYPE",
    "KanbertConnector",
]
