"""The workspace API behind the connector protocol: the client (``client``), the mapping of
locations (``mapping``) and the run (``sync``) of accounts of type ``workspace``.

The workspace holds one organization — the office's own — and its locations with office
hours; countries and languages are reference lists.  One organization contact of the book is
"our own organization" (chosen in the account: ``settings["own_organization"]``); its
locations sync two-way with ``/locations`` (create, PATCH; no delete).  The workspace
organization's name, slug, status and type are kept read-only in the account's settings
(``settings["workspace_organization"]``), the reference lists as ``settings["countries"]``
and ``settings["languages"]``.  Meetings, subscriptions and integrations are not contact data
and stay out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import Connection, delete

from app.i18n import QT_TRANSLATE_NOOP
from app.store import schema as s
from app.store.database import Database
from app.sync.accounts import Account
from app.sync.connector import (
    Capabilities,
    Carried,
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
from app.sync.connectors.workspace import mapping
from app.sync.connectors.workspace.client import ROUTES, WorkspaceClient
from app.sync.connectors.workspace.sync import (
    COUNTRIES,
    INFO,
    LANGUAGES,
    NO_DELETE,
    OWN,
    WorkspaceSyncEngine,
)

TYPE: Final = "workspace"
KIND: Final = "organization"

CAPABILITIES: Final = Capabilities(
    records=frozenset({KIND}),
    listing=ListingKind.FULL,
    change_detection=ChangeDetection.HASH,
    operations=Operations(create=True, update=True, delete=False),
    carried=Carried(
        {
            "contact": frozenset(),
            "location": frozenset({"name", "office_open_hour", "office_close_hour"}),
        }
    ),
    finds_lost_creates=False,
    notes={KIND: NO_DELETE},
)


class WorkspaceConnector:
    """The own organization's locations, two-way; countries and languages as lists."""

    type: str = TYPE
    label: str = QT_TRANSLATE_NOOP("Sync", "Workspace")
    kind: str = KIND
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = ROUTES

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        cid = ids.local("contact")
        out: Projection = {("contact", cid): {}}
        for position, doc in enumerate(record.doc.get("locations") or []):
            fields = mapping.from_remote(doc)
            key = ("location", ids.local(str(doc.get("@id") or position)))
            out[key] = {mapping.LOCAL[k]: v for k, v in fields.items()} | {
                "owner": cid,
                "position": position,
            }
        return out

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        items = sorted(
            (v for k, v in projection.items() if k[0] == "location"),
            key=lambda v: v.get("position", 0),
        )
        return {
            "locations": [
                {remote: item.get(local) for remote, local in mapping.LOCAL.items()}
                for item in items
            ]
        }

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        body = self.from_projection(kind, projection, None)
        return [
            RuleProblem("location", text)
            for fields in body["locations"]
            for text in mapping.problems(fields)
        ]

    def tidy_outbox(self, conn: Connection, account: Account) -> None:
        """Drop the account's queued edits of every contact but "our own organization"
        (every edit is queued for every account): only its edits wait for the workspace."""
        if account.id is None:
            return
        own = account.settings.get(OWN)
        o = s.sync_outbox
        query = delete(o).where(o.c.account_id == account.id)
        if isinstance(own, str) and own:
            query = query.where(o.c.local_id != own)
        conn.execute(query)

    def make_client(self, base_url: str, tenant: str, token: str, **kw: Any) -> WorkspaceClient:
        return WorkspaceClient(base_url, token, **kw)

    def make_engine(
        self, db: Database, client: WorkspaceClient, account: Account, **kw: Any
    ) -> WorkspaceSyncEngine:
        return WorkspaceSyncEngine(db, client, self, account, **kw)


register(TYPE, WorkspaceConnector)

__all__ = [
    "CAPABILITIES",
    "COUNTRIES",
    "INFO",
    "KIND",
    "LANGUAGES",
    "OWN",
    "TYPE",
    "WorkspaceConnector",
]
