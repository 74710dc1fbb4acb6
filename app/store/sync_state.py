"""What sync remembers: the outbox, per-record bases, issues waiting for the user, and runs."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Delete,
    Executable,
    Select,
    Table,
    Update,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.models import new_id
from app.store import schema as s
from app.store.bulk import column_converter

#: The book's enfore account (revision 0006 makes it from the sync settings of before).
ENFORE_ACCOUNT_ID = 1

#: The issue of a remote record that may be one of the book's contacts, waiting for the user
#: to link it to one or to make it a new contact (``detail``: ``remote_id``, ``remote`` (the
#: document), ``version`` and ``candidates`` ``[{local_id, score, reasons}]``).
LINK_OR_CREATE = "link_or_create"

JsonDict = dict[str, Any]

# Tables whose rows carry a remote id, by the entity names of the change journal.
ENTITY_TABLES: Mapping[str, Table] = {
    "contact": s.contacts,
    "address": s.addresses,
    "email": s.emails,
    "phone": s.phones,
    "web_address": s.web_addresses,
    "professional_identity": s.professional_identities,
    "personal_relationship": s.personal_relationships,
    "department": s.departments,
    "location": s.locations,
    "membership": s.memberships,
    "image": s.images,
    "placeholder_customer": s.placeholder_customers,
    "customer_list": s.customer_lists,
}

# Entities other aggregates refer to (an identity's organization and departments, a
# relationship's person, founders' identities): their remote ids are needed across records.
SHARED_ENTITIES = ("contact", "professional_identity", "department", "location")


@dataclass
class SyncRecord:
    local_id: str
    kind: str
    aggregate: str = "contact"
    remote_id: str | None = None
    base: JsonDict | None = None
    base_hash: str | None = None
    etag: str | None = None
    base_ids: dict[str, str] = field(default_factory=dict)
    remote_gone: bool = False
    synced_at: datetime | None = None
    # ``base`` as JSON text, when the caller has it already (see :meth:`add_records`).
    base_text: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class OutboxItem:
    local_id: str
    aggregate: str
    first_seq: int
    last_seq: int


@dataclass(frozen=True)
class SyncIssueRow:
    id: str
    local_id: str
    aggregate: str
    kind: str
    issue: str
    title: str
    detail: JsonDict
    theirs: JsonDict | None
    theirs_etag: str | None
    seq: int
    at: datetime
    account_id: int = ENFORE_ACCOUNT_ID


@dataclass(frozen=True)
class SyncRunRow:
    id: int
    started_at: datetime
    finished_at: datetime | None
    complete: bool
    outcome: str
    summary: JsonDict
    account_id: int = ENFORE_ACCOUNT_ID


_INSERT_RECORD = (
    f"INSERT INTO {s.sync_records.name} (account_id, local_id, aggregate, kind, remote_id, "
    "base, base_hash, etag, base_ids, remote_gone, synced_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# The texts the columns' types would store (JSON, a time), for the rows written directly.
_json_text = cast(Callable[[Any], str], column_converter(s.sync_records.c.base_ids.type))
_time_text = cast(Callable[[Any], Any], column_converter(s.sync_records.c.synced_at.type))


def _record(row: Any) -> SyncRecord:
    return SyncRecord(
        local_id=row.local_id,
        kind=row.kind,
        aggregate=row.aggregate,
        remote_id=row.remote_id,
        base=row.base,
        base_hash=row.base_hash,
        etag=row.etag,
        base_ids=dict(row.base_ids or {}),
        remote_gone=bool(row.remote_gone),
        synced_at=_parse_time(row.synced_at),
    )


# The statements a sync run makes once or more per contact, made once (with parameters) so
# that each run of one does not build and compile it again.


@functools.cache
def _by_account(table: Table) -> Executable:
    """The rows of ``table`` of ``:account`` whose ``local_id`` is ``:local``."""
    return select(table).where(
        table.c.account_id == bindparam("account"), table.c.local_id == bindparam("local")
    )


@functools.cache
def _of_many(table: Table) -> Executable:
    """The rows of ``table`` of ``:account`` whose ``local_id`` is one of ``:locals``."""
    return select(table).where(
        table.c.account_id == bindparam("account"),
        table.c.local_id.in_(bindparam("locals", expanding=True)),
    )


@functools.cache
def _update_record() -> Update:
    """Sets the columns named in the parameters of ``:k_account``'s record ``:k_local``."""
    t = s.sync_records
    return update(t).where(
        t.c.account_id == bindparam("k_account"), t.c.local_id == bindparam("k_local")
    )


