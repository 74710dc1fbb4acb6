"""One sync run: push the outbox, pull the server's changes, confirm deletions.

The change journal is the outbox (``sync_outbox`` says which contacts have edits not yet
sent).  Every synced contact has a **base**: the server's document as both sides last agreed.

Push, contact by contact in the order they were first edited:

* the server's current document is fetched (``If-None-Match`` with the base's ETag); when it
  changed since the base, the local and the server's versions are merged three-way first —
  fields changed on both sides to different values become a conflict that waits for the user
  and nothing of that contact is sent;
* what differs from the base is sent, sub-resource by sub-resource; a new contact is created
  with ``external_id`` = its local id, and looked up by that id before a retry, so a create
  whose answer was lost is not made twice;
* the server's answer becomes the new base and the outbox entry goes, in one transaction.

Pull pages through both listings, fetches each contact's document (conditional GET), and
applies what changed remotely, merging where the contact also has local edits.  Contacts
missing from a listing are treated as deleted only when every page of it came back whole,
each confirmed with a GET answering 404, and no more than ``delete_limit`` per run unless
the caller allows it.

Failures: 429 / 5xx / network after the client's retries, or an answer that cannot be read,
hold back only the contact it was for: it is tried once more after the others, then waits
for the next run (noted in the summary) while the run goes on with the pull; three such
failures in a row mean the server is unreachable and end the run (offline, nothing lost);
401 / 403 stop it and ask for credentials; 400 / 422 mark that contact *rejected* with
the server's problems (its data stays, the others go on); 404 on an update is a conflict
(deleted on the server).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import partial
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from app.collector import collector_resting
from app.domain.changes import diff, flatten_contact
from app.domain.enums import ContactKind
from app.domain.merge import MISSING, FieldConflict, ItemConflict, merge_three_way
from app.domain.models import AnyContact, Entity, IndividualContact, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.schema import contacts as contact_rows
from app.store.schema import sync_outbox as outbox_rows
from app.store.schema import sync_records as record_rows
from app.store.schema import utc_now
from app.store.sync_state import (
    ENFORE_ACCOUNT_ID,
    SHARED_ENTITIES,
    SyncIssueRow,
    SyncRecord,
    SyncStateRepository,
    enqueue,
    queue_changed_since_sync,
)
from app.sync import wire
from app.sync.account_ids import AGGREGATES
from app.sync.accounts import Account
from app.sync.client import (
    ApiAuthError,
    ApiError,
    ApiNotFound,
    ApiProtocolError,
    ApiRejected,
    ContactsApiClient,
    Listing,
)
from app.sync.connector import Connector, connector_for
from app.sync.documents import (
    JsonDict,
    RecordIds,
    SharedIds,
    WithoutIds,
    contact_from_document,
    document,
    document_hash,
    entity_ids,
    hashed_document,
    record_ids,
    remote_contact_id,
)
from app.sync.progress import SyncProgress, SyncSummary
from app.sync.records import (
    RecordKind,
    record_kinds,
)
from app.sync.run_records import (
    Deferred,
    FetchedDocument,
    GoneOnServer,
    HeldBack,
    Postponed,
    RecordSync,
    Refused,
    StopRun,
    check_before_sending,
    set_unresolved,
    txn_id,
    unresolved_for,
    unresolved_references,
)
from app.sync.wire import SimpleIdMap, UnresolvedReference, WireError

log = logging.getLogger(__name__)

KINDS = (ContactKind.ORGANIZATION, ContactKind.INDIVIDUAL)
DEFAULT_DELETE_LIMIT = 50
DEFAULT_WORKERS = 6  # requests in flight at once (pooled keep-alive connections)
# Contacts waiting to be sent from which they go several at a time (fewer go in order).
CONCURRENT_FROM = 64
_CHUNK = 100
# Contacts pulled per transaction: fewer, larger writes (their search index entries are
# flushed once per chunk) while the next chunk is fetched.
_PULL_CHUNK = 500
#: the progress text while the server's contacts of a kind are read
_READING = {
    ContactKind.ORGANIZATION: QT_TRANSLATE_NOOP(
        "Sync", "Reading the server's organization contacts"
    ),
    ContactKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Sync", "Reading the server's individual contacts"),
}
_CP_SEGMENTS = {
    "addresses": "addresses",
    "emails": "emails",
    "phones": "phones",
    "web_addresses": "web-addresses",
}
_CP_ENTITY = {
    "addresses": "address",
    "emails": "email",
    "phones": "phone",
    "web_addresses": "web_address",
}
#: the parts of a contact as the user reads them, in messages about one of them
_ENTITY_WORDS = {
    "address": QT_TRANSLATE_NOOP("Sync", "address"),
    "email": QT_TRANSLATE_NOOP("Sync", "email"),
    "phone": QT_TRANSLATE_NOOP("Sync", "phone"),
    "web_address": QT_TRANSLATE_NOOP("Sync", "web address"),
    "personal_relationship": QT_TRANSLATE_NOOP("Sync", "personal relationship"),
    "department": QT_TRANSLATE_NOOP("Sync", "department"),
    "location": QT_TRANSLATE_NOOP("Sync", "location"),
    "membership": QT_TRANSLATE_NOOP("Sync", "membership"),
    "customer_role": QT_TRANSLATE_NOOP("Sync", "customer role"),
    "supplier_role": QT_TRANSLATE_NOOP("Sync", "supplier role"),
    "alternative_payer_role": QT_TRANSLATE_NOOP("Sync", "alternative payer role"),
}


def _entity_word(entity: str) -> str:
    """``entity`` (``web_address``) as the user reads it, in the user's language."""
    return translate("Sync", _ENTITY_WORDS.get(entity, entity.replace("_", " ")))


T = TypeVar("T")
R = TypeVar("R")


# --- the engine ---------------------------------------------------------------------------


class SyncEngine:
    """Runs syncs of one local database with one account: today an enfore organization of
    the Contacts API, whose connector (:mod:`app.sync.connectors.enfore`) is this module's
    own code.  ``account`` is the account whose links, bases, outbox position, issues and
    runs the runs keep (the book's enfore account when not given)."""

    def __init__(
        self,
        db: Database,
        client: ContactsApiClient,
        *,
        delete_limit: int = DEFAULT_DELETE_LIMIT,
        workers: int = DEFAULT_WORKERS,
        concurrent_from: int = CONCURRENT_FROM,
        page_limit: int = 5000,
        account: Account | None = None,
        connector: Connector | None = None,
    ) -> None:
        if connector is None:
            connector = connector_for("enfore")
        if connector.type != "enfore" or (account is not None and account.type != "enfore"):
            raise ValueError(
                f"this engine syncs enfore accounts, not {account.type if account else ''}"
                f"{connector.type}"
            )
        self.db = db
        self.client = client
        self.connector = connector
        self.account_id = (
            account.id if account is not None and account.id is not None else ENFORE_ACCOUNT_ID
        )
        self.delete_limit = delete_limit
        self.page_limit = page_limit
        self.workers = max(1, workers)
        self.concurrent_from = max(1, concurrent_from)

    # --- a run ----------------------------------------------------------------------------

    def run(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        run = _Run(self, progress, cancelled, allow_mass_delete)
        with self.db.transaction() as conn:
            run_id = self.state(conn).start_run(utc_now())
        previous = None
        if cancelled is not None:
            # A pause before a retry (backoff, Retry-After) ends as soon as the user cancels.
            previous = self.client.pause_with(partial(_pause, cancelled=cancelled))
        try:
            run.execute()
        except (StopRun, WireError) as error:
            # A bad answer no step was ready for ends the run; what it was read for was
            # written in none of the transactions, so nothing here changed.
            stop = error if isinstance(error, StopRun) else Postponed.unreadable(error)
            run.summary.outcome = stop.outcome
            run.summary.complete = False
            run.summary.messages.append(stop.message)
        except Exception as exc:  # recorded, then raised: the run must not look complete
            run.summary.outcome = "error"
            run.summary.complete = False
            run.summary.messages.append(translate("Sync", "Sync failed: {error}").format(error=exc))
            self._finish(run_id, run.summary)
            raise
        finally:
            if previous is not None:
                self.client.pause_with(previous)
        self._finish(run_id, run.summary)
        return run.summary

    def state(self, conn: Connection) -> SyncStateRepository:
        """The sync state of this engine's account on ``conn``."""
        return SyncStateRepository(conn, self.account_id)

    def _finish(self, run_id: int, summary: SyncSummary) -> None:
        with self.db.transaction() as conn:
            self.state(conn).finish_run(
                run_id,
                utc_now(),
                complete=summary.complete,
                outcome=summary.outcome,
                summary=summary.as_json(),
            )


class _LockedWrites:
    """The database of a run whose contacts are sent from several threads: one write
    transaction at a time (a transaction that reads, then writes, never meets another
    thread's commit in between); reads go ahead."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.RLock()
        self._queued: list[_Queued] = []
        self._queue_lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._lock, self._db.transaction() as conn:
            yield conn

    def reading(self) -> contextlib.AbstractContextManager[Connection]:
        return self._db.reading()

    def together(self, write: Callable[[Connection], None]) -> None:
        """Run ``write`` in a write transaction shared with the writes other threads hand
        in meanwhile: one commit (one flush to disk) for the closing writes of several
        contacts instead of one each.  Returns once ``write`` is committed, or raises what
        it raised: when the shared transaction fails, each of its writes runs again in a
        transaction of its own, so a failing write undoes none of the others."""
        entry = _Queued(write)
        with self._queue_lock:
            self._queued.append(entry)
        with self._lock:
            if not entry.done:  # not written by a thread that took the lock first
                with self._queue_lock:
                    batch, self._queued = self._queued, []
                self._write(batch)
        if entry.error is not None:
            raise entry.error

    def _write(self, batch: list[_Queued]) -> None:
        try:
            try:
                with self._db.transaction() as conn:
                    for entry in batch:
                        entry.write(conn)
            except Exception as shared_error:
                if len(batch) == 1:
                    batch[0].error = shared_error
                else:
                    for entry in batch:
                        try:
                            with self._db.transaction() as conn:
                                entry.write(conn)
                        except Exception as error:
                            entry.error = error
        except BaseException as stop:  # interrupted: none of them is known to be written
            for entry in batch:
                entry.error = entry.error or stop
            raise
        finally:
            for entry in batch:
                entry.done = True


class _RecordWrite:
    """A contact's record as its create left it, written with the ids the create got (see
    :meth:`_Run._create`), unless the push's closing write writes the record whole."""

    __slots__ = ("record",)

    def __init__(self, record: SyncRecord) -> None:
        self.record = record

    def __call__(self, state: SyncStateRepository) -> None:
        state.save_record(self.record)


class _Queued:
    """A write handed to :meth:`_LockedWrites.together`, and how it went."""

    __slots__ = ("done", "error", "write")

    def __init__(self, write: Callable[[Connection], None]) -> None:
        self.write = write
        self.done = False
        self.error: BaseException | None = None


def _add_summary(into: SyncSummary, part: SyncSummary) -> None:
    """Counts and messages of ``part`` (one thread's share of a run) added to ``into``."""
    for name in (
        "pushed",
        "created_remote",
        "deleted_remote",
        "pulled_new",
        "pulled_updated",
        "merged",
        "deleted_local",
        "conflicts",
        "rejected",
        "deferred",
        "waiting",
        "unchanged",
    ):
        setattr(into, name, getattr(into, name) + getattr(part, name))
    into.messages += part.messages
    into.unreachable = part.unreachable or into.unreachable  # why the server was not reached
    if not part.complete:
        into.complete = False
    if part.outcome != "ok" and into.outcome == "ok":
        into.outcome = part.outcome


