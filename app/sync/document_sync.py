"""Sync of an account whose records are single documents (Kanbert contacts, partner-portal
organizations), through the connector of its type.

The run keeps the guarantees of the enfore sync, with the state of this account only (links,
bases, outbox position, issues and runs carry its ``account_id``); failures are classified by
:class:`app.sync.run_records.RunBase` as for enfore (401 / 403 stop the run, 400 / 422 reject
one record with the server's words, 5xx / network postpone one record, three in a row end the
run as offline).

**Push**, record by record from the account's outbox:

* records the system does not carry (another kind, placeholder customers, lists) leave the
  outbox at once;
* the system's own rules (:meth:`Connector.check`) are checked first; a record that breaks
  them is held back with the reasons as this account's issue, the others go on;
* a new record is created (a create sent before whose answer was lost is first looked for by
  ``external_id`` where the system allows it);
* a linked record is fetched and merged **field by field in the system's form**: the body
  Kontor would send now (``from_projection`` of the contact's projection) is compared with the
  same mapping of the base, the system's copy with the base; a field changed on one side takes
  that side's value, the same change on both is no conflict, different changes are a conflict
  that waits for the user with both values (nothing of that record is sent).  Only the fields
  that differ from the system's copy are sent;
* what the system changed since the base is written onto the local contact — only the fields
  it carries (:data:`Capabilities.carried`), so a field it does not know is never cleared;
* a contact moved to the trash is deleted there when the system has a delete and its copy did
  not change since the base; a system without a delete keeps it, and the account's issues say
  so.

**Pull** reads the whole listing.  A record whose version (``updated_at``, or the hash of what
was listed) is the base's is not looked at further.  Changes are written onto contacts with no
edits waiting to be sent (those are merged by their push).  A record not linked yet is
matched to the book's contacts (:func:`find_matches`: Kontor's id as the system's external id,
VAT, e-mail, phone, name in the same city): a certain match is linked (and merged by a push
in the same run), an uncertain one waits for the user as a "link or create" review
(an issue of kind ``link_or_create``: :func:`pending_matches`), no match makes a new contact.

**Deletions**: only from a whole listing (a failed page or a page with problems deletes
nothing); tombstones (``deleted_at``) and records missing from it are each confirmed with a
GET, at most ``delete_limit`` per run without a yes; then trashed here (a conflict when the
contact has unsent edits).

A contact changed here by another account's sync (or this one's) is sent to every other
account it is linked to: the run enqueues it for them.

**Related records** (a connector with ``related_kind``: Kanbert's companies) are records of
another kind the system lists beside its own and its records refer to.  They are read, never
written: each pull takes in those listed (``related_listing``) and those its records name
(``related_in``).  One not linked yet is linked to the book's contact of that kind with
Kontor's id as its external id or the same name (case, accents and spacing aside): one such
contact is a certain match; several wait for the user ("link or create"); with none, a contact
is made.  The links (sync records of that kind) are given to the connector before anything is
mapped (``use_related``), so a record's references become links to local contacts.  A renamed
related record renames its contact here unless the name was changed here too; one gone from
the system deletes nothing here, nor is a contact linked to one ever deleted there: its link
is marked gone and the account's issues say so (:mod:`app.sync.related_gone`).
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Final, Protocol

from sqlalchemy import Connection, delete, func, insert, select

from app.domain.changes import Flat, flatten_contact
from app.domain.enums import ContactKind
from app.domain.keys import EMAIL, PHONE, VAT, contact_keys
from app.domain.merge import unflatten_contact
from app.domain.models import AnyContact, new_id
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.store import schema as s
from app.store.accounts import AccountRepository
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.rows import optional_sort_key
from app.store.schema import utc_now
from app.store.sync_state import (
    LINK_OR_CREATE,
    SyncIssueRow,
    SyncRecord,
    SyncStateRepository,
    enqueue,
    enqueue_for_linked,
    queue_changed_since_sync,
)
from app.sync.accounts import Account
from app.sync.client import ApiError, ApiNotFound, ApiUnavailable, JsonApiClient, Listing
from app.sync.connector import (
    Capabilities,
    JsonDict,
    LinkIds,
    ListingKind,
    Projection,
    RemoteRecord,
    RuleProblem,
)
from app.sync.progress import SyncProgress, SyncSummary
from app.sync.related_gone import forget_notice, is_gone_notice, mark_gone, revive
from app.sync.run_records import Postponed, Refused, RunBase, StopRun, txn_id
from app.sync.wire import WireError

log = logging.getLogger(__name__)

DEFAULT_DELETE_LIMIT: Final = 50
#: Records not linked yet taken in per transaction by a pull.
NEW_BATCH: Final = 200
#: In an account's settings: what its connector keeps between runs (a sync token).
CONNECTOR_STATE: Final = "connector_state"
#: In the base of a record whose create answer was lost on a system with no read path: the
#: user chose to send it again.
RESEND_CONFIRMED: Final = "resend_confirmed"
_ABSENT: Final = object()


class RecordChanged(Exception):  # noqa: N818 - control flow inside a run
    """The record changed on the system between reading and writing it (a conditional write
    refused, as a 412): the engine reads it again and merges, never overwrites."""


class DocumentConnector(Protocol):
    """What the engine asks of a connector whose records are single documents."""

    type: str
    label: str
    kind: str
    capabilities: Capabilities
    read_only: tuple[str, ...]

    def to_projection(self, record: RemoteRecord, ids: LinkIds) -> Projection: ...

    def from_projection(
        self, kind: str, projection: Projection, base: RemoteRecord | None
    ) -> JsonDict: ...

    def check(self, kind: str, projection: Projection) -> list[RuleProblem]: ...

    def prepare(self, client: Any) -> None: ...

    def listing(self, client: Any) -> Listing: ...

    def fetch(self, client: Any, remote_id: str) -> JsonDict | None: ...

    def create(self, client: Any, body: JsonDict) -> JsonDict: ...

    def update(self, client: Any, remote_id: str, body: JsonDict) -> JsonDict: ...

    def delete(self, client: Any, remote_id: str) -> None: ...

    def find_created(self, client: Any, local_id: str) -> JsonDict | None: ...

    def remote_id(self, doc: JsonDict) -> str: ...

    def version(self, doc: JsonDict) -> str | None: ...

    def deleted(self, doc: JsonDict) -> bool: ...

    def carries(self, contact: AnyContact) -> bool: ...

    def project_local(self, contact: AnyContact) -> Projection: ...

    def link_keys(self, projection: Projection) -> dict[str, str]: ...

    def display_name(self, doc: JsonDict) -> str: ...


# --- the three-way merge in the system's form ---------------------------------------------


@dataclass(frozen=True)
class DocConflict:
    """One field changed on both sides to different values (in the system's terms)."""

    field: str
    base: Any
    mine: Any
    theirs: Any


def merge_fields(
    base: JsonDict,
    mapped_base: JsonDict,
    mine: JsonDict,
    theirs: JsonDict,
    mapped_theirs: JsonDict,
    *,
    read_only: Iterable[str] = (),
    prefer: Mapping[str, str] | None = None,
) -> tuple[JsonDict, list[DocConflict]]:
    """Merge ``mine`` (what Kontor would send now) and ``theirs`` (the system's copy) against
    the base.  Local edits are found against ``mapped_base`` (the base through the same
    mapping as ``mine``, so that a value written differently is no edit); remote edits against
    ``base`` itself.  ``custom_fields`` merge key by key.  ``prefer`` settles conflicts
    (``{field: "mine" | "theirs"}``).  Returns the body and the conflicts left."""
    skip = set(read_only)
    merged: JsonDict = {k: v for k, v in theirs.items() if k not in skip}
    conflicts: list[DocConflict] = []
    names = dict.fromkeys([*mapped_base, *mine, *theirs])
    for name in names:
        if name in skip:
            continue
        b = base.get(name)
        nb = mapped_base.get(name)
        m = mine.get(name)
        t = theirs.get(name)
        nt = mapped_theirs.get(name)
        if name == "custom_fields" and all(isinstance(v, dict | None) for v in (b, nb, m, t, nt)):
            sub, clashes = merge_fields(
                b or {}, nb or {}, m or {}, t or {}, nt or {}, prefer=_sub(prefer, name)
            )
            merged[name] = sub
            conflicts += [
                DocConflict(f"{name}.{c.field}", c.base, c.mine, c.theirs) for c in clashes
            ]
            continue
        value, clash = _merge_one(b, nb, m, t, nt)
        if clash:
            choice = (prefer or {}).get(name)
            if choice == "theirs":
                value = t
            elif choice == "mine":
                value = m
            else:
                conflicts.append(DocConflict(name, b, m, t))
        merged[name] = value
    return merged, conflicts


def _sub(prefer: Mapping[str, str] | None, name: str) -> dict[str, str]:
    start = f"{name}."
    return {k[len(start) :]: v for k, v in (prefer or {}).items() if k.startswith(start)}


def _merge_one(b: Any, nb: Any, m: Any, t: Any, nt: Any) -> tuple[Any, bool]:
    local_changed = m != nb
    remote_changed = t != b
    if not local_changed:
        return t, False
    if not remote_changed or m in (t, nt):
        return m if remote_changed is False else t, False
    return m, True


# --- writing the system's changes onto a contact ------------------------------------------


def apply_remote(local: Flat, before: Projection, after: Projection) -> Flat:
    """``local`` with what the system changed from ``before`` to ``after`` (both its
    projections under the same local ids): changed fields take the new value, entities it
    added are added, entities it dropped are removed.  Nothing else is touched."""
    out = copy.deepcopy(local)
    for key, fields in after.items():
        old = before.get(key)
        if key not in out:
            if old is None or any(old.get(f) != v for f, v in fields.items()):
                out[key] = copy.deepcopy(fields)
            continue
        current = out[key]
        for name, value in fields.items():
            if old is None or old.get(name) != value:
                if name in ("owner", "position") and name in current:
                    continue
                current[name] = copy.deepcopy(value)
    for key in before:
        if key not in after and key[0] != "contact":
            out.pop(key, None)
    return out


# --- matching a record not linked yet ------------------------------------------------------


@dataclass(frozen=True)
class Match:
    local_id: str
    name: str
    reasons: tuple[str, ...]
    score: float = 0.0


_KEY_LABELS: Final = {
    VAT: QT_TRANSLATE_NOOP("Sync", "same VAT number ({key})"),
    EMAIL: QT_TRANSLATE_NOOP("Sync", "same e-mail ({key})"),
    PHONE: QT_TRANSLATE_NOOP("Sync", "same phone ({key})"),
}
_KEY_WEIGHTS: Final = {VAT: 0.98, EMAIL: 0.95, PHONE: 0.9, "name": 0.85}


def find_matches(
    conn: Connection, draft: AnyContact, exclude: set[str]
) -> tuple[list[Match], bool]:
    """The book's contacts that may be ``draft`` (same kind, not in the trash, not in
    ``exclude``) by the duplicate finder's keys: VAT, e-mail, phone, the same name in the same
    city.  Returns the candidates and whether the match is certain: one candidate only, with
    the same VAT number, or with an e-mail or phone and the same name, or with two kinds of
    key."""
    reasons: dict[str, list[tuple[str, str]]] = {}
    k, c = s.contact_keys, s.contacts
    for kind, key in sorted(contact_keys(draft)):
        rows = conn.execute(
            select(k.c.contact_id)
            .join(c, c.c.id == k.c.contact_id)
            .where(
                k.c.kind == kind,
                k.c.key == key,
                c.c.deleted_at.is_(None),
                c.c.kind == draft.kind.value,
            )
        ).scalars()
        for contact_id in rows:
            if contact_id not in exclude:
                reasons.setdefault(contact_id, []).append(
                    (kind, translate("Sync", _KEY_LABELS[kind]).format(key=key))
                )
    city = next((a.city for a in draft.addresses if a.city), None)
    city_key = optional_sort_key(city)
    if city_key and draft.name.strip():
        rows = conn.execute(
            select(c.c.id)
            .where(
                c.c.sort_city == city_key,
                c.c.kind == draft.kind.value,
                func.lower(c.c.name) == draft.name.strip().lower(),
                c.c.deleted_at.is_(None),
            )
            .limit(20)
        ).scalars()
        for contact_id in rows:
            if contact_id not in exclude:
                reasons.setdefault(contact_id, []).append(
                    ("name", translate("Sync", "same name in {city}").format(city=city))
                )
    if not reasons:
        return [], False
    names = dict(conn.execute(select(c.c.id, c.c.name).where(c.c.id.in_(list(reasons)))).all())
    found = sorted(
        (
            Match(cid, names.get(cid, ""), tuple(text for _, text in why), _score(why))
            for cid, why in reasons.items()
        ),
        key=lambda m: -m.score,
    )
    certain = False
    if len(found) == 1:
        kinds = {kind for kind, _ in reasons[found[0].local_id]}
        same_name = found[0].name.strip().casefold() == draft.name.strip().casefold()
        certain = (
            VAT in kinds
            or (bool(kinds & {EMAIL, PHONE}) and same_name)
            or len(kinds & {VAT, EMAIL, PHONE}) >= 2
        )
    return found, certain


def _score(reasons: list[tuple[str, str]]) -> float:
    """Independent pieces of evidence combined: 1 - Π(1 - weight)."""
    miss = 1.0
    for kind, _ in reasons:
        miss *= 1.0 - _KEY_WEIGHTS.get(kind, 0.5)
    return round(1.0 - miss, 4)


def pending_matches(conn: Connection, account_id: int) -> list[SyncIssueRow]:
    """The records of an account waiting for "link or create" (issues of kind
    :data:`LINK_OR_CREATE`: ``detail`` holds ``remote_id``, ``remote`` (the document),
    ``version`` and ``candidates`` ``[{local_id, score, reasons}]``)."""
    return SyncStateRepository(conn, account_id).issues(LINK_OR_CREATE)


def settle_conflict(db: Database, account_id: int, local_id: str, keep: str) -> None:
    """Settle every conflict of one record keeping ``"mine"`` or ``"theirs"``; the next run
    sends and stores the result."""
    if keep not in ("mine", "theirs"):
        raise ValueError(keep)
    with db.transaction() as conn:
        state = SyncStateRepository(conn, account_id)
        issue = state.issue_for(local_id)
        if issue is None or issue.issue != "conflict":
            raise KeyError(local_id)
        detail = dict(issue.detail)
        detail["resolution"] = {c["field"]: keep for c in detail.get("conflicts") or []}
        state.put_issue(
            local_id=local_id,
            kind=issue.kind,
            issue="conflict",
            title=issue.title,
            detail=detail,
            now=utc_now(),
            seq=issue.seq,
            theirs=issue.theirs,
            theirs_etag=issue.theirs_etag,
        )
        enqueue(conn, account_id, local_id)


def confirm_resend(conn: Connection, account_id: int, local_id: str) -> bool:
    """The user chose to send again a record whose create answer was lost on a system that
    cannot be asked (:data:`RESEND_CONFIRMED`); ``False`` when no such create waits."""
    state = SyncStateRepository(conn, account_id)
    record = state.record(local_id)
    if record is None or record.remote_id is not None:
        return False
    record.base = {RESEND_CONFIRMED: True}
    state.save_record(record)
    enqueue(conn, account_id, local_id)
    return True


# --- the engine -----------------------------------------------------------------------------


class DocumentSyncEngine:
    """Runs syncs of one local database with one account of a single-document system."""

    def __init__(
        self,
        db: Database,
        client: JsonApiClient,
        connector: DocumentConnector,
        account: Account,
        *,
        delete_limit: int = DEFAULT_DELETE_LIMIT,
    ) -> None:
        if account.id is None:
            raise ValueError("the account is not stored yet")
        self.db = db
        self.client = client
        self.connector = connector
        self.account = account
        self.account_id = account.id
        self.delete_limit = delete_limit

    def run(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        run = _DocumentRun(self, progress, cancelled, allow_mass_delete)
        return run_recorded(self.db, self.account_id, self.client, run, cancelled)


class _Executable(Protocol):
    summary: SyncSummary

    def execute(self) -> None: ...


class _Pausable(Protocol):
    def pause_with(self, sleep: Callable[[float], None]) -> Callable[[float], None]: ...


def run_recorded(
    db: Database,
    account_id: int,
    client: _Pausable,
    run: _Executable,
    cancelled: Callable[[], bool] | None,
) -> SyncSummary:
    """Execute ``run`` as one recorded run of the account: a run row started and finished
    with its outcome, Cancel ending any pause before a retry, a stop (offline, credentials,
    an unreadable answer) ending the run incomplete rather than raising."""
    with db.transaction() as conn:
        run_id = SyncStateRepository(conn, account_id).start_run(utc_now())
    previous = None
    if cancelled is not None:
        from app.sync.engine import _pause

        previous = client.pause_with(partial(_pause, cancelled=cancelled))
    try:
        run.execute()
    except (StopRun, WireError) as error:
        stop = error if isinstance(error, StopRun) else Postponed.unreadable(error)
        run.summary.outcome = stop.outcome
        run.summary.complete = False
        run.summary.messages.append(stop.message)
    except Exception as exc:
        run.summary.outcome = "error"
        run.summary.complete = False
        run.summary.messages.append(translate("Sync", "Sync failed: {error}").format(error=exc))
        _finish_run(db, account_id, run_id, run.summary)
        raise
    finally:
        if previous is not None:
            client.pause_with(previous)
    _finish_run(db, account_id, run_id, run.summary)
    return run.summary


def _why(listing: Listing) -> str:
    """Why a listing came back incomplete, when the server was not reached for a page (" The
    server example.com did not answer in time."); "" otherwise (the note says enough)."""
    error = listing.error
    if isinstance(error, ApiUnavailable) and error.reason:
        return " " + str(error)
    return ""


def _finish_run(db: Database, account_id: int, run_id: int, summary: SyncSummary) -> None:
    with db.transaction() as conn:
        SyncStateRepository(conn, account_id).finish_run(
            run_id,
            utc_now(),
            complete=summary.complete,
            outcome=summary.outcome,
            summary=summary.as_json(),
        )


class _DocumentRun(RunBase):
    def __init__(
        self,
        engine: DocumentSyncEngine,
        progress: Callable[[SyncProgress], None] | None,
        cancelled: Callable[[], bool] | None,
        allow_mass_delete: bool,
    ) -> None:
        self.engine = engine
        self.db = engine.db
        self.client = engine.client  # type: ignore[assignment]
        self.con = engine.connector
        self.label = translate("Sync", engine.connector.label)  # the system, as the user reads it
        self.account_id = engine.account_id
        self.kind = ContactKind(engine.connector.kind)
        self._progress = progress
        self._cancelled = cancelled
        self.allow_mass_delete = allow_mass_delete
        self.summary = SyncSummary()
        self.handled: set[str] = set()
        self.tombstones: list[SyncRecord] = []
        # The records of the kind carried, as the pull read them (its deletions look there).
        self.pulled_links: list[_Link] | None = None
        self.related_remote: set[str] = set()  # remote ids of the related records linked
        self._failures_in_a_row = 0

    @staticmethod
    def _credentials(error: ApiError) -> StopRun:
        # This account's token is entered in Accounts (Preferences hold the enfore one).
        return StopRun(
            "credentials",
            translate(
                "Sync",
                "The server refused the credentials ({status}). "
                "Enter a valid API token for this account in Accounts; nothing was lost.",
            ).format(status=error.status),
        )

    # --- the run --------------------------------------------------------------------------

    def execute(self) -> None:
        configure = getattr(self.con, "configure", None)
        if configure is not None:
            configure(self.engine.account)
        self.call(self.con.prepare, self.client)
        self.use_related_links()
        self.queue_changed_elsewhere()
        self.queue_wanted()
        if self.push_only:
            # No read path: nothing to pull, match or take as deleted; the base of a record
            # is what Kontor last sent.
            self.push_all()
            return
        with self.db.reading() as conn:
            first = not _has_records(conn, self.account_id)
        if not first:
            self.push_all()
        # On the first run the system's records are matched to the book's contacts before
        # anything is sent, so that a contact both have is linked, not made twice.
        whole, seen = self.pull()
        self.push_all()  # records linked by the pull are merged and sent now
        if whole:
            self.deletions(seen)
            self._end_listing()

    def queue_changed_elsewhere(self) -> None:
        """Linked contacts changed here since their last sync with this account (by another
        account's sync, or an import) join the outbox."""
        with self.db.transaction() as conn:
            queue_changed_since_sync(conn, self.account_id, skip_kind=self.related_kind)

    @property
    def push_only(self) -> bool:
        return self.con.capabilities.listing is ListingKind.NONE

    def queue_wanted(self) -> None:
        """Contacts the connector is told to carry (ticked for it, or by a rule of the
        account) that were never sent there join the outbox."""
        wanted = getattr(self.con, "wanted", None)
        if wanted is None:
            return
        with self.db.transaction() as conn:
            state = self.state(conn)
            for local_id in wanted(conn):
                if state.record(local_id) is None and state.outbox_item(local_id) is None:
                    enqueue(conn, self.account_id, local_id)

    def push_all(self) -> int:
        with self.db.reading() as conn:
            state = self.state(conn)
            items = state.outbox()
            waiting = state.match_candidates()
        # A contact that may be a record waiting for "link or create" is not made there
        # until the user has chosen.
        todo = [i for i in items if i.local_id not in self.handled | waiting]
        for done, item in enumerate(todo):
            self.check_cancel()
            self.report(
                "push",
                done,
                len(todo),
                translate("Sync", "Sending changes to {system}").format(system=self.label),
            )
            try:
                self.push_one(item.local_id)
            except Postponed as exc:
                self.summary.waiting += 1
                self.summary.note(
                    translate("Sync", "Not sent this time: {reason}").format(reason=exc.message)
                )
        return len(todo)

    # --- push -----------------------------------------------------------------------------

    def _local(self, conn: Connection, local_id: str) -> AnyContact | None:
        return ContactRepository(conn, Journal(conn, "", utc_now())).get(local_id)

    def push_one(self, local_id: str, attempt: int = 1) -> None:
        with self.db.reading() as conn:
            state = self.state(conn)
            item = state.outbox_item(local_id)
            record = state.record(local_id)
            issue = state.issue_for(local_id)
            local = self._local(conn, local_id) if item and item.aggregate == "contact" else None
        if item is None:
            return
        self.handled.add(local_id)
        # A notice that its related record is gone there stays until the user takes it away.
        keep = is_gone_notice(issue)
        if record is not None and record.kind == self.related_kind:
            # Linked to a related record (a Kanbert company): read here, never written there.
            self._done(local_id, item.last_seq, clear=not keep)
            return
        not_carried = item.aggregate != "contact" or (
            local is not None and not self.con.carries(local)
        )
        if not_carried or (local is None and (record is None or record.remote_id is None)):
            self._done(local_id, item.last_seq, clear=not keep)
            return
        prefer: dict[str, str] = {}
        if issue is not None:
            settled = issue.issue == "conflict" and isinstance(issue.detail.get("resolution"), dict)
            if settled:
                prefer = dict(issue.detail["resolution"])
            elif issue.seq >= item.last_seq:
                return  # waits for the user: an edit here tries again
        name = local.name if local is not None else local_id
        try:
            if local is None or local.deleted_at is not None:
                self._push_delete(local_id, name, record, item.last_seq)
                return
            projection = self.con.project_local(local)
            problems = self.con.check(self.con.kind, projection)
            if problems:
                self._hold_back(local_id, name, problems, item.last_seq)
                return
            left_out = getattr(self.con, "left_out", None)
            for note in left_out(projection) if left_out is not None else []:
                self.summary.note(
                    translate("Sync", "“{name}”: {note}").format(name=name, note=note),
                    incomplete=False,
                )
            if record is None or record.remote_id is None:
                self._create(local, record, item.last_seq)
            else:
                self._update(local, record, item.last_seq, prefer)
        except RecordChanged as changed:
            # Changed there while this was sent: read it again and merge (a few times).
            self.handled.discard(local_id)
            if attempt >= 3:
                raise Postponed(
                    translate(
                        "Sync",
                        "“{name}” kept changing in {system} while it was sent; it is "
                        "merged on the next run",
                    ).format(name=name, system=self.label),
                    changed,
                ) from None
            self.push_one(local_id, attempt + 1)
        except Refused as rejected:
            problems_json = [
                {"title": p.title, "detail": p.detail or ""} for p in rejected.error.problems
            ] or [{"title": translate("Sync", "Rejected"), "detail": rejected.error.message}]
            self._issue(local_id, name, "rejected", {"problems": problems_json}, item.last_seq)
            self.summary.rejected += 1
            self.summary.note(
                translate("Sync", "{system} refused “{name}”: {problems}").format(
                    system=self.label,
                    name=name,
                    problems="; ".join(f"{p['title']}: {p['detail']}" for p in problems_json),
                )
            )

    def _done(self, local_id: str, last_seq: int, *, clear: bool = True) -> None:
        with self.db.transaction() as conn:
            state = self.state(conn)
            state.mark_pushed(local_id, last_seq)
            if clear:
                state.clear_issue(local_id)

    def _issue(
        self,
        local_id: str,
        name: str,
        issue: str,
        detail: JsonDict,
        seq: int,
        theirs: JsonDict | None = None,
    ) -> None:
        with self.db.transaction() as conn:
            self.state(conn).put_issue(
                local_id=local_id,
                kind=self.con.kind,
                issue=issue,
                title=name,
                detail=detail,
                now=utc_now(),
                seq=seq,
                theirs=theirs,
            )

    def _hold_back(self, local_id: str, name: str, problems: list[RuleProblem], seq: int) -> None:
        detail = {
            "held_back": True,
            "problems": [
                {
                    "title": translate("Sync", "Not sent: {field}").format(
                        field=p.field or translate("Sync", "record")
                    ),
                    "detail": translate("Sync", "{problem} — fix it here").format(
                        problem=p.message
                    ),
                }
                for p in problems
            ],
        }
        self._issue(local_id, name, "rejected", detail, seq)
        self.summary.rejected += 1
        reasons = "; ".join(p.message for p in problems)
        self.summary.note(
            translate(
                "Sync", "“{name}” was not sent to {system}: {problems} — fix it here."
            ).format(name=name, system=self.label, problems=reasons)
        )

    def _ids(self, record: SyncRecord | None, local: AnyContact | None) -> dict[str, str]:
        # base_ids: local entity id → the system's key for it
        known = {key: local for local, key in record.base_ids.items()} if record else {}
        if local is not None:
            known.update(self.con.link_keys(self.con.project_local(local)))
            known["contact"] = local.id
        return known

    def _project(self, doc: JsonDict, known: Mapping[str, str]) -> tuple[Projection, LinkIds]:
        ids = LinkIds(known)
        record = RemoteRecord(self.con.kind, self.con.remote_id(doc), doc)
        return self.con.to_projection(record, ids), ids

    def _base_projection(self, base: JsonDict, known: Mapping[str, str]) -> Projection:
        """The projection of a record's base.  With related records, a work detail the base
        names at one that was linked only after the base was stored (its local id made just
        now) never existed here: it is left out, so that it is taken in, not taken as removed
        here."""
        before, ids = self._project(base, known)
        if self.related_kind is None or not ids.made:
            return before
        made = set(ids.made.values())
        return {
            key: fields
            for key, fields in before.items()
            if not (key[0] == "professional_identity" and key[1] in made)
        }

    def _body(self, projection: Projection, base: JsonDict | None) -> JsonDict:
        record = RemoteRecord(self.con.kind, "", base) if base is not None else None
        return self.con.from_projection(self.con.kind, projection, record)

    def _record(
        self, local_id: str, doc: JsonDict, links: Mapping[str, str], remote_id: str | None = None
    ) -> SyncRecord:
        return SyncRecord(
            local_id=local_id,
            kind=self.con.kind,
            aggregate="contact",
            remote_id=remote_id or self.con.remote_id(doc),
            base=doc,
            base_hash=None,
            etag=self.con.version(doc),
            base_ids={local: key for key, local in links.items()},
            synced_at=utc_now(),
        )

    def _create(self, local: AnyContact, record: SyncRecord | None, last_seq: int) -> None:
        found: JsonDict | None = None
        # Whether the record that says "a create was sent" is this call's own (no earlier
        # create whose answer was lost stands behind it).
        fresh = record is None
        if record is not None:
            # A create was sent before and its answer never came: it may have been made.
            if self.con.capabilities.finds_lost_creates:
                found = self.call(self.con.find_created, self.client, local.id)
            elif self.push_only:
                if not (record.base or {}).get(RESEND_CONFIRMED):
                    self._lost_create_asks(local, last_seq)
                    return
                with self.db.transaction() as conn:  # a second lost answer asks again
                    self.state(conn).save_record(
                        SyncRecord(local_id=local.id, kind=self.con.kind, aggregate="contact")
                    )
                fresh = True  # the user said to send it again
            elif self._lost_create_waits(local):
                return
        else:
            with self.db.transaction() as conn:
                self.state(conn).save_record(
                    SyncRecord(local_id=local.id, kind=self.con.kind, aggregate="contact")
                )
        if found is not None:
            # Take it over; edits made since are merged and sent as for any linked record.
            known = self._ids(None, local)
            base = self._record(local.id, found, known)
            self._update(local, base, last_seq, {})
            return
        known = self._ids(None, local)
        body = self._body(self.con.project_local(local), None)
        try:
            created = self.call(self.con.create, self.client, body)
        except Refused:
            with self.db.transaction() as conn:  # nothing was made there
                self.state(conn).delete_record(local.id)
            raise
        except StopRun as stop:
            # The server answered (401, 5xx): nothing was made.  Only a create that got no
            # answer at all may have made the record.
            answered = stop.outcome == "credentials" or (
                isinstance(stop, Postponed) and getattr(stop.error, "status", None) is not None
            )
            # A refused connection: the create never left here.
            if (self.push_only and answered) or (stop.unsent and fresh):
                with self.db.transaction() as conn:
                    self.state(conn).delete_record(local.id)
            raise
        with self.db.transaction() as conn:
            state = self.state(conn)
            state.save_record(self._record(local.id, created, known))
            state.mark_pushed(local.id, last_seq)
            state.clear_issue(local.id)
        self.summary.created_remote += 1
        self.summary.pushed += 1

    def _lost_create_asks(self, local: AnyContact, last_seq: int) -> None:
        """A system with no read path cannot be asked whether a create whose answer was
        lost made the record: the record waits for the user (Retry sends it again)."""
        note = getattr(self.con, "lost_create_note", lambda: "")() or translate(
            "Sync",
            "{system}'s answer to creating this record was lost and it cannot be "
            "asked whether it made it. Retry sends it again (a second record if it did).",
        ).format(system=self.label)
        detail = {
            "lost_create": True,
            "problems": [{"title": translate("Sync", "Answer lost"), "detail": note}],
        }
        self._issue(local.id, local.name, "rejected", detail, last_seq)
        self.summary.note(
            translate("Sync", "“{name}”: {note}").format(name=local.name, note=note),
            incomplete=False,
        )

    def _lost_create_waits(self, local: AnyContact) -> bool:
        """A system that keeps no id of Kontor's cannot be asked whether a create whose answer
        was lost made the record.  A record of the same name not linked yet may be it: it
        waits for the user as "link or create" (with this contact as the candidate) instead
        of being made a second time; with none, the record is sent again."""
        listing: Listing = self.call(self.con.listing, self.client)
        if listing.error is not None:
            raise Postponed(
                translate("Sync", "{system}'s list could not be read").format(system=self.label),
                listing.error,
            )
        with self.db.reading() as conn:
            linked = {r.remote_id for r in self.state(conn).records() if r.remote_id}
        same = [
            d
            for d in listing.items
            if self.con.remote_id(d) not in linked
            and self.con.display_name(d).strip().casefold() == local.name.strip().casefold()
        ]
        if not same:
            return False
        with self.db.transaction() as conn:
            for doc in same:
                self._propose(
                    self.state(conn),
                    doc,
                    [
                        Match(
                            local.id,
                            local.name,
                            (translate("Sync", "made from this contact when the answer was lost"),),
                            0.9,
                        )
                    ],
                )
        self.summary.note(
            translate(
                "Sync",
                "“{name}” was sent to {system} before and the answer was lost; "
                "{system} cannot be asked whether it made it (it keeps no id of "
                "Kontor's). Its record of the same name waits for you: link or create.",
            ).format(name=local.name, system=self.label),
            incomplete=False,
        )
        return True

    def _propose(
        self,
        state: SyncStateRepository,
        doc: JsonDict,
        candidates: list[Match],
        *,
        kind: str | None = None,
        title: str | None = None,
        version: str | None = None,
    ) -> None:
        state.propose_match(
            kind=kind or self.con.kind,
            remote_id=self.con.remote_id(doc),
            remote=doc,
            version=version if kind is not None else self.con.version(doc),
            title=title if title is not None else self.con.display_name(doc),
            candidates=((c.local_id, c.score, c.reasons) for c in candidates),
        )

    def _update(
        self, local: AnyContact, record: SyncRecord, last_seq: int, prefer: Mapping[str, str]
    ) -> None:
        remote_id = record.remote_id or ""
        if self.push_only:
            theirs: JsonDict | None = copy.deepcopy(record.base or {})
        else:
            theirs = self.call(self.con.fetch, self.client, remote_id)
        if theirs is None or self.con.deleted(theirs):
            self._issue(
                local.id,
                local.name,
                "remote_deleted",
                {"message": f"Changed here, deleted in {self.con.label}."},
                last_seq,
            )
            self.summary.conflicts += 1
            return
        base = record.base or {}
        known = self._ids(record, local)
        mine_projection = self.con.project_local(local)
        before = self._base_projection(base, known)
        after, ids = self._project(theirs, known)
        mine = self._body(mine_projection, base)
        merged, conflicts = merge_fields(
            base,
            self._body(before, base),
            mine,
            theirs,
            self._body(after, theirs),
            read_only=self.con.read_only,
            prefer=prefer,
        )
        if conflicts:
            detail = {
                "conflicts": [
                    {
                        "type": "field",
                        "entity": "contact",
                        "entity_id": local.id,
                        "field": c.field,
                        "base": {"value": c.base},
                        "mine": {"value": c.mine},
                        "theirs": {"value": c.theirs},
                    }
                    for c in conflicts
                ]
            }
            self._issue(local.id, local.name, "conflict", detail, last_seq, theirs)
            self.summary.conflicts += 1
            fields = "; ".join(
                translate("Sync", "{field}: here {mine}, there {theirs}").format(
                    field=c.field, mine=repr(c.mine), theirs=repr(c.theirs)
                )
                for c in conflicts
            )
            self.summary.note(
                translate(
                    "Sync",
                    "“{name}” changed here and in {system}: {fields} — choose which to keep.",
                ).format(name=local.name, system=self.label, fields=fields),
                incomplete=False,
            )
            return
        changes = {k: v for k, v in merged.items() if theirs.get(k, _ABSENT) != v}
        full_update = getattr(self.con, "full_update", None)
        if changes and full_update is not None:  # the system's update takes the whole record
            changes = full_update(theirs, changes)
        answer = self.call(self.con.update, self.client, remote_id, changes) if changes else theirs
        # What the system holds now that differs from the base is written here.
        with self.db.transaction() as conn:
            state = self.state(conn)
            repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            current = repo.get(local.id)
            item = state.outbox_item(local.id)
            if (
                current is not None
                and item is not None
                and item.last_seq == last_seq
                and not self.push_only  # a system read from nothing changes nothing here
            ):
                applied = self._apply(current, before, {**theirs, **merged}, known)
                if applied is not None:
                    repo.save(applied)
                    enqueue_for_linked(conn, self.account_id, local.id)
                    self.summary.merged += 1
            state.save_record(self._record(local.id, answer, ids.links(), remote_id))
            state.mark_pushed(local.id, last_seq)
            state.clear_issue(local.id)
        self.summary.pushed += 1

    def _apply(
        self, local: AnyContact, before: Projection, now: JsonDict, known: Mapping[str, str]
    ) -> AnyContact | None:
        """``local`` with what the system's record ``now`` holds differently from the base
        (projected as ``before``); ``None`` when nothing changes here."""
        target, _ = self._project(now, known)
        flat = apply_remote(flatten_contact(local), before, target)
        if flat == flatten_contact(local):
            return None
        return unflatten_contact(flat, local.kind, self._pool(local))

    # --- deletes --------------------------------------------------------------------------

    def _push_delete(
        self, local_id: str, name: str, record: SyncRecord | None, last_seq: int
    ) -> None:
        if record is None or record.remote_id is None or record.remote_gone:
            self._done(local_id, last_seq)
            return
        if not self.con.capabilities.operations.delete:
            note = translate(
                "Sync",
                self.con.capabilities.notes.get(
                    self.con.kind, QT_TRANSLATE_NOOP("Sync", "It cannot be deleted there.")
                ),
            )
            title = translate("Sync", "Not deleted in {system}").format(system=self.label)
            self._issue(
                local_id,
                name,
                "rejected",
                {"problems": [{"title": title, "detail": note}]},
                last_seq,
            )
            with self.db.transaction() as conn:
                self.state(conn).mark_pushed(local_id, last_seq)
            self.summary.note(
                translate("Sync", "“{name}” is in the trash here; {note}").format(
                    name=name, note=note
                ),
                incomplete=False,
            )
            return
        theirs = self.call(self.con.fetch, self.client, record.remote_id)
        if theirs is not None and not self.con.deleted(theirs):
            if record.etag is not None and self.con.version(theirs) != record.etag:
                self._issue(
                    local_id,
                    name,
                    "local_deleted",
                    {"message": f"Deleted here, changed in {self.con.label} since."},
                    last_seq,
                    theirs,
                )
                self.summary.conflicts += 1
                return
            with contextlib.suppress(ApiNotFound):
                self.call(self.con.delete, self.client, record.remote_id)
            self.summary.deleted_remote += 1
        record.remote_gone = True
        with self.db.transaction() as conn:
            state = self.state(conn)
            state.save_record(record)
            state.mark_pushed(local_id, last_seq)
            state.clear_issue(local_id)
        self.summary.pushed += 1

    # --- pull -----------------------------------------------------------------------------

    def pull(self) -> tuple[bool, set[str]]:
        self.check_cancel()
        reading = translate("Sync", "Reading {system}").format(system=self.label)
        self.report("pull", 0, 0, reading)
        self._begin_listing()
        listing: Listing = self.call(self.con.listing, self.client)
        whole = listing.error is None and listing.complete and not listing.problems
        if not whole:
            self.summary.note(
                translate(
                    "Sync",
                    "{system}'s list came back incomplete: nothing is taken as deleted this time.",
                ).format(system=self.label)
                + _why(listing)
            )
        self.take_in_related(listing.items)
        missing = getattr(self.con, "related_missing", None) if self.related_remote else None
        with self.db.reading() as conn:
            self.pulled_links = [
                r
                for r in _links(conn, self.account_id, keys=missing is not None)
                if r.remote_id and r.kind != self.related_kind
            ]
            records = {r.remote_id: r for r in self.pulled_links}
            waiting = self.state(conn).matched_remote_ids()
        seen: set[str] = set()
        fresh: list[JsonDict] = []
        for done, doc in enumerate(listing.items):
            remote_id = self.con.remote_id(doc)
            if not remote_id:
                continue
            seen.add(remote_id)
            if done % 200 == 0:
                self.check_cancel()
                self.report("pull", done, len(listing.items), reading)
            record = records.get(remote_id)
            if record is not None and (record.local_id in self.handled or record.remote_gone):
                continue
            if self.con.deleted(doc):
                if record is not None:
                    self.tombstones.append(self._full(record.local_id))
                continue
            if record is not None:
                if not record.has_base:
                    # Linked with no version agreed yet: its push merges both sides.
                    with self.db.transaction() as conn:
                        enqueue(conn, self.account_id, record.local_id)
                    continue
                if (
                    record.etag is not None
                    and record.etag == self.con.version(doc)
                    # a related record it names linked since (its work detail not taken in)
                    and not (missing is not None and missing(doc, record.keys))
                ):
                    self.summary.unchanged += 1
                    continue
                self._pull_update(self._full(record.local_id), doc)
            elif remote_id not in waiting:  # else it waits for the user's review
                fresh.append(doc)
        # Records not linked yet, many to a transaction (each still matched against the book
        # as it stands, the ones made before it included).
        for start in range(0, len(fresh), NEW_BATCH):
            self.check_cancel()
            self.report(
                "pull",
                start,
                len(fresh),
                translate("Sync", "Taking in new records of {system}").format(system=self.label),
            )
            with self.db.transaction() as conn:
                linked = _linked_ids(conn, self.account_id)
                batch = fresh[start : start + NEW_BATCH]
                if _unlinked_count(conn, self.account_id) == 0:
                    # Nothing here to match them with (each one made is linked at once).
                    self._make_many(conn, batch, linked)
                    continue
                for doc in batch:
                    self._pull_new(doc, conn, linked)
        return whole, seen

    def _make_many(self, conn: Connection, docs: list[JsonDict], linked: set[str]) -> None:
        """New contacts for ``docs``, stored together (the book has none to match them with)."""
        made: list[tuple[AnyContact, JsonDict, dict[str, str]]] = []
        for doc in docs:
            projection, ids = self._project(doc, {})
            contact_id = next(k[1] for k in projection if k[0] == "contact")
            if contact_id in linked or contact_id in {c.id for c, _, _ in made}:
                projection, ids = self._project(doc, {"contact": new_id()})
            draft = self._draft(projection)
            if draft is None:
                self.summary.note(self._unreadable())
                continue
            made.append((draft, doc, ids.links()))
        taken = set(
            conn.execute(
                select(s.contacts.c.id).where(s.contacts.c.id.in_([c.id for c, _, _ in made]))
            ).scalars()
        )
        if taken:  # ids already used here (a contact in the trash): new ones
            for index, (draft, doc, _) in enumerate(made):
                if draft.id in taken:
                    projection, ids = self._project(doc, {"contact": new_id()})
                    fresh = self._draft(projection)
                    assert fresh is not None
                    made[index] = (fresh, doc, ids.links())
        repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
        repo.add_many([c for c, _, _ in made])
        # Their records, in one statement (none of these contacts had one).
        t = s.sync_records
        ids = [c.id for c, _, _ in made]
        conn.execute(delete(t).where(t.c.account_id == self.account_id, t.c.local_id.in_(ids)))
        if made:
            conn.execute(
                insert(t),
                [
                    {
                        "account_id": self.account_id,
                        "local_id": record.local_id,
                        "aggregate": record.aggregate,
                        "kind": record.kind,
                        "remote_id": record.remote_id,
                        "base": record.base,
                        "base_hash": record.base_hash,
                        "etag": record.etag,
                        "base_ids": record.base_ids,
                        "remote_gone": record.remote_gone,
                        "synced_at": record.synced_at,
                    }
                    for record in (self._record(c.id, doc, links) for c, doc, links in made)
                ],
            )
        linked.update(ids)
        self.summary.pulled_new += len(made)

    def _full(self, local_id: str) -> SyncRecord:
        with self.db.reading() as conn:
            record = self.state(conn).record(local_id)
        assert record is not None
        return record

    def _begin_listing(self) -> None:
        """A connector that lists changes only (a sync token) is given the state it kept
        from the last complete run and the records linked (remote id → version)."""
        begin = getattr(self.con, "begin_listing", None)
        if begin is None:
            return
        with self.db.reading() as conn:
            known = {
                r.remote_id: r.etag
                for r in _links(conn, self.account_id, sizes=False)
                if r.remote_id is not None and not r.remote_gone
            }
            account = AccountRepository(conn).get(self.account_id)
        state = (account.settings if account is not None else {}).get(CONNECTOR_STATE)
        begin(self.client, state if isinstance(state, dict) else {}, known)

    def _end_listing(self) -> None:
        """The connector's state after a whole listing was taken in, kept for the next run
        (in the account's settings)."""
        end = getattr(self.con, "end_listing", None)
        state = end(self.client) if end is not None else None
        if state is None:
            return
        with self.db.transaction() as conn:
            repo = AccountRepository(conn)
            account = repo.get(self.account_id)
            if account is not None:
                repo.save(replace(account, settings={**account.settings, CONNECTOR_STATE: state}))

    def _pull_update(self, record: SyncRecord, doc: JsonDict) -> None:
        with self.db.transaction() as conn:
            state = self.state(conn)
            repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            local = repo.get(record.local_id)
            if local is None or local.deleted_at is not None:
                return
            if state.outbox_item(local.id) is not None or state.issue_for(local.id) is not None:
                return  # its push merges it
            known = self._ids(record, local)
            before = self._base_projection(record.base or {}, known)
            after, ids = self._project(doc, known)
            flat = apply_remote(flatten_contact(local), before, after)
            if flat != flatten_contact(local):
                repo.save(unflatten_contact(flat, local.kind, self._pool(local)))
                enqueue_for_linked(conn, self.account_id, local.id)
                self.summary.pulled_updated += 1
            state.save_record(self._record(local.id, doc, ids.links()))

    def _pull_new(
        self, doc: JsonDict, within: Connection | None = None, known: set[str] | None = None
    ) -> None:
        remote_id = self.con.remote_id(doc)
        with contextlib.ExitStack() as stack:
            conn = within if within is not None else stack.enter_context(self.db.transaction())
            state = self.state(conn)
            repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            linked = known if known is not None else _linked_ids(conn, self.account_id)
            projection, _ = self._project(doc, {})
            contact_id = next(k[1] for k in projection if k[0] == "contact")
            same = repo.get(contact_id)
            if same is not None and same.id not in linked and same.kind is self._kind(projection):
                # The system holds Kontor's id of this contact: made from here (or through
                # another account sharing the ids).
                self._link(conn, same, remote_id)
                linked.add(same.id)
                return
            draft = self._draft(projection)
            if draft is None:
                self._make_new(conn, repo, doc, linked)
                return
            candidates, certain = find_matches(conn, draft, linked)
            if certain:
                target = repo.get(candidates[0].local_id)
                assert target is not None
                self._link(conn, target, remote_id)
                linked.add(target.id)
                self.summary.note(
                    translate("Sync", "“{name}” linked to {system} ({reasons}).").format(
                        name=target.name,
                        system=self.label,
                        reasons=", ".join(candidates[0].reasons),
                    ),
                    incomplete=False,
                )
                return
            if candidates:
                self._propose(state, doc, candidates)
                self.summary.note(
                    translate(
                        "Sync", "“{name}” in {system} may be {candidates} here: link or create?"
                    ).format(
                        name=self.con.display_name(doc),
                        system=self.label,
                        candidates=translate("Sync", " or ").join(
                            f"“{c.name}”" for c in candidates
                        ),
                    ),
                    incomplete=False,
                )
                return
            self._make_new(conn, repo, doc, linked)

    def _unreadable(self) -> str:
        return translate("Sync", "A record of {system} could not be read; it was skipped.").format(
            system=self.label
        )

    def _draft(self, projection: Projection) -> AnyContact | None:
        flat = {k: dict(v) for k, v in projection.items()}
        kind = self._kind(projection)
        for key, fields in flat.items():
            if key[0] == "contact":
                fields["kind"] = kind.value
        try:
            return unflatten_contact(flat, kind, self._pool(None))
        except (ValueError, KeyError) as exc:
            log.warning("a record of %s cannot be read as a contact: %s", self.con.label, exc)
            return None

    def _kind(self, projection: Projection) -> ContactKind:
        """The kind of contact a record is (a system carrying several kinds says)."""
        kind_of = getattr(self.con, "kind_of", None)
        return ContactKind(kind_of(projection)) if kind_of is not None else self.kind

    def _pool(self, local: AnyContact | None) -> dict[str, bytes]:
        """Picture bytes by fingerprint: the contact's and those the connector read."""
        return {**getattr(self.con, "blobs", {}), **(_blobs(local) if local else {})}

    def _link(self, conn: Connection, local: AnyContact, remote_id: str) -> None:
        """Link ``local`` to a record; the push of this run merges both (no base yet: a field
        filled on one side only is taken, one filled differently on both is a conflict)."""
        state = self.state(conn)
        links = self.con.link_keys(self.con.project_local(local))
        links["contact"] = local.id
        state.save_record(
            SyncRecord(
                local_id=local.id,
                kind=self.con.kind,
                aggregate="contact",
                remote_id=remote_id,
                base={},
                base_ids={local: key for key, local in links.items()},
            )
        )
        enqueue(conn, self.account_id, local.id)

    def _make_new(
        self, conn: Connection, repo: ContactRepository, doc: JsonDict, linked: set[str]
    ) -> None:
        projection, ids = self._project(doc, {})
        contact_id = next(k[1] for k in projection if k[0] == "contact")
        if contact_id in linked or repo.get(contact_id) is not None:
            projection, ids = self._project(doc, {"contact": new_id()})
        draft = self._draft(projection)
        if draft is None:
            self.summary.note(self._unreadable())
            return
        stored = repo.save(draft)
        self.state(conn).save_record(self._record(stored.id, doc, ids.links()))
        linked.add(stored.id)
        self.summary.pulled_new += 1

    # --- related records (Kanbert's companies) ----------------------------------------------

    @property
    def related_kind(self) -> str | None:
        """The kind here of the records the system lists beside its own (``None``: none)."""
        kind = getattr(self.con, "related_kind", None)
        return str(kind) if kind else None

    def use_related_links(self) -> None:
        """Give the connector the account's links of related records (local id → remote
        id), before anything of this run is mapped."""
        if self.related_kind is None:
            return
        with self.db.reading() as conn:
            links = _related_links(conn, self.account_id, self.related_kind)
        self.related_remote = set(links.values())
        self.con.use_related(links)  # type: ignore[attr-defined]

    def take_in_related(self, listed: list[JsonDict]) -> None:
        """Link or make here the related records the system lists and ``listed`` records
        name.  A record of the system naming one linked after the record's base was stored
        is taken in again by the pull even if it did not change (``related_missing``)."""
        kind = self.related_kind
        if kind is None:
            return
        con: Any = self.con
        self.check_cancel()
        listing: Listing = self.call(con.related_listing, self.client)
        whole = listing.error is None and listing.complete and not listing.problems
        if not whole:
            self.summary.note(
                translate(
                    "Sync",
                    "{system}'s list of companies came back incomplete: the companies its "
                    "contacts name are taken in.",
                ).format(system=self.label)
                + _why(listing)
            )
        found: dict[str, JsonDict] = {}
        for doc in listing.items:
            if (remote_id := self.con.remote_id(doc)) and not self.con.deleted(doc):
                found[remote_id] = doc
        companies = set(found)  # listed by the system, not deleted there
        for doc in listed:
            if not self.con.deleted(doc):
                for named in con.related_in(doc):
                    found.setdefault(self.con.remote_id(named), named)
        if not found:
            if whole:
                mark_gone(self, listing)  # each company it lists deleted there
            return  # nothing to link (and an empty listing takes nothing as gone)
        with self.db.transaction() as conn:
            state = self.state(conn)
            repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            # Heads only: the base of a related record is read when it changed.
            records = {r.remote_id: r for r in state.record_heads(kind) if r.remote_id}
            alive = set(_related_links(conn, self.account_id, kind))
            waiting = state.matched_remote_ids(kind)
            taken = {r.local_id for r in records.values() if r.local_id in alive}
            names: dict[str, list[tuple[str, str]]] | None = None
            for remote_id, doc in found.items():
                record = records.get(remote_id)
                if record is not None and record.remote_gone:
                    if remote_id not in companies:
                        continue  # gone there (the account's issues say so): stays unlinked
                    revive(state, record)  # listed again
                    alive = set(_related_links(conn, self.account_id, kind))
                if record is not None and record.local_id not in alive:
                    state.delete_record(record.local_id)  # its contact was erased here
                    record = None
                if record is not None:
                    self._related_changed(conn, repo, record, doc)
                    continue
                if remote_id in waiting:
                    continue  # the user chooses
                if names is None:
                    names = _names_of(conn, kind, con.related_key)
                target = self._related_match(repo, doc, kind, taken, names)
                if isinstance(target, list):
                    self._propose(
                        state,
                        doc,
                        target,
                        kind=kind,
                        title=con.related_name(doc) or remote_id,
                        version=con.related_version(doc),
                    )
                    self.summary.note(
                        translate(
                            "Sync",
                            "“{name}” in {system} may be {candidates} here: link or create?",
                        ).format(
                            name=con.related_name(doc) or remote_id,
                            system=self.label,
                            candidates=translate("Sync", " or ").join(
                                f"“{c.name}”" for c in target
                            ),
                        ),
                        incomplete=False,
                    )
                    continue
                if target is None:
                    target = self._make_related(repo, doc, kind)
                    names.setdefault(con.related_key(target.name), []).append(
                        (target.id, target.name)
                    )
                state.save_record(
                    SyncRecord(
                        local_id=target.id,
                        kind=kind,
                        aggregate="contact",
                        remote_id=remote_id,
                        base=doc,
                        etag=con.related_version(doc),
                        synced_at=utc_now(),
                    )
                )
                forget_notice(state, target.id)  # linked again (one made anew there)
                taken.add(target.id)
            links = _related_links(conn, self.account_id, kind)
        self.related_remote = set(links.values())
        self.con.use_related(links)  # type: ignore[attr-defined]
        if whole:
            mark_gone(self, listing)

    def _related_match(
        self,
        repo: ContactRepository,
        doc: JsonDict,
        kind: str,
        taken: set[str],
        names: Mapping[str, list[tuple[str, str]]],
    ) -> AnyContact | list[Match] | None:
        """The book's contact a related record not linked yet is (certain), the candidates
        when several may be, ``None`` when none is."""
        con: Any = self.con
        external = con.related_external_id(doc)
        if external and external not in taken:
            same = repo.get(external)
            if same is not None and same.deleted_at is None and same.kind.value == kind:
                return same
        name = con.related_name(doc)
        if not name:
            return None
        reason = translate("Sync", "same name ({name})").format(name=name)
        candidates = [
            Match(local_id, local_name, (reason,), _KEY_WEIGHTS["name"])
            for local_id, local_name in names.get(con.related_key(name), [])
            if local_id not in taken
        ]
        if len(candidates) > 1:
            return candidates
        if not candidates:
            return None
        found = repo.get(candidates[0].local_id)
        assert found is not None
        self.summary.note(
            translate("Sync", "“{name}” linked to {system} ({reasons}).").format(
                name=found.name, system=self.label, reasons=reason
            ),
            incomplete=False,
        )
        return found

    def _make_related(self, repo: ContactRepository, doc: JsonDict, kind: str) -> AnyContact:
        ids = LinkIds()
        projection = self.con.to_projection(RemoteRecord(kind, self.con.remote_id(doc), doc), ids)
        flat = {
            key: {**fields, "kind": kind} if key[0] == "contact" else dict(fields)
            for key, fields in projection.items()
        }
        stored = repo.save(unflatten_contact(flat, ContactKind(kind), {}))
        self.summary.pulled_new += 1
        return stored

    def _related_changed(
        self, conn: Connection, repo: ContactRepository, record: SyncRecord, doc: JsonDict
    ) -> None:
        """A linked related record as listed now: a new name there renames its contact here
        unless the name was changed here too; the record is kept as the new base."""
        con: Any = self.con
        version = con.related_version(doc)
        if record.etag == version:
            return
        record = self.state(conn).record(record.local_id) or record  # with its base
        old, new = con.related_name(record.base or {}), con.related_name(doc)
        local = repo.get(record.local_id)
        if (
            local is not None
            and local.deleted_at is None
            and new
            and new != old
            and con.related_key(local.name) == con.related_key(old)
            and local.name != new
        ):
            repo.save(local.model_copy(update={"name": new}))
            enqueue_for_linked(conn, self.account_id, local.id)
            self.summary.pulled_updated += 1
        record.base = doc
        record.etag = version
        record.synced_at = utc_now()
        self.state(conn).save_record(record)

    # --- deletions ------------------------------------------------------------------------

    def deletions(self, seen: set[str]) -> None:
        links = self.pulled_links
        if links is None:
            with self.db.reading() as conn:
                links = _links(conn, self.account_id, sizes=False)
        # Read by the pull: a record linked since by this run is among what it listed or what
        # this run handled, so it is no candidate either way.
        candidates = [
            self._full(r.local_id)
            for r in links
            if r.remote_id is not None
            and r.kind != self.related_kind
            and not r.remote_gone
            and r.remote_id not in seen
            and r.local_id not in self.handled
        ]
        candidates += [r for r in self.tombstones if r.local_id not in self.handled]
        if not candidates:
            return
        confirmed: list[SyncRecord] = []
        for done, record in enumerate(candidates):
            self.check_cancel()
            self.report(
                "deletions", done, len(candidates), translate("Sync", "Checking what is gone")
            )
            theirs = self.call(self.con.fetch, self.client, record.remote_id or "")
            if theirs is None or self.con.deleted(theirs):
                confirmed.append(record)
        if len(confirmed) < len(candidates):
            self.summary.note(
                tr(
                    "%n records missing from {system}'s list still exist there: "
                    "nothing was deleted.",
                    "",
                    len(candidates) - len(confirmed),
                ).format(system=self.label)
            )
            return
        if len(confirmed) > self.engine.delete_limit and not self.allow_mass_delete:
            self.summary.deletions_waiting += len(confirmed)  # (+ companies)
            self.summary.outcome = "needs_confirmation"
            self.summary.complete = False
            self.summary.messages.append(
                tr(
                    "%n records were deleted in {system}. They are kept here "
                    "until you confirm that they should be deleted here too.",
                    "",
                    len(confirmed),
                ).format(system=self.label)
            )
            return
        with self.db.transaction() as conn:
            state = self.state(conn)
            repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            for record in confirmed:
                local = repo.get(record.local_id)
                item = state.outbox_item(record.local_id)
                record.remote_gone = True
                state.save_record(record)
                if local is None or local.deleted_at is not None:
                    continue
                self._deleted_on_server(
                    state, "contact", local, item, partial(repo.trash, record.local_id)
                )

    def state(self, conn: Connection) -> SyncStateRepository:
        return SyncStateRepository(conn, self.account_id)


@dataclass(frozen=True)
class _Link:
    """A record of the account without its base (what a pull compares first)."""

    local_id: str
    remote_id: str | None
    etag: str | None
    remote_gone: bool
    has_base: bool
    kind: str = ""
    keys: frozenset[str] = frozenset()  # the system's keys of its linked entities (base ids)


def _links(
    conn: Connection, account_id: int, *, sizes: bool = True, keys: bool = False
) -> list[_Link]:
    """Every record of an account, without reading the bases (a big book has many); with
    ``sizes``, whether each has a base; with ``keys``, the keys of its base ids.

    Read on the plain driver cursor, as tuples: a big book's ten thousand records are read
    on every run, and rows of the engine's own cost several times more to make."""
    size = "coalesce(length(base), 0)" if sizes else "5"
    ids = "base_ids" if keys else "NULL"
    raw: Any = conn.connection.dbapi_connection
    rows = raw.execute(
        f"SELECT local_id, remote_id, etag, remote_gone, {size}, kind, {ids} "
        "FROM sync_records WHERE account_id = ?",
        (account_id,),
    )
    links: list[_Link] = []
    for local_id, remote_id, etag, gone, base_size, kind, base_ids in rows:
        found = json.loads(base_ids) if base_ids is not None else None
        links.append(
            _Link(
                str(local_id),
                remote_id,
                etag,
                bool(gone),
                int(base_size) > 4,  # not NULL, 'null' or '{}'
                str(kind),
                frozenset(found.values()) if isinstance(found, dict) else frozenset(),
            )
        )
    return links


def _related_links(conn: Connection, account_id: int, kind: str) -> dict[str, str]:
    """``{local id: remote id}`` of an account's related records of ``kind`` whose contact
    is in the book (in the trash too), those gone from the system left out."""
    t, c = s.sync_records, s.contacts
    rows = conn.execute(
        select(t.c.local_id, t.c.remote_id)
        .join(c, c.c.id == t.c.local_id)
        .where(
            t.c.account_id == account_id,
            t.c.kind == kind,
            t.c.remote_id.is_not(None),
            t.c.remote_gone.is_(False),
        )
    )
    return {str(r.local_id): str(r.remote_id) for r in rows}


def _names_of(
    conn: Connection, kind: str, key: Callable[[str], str]
) -> dict[str, list[tuple[str, str]]]:
    """``{key(name): [(id, name)]}`` of the book's contacts of ``kind`` not in the trash."""
    c = s.contacts
    out: dict[str, list[tuple[str, str]]] = {}
    rows = conn.execute(select(c.c.id, c.c.name).where(c.c.kind == kind, c.c.deleted_at.is_(None)))
    for row in rows:
        out.setdefault(key(str(row.name)), []).append((str(row.id), str(row.name)))
    return out


def _has_records(conn: Connection, account_id: int) -> bool:
    t = s.sync_records
    found = conn.execute(select(t.c.local_id).where(t.c.account_id == account_id).limit(1))
    return found.first() is not None


def _unlinked_count(conn: Connection, account_id: int) -> int:
    """How many contacts of the book (not in the trash) the account has no record of."""
    c, r = s.contacts, s.sync_records
    linked = select(r.c.local_id).where(r.c.account_id == account_id, r.c.remote_id.is_not(None))
    return int(
        conn.execute(
            select(func.count())
            .select_from(c)
            .where(c.c.deleted_at.is_(None), c.c.id.not_in(linked))
        ).scalar_one()
    )


def _linked_ids(conn: Connection, account_id: int) -> set[str]:
    """The local ids of the records of an account known on the system."""
    t = s.sync_records
    rows = conn.execute(
        select(t.c.local_id).where(t.c.account_id == account_id, t.c.remote_id.is_not(None))
    ).scalars()
    return {str(r) for r in rows}


def _blobs(contact: AnyContact) -> dict[str, bytes]:
    from hashlib import sha256

    return {sha256(i.data).hexdigest(): i.data for i in contact.images}


__all__ = [
    "CONNECTOR_STATE",
    "DEFAULT_DELETE_LIMIT",
    "LINK_OR_CREATE",
    "NEW_BATCH",
    "RESEND_CONFIRMED",
    "DocConflict",
    "DocumentConnector",
    "DocumentSyncEngine",
    "Match",
    "RecordChanged",
    "apply_remote",
    "confirm_resend",
    "enqueue",
    "enqueue_for_linked",
    "find_matches",
    "merge_fields",
    "pending_matches",
    "settle_conflict",
]
