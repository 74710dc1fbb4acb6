"""The enfore Contacts API behind the connector protocol.

Its code is today's, tested as it is: the route table (:mod:`app.sync.routes`), the wire
forms (:mod:`app.sync.wire`), the documents (:mod:`app.sync.documents`), the HTTP client
(:mod:`app.sync.client`) and the record kinds (:mod:`app.sync.records`).  This package names
them as the connector of accounts of type ``enfore``; the engine (:mod:`app.sync.engine`)
syncs them sub-resource by sub-resource, with ETags, external ids and lost-create lookups.

Entities inside an enfore contact (addresses, identities, ...) keep the enfore ids of the
book's first enfore account on the local rows (``remote_id`` columns); a further enfore
account keeps its own apart (:mod:`app.sync.account_ids`) and runs, as every account but the
first, through :meth:`EnforeConnector.client_for` and :meth:`EnforeConnector.make_engine`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from app.domain.changes import flatten_contact
from app.i18n import QT_TRANSLATE_NOOP
from app.sync.connector import (
    EVERYTHING,
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
from app.sync.documents import contact_from_document
from app.sync.routes import DEFAULT_TEMPLATES, Routes
from app.sync.wire import SimpleIdMap

if TYPE_CHECKING:
    from app.store.database import Database
    from app.sync.accounts import Account
    from app.sync.client import ContactsApiClient
    from app.sync.engine import SyncEngine

TYPE: Final = "enfore"

CAPABILITIES: Final = Capabilities(
    records=frozenset({"individual", "organization", "placeholder_customer", "customer_list"}),
    listing=ListingKind.FULL_PAGED,
    change_detection=ChangeDetection.ETAG,
    operations=Operations(create=True, update=True, delete=True),
    carried=EVERYTHING,
    finds_lost_creates=True,
    tombstones=False,
)


class EnforeConnector:
    """The enfore Contacts API (``docs: api-contract.md``)."""

    type: str = TYPE
    label: str = QT_TRANSLATE_NOOP("Sync", "enfore Contacts API")
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = DEFAULT_TEMPLATES

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        """A contact document (``details`` + ``tags`` + ``images``) as Kontor's flat form."""
        known = SimpleIdMap()
        for remote, local in ids.known.items():
            known.add(local, remote)
        contact = contact_from_document(record.doc, record.kind, known)
        return flatten_contact(contact)

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        """Not used: enfore contacts are sent sub-resource by sub-resource by the engine."""
        raise NotImplementedError("the engine sends enfore contacts part by part")

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        """The Contacts API's rules are Kontor's own (checked when a contact is saved)."""
        return []

    @staticmethod
    def make_routes(org_id: str, overrides: Mapping[str, str] | None = None) -> Routes:
        return Routes(org_id, dict(overrides or {}))

    def client_for(self, account: Account, token: str) -> ContactsApiClient:
        """The Contacts API client of ``account`` (its address, organization and routes)."""
        from app.sync.client import ContactsApiClient

        account = account.normalized()
        routes = self.make_routes(account.tenant, account.route_overrides)
        return ContactsApiClient(account.base_url, account.tenant, token, routes=routes)

    def make_engine(self, db: Database, client: ContactsApiClient, account: Account) -> SyncEngine:
        """The engine of a run of ``account``: this module's own, keeping that account's ids."""
        from app.sync.engine import SyncEngine

        return SyncEngine(db, client, account=account, connector=self)


register(TYPE, EnforeConnector)

__all__ = ["CAPABILITIES", "TYPE", "EnforeConnector"]
