"""KIP companies behind the connector protocol: the mapping (``mapping``), the client
(``client``) and the connector of accounts of type ``kip``.

KIP is **push-only**: its API creates and updates companies and has no read path.  The user
marks which organizations are registered with KIP — a tick on the organization
(``settings["organizations"]``, the ids of those marked) or a tag chosen in the account
(``settings["tag"]``: every organization with that tag) — and Kontor creates them
(``POST /companies``, keeping the uuid KIP answers) and sends later changes (``PUT``).  The
base of a company is what Kontor last sent and KIP accepted; nothing is ever read back.

VAT and company registration numbers go with the create only.  A create whose answer was lost
cannot be found again (KIP has nothing to ask): the run says so and the company waits as a
sync issue until the user chooses to send it again or to leave it out of KIP.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from sqlalchemy import Connection, delete, select

from app.domain.models import AnyContact, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store import schema as s
from app.sync.accounts import Account
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
from app.sync.connectors.kip import mapping
from app.sync.connectors.kip.client import ROUTES, KipClient
from app.sync.documents import document_hash

TYPE: Final = "kip"
KIND: Final = "organization"
MARKED: Final = "organizations"  # account setting: ids of the organizations ticked for KIP
TAG: Final = "tag"  # account setting: every organization with this tag is registered too
# The notes below are English; show them with ``translate("Sync", NOTE)``.
NO_DELETE: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "KIP has no delete: the company stays registered there. Remove it in KIP by hand if it "
    "should go.",
)
LOST_CREATE: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "KIP's answer to creating this company was lost, and KIP has no way to look a company "
    "up, so Kontor cannot tell whether KIP made it. Check in KIP: if the company is not "
    "there, Retry sends it again; if it is, untick “Registered with KIP” on the organization "
    "(a second send would register it twice).",
)
CREATE_ONLY_REASON: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "KIP takes the VAT and company registration numbers when a company is registered and "
    "does not let them change afterwards.",
)

CAPABILITIES: Final = Capabilities(
    records=frozenset({KIND}),
    listing=ListingKind.NONE,
    change_detection=ChangeDetection.SENT_BASE,
    operations=Operations(create=True, update=True, delete=False),
    carried=mapping.CARRIED,
    finds_lost_creates=False,
    tombstones=False,
    notes={KIND: NO_DELETE},
)


def marked_ids(settings: Mapping[str, Any]) -> set[str]:
    value = settings.get(MARKED)
    return {str(v) for v in value} if isinstance(value, list) else set()


def tag_rule(settings: Mapping[str, Any]) -> str | None:
    value = settings.get(TAG)
    return value.strip() if isinstance(value, str) and value.strip() else None


class KipConnector:
    """KIP companies, push-only; no delete, no read path."""

    type: str = TYPE
    label: str = QT_TRANSLATE_NOOP("Sync", "KIP")
    kind: str = KIND
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = ROUTES
    read_only: tuple[str, ...] = mapping.READ_ONLY

    def __init__(self) -> None:
        self.marked: set[str] = set()
        self.tag: str | None = None

    def configure(self, account: Account) -> None:
        """Which organizations the account registers with KIP."""
        self.marked = marked_ids(account.settings)
        self.tag = tag_rule(account.settings)

    def wanted(self, conn: Connection) -> Iterable[str]:
        """The organizations to register: those ticked and those with the account's tag."""
        found = set(self.marked)
        if self.tag:
            t, ct, c = s.tags, s.contact_tags, s.contacts
            rows = conn.execute(
                select(ct.c.contact_id)
                .join(t, t.c.id == ct.c.tag_id)
                .join(c, c.c.id == ct.c.contact_id)
                .where(t.c.name == self.tag, c.c.kind == KIND, c.c.deleted_at.is_(None))
            ).scalars()
            found.update(str(r) for r in rows)
        return sorted(found)

    def tidy_outbox(self, conn: Connection, account: Account) -> None:
        """Drop the account's queued edits of contacts KIP does not carry (every edit is
        queued for every account): what waits for KIP is then only what KIP will get."""
        if account.id is None:
            return
        self.configure(account)
        o, r = s.sync_outbox, s.sync_records
        keep = set(self.wanted(conn))
        keep.update(
            str(i)
            for i in conn.execute(
                select(r.c.local_id).where(r.c.account_id == account.id)
            ).scalars()
        )
        queued = conn.execute(select(o.c.local_id).where(o.c.account_id == account.id)).scalars()
        gone = [str(i) for i in queued if str(i) not in keep]
        for start in range(0, len(gone), 500):
            conn.execute(
                delete(o).where(
                    o.c.account_id == account.id, o.c.local_id.in_(gone[start : start + 500])
                )
            )

    # --- the protocol ---------------------------------------------------------------------

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        return mapping.to_projection(record.doc, ids)

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        return mapping.from_projection(projection, base.doc if base is not None else None)

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        return mapping.check(projection)

    # --- what the document engine asks ----------------------------------------------------

    def make_client(self, base_url: str, tenant: str, token: str, **kw: Any) -> KipClient:
        return KipClient(base_url, token, **kw)

    def prepare(self, client: KipClient) -> None:
        return None

    def listing(self, client: KipClient) -> Listing:
        raise NotImplementedError("KIP has no read path")

    def fetch(self, client: KipClient, remote_id: str) -> JsonDict | None:
        raise NotImplementedError("KIP has no read path")

    def create(self, client: KipClient, body: JsonDict) -> JsonDict:
        uuid, links = client.create_company(mapping.create_body(body))
        # The base is the whole company as Kontor has it in KIP's terms (empty fields too).
        return {**body, "uuid": uuid, "links": links}

    def update(self, client: KipClient, remote_id: str, body: JsonDict) -> JsonDict:
        """``body`` holds the fields that changed against the base; KIP's update takes the
        whole company, so the base is completed by the engine (:meth:`full_update`)."""
        client.update_company(remote_id, mapping.update_body(body))
        return body

    def full_update(self, base: JsonDict, changes: JsonDict) -> JsonDict:
        """The company to send for ``changes`` against ``base``: the base with the changes,
        the create-only numbers as KIP has them (nothing when only those changed: KIP keeps
        the numbers it was registered with)."""
        merged = {**base, **changes}
        for name in mapping.CREATE_ONLY:
            merged[name] = base.get(name)
        return merged if merged != base else {}  # only the create-only numbers changed

    def delete(self, client: KipClient, remote_id: str) -> None:
        raise NotImplementedError(NO_DELETE)

    def find_created(self, client: KipClient, local_id: str) -> JsonDict | None:
        return None

    @staticmethod
    def remote_id(doc: JsonDict) -> str:
        value = doc.get("uuid")
        return str(value) if value else ""

    @staticmethod
    def version(doc: JsonDict) -> str | None:
        return document_hash({k: v for k, v in doc.items() if k not in mapping.READ_ONLY})

    @staticmethod
    def deleted(doc: JsonDict) -> bool:
        return False

    def carries(self, contact: AnyContact) -> bool:
        if not isinstance(contact, OrganizationContact):
            return False
        if contact.id in self.marked:
            return True
        wanted = self.tag.casefold() if self.tag else None
        return wanted is not None and any(t.name.casefold() == wanted for t in contact.tags)

    def project_local(self, contact: AnyContact) -> Projection:
        assert isinstance(contact, OrganizationContact)
        return mapping.project_contact(contact)

    @staticmethod
    def link_keys(projection: Projection) -> dict[str, str]:
        return mapping.link_keys(projection)

    def display_name(self, doc: JsonDict) -> str:
        name = doc.get("name")
        return name if isinstance(name, str) and name else str(doc.get("uuid"))

    def lost_create_note(self) -> str:
        return translate("Sync", LOST_CREATE)


register(TYPE, KipConnector)

__all__ = [
    "CAPABILITIES",
    "CREATE_ONLY_REASON",
    "KIND",
    "LOST_CREATE",
    "MARKED",
    "NO_DELETE",
    "TAG",
    "TYPE",
    "KipConnector",
    "marked_ids",
    "tag_rule",
]
