"""One sync run of a workspace account.

The workspace API is not a book of contacts: it holds **one** organization (the workspace's
own) and its locations.  A run

1. reads the workspace organization (the account's tenant, else the first the token sees)
   and keeps its name, slug, status and type in the account's settings — shown read-only;
2. reads the countries and languages and keeps them in the account's settings as reference
   lists (the country and language pickers offer them first);
3. syncs the locations of the contact chosen as "our own organization" two-way with
   ``/locations``: a location new here is created (``POST``), one changed here is sent
   (``PATCH``, the changed fields only), one changed in the workspace is written here, one
   new in the workspace is added here.  Each location is merged field by field against what
   both sides last agreed (the base, kept per account like every link); a field changed on
   both sides to different values is a conflict: that location is neither sent nor changed,
   and the account's issues show both values (Retry sends Kontor's).  A location here and
   one in the workspace of the same name that are not linked yet (the first sync) are linked
   and merged the same way, with nothing agreed before: never made twice.
   Hours are checked on the way out and on the way in: an hour outside 0..23 or an opening
   hour not before the closing hour is refused with a sentence naming the location, and the
   other locations go on.  The API has no delete: a location removed here stays in the
   workspace (the issues say so) and is no longer synced; a location gone from the workspace
   (checked one by one after a whole listing) is removed here unless it was changed here.

Failures are classified as for every account (:class:`app.sync.run_records.RunBase`): 401 /
403 stop the run, 400 / 422 refuse one location with the server's words, 5xx and network
errors leave what they were for to the next run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from sqlalchemy import Connection

from app.domain.models import Location, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.accounts import AccountRepository
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.schema import utc_now
from app.store.sync_state import SyncRecord, SyncStateRepository
from app.sync.accounts import Account
from app.sync.connectors.workspace import mapping
from app.sync.connectors.workspace.client import WorkspaceClient, iri_of, item_id
from app.sync.document_sync import enqueue_for_linked, run_recorded
from app.sync.progress import SyncProgress, SyncSummary
from app.sync.run_records import Postponed, Refused, RunBase, txn_id

log = logging.getLogger(__name__)

OWN: Final = "own_organization"  # account setting: the local id of "our own organization"
INFO: Final = "workspace_organization"  # account setting: the workspace organization, read-only
COUNTRIES: Final = "countries"
LANGUAGES: Final = "languages"
KIND: Final = "organization"
SHOWN: Final = ("id", "name", "slug", "status", "type")
KEEP_MINE: Final = "keep_mine"  # in the base: conflicts the user settled for Kontor's values
# English; shown with ``translate("Sync", NO_DELETE)``.
NO_DELETE: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "The workspace API has no delete: the location stays in the workspace and is no longer "
    "synced. Remove it in the workspace by hand if it should go.",
)


@dataclass
class _Plan:
    """What one run does with the locations."""

    post: list[Location] = field(default_factory=list)
    patch: list[tuple[str, Location, mapping.Fields]] = field(default_factory=list)  # iri
    local: dict[str, mapping.Fields] = field(default_factory=dict)  # local id → fields
    added: list[tuple[str, mapping.Fields]] = field(default_factory=list)  # iri, fields
    removed: set[str] = field(default_factory=set)  # local ids gone from the workspace
    dropped: list[tuple[str, str]] = field(default_factory=list)  # iri, name: removed here
    problems: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    agreed: list[tuple[str, mapping.Fields]] = field(default_factory=list)  # same both sides


class WorkspaceSyncEngine:
    """Runs syncs of one local database with one workspace account."""

    def __init__(
        self,
        db: Database,
        client: WorkspaceClient,
        connector: Any,
        account: Account,
        **_: Any,
    ) -> None:
        if account.id is None:
            raise ValueError("the account is not stored yet")
        self.db = db
        self.client = client
        self.connector = connector
        self.account = account
        self.account_id = account.id

    def run(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        run = _WorkspaceRun(self, progress, cancelled)
        return run_recorded(self.db, self.account_id, self.client, run, cancelled)


class _WorkspaceRun(RunBase):
    def __init__(
        self,
        engine: WorkspaceSyncEngine,
        progress: Callable[[SyncProgress], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.engine = engine
        self.db = engine.db
        self.client = engine.client  # type: ignore[assignment]
        self.ws: WorkspaceClient = engine.client
        self.account_id = engine.account_id
        self._progress = progress
        self._cancelled = cancelled
        self.summary = SyncSummary()
        self.handled: set[str] = set()
        self._failures_in_a_row = 0

    # --- the run --------------------------------------------------------------------------

    def execute(self) -> None:
        with self.db.reading() as conn:
            account = AccountRepository(conn).get(self.account_id) or self.engine.account
        self.report("pull", 0, 3, translate("Sync", "Reading the workspace organization"))
        org = self.call(self.ws.organization, account.tenant or None)
        self.check_cancel()
        self.report("pull", 1, 3, translate("Sync", "Reading countries and languages"))
        countries = self.call(self.ws.codes, "countries")
        languages = self.call(self.ws.codes, "languages")
        info = {k: org.get(k) for k in SHOWN}
        info["id"] = item_id(org)
        settings = {
            **account.settings,
            INFO: info,
            COUNTRIES: sorted({c.upper() for c in countries}),
            LANGUAGES: sorted({c.upper() for c in languages}),
        }
        if settings != account.settings:
            with self.db.transaction() as conn:
                account = AccountRepository(conn).save(replace(account, settings=settings))
        self.check_cancel()
        self.report("push", 2, 3, translate("Sync", "Syncing the locations"))
        own = settings.get(OWN)
        if not isinstance(own, str) or not own:
            self.summary.note(
                translate(
                    "Sync", "Choose “our own organization” in the account to sync its locations."
                ),
                incomplete=False,
            )
            self._outbox_done(None)
            return
        self.locations(own, str(info["id"]))
        self.report("push", 3, 3, translate("Sync", "Done"))

    def _outbox_done(self, own: str | None, upto: int | None = None) -> None:
        """Edits of other contacts are not the workspace's: they leave its outbox."""
        with self.db.transaction() as conn:
            state = self.state(conn)
            for item in state.outbox():
                if item.local_id != own:
                    state.mark_pushed(item.local_id, item.last_seq)
                elif upto is not None:
                    state.mark_pushed(item.local_id, min(upto, item.last_seq))

    # --- locations ------------------------------------------------------------------------

    def _own(self, conn: Connection, own: str) -> OrganizationContact | None:
        found = ContactRepository(conn, Journal(conn, "", utc_now())).get(own)
        if isinstance(found, OrganizationContact) and found.deleted_at is None:
            return found
        return None

    def locations(self, own: str, org_id: str) -> None:
        with self.db.reading() as conn:
            org = self._own(conn, own)
            state = self.state(conn)
            record = state.record(own)
            item = state.outbox_item(own)
        if org is None:
            self.summary.note(
                translate(
                    "Sync",
                    "“Our own organization” chosen in the account is not in the address book (or "
                    "is in the trash): choose it again in the account.",
                )
            )
            return
        seq = item.last_seq if item is not None else None
        listing = self.call(self.ws.locations)
        if listing.error is not None:
            raise Postponed(
                translate("Sync", "the workspace's locations could not be read"), listing.error
            )
        remote = {iri_of(d): d for d in listing.items}
        base_doc = dict(record.base or {}) if record is not None else {}
        base: dict[str, mapping.Fields] = dict(base_doc.get("locations") or {})
        dropped = set(base_doc.get("dropped") or [])
        keep_mine = set(base_doc.get(KEEP_MINE) or [])
        links = dict(record.base_ids) if record is not None else {}  # local id → iri
        plan = self._plan(org, remote, base, links, dropped, keep_mine, listing.complete)
        # --- send ---
        for location in plan.post:
            self.check_cancel()
            fields = mapping.from_local(location)
            try:
                made = self.call(self.ws.create_location, fields)
            except Refused as refused:
                plan.problems.append(self._refused(fields, refused))
                continue
            except Postponed as postponed:
                self.summary.waiting += 1
                self.summary.note(
                    translate("Sync", "Not sent this time: {reason}").format(
                        reason=postponed.message
                    )
                )
                continue
            iri = iri_of(made)
            links[location.id] = iri
            base[iri] = mapping.from_remote(made)
            self.summary.created_remote += 1
            self.summary.pushed += 1
        for iri, location, changes in plan.patch:
            self.check_cancel()
            try:
                answer = self.call(self.ws.patch_location, iri.rsplit("/", 1)[-1], changes)
            except Refused as refused:
                plan.problems.append(self._refused(mapping.from_local(location), refused))
                continue
            except Postponed as postponed:
                self.summary.waiting += 1
                self.summary.note(
                    translate("Sync", "Not sent this time: {reason}").format(
                        reason=postponed.message
                    )
                )
                continue
            base[iri] = mapping.from_remote(answer)
            self.summary.pushed += 1
        # --- write here ---
        for iri, fields in [*plan.added, *plan.agreed]:
            base[iri] = fields
        for iri, _ in plan.dropped:
            dropped.add(iri)
            base.pop(iri, None)
        self._write(own, plan, links, base, seq)
        for _, name in plan.dropped:
            self.summary.note(
                translate("Sync", "Location “{name}” was removed here. {note}").format(
                    name=name, note=translate("Sync", NO_DELETE)
                ),
                incomplete=False,
            )
        with self.db.transaction() as conn:
            state = self.state(conn)
            state.save_record(
                SyncRecord(
                    local_id=own,
                    kind=KIND,
                    aggregate="contact",
                    remote_id=org_id,
                    base={"locations": base, "dropped": sorted(dropped)},
                    base_ids={k: v for k, v in links.items() if v in base},
                    synced_at=utc_now(),
                )
            )
            name = org.name
            not_sent = translate("Sync", "Not sent")
            if plan.conflicts:
                state.put_issue(
                    local_id=own,
                    kind=KIND,
                    issue="rejected",
                    title=name,
                    detail={
                        KEEP_MINE: True,
                        "keys": [c["key"] for c in plan.conflicts],
                        "problems": [
                            {"title": c["title"], "detail": c["detail"]} for c in plan.conflicts
                        ]
                        + [{"title": not_sent, "detail": p} for p in plan.problems],
                    },
                    now=utc_now(),
                    seq=seq or 0,
                )
            elif plan.problems:
                state.put_issue(
                    local_id=own,
                    kind=KIND,
                    issue="rejected",
                    title=name,
                    detail={
                        "held_back": True,
                        "problems": [{"title": not_sent, "detail": p} for p in plan.problems],
                    },
                    now=utc_now(),
                    seq=seq or 0,
                )
            else:
                state.clear_issue(own)
        for text in plan.problems:
            self.summary.rejected += 1
            self.summary.note(translate("Sync", "{problem} — fix it here.").format(problem=text))
        for c in plan.conflicts:
            self.summary.conflicts += 1
            self.summary.note(
                translate("Sync", "{title}: {detail}").format(title=c["title"], detail=c["detail"]),
                incomplete=False,
            )
        self._outbox_done(own, seq if self.summary.waiting == 0 else None)

    def _refused(self, fields: mapping.Fields, refused: Refused) -> str:
        words = "; ".join(str(p) for p in refused.error.problems) or refused.error.message
        return translate("Sync", "The workspace refused location “{name}”: {problems}").format(
            name=fields.get("name"), problems=words
        )

    def _plan(
        self,
        org: OrganizationContact,
        remote: Mapping[str, Mapping[str, Any]],
        base: Mapping[str, mapping.Fields],
        links: dict[str, str],
        dropped: set[str],
        keep_mine: set[str],
        whole: bool,
    ) -> _Plan:
        plan = _Plan()
        here = {location.id: location for location in org.locations}
        for local_id, iri in list(links.items()):
            if local_id not in here and iri in base:
                plan.dropped.append((iri, str(base[iri].get("name") or "")))
        # A location here and one in the workspace of the same name, neither linked yet (the
        # first sync, or one made on both sides): the same location, merged, not made twice.
        linked_there = {v for k, v in links.items() if v in base}
        unlinked = {
            _name_key(doc.get("name")): iri
            for iri, doc in remote.items()
            if iri not in linked_there and iri not in dropped and _name_key(doc.get("name"))
        }
        blank: mapping.Fields = dict.fromkeys(mapping.FIELDS)
        for location in org.locations:
            mine = mapping.from_local(location)
            linked = links.get(location.id)
            if linked is None or linked not in base:
                same = unlinked.pop(_name_key(location.name), None)
                if same is None:
                    found = mapping.problems(mine)
                    if found:
                        plan.problems += found
                    else:
                        plan.post.append(location)
                    continue
                links[location.id] = linked = same
            iri = linked
            doc = remote.get(iri)
            if doc is None and whole:
                doc = self.call(self.ws.location, iri.rsplit("/", 1)[-1])
            if doc is None:
                if whole:
                    if mine == base[iri]:
                        plan.removed.add(location.id)
                    else:  # changed here, gone there: made again
                        links.pop(location.id, None)
                        plan.post.append(location)
                continue
            theirs = mapping.from_remote(doc)
            was = base.get(iri, blank)
            merged: mapping.Fields = {}
            clashes: list[str] = []
            for name in mapping.FIELDS:
                m, t, b = mine.get(name), theirs.get(name), was.get(name)
                if m == b:
                    merged[name] = t
                elif t in (b, m) or f"{iri}#{name}" in keep_mine:
                    merged[name] = m
                else:
                    merged[name] = m
                    clashes.append(name)
            if clashes:
                label = mine.get("name") or theirs.get("name")
                plan.conflicts += [
                    {
                        "key": f"{iri}#{name}",
                        "title": translate("Sync", "Location “{name}”, {field}").format(
                            name=label, field=translate("Sync", mapping.LABELS[name])
                        ),
                        "detail": translate(
                            "Sync",
                            "changed here to {mine} and in the workspace to {theirs}. Nothing of "
                            "this location was sent or taken. Retry sends the value here; or type "
                            "the workspace's value here.",
                        ).format(mine=repr(mine.get(name)), theirs=repr(theirs.get(name))),
                    }
                    for name in clashes
                ]
                continue
            there = "" if merged == mine else translate("Sync", "in the workspace")
            found = mapping.problems(merged, there)
            if found:
                plan.problems += found
                continue
            changes = {k: v for k, v in merged.items() if theirs.get(k) != v}
            if changes:
                plan.patch.append((iri, location, changes))
            if merged != mine:
                plan.local[location.id] = merged
            elif not changes and merged != was:
                plan.agreed.append((iri, merged))
        known = set(links.values())
        for iri, doc in remote.items():
            if iri in known or iri in dropped:
                continue
            fields = mapping.from_remote(doc)
            found = mapping.problems(fields, translate("Sync", "in the workspace"))
            if found:
                plan.problems += [
                    translate("Sync", "{problem}: not taken").format(problem=p) for p in found
                ]
                continue
            plan.added.append((iri, fields))
        return plan

    def _write(
        self,
        own: str,
        plan: _Plan,
        links: dict[str, str],
        base: dict[str, mapping.Fields],
        seq: int | None,
    ) -> None:
        """The workspace's changes onto "our own organization" (only its locations)."""
        if not (plan.local or plan.added or plan.removed):
            return
        with self.db.transaction() as conn:
            repo = ContactRepository(conn, Journal(conn, txn_id(), utc_now(), origin="sync"))
            org = self._own(conn, own)
            if org is None:
                return
            state = self.state(conn)
            item = state.outbox_item(own)
            if item is not None and seq is not None and item.last_seq != seq:
                return  # edited meanwhile: the next run merges it
            locations: list[Location] = []
            for location in org.locations:
                if location.id in plan.removed:
                    self.summary.deleted_local += 1
                    continue
                fields = plan.local.get(location.id)
                if fields is not None:
                    location = mapping.apply(location, fields)
                    base[links[location.id]] = fields
                    self.summary.pulled_updated += 1
                locations.append(location)
            for iri, fields in plan.added:
                made = mapping.apply(Location(), fields)
                links[made.id] = iri
                locations.append(made)
                self.summary.pulled_new += 1
            repo.save(org.model_copy(update={"locations": locations}))
            enqueue_for_linked(conn, self.account_id, own)


def _name_key(name: Any) -> str:
    return " ".join(name.split()).casefold() if isinstance(name, str) else ""


def keep_mine(conn: Connection, account_id: int, local_id: str, keys: list[str]) -> None:
    """The user chose Kontor's values for the conflicting location fields ``keys`` (Retry on
    the issue): the next run sends them."""
    state = SyncStateRepository(conn, account_id)
    record = state.record(local_id)
    if record is None:
        return
    record.base = {**(record.base or {}), KEEP_MINE: sorted(set(keys))}
    state.save_record(record)


__all__ = [
    "COUNTRIES",
    "INFO",
    "KEEP_MINE",
    "LANGUAGES",
    "NO_DELETE",
    "OWN",
    "WorkspaceSyncEngine",
    "keep_mine",
]