class _Run(RecordSync):
    def __init__(
        self,
        engine: SyncEngine,
        progress: Callable[[SyncProgress], None] | None,
        cancelled: Callable[[], bool] | None,
        allow_mass_delete: bool,
    ) -> None:
        self.engine = engine
        self.account_id = engine.account_id
        self.db = _LockedWrites(engine.db)  # type: ignore[assignment]
        self.client = engine.client
        self._thread = threading.local()
        # Contacts given a record in this run before anything of them was sent: no create of
        # theirs can have been lost, so none is looked for.
        self._registered: set[str] = set()
        # The stop of a create whose connection was refused: no other create starts after it.
        self._refused_create: StopRun | None = None
        self._registered_lock = threading.Lock()
        self._summary_lock = threading.Lock()
        self._window = 1  # contacts sent at once (see _push_chunk)
        # Records read without their base (``record_heads``), and those whose base is one
        # whole details answer: an unchanged answer (304) for them needs nothing more.
        self._heads: set[str] = set()
        self._inline: set[str] = set()
        self._progress = progress
        self._cancelled = cancelled
        self.allow_mass_delete = allow_mass_delete
        self._summary = SyncSummary()
        self.shared = SharedIds()
        self.handled: set[str] = set()  # local ids pushed or settled in this run
        # What the pushes of a chunk start from, read together before it goes (see
        # :meth:`_preload`): local id -> (contact, record, last seq, whether it has an issue).
        self._loaded: dict[str, tuple[AnyContact | None, SyncRecord | None, int | None, bool]] = {}
        self.tombstones: list[SyncRecord] = []  # marked deleted in a whole listing
        self.record_tombstones: list[tuple[RecordKind, SyncRecord]] = []
        self.kinds = {k.aggregate: k for k in record_kinds(self.client, self.shared)}

    @property  # type: ignore[override]
    def summary(self) -> SyncSummary:
        """The run's summary; a sending thread counts on its own one, added when it is done."""
        own: SyncSummary | None = getattr(self._thread, "summary", None)
        return own if own is not None else self._summary

    @summary.setter
    def summary(self, value: SyncSummary) -> None:
        self._summary = value

    def execute(self) -> None:
        with self.db.reading() as conn:
            state = self.state(conn)
            for local, remote in state.shared_remote_ids():
                self.shared.add(local, remote)
        if state.own_ids:
            # A further enfore account: what other accounts' runs changed here since its
            # last sync of a contact goes out too (account 1 is queued by the others' runs).
            with self.db.transaction() as conn:
                queue_changed_since_sync(conn, self.account_id, aggregates=AGGREGATES)
        if self._first_into_a_filled_book():
            self.match_first()
        self.push_all()
        listings = self.pull_all()
        record_listings: dict[RecordKind, tuple[Listing, set[str]]] = {}
        for kind in self.kinds.values():
            try:
                record_listings[kind] = self.pull_records(kind)
            except Postponed as exc:
                # Not read whole: nothing of this kind is taken as deleted this run.
                self.summary.note(
                    translate("Sync", "The server's {kinds} were not all read: {reason}").format(
                        kinds=translate("Sync", kind.plural), reason=exc.message
                    )
                )
        self.deletions(listings, record_listings)

    # --- the first run into a book that has contacts ----------------------------------------

    def _first_into_a_filled_book(self) -> bool:
        """Whether no contact is linked to this account yet while the book has contacts
        waiting to be sent to it (a new account of an organization that may have them too)."""
        r, o = record_rows, outbox_rows
        with self.db.reading() as conn:
            linked = conn.execute(
                select(r.c.local_id)
                .where(r.c.account_id == self.account_id, r.c.remote_id.is_not(None))
                .limit(1)
            ).first()
            waiting = conn.execute(
                select(o.c.local_id)
                .where(o.c.account_id == self.account_id, o.c.aggregate == "contact")
                .limit(1)
            ).first()
        return linked is None and waiting is not None

    def match_first(self) -> None:
        """Before anything is sent by a new account's first run, the server's contacts are
        matched to the book's: one holding a contact's id as its external id, or matched for
        certain (same VAT number, e-mail or phone with the same name, ...), is linked to it;
        the next push merges both (no version agreed yet: a field filled on one side only is
        taken, one filled differently on both waits as a conflict).  An uncertain match
        waits in "Link or create", and neither side is sent or taken in until the user
        chooses.  Everything else is made on the other side as before."""
        from app.sync.document_sync import find_matches

        for kind in KINDS:
            self.check_cancel()
            self.report("pull", 0, 0, translate("Sync", _READING[kind]))
            listing = self.call(partial(self.client.list_all, kind, limit=self.engine.page_limit))
            if listing.error is not None and isinstance(listing.error, ApiAuthError):
                self.call(_raise, listing.error)
            if listing.error is not None or listing.problems:
                return  # not sure of what the server has: nothing linked, nothing proposed
            items = [i for i in listing.items if i.get("id") is not None and not i.get("deleted")]
            with self.db.reading() as conn:
                c = contact_rows
                rows = conn.execute(
                    select(c.c.id, c.c.external_id).where(
                        c.c.kind == kind.value, c.c.deleted_at.is_(None)
                    )
                ).all()
            ours = {str(ext): str(cid) for cid, ext in rows if ext} | {
                str(cid): str(cid) for cid, _ext in rows
            }
            linked: set[str] = set()
            others: list[str] = []
            for item in items:
                mine = ours.get(str(item.get("external_id") or ""))
                if mine is not None and mine not in linked:
                    self._link_first(kind, mine, str(item["id"]))
                    linked.add(mine)
                else:
                    others.append(str(item["id"]))
            fetch = partial(self._fetch_to_match, kind)
            with ThreadPoolExecutor(max_workers=self.engine.workers) as pool:
                for start in range(0, len(others), _PULL_CHUNK):
                    self.check_cancel()
                    self.report(
                        "pull",
                        start,
                        len(others),
                        translate("Sync", "Matching the server's contacts with this book's"),
                    )
                    chunk = others[start : start + _PULL_CHUNK]
                    for remote_id, fetched in zip(chunk, pool.map(fetch, chunk), strict=True):
                        if fetched is not None and fetched.doc is not None:
                            self._match_one(kind, remote_id, fetched, linked, find_matches)

    def _fetch_to_match(self, kind: ContactKind, remote_id: str) -> FetchedDocument | None:
        try:
            return self.call(self.fetch, kind, remote_id, None, set())
        except ApiNotFound:
            return None  # gone meanwhile

    def _match_one(
        self,
        kind: ContactKind,
        remote_id: str,
        fetched: FetchedDocument,
        linked: set[str],
        find_matches: Callable[..., Any],
    ) -> None:
        """Link the server's contact ``remote_id`` to the book's one it is for certain, or
        keep the uncertain candidates for the user's "link or create"."""
        assert fetched.doc is not None
        try:
            draft = contact_from_document(fetched.doc, kind, SimpleIdMap(), tag_ids={}, report=[])
        except (WireError, ValueError) as exc:
            log.warning("a contact of the server cannot be matched: %s", exc)
            return
        with self.db.reading() as conn:
            candidates, certain = find_matches(conn, draft, linked)
        if certain:
            best = candidates[0]
            self._link_first(kind, best.local_id, remote_id)
            linked.add(best.local_id)
            self.summary.note(
                translate("Sync", "“{name}” linked to {system} ({reasons}).").format(
                    name=best.name, system=self._label, reasons=", ".join(best.reasons)
                ),
                incomplete=False,
            )
            return
        if not candidates:
            return  # new here: the pull takes it in
        with self.db.transaction() as conn:
            self.state(conn).propose_match(
                kind=kind.value,
                remote_id=remote_id,
                remote=fetched.doc,
                version=fetched.etag,
                title=draft.name,
                candidates=((m.local_id, m.score, m.reasons) for m in candidates),
            )
        self.summary.note(
            translate(
                "Sync", "“{name}” in {system} may be {candidates} here: link or create?"
            ).format(
                name=draft.name,
                system=self._label,
                candidates=translate("Sync", " or ").join(f"“{m.name}”" for m in candidates),
            ),
            incomplete=False,
        )

    @property
    def _label(self) -> str:
        """The system, as the user reads it."""
        return translate("Sync", self.engine.connector.label)

    def _link_first(self, kind: ContactKind, local_id: str, remote_id: str) -> None:
        """Link ``local_id`` to the server's ``remote_id`` with no version agreed yet (see
        :meth:`match_first`); its push in this run merges both."""
        with self.db.transaction() as conn:
            link_without_base(conn, self.account_id, kind, local_id, remote_id)
        self.shared.add(local_id, remote_id)

    # --- reading and writing local state ----------------------------------------------------

    def _preload(self, local_ids: list[str]) -> None:
        """Read what the pushes of ``local_ids`` start from, in a few queries for all of them
        (not ~20 per contact), in the order :meth:`load` reads it: the outbox position first,
        so the contact read is never older than the edits that position covers."""
        if not local_ids:
            return
        with self.db.reading() as conn:
            state = self.state(conn)
            outbox = state.outbox_items(local_ids)
            records = state.records_of(local_ids)
            issues = state.with_issues(local_ids)
            repo = self.seen(conn, ContactRepository(conn, Journal(conn, "", utc_now())))
            contacts = repo.get_many(local_ids)
        for local_id in local_ids:
            item = outbox.get(local_id)
            self._loaded[local_id] = (
                contacts.get(local_id),
                records.get(local_id),
                item.last_seq if item is not None else None,
                local_id in issues,
            )

    def load(self, local_id: str) -> tuple[AnyContact | None, SyncRecord | None, int | None]:
        with self.db.reading() as conn:
            repo = self.seen(conn, ContactRepository(conn, Journal(conn, "", utc_now())))
            state = self.state(conn)
            item = state.outbox_item(local_id)
            return repo.get(local_id), state.record(local_id), item.last_seq if item else None

    def fetch(
        self,
        kind: ContactKind,
        remote_id: str,
        record: SyncRecord | None,
        known_images: set[str],
    ) -> FetchedDocument:
        """The server's document of one contact.

        ``details`` is asked for with ``If-None-Match`` (the ``record``'s ETag, when given).
        A server that sends the tags and pictures inside ``details`` (Kontor's reference
        server does) answers everything with that one request; otherwise the ``tags`` and
        ``images`` listings are read too."""
        etag = record.etag if record is not None else None
        try:
            details = self.client.details_if_changed(kind, remote_id, etag)
        except ApiNotFound:
            return FetchedDocument(None, None)
        return self._document(kind, remote_id, record, details, known_images)

    def _document(
        self,
        kind: ContactKind,
        remote_id: str,
        record: SyncRecord | None,
        details: Any,
        known_images: set[str],
    ) -> FetchedDocument:
        """The document of a contact from its details answer (see :meth:`fetch`)."""
        etag = record.etag if record is not None else None
        base = record.base if record is not None else None
        if details.unchanged and base is not None and base.get("inline"):
            return FetchedDocument(doc=base, etag=etag, unchanged=True)
        body = details.body if not details.unchanged else None
        if (
            isinstance(body, dict)
            and isinstance(body.get("tags"), list)
            and isinstance(body.get("images"), list)
        ):
            rest = {k: v for k, v in body.items() if k not in ("tags", "images")}
            doc = document(rest, body["tags"], body["images"]) | {"inline": True}
        else:
            tags = self.client.list_tags(kind, remote_id)
            images = self.client.list_images(kind, remote_id)
            for listing in (tags, images):
                if listing.error is not None:
                    raise listing.error
                if listing.problems:
                    raise ApiProtocolError(
                        f"the server reported problems: {'; '.join(map(str, listing.problems))}"
                    )
            if details.unchanged:
                if base is None:
                    raise ApiProtocolError("304 for details never fetched")
                doc = document(base["details"], tags.items, images.items)
            elif isinstance(body, dict):
                doc = document(body, tags.items, images.items)
            else:
                raise ApiProtocolError("the details of a contact are not an object")
        fetched = FetchedDocument(doc=doc, etag=details.etag or etag)
        for item in doc["images"]:
            rid = str(item.get("id"))
            if rid not in known_images:
                fetched.images[rid] = self.client.get_image_bytes(kind, remote_id, rid)
        return fetched

    def complete_doc(self, fetched: FetchedDocument, record: SyncRecord | None) -> JsonDict | None:
        """The whole document (``None``: the server has no such contact)."""
        return fetched.doc

    # --- push -------------------------------------------------------------------------------

    def push_all(self) -> None:
        """Send the outbox.  Many contacts (``concurrent_from`` or more) go ``workers`` at a
        time (organizations first, then the people who may refer to them), then the other
        records in order; a few changes go one after the other in the order they were made.

        A record that cannot go yet does not hold up the others: one that refers to a record
        sent later, or one the server failed on (after the client's retries), is tried once
        more after the rest, after a pause; if it fails again it stays queued for the next
        run, noted in the summary."""
        with self.db.reading() as conn:
            state = self.state(conn)
            outbox = state.outbox()
            waiting = state.match_candidates()
        if waiting:
            # Contacts a server's record may be wait for the user's "link or create".
            outbox = [i for i in outbox if i.local_id not in waiting]
        contact_ids = [i.local_id for i in outbox if i.aggregate == "contact"]
        if len(contact_ids) < self.engine.concurrent_from:
            self._push_in_order(outbox)
            return
        with self.db.reading() as conn:
            kinds = _contact_kinds(conn, contact_ids)
            linked = _with_records(conn, self.account_id, contact_ids)
        total = len(outbox)
        organizations = [
            i
            for i in outbox
            if i.aggregate == "contact" and kinds.get(i.local_id) == "organization"
        ]
        first = {i.local_id for i in organizations}
        people = [i for i in outbox if i.aggregate == "contact" and i.local_id not in first]
        again: list[tuple[str, str]] = []
        failed = False
        done = 0
        for wave in (organizations, people):
            for start in range(0, len(wave), _CHUNK):
                chunk = wave[start : start + _CHUNK]
                self._register(
                    [i.local_id for i in chunk if i.local_id in kinds and i.local_id not in linked]
                )
                self._preload([i.local_id for i in chunk])
                for item, result in self._push_chunk(chunk, done, total):
                    done += 1
                    if result != "done":
                        again.append((item.local_id, item.aggregate))
                        failed = failed or result == "failed"
        for item in outbox:
            if item.aggregate == "contact":
                continue
            self.check_cancel()
            self.report("push", done, total, translate("Sync", "Sending changes"))
            done += 1
            try:
                self.push_item(item.local_id, item.aggregate)
            except Deferred:
                again.append((item.local_id, item.aggregate))
            except (Postponed, WireError):
                again.append((item.local_id, item.aggregate))
                failed = True
        self._push_again(again, failed)
        self.report("push", total, total, translate("Sync", "Changes sent"))

    def _push_in_order(self, outbox: list[Any]) -> None:
        """A few changes: sent one after the other, in the order they were made."""
        total = len(outbox)
        again: list[tuple[str, str]] = []
        failed = False
        for done, item in enumerate(outbox):
            self.check_cancel()
            self.report("push", done, total, translate("Sync", "Sending changes"))
            try:
                self.push_item(item.local_id, item.aggregate)
            except Deferred:
                again.append((item.local_id, item.aggregate))
            except (Postponed, WireError):
                again.append((item.local_id, item.aggregate))
                failed = True
        self._push_again(again, failed)
        self.report("push", total, total, translate("Sync", "Changes sent"))

    def _push_again(self, again: list[tuple[str, str]], failed: bool) -> None:
        """The last try of what could not go the first time (after a pause if the server
        failed); what fails again waits for the next run."""
        if failed:
            self.check_cancel()
            self.client.back_off(2)
        for local_id, aggregate in again:
            self.check_cancel()
            try:
                self.push_item(local_id, aggregate)
            except Deferred as exc:
                self.summary.deferred += 1
                self.summary.note(translate("Sync", "Not sent yet: {reason}").format(reason=exc))
            except (Postponed, WireError) as error:
                exc = error if isinstance(error, Postponed) else Postponed.unreadable(error)
                self.summary.waiting += 1
                self.summary.note(
                    translate(
                        "Sync", "“{name}” was not sent and waits for the next sync: {reason}"
                    ).format(name=self._title(local_id, aggregate), reason=exc.message)
                )

    def _register(self, local_ids: list[str]) -> None:
        """Give contacts about to be sent for the first time their record, together: a run
        that ends after a create was sent (its answer lost) then looks for what it made."""
        if not local_ids:
            return
        with self.db.transaction() as conn:
            state = self.state(conn)
            kinds = _contact_kinds(conn, local_ids)
            for local_id in local_ids:
                state.save_record(SyncRecord(local_id=local_id, kind=kinds[local_id]))
        self._registered.update(local_ids)

    def _push_chunk(self, chunk: list[Any], done: int, total: int) -> Iterator[tuple[Any, str]]:
        """Push the contacts of ``chunk`` on a thread pool; yields each with how it went
        (``done``; ``again``: it refers to a record not sent yet; ``failed``: the server
        failed on it).

        As many are under way at once as went well in a row, doubled up to ``workers``: a
        run starts with one, and after a failure it goes on with one, so a server that fails
        is not asked many things at once.  The first stop (cancelled, offline, credentials)
        ends the chunk: contacts not started stay queued, those under way finish, then it is
        raised."""
        pool = ThreadPoolExecutor(max_workers=self.engine.workers)
        running: dict[Future[str], Any] = {}
        waiting = list(reversed(chunk))
        try:
            while waiting or running:
                while waiting and len(running) < self._window:
                    item = waiting.pop()
                    future = pool.submit(self._push_in_thread, item.local_id, item.aggregate)
                    running[future] = item
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    item = running.pop(future)
                    result = future.result()
                    if result == "done":
                        self._window = min(self.engine.workers, self._window * 2)
                    else:
                        self._window = 1
                    self.report("push", done, total, translate("Sync", "Sending changes"))
                    done += 1
                    yield item, result
        finally:
            for future in running:
                future.cancel()
            wait(running)
            pool.shutdown()

    def _push_in_thread(self, local_id: str, aggregate: str) -> str:
        own = SyncSummary()
        self._thread.summary = own
        try:
            self.check_cancel()
            self.push_item(local_id, aggregate)
            return "done"
        except Deferred:
            return "again"
        except (Postponed, WireError):
            return "failed"
        finally:
            self._thread.summary = None
            with self._summary_lock:
                _add_summary(self._summary, own)

    def _title(self, local_id: str, aggregate: str) -> str:
        """The name of a queued record, for the summary."""
        if aggregate in self.kinds:
            local: Any = self._load_record(self.kinds[aggregate], local_id)[0]
        else:
            local = self.load(local_id)[0]
        return str(getattr(local, "name", "") or local_id)

    def push_item(self, local_id: str, aggregate: str) -> None:
        if aggregate == "contact":
            self.push_one(local_id)
        elif aggregate in self.kinds:
            self.push_record(self.kinds[aggregate], local_id)

    def push_one(self, local_id: str) -> None:
        loaded = self._loaded.pop(local_id, None)
        if loaded is None:
            local, record, last_seq = self.load(local_id)
            has_issue = True  # not known: looked up
        else:
            local, record, last_seq, has_issue = loaded
        if last_seq is None:
            return
        self.handled.add(local_id)
        issue = None
        if has_issue:
            with self.db.reading() as conn:
                issue = self.state(conn).issue_for(local_id)
        try:
            if (
                issue is not None
                and (issue.issue != "rejected" or issue.seq >= last_seq)
                and not self._conflict_moved(issue, local, record)
            ):
                return  # waits for the user (a rejected change is retried once edited again)
            # Ids the server gives this contact and its items are written with the contact's
            # new base (one transaction), or at once if the push stops before that.
            self._thread.pending = []
            self._thread.issue_free = issue is None  # (nothing to clear when it is sent)
            try:
                self._push(local_id, local, record, last_seq)
            finally:
                self._write_pending()
        except HeldBack as held:
            assert local is not None
            self.hold_back(local.kind.value, local_id, local.name, held, last_seq)
        except Refused as rejected:
            self._reject(local_id, local, record, last_seq, rejected.error)
        except (GoneOnServer, ApiNotFound):
            # The contact (or the one an item belongs to) is gone on the server.
            self._remote_deleted(local_id, local, self.load(local_id)[1], last_seq)

    def _conflict_moved(
        self, issue: SyncIssueRow, local: AnyContact | None, record: SyncRecord | None
    ) -> bool:
        """Whether the server changed a conflicted contact again since the conflict was found
        (one conditional GET).  Then it is merged anew: the conflict goes if the server now
        agrees, or is stored again with what the server has now."""
        if (
            issue.issue != "conflict"
            or issue.theirs is None
            or local is None
            or record is None
            or record.remote_id is None
        ):
            return False
        seen = SyncRecord(
            local_id=record.local_id,
            kind=record.kind,
            remote_id=record.remote_id,
            base=issue.theirs,
            etag=issue.theirs_etag,
        )
        known = {i.remote_id for i in local.images if i.remote_id}
        fetched = self.call(self.fetch, local.kind, record.remote_id, seen, known)
        doc = self.complete_doc(fetched, seen)
        return doc is None or document_hash(doc) != document_hash(issue.theirs)

    def _push(
        self, local_id: str, local: AnyContact | None, record: SyncRecord | None, last_seq: int
    ) -> None:
        if local is None or local.deleted_at is not None:
            self._push_delete(local_id, local, record, last_seq)
            return
        if record is not None and record.remote_gone:
            self._remote_deleted(local_id, local, record, last_seq)
            return
        kind = local.kind
        just_created = record is None or record.remote_id is None
        created: JsonDict | None = None
        if record is None or record.remote_id is None:
            record, created = self._create(local, record)
        remote_id = record.remote_id
        assert remote_id is not None
        ids = record_ids(self.shared, record.base_ids, local)
        mine = local
        if created is not None:
            # Just made: the server has the contact as answered and nothing else yet (no
            # need to ask).  The rest is sent against that.
            record.base = _created_document(created, kind)
            record.base_hash = document_hash(record.base)
            record.etag = None
            base = self._base_contact(record, ids, mine)
            self._send_changes(mine, base, remote_id, ids)
            self._settle(local_id, mine, record, ids, last_seq)
            return
        known = {i.remote_id for i in local.images if i.remote_id}
        fetched = self.call(self.fetch, kind, remote_id, record, known)
        theirs_doc = self.complete_doc(fetched, record)
        if theirs_doc is None or _tombstone(theirs_doc, record.kind):
            raise GoneOnServer
        self._adopt(local, record, theirs_doc, fetched, ids)
        if just_created or record.base is None:
            # Found again after a lost answer, or made by a run that ended before the
            # server's answer became the base: what the server has is the base (the items a
            # lost create made there were taken over just above, not made again).
            record.base = theirs_doc
            record.base_hash = document_hash(theirs_doc)
            record.etag = fetched.etag
        elif document_hash(theirs_doc) != record.base_hash:
            # Changed on the server since the base: merge before sending anything.
            merged = self._merge(local, record, theirs_doc, fetched, last_seq)
            if merged is None:
                return
            mine, record = merged
            ids = record_ids(self.shared, record.base_ids, mine)
        base = self._base_contact(record, ids, mine)
        # Checked here first: what the server would refuse is not sent, not even in part.
        check_before_sending(mine, base)
        self._send_changes(mine, base, remote_id, ids)
        self._settle(local_id, mine, record, ids, last_seq)

    def _forget_unsent(self, local_id: str, stop: StopRun) -> None:
        """A create whose connection was refused never reached the server, and none before
        it made the contact there (it was new, or looked for and not found): its bare record
        goes, so that the next run creates it without asking for it by external id first.
        So do the records given in this run to contacts whose create has not started (and
        now will not: the run is ending)."""
        with self._registered_lock:
            self._refused_create = stop
            never_sent = {local_id, *self._registered}
            self._registered.clear()
        with self.db.transaction() as conn:
            state = self.state(conn)
            for one in never_sent:
                record = state.record(one)
                if record is not None and record.remote_id is None and record.base is None:
                    state.delete_record(one)

    def _create(
        self, local: AnyContact, record: SyncRecord | None
    ) -> tuple[SyncRecord, JsonDict | None]:
        """Create the contact on the server (or find the one a lost answer made); the
        server's answer when it was created now."""
        kind = local.kind
        external = local.external_id or local.id
        remote_id: str | None = None
        created: JsonDict | None = None
        if record is not None and local.id not in self._registered:
            # A create was sent before: its answer may have been lost.
            found = self.call(lambda: self.client.find_by_external_id(kind, external))
            if found is not None and found.get("internal"):
                remote_id = str(found["internal"])
                if not self._alive(kind, remote_id):
                    # The id belongs to a contact deleted on the server (this one, made
                    # again by the user's choice): free it for the new contact.
                    with contextlib.suppress(ApiNotFound):
                        self.call(lambda: self.client.delete_external_id(kind, external))
                    remote_id = None
        if record is None:
            record = SyncRecord(local_id=local.id, kind=kind.value)
            with self.db.transaction() as conn:
                self.state(conn).save_record(record)
        if remote_id is None:
            check_before_sending(local)
            ids = record_ids(self.shared, {}, local)
            report: list[UnresolvedReference] = []
            body = wire.contact_to_wire(local, ids, report)
            self._resolved(report, local)
            body["external_id"] = external
            with self._registered_lock:
                refused = self._refused_create
                if refused is not None:  # the server refused a create: the run is ending
                    raise StopRun(refused.outcome, refused.message, unsent=True)
                # From here on a create may have been made: a later try looks for it first.
                self._registered.discard(local.id)
            try:
                created = self.call(self.client.create, kind, body)
            except StopRun as stop:
                if stop.unsent:  # refused: it never left, the next run need not look for it
                    self._forget_unsent(local.id, stop)
                raise
            remote_id = str(created.get("id") or "")
            if not remote_id:
                raise StopRun(
                    "incomplete", translate("Sync", "The server created a contact but sent no id.")
                )
            self.summary.created_remote += 1
        record.remote_id = remote_id
        self.shared.add(local.id, remote_id)
        made = copy.copy(record)
        needs_external = local.external_id is None

        def write(state: SyncStateRepository) -> None:
            state.set_remote_id("contact", local.id, remote_id)
            if needs_external:
                state.set_external_id(local.id, external)

        self._later(_RecordWrite(made))
        self._later(write)
        local.remote_id = remote_id
        local.external_id = external
        return record, created

    def _alive(self, kind: ContactKind, remote_id: str) -> bool:
        try:
            fetched = self.call(lambda: self.client.get(kind, remote_id))
        except ApiNotFound:
            return False
        return isinstance(fetched.body, dict) and not fetched.body.get("deleted")

    def _resolved(self, report: Sequence[UnresolvedReference], local: AnyContact) -> None:
        if report:
            raise Deferred(
                translate(
                    "Sync", "“{name}” refers to records not on the server yet ({reference})"
                ).format(name=local.name, reference=report[0])
            )

    def _base_contact(
        self, record: SyncRecord, ids: RecordIds, local: AnyContact
    ) -> AnyContact | None:
        if record.base is None:
            return None
        return contact_from_document(record.base, record.kind, ids, local=local, tag_ids={})

    def _merge(
        self,
        local: AnyContact,
        record: SyncRecord,
        theirs_doc: JsonDict,
        fetched: FetchedDocument,
        last_seq: int,
    ) -> tuple[AnyContact, SyncRecord] | None:
        ids = record_ids(self.shared, record.base_ids, local)
        tag_ids: dict[str, str] = {}
        base = (
            contact_from_document(record.base, record.kind, ids, local=local, tag_ids=tag_ids)
            if record.base is not None
            else None
        )
        theirs = contact_from_document(
            theirs_doc, record.kind, ids, local=local, tag_ids=tag_ids, image_bytes=fetched.images
        )
        result = merge_three_way(base, local, theirs)
        if result.conflicts:
            with self.db.transaction() as conn:
                self.state(conn).put_issue(
                    local_id=local.id,
                    kind=record.kind,
                    issue="conflict",
                    title=local.name,
                    detail={"conflicts": [_conflict_json(c) for c in result.conflicts]},
                    now=utc_now(),
                    seq=last_seq,
                    theirs=theirs_doc,
                    theirs_etag=fetched.etag,
                )
            self.summary.conflicts += 1
            return None
        merged = result.merged
        new_record = SyncRecord(
            local_id=record.local_id,
            kind=record.kind,
            remote_id=record.remote_id,
            base=theirs_doc,
            base_hash=document_hash(theirs_doc),
            etag=fetched.etag,
            base_ids={**entity_ids(theirs), **_known_base_ids(record, theirs_doc)},
            synced_at=utc_now(),
        )
        with self.db.transaction() as conn:
            state = self.state(conn)
            item = state.outbox_item(local.id)
            if item is None or item.last_seq != last_seq:
                raise Deferred(translate("Sync", "edited again while syncing"))
            repo = self.seen(
                conn, ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            )
            merged = repo.save(merged)
            state.save_record(new_record)
        self.summary.merged += 1
        return merged, new_record

    # --- sending the differences ----------------------------------------------------------

    def _send_changes(
        self, mine: AnyContact, base: AnyContact | None, remote_id: str, ids: RecordIds
    ) -> None:
        client = self.client
        kind = mine.kind
        report: list[UnresolvedReference] = []
        body = wire.contact_to_wire(mine, ids, report)
        self._resolved(report, mine)
        if base is None or body != wire.contact_to_wire(base, ids):
            self.call(lambda: client.update(kind, remote_id, body))
        self._sync_points(
            mine,
            base,
            ids,
            partial(client.create_contact_point, kind, remote_id),
            partial(client.update_contact_point, kind, remote_id),
            partial(client.delete_contact_point, kind, remote_id),
        )
        if isinstance(mine, IndividualContact):
            assert base is None or isinstance(base, IndividualContact)
            self._send_identities(mine, base, remote_id, ids)
            self._sync_items(
                mine.personal_relationships,
                base.personal_relationships if base else [],
                "personal_relationship",
                ids,
                lambda item, i: wire.personal_relationship_to_wire(item, i, report),
                lambda b: client.create_sub_item(kind, remote_id, "personal-relationships", b),
                lambda rid, b: client.update_sub_item(
                    kind, remote_id, "personal-relationships", rid, b
                ),
                lambda rid: client.delete_sub_item(kind, remote_id, "personal-relationships", rid),
                report,
            )
        else:
            assert isinstance(mine, OrganizationContact)
            assert base is None or isinstance(base, OrganizationContact)
            subs: tuple[tuple[str, str, Callable[[Any, RecordIds], JsonDict]], ...] = (
                ("departments", "department", lambda d, _i: wire.department_to_wire(d)),
                ("locations", "location", lambda x, i: wire.location_to_wire(x, i, report)),
                ("memberships", "membership", lambda x, i: wire.membership_to_wire(x, i, report)),
            )
            for coll, entity, to_body in subs:
                self._sync_items(
                    getattr(mine, coll),
                    getattr(base, coll) if base else [],
                    entity,
                    ids,
                    to_body,
                    partial(client.create_sub_item, kind, remote_id, coll),
                    partial(client.update_sub_item, kind, remote_id, coll),
                    partial(client.delete_sub_item, kind, remote_id, coll),
                    report,
                )
        self._send_roles(mine, base, remote_id, ids)
        self._send_tags(mine, base, remote_id)
        self._send_images(mine, base, remote_id)

    def _sync_points(
        self,
        mine: Any,
        base: Any | None,
        ids: RecordIds,
        create: Callable[..., JsonDict],
        update: Callable[..., JsonDict],
        delete: Callable[..., None],
    ) -> None:
        """The four contact-point lists of a contact or an identity; ``create``, ``update``
        and ``delete`` take the list's path segment first."""
        for list_name, segment in _CP_SEGMENTS.items():
            self._sync_items(
                getattr(mine, list_name),
                getattr(base, list_name) if base is not None else [],
                _CP_ENTITY[list_name],
                ids,
                lambda item, _ids: wire.contact_point_to_wire(item),
                partial(create, segment),
                partial(update, segment),
                partial(delete, segment),
            )

    def _sync_items(
        self,
        mine: Sequence[Entity],
        base: Sequence[Entity],
        entity: str,
        ids: RecordIds,
        to_body: Callable[[Any, RecordIds], JsonDict],
        create: Callable[[JsonDict], JsonDict],
        update: Callable[[str, JsonDict], JsonDict],
        delete: Callable[[str], None],
        report: list[UnresolvedReference] | None = None,
    ) -> None:
        base_by_remote = {b.remote_id: b for b in base if b.remote_id}
        kept: set[str] = set()
        for item in mine:
            if report is not None:
                report.clear()
            body = to_body(item, ids)
            if report:
                raise Deferred(
                    translate("Sync", "a {entity} refers to {reference}").format(
                        entity=_entity_word(entity), reference=report[0]
                    )
                )
            if item.remote_id is None:
                created = self.call(create, body)
                rid = str(created.get("id") or "")
                if not rid:
                    raise StopRun(
                        "incomplete",
                        translate("Sync", "The server created a {entity} but sent no id.").format(
                            entity=_entity_word(entity)
                        ),
                    )
                self._remember(entity, item, rid, ids)
                kept.add(rid)
                continue
            kept.add(item.remote_id)
            old = base_by_remote.get(item.remote_id)
            if old is None or to_body(old, ids) != body:
                try:
                    self.call(update, item.remote_id, body)
                except ApiNotFound:
                    # Deleted on the server while edited here: the edit wins, made anew.
                    created = self.call(create, body)
                    self._remember(entity, item, str(created.get("id") or ""), ids)
        for rid in base_by_remote:
            if rid not in kept:
                with contextlib.suppress(ApiNotFound):  # gone already
                    self.call(delete, rid)

    def _adopt(
        self,
        local: AnyContact,
        record: SyncRecord,
        theirs_doc: JsonDict,
        fetched: FetchedDocument,
        ids: RecordIds,
    ) -> None:
        """Items of ``local`` not known on the server yet that the server has all the same:
        made by a create whose answer was lost (the connection dropped, or the run ended,
        after the server had made it).  Each takes the server's id, so it is not made twice.

        An item matches a server's item this side does not know yet (not in the base, no
        local item has its id) when its create would send the same body; one to one."""
        if all(e.remote_id is not None for e in wire.iter_entities(local) if e is not local):
            return
        theirs = contact_from_document(
            theirs_doc,
            record.kind,
            ids,
            local=local,
            tag_ids={},
            image_bytes=fetched.images,
            report=[],
        )
        known = set(record.base_ids) | {
            e.remote_id for e in wire.iter_entities(local) if e.remote_id is not None
        }

        def claim(
            mine: Sequence[Entity], server: Sequence[Entity], entity: str, body: Callable[..., Any]
        ) -> None:
            free = [t for t in server if t.remote_id is not None and t.remote_id not in known]
            for item in mine:
                if item.remote_id is not None or not free:
                    continue
                sent = body(item)
                for candidate in free:
                    if body(candidate) == sent:
                        assert candidate.remote_id is not None
                        self._remember(entity, item, candidate.remote_id, ids)
                        known.add(candidate.remote_id)
                        free.remove(candidate)
                        break

        def points(mine: Any, server: Any) -> None:
            for list_name in _CP_SEGMENTS:
                claim(
                    getattr(mine, list_name),
                    getattr(server, list_name),
                    _CP_ENTITY[list_name],
                    wire.contact_point_to_wire,
                )

        points(local, theirs)
        if isinstance(local, IndividualContact):
            assert isinstance(theirs, IndividualContact)
            claim(
                local.professional_identities,
                theirs.professional_identities,
                "professional_identity",
                lambda pi: wire.professional_identity_to_wire(pi, ids, []),
            )
            server_pis = {pi.remote_id: pi for pi in theirs.professional_identities}
            for pi in local.professional_identities:
                if pi.remote_id in server_pis:
                    points(pi, server_pis[pi.remote_id])
            claim(
                local.personal_relationships,
                theirs.personal_relationships,
                "personal_relationship",
                lambda rel: wire.personal_relationship_to_wire(rel, ids, []),
            )
        else:
            assert isinstance(local, OrganizationContact)
            assert isinstance(theirs, OrganizationContact)
            claim(local.departments, theirs.departments, "department", wire.department_to_wire)
            claim(
                local.locations,
                theirs.locations,
                "location",
                lambda loc: wire.location_to_wire(loc, ids, []),
            )
            claim(
                local.memberships,
                theirs.memberships,
                "membership",
                lambda m: wire.membership_to_wire(m, ids, []),
            )
        claim(local.images, theirs.images, "image", lambda image: image.data)

    def _remember(self, entity: str, item: Entity, remote_id: str, ids: RecordIds) -> None:
        """A created item's remote id goes to its row at once: a later failure in this run
        must not make the next one create it twice."""
        item.remote_id = remote_id
        ids.add(item.id, remote_id)
        if entity in SHARED_ENTITIES:
            self.shared.add(item.id, remote_id)
        item_id = item.id
        self._later(lambda state: state.set_remote_id(entity, item_id, remote_id))

    def _later(self, write: Callable[[SyncStateRepository], None]) -> None:
        """A write of ids the server gave, kept for the contact's closing transaction (see
        :meth:`push_one`); at once when no contact is being sent."""
        pending: list[Callable[[SyncStateRepository], None]] | None = getattr(
            self._thread, "pending", None
        )
        if pending is not None:
            pending.append(write)
            return
        with self.db.transaction() as conn:
            write(self.state(conn))

    def _take_pending(self) -> list[Callable[[SyncStateRepository], None]]:
        pending: list[Callable[[SyncStateRepository], None]] = (
            getattr(self._thread, "pending", None) or []
        )
        if pending:
            self._thread.pending = []
        return pending

    def _write_pending(self) -> None:
        """The ids the server gave that are not written yet, written now (the push of the
        contact stopped before its closing transaction)."""
        pending = self._take_pending()
        self._thread.pending = None
        if pending:
            with self.db.transaction() as conn:
                state = self.state(conn)
                for write in pending:
                    write(state)

    def _send_identities(
        self,
        mine: IndividualContact,
        base: IndividualContact | None,
        remote_id: str,
        ids: RecordIds,
    ) -> None:
        client = self.client
        base_by_remote = {
            p.remote_id: p for p in (base.professional_identities if base else []) if p.remote_id
        }
        kept: set[str] = set()
        report: list[UnresolvedReference] = []
        for pi in mine.professional_identities:
            report.clear()
            body = wire.professional_identity_to_wire(pi, ids, report)
            if report:
                raise Deferred(
                    translate(
                        "Sync", "a professional identity of “{name}” refers to {reference}"
                    ).format(name=mine.name, reference=report[0])
                )
            old = base_by_remote.get(pi.remote_id) if pi.remote_id else None
            if (
                pi.remote_id is not None
                and old is not None
                and old.organization_contact != pi.organization_contact
            ):
                # The organization of an identity cannot change on the server: make it anew.
                self.call(client.delete_professional_identity, remote_id, pi.remote_id)
                for point_list in _CP_SEGMENTS:
                    for point in getattr(pi, point_list):
                        point.remote_id = None
                pi.remote_id = None
                old = None
            if pi.remote_id is None:
                created = self.call(client.create_professional_identity, remote_id, body)
                rid = str(created.get("id") or "")
                if not rid:
                    raise StopRun(
                        "incomplete",
                        translate("Sync", "The server created an identity but sent no id."),
                    )
                self._remember("professional_identity", pi, rid, ids)
            else:
                update_body = wire.professional_identity_to_wire(pi, ids, for_update=True)
                if (
                    old is None
                    or wire.professional_identity_to_wire(old, ids, for_update=True) != update_body
                ):
                    self.call(
                        client.update_professional_identity, remote_id, pi.remote_id, update_body
                    )
            pi_rid = pi.remote_id
            assert pi_rid is not None
            kept.add(pi_rid)
            self._sync_points(
                pi,
                old,
                ids,
                partial(client.create_pi_contact_point, remote_id, pi_rid),
                partial(client.update_pi_contact_point, remote_id, pi_rid),
                partial(client.delete_pi_contact_point, remote_id, pi_rid),
            )
        for rid in base_by_remote:
            if rid not in kept:
                self.call(client.delete_professional_identity, remote_id, rid)

    def _send_roles(
        self, mine: AnyContact, base: AnyContact | None, remote_id: str, ids: RecordIds
    ) -> None:
        kind = mine.kind
        writers: dict[str, Callable[[Any], JsonDict]] = {
            "customer_role": lambda r: wire.customer_role_to_wire(r, ids, report),
            "supplier_role": lambda r: wire.supplier_role_to_wire(r, ids, report),
            "alternative_payer_role": lambda r: wire.alternative_payer_role_to_wire(r),
        }
        report: list[UnresolvedReference] = []
        for role, to_body in writers.items():
            new = getattr(mine, role)
            old = getattr(base, role) if base is not None else None
            if new is None and old is None:
                continue
            if new is None:
                # Roles have no DELETE: a role is ended by making it inactive.
                assert old is not None
                if not old.is_active:
                    continue
                new = old.model_copy(update={"is_active": False})
            report.clear()
            body = to_body(new)
            if report:
                raise Deferred(
                    translate("Sync", "the {role} of “{name}” refers to {reference}").format(
                        role=_entity_word(role), name=mine.name, reference=report[0]
                    )
                )
            if old is None or to_body(old) != body:
                self.call(self.client.put_role, role, kind, remote_id, body)

    def _send_tags(self, mine: AnyContact, base: AnyContact | None, remote_id: str) -> None:
        kind = mine.kind
        old = {t.name.casefold(): t for t in (base.tags if base else [])}
        new = {t.name.casefold(): t for t in mine.tags}
        for key, tag in new.items():
            if key not in old:
                self.call(self.client.add_tag, kind, remote_id, tag.name)
        for key, tag in old.items():
            if key not in new and tag.remote_id:
                self.call(self.client.remove_tag, kind, remote_id, tag.remote_id)

    def _send_images(self, mine: AnyContact, base: AnyContact | None, remote_id: str) -> None:
        kind = mine.kind
        kept = {i.remote_id for i in mine.images if i.remote_id}
        # The server puts a new image first: send them last to first so the order holds.
        for image in reversed(mine.images):
            if image.remote_id is None and image.data:
                created = self.call(
                    self.client.add_image, kind, remote_id, wire.image_to_wire(image)
                )
                rid = str(created.get("id") or "")
                if rid:
                    self._remember("image", image, rid, RecordIds(self.shared))
        for image in base.images if base else []:
            if image.remote_id and image.remote_id not in kept:
                self.call(self.client.delete_image, kind, remote_id, image.remote_id)

    # --- after a push -----------------------------------------------------------------------

    def _settle(
        self,
        local_id: str,
        pushed: AnyContact,
        record: SyncRecord,
        ids: RecordIds,
        last_seq: int,
    ) -> None:
        """The server's answer becomes the base, and the outbox entry goes, together."""
        kind = pushed.kind
        assert record.remote_id is not None
        known = {i.remote_id for i in pushed.images if i.remote_id}
        fetched = self.call(self.fetch, kind, record.remote_id or "", None, known)
        doc = fetched.doc
        if doc is None:
            raise GoneOnServer
        theirs = contact_from_document(
            doc, kind, ids, local=pushed, tag_ids={}, image_bytes=fetched.images
        )
        pending = self._take_pending()
        # (the record a create wrote is written whole by the closing write)
        writes = [w for w in pending if not isinstance(w, _RecordWrite)]
        had_issue = not getattr(self._thread, "issue_free", False)
        try:
            self._settle_locally(
                local_id, pushed, record, theirs, doc, fetched, last_seq, writes, had_issue
            )
        except BaseException:
            self._thread.pending = pending  # written by the push's own closing step
            raise
        self.summary.pushed += 1

    def _settle_locally(
        self,
        local_id: str,
        pushed: AnyContact,
        record: SyncRecord,
        theirs: AnyContact,
        doc: JsonDict,
        fetched: FetchedDocument,
        last_seq: int,
        pending: list[Callable[[SyncStateRepository], None]],
        had_issue: bool = True,
    ) -> None:
        def close(conn: Connection) -> None:
            self._close_locally(
                conn, local_id, pushed, record, theirs, doc, fetched, last_seq, pending, had_issue
            )

        if isinstance(self.db, _LockedWrites):
            # Committed with the closing writes of the contacts other threads finished
            # meanwhile (one flush to disk for several); returns once it is committed.
            self.db.together(close)
        else:
            with self.db.transaction() as conn:
                close(conn)

    def _close_locally(
        self,
        conn: Connection,
        local_id: str,
        pushed: AnyContact,
        record: SyncRecord,
        theirs: AnyContact,
        doc: JsonDict,
        fetched: FetchedDocument,
        last_seq: int,
        pending: list[Callable[[SyncStateRepository], None]],
        had_issue: bool,
    ) -> None:
        state = self.state(conn)
        for write in pending:
            write(state)
        repo = self.seen(
            conn, ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
        )
        item = state.outbox_item(local_id)
        # Not edited since it was read: what was sent is what is stored (no need to read
        # it again); otherwise the stored state, with the newer edits.
        untouched = item is not None and item.last_seq == last_seq
        current = pushed if untouched else repo.get(local_id)
        if current is not None:
            # Only what the server assigns is taken over; everything else stays as the
            # user left it (a difference from the base is sent again, never dropped).
            values = _server_assigned(current, theirs)
            with_values = _with_server_assigned(current, values)
            assigned = _in_server_order(with_values, theirs)
            if assigned is with_values and values:
                # Only account numbers came: those columns, as a save would write them.
                repo.save_assigned(local_id, values)
            elif diff(flatten_contact(current), flatten_contact(assigned)):
                repo.save(assigned)
        state.save_record(
            SyncRecord(
                local_id=local_id,
                kind=record.kind,
                remote_id=record.remote_id,
                base=doc,
                base_hash=document_hash(doc),
                etag=fetched.etag,
                base_ids=entity_ids(theirs),
                synced_at=utc_now(),
            )
        )
        state.mark_pushed(local_id, last_seq)
        if had_issue:
            state.clear_issue(local_id)

    def _push_delete(
        self, local_id: str, local: AnyContact | None, record: SyncRecord | None, last_seq: int
    ) -> None:
        """A contact trashed or deleted for good here: delete it on the server, unless the
        server changed it since (then both are kept as a conflict)."""
        if record is None or record.remote_id is None or record.remote_gone:
            with self.db.transaction() as conn:
                self.state(conn).mark_pushed(local_id, last_seq)
            return
        kind = ContactKind(record.kind)
        fetched = self.call(self.fetch, kind, record.remote_id or "", record, set())
        doc = self.complete_doc(fetched, record)
        if doc is not None and _tombstone(doc, record.kind):
            doc = None  # deleted there too: nothing to send
        if doc is not None and document_hash(doc) != record.base_hash:
            with self.db.transaction() as conn:
                self.state(conn).put_issue(
                    local_id=local_id,
                    kind=record.kind,
                    issue="local_deleted",
                    title=local.name if local else _doc_name(doc, record.kind),
                    detail={"message": "Deleted here, changed on the server since."},
                    now=utc_now(),
                    seq=last_seq,
                    theirs=doc,
                    theirs_etag=fetched.etag,
                )
            self.summary.conflicts += 1
            return
        if doc is not None:
            with contextlib.suppress(ApiNotFound):
                self.call(lambda: self.client.delete(kind, record.remote_id or ""))
            self.summary.deleted_remote += 1
        with self.db.transaction() as conn:
            state = self.state(conn)
            record.remote_gone = True
            record.synced_at = utc_now()
            state.save_record(record)
            state.mark_pushed(local_id, last_seq)
            state.clear_issue(local_id)
        self.summary.pushed += 1

    def _reject(
        self,
        local_id: str,
        local: AnyContact | None,
        record: SyncRecord | None,
        last_seq: int,
        error: ApiRejected,
    ) -> None:
        problems = [{"title": p.title, "detail": p.detail or ""} for p in error.problems] or [
            {"title": "Rejected", "detail": error.message}
        ]
        with self.db.transaction() as conn:
            self.state(conn).put_issue(
                local_id=local_id,
                kind=(local.kind.value if local else record.kind if record else "individual"),
                issue="rejected",
                title=local.name if local else local_id,
                detail={"status": error.status, "problems": problems},
                now=utc_now(),
                seq=last_seq,
            )
        self.summary.rejected += 1
        self.summary.note(
            translate("Sync", "The server refused the changes of “{name}”: {problems}").format(
                name=local.name if local else local_id,
                problems="; ".join(p["detail"] or p["title"] for p in problems),
            )
        )

    def _remote_deleted(
        self, local_id: str, local: AnyContact | None, record: SyncRecord | None, last_seq: int
    ) -> None:
        with self.db.transaction() as conn:
            state = self.state(conn)
            if record is not None:
                record.remote_gone = True
                state.save_record(record)
            state.put_issue(
                local_id=local_id,
                kind=record.kind if record else (local.kind.value if local else "individual"),
                issue="remote_deleted",
                title=local.name if local else local_id,
                detail={"message": "Changed here, deleted on the server."},
                now=utc_now(),
                seq=last_seq,
            )
        self.summary.conflicts += 1

    # --- pull -------------------------------------------------------------------------------

    def pull_all(self) -> dict[ContactKind, tuple[Listing, set[str]]]:
        # A pull makes many short-lived objects that form no cycles (documents, contacts,
        # rows): the cyclic garbage collector rests meanwhile instead of scanning them again
        # and again; what it would have found is collected at its next pass.
        with collector_resting():
            return self._pull_all()

    def _pull_all(self) -> dict[ContactKind, tuple[Listing, set[str]]]:
        listings: dict[ContactKind, tuple[Listing, set[str]]] = {}
        for kind in KINDS:
            self.check_cancel()
            self.report("pull", 0, 0, translate("Sync", _READING[kind]))
            listing = self.call(partial(self.client.list_all, kind, limit=self.engine.page_limit))
            if listing.error is not None:
                if isinstance(listing.error, ApiAuthError):
                    self.call(_raise, listing.error)
                self.summary.note(
                    translate(
                        "Sync", "The server's list of contacts is incomplete: {error}"
                    ).format(error=listing.error)
                )
            elif listing.problems:
                self.summary.note(
                    translate(
                        "Sync", "The server's list of contacts came with problems: {problems}"
                    ).format(problems="; ".join(str(p) for p in listing.problems[:3]))
                )
            seen = {str(item["id"]) for item in listing.items if item.get("id") is not None}
            listings[kind] = (listing, seen)
            whole = listing.error is None and not listing.problems
            self._pull_kind(kind, listing.items, whole)
        return listings

    def _pull_kind(self, kind: ContactKind, items: list[JsonDict], whole: bool) -> None:
        with self.db.reading() as conn:
            # Without their stored documents: only the records that changed need them.
            mine = self.state(conn).record_heads(kind.value)
            creating = _external_ids(conn, [r.local_id for r in mine if r.remote_id is None])
            self._inline |= self.state(conn).inline_bases(kind.value)
            reviewed = self.state(conn).matched_remote_ids()
        self._heads.update(r.local_id for r in mine)
        records = {r.remote_id: r for r in mine if r.remote_id is not None}
        work: list[tuple[JsonDict, SyncRecord | None]] = []
        for item in items:
            rid = item.get("id")
            if rid is None:
                continue
            record = records.get(str(rid))
            if record is None and str(rid) in reviewed:
                continue  # waits for the user's "link or create"
            if record is None and item.get("external_id") in creating:
                # Made by a create of this workstation whose answer was lost: its next push
                # finds it by the external id and takes it over; never pulled as new.
                continue
            if record is not None and (record.local_id in self.handled or record.remote_gone):
                continue
            if item.get("deleted") is True and record is not None:
                # A tombstone: checked and applied with the other deletions, and only when
                # the listing was whole.
                if whole:
                    self.tombstones.append(record)
                continue
            # A contact trashed on the server and never seen here comes into the trash here,
            # as on every workstation that had it: what refers to it finds it.
            work.append((item, record))
        total = len(work)
        retry: list[tuple[JsonDict, SyncRecord | None]] = []
        chunks = [work[start : start + _PULL_CHUNK] for start in range(0, total, _PULL_CHUNK)]
        workers = self.engine.workers
        with ThreadPoolExecutor(max_workers=workers) as pool:
            fetch = partial(self._fetch_for, kind)
            # The next chunk is fetched while this one is written.
            ahead = _Fetches(pool, workers, fetch, chunks[0] if chunks else [])
            try:
                for index, chunk in enumerate(chunks):
                    self.check_cancel()
                    self.report(
                        "pull",
                        index * _PULL_CHUNK,
                        total,
                        translate("Sync", "Reading changes from the server"),
                    )
                    fetched = ahead.results()
                    if index + 1 < len(chunks):
                        ahead = _Fetches(pool, workers, fetch, chunks[index + 1])
                    retry += [
                        (item, record)
                        for item, record, _ in self._apply_chunk(kind, chunk, fetched)
                    ]
            except BaseException:
                ahead.stop()  # what was not fetched yet is not
                raise
            if retry:
                # The last try: references to records still not here are left unresolved
                # (the base keeps them) and resolved when those records arrive.
                fetched = list(pool.map(fetch, retry))
                for item, _record, reason in self._apply_chunk(kind, retry, fetched, final=True):
                    self.summary.note(
                        translate(
                            "Sync", "Not taken from the server yet: {name} ({reason})"
                        ).format(name=repr(item.get("name")), reason=reason)
                    )
        self.resolve_waiting()
        self.report("pull", total, total, translate("Sync", "Changes read"))

    def resolve_waiting(self) -> None:
        """Contacts taken with references to records that were not here: those whose records
        have arrived since get the references from their base (merged with the edits made
        here meanwhile)."""
        with self.db.reading() as conn:
            waiting = unresolved_references(conn)
        ready = {
            local_id: remote_ids
            for local_id, remote_ids in waiting.items()
            if any(self.shared.local_id(r) is not None for r in remote_ids)
        }
        if not ready:
            return
        with self.db.transaction() as conn:
            journal = Journal(conn, txn_id(), utc_now(), origin="sync")
            repo = self.seen(conn, ContactRepository(conn, journal))
            state = self.state(conn)
            for local_id, remote_ids in ready.items():
                with conn.begin_nested():
                    self._resolve_one(conn, repo, state, local_id, remote_ids)

    def _resolve_one(
        self,
        conn: Connection,
        repo: ContactRepository,
        state: SyncStateRepository,
        local_id: str,
        hidden: set[str],
    ) -> None:
        record = state.record(local_id)
        local = repo.get(local_id)
        if record is None or record.base is None or local is None:
            set_unresolved(conn, local_id, ())
            return
        if state.issue_for(local_id) is not None:
            return  # waits for the user; tried again once settled
        ids = record_ids(self.shared, record.base_ids, local)
        report: list[UnresolvedReference] = []
        tag_ids: dict[str, str] = {}
        theirs = contact_from_document(
            record.base, record.kind, ids, local=local, tag_ids=tag_ids, report=report
        )
        result: AnyContact = theirs
        if state.outbox_item(local_id) is not None:
            base = contact_from_document(
                record.base, record.kind, WithoutIds(ids, hidden), local=local, tag_ids=tag_ids
            )
            merged = merge_three_way(base, local, theirs)
            if merged.conflicts:
                return
            result = merged.merged
        repo.save(result)
        for entity in wire.iter_entities(theirs):
            if entity.remote_id is not None and type(entity).__name__ in _SHARED_TYPES:
                self.shared.add(entity.id, entity.remote_id)
        record.base_ids = {**record.base_ids, **entity_ids(theirs)}
        state.save_record(record)
        set_unresolved(conn, local_id, {r.value for r in report if r.direction == "to_local"})

    def _fetch_for(
        self, kind: ContactKind, work: tuple[JsonDict, SyncRecord | None]
    ) -> FetchedDocument | StopRun | None:
        item, record = work
        if item.get("deleted") is True and record is not None:
            return None
        try:
            if record is not None and record.local_id in self._heads:
                return self._fetch_for_head(kind, str(item["id"]), record)
            known: set[str] = set()
            if record is not None and record.base is not None:
                known = {str(i.get("id")) for i in record.base.get("images") or []}
            return self.call(self.fetch, kind, str(item["id"]), record, known)
        except StopRun as stop:
            return stop
        except Refused as rejected:
            return StopRun(
                "incomplete",
                translate("Sync", "The server refused to send a contact: {error}").format(
                    error=rejected.error
                ),
            )

    def _fetch_for_head(
        self, kind: ContactKind, remote_id: str, head: SyncRecord
    ) -> FetchedDocument | None:
        """Fetch for a record read without its base: a 304 for a base that came whole from
        one details answer means unchanged, with nothing more to read; otherwise the stored
        record is read to make the document."""
        if head.local_id in self._inline and head.etag:
            try:
                details = self.call(self.client.details_if_changed, kind, remote_id, head.etag)
            except ApiNotFound:
                return FetchedDocument(None, None)
            if details.unchanged:
                return FetchedDocument(doc=None, etag=head.etag, unchanged=True)
            record = self._full_record(head.local_id)
            known = {str(i.get("id")) for i in (record.base or {}).get("images") or []}
            return self.call(self._document, kind, remote_id, record, details, known)
        record = self._full_record(head.local_id)
        known = {str(i.get("id")) for i in (record.base or {}).get("images") or []}
        return self.call(self.fetch, kind, remote_id, record, known)

    def _full_record(self, local_id: str, state: SyncStateRepository | None = None) -> Any:
        if state is not None:
            return state.record(local_id)
        with self.db.reading() as conn:
            return self.state(conn).record(local_id)

    def _apply_chunk(
        self,
        kind: ContactKind,
        chunk: list[tuple[JsonDict, SyncRecord | None]],
        fetched: list[FetchedDocument | StopRun | None],
        *,
        final: bool = False,
    ) -> list[tuple[JsonDict, SyncRecord | None, str]]:
        """Apply a chunk of fetched documents locally in one transaction (one savepoint per
        contact).  Returns what could not be taken yet, with the reason (references to
        contacts later in the listing): it is tried again at the end, ``final``ly."""
        again: list[tuple[JsonDict, SyncRecord | None, str]] = []
        for result in fetched:
            if isinstance(result, StopRun) and result.outcome in ("credentials", "offline"):
                raise result
        with self.db.transaction() as conn:
            journal = Journal(conn, txn_id(), utc_now(), origin="sync")
            repo = self.seen(conn, ContactRepository(conn, journal))
            state = self.state(conn)
            new: list[tuple[AnyContact, SyncRecord, JsonDict]] = []
            for (item, record), result in zip(chunk, fetched, strict=True):
                if isinstance(result, StopRun):
                    self.summary.note(result.message)
                    continue
                if (
                    result is not None
                    and result.unchanged
                    and result.doc is None
                    and record is not None
                ):
                    self.summary.unchanged += 1  # 304 for a base from one details answer
                    continue
                if record is not None and record.local_id in self._heads:
                    record = state.record(record.local_id) or record
                if record is None and result is not None and not final:
                    # A contact new here: nothing is written before it is inserted with the
                    # others of the chunk, so it needs no savepoint of its own.
                    try:
                        made = self._apply_pulled(
                            repo, state, kind, item, None, result, final=False, conn=conn
                        )
                    except Deferred as exc:
                        again.append((item, record, str(exc)))
                        continue
                    if made is not None:
                        new.append((*made, item))
                    continue
                try:
                    with conn.begin_nested():
                        if result is None:
                            self._apply_remote_delete(repo, state, item, record)
                        else:
                            made = self._apply_pulled(
                                repo, state, kind, item, record, result, final=final, conn=conn
                            )
                            if made is not None:
                                new.append((*made, item))
                except Deferred as exc:
                    again.append((item, record, str(exc)))
            again += self._insert_new(conn, repo, state, new)
        return again

    def _insert_new(
        self,
        conn: Connection,
        repo: ContactRepository,
        state: SyncStateRepository,
        new: list[tuple[AnyContact, SyncRecord, JsonDict]],
    ) -> list[tuple[JsonDict, SyncRecord | None, str]]:
        """Contacts new from the server, inserted together (one by one if that fails)."""
        if not new:
            return []
        try:
            with conn.begin_nested():
                repo.add_many([contact for contact, _, _ in new])
                state.add_records([record for _, record, _ in new])
            self.summary.pulled_new += len(new)
            return []
        except IntegrityError:
            pass
        again: list[tuple[JsonDict, SyncRecord | None, str]] = []
        for contact, record, item in new:
            try:
                with conn.begin_nested():
                    repo.save(contact)
                    state.save_record(record)
                self.summary.pulled_new += 1
            except IntegrityError as exc:
                again.append(
                    (
                        item,
                        None,
                        translate("Sync", "it refers to records not here ({error})").format(
                            error=exc.orig
                        ),
                    )
                )
        return again

    def _apply_pulled(
        self,
        repo: ContactRepository,
        state: SyncStateRepository,
        kind: ContactKind,
        item: JsonDict,
        record: SyncRecord | None,
        fetched: FetchedDocument,
        *,
        final: bool = False,
        conn: Connection | None = None,
    ) -> tuple[AnyContact, SyncRecord] | None:
        """Apply one fetched document; a contact new here is returned to be inserted with
        the others of its chunk.  References to records not here make it wait for the end of
        the listing; on the ``final`` try they are left unresolved and remembered."""
        doc = self.complete_doc(fetched, record)
        if doc is None:
            return None  # gone meanwhile: the deletion pass decides
        trashed = record is None and _tombstone(doc, kind.value)
        if trashed and _remade_here(repo, doc, kind.value):
            return None  # the old copy of a contact made again from this workstation
        doc_text, doc_hash = hashed_document(doc)
        if record is not None and record.base_hash == doc_hash:
            if fetched.etag and fetched.etag != record.etag:
                record.etag = fetched.etag
                state.save_record(record)
            self.summary.unchanged += 1
            return None
        local = repo.get(record.local_id) if record is not None else None
        if record is not None and local is None:
            return None  # deleted for good here: the outbox sends the delete
        pending = record is not None and state.outbox_item(record.local_id) is not None
        if record is not None and state.issue_for(record.local_id) is not None:
            return None  # waits for the user
        ids = record_ids(self.shared, record.base_ids if record else {}, local)
        report: list[UnresolvedReference] = []
        theirs = contact_from_document(
            doc, kind, ids, local=local, tag_ids={}, image_bytes=fetched.images, report=report
        )
        unresolved = {r.value for r in report if r.direction == "to_local"}
        if unresolved and not final:
            raise Deferred(str(report[0]))
        if trashed:
            theirs = theirs.model_copy(update={"deleted_at": utc_now()})
        if pending and local is not None and record is not None:
            # Edited on both sides: merge now; the push of the next run sends the result.
            # The base is read as the local copy was: without what was not here then.
            tag_ids = {t.name.casefold(): t.id for t in theirs.tags}
            waiting = unresolved_for(conn, record.local_id) if conn is not None else set()
            base = (
                contact_from_document(
                    record.base, kind, WithoutIds(ids, waiting), local=local, tag_ids=tag_ids
                )
                if record.base is not None
                else None
            )
            result = merge_three_way(base, local, theirs)
            item_state = state.outbox_item(record.local_id)
            if result.conflicts:
                state.put_issue(
                    local_id=local.id,
                    kind=kind.value,
                    issue="conflict",
                    title=local.name,
                    detail={"conflicts": [_conflict_json(c) for c in result.conflicts]},
                    now=utc_now(),
                    seq=item_state.last_seq if item_state else 0,
                    theirs=doc,
                    theirs_etag=fetched.etag,
                )
                self.summary.conflicts += 1
                return None
            repo.save(result.merged)
            self.summary.merged += 1
        elif local is not None:
            if local.deleted_at is not None and not pending:
                theirs = theirs.model_copy(update={"deleted_at": None})
            repo.save(theirs)
            self.summary.pulled_updated += 1
        # One walk over the contact's entities: the shared ids and the base's ids (what
        # entity_ids gives).
        base_ids: dict[str, str] = {}
        for entity in wire.entity_list(theirs):
            if entity.remote_id is not None:
                base_ids[entity.remote_id] = entity.id
                if type(entity).__name__ in _SHARED_TYPES:
                    self.shared.add(entity.id, entity.remote_id)
        new_record = SyncRecord(
            local_id=theirs.id,
            kind=kind.value,
            remote_id=str(item["id"]),
            base=doc,
            base_hash=doc_hash,
            etag=fetched.etag,
            base_ids=base_ids,
            synced_at=utc_now(),
            remote_gone=trashed,
            base_text=doc_text,
        )
        if conn is not None and (record is not None or unresolved):
            set_unresolved(conn, theirs.id, unresolved)
        if local is None:
            return theirs, new_record
        state.save_record(new_record)
        return None

    def _apply_remote_delete(
        self,
        repo: ContactRepository,
        state: SyncStateRepository,
        item: JsonDict,
        record: SyncRecord | None,
    ) -> None:
        """The server deleted a contact (a tombstone, or a confirmed 404)."""
        if record is None or record.remote_gone:
            return
        local = repo.get(record.local_id)
        item_state = state.outbox_item(record.local_id)
        record.remote_gone = True
        state.save_record(record)
        if local is None or local.deleted_at is not None:
            return
        self._deleted_on_server(
            state,
            record.kind,
            local,
            item_state,
            lambda: repo.save(
                local.model_copy(update={"remote_deleted": True, "deleted_at": utc_now()})
            ),
        )

    def deletions(
        self,
        listings: dict[ContactKind, tuple[Listing, set[str]]],
        record_listings: dict[RecordKind, tuple[Listing, set[str]]] | None = None,
    ) -> None:
        """Contacts and records the server no longer has (missing from a whole listing, or
        marked deleted), each confirmed with a GET, at most ``delete_limit`` without a yes."""
        with self.db.reading() as conn:
            records = self.state(conn).record_heads()  # read whole once confirmed gone

        def missing(kind_name: str, listing: Listing, seen: set[str]) -> list[SyncRecord]:
            if listing.error is not None or listing.problems:
                return []  # never evidence of a deletion
            return [
                r
                for r in records
                if r.kind == kind_name
                and r.remote_id is not None
                and not r.remote_gone
                and r.remote_id not in seen
                and r.local_id not in self.handled
            ]

        candidates: list[tuple[RecordKind | None, SyncRecord]] = []
        for contact_kind, (listing, seen) in listings.items():
            candidates += [(None, r) for r in missing(contact_kind.value, listing, seen)]
        candidates += [(None, r) for r in self.tombstones if r.local_id not in self.handled]
        for record_kind, (listing, seen) in (record_listings or {}).items():
            candidates += [(record_kind, r) for r in missing(record_kind.aggregate, listing, seen)]
        candidates += [(k, r) for k, r in self.record_tombstones if r.local_id not in self.handled]
        if not candidates:
            return
        confirmed: list[tuple[RecordKind | None, SyncRecord]] = []
        still_there = 0
        for done, (kind, record) in enumerate(candidates):
            self.check_cancel()
            self.report(
                "deletions",
                done,
                len(candidates),
                translate("Sync", "Checking what is gone on the server"),
            )
            if self._gone_on_server(kind, record):
                confirmed.append((kind, record))
            else:
                still_there += 1
        if still_there:
            self.summary.note(
                tr(
                    "%n records missing from the server's list still exist there: "
                    "the list was incomplete, nothing was deleted.",
                    "",
                    still_there,
                )
            )
            return
        if len(confirmed) > self.engine.delete_limit and not self.allow_mass_delete:
            self.summary.deletions_waiting = len(confirmed)
            self.summary.outcome = "needs_confirmation"
            self.summary.complete = False
            self.summary.messages.append(
                tr(
                    "%n records were deleted on the server. They are kept here until "
                    "you confirm that they should be deleted here too.",
                    "",
                    len(confirmed),
                )
            )
            return
        with self.db.transaction() as conn:
            journal = Journal(conn, txn_id(), utc_now(), origin="sync")
            repo = self.seen(conn, ContactRepository(conn, journal))
            state = self.state(conn)
            for kind, head in confirmed:
                record = state.record(head.local_id)
                if record is None:
                    continue
                with conn.begin_nested():
                    if kind is None:
                        self._apply_remote_delete(repo, state, {}, record)
                    else:
                        self._apply_record_delete(
                            kind, self.seen(conn, kind.repo(conn, journal)), state, record
                        )

    def _gone_on_server(self, kind: RecordKind | None, record: SyncRecord) -> bool:
        remote_id = record.remote_id or ""
        if kind is not None:
            theirs, _ = self.call(kind.fetch, remote_id, None)
            return kind.gone(theirs)
        try:
            found = self.call(
                self.client.fetch_if_changed,
                self.client.routes.contact(record.kind, remote_id),
                None,
            )
        except ApiNotFound:
            return True
        return isinstance(found.body, dict) and found.body.get("deleted") is True


