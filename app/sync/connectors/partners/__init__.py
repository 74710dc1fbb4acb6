"""The partner-organizations portal behind the connector protocol: the mapping
(``mapping``), the client (``client``) and the connector of accounts of type ``partners``.

The portal carries organizations.  Its listing is one answer without change dates, so a
record's version is the hash of what it lists.  There is **no delete**: an organization moved
to the trash here is not deleted on the portal, and the account's issues say so.  A create
whose answer was lost cannot be found again (the portal keeps no id of Kontor's): the run says
so, and the next pull offers the portal's copy for review instead of taking it as new.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from app.domain.enums import KNOWN_ORGANIZATION_TYPES
from app.domain.models import AnyContact, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP
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
from app.sync.connectors.partners import mapping
from app.sync.connectors.partners.client import ROUTES, PartnersClient
from app.sync.documents import document_hash

TYPE: Final = "partners"
KIND: Final = "organization"
# English; shown with ``translate("Sync", NO_DELETE)``.
NO_DELETE: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "The partner portal has no delete: the organization stays there. Remove it on the portal "
    "by hand if it should go.",
)

CAPABILITIES: Final = Capabilities(
    records=frozenset({KIND}),
    listing=ListingKind.FULL,
    change_detection=ChangeDetection.HASH,
    operations=Operations(create=True, update=True, delete=False),
    carried=mapping.CARRIED,
    finds_lost_creates=False,
    tombstones=False,
    notes={KIND: NO_DELETE},
)


class PartnersConnector:
    """Partner organizations, two-way; no delete."""

    type: str = TYPE
    label: str = QT_TRANSLATE_NOOP("Sync", "Partner portal")
    kind: str = KIND
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = ROUTES
    read_only: tuple[str, ...] = mapping.READ_ONLY

    def __init__(self) -> None:
        self.table = mapping.CountryTable()
        self.types: list[str] = list(KNOWN_ORGANIZATION_TYPES)

    # --- the protocol ---------------------------------------------------------------------

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        return mapping.to_projection(record.doc, ids, self.table)

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        return mapping.from_projection(
            projection, base.doc if base is not None else None, self.table
        )

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        return mapping.check(projection, self.table, self.types)

    # --- what the document engine asks ----------------------------------------------------

    def make_client(self, base_url: str, tenant: str, token: str, **kw: Any) -> PartnersClient:
        return PartnersClient(base_url, tenant, token, **kw)

    def prepare(self, client: PartnersClient) -> None:
        """The portal's country list (its own ids) and organization types, for this run."""
        self.table = mapping.CountryTable.from_listing(client.countries())
        self.types = client.organization_types() or list(KNOWN_ORGANIZATION_TYPES)

    def listing(self, client: PartnersClient) -> Listing:
        return client.list_organizations()

    def fetch(self, client: PartnersClient, remote_id: str) -> JsonDict | None:
        return client.get_organization(remote_id)

    def create(self, client: PartnersClient, body: JsonDict) -> JsonDict:
        return client.create_organization(body)

    def update(self, client: PartnersClient, remote_id: str, body: JsonDict) -> JsonDict:
        return client.update_organization(remote_id, body)

    def delete(self, client: PartnersClient, remote_id: str) -> None:
        raise NotImplementedError(NO_DELETE)

    def find_created(self, client: PartnersClient, local_id: str) -> JsonDict | None:
        return None

    @staticmethod
    def remote_id(doc: JsonDict) -> str:
        value = doc.get("id")
        return str(value) if value is not None else ""

    @staticmethod
    def version(doc: JsonDict) -> str | None:
        return document_hash(doc)

    @staticmethod
    def deleted(doc: JsonDict) -> bool:
        return False

    @staticmethod
    def carries(contact: AnyContact) -> bool:
        return isinstance(contact, OrganizationContact)

    def project_local(self, contact: AnyContact) -> Projection:
        assert isinstance(contact, OrganizationContact)
        return mapping.project_contact(contact)

    @staticmethod
    def link_keys(projection: Projection) -> dict[str, str]:
        """``{portal key: local entity id}``: ``contact``, ``email``, ``address``, ``phone``
        (MAIN), ``fax`` (FAX_LINE)."""
        keys: dict[str, str] = {}
        for (entity, local_id), fields in sorted(
            projection.items(), key=lambda kv: kv[1].get("position", 0)
        ):
            if entity in ("contact", "email", "address"):
                keys.setdefault(entity, local_id)
            elif entity == "phone":
                kind = {"MAIN": "phone", "FAX_LINE": "fax"}.get(str(fields.get("type")))
                if kind is not None:
                    keys.setdefault(kind, local_id)
        return keys

    def display_name(self, doc: JsonDict) -> str:
        name = doc.get("name")
        return name if isinstance(name, str) and name else str(doc.get("id"))


register(TYPE, PartnersConnector)

__all__ = ["CAPABILITIES", "KIND", "NO_DELETE", "TYPE", "PartnersConnector"]
