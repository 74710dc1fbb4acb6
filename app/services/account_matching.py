"""The "Link or create" review of a new account's first pull.

When an account is added to a book that has contacts already, its first pull matches the
remote records to them (external id, VAT, e-mail, phone, name and city).  A certain match is
linked by the sync run; an uncertain one is never merged or duplicated silently: it waits here
as a sync issue of kind ``link_or_create`` of that account, with the remote document and the
candidates (``{local_id, score, reasons}``), until the user

* **links** it to one of the contacts (:meth:`AccountMatching.link`): the contact and the
  remote record are one from then on; with no version both sides agreed on yet, the next sync
  of the account shows every field on which they differ as a conflict to settle; or
* **creates** a new contact from it (:meth:`AccountMatching.create_new`), linked to the
  remote record.

:meth:`AccountMatching.propose` is how a sync run records an uncertain match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import select

from app.domain.changes import Flat, flatten_contact
from app.domain.enums import ContactKind
from app.domain.merge import unflatten_contact
from app.domain.models import AnyContact, IndividualContact, OrganizationContact, new_id
from app.i18n import translate
from app.store import schema as s
from app.store.accounts import AccountRepository
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.schema import utc_now
from app.store.sync_state import LINK_OR_CREATE, SyncRecord, SyncStateRepository
from app.sync.connector import LinkIds, RemoteRecord, connector_for, overlay
from app.sync.documents import document_hash

ISSUE: Final = LINK_OR_CREATE
JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Summary:
    """What the review shows of a contact or a remote record, line by line."""

    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.emails, *self.phones, *self.places]


@dataclass(frozen=True)
class Candidate:
    """A contact here that may be the remote record, how sure the match is and why."""

    local_id: str
    score: float  # 0..1
    reasons: list[str]
    summary: Summary
    exists: bool = True  # False: the contact was deleted since the match was found


@dataclass(frozen=True)
class PendingMatch:
    """One remote record waiting for the user's decision."""

    issue_id: str
    account_id: int
    account: str
    kind: str
    remote_id: str
    remote: Summary
    candidates: list[Candidate]
    at: datetime


class MatchError(ValueError):
    """The decision cannot be carried out; ``str()`` says why, nothing was changed."""


def summary_of(flat: Flat) -> Summary:
    """The name, e-mails, phones and places of a contact's flat form (or a projection)."""
    name = ""
    emails: list[str] = []
    phones: list[str] = []
    places: list[str] = []
    for (entity, _id), fields in flat.items():
        if entity == "contact":
            name = str(fields.get("name") or "")
        elif entity == "email" and fields.get("address"):
            emails.append(str(fields["address"]))
        elif entity == "phone" and fields.get("number"):
            phones.append(str(fields["number"]))
        elif entity == "address":
            place = " ".join(str(fields[k]) for k in ("zip", "city") if fields.get(k)).strip()
            if place:
                places.append(place)
    return Summary(name=name, emails=emails, phones=phones, places=places)


def _remote_summary(account_type: str, kind: str, remote_id: str, doc: JsonDict) -> Summary:
    try:
        connector = connector_for(account_type)
        return summary_of(connector.to_projection(RemoteRecord(kind, remote_id, doc), LinkIds()))
    except Exception:  # a document this version cannot read: show what it says of itself
        name = doc.get("name") or doc.get("display_name") or remote_id
        return Summary(name=str(name))


def contact_from_remote(
    account_type: str, kind: str, remote_id: str, doc: JsonDict, version: str | None = None
) -> tuple[AnyContact, LinkIds]:
    """A new contact holding what the remote record carries (and the ids it was given)."""
    connector = connector_for(account_type)
    ids = LinkIds()
    projection = connector.to_projection(RemoteRecord(kind, remote_id, doc, version), ids)
    contact_ids = [entity_id for entity, entity_id in projection if entity == "contact"]
    if len(contact_ids) != 1:
        raise MatchError(translate("Sync", "The remote record does not describe one contact."))
    kind_of = getattr(connector, "kind_of", None)  # a system carrying several kinds says
    contact_kind = ContactKind(kind_of(projection) if kind_of is not None else kind)
    name = str(projection[("contact", contact_ids[0])].get("name") or "").strip() or remote_id
    blank: AnyContact = (
        IndividualContact(id=contact_ids[0], name=name)
        if contact_kind is ContactKind.INDIVIDUAL
        else OrganizationContact(id=contact_ids[0], name=name)
    )
    flat = overlay(flatten_contact(blank), projection, connector.capabilities.carried)
    flat[("contact", contact_ids[0])]["name"] = name
    # Pictures the system sent are kept by the connector (the flat form has fingerprints).
    return unflatten_contact(flat, contact_kind, getattr(connector, "blobs", None)), ids


