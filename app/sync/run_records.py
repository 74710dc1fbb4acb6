"""The parts of a sync run shared by contacts and the smaller records, and the run of
placeholder customers and customer lists (see :mod:`app.sync.records` for their documents).

:class:`RunBase` holds what every step needs: progress, cancelling, and :meth:`RunBase.call`,
which turns the client's failures into the run's outcomes.  :class:`RecordSync` pushes, pulls
and deletes placeholder customers and customer lists; the engine's run builds on both.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from sqlalchemy import Connection, delete, insert, select

from app.domain.models import new_id
from app.domain.problems import Problem, Severity
from app.domain.validation import keep_received_values, validate
from app.i18n import translate
from app.store.database import Database
from app.store.journal import Journal
from app.store.schema import sync_settings, utc_now
from app.store.sync_state import ENFORE_ACCOUNT_ID, SyncRecord, SyncStateRepository
from app.sync.account_ids import seen_by
from app.sync.client import (
    ApiAuthError,
    ApiError,
    ApiNotFound,
    ApiProtocolError,
    ApiRejected,
    ApiUnavailable,
    ContactsApiClient,
    Listing,
)
from app.sync.documents import JsonDict, SharedIds, document_hash
from app.sync.progress import SyncProgress, SyncSummary
from app.sync.records import (
    RecordKind,
    Unresolved,
    conflicts_json,
    merge_documents,
    new_record,
)
from app.sync.unreachable import unreachable_words
from app.sync.wire import WireError

log = logging.getLogger(__name__)

T = TypeVar("T")
_Repo = TypeVar("_Repo")

OFFLINE_AFTER: Final = 3
"""Calls failing in a row (network, 5xx, 429, after the client's retries) that end a run as
offline: the server is plainly unreachable.  Fewer are one record's trouble: it waits."""


def txn_id() -> str:
    """A new journal transaction id."""
    return new_id()


# Contacts taken from the server with references to records that were not here, and the
# remote ids of those records: one row per contact in the database's sync rows of key and
# value, which need no new table.  The pull resolves them once the records arrive.
_WAITING = "unresolved:"


def unresolved_references(conn: Connection) -> dict[str, set[str]]:
    """``{local id: remote ids it refers to that were not here}`` of every waiting contact."""
    rows = conn.execute(
        select(sync_settings.c.key, sync_settings.c.value).where(
            sync_settings.c.key.startswith(_WAITING, autoescape=True)
        )
    )
    return {
        row.key[len(_WAITING) :]: {str(v) for v in row.value or []}
        for row in rows
        if isinstance(row.value, list)
    }


def unresolved_for(conn: Connection, local_id: str) -> set[str]:
    value = conn.execute(
        select(sync_settings.c.value).where(sync_settings.c.key == _WAITING + local_id)
    ).scalar()
    return {str(v) for v in value} if isinstance(value, list) else set()


def set_unresolved(conn: Connection, local_id: str, remote_ids: Iterable[str]) -> None:
    """Remember (or, when none are left, forget) what ``local_id`` refers to that is not here."""
    key = _WAITING + local_id
    values = sorted(set(remote_ids))
    conn.execute(delete(sync_settings).where(sync_settings.c.key == key))
    if values:
        conn.execute(insert(sync_settings).values(key=key, value=values))


class StopRun(Exception):  # noqa: N818 - control flow inside a run
    """Ends the run early (offline, credentials, cancelled)."""

    def __init__(self, outcome: str, message: str, *, unsent: bool = False) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message
        # The call it ended on never left here (its connection was refused).
        self.unsent = unsent


class Postponed(StopRun):
    """One step failed (the server failed or could not be reached for it after the client's
    retries, or sent an answer that cannot be read): what it was for waits for the next run
    and the run goes on.  A step that does not catch it ends the run as incomplete."""

    def __init__(self, message: str, error: Exception) -> None:
        super().__init__("incomplete", message)
        self.error = error

    @classmethod
    def unreadable(cls, error: Exception) -> Postponed:
        """An answer of the server that cannot be read (not JSON, wrong types, ...)."""
        return cls(
            translate("Sync", "The server sent an answer that cannot be read: {error}").format(
                error=error
            ),
            error,
        )


class Deferred(Exception):  # noqa: N818
    """A reference to a record not yet on the server: try this one again later in the run."""


class Refused(Exception):  # noqa: N818
    def __init__(self, error: ApiRejected) -> None:
        super().__init__(str(error))
        self.error = error


class HeldBack(Exception):  # noqa: N818
    """A record breaks a rule the server checks as well (a since-date missing, ...): it is
    not sent; its problems wait for the user as a sync issue."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


def check_before_sending(record: object, original: object | None = None) -> None:
    """Raise :class:`HeldBack` when ``record`` breaks the local rules (those the server checks
    too).  Unknown values it already had in ``original`` (the server's copy) are sent back as
    they were, as the editor keeps them."""
    problems = keep_received_values(validate(record), record, original)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise HeldBack(errors)


def held_back_detail(held: HeldBack) -> JsonDict:
    """The detail of the sync issue of a record held back: one line per problem,
    "Not sent: <field>: <problem> — fix it here"."""
    return {
        "held_back": True,
        "problems": [
            {
                "title": translate("Sync", "Not sent: {field}").format(field=p.field),
                "detail": translate("Sync", "{problem} — fix it here").format(problem=p.message),
            }
            for p in held.problems
        ],
    }


class GoneOnServer(Exception):  # noqa: N818
    """An update answered 404: the contact was deleted on the server."""


@dataclass
class FetchedDocument:
    """A contact's document as fetched: ``doc`` is None when the server has no such contact."""

    doc: JsonDict | None
    etag: str | None
    images: dict[str, bytes] = field(default_factory=dict)
    unchanged: bool = False


class RunBase:
    """Progress, cancelling and the classification of failures, for one run."""

    db: Database
    client: ContactsApiClient
    summary: SyncSummary
    shared: SharedIds
    handled: set[str]
    record_tombstones: list[tuple[RecordKind, SyncRecord]]
    kinds: dict[str, RecordKind]
    _progress: Callable[[SyncProgress], None] | None
    _cancelled: Callable[[], bool] | None
    # calls that failed to reach the server in a row (the pull calls from several threads)
    _failures_in_a_row: int = 0
    _failures_lock: threading.Lock = threading.Lock()
    # the account whose links, bases, outbox position, issues and runs this run keeps
    account_id: int = ENFORE_ACCOUNT_ID

    def state(self, conn: Connection) -> SyncStateRepository:
        """The sync state of this run's account on ``conn``."""
        return SyncStateRepository(conn, self.account_id)

    def seen(self, conn: Connection, repo: _Repo) -> _Repo:
        """``repo`` as this run's account sees it: the records it reads carry the account's
        remote ids, those it writes keep them (:mod:`app.sync.account_ids`)."""
        return seen_by(self.state(conn), conn, repo)

    # --- plumbing -------------------------------------------------------------------------

    def report(self, phase: str, done: int, total: int, message: str = "") -> None:
        if self._progress is not None:
            self._progress(SyncProgress(phase, done, total, message))

    def check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise StopRun(
                "cancelled", translate("Sync", "Sync was cancelled; what was done so far is kept.")
            )

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """One API call ``fn(*args, **kwargs)``, its failure classified.

        * 401 / 403 end the run (:class:`StopRun` ``credentials``);
        * network, 5xx and 429 (after the client's retries) make :class:`Postponed`: what
          the call was for waits for the next run; after :data:`OFFLINE_AFTER` such
          failures in a row, or one refused connection, the server is unreachable and the
          run ends (``offline``);
        * an answer that cannot be read (:class:`ApiProtocolError`, :class:`WireError`)
          makes :class:`Postponed` too;
        * 400 / 422 become :class:`Refused`; a 404 is raised as it is.

        A :class:`Listing` that came back with an error is returned (the caller notes it
        incomplete), its error counted the same way."""
        try:
            result = fn(*args, **kwargs)
        except ApiAuthError as exc:
            raise self._credentials(exc) from None
        except ApiUnavailable as exc:
            raise self._unavailable(exc) from None
        except (ApiProtocolError, WireError) as exc:
            self._answered()
            raise Postponed.unreadable(exc) from None
        except ApiRejected as exc:
            self._answered()
            raise Refused(exc) from None
        except ApiNotFound:
            self._answered()
            raise
        error = result.error if isinstance(result, Listing) else None
        if isinstance(error, ApiAuthError):
            raise self._credentials(error)
        if isinstance(error, ApiUnavailable):
            stop = self._unavailable(error)
            if not isinstance(stop, Postponed):
                raise stop
        else:
            self._answered()
        return result

    def _answered(self) -> None:
        with self._failures_lock:
            self._failures_in_a_row = 0

    def _unavailable(self, error: ApiUnavailable) -> StopRun:
        """Count one failure to reach the server; what it means for the run."""
        with self._failures_lock:
            self._failures_in_a_row += 1
            offline = self._failures_in_a_row >= OFFLINE_AFTER
        words = unreachable_words(error)  # None: the server answered (5xx, 429)
        if offline or error.refused:  # a refused connection: nothing listens there
            if words is None:
                message = translate(
                    "Sync", "The server could not be reached ({error}); changes stay queued."
                ).format(error=error)
            else:
                self.summary.unreachable = words
                message = translate("Sync", "{reason} Your changes stay queued.").format(
                    reason=words
                )
            return StopRun("offline", message, unsent=error.refused)
        if words is not None:
            log.info("%r", error)  # the technical details, for whoever reads the log
            return Postponed(words, error)
        return Postponed(
            translate("Sync", "The server failed ({error})").format(error=error), error
        )

    @staticmethod
    def _credentials(error: ApiError) -> StopRun:
        return StopRun(
            "credentials",
            translate(
                "Sync",
                "The server refused the credentials ({status}). "
                "Enter a valid API token in Preferences; nothing was lost.",
            ).format(status=error.status),
        )

    def hold_back(self, kind: str, local_id: str, name: str, held: HeldBack, last_seq: int) -> None:
        """Keep a record that breaks the local rules here, its problems a sync issue."""
        with self.db.transaction() as conn:
            self.state(conn).put_issue(
                local_id=local_id,
                kind=kind,
                issue="rejected",
                title=name,
                detail=held_back_detail(held),
                now=utc_now(),
                seq=last_seq,
            )
        self.summary.rejected += 1
        self.summary.note(
            translate("Sync", "“{name}” was not sent: {problems} — fix it here.").format(
                name=name, problems=held
            )
        )

    def _deleted_on_server(
        self,
        state: SyncStateRepository,
        kind: str,
        local: Any,
        queued: Any,
        trash: Callable[[], object],
    ) -> None:
        """The server deleted a record this side still has: a conflict when it has unsent
        edits here (``queued``), else it goes to the trash here too."""
        if queued is not None:
            state.put_issue(
                local_id=local.id,
                kind=kind,
                issue="remote_deleted",
                title=local.name,
                detail={"message": "Changed here, deleted on the server."},
                now=utc_now(),
                seq=queued.last_seq,
            )
            self.summary.conflicts += 1
            return
        trash()
        self.summary.deleted_local += 1

    # --- deletions --------------------------------------------------------------------------


class RecordSync(RunBase):
    """Push, pull and deletions of placeholder customers and customer lists."""

    def _load_record(
        self, kind: RecordKind, local_id: str
    ) -> tuple[Any, SyncRecord | None, int | None]:
        with self.db.reading() as conn:
            state = self.state(conn)
            item = state.outbox_item(local_id)
            local = self.seen(conn, kind.repo(conn, Journal(conn, "", utc_now()))).get(local_id)
            return local, state.record(local_id), item.last_seq if item else None

    def _record_issue(
        self,
        kind: RecordKind,
        local_id: str,
        name: str,
        issue: str,
        detail: JsonDict,
        last_seq: int,
        theirs: JsonDict | None = None,
        etag: str | None = None,
    ) -> None:
        with self.db.transaction() as conn:
            self.state(conn).put_issue(
                local_id=local_id,
                kind=kind.aggregate,
                issue=issue,
                title=name,
                detail=detail,
                now=utc_now(),
                seq=last_seq,
                theirs=theirs,
                theirs_etag=etag,
            )
        if issue == "rejected":
            self.summary.rejected += 1
        else:
            self.summary.conflicts += 1

    def push_record(self, kind: RecordKind, local_id: str) -> None:
        local, record, last_seq = self._load_record(kind, local_id)
        if last_seq is None:
            return
        self.handled.add(local_id)
        with self.db.reading() as conn:
            issue = self.state(conn).issue_for(local_id)
        if issue is not None and (issue.issue != "rejected" or issue.seq >= last_seq):
            return
        name = getattr(local, "name", "") or local_id
        try:
            self._push_record(kind, local_id, local, record, last_seq)
        except HeldBack as held:
            self.hold_back(kind.aggregate, local_id, name, held, last_seq)
        except Refused as rejected:
            problems = [
                {"title": p.title, "detail": p.detail or ""} for p in rejected.error.problems
            ] or [{"title": translate("Sync", "Rejected"), "detail": rejected.error.message}]
            self._record_issue(kind, local_id, name, "rejected", {"problems": problems}, last_seq)
            self.summary.note(
                translate("Sync", "The server refused the changes of the {kind} “{name}”.").format(
                    kind=translate("Sync", kind.label), name=name
                )
            )
        except (GoneOnServer, ApiNotFound):
            self._record_issue(
                kind,
                local_id,
                name,
                "remote_deleted",
                {"message": "Changed here, deleted on the server."},
                last_seq,
            )
        except Unresolved as exc:
            raise Deferred(
                translate("Sync", "the {kind} “{name}” {reason}").format(
                    kind=translate("Sync", kind.label), name=name, reason=exc
                )
            ) from None

    def _push_record(
        self,
        kind: RecordKind,
        local_id: str,
        local: Any,
        record: SyncRecord | None,
        last_seq: int,
    ) -> None:
        name = getattr(local, "name", "") or local_id
        if local is None or local.deleted_at is not None:
            if record is not None and record.remote_id and not record.remote_gone:
                theirs, etag = self.call(kind.fetch, record.remote_id, record.etag)
                if theirs is not None and theirs.get("unchanged"):
                    theirs = record.base
                if (
                    not kind.gone(theirs)
                    and theirs is not None
                    and (document_hash(theirs) != record.base_hash)
                ):
                    self._record_issue(
                        kind,
                        local_id,
                        name,
                        "local_deleted",
                        {"message": "Deleted here, changed on the server since."},
                        last_seq,
                        theirs,
                        etag,
                    )
                    return
                if not kind.gone(theirs):
                    with contextlib.suppress(ApiNotFound):
                        self.call(kind.delete, record.remote_id)
                    self.summary.deleted_remote += 1
                record.remote_gone = True
            with self.db.transaction() as conn:
                state = self.state(conn)
                if record is not None:
                    state.save_record(record)
                state.mark_pushed(local_id, last_seq)
                state.clear_issue(local_id)
            self.summary.pushed += 1
            return
        if record is not None and record.remote_gone:
            raise GoneOnServer
        mine = kind.document(local)
        if record is None or record.remote_id is None:
            # Checked here first: what the server would refuse is not sent.
            check_before_sending(local)
            remote_id: str | None = None
            if record is not None:
                # A create was sent before: its answer may have been lost.
                with self.db.reading() as conn:
                    taken = {
                        r.remote_id
                        for r in self.state(conn).records()
                        if r.kind == kind.aggregate and r.remote_id is not None
                    }
                remote_id = self.call(kind.find_created, local, taken)
            else:
                record = SyncRecord(
                    local_id=local_id, kind=kind.aggregate, aggregate=kind.aggregate
                )
                with self.db.transaction() as conn:
                    self.state(conn).save_record(record)
            if remote_id is None:
                remote_id = self.call(kind.create, mine, local)
                if not remote_id:
                    raise StopRun(
                        "incomplete",
                        translate("Sync", "The server created a {kind} but sent no id.").format(
                            kind=translate("Sync", kind.label)
                        ),
                    )
                self.summary.created_remote += 1
            record.remote_id = remote_id
            with self.db.transaction() as conn:
                state = self.state(conn)
                state.save_record(record)
                state.set_remote_id(kind.aggregate, local_id, remote_id)
            theirs, _ = self.call(kind.fetch, remote_id, None)
            if theirs is None:
                raise GoneOnServer
            self.call(kind.send, remote_id, mine, theirs)
        else:
            remote_id = record.remote_id
            theirs, etag = self.call(kind.fetch, remote_id, record.etag)
            if theirs is not None and theirs.get("unchanged"):
                theirs = record.base
            if theirs is None or kind.gone(theirs):
                raise GoneOnServer
            check_before_sending(local)
            if document_hash(theirs) != record.base_hash:
                merged, conflicts = merge_documents(record.base, mine, theirs)
                if conflicts:
                    self._record_issue(
                        kind,
                        local_id,
                        name,
                        "conflict",
                        {"conflicts": conflicts_json(kind.aggregate, local_id, conflicts)},
                        last_seq,
                        theirs,
                        etag,
                    )
                    return
                mine = merged
            self.call(kind.send, remote_id, mine, theirs)
        after, etag = self.call(kind.fetch, remote_id, None)
        if after is None:
            raise GoneOnServer
        with self.db.transaction() as conn:
            state = self.state(conn)
            repo = self.seen(
                conn, kind.repo(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            )
            item = state.outbox_item(local_id)
            current = repo.get(local_id)
            if (
                current is not None
                and item is not None
                and item.last_seq == last_seq
                and kind.document(current) != mine
            ):
                repo.save(kind.from_document(mine, remote_id, current))
            state.save_record(new_record(local_id, kind.aggregate, remote_id, after, etag))
            state.mark_pushed(local_id, last_seq)
            state.clear_issue(local_id)
        self.summary.pushed += 1

    def pull_records(self, kind: RecordKind) -> tuple[Listing, set[str]]:
        self.check_cancel()
        kinds = translate("Sync", kind.plural)
        self.report(
            "pull", 0, 0, translate("Sync", "Reading the server's {kinds}").format(kinds=kinds)
        )
        listing = self.call(kind.listing)
        if listing.error is not None or listing.problems:
            self.summary.note(
                translate("Sync", "The server's list of {kinds} is incomplete.").format(kinds=kinds)
            )
        whole = listing.error is None and not listing.problems
        with self.db.reading() as conn:
            records = {
                r.remote_id: r
                for r in self.state(conn).records(kind.aggregate)
                if r.remote_id is not None
            }
        seen: set[str] = set()
        for item in listing.items:
            if item.get("id") is None:
                continue
            remote_id = str(item["id"])
            seen.add(remote_id)
            record = records.get(remote_id)
            if record is not None and (record.local_id in self.handled or record.remote_gone):
                continue
            if item.get("deleted") is True:
                if whole and record is not None:
                    self.record_tombstones.append((kind, record))
                continue
            self.check_cancel()
            theirs, etag = self.call(kind.fetch, remote_id, record.etag if record else None)
            if theirs is None or theirs.get("unchanged") or kind.gone(theirs):
                continue
            if record is not None and document_hash(theirs) == record.base_hash:
                continue
            try:
                self._apply_record(kind, remote_id, record, theirs, etag)
            except Unresolved as exc:
                self.summary.note(
                    translate(
                        "Sync", "A {kind} was not taken from the server yet: {reason}"
                    ).format(kind=translate("Sync", kind.label), reason=exc)
                )
        return listing, seen

    def _apply_record(
        self,
        kind: RecordKind,
        remote_id: str,
        record: SyncRecord | None,
        theirs: JsonDict,
        etag: str | None,
    ) -> None:
        with self.db.transaction() as conn:
            state = self.state(conn)
            repo = self.seen(
                conn, kind.repo(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            )
            local = repo.get(record.local_id) if record is not None else None
            if record is not None and local is None:
                return
            if record is not None and state.issue_for(record.local_id) is not None:
                return
            item = state.outbox_item(record.local_id) if record is not None else None
            if local is not None and item is not None and record is not None:
                merged, conflicts = merge_documents(record.base, kind.document(local), theirs)
                if conflicts:
                    state.put_issue(
                        local_id=local.id,
                        kind=kind.aggregate,
                        issue="conflict",
                        title=local.name,
                        detail={"conflicts": conflicts_json(kind.aggregate, local.id, conflicts)},
                        now=utc_now(),
                        seq=item.last_seq,
                        theirs=theirs,
                        theirs_etag=etag,
                    )
                    self.summary.conflicts += 1
                    return
                stored = repo.save(kind.from_document(merged, remote_id, local))
                self.summary.merged += 1
            else:
                stored = repo.save(kind.from_document(theirs, remote_id, local))
                if local is None:
                    self.summary.pulled_new += 1
                else:
                    self.summary.pulled_updated += 1
            state.save_record(new_record(stored.id, kind.aggregate, remote_id, theirs, etag))

    def _apply_record_delete(
        self, kind: RecordKind, repo: Any, state: SyncStateRepository, record: SyncRecord
    ) -> None:
        local = repo.get(record.local_id)
        item = state.outbox_item(record.local_id)
        record.remote_gone = True
        state.save_record(record)
        if local is None or local.deleted_at is not None:
            return
        self._deleted_on_server(
            state, kind.aggregate, local, item, lambda: repo.trash(record.local_id)
        )
