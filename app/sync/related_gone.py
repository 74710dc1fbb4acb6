"""Related records gone from the system (Kanbert companies deleted there): the link is marked
gone, the contact here stays, and the account's sync issues say so.

A related record is read from the system, never written there, so the deletion safety of the
sync applies to its *link* only: nothing here is ever deleted or moved to the trash for it.
A linked record counts as gone only

* after a whole listing of the related records (every page answered, no problems) that is not
  empty, where it is missing or listed with ``deleted_at`` set, and
* once a ``GET`` of it answers 404 (or shows it deleted) — when any of those asked still
  exists, the listing cannot be trusted and nothing is marked;
* and no more than the run's delete limit at once without the user's yes: beyond it the run
  ends ``needs_confirmation`` with them counted in ``deletions_waiting`` (and
  ``unlinks_waiting``), and the run with the yes (``allow_mass_delete``) unlinks them.

The link then stays stored with ``remote_gone`` set: the contact is no longer mapped to the
record (a work detail at it stays here only), the "Linked to" row no longer names the account,
and a notice in the account's sync issues tells the user (:data:`REMOTE_GONE`).  Listed again later, the record is
linked again and the notice goes (:func:`revive`); a contact of the same name the system makes
anew is linked to the same contact here (the notice goes too).  Dismissing the notice
(``retry`` in the issues view) only takes it away.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.store import schema as s
from app.store.schema import utc_now
from app.store.sync_state import SyncIssueRow, SyncRecord, SyncStateRepository
from app.sync.client import Listing
from app.sync.progress import SyncSummary
from app.sync.run_records import Postponed

#: How the sync issues present the notice of a contact whose related record is gone from the
#: system.  It is stored as an issue of kind ``rejected`` (the kinds the database allows)
#: whose detail has :data:`GONE_FLAG` set.
REMOTE_GONE: Final = "remote_gone"
GONE_FLAG: Final = "gone_there"
# English; shown with ``translate("Sync", GONE_TITLE)``.
GONE_TITLE: Final = QT_TRANSLATE_NOOP("Sync", "Gone from {system}")
GONE_DETAIL: Final = QT_TRANSLATE_NOOP(
    "Sync",
    "{system} no longer has “{name}” (deleted there). The organization stays here, no longer "
    "linked to {system}; work details at it stay here only.",
)


def mark_gone(run: Any, listing: Listing) -> int:
    """Mark the links of the related records gone from the system after a whole ``listing``
    of them; returns how many were marked.  ``run`` is the document sync's run (its client,
    connector, database and summary)."""
    con, kind = run.con, run.related_kind
    listed: dict[str, Any] = {}
    for doc in listing.items:
        if remote_id := con.remote_id(doc):
            listed[remote_id] = doc
    if not listed or listing.error is not None or not listing.complete or listing.problems:
        return 0  # an empty, failed or partial listing takes nothing as gone
    with run.db.reading() as conn:
        linked = _linked(conn, run.account_id, kind)
    candidates = {
        local_id: remote_id
        for local_id, (remote_id, _name) in linked.items()
        if remote_id not in listed or con.deleted(listed[remote_id])
    }
    if not candidates:
        return 0
    confirmed: list[str] = []
    try:
        for local_id, remote_id in candidates.items():
            run.check_cancel()
            theirs = run.call(con.related_fetch, run.client, remote_id)
            if theirs is None or con.deleted(theirs):
                confirmed.append(local_id)
    except Postponed:
        confirmed = []
    if len(confirmed) < len(candidates):
        run.summary.note(
            tr(
                "%n companies missing from {system}'s list could not be confirmed gone: "
                "none is unlinked.",
                "",
                len(candidates) - len(confirmed),
            ).format(system=run.label),
            incomplete=False,
        )
        return 0
    if len(confirmed) > run.engine.delete_limit and not run.allow_mass_delete:
        _wait_for_yes(run.summary, len(confirmed), run.label)
        return 0
    title = translate("Sync", GONE_TITLE).format(system=run.label)
    with run.db.transaction() as conn:
        state = SyncStateRepository(conn, run.account_id)
        for local_id in confirmed:
            record = state.record(local_id)
            if record is None:
                continue
            record.remote_gone = True
            state.save_record(record)
            name = linked[local_id][1]
            state.put_issue(
                local_id=local_id,
                kind=kind,
                issue="rejected",
                title=name,
                detail={
                    GONE_FLAG: True,
                    "remote_id": record.remote_id,
                    "problems": [
                        {
                            "title": title,
                            "detail": translate("Sync", GONE_DETAIL).format(
                                system=run.label, name=name
                            ),
                        }
                    ],
                },
                now=utc_now(),
            )
            run.summary.note(
                translate(
                    "Sync",
                    "“{name}” is no longer in {system}: the organization stays here, "
                    "unlinked from it.",
                ).format(name=name, system=run.label),
                incomplete=False,
            )
    run.use_related_links()  # the contacts of this run are mapped without them
    return len(confirmed)


def _wait_for_yes(summary: SyncSummary, count: int, system: str) -> None:
    """More related records gone at once than the run's limit: none is unlinked, and the run
    waits for the user's yes as deletions of contacts beyond the limit do (the window asks,
    ``kontor sync`` says to run again with ``--allow-deletions``); a run without the yes finds
    them again and asks again."""
    summary.deletions_waiting += count
    summary.unlinks_waiting += count
    summary.complete = False
    if summary.outcome in ("ok", "needs_confirmation"):  # an incomplete run stays incomplete
        summary.outcome = "needs_confirmation"
    summary.messages.append(
        tr(
            "%n companies are gone from {system}: more than the safety limit, so none is "
            "unlinked until you confirm the deletions.",
            "",
            count,
        ).format(system=system)
    )


def revive(state: SyncStateRepository, record: SyncRecord) -> None:
    """A related record marked gone is listed again: linked again, its notice goes."""
    full = state.record(record.local_id)
    if full is not None:
        full.remote_gone = False
        state.save_record(full)
    record.remote_gone = False
    forget_notice(state, record.local_id)


def is_gone_notice(issue: SyncIssueRow | None) -> bool:
    """Whether a stored issue is the notice that a contact's related record is gone there."""
    return issue is not None and issue.issue == "rejected" and bool(issue.detail.get(GONE_FLAG))


def forget_notice(state: SyncStateRepository, local_id: str) -> None:
    """Take away the "gone from the system" notice of a contact linked again."""
    if is_gone_notice(state.issue_for(local_id)):
        state.clear_issue(local_id)


def _linked(conn: Any, account_id: int, kind: str) -> dict[str, tuple[str, str]]:
    """``{local id: (remote id, name)}`` of the related records linked (not gone) whose
    contact is in the book and not in the trash."""
    t, c = s.sync_records, s.contacts
    rows = conn.execute(
        select(t.c.local_id, t.c.remote_id, c.c.name)
        .join(c, c.c.id == t.c.local_id)
        .where(
            t.c.account_id == account_id,
            t.c.kind == kind,
            t.c.remote_id.is_not(None),
            t.c.remote_gone.is_(False),
            c.c.deleted_at.is_(None),
        )
    )
    return {str(r.local_id): (str(r.remote_id), str(r.name)) for r in rows}


__all__ = [
    "GONE_DETAIL",
    "GONE_FLAG",
    "GONE_TITLE",
    "REMOTE_GONE",
    "forget_notice",
    "is_gone_notice",
    "mark_gone",
    "revive",
]