class _Fetches(Generic[T, R]):
    """``fetch`` of every item of ``work`` on ``workers`` threads of ``pool``, each thread
    taking the next item as soon as it is free: the same concurrency as one task per item,
    without a future (a lock, a queue entry, a wake-up) for every one of thousands of items."""

    def __init__(
        self, pool: ThreadPoolExecutor, workers: int, fetch: Callable[[T], R], work: list[T]
    ) -> None:
        self._work = work
        self._fetch = fetch
        self._found: list[R | None] = [None] * len(work)
        self._next = itertools.count()  # each next() is atomic: no item is taken twice
        self._stopped = False
        self._tasks = [pool.submit(self._run) for _ in range(min(workers, len(work)))]

    def _run(self) -> None:
        for index in self._next:
            if index >= len(self._work) or self._stopped:
                return
            try:
                self._found[index] = self._fetch(self._work[index])
            except BaseException:
                self._stopped = True  # the others take no more items: it is raised
                raise

    def stop(self) -> None:
        """No item is started any more (those being fetched finish)."""
        self._stopped = True

    def results(self) -> list[R]:
        """What ``fetch`` returned for each item, in order (raises what one of them raised)."""
        try:
            for task in self._tasks:
                task.result()
        except BaseException:
            self.stop()
            raise
        return self._found  # type: ignore[return-value]