@functools.cache
def _insert_record() -> Executable:
    return insert(s.sync_records)


@functools.cache
def _set_remote_id(table: Table) -> Update:
    return update(table).where(table.c.id == bindparam("k_id"))


@functools.cache
def _clear_issue() -> Delete:
    t = s.sync_issues
    return delete(t).where(
        t.c.account_id == bindparam("account"), t.c.local_id == bindparam("local")
    )


@functools.cache
def _pushed() -> tuple[Delete, Update]:
    t = s.sync_outbox
    mine = (t.c.account_id == bindparam("account"), t.c.local_id == bindparam("local"))
    return (
        delete(t).where(*mine, t.c.last_seq <= bindparam("upto")),
        update(t).where(*mine, t.c.first_seq <= bindparam("upto")),
    )


def _pieces(ids: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _parse_time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _issue(row: Any) -> SyncIssueRow:
    at = _parse_time(row.at)
    assert at is not None
    return SyncIssueRow(
        id=row.id,
        local_id=row.local_id,
        aggregate=row.aggregate,
        kind=row.kind,
        issue=row.issue,
        title=row.title,
        detail=dict(row.detail or {}),
        theirs=row.theirs,
        theirs_etag=row.theirs_etag,
        seq=row.seq,
        at=at,
        account_id=int(row.account_id),
    )


class SyncStateRepository:
    """Reads and writes the sync tables of one account on one connection (the caller's
    transaction).  Links, bases, the outbox position, issues and runs are per account.  The
    remote ids of entities are the first enfore account's on the data rows; any other
    account's are in ``sync_entity_ids`` (:attr:`own_ids`)."""

    def __init__(self, connection: Connection, account_id: int = ENFORE_ACCOUNT_ID) -> None:
        self._conn = connection
        self.account_id = account_id
        #: Whether this account's entity ids are kept apart from the data rows.
        self.own_ids = account_id != ENFORE_ACCOUNT_ID

    # --- records --------------------------------------------------------------------------

    def record(self, local_id: str) -> SyncRecord | None:
        row = self._conn.execute(
            _by_account(s.sync_records), {"account": self.account_id, "local": local_id}
        ).first()
        return _record(row) if row is not None else None

    def records_of(self, local_ids: Sequence[str]) -> dict[str, SyncRecord]:
        """The records of ``local_ids`` that exist (a few queries for many)."""
        out: dict[str, SyncRecord] = {}
        for piece in _pieces(local_ids):
            rows = self._conn.execute(
                _of_many(s.sync_records), {"account": self.account_id, "locals": piece}
            )
            out.update((row.local_id, _record(row)) for row in rows)
        return out

    def records(self, kind: str | None = None) -> list[SyncRecord]:
        """Every record of the account (of one ``kind`` if given)."""
        t = s.sync_records
        query = select(t).where(t.c.account_id == self.account_id)
        if kind is not None:
            query = query.where(t.c.kind == kind)
        return [_record(row) for row in self._conn.execute(query)]

    def record_heads(self, kind: str | None = None) -> list[SyncRecord]:
        """Every record of the account (of one ``kind`` if given) without its base and base
        ids (``base`` and ``base_ids`` empty): what a run needs to tell which records changed,
        without reading every stored document.  Never saved back as it is."""
        # Plain rows of the driver: a run reads every record's head, and the rows of the
        # query layer cost as much again as the reading itself.
        sql = (
            "SELECT local_id, kind, aggregate, remote_id, base_hash, etag, remote_gone, "
            f"synced_at FROM {s.sync_records.name} WHERE account_id = ?"
        )
        params: tuple[Any, ...] = (self.account_id,)
        if kind is not None:
            sql += " AND kind = ?"
            params += (kind,)
        return [
            SyncRecord(
                local_id=local_id,
                kind=record_kind,
                aggregate=aggregate,
                remote_id=remote_id,
                base=None,
                base_hash=base_hash,
                etag=etag,
                base_ids={},
                remote_gone=bool(remote_gone),
                synced_at=_parse_time(synced_at),
            )
            for (
                local_id,
                record_kind,
                aggregate,
                remote_id,
                base_hash,
                etag,
                remote_gone,
                synced_at,
            ) in self._conn.exec_driver_sql(sql, params).fetchall()
        ]

    def inline_bases(self, kind: str) -> set[str]:
        """Local ids of the records of ``kind`` whose base came whole from one details answer
        (tags and pictures inside it)."""
        t = s.sync_records
        rows = self._conn.execute(
            select(t.c.local_id).where(
                t.c.account_id == self.account_id,
                t.c.kind == kind,
                func.json_extract(t.c.base, "$.inline") == 1,
            )
        )
        return set(rows.scalars())

    def add_records(self, records: list[SyncRecord]) -> None:
        """Records new to the account, inserted together.  A record whose ``base`` comes
        with its JSON text (``base_text``, e.g. the text its hash was made of) is stored
        with that text, not encoded again: it reads back as the same document."""
        if not records:
            return
        texts = [r for r in records if r.base_text is not None and r.base is not None]
        if texts:
            self._conn.exec_driver_sql(
                _INSERT_RECORD,
                [
                    (
                        self.account_id,
                        r.local_id,
                        r.aggregate,
                        r.kind,
                        r.remote_id,
                        r.base_text,
                        r.base_hash,
                        r.etag,
                        _json_text(r.base_ids),
                        int(r.remote_gone),
                        _time_text(r.synced_at),
                    )
                    for r in texts
                ],
            )
            if len(texts) == len(records):
                return
            records = [r for r in records if r.base_text is None or r.base is None]
        self._conn.execute(
            insert(s.sync_records),
            [
                {
                    "account_id": self.account_id,
                    "local_id": r.local_id,
                    "aggregate": r.aggregate,
                    "kind": r.kind,
                    "remote_id": r.remote_id,
                    "base": r.base,
                    "base_hash": r.base_hash,
                    "etag": r.etag,
                    "base_ids": r.base_ids,
                    "remote_gone": r.remote_gone,
                    "synced_at": r.synced_at,
                }
                for r in records
            ],
        )

    def remote_ids(self) -> dict[str, str]:
        """``{local_id: remote_id}`` of every record known on the server."""
        t = s.sync_records
        rows = self._conn.execute(
            select(t.c.local_id, t.c.remote_id).where(
                t.c.account_id == self.account_id, t.c.remote_id.is_not(None)
            )
        )
        return {row.local_id: row.remote_id for row in rows}

    def save_record(self, record: SyncRecord) -> None:
        values = {
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
        done = self._conn.execute(
            _update_record(),
            {"k_account": self.account_id, "k_local": record.local_id, **values},
        )
        if done.rowcount == 0:
            self._conn.execute(_insert_record(), values)

    def delete_record(self, local_id: str) -> None:
        t = s.sync_records
        self._conn.execute(
            delete(t).where(t.c.account_id == self.account_id, t.c.local_id == local_id)
        )

    # --- remote ids on the data rows ------------------------------------------------------

    def set_remote_id(self, entity: str, local_id: str, remote_id: str | None) -> None:
        if self.own_ids:
            self.keep_entity_ids([(entity, local_id, remote_id)])
            return
        self._conn.execute(
            _set_remote_id(ENTITY_TABLES[entity]), {"k_id": local_id, "remote_id": remote_id}
        )

    def entity_ids(self, local_ids: Sequence[str]) -> dict[str, str]:
        """``{local id: remote id}`` this account's server gave the entities ``local_ids``
        (an account with :attr:`own_ids`; the first enfore account's are on the rows)."""
        t = s.sync_entity_ids
        found: dict[str, str] = {}
        for piece in _pieces(local_ids):
            rows = self._conn.execute(
                select(t.c.local_id, t.c.remote_id).where(
                    t.c.account_id == self.account_id, t.c.local_id.in_(piece)
                )
            ).all()
            found.update({str(local): str(remote) for local, remote in rows})
        return found

    def keep_entity_ids(self, ids: Iterable[tuple[str, str, str | None]]) -> None:
        """Remember ``(entity, local id, remote id)`` for this account (``None``: forget)."""
        t = s.sync_entity_ids
        kept: list[dict[str, Any]] = []
        gone: list[str] = []
        for entity, local_id, remote_id in ids:
            if remote_id is None:
                gone.append(local_id)
            else:
                kept.append(
                    {
                        "account_id": self.account_id,
                        "local_id": local_id,
                        "entity": entity,
                        "remote_id": remote_id,
                    }
                )
        for piece in _pieces(gone):
            self._conn.execute(
                delete(t).where(t.c.account_id == self.account_id, t.c.local_id.in_(piece))
            )
        if kept:
            upsert = sqlite_insert(t)
            self._conn.execute(
                upsert.on_conflict_do_update(
                    index_elements=[t.c.account_id, t.c.local_id],
                    set_={"entity": upsert.excluded.entity, "remote_id": upsert.excluded.remote_id},
                ),
                kept,
            )

    def set_external_id(self, contact_id: str, external_id: str) -> None:
        """The ``external_id`` a create sent (the local id unless the contact had one)."""
        self._conn.execute(
            _set_remote_id(s.contacts), {"k_id": contact_id, "external_id": external_id}
        )

    def shared_remote_ids(self) -> list[tuple[str, str]]:
        """``(local, remote)`` of every contact, identity, department and location known on
        the server (other records refer to them)."""
        if self.own_ids:
            t = s.sync_entity_ids
            rows = self._conn.execute(self._own_shared(t.c.local_id, t.c.remote_id)).fetchall()
            return [(str(local), str(remote)) for local, remote in rows]
        pairs: list[tuple[str, str]] = []
        for entity in SHARED_ENTITIES:
            table = ENTITY_TABLES[entity]
            rows = self._conn.execute(
                select(table.c.id, table.c.remote_id).where(table.c.remote_id.is_not(None))
            ).fetchall()  # in one call, not a fetch per row
            pairs += [(local, remote) for local, remote in rows]
        return pairs

    def _own_shared(self, *columns: Any) -> Select[Any]:
        """``columns`` of this account's own ids of shared entities (see :attr:`own_ids`)."""
        t = s.sync_entity_ids
        return select(*columns).where(
            t.c.account_id == self.account_id, t.c.entity.in_(SHARED_ENTITIES)
        )

    def remote_id(self, local_id: str) -> str | None:
        """The remote id of one shared entity (an :class:`~app.sync.wire.IdMap` over the
        store: for one record's references, without loading every id)."""
        if self.own_ids:
            t = s.sync_entity_ids
            query = self._own_shared(t.c.remote_id).where(t.c.local_id == local_id)
            return self._conn.execute(query).scalar()
        for entity in SHARED_ENTITIES:
            table = ENTITY_TABLES[entity]
            found = self._conn.execute(
                select(table.c.remote_id).where(table.c.id == local_id)
            ).scalar()
            if found is not None:
                return str(found)
        return None

    def local_id(self, remote_id: str) -> str | None:
        if self.own_ids:
            t = s.sync_entity_ids
            query = self._own_shared(t.c.local_id).where(t.c.remote_id == remote_id).limit(1)
            return self._conn.execute(query).scalar()
        for entity in SHARED_ENTITIES:
            table = ENTITY_TABLES[entity]
            found = self._conn.execute(
                select(table.c.id).where(table.c.remote_id == remote_id)
            ).scalar()
            if found is not None:
                return str(found)
        return None

    # --- outbox ---------------------------------------------------------------------------

    def outbox(self) -> list[OutboxItem]:
        t = s.sync_outbox
        rows = self._conn.execute(
            select(t).where(t.c.account_id == self.account_id).order_by(t.c.first_seq)
        )
        return [OutboxItem(r.local_id, r.aggregate, r.first_seq, r.last_seq) for r in rows]

    def outbox_item(self, local_id: str) -> OutboxItem | None:
        r = self._conn.execute(
            _by_account(s.sync_outbox), {"account": self.account_id, "local": local_id}
        ).first()
        return OutboxItem(r.local_id, r.aggregate, r.first_seq, r.last_seq) if r else None

    def outbox_items(self, local_ids: Sequence[str]) -> dict[str, OutboxItem]:
        """The outbox entries of ``local_ids`` that have one (a few queries for many)."""
        out: dict[str, OutboxItem] = {}
        for piece in _pieces(local_ids):
            rows = self._conn.execute(
                _of_many(s.sync_outbox), {"account": self.account_id, "locals": piece}
            )
            out.update(
                (r.local_id, OutboxItem(r.local_id, r.aggregate, r.first_seq, r.last_seq))
                for r in rows
            )
        return out

    def outbox_count(self) -> int:
        t = s.sync_outbox
        query = select(func.count()).select_from(t).where(t.c.account_id == self.account_id)
        return int(self._conn.execute(query).scalar_one())

    def mark_pushed(self, local_id: str, upto_seq: int) -> None:
        """Everything up to ``upto_seq`` is on the server; later edits stay queued."""
        drop, move = _pushed()
        mine = {"account": self.account_id, "local": local_id, "upto": upto_seq}
        self._conn.execute(drop, mine)
        self._conn.execute(move, {**mine, "first_seq": upto_seq + 1})

    def pending_entries(self, local_id: str) -> list[Any]:
        """The journal entries of the user's edits of one record still queued."""
        item = self.outbox_item(local_id)
        if item is None:
            return []
        j = s.change_journal
        return list(
            self._conn.execute(
                select(j)
                .where(
                    j.c.aggregate_id == local_id,
                    j.c.origin == "user",
                    j.c.seq >= item.first_seq,
                    j.c.seq <= item.last_seq,
                )
                .order_by(j.c.seq)
            )
        )

    # --- issues ---------------------------------------------------------------------------

    def issues(self, kind: str | None = None) -> list[SyncIssueRow]:
        """This account's issues, oldest first (``kind``: only those, e.g. "conflict")."""
        t = s.sync_issues
        query = select(t).where(t.c.account_id == self.account_id)
        if kind is not None:
            query = query.where(t.c.issue == kind)
        return [_issue(row) for row in self._conn.execute(query.order_by(t.c.at))]

    def propose_match(
        self,
        *,
        kind: str,
        remote_id: str,
        remote: JsonDict,
        version: str | None,
        title: str,
        candidates: Iterable[tuple[str, float, Iterable[str]]],
    ) -> str:
        """Keep an uncertain match of the remote record ``remote_id`` for the user's "link or
        create" (``candidates``: ``(local id, score, reasons)``, best first), in place of one
        waiting for the same record; returns the issue's id."""
        for waiting in self.issues(LINK_OR_CREATE):
            if waiting.detail.get("remote_id") == remote_id:
                self.clear_issue(waiting.local_id)
        return self.put_issue(
            local_id=new_id(),  # the id the contact gets when it is made new
            kind=kind,
            issue=LINK_OR_CREATE,
            title=title,
            detail={
                "remote_id": remote_id,
                "remote": remote,
                "version": version,
                "candidates": [
                    {"local_id": str(local), "score": float(score), "reasons": [*map(str, why)]}
                    for local, score, why in candidates
                ],
            },
            now=s.utc_now(),
            theirs=remote,
            theirs_etag=version,
        )

    def matched_remote_ids(self, kind: str | None = None) -> set[str]:
        """The remote records (of ``kind``) waiting for "link or create"."""
        return {
            str(i.detail.get("remote_id"))
            for i in self.issues(LINK_OR_CREATE)
            if kind is None or i.kind == kind
        }

    def match_candidates(self) -> set[str]:
        """The book's contacts a remote record waiting for "link or create" may be: none is
        sent there until the user has chosen."""
        return {
            str(c.get("local_id"))
            for issue in self.issues(LINK_OR_CREATE)
            for c in issue.detail.get("candidates") or []
        }

    def issue(self, issue_id: str) -> SyncIssueRow | None:
        t = s.sync_issues
        row = self._conn.execute(
            select(t).where(t.c.account_id == self.account_id, t.c.id == issue_id)
        ).first()
        return _issue(row) if row is not None else None

    def issue_for(self, local_id: str) -> SyncIssueRow | None:
        row = self._conn.execute(
            _by_account(s.sync_issues), {"account": self.account_id, "local": local_id}
        ).first()
        return _issue(row) if row is not None else None

    def with_issues(self, local_ids: Sequence[str]) -> set[str]:
        """Which of ``local_ids`` have an issue."""
        t = s.sync_issues
        query = select(t.c.local_id).where(
            t.c.account_id == bindparam("account"),
            t.c.local_id.in_(bindparam("locals", expanding=True)),
        )
        found: set[str] = set()
        for piece in _pieces(local_ids):
            rows = self._conn.execute(query, {"account": self.account_id, "locals": piece})
            found.update(rows.scalars())
        return found

    def issue_count(self) -> int:
        t = s.sync_issues
        query = select(func.count()).select_from(t).where(t.c.account_id == self.account_id)
        return int(self._conn.execute(query).scalar_one())

    def put_issue(
        self,
        *,
        local_id: str,
        kind: str,
        issue: str,
        title: str,
        detail: JsonDict,
        now: datetime,
        seq: int = 0,
        theirs: JsonDict | None = None,
        theirs_etag: str | None = None,
    ) -> str:
        """Record (or replace) the one issue of a record."""
        self.clear_issue(local_id)
        issue_id = new_id()
        self._conn.execute(
            insert(s.sync_issues).values(
                id=issue_id,
                account_id=self.account_id,
                local_id=local_id,
                aggregate="contact" if kind in ("individual", "organization") else kind,
                kind=kind,
                issue=issue,
                title=title[:512],
                detail=detail,
                theirs=theirs,
                theirs_etag=theirs_etag,
                seq=seq,
                at=now,
            )
        )
        return issue_id

    def clear_issue(self, local_id: str) -> None:
        self._conn.execute(_clear_issue(), {"account": self.account_id, "local": local_id})

    # --- runs -----------------------------------------------------------------------------

    def start_run(self, now: datetime) -> int:
        result = self._conn.execute(
            insert(s.sync_runs).values(
                account_id=self.account_id,
                started_at=now,
                complete=False,
                outcome="running",
                summary={},
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def finish_run(
        self, run_id: int, now: datetime, *, complete: bool, outcome: str, summary: JsonDict
    ) -> None:
        self._conn.execute(
            update(s.sync_runs)
            .where(s.sync_runs.c.id == run_id)
            .values(finished_at=now, complete=complete, outcome=outcome, summary=summary)
        )

    def runs(self, limit: int = 20) -> list[SyncRunRow]:
        t = s.sync_runs
        rows = self._conn.execute(
            select(t).where(t.c.account_id == self.account_id).order_by(t.c.id.desc()).limit(limit)
        )
        return [
            SyncRunRow(
                id=r.id,
                started_at=r.started_at,
                finished_at=r.finished_at,
                complete=bool(r.complete),
                outcome=r.outcome,
                summary=dict(r.summary or {}),
                account_id=int(r.account_id),
            )
            for r in rows
        ]


def issue_account(connection: Connection, issue_id: str) -> int | None:
    """The account an issue belongs to (``None``: no such issue)."""
    t = s.sync_issues
    found = connection.execute(select(t.c.account_id).where(t.c.id == issue_id)).scalar()
    return int(found) if found is not None else None


def forget_own_entity_ids(connection: Connection, local_ids: Sequence[str]) -> None:
    """Forget, in every account that keeps its ids apart, the ids of the entities
    ``local_ids`` (items that moved to another contact: new on every server there)."""
    t = s.sync_entity_ids
    for piece in _pieces(local_ids):
        connection.execute(delete(t).where(t.c.local_id.in_(piece)))


def forget_remote_ids(
    connection: Connection,
    ids: Iterable[tuple[str, str]],
    account_id: int = ENFORE_ACCOUNT_ID,
) -> None:
    """Clear the remote ids of ``(entity, local_id)`` pairs (a contact made again on the
    server after it was deleted there gets new ids for everything)."""
    repo = SyncStateRepository(connection, account_id)
    for entity, local_id in ids:
        if entity in ENTITY_TABLES:
            repo.set_remote_id(entity, local_id, None)


# --- the outbox of other accounts ----------------------------------------------------------


def enqueue(conn: Connection, account_id: int, local_id: str, aggregate: str = "contact") -> None:
    """Put a contact (or another ``aggregate``) in an account's outbox (as of the journal's
    latest entry)."""
    seq = int(conn.execute(select(func.coalesce(func.max(s.change_journal.c.seq), 0))).scalar_one())
    t = s.sync_outbox
    found = conn.execute(
        select(t.c.last_seq).where(t.c.account_id == account_id, t.c.local_id == local_id)
    ).first()
    if found is None:
        conn.execute(
            insert(t).values(
                account_id=account_id,
                local_id=local_id,
                aggregate=aggregate,
                first_seq=seq,
                last_seq=seq,
            )
        )
    elif found.last_seq < seq:
        conn.execute(
            t.update()
            .where(t.c.account_id == account_id, t.c.local_id == local_id)
            .values(last_seq=seq)
        )


def enqueue_for_linked(
    conn: Connection, account_id: int, local_id: str, aggregate: str = "contact"
) -> None:
    """A contact (or another ``aggregate``) changed by this account's sync: queue it for
    every other account it is linked to."""
    r = s.sync_records
    others = conn.execute(
        select(r.c.account_id).where(
            r.c.local_id == local_id,
            r.c.account_id != account_id,
            r.c.remote_id.is_not(None),
            r.c.remote_gone.is_(False),
        )
    ).scalars()
    for other in list(others):
        enqueue(conn, int(other), local_id, aggregate)


#: The tables of the aggregates an outbox holds, by the journal's aggregate names.
AGGREGATE_TABLES: Mapping[str, Table] = {
    "contact": s.contacts,
    "placeholder_customer": s.placeholder_customers,
    "customer_list": s.customer_lists,
}


def queue_changed_since_sync(
    conn: Connection,
    account_id: int,
    *,
    skip_kind: str | None = None,
    aggregates: Sequence[str] = ("contact",),
) -> None:
    """Records of ``aggregates`` linked to ``account_id`` and changed here since their last
    sync with it (by another account's sync, or an import) join its outbox (``skip_kind``:
    records of that kind are only read there, never sent).  One in the trash does not: a
    deletion another system made goes no further than this book's trash."""
    r = s.sync_records
    for aggregate in aggregates:
        c = AGGREGATE_TABLES[aggregate]
        rows = conn.execute(
            select(r.c.local_id, r.c.synced_at, c.c.updated_at)
            .join(c, c.c.id == r.c.local_id)
            .where(
                r.c.account_id == account_id,
                r.c.kind != (skip_kind or ""),
                r.c.remote_id.is_not(None),
                r.c.remote_gone.is_(False),
                r.c.synced_at.is_not(None),
                c.c.deleted_at.is_(None),
                # Both ISO-8601 text in UTC of one width: compared as text, in SQL.
                c.c.updated_at > r.c.synced_at,
            )
        ).all()
        for row in rows:
            if row.updated_at is not None and row.updated_at > row.synced_at:
                enqueue(conn, account_id, row.local_id, aggregate)
