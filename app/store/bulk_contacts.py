"""Many new contacts as ready-made inserts: every row of a batch, its journal entries and its
search index rows, turned into SQL and parameter tuples.

:meth:`app.store.contacts.ContactRepository.add_many` prepares and writes each batch in turn.
The preparation reads nothing from the database, so a large batch of sample data can be
prepared in another process while the previous one is written (see
:func:`app.services.seeding.generate`); both ways run the same code and write the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Table, insert

from app.domain.changes import contact_created
from app.domain.keys import contact_keys
from app.domain.models import AnyContact, ContactPoints, Tag
from app.store import rows as r
from app.store import schema as s
from app.store.bulk import OwnedTuples, insert_statement, owned_tuples
from app.store.database import BULK_CACHE_KIB, CACHE_KIB
from app.store.journal import JournalStamp, journal_rows
from app.store.snapshots import fingerprints_of_inserted

AGGREGATE = "contact"
_SEARCH_INSERT = "INSERT INTO contact_search (rowid, contact_id, body) VALUES (?, ?, ?)"

Statement = tuple[str, list[Any]]


@dataclass(frozen=True)
class PreparedBatch:
    """One batch of new contacts as the statements that store it, in the order to run them."""

    count: int
    statements: tuple[Statement, ...]
    # Tags the batch uses first that the book does not hold yet (rows to add before).
    new_tags: tuple[Tag, ...] = ()
    # The name of each tag the batch's contacts have, by id.
    tag_names: tuple[tuple[str, str], ...] = ()

    def with_new_tags(self, tags: Sequence[Tag]) -> PreparedBatch:
        return replace(self, new_tags=tuple(tags))


def prepare_batch(
    batch: Sequence[AnyContact],
    canonical: Callable[[Tag], Tag],
    first_rowid: int,
    stamp: JournalStamp,
    *,
    owned: bool = False,
) -> PreparedBatch:
    """The inserts of ``batch``: ``canonical`` gives the tag a contact's tag stands for (the
    same name means the same tag), ``first_rowid`` is the first free search index rowid.
    The contacts get their canonical tags and timestamps: on copies, or with ``owned`` (a
    batch nobody else holds) in place, which spares a copy of each."""
    now = stamp.now
    tag_cache: dict[str, Tag] = {}
    prepared: list[AnyContact] = []
    for contact in batch:
        tags = []
        for tag in contact.tags:
            key = tag.name.casefold()
            if key not in tag_cache:
                tag_cache[key] = canonical(tag)
            tags.append(tag_cache[key])
        update = {"tags": tags, "created_at": contact.created_at or now, "updated_at": now}
        if owned:
            # What ``model_copy(update=...)`` does to its copy.
            contact.__dict__.update(update)
            contact.__pydantic_fields_set__.update(update)
            prepared.append(contact)
        else:
            prepared.append(contact.model_copy(update=update))
    all_rows: r.RowSet = defaultdict(list)
    contact_rows = all_rows[s.contacts]
    links, keys = all_rows[s.contact_tags], all_rows[s.contact_keys]
    points = _PointParameters()
    journal: list[dict[str, Any]] = []
    search: list[tuple[int, str, str]] = []
    for search_rowid, contact in enumerate(prepared, start=first_rowid):
        r.add_contact_rows(all_rows, contact, now, points=points)
        contact_rows[-1]["search_rowid"] = search_rowid
        links += tag_rows(contact)
        keys += key_rows(contact)
        journal += journal_rows(stamp, AGGREGATE, contact.id, [contact_created(contact)])
        search.append((search_rowid, contact.id, r.search_text(contact)))
    statements: list[Statement] = []
    for table, rows in [
        *((t, all_rows.get(t, [])) for t in s.metadata.sorted_tables if t is not s.change_journal),
        (s.change_journal, journal),
    ]:
        statement = points.statements.get(table) or insert_statement(table, rows)
        if statement is not None:
            statements.append(statement)
    if search:
        statements.append((_SEARCH_INSERT, search))
    names = tuple((tag.id, tag.name) for tag in tag_cache.values())
    return PreparedBatch(len(prepared), tuple(statements), tag_names=names)


class _PointParameters:
    """Takes the contact points of a batch's contacts and identities as the parameter tuples
    of their inserts, made straight from the models (:func:`owned_tuples`): what
    :func:`insert_statement` of their rows gives, without making the rows."""

    def __init__(self) -> None:
        self.statements: dict[Table, Statement] = {}
        self._makers: list[tuple[str, Table, str, OwnedTuples]] = []
        for list_name, table in s.CONTACT_POINT_TABLES.items():
            sql, make = owned_tuples(
                table, r.CONTACT_POINT_MODELS[list_name], ("contact_id", "professional_identity_id")
            )
            self._makers.append((list_name, table, sql, make))

    def __call__(
        self, rows: r.RowSet, owner: ContactPoints, contact_id: str | None, pi_id: str | None
    ) -> None:
        values = owner.__dict__
        for list_name, table, sql, make in self._makers:
            found = values[list_name]
            if found:
                statement = self.statements.get(table)
                if statement is None:
                    statement = self.statements[table] = (sql, [])
                statement[1].extend(make(found, contact_id, pi_id))


# Where :func:`write_prepared` puts the fingerprints of the contacts it writes, while
# :func:`fingerprints_of_writes` collects them.
_COLLECTED: ContextVar[dict[str, bytes] | None] = ContextVar("collected", default=None)


@contextmanager
def fingerprints_of_writes() -> Iterator[dict[str, bytes]]:
    """Inside: the :func:`~app.store.snapshots.fingerprints` of the contacts
    :func:`write_prepared` writes are put into the dict given, made from the rows written
    (as reading them back would give them) rather than read back.  A contact changed
    afterwards inside the block keeps the fingerprint it was written with."""
    collected: dict[str, bytes] = {}
    token = _COLLECTED.set(collected)
    try:
        yield collected
    finally:
        _COLLECTED.reset(token)


def _fingerprints(batch: PreparedBatch) -> dict[str, bytes]:
    inserted: dict[str, list[Any]] = {}
    for sql, params in batch.statements:
        # 'INSERT INTO "table" (...' as insert_statement makes it.
        name = sql.split('"', 2)[1] if sql.startswith('INSERT INTO "') else ""
        if name in s.metadata.tables:
            inserted[name] = params
    try:
        return fingerprints_of_inserted(inserted, dict(batch.tag_names)) or {}
    except ValueError:  # a value of another type than the database gives back: read back
        return {}


def write_prepared(conn: Connection, batch: PreparedBatch, stamp: JournalStamp) -> int:
    """Run the inserts of ``batch`` (its new tags first); the number of contacts added."""
    if batch.new_tags:
        conn.execute(
            insert(s.tags),
            [{"id": t.id, "name": t.name, "created_at": stamp.now} for t in batch.new_tags],
        )
    for sql, params in batch.statements:
        conn.exec_driver_sql(sql, params)
    collected = _COLLECTED.get()
    if collected is not None:
        collected.update(_fingerprints(batch))
    return batch.count


@contextmanager
def bulk_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` while a bulk write runs (index maintenance of hundreds
    of thousands of rows stays in memory)."""
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")


def tag_rows(contact: AnyContact) -> list[dict[str, Any]]:
    return [
        {"contact_id": contact.id, "tag_id": t.id, "remote_id": t.remote_id, "position": i}
        for i, t in enumerate(contact.tags)
    ]


def key_rows(contact: AnyContact) -> list[dict[str, Any]]:
    return [
        {"contact_id": contact.id, "kind": kind, "key": key}
        for kind, key in sorted(contact_keys(contact))
    ]


@dataclass
class TagsFromBook:
    """Tags resolved the way :meth:`ContactRepository.add_many` resolves them, from what the
    book held when a bulk write began (``found``: each tag name the contacts use, mapped to
    the book's tag of that name or ``None``).  The first use of a tag the book lacks makes it
    new; :meth:`take_new` hands those out once, to be added before the batch's rows."""

    found: dict[str, Tag | None]
    _new: list[Tag] = field(default_factory=list)

    def __call__(self, tag: Tag) -> Tag:
        existing = self.found[tag.name]
        if existing is None:
            self.found[tag.name] = tag
            self._new.append(tag)
            return tag
        return tag.model_copy(update={"id": existing.id, "name": existing.name})

    def take_new(self) -> tuple[Tag, ...]:
        new, self._new = tuple(self._new), []
        return new