_SHARED_TYPES = frozenset(
    {"IndividualContact", "OrganizationContact", "ProfessionalIdentity", "Department", "Location"}
)


def _pause(seconds: float, *, cancelled: Callable[[], bool]) -> None:
    """Sleep ``seconds``, waking every tenth of a second to see whether to stop early."""
    end = time.monotonic() + seconds
    while not cancelled():
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(0.1, left))


def _raise(error: ApiError) -> None:
    raise error


_ASSIGNED = {
    "customer_role": "debtor_account_id",
    "supplier_role": "creditor_account_id",
    "alternative_payer_role": "debtor_account_id",
}


def _server_assigned(local: AnyContact, server: AnyContact) -> list[tuple[str, str, Any, Any]]:
    """The read-only fields the server assigns (account numbers) where ``server`` differs
    from ``local``: ``(role, field, local value, server value)``."""
    values: list[tuple[str, str, Any, Any]] = []
    for role, field_name in _ASSIGNED.items():
        mine, theirs = getattr(local, role), getattr(server, role)
        if mine is None or theirs is None:
            continue
        before, value = getattr(mine, field_name), getattr(theirs, field_name)
        if before != value:
            values.append((role, field_name, before, value))
    return values


def _with_server_assigned(
    local: AnyContact, values: Sequence[tuple[str, str, Any, Any]]
) -> AnyContact:
    """``local`` with the server-assigned ``values`` (see :func:`_server_assigned`)."""
    update: dict[str, Any] = {
        role: getattr(local, role).model_copy(update={field_name: value})
        for role, field_name, _before, value in values
    }
    return local.model_copy(update=update) if update else local


