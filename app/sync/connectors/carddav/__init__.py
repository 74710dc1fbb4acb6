"""CardDAV address books behind the connector protocol: accounts of type ``carddav``.

Any CardDAV server (Nextcloud, iCloud, Radicale, a phone through DAVx5) holds vCards;
Kontor's own vCard reader and writer map them (:mod:`.mapping`), the client speaks the
protocol (:mod:`.client`).  The account's address is the server's, its ``tenant`` the address
book's path (chosen after discovery), its user the login; the secret in the keychain (or
``KONTOR_API_TOKEN``) is the password — or a bearer token (``settings["auth"] = "bearer"``,
or no user).

**Listing** is ``sync-collection`` (RFC 6578) from the token of the last complete run: only
the cards changed since are read (``addressbook-multiget``), the others are listed with the
ETag of their base, which the engine takes as unchanged.  A token the server forgot is a full
listing (every card's ETag; only changed ones read; a card missing from it is confirmed gone
before it is trashed here); an address book without ``sync-collection`` is listed by its
``getctag`` (unchanged: nothing to read) and the ETag of every card.  The token is kept in
the account's settings (``connector_state``) only after a run has taken in the whole listing.

**Writes** are conditional: a new card is ``PUT`` with ``If-None-Match: *`` at
``<address book>/<contact id>.vcf`` (a create whose answer was lost is found again there); a
changed one with ``If-Match`` of the version merged with, a delete with ``If-Match``.  A 412
means the card changed meanwhile: the engine reads it again and merges field by field, or
keeps a conflict — it never overwrites.  Cards are written as vCard 4.0, or 3.0 where the
address book takes nothing newer.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any, Final

from sqlalchemy import Connection, select

from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.store import schema as s
from app.sync.accounts import Account
from app.sync.client import ApiError, Listing
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
from app.sync.connectors.carddav import cards, mapping
from app.sync.connectors.carddav.client import (
    CardDavClient,
    InvalidSyncToken,
    PreconditionFailed,
    SyncUnsupported,
)
from app.sync.document_sync import RecordChanged

TYPE: Final = "carddav"
KIND: Final = "individual"  # the kind of its sync records; cards of organizations too

CAPABILITIES: Final = Capabilities(
    records=frozenset({"individual", "organization"}),
    listing=ListingKind.SYNC_TOKEN,
    change_detection=ChangeDetection.ETAG,
    operations=Operations(create=True, update=True, delete=True),
    carried=mapping.CARRIED,
    finds_lost_creates=True,
    tombstones=False,
)


class CardDavConnector:
    """A CardDAV address book: people and organizations, two-way."""

    type: str = TYPE
    label: str = "CardDAV"
    kind: str = KIND
    capabilities: Capabilities = CAPABILITIES
    routes: Mapping[str, str] = {}
    read_only: tuple[str, ...] = mapping.READ_ONLY

    def __init__(self) -> None:
        # Picture bytes by fingerprint (the flat form keeps the fingerprint only).
        self.blobs: dict[str, bytes] = {}
        self.account_id: int | None = None
        self.send_all = True

    def configure(self, account: Account) -> None:
        """The account synced: whether the whole book goes to the address book
        (``settings["send_all"]``, on unless switched off) or only what changes from now."""
        self.account_id = account.id
        value = account.settings.get("send_all", True)
        self.send_all = value if isinstance(value, bool) else True

    def wanted(self, conn: Connection) -> Iterable[str]:
        """Every person and organization of the book not linked to the address book yet (an
        address book is the book seen on a phone: all of it goes there, not only what
        changes after the account was added)."""
        if not self.send_all or self.account_id is None:
            return []
        c, r = s.contacts, s.sync_records
        linked = select(r.c.local_id).where(r.c.account_id == self.account_id)
        rows = conn.execute(
            select(c.c.id).where(
                c.c.deleted_at.is_(None),
                c.c.kind.in_(("individual", "organization")),
                c.c.id.not_in(linked),
            )
        ).scalars()
        return [str(x) for x in rows]

    # --- the protocol ---------------------------------------------------------------------

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection:
        return mapping.to_projection(record.doc, ids, self.blobs)

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict:
        return mapping.body(projection, base.doc if base is not None else None, self.blobs)

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]:
        return []

    # --- clients ----------------------------------------------------------------------------

    def make_client(self, base_url: str, tenant: str, token: str, **kw: Any) -> CardDavClient:
        return CardDavClient(base_url, token, addressbook=tenant, **kw)

    def client_for(self, account: Account, secret: str, **kw: Any) -> CardDavClient:
        """The client of one account (its user, way of signing in and address book)."""
        settings = account.settings
        return CardDavClient(
            account.base_url,
            secret,
            user=account.user,
            auth=str(settings.get("auth") or ""),
            addressbook=account.tenant,
            vcard_version=str(settings.get("vcard_version") or ""),
            **kw,
        )

    # --- what the document engine asks ----------------------------------------------------

    def prepare(self, client: CardDavClient) -> None:
        """What the address book can do: which vCard version it takes (unless the account
        says) and whether it answers sync-collection."""
        book = client.book(tags=False)
        client.abilities = book  # type: ignore[attr-defined]
        if not client.vcard_version:
            client.vcard_version = book.vcard_version

    def begin_listing(
        self, client: CardDavClient, state: Mapping[str, Any], known: Mapping[str, str | None]
    ) -> None:
        """The state kept from the last complete run, and the cards linked (href → ETag)."""
        client.listing_state = dict(state)  # type: ignore[attr-defined]
        client.known = dict(known)  # type: ignore[attr-defined]
        client.next_state = None  # type: ignore[attr-defined]

    def end_listing(self, client: CardDavClient) -> dict[str, Any] | None:
        """The state to keep once the whole listing was taken in."""
        return getattr(client, "next_state", None)

    def listing(self, client: CardDavClient) -> Listing:
        state: dict[str, Any] = getattr(client, "listing_state", {})
        known: dict[str, str | None] = getattr(client, "known", {})
        pending_gone = {h for h in state.get("gone") or [] if h in known}
        try:
            book = getattr(client, "abilities", None) or client.book(tags=False)
            present: dict[str, str | None]
            token = state.get("sync_token") if isinstance(state.get("sync_token"), str) else None
            delta = None
            how = "sync-collection"
            if book.supports_sync and not state.get("no_sync"):
                try:
                    delta = client.sync_collection(token)
                except InvalidSyncToken:
                    how = "full listing (the server no longer knew the sync token)"
                    token = None
                    delta = client.sync_collection(None)
                except SyncUnsupported:
                    delta = None
            gone: set[str] = set()
            if delta is not None:
                if token is None:
                    present = dict(delta.changed)
                else:
                    present = {h: e for h, e in known.items() if h not in pending_gone}
                    present.update(delta.changed)
                    gone = (delta.gone | pending_gone) - set(delta.changed)
                    for href in gone:
                        present.pop(href, None)
                next_state: dict[str, Any] = {"sync_token": delta.token, "gone": sorted(gone)}
            elif state.get("ctag") and (book := client.book()).ctag == state.get("ctag"):
                how = "getctag (unchanged)"
                present = {h: e for h, e in known.items() if h not in pending_gone}
                gone = pending_gone
                next_state = {"ctag": book.ctag, "no_sync": True, "gone": sorted(gone)}
            else:
                how = "ETag listing"
                book = client.book()
                present = client.etags()
                next_state = {"ctag": book.ctag, "no_sync": True, "gone": []}
            wanted = [h for h, e in present.items() if e is None or known.get(h) != e]
            docs: dict[str, JsonDict] = {}
            for card in client.multiget(wanted):
                doc = cards.document(card.href, card.etag, card.text)
                docs[card.href] = doc
        except ApiError as exc:
            return Listing([], complete=False, error=exc)
        items: list[JsonDict] = []
        for href, etag in present.items():
            card_doc = docs.get(href)
            if card_doc is not None:
                if not mapping.is_group(card_doc):
                    items.append(card_doc)
            elif href in known and known[href] is not None and etag == known[href]:
                items.append({cards.HREF: href, cards.ETAG: etag})  # unchanged: its base
        client.next_state = next_state  # type: ignore[attr-defined]
        client.listed_by = how  # type: ignore[attr-defined]
        return Listing(items)

    def fetch(self, client: CardDavClient, remote_id: str) -> JsonDict | None:
        card = client.get(remote_id)
        if card is None:
            client.fetched.pop(remote_id, None)
            return None
        doc = cards.document(remote_id, card.etag, card.text)
        client.fetched[remote_id] = doc
        return copy.deepcopy(doc)

    def _text(self, client: CardDavClient, props: Mapping[str, Any], version: str) -> str:
        return cards.card_text(props, version)

    def create(self, client: CardDavClient, body: JsonDict) -> JsonDict:
        version = client.vcard_version or "4.0"
        props = dict(body)
        if version == "3.0":
            props = {k: cards.lines_as_3(v) if isinstance(v, list) else v for k, v in props.items()}
        uid = cards.unfold((props.get("UID") or [""])[0]).split(":", 1)[-1]
        uid = uid[9:] if uid.lower().startswith("urn:uuid:") else uid
        href = client.new_href(uid)
        try:
            etag = client.put(href, cards.card_text(props, version))
        except PreconditionFailed:
            # A card is there already: a create whose answer was lost.  Read it and merge.
            raise RecordChanged(href) from None
        return self._after_write(client, href, etag, props, version)

    def _after_write(
        self,
        client: CardDavClient,
        href: str,
        etag: str | None,
        props: Mapping[str, Any],
        version: str,
    ) -> JsonDict:
        """The card as the server keeps it now (servers may rewrite what they are sent)."""
        card = client.get(href)
        if card is not None:
            doc = cards.document(href, card.etag or etag, card.text)
        else:
            doc = {**props, cards.HREF: href, cards.ETAG: etag, cards.VERSION: version}
        client.fetched[href] = doc
        return copy.deepcopy(doc)

    def update(self, client: CardDavClient, remote_id: str, body: JsonDict) -> JsonDict:
        theirs = client.fetched.get(remote_id)
        if theirs is None:
            fetched = self.fetch(client, remote_id)
            if fetched is None:
                raise RecordChanged(remote_id)
            theirs = fetched
        version = str(theirs.get(cards.VERSION) or "4.0")
        props = {k: v for k, v in theirs.items() if not k.startswith("@")}
        for name, lines in body.items():
            if name.startswith("@"):
                continue
            if lines is None:
                props.pop(name, None)
            else:
                props[name] = cards.lines_as_3(lines) if version == "3.0" else lines
        try:
            etag = client.put(
                remote_id, cards.card_text(props, version), etag=theirs.get(cards.ETAG) or "*"
            )
        except PreconditionFailed:
            client.fetched.pop(remote_id, None)
            raise RecordChanged(remote_id) from None
        return self._after_write(client, remote_id, etag, props, version)

    def delete(self, client: CardDavClient, remote_id: str) -> None:
        theirs = client.fetched.get(remote_id)
        etag = theirs.get(cards.ETAG) if theirs is not None else None
        try:
            client.delete(remote_id, etag=etag)
        except PreconditionFailed:
            client.fetched.pop(remote_id, None)
            raise RecordChanged(remote_id) from None

    def find_created(self, client: CardDavClient, local_id: str) -> JsonDict | None:
        return self.fetch(client, client.new_href(local_id))

    @staticmethod
    def remote_id(doc: JsonDict) -> str:
        return str(doc.get(cards.HREF) or "")

    @staticmethod
    def version(doc: JsonDict) -> str | None:
        value = doc.get(cards.ETAG)
        return str(value) if value else None

    @staticmethod
    def deleted(doc: JsonDict) -> bool:
        return False

    @staticmethod
    def carries(contact: AnyContact) -> bool:
        return isinstance(contact, IndividualContact | OrganizationContact)

    def project_local(self, contact: AnyContact) -> Projection:
        return mapping.project_local(contact, self.blobs)

    @staticmethod
    def link_keys(projection: Projection) -> dict[str, str]:
        return mapping.keys_of(projection)

    @staticmethod
    def kind_of(projection: Projection) -> str:
        return mapping.kind_of(projection)

    def display_name(self, doc: JsonDict) -> str:
        return mapping.display_name(doc)


register(TYPE, CardDavConnector)

__all__ = ["CAPABILITIES", "KIND", "TYPE", "CardDavConnector", "RecordChanged"]
