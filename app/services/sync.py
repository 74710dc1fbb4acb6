"""Sync as the user sees it: run it, what waits to be sent, and what waits for a decision.

* :meth:`SyncService.run` makes one run with the stored settings and the keychain's token;
* the **pending changes** are the outbox (one row per contact with edits not yet sent);
  :meth:`SyncService.discard` throws one away and puts the contact back as the server has it;
* the **sync issues** are conflicts (both values kept, side by side per field), contacts
  changed on one side and deleted on the other, and changes the server refused with its
  problems.  :meth:`resolve` settles a conflict field by field; the result is an ordinary
  local edit that the next run sends.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import func, select

from app.domain.merge import (
    MISSING,
    Conflict,
    FieldConflict,
    ItemConflict,
    merge_three_way,
    resolve,
)
from app.domain.models import AnyContact, new_id
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.field_names import field_part
from app.store import schema as s
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.schema import utc_now
from app.store.sync_state import (
    ENFORE_ACCOUNT_ID,
    SyncRecord,
    SyncStateRepository,
    forget_remote_ids,
)
from app.sync import wire
from app.sync.account_ids import seen_by
from app.sync.credentials import CredentialsUnavailable, TokenStore
from app.sync.documents import (
    contact_from_document,
    document_hash,
    entity_ids,
    record_ids,
)
from app.sync.progress import SyncProgress, SyncSummary
from app.sync.settings import SyncSettings, make_routes

if TYPE_CHECKING:  # the HTTP client and the engine load when a sync runs, not at start-up
    from app.sync.client import ContactsApiClient
    from app.sync.records import RecordKind

Side = Literal["mine", "theirs"]

_ENTITY_LABELS = {
    "contact": QT_TRANSLATE_NOOP("Sync", "Contact"),
    "address": QT_TRANSLATE_NOOP("Sync", "Address"),
    "email": QT_TRANSLATE_NOOP("Sync", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Sync", "Phone"),
    "web_address": QT_TRANSLATE_NOOP("Sync", "Web address"),
    "professional_identity": QT_TRANSLATE_NOOP("Sync", "Work"),
    "personal_relationship": QT_TRANSLATE_NOOP("Sync", "Relationship"),
    "department": QT_TRANSLATE_NOOP("Sync", "Department"),
    "location": QT_TRANSLATE_NOOP("Sync", "Location"),
    "membership": QT_TRANSLATE_NOOP("Sync", "Membership"),
    "customer_role": QT_TRANSLATE_NOOP("Sync", "Customer role"),
    "supplier_role": QT_TRANSLATE_NOOP("Sync", "Supplier role"),
    "alternative_payer_role": QT_TRANSLATE_NOOP("Sync", "Alternative payer role"),
    "contact_tag": QT_TRANSLATE_NOOP("Sync", "Tag"),
    "image": QT_TRANSLATE_NOOP("Sync", "Picture"),
    "placeholder_customer": QT_TRANSLATE_NOOP("Sync", "Placeholder customer"),
    "customer_list": QT_TRANSLATE_NOOP("Sync", "Customer list"),
    "customer_list_member": QT_TRANSLATE_NOOP("Sync", "Member"),
}


_ISSUE_MESSAGES = {
    "conflict": QT_TRANSLATE_NOOP(
        "Sync", "Changed here and on the server: choose which value to keep."
    ),
    "rejected": QT_TRANSLATE_NOOP(
        "Sync", "The server refused the changes: fix them and save, or retry."
    ),
    "remote_deleted": QT_TRANSLATE_NOOP("Sync", "Changed here, but deleted on the server."),
    "local_deleted": QT_TRANSLATE_NOOP("Sync", "Deleted here, but changed on the server."),
    "remote_gone": QT_TRANSLATE_NOOP(
        "Sync",
        "Deleted on the server: it stays here, no longer linked there. Nothing is deleted "
        "here; dismiss this notice once read.",
    ),
    "link_or_create": QT_TRANSLATE_NOOP(
        "Sync",
        "Found on the server on the first sync and maybe a contact here already: link it to "
        "one or make it a new contact.",
    ),
}


class SyncNotSetUp(Exception):  # noqa: N818
    """No server, organization or token yet: the message says what is missing."""


@dataclass(frozen=True)
class PendingChange:
    local_id: str
    name: str
    kind: str
    op: str  # "create", "update", "delete"
    fields: list[str]
    since: datetime | None
    edits: int
    account_id: int = ENFORE_ACCOUNT_ID
    account: str = ""  # the account's name (filled where more than one is listed)


@dataclass(frozen=True)
class FieldChoice:
    """One conflicting field (or item): what each side has."""

    key: str
    label: str
    base: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class SyncIssue:
    id: str
    local_id: str
    name: str
    kind: str
    issue: str  # conflict, rejected, remote_deleted, local_deleted, remote_gone
    at: datetime
    message: str
    choices: list[FieldChoice] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    account_id: int = ENFORE_ACCOUNT_ID
    account: str = ""  # the account's name (filled where more than one is listed)
    # True when ``message`` says why this record waits (held back by a rule, a lost answer, a
    # field changed on both sides) rather than the usual words for its kind of issue.
    own_message: bool = False


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    issues: int
    last_run_at: datetime | None
    last_outcome: str | None
    last_summary: str


def conflict_key(conflict: Conflict | Mapping[str, Any]) -> str:
    if isinstance(conflict, FieldConflict):
        return f"{conflict.entity}/{conflict.entity_id}.{conflict.field}"
    if isinstance(conflict, ItemConflict):
        return f"{conflict.entity}/{conflict.entity_id}"
    if conflict.get("type") == "field":
        return f"{conflict['entity']}/{conflict['entity_id']}.{conflict['field']}"
    return f"{conflict['entity']}/{conflict['entity_id']}"


def _text(value: Any) -> str:
    if isinstance(value, Mapping) and set(value) <= {"missing", "value"}:
        if value.get("missing"):
            return "—"
        value = value.get("value")
    if value is MISSING or value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return translate("Sync", "yes") if value else translate("Sync", "no")
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _label(entity: str, field_name: str | None) -> str:
    known = _ENTITY_LABELS.get(entity)
    what = translate("Sync", known) if known else entity.replace("_", " ").capitalize()
    if field_name is None:
        return what
    return translate("Sync", "{entity} · {field}").format(entity=what, field=field_part(field_name))


def _choices(detail: Mapping[str, Any]) -> list[FieldChoice]:
    out: list[FieldChoice] = []
    for c in detail.get("conflicts") or []:
        if c.get("type") == "field":
            out.append(
                FieldChoice(
                    key=conflict_key(c),
                    label=_label(c["entity"], c["field"]),
                    base=_text(c.get("base")),
                    mine=_text(c.get("mine")),
                    theirs=_text(c.get("theirs")),
                )
            )
        else:
            edited = ", ".join(k.replace("_", " ") for k in (c.get("edited_fields") or {}))
            deleted_here = c.get("deleted_by") == "mine"
            edited_text = translate("Sync", "edited ({fields})").format(fields=edited)
            deleted = translate("Sync", "deleted")
            out.append(
                FieldChoice(
                    key=conflict_key(c),
                    label=_label(c["entity"], None),
                    base="",
                    mine=deleted if deleted_here else edited_text,
                    theirs=edited_text if deleted_here else deleted,
                )
            )
    return out


def connect_with(settings: SyncSettings, tokens: TokenStore) -> ContactsApiClient:
    """A client for ``settings`` with the token from the environment or the keychain."""
    if not settings.configured:
        raise SyncNotSetUp(
            translate(
                "Sync",
                "Sync is not set up yet: enter the server address and the organization in "
                "Preferences.",
            )
        )
    try:
        token = tokens.get(settings)
    except CredentialsUnavailable as exc:
        raise SyncNotSetUp(exc.message) from None
    if not token:
        raise SyncNotSetUp(
            translate(
                "Sync",
                "No API token is stored for this server: enter it in Preferences "
                "(or set KONTOR_API_TOKEN).",
            )
        )
    from app.sync.client import ContactsApiClient

    return ContactsApiClient(
        settings.base_url, settings.org_id, token, routes=make_routes(settings)
    )


def _pending_change(row: Any, journal: list[Any]) -> PendingChange:
    """One outbox row with its journal entries, as the Pending changes view shows it."""
    entries = [e for e in journal if row.first_seq <= e.seq <= row.last_seq]
    if row.name is None or row.deleted_at is not None:
        op = "delete"
    elif row.remote_id is None:
        op = "create"
    else:
        op = "update"
    names: list[str] = []
    for e in entries:
        if e.entity == row.aggregate and e.op == "update":
            labels = [_label(e.entity, f) for f in e.changes if f != "deleted_at"]
        else:
            labels = [_label(e.entity, None)]
        names += [x for x in labels if x not in names]
    name = row.name
    if name is None:
        deleted = (str(e.changes.get("name", [None])[0]) for e in entries if e.op == "delete")
        name = next(deleted, row.local_id)
    return PendingChange(
        local_id=row.local_id,
        name=name,
        kind=row.kind or "",
        op=op,
        fields=names if op == "update" else [],
        since=entries[0].at if entries else None,
        edits=len({e.at for e in entries}),
        account_id=int(row.account_id),
        account=str(getattr(row, "account_name", None) or ""),
    )


def pending_page(
    conn: Any, account_ids: Sequence[int] | None, offset: int, limit: int
) -> list[PendingChange]:
    """A page of the outbox of ``account_ids`` (every account when ``None``), oldest first,
    with what changed in each contact (three queries per page, whatever its size)."""
    o, c, j, r = s.sync_outbox, s.contacts, s.change_journal, s.sync_records
    pc, cl, a = s.placeholder_customers, s.customer_lists, s.accounts
    query = (
        select(
            o,
            func.coalesce(c.c.name, pc.c.name, cl.c.name).label("name"),
            func.coalesce(c.c.kind, r.c.kind, o.c.aggregate).label("kind"),
            func.coalesce(c.c.deleted_at, pc.c.deleted_at, cl.c.deleted_at).label("deleted_at"),
            r.c.remote_id,
            a.c.name.label("account_name"),
        )
        .select_from(
            o.outerjoin(c, c.c.id == o.c.local_id)
            .outerjoin(pc, pc.c.id == o.c.local_id)
            .outerjoin(cl, cl.c.id == o.c.local_id)
            .outerjoin(r, (r.c.local_id == o.c.local_id) & (r.c.account_id == o.c.account_id))
            .outerjoin(a, a.c.id == o.c.account_id)
        )
        .order_by(o.c.first_seq, o.c.account_id)
        .offset(offset)
        .limit(limit)
    )
    if account_ids is not None:
        query = query.where(o.c.account_id.in_(list(account_ids)))
    rows = conn.execute(query).all()
    entries_of: dict[str, list[Any]] = {row.local_id: [] for row in rows}
    if rows:
        found = conn.execute(
            select(j.c.aggregate_id, j.c.seq, j.c.entity, j.c.op, j.c.changes, j.c.at)
            .where(
                j.c.aggregate_id.in_(list(entries_of)),
                j.c.origin == "user",
                j.c.seq >= min(row.first_seq for row in rows),
            )
            .order_by(j.c.seq)
        )
        for entry in found:
            entries_of[entry.aggregate_id].append(entry)
    return [_pending_change(row, entries_of[row.local_id]) for row in rows]


def pending_total(conn: Any, account_ids: Sequence[int] | None) -> int:
    """How many outbox rows ``account_ids`` (every account when ``None``) have."""
    o = s.sync_outbox
    query = select(func.count()).select_from(o)
    if account_ids is not None:
        query = query.where(o.c.account_id.in_(list(account_ids)))
    return int(conn.execute(query).scalar_one())


class SyncService:
    """Runs sync and answers what the sync views show."""

    def __init__(
        self,
        db: Database,
        connect: Callable[[], ContactsApiClient],
        *,
        delete_limit: int = 50,
        account_id: int = ENFORE_ACCOUNT_ID,
    ) -> None:
        self._db = db
        self._connect = connect
        self.delete_limit = delete_limit
        self.account_id = account_id

    def _state(self, conn: Any) -> SyncStateRepository:
        return SyncStateRepository(conn, self.account_id)

    # --- running ----------------------------------------------------------------------------

    def run(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        """One run (on the caller's thread: the UI calls it from a worker)."""
        client = self._connect()
        try:
            from app.sync.engine import SyncEngine

            engine = SyncEngine(self._db, client, delete_limit=self.delete_limit)
            return engine.run(progress, cancelled, allow_mass_delete=allow_mass_delete)
        finally:
            client.close()

    def status(self) -> SyncStatus:
        with self._db.reading() as conn:
            state = self._state(conn)
            runs = state.runs(limit=1)
            last = runs[0] if runs else None
            summary = SyncSummary(
                **{
                    k: v
                    for k, v in (last.summary if last else {}).items()
                    if k in SyncSummary.__dataclass_fields__
                }
            )
            return SyncStatus(
                pending=state.outbox_count(),
                issues=state.issue_count(),
                last_run_at=(last.finished_at or last.started_at) if last else None,
                last_outcome=last.outcome if last else None,
                last_summary=summary.line() if last else "",
            )

    # --- pending changes --------------------------------------------------------------------

    def pending_count(self) -> int:
        with self._db.reading() as conn:
            return self._state(conn).outbox_count()

    def pending(self, offset: int = 0, limit: int = 200) -> list[PendingChange]:
        """A page of the outbox, oldest first, with what changed in each contact (three
        queries per page, whatever its size)."""
        with self._db.reading() as conn:
            return pending_page(conn, [self.account_id], offset, limit)

    def discard(self, local_id: str) -> AnyContact | None:
        """Throw away the unsent edits of one contact: it goes back to the server's version
        (a contact never sent goes to the trash).  Returns the contact as it now is."""
        with self._db.transaction() as conn:
            state = self._state(conn)
            item = state.outbox_item(local_id)
            if item is None:
                return None
            repo = seen_by(
                state,
                conn,
                ContactRepository(conn, Journal(conn, new_id(), utc_now(), origin="sync")),
            )
            local = repo.get(local_id)
            record = state.record(local_id)
            result: AnyContact | None = local
            if record is None or record.remote_id is None or record.base is None:
                if local is not None and local.deleted_at is None:
                    result = repo.save(local.model_copy(update={"deleted_at": utc_now()}))
            elif not record.remote_gone:
                ids = record_ids(state, record.base_ids, local)
                server = contact_from_document(record.base, record.kind, ids, local=local)
                result = repo.save(server.model_copy(update={"deleted_at": None}))
            state.mark_pushed(local_id, item.last_seq)
            state.clear_issue(local_id)
            return result

    # --- issues -----------------------------------------------------------------------------

    def issue_count(self) -> int:
        with self._db.reading() as conn:
            return self._state(conn).issue_count()

    def issues(self) -> list[SyncIssue]:
        with self._db.reading() as conn:
            rows = self._state(conn).issues()
        out: list[SyncIssue] = []
        for row in rows:
            problems = [
                f"{p.get('title') or ''}: {p.get('detail')}"
                if p.get("detail")
                else str(p.get("title"))
                for p in row.detail.get("problems") or []
            ]
            # The notice that a linked record is gone there is stored as a refused change.
            kind = "remote_gone" if row.detail.get("gone_there") else row.issue
            known = _ISSUE_MESSAGES.get(kind)
            message = translate("Sync", known) if known else row.issue
            if row.detail.get("held_back"):
                message = translate(
                    "Sync",
                    "Not sent: it breaks a rule the server checks too. Fix it here and save; "
                    "the next sync sends it.",
                )
            if row.detail.get("lost_create"):
                message = translate(
                    "Sync",
                    "Sent, but the answer was lost, and the system cannot be asked whether it "
                    "made it. Retry sends it again — only if it is not there.",
                )
            if row.detail.get("keep_mine"):
                message = translate(
                    "Sync",
                    "Changed here and there to different values: nothing of it was sent or "
                    "taken. Retry sends the values here; or change them here.",
                )
            out.append(
                SyncIssue(
                    id=row.id,
                    local_id=row.local_id,
                    name=row.title,
                    kind=row.kind,
                    issue=kind,
                    at=row.at,
                    message=message,
                    choices=_choices(row.detail),
                    problems=problems,
                    account_id=row.account_id,
                    own_message=any(
                        row.detail.get(k) for k in ("held_back", "lost_create", "keep_mine")
                    ),
                )
            )
        return out

    def resolve(self, issue_id: str, choices: Mapping[str, Side]) -> Any:
        """Settle a conflict: each conflicting field takes the chosen side (``mine`` where
        none was chosen).  The result is saved as a local edit, sent by the next run."""
        with self._db.transaction() as conn:
            state = self._state(conn)
            issue = state.issue(issue_id)
            if issue is None or issue.issue != "conflict" or issue.theirs is None:
                raise ValueError(
                    translate("Sync", "this sync issue is not a conflict (or was settled already)")
                )
            if issue.kind in _RECORD_KINDS:
                return self._resolve_record(conn, state, issue, choices)
            record = state.record(issue.local_id)
            repo = seen_by(state, conn, ContactRepository(conn, Journal(conn, new_id(), utc_now())))
            mine = repo.require(issue.local_id)
            assert record is not None
            ids = record_ids(state, record.base_ids, mine)
            tag_ids: dict[str, str] = {}
            base = (
                contact_from_document(record.base, record.kind, ids, local=mine, tag_ids=tag_ids)
                if record.base is not None
                else None
            )
            theirs = contact_from_document(
                issue.theirs, record.kind, ids, local=mine, tag_ids=tag_ids
            )
            result = merge_three_way(base, mine, theirs)
            for conflict in list(result.conflicts):
                current = next(
                    (c for c in result.conflicts if conflict_key(c) == conflict_key(conflict)), None
                )
                if current is not None:
                    result = resolve(result, current, choices.get(conflict_key(conflict), "mine"))
            stored = repo.save(result.merged)
            record.base = issue.theirs
            record.base_hash = document_hash(issue.theirs)
            record.etag = issue.theirs_etag
            record.base_ids = {**record.base_ids, **entity_ids(theirs)}
            state.save_record(record)
            state.clear_issue(issue.local_id)
            return stored

    def _resolve_record(
        self, conn: Any, state: SyncStateRepository, issue: Any, choices: Mapping[str, Side]
    ) -> Any:
        kind = _record_kind(issue.kind, state)
        record = state.record(issue.local_id)
        assert record is not None and record.remote_id is not None
        repo = seen_by(state, conn, kind.repo(conn, Journal(conn, new_id(), utc_now())))
        local = repo.get(issue.local_id)
        from app.sync.records import merge_documents

        merged, conflicts = merge_documents(record.base, kind.document(local), issue.theirs)
        for conflict in conflicts:
            key = conflict_key(
                {
                    "type": "field",
                    "entity": issue.kind,
                    "entity_id": issue.local_id,
                    "field": conflict.field,
                }
            )
            if choices.get(key, "mine") == "theirs":
                if conflict.theirs is None:
                    merged["fields"].pop(conflict.field, None)
                else:
                    merged["fields"][conflict.field] = conflict.theirs
        stored = repo.save(kind.from_document(merged, record.remote_id, local))
        record.base = issue.theirs
        record.base_hash = document_hash(issue.theirs)
        record.etag = issue.theirs_etag
        state.save_record(record)
        state.clear_issue(issue.local_id)
        return stored

    def _settle_record(self, conn: Any, state: SyncStateRepository, issue: Any, side: Side) -> Any:
        kind = _record_kind(issue.kind, state)
        record = state.record(issue.local_id)
        origin = "user" if side == "mine" else "sync"
        repo = seen_by(
            state, conn, kind.repo(conn, Journal(conn, new_id(), utc_now(), origin=origin))
        )
        local = repo.get(issue.local_id)
        result = local
        item = state.outbox_item(issue.local_id)
        if issue.issue == "remote_deleted":
            if side == "theirs":
                if local is not None and local.deleted_at is None:
                    result = repo.trash(issue.local_id)
                if item is not None:
                    state.mark_pushed(issue.local_id, item.last_seq)
            elif local is not None:
                state.set_remote_id(issue.kind, local.id, None)
                state.save_record(SyncRecord(local.id, issue.kind, aggregate=issue.kind))
                result = repo.save(local.model_copy(update={"remote_id": None}))
        else:
            assert record is not None and issue.theirs is not None
            record.base = issue.theirs
            record.base_hash = document_hash(issue.theirs)
            record.etag = issue.theirs_etag
            state.save_record(record)
            if side == "theirs":
                assert record.remote_id is not None
                server = kind.from_document(issue.theirs, record.remote_id, local)
                result = repo.save(server.model_copy(update={"deleted_at": None}))
                if item is not None:
                    state.mark_pushed(issue.local_id, item.last_seq)
        state.clear_issue(issue.local_id)
        return result

    def settle_deleted(self, issue_id: str, side: Side) -> AnyContact | None:
        """Edit on one side, delete on the other: ``mine`` keeps this side's choice (the
        edited contact is made again on the server / the delete is sent), ``theirs`` takes
        the server's (the contact goes to the trash here / comes back from the server)."""
        with self._db.transaction() as conn:
            state = self._state(conn)
            issue = state.issue(issue_id)
            if issue is None or issue.issue not in ("remote_deleted", "local_deleted"):
                raise ValueError(translate("Sync", "this sync issue is not about a deletion"))
            if issue.kind in _RECORD_KINDS:
                return self._settle_record(conn, state, issue, side)  # type: ignore[no-any-return]
            record = state.record(issue.local_id)
            origin = "user" if side == "mine" else "sync"
            repo = seen_by(
                state,
                conn,
                ContactRepository(conn, Journal(conn, new_id(), utc_now(), origin=origin)),
            )
            local = repo.get(issue.local_id)
            result: AnyContact | None = local
            if issue.issue == "remote_deleted":
                if side == "theirs":
                    if local is not None and local.deleted_at is None:
                        result = repo.save(
                            local.model_copy(
                                update={"deleted_at": utc_now(), "remote_deleted": True}
                            )
                        )
                    item = state.outbox_item(issue.local_id)
                    if item is not None:
                        state.mark_pushed(issue.local_id, item.last_seq)
                elif local is not None:
                    # Made again on the server as a new contact: every part of it (identities
                    # and their contact points, relationships, tags, pictures...) without its
                    # old remote id, so that everything is created anew.
                    forget_remote_ids(
                        conn,
                        [(_entity_name(e), e.id) for e in wire.iter_entities(local)],
                        self.account_id,
                    )
                    # A record without a remote id: the next run creates it (after freeing
                    # the external id the deleted contact still holds).
                    state.save_record(SyncRecord(local_id=local.id, kind=local.kind.value))
                    result = repo.save(_without_remote_ids(local))
            else:
                assert record is not None and issue.theirs is not None
                if side == "mine":
                    # Send the delete after all: the server's version is what it deletes.
                    record.base = issue.theirs
                    record.base_hash = document_hash(issue.theirs)
                    record.etag = issue.theirs_etag
                    state.save_record(record)
                else:
                    ids = record_ids(state, record.base_ids, local)
                    server = contact_from_document(issue.theirs, record.kind, ids, local=local)
                    result = repo.save(server.model_copy(update={"deleted_at": None}))
                    record.base = issue.theirs
                    record.base_hash = document_hash(issue.theirs)
                    record.etag = issue.theirs_etag
                    record.base_ids = entity_ids(server)
                    state.save_record(record)
                    item = state.outbox_item(issue.local_id)
                    if item is not None:
                        state.mark_pushed(issue.local_id, item.last_seq)
            state.clear_issue(issue.local_id)
            return result

    def retry(self, issue_id: str) -> None:
        """Send a refused change again with the next run (after fixing it, or as it is); a
        notice that a linked record is gone from the system (``remote_gone``) is taken away."""
        with self._db.transaction() as conn:
            state = self._state(conn)
            issue = state.issue(issue_id)
            if issue is not None:
                if issue.detail.get("lost_create"):
                    # A create whose answer was lost on a system that cannot be asked: the
                    # user chose to send it again.
                    from app.sync.document_sync import confirm_resend

                    confirm_resend(conn, self.account_id, issue.local_id)
                if issue.detail.get("keep_mine"):
                    # Fields changed on both sides: the user chose the values here.
                    from app.sync.connectors.workspace.sync import keep_mine

                    keep_mine(conn, self.account_id, issue.local_id, issue.detail.get("keys", []))
                state.clear_issue(issue.local_id)

    def last_runs(self, limit: int = 20) -> list[Any]:
        with self._db.reading() as conn:
            return list(self._state(conn).runs(limit))


_RECORD_KINDS = ("placeholder_customer", "customer_list")


def _record_kind(aggregate: str, state: SyncStateRepository) -> RecordKind:
    """The record kind, for reading and writing documents only (no server calls)."""
    from app.sync.records import record_kinds

    # The store answers id look-ups one by one: no need to load every remote id.
    kinds = {k.aggregate: k for k in record_kinds(None, state)}  # type: ignore[arg-type]
    return kinds[aggregate]


def _without_remote_ids(contact: AnyContact) -> AnyContact:
    """A copy of ``contact`` the server has never seen: no remote id on it or on any part."""
    fresh = contact.model_copy(deep=True, update={"remote_deleted": False})
    for entity in wire.iter_entities(fresh):
        entity.remote_id = None
    for part in (*fresh.tags, *fresh.images):
        part.remote_id = None
    return fresh


def _entity_name(entity: Any) -> str:
    name = type(entity).__name__
    special = {
        "IndividualContact": "contact",
        "OrganizationContact": "contact",
        "WebAddress": "web_address",
        "ProfessionalIdentity": "professional_identity",
        "PersonalRelationship": "personal_relationship",
    }
    return special.get(name, name.lower())