_ORDERED = (
    "addresses",
    "emails",
    "phones",
    "web_addresses",
    "professional_identities",
    "personal_relationships",
    "departments",
    "locations",
    "memberships",
)


_E = TypeVar("_E", bound=Entity)


@functools.cache
def _ordered_lists(cls: type[Entity]) -> tuple[str, ...]:
    """The lists of :data:`_ORDERED` that items of ``cls`` have (an e-mail has none: it is
    not looked into)."""
    return tuple(name for name in _ORDERED if name in cls.model_fields)


def _in_server_order(local: _E, server: object) -> _E:
    """``local`` with each list of items in the server's order, where the server holds
    exactly the same items (by remote id).  The server keeps items in the order they were
    made, so items added on two workstations end in one order everywhere."""
    update: dict[str, Any] = {}
    for name in _ordered_lists(type(local)):
        mine, theirs = getattr(local, name), getattr(server, name, None)
        if not mine or theirs is None or not all(isinstance(e, Entity) for e in mine):
            continue  # (an identity's departments and locations are references, not items)
        order = {e.remote_id: i for i, e in enumerate(theirs) if e.remote_id}
        if len(order) != len(mine) or any(e.remote_id not in order for e in mine):
            continue
        by_remote = {e.remote_id: e for e in theirs}
        ranked = [
            _in_server_order(e, by_remote[e.remote_id])
            for e in sorted(mine, key=lambda e: order[e.remote_id])
        ]
        # (the same objects in the same order: nothing moved, inside them neither, since an
        # item whose own lists moved comes back as a new object)
        if len(ranked) != len(mine) or any(a is not b for a, b in zip(ranked, mine, strict=True)):
            update[name] = ranked
    return local.model_copy(update=update) if update else local


