"""Kanbert contacts behind the connector protocol: the mapping (``mapping``), the client
(``client``) and the connector of accounts of type ``kanbert``.

Kanbert carries individual contacts (their companies as professional identities).  The listing
is paged and carries whole contacts with ``updated_at``, so a re-sync that finds the same
``updated_at`` as the base does no further work for that contact; deleted contacts stay
listed with ``deleted_at`` set (tombstones).  A create whose answer was lost is found again by
``external_id`` (Kontor's id of the contact).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from app.domain.models import AnyContact, IndividualContact
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

TYPE: Final = "kanbert"
KIND: Final = "individual"

CAPABILITIES: Final = Capabilities(
    records=frozenset({KIND}),
    listing=ListingKind.FULL_PAGED,
    change_detection=ChangeDetection.UPDATED_AT,
    operations=Operations(create=True, update=True, delete=True),
    carried=mapping.CARRIED,
    finds_lost_creates=True,
    tombstones=True,
)


class KanbertConnector:
    """Kanbert (``ContactData``): individual contacts, two-way."""

    type: str = TYPE
    label: str = "Kanbert"
    kind: str = KIND
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = ROUTES
    read_only: tuple[str, ...] = mapping.READ_ONLY

    def __init__(self) -> None:
        # Local organization id → Kanbert company id (none yet: companies stay as Kanbert
        # has them, kept in the base and sent back unchanged).
        self.company_ids: dict[str, str] = {}

    # --- the protocol ---------------------------------------------------------------------

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        return mapping.to_projection(record.doc, ids)

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

    @staticmethod
    def link_keys(projection: Projection) -> dict[str, str]:
        """``{Kanbert key: local entity id}`` of a local projection (the entities that fill
        Kanbert's fields): ``contact``, each e-mail and phone field, ``address``."""
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
        return keys

    def display_name(self, doc: JsonDict) -> str:
        parts = (doc.get("first_name"), doc.get("last_name"))
        return " ".join(p for p in parts if isinstance(p, str) and p) or str(doc.get("id"))


register(TYPE, KanbertConnector)

__all__ = ["CAPABILITIES", "KIND", "TYPE", "KanbertConnector"]