def _from_enfore_document(
    state: SyncStateRepository, kind: str, doc: JsonDict
) -> tuple[AnyContact, dict[str, str]]:
    """A new contact from an enfore contact document, with the remote ids of its parts, and
    the base's ``{remote id: local id}``."""
    from app.sync.documents import contact_from_document, entity_ids, record_ids

    contact = contact_from_document(doc, kind, record_ids(state, {}, None), tag_ids={}, report=[])
    return contact, entity_ids(contact)


class AccountMatching:
    """Records, lists and settles the uncertain matches of a first pull."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- recording (a sync run) --------------------------------------------------------------

    def propose(
        self,
        account_id: int,
        *,
        kind: str,
        remote_id: str,
        remote: JsonDict,
        candidates: Sequence[Mapping[str, Any]],
        title: str,
        version: str | None = None,
    ) -> str:
        """Keep an uncertain match for review: ``candidates`` are ``{local_id, score,
        reasons}``, best first.  Replaces the waiting match of the same remote record."""
        with self._db.transaction() as conn:
            return SyncStateRepository(conn, account_id).propose_match(
                kind=kind,
                remote_id=remote_id,
                remote=remote,
                version=version,
                title=title,
                candidates=(
                    (c["local_id"], c.get("score", 0.0), c.get("reasons") or []) for c in candidates
                ),
            )

    # --- the review ------------------------------------------------------------------------

    def count(self, account_id: int | None = None) -> int:
        """How many matches wait for a decision (of one account, or of all)."""
        return len(self.pending(account_id))

    def pending(self, account_id: int | None = None) -> list[PendingMatch]:
        """The matches waiting for a decision (of one account, or of all), oldest first."""
        t = s.sync_issues
        query = select(t.c.id, t.c.account_id).where(t.c.issue == ISSUE).order_by(t.c.at)
        if account_id is not None:
            query = query.where(t.c.account_id == account_id)
        out: list[PendingMatch] = []
        with self._db.reading() as conn:
            accounts = {a.id: a for a in AccountRepository(conn).all()}
            repo = ContactRepository(conn, Journal(conn, new_id(), utc_now()))
            for issue_id, owner in conn.execute(query).all():
                account = accounts.get(owner)
                row = SyncStateRepository(conn, owner).issue(issue_id)
                if row is None or account is None:
                    continue
                detail = row.detail
                remote_id = str(detail.get("remote_id") or "")
                wanted = [c for c in detail.get("candidates") or [] if c.get("local_id")]
                found = repo.get_many([str(c["local_id"]) for c in wanted])
                candidates = []
                for c in wanted:
                    contact = found.get(str(c["local_id"]))
                    alive = contact is not None and contact.deleted_at is None
                    candidates.append(
                        Candidate(
                            local_id=str(c["local_id"]),
                            score=float(c.get("score") or 0.0),
                            reasons=[str(r) for r in c.get("reasons") or []],
                            summary=summary_of(flatten_contact(contact))
                            if contact is not None
                            else Summary(name=str(c["local_id"])),
                            exists=alive,
                        )
                    )
                out.append(
                    PendingMatch(
                        issue_id=row.id,
                        account_id=owner,
                        account=account.name,
                        kind=row.kind,
                        remote_id=remote_id,
                        remote=_remote_summary(
                            account.type, row.kind, remote_id, dict(detail.get("remote") or {})
                        ),
                        candidates=candidates,
                        at=row.at,
                    )
                )
        return out

    # --- decisions -------------------------------------------------------------------------

    def link(self, issue_id: str, local_id: str) -> None:
        """The remote record is the contact ``local_id``: link them in the issue's account.
        The next sync of that account compares both with no common version, so every field
        on which they differ waits as a conflict; nothing is overwritten here."""
        with self._db.transaction() as conn:
            state, row = self._issue(conn, issue_id)
            remote_id = str(row.detail.get("remote_id") or "")
            repo = ContactRepository(conn, Journal(conn, new_id(), utc_now()))
            contact = repo.get(local_id)
            if contact is None or contact.deleted_at is not None:
                raise MatchError(
                    translate("Sync", "That contact is no longer in the address book.")
                )
            if contact.kind.value != row.kind:
                raise MatchError(
                    translate(
                        "Sync",
                        "A person can only be linked to a person, an organization to an organization.",
                    )
                )
            self._free(state, remote_id, row.kind, local_id)
            account = AccountRepository(conn).get(state.account_id)
            if account is not None and account.type == "enfore":
                from app.sync.engine import link_without_base

                # A bare base: the next run merges both sides part by part.
                link_without_base(conn, state.account_id, row.kind, local_id, remote_id)
            else:
                state.save_record(
                    SyncRecord(
                        local_id=local_id, kind=row.kind, aggregate="contact", remote_id=remote_id
                    )
                )
            state.clear_issue(row.local_id)

    def create_new(self, issue_id: str) -> AnyContact:
        """Make the remote record a new contact here, linked to it in the issue's account."""
        with self._db.transaction() as conn:
            state, row = self._issue(conn, issue_id)
            account = AccountRepository(conn).get(state.account_id)
            assert account is not None
            enfore = account.type == "enfore"
            remote_id = str(row.detail.get("remote_id") or "")
            doc = dict(row.detail.get("remote") or {})
            version = row.detail.get("version")
            try:
                if enfore:  # a contact document, its parts with ids of their own
                    contact, base_ids = _from_enfore_document(state, row.kind, doc)
                else:
                    contact, ids = contact_from_remote(
                        account.type, row.kind, remote_id, doc, version
                    )
                    base_ids = {local: key for key, local in ids.links().items()}
            except MatchError:
                raise
            except Exception as exc:
                raise MatchError(
                    translate("Sync", "The remote record cannot be read: {error}").format(error=exc)
                ) from None
            self._free(state, remote_id, row.kind, contact.id)
            repo = ContactRepository(conn, Journal(conn, new_id(), utc_now(), origin="sync"))
            if enfore:
                from app.sync.account_ids import seen_by

                repo = seen_by(state, conn, repo)  # the parts' ids as that account keeps them
            stored = repo.save(contact)
            state.save_record(
                SyncRecord(
                    local_id=stored.id,
                    kind=row.kind,
                    aggregate="contact",
                    remote_id=remote_id,
                    base=doc,
                    base_hash=document_hash(doc),
                    etag=str(version) if version is not None else None,
                    base_ids=base_ids,
                    synced_at=utc_now(),
                )
            )
            if enfore:
                state.set_remote_id("contact", stored.id, remote_id)
            state.clear_issue(row.local_id)
            return stored

    def _issue(self, conn: Any, issue_id: str) -> tuple[SyncStateRepository, Any]:
        t = s.sync_issues
        owner = conn.execute(
            select(t.c.account_id).where(t.c.id == issue_id, t.c.issue == ISSUE)
        ).scalar()
        if owner is None:
            raise MatchError(translate("Sync", "This record was linked or created already."))
        state = SyncStateRepository(conn, int(owner))
        row = state.issue(issue_id)
        assert row is not None
        return state, row

    @staticmethod
    def _free(state: SyncStateRepository, remote_id: str, kind: str, local_id: str) -> None:
        """Refuse a link that would make the account hold a record or a contact twice."""
        holder = next(
            (local for local, remote in state.remote_ids().items() if remote == remote_id), None
        )
        if holder is not None and holder != local_id:
            raise MatchError(
                translate("Sync", "This remote record is linked to another contact already.")
            )
        current = state.record(local_id)
        if current is not None and current.remote_id and current.remote_id != remote_id:
            raise MatchError(
                translate(
                    "Sync",
                    "That contact is linked to another record of this account already: "
                    "choose another one or create a new contact.",
                )
            )


__all__ = [
    "ISSUE",
    "AccountMatching",
    "Candidate",
    "MatchError",
    "PendingMatch",
    "Summary",
    "contact_from_remote",
    "summary_of",
]