def link_without_base(
    conn: Connection, account_id: int, kind: ContactKind | str, local_id: str, remote_id: str
) -> None:
    """Link the contact ``local_id`` to the server's contact ``remote_id`` in an enfore
    account, with no version both sides agreed on: the base is a bare contact, so the next
    push of it merges both (a field or an item on one side only is taken, a field filled
    differently on both is a conflict) and neither side's values are overwritten."""
    kind = ContactKind(kind)
    base = _created_document({"id": remote_id}, kind)
    state = SyncStateRepository(conn, account_id)
    state.save_record(
        SyncRecord(
            local_id=local_id,
            kind=kind.value,
            remote_id=remote_id,
            base=base,
            base_hash=document_hash(base),
        )
    )
    state.set_remote_id("contact", local_id, remote_id)
    enqueue(conn, account_id, local_id)


def _created_document(created: JsonDict, kind: ContactKind) -> JsonDict:
    """The document of a contact the server has just made from a POST (no sub-resources)."""
    details: JsonDict = {
        "individual_contact" if kind is ContactKind.INDIVIDUAL else "organization_contact": created,
        "addresses": [],
        "emails": [],
        "phones": [],
        "web_addresses": [],
    }
    if kind is ContactKind.INDIVIDUAL:
        details |= {"professional_identities": [], "personal_relationships": []}
    else:
        details |= {"departments": [], "locations": [], "memberships": []}
    return document(details, [], [])


def _tombstone(doc: JsonDict, kind: str) -> bool:
    key = "individual_contact" if kind == ContactKind.INDIVIDUAL.value else "organization_contact"
    return bool(((doc.get("details") or {}).get(key) or {}).get("deleted"))


def _contact_kinds(conn: Connection, local_ids: list[str]) -> dict[str, str]:
    """``{id: kind}`` of the contacts of ``local_ids`` still here and not in the trash."""
    found: dict[str, str] = {}
    for start in range(0, len(local_ids), 500):
        rows = conn.execute(
            select(contact_rows.c.id, contact_rows.c.kind).where(
                contact_rows.c.id.in_(local_ids[start : start + 500]),
                contact_rows.c.deleted_at.is_(None),
            )
        )
        found.update({row.id: str(row.kind) for row in rows})
    return found


def _with_records(conn: Connection, account_id: int, local_ids: list[str]) -> set[str]:
    """Those of ``local_ids`` that have a record of the account."""
    found: set[str] = set()
    for start in range(0, len(local_ids), 500):
        rows = conn.execute(
            select(record_rows.c.local_id).where(
                record_rows.c.account_id == account_id,
                record_rows.c.local_id.in_(local_ids[start : start + 500]),
            )
        )
        found.update(rows.scalars())
    return found


def _external_ids(conn: Connection, local_ids: list[str]) -> set[str]:
    """The external ids ``local_ids`` are created with (their own, or else the local id)."""
    if not local_ids:
        return set()
    rows = conn.execute(
        select(contact_rows.c.id, contact_rows.c.external_id).where(
            contact_rows.c.id.in_(local_ids)
        )
    )
    return {row.external_id or row.id for row in rows} | set(local_ids)


def _remade_here(repo: ContactRepository, doc: JsonDict, kind: str) -> bool:
    """Whether ``doc`` (a tombstone) is the old copy of a contact this workstation made again
    on the server (its external id is the local contact's id)."""
    key = "individual_contact" if kind == ContactKind.INDIVIDUAL.value else "organization_contact"
    external = ((doc.get("details") or {}).get(key) or {}).get("external_id")
    return isinstance(external, str) and repo.get(external) is not None


def _doc_name(doc: JsonDict, kind: str) -> str:
    key = "individual_contact" if kind == ContactKind.INDIVIDUAL.value else "organization_contact"
    return str(((doc.get("details") or {}).get(key) or {}).get("name") or "")


def _known_base_ids(record: SyncRecord, doc: JsonDict) -> dict[str, str]:
    """Ids of the old base still needed to read ``doc`` (items deleted here since)."""
    rid = remote_contact_id(doc, record.kind)
    kept = dict(record.base_ids)
    if rid is not None:
        kept.setdefault(rid, record.local_id)
    return kept


def _json_value(value: Any) -> Any:
    if value is MISSING:
        return {"missing": True}
    return {"value": value}


def _conflict_json(conflict: FieldConflict | ItemConflict) -> JsonDict:
    if isinstance(conflict, FieldConflict):
        return {
            "type": "field",
            "entity": conflict.entity,
            "entity_id": conflict.entity_id,
            "field": conflict.field,
            "base": _json_value(conflict.base),
            "mine": _json_value(conflict.mine),
            "theirs": _json_value(conflict.theirs),
        }
    return {
        "type": "item",
        "entity": conflict.entity,
        "entity_id": conflict.entity_id,
        "deleted_by": conflict.deleted_by,
        "edited_fields": {
            k: [_json_value(a), _json_value(b)] for k, (a, b) in conflict.edited_fields.items()
        },
    }
