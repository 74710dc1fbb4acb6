"""Listing contacts for tables of any size: filters, sorting, counts and deep pages, in SQL.

A page is made in two steps.  First its ids, from an ordered walk over one covering index per
sort column (``ix_contacts_listing_*``: trash state, sort keys, id, kind and search rowid), so
a page 80,000 rows deep skips index entries, never contact rows.  Then the columns a table
shows (first e-mail, phone, city, country, role flags) for those ids only.

Search goes through the FTS5 trigram index ``contact_search``.  A cheap probe tells a narrow
search (at most :data:`NARROW_SEARCH` hits) from a broad one.  A narrow search drives the query
from its hits (looked up by ``contacts.search_rowid`` and sorted) — except for its first page
when the hits are common enough that the ordered walk fills a page within a short window
(:meth:`ContactListing._dense_walk`); a broad one keeps the ordered index walk and tests each
entry's search rowid against the set of its hits (made once per statement).  Only a search
of words shorter than three letters (which the trigram index cannot look up) tests each
entry's indexed text, looked up by its search rowid, for every word.  The
first page of a broad search walks a window of index entries (:data:`SEARCH_WINDOW`, or
:data:`FIRST_PAGE_WINDOW` for short words): a common text fills its page there; one that is
rare there (common among organizations, say, but not among people) starts from its hits.
The first of a broad search's hits (the probe's) and the first contacts tell how many of its
hits the listing shows (:meth:`ContactListing._estimate`): one whose hits it rarely shows (a
VAT prefix in the people list) skips the windows and starts from its hits, each joined to the
index as the full-text index gives it, or walks the whole listing, whichever costs less.

A table shows the first page at once and counts afterwards: :meth:`ContactListing.positions`
reads the whole listing's row ids in order (its length is the count), after which any page is
a lookup of its rows by id, as fast deep in the book as at the top.  A :class:`ReadCancel`
interrupts such a read in SQLite when the user has moved on.

Contacts without a value in the sort column come last, in name order, whichever the direction:
the listing is two segments, those with a value (ascending or descending) and those without.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.domain.enums import ContactKind

if TYPE_CHECKING:
    from sqlalchemy import Connection

# A search with at most this many hits is narrow: the query starts from the hits.
NARROW_SEARCH = 5000
# Index entries a search of short words walks for its first page before it looks for its hits.
FIRST_PAGE_WINDOW = 4000
# Index entries a search of longer words walks for its first page (each tested against the set
# of its hits, cheaply) before it starts from its hits instead.
SEARCH_WINDOW = 20000
# What the first page of a narrow search costs, roughly, per index entry walked (tested
# against the set of its hits) and per hit looked up and sorted: the walk is taken when its
# window (WALK_MARGIN times the entries the hits' share of the book promises) costs less.
WALK_COST = 1
HIT_COST = 10
WALK_MARGIN = 3
# Entries of the first window of the walk whose texts tell whether it promises a page.
WINDOW_SAMPLE = 100
# What making the set of a search's hits costs, in times what finding them in the probe did.
SET_FACTOR = 1
# Hits of a broad search (its first ones) tested for being listed, to tell one rarely listed
# (:meth:`ContactListing._rarely_listed`).
SAMPLE = 200
# The text of the search index, one row per search rowid (the FTS5 table's content table).
_SEARCH_TEXT = "contact_search_content"
# The index a listing that starts from a search's hits reads them through (migration 0012).
_HITS_INDEX = "ix_contacts_search_hits"


class ReadCancelledError(Exception):
    """A read stopped by :meth:`ReadCancel.cancel` (its result is no longer wanted)."""


class ReadCancel:
    """Stops reads made under :meth:`watching` from any thread: the statement running in SQLite
    is interrupted, and every later one refused, once :meth:`cancel` was called."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: list[sqlite3.Connection] = []
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            for connection in self._running:
                connection.interrupt()

    @contextmanager
    def watching(self, connection: Any) -> Iterator[Any]:
        """Run the block's statements on ``connection`` (SQLAlchemy's or a plain ``sqlite3``
        one) so that :meth:`cancel` stops them."""
        raw = (
            connection
            if isinstance(connection, sqlite3.Connection)
            else connection.connection.dbapi_connection
        )
        if not isinstance(raw, sqlite3.Connection):
            raise TypeError("only SQLite reads can be cancelled")
        with self._lock:
            if self.cancelled:
                raise ReadCancelledError()
            self._running.append(raw)
        try:
            yield connection
        except Exception as exc:
            # SQLite's own error, or SQLAlchemy's wrapping it.
            found = exc if isinstance(exc, sqlite3.OperationalError) else getattr(exc, "orig", None)
            if (
                self.cancelled
                and isinstance(found, sqlite3.OperationalError)
                and "interrupt" in str(found)
            ):
                raise ReadCancelledError() from exc
            raise
        finally:
            with self._lock:
                self._running.remove(raw)
        # Cancelled between two statements (an interrupt only reaches a running one).
        if self.cancelled:
            raise ReadCancelledError()


# How many times its time a read limited by :func:`time_limited` may take on the clock.
WAITING_FACTOR = 4


class ReadTooSlowError(ReadCancelledError):
    """A read stopped by :func:`time_limited` because it went past its time."""


@contextmanager
def time_limited(connection: Any, seconds: float | None) -> Iterator[None]:
    """Stop the block's statements on ``connection`` (SQLAlchemy's or a plain ``sqlite3``
    one) once they have worked ``seconds`` in all, with :class:`ReadTooSlowError`: a read made
    where it holds up the screen hands over to a worker instead of going on.

    The work is this thread's processor time, so a busy machine (other programs taking turns
    on the processor) does not stop a read that is quick in itself, only to run it again on
    the worker; a read waiting for the disk stops after :data:`WAITING_FACTOR` times as long
    on the clock."""
    if seconds is None:
        yield
        return
    raw = (
        connection
        if isinstance(connection, sqlite3.Connection)
        else connection.connection.dbapi_connection
    )
    worked = time.thread_time() + seconds
    waited = time.perf_counter() + seconds * WAITING_FACTOR
    late: list[bool] = []

    # The thread's processor time cannot pass ``seconds`` before the clock has: it is only
    # asked for (a system call, dearer than the clock) once the clock is past that.
    soon = time.perf_counter() + seconds

    def past_deadline() -> bool:
        now = time.perf_counter()
        if now > waited or (now > soon and time.thread_time() > worked):
            late.append(True)
            return True
        return False

    # Asked every few thousand steps of SQLite's machine: a few dozen times a millisecond.
    raw.set_progress_handler(past_deadline, 5000)
    _DEADLINES[id(raw)] = worked
    try:
        yield
    except Exception as exc:
        # SQLite's own error, or SQLAlchemy's wrapping it.
        found = exc if isinstance(exc, sqlite3.OperationalError) else getattr(exc, "orig", None)
        if late and isinstance(found, sqlite3.OperationalError) and "interrupt" in str(found):
            raise ReadTooSlowError() from exc
        raise
    finally:
        _DEADLINES.pop(id(raw), None)
        raw.set_progress_handler(None, 0)


# The processor-time deadline of each connection reading under :func:`time_limited` (by the
# connection's id; one thread reads on a connection at a time).
_DEADLINES: dict[int, float] = {}


def _hand_over_if_late(connection: Any, seconds: float) -> None:
    """Stop a read made under :func:`time_limited` at once, with :class:`ReadTooSlowError`,
    when what it is about to do (``seconds`` of processor time, estimated) would take it past
    its time: the worker it hands over to does the work once, not after half of it was done
    here for nothing."""
    deadline = _DEADLINES.get(id(connection))
    if deadline is not None and time.thread_time() + seconds > deadline:
        raise ReadTooSlowError()


class SortColumn(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    COUNTRY = "country"


class RoleFilter(StrEnum):
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    ALTERNATIVE_PAYER = "alternative_payer"


_ROLE_TABLES = {
    RoleFilter.CUSTOMER: "customer_roles",
    RoleFilter.SUPPLIER: "supplier_roles",
    RoleFilter.ALTERNATIVE_PAYER: "alternative_payer_roles",
}


@dataclass(frozen=True)
class ContactQuery:
    """Which contacts a table shows, and in which order.

    * ``kind``: people or organizations; ``None`` for both.
    * ``search``: every word must occur in the contact's names, e-mails, phones, cities, VAT
      number or ids (case-insensitive substrings).
    * ``tag_ids``: contacts that have *all* of these tags.
    * ``roles``: contacts that have *any* of these roles.
    * ``active``: ``True`` keeps contacts with at least one active role; ``False`` keeps
      contacts that have roles of which none is active; ``None`` does not look.  With ``roles``
      given, only those roles count (``roles=(SUPPLIER,), active=True``: active suppliers).
      Contacts without any role match neither ``True`` nor ``False``.
    * ``organization_type``: e.g. ``"company"`` (so organizations only).
    * ``customer_list_id``: members of that customer list.
    * ``contact_ids``: only these contacts (e.g. those with one kind of data-quality problem);
      ``None`` does not look.
    * ``include_trash`` adds trashed contacts; ``only_trash`` shows nothing else.
    * ``sort`` and ``descending``: the order; ties are broken by name, then id.  Contacts without
      a value in the sort column come last, in name order, in both directions.
    """

    kind: ContactKind | None = None
    search: str | None = None
    tag_ids: tuple[str, ...] = ()
    roles: tuple[RoleFilter, ...] = ()
    active: bool | None = None
    organization_type: str | None = None
    customer_list_id: str | None = None
    contact_ids: tuple[str, ...] | None = None
    include_trash: bool = False
    only_trash: bool = False
    sort: SortColumn = SortColumn.NAME
    descending: bool = False

    def __post_init__(self) -> None:
        # Accept plain strings and lists from callers; keep the query hashable and canonical.
        if self.kind is not None:
            object.__setattr__(self, "kind", ContactKind(self.kind))
        search = self.search.strip() if self.search else ""
        object.__setattr__(self, "search", search or None)
        object.__setattr__(self, "tag_ids", tuple(dict.fromkeys(self.tag_ids)))
        roles = {RoleFilter(r) for r in self.roles}
        object.__setattr__(self, "roles", tuple(r for r in RoleFilter if r in roles))
        object.__setattr__(self, "sort", SortColumn(self.sort))
        if self.contact_ids is not None:
            object.__setattr__(self, "contact_ids", tuple(dict.fromkeys(self.contact_ids)))
        if self.include_trash and self.only_trash:
            raise ValueError("include_trash and only_trash exclude each other")


@dataclass(frozen=True)
class ContactSummary:
    """One row of a contact table: what a list shows without loading the aggregate."""

    id: str
    kind: ContactKind
    name: str
    email: str | None
    phone: str | None
    city: str | None
    country_code: str | None
    is_customer: bool
    is_supplier: bool
    in_trash: bool
    is_alternative_payer: bool = False
    # At least one of the contact's roles is active.
    has_active_role: bool = False


def search_words(search: str) -> list[str]:
    return [w for w in search.casefold().split() if w]


def search_condition(search: str) -> tuple[str, dict[str, Any]]:
    """The ``WHERE`` of a query on ``contact_search`` for rows holding every word of ``search``.

    Words of three letters or more are quoted trigram phrases for ``MATCH``; shorter ones are
    substrings tested with ``LIKE`` (the trigram index cannot look them up).
    """
    words = search_words(search)
    conditions: list[str] = []
    params: dict[str, Any] = {}
    long_words = [w for w in words if len(w) >= 3]
    if long_words:
        conditions.append("contact_search MATCH :search_match")
        params["search_match"] = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    for i, word in enumerate(w for w in words if len(w) < 3):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(f"body LIKE :search_like{i} ESCAPE '\\'")
        params[f"search_like{i}"] = f"%{escaped}%"
    return " AND ".join(conditions) or "1", params


def _text_condition(search: str) -> tuple[str, dict[str, Any]]:
    """A contact's condition that its indexed text holds every word of ``search``, tested on
    its own row of the index's text (looked up by search rowid, no full-text query)."""
    words = search_words(search)
    params = {f"search_word{i}": w for i, w in enumerate(words)}
    tests = " AND ".join(f"instr(s.c1, :search_word{i}) > 0" for i in range(len(words)))
    condition = f"EXISTS (SELECT 1 FROM {_SEARCH_TEXT} s WHERE s.id = c.search_rowid AND {tests})"
    return condition, params


def _texts_holding(search: str) -> tuple[str, dict[str, Any]]:
    """A contact's condition that its indexed text holds every word of ``search``, tested
    against the set of the texts that do (made once per statement, in one pass over them):
    for reading a whole listing, where a look-up of each entry's own text costs more."""
    words = search_words(search)
    params = {f"search_word{i}": w for i, w in enumerate(words)}
    tests = " AND ".join(f"instr(s.c1, :search_word{i}) > 0" for i in range(len(words)))
    return f"+c.search_rowid IN (SELECT s.id FROM {_SEARCH_TEXT} s WHERE {tests})", params


def _hits_condition(search: str, plus: str = "+") -> tuple[str, dict[str, Any]]:
    """A contact's condition that it is among the hits of ``search`` in the search index
    (which must hold a word of three letters or more).  With ``plus`` the planner does not
    start from the hits: the ordered walk tests each entry against their set."""
    fts, params = search_condition(search)
    return f"{plus}c.search_rowid IN (SELECT rowid FROM contact_search WHERE {fts})", params


def _has_long_word(search: str) -> bool:
    return any(len(w) >= 3 for w in search_words(search))


@dataclass(frozen=True)
class _Probe:
    """The first hits of a search (at most one more than a narrow search has)."""

    hits: int
    # Their search rowids as SQL text ("4, 17, 230"), in the index's order (ascending).
    listed: str
    # The largest of them.
    last: int
    # The processor time it took to find them.
    seconds: float = 0.0

    def sample(self, size: int) -> str:
        """The first ``size`` of them, as SQL text."""
        return ", ".join(self.listed.split(", ", size)[:size])


@dataclass
class _Filter:
    """The ``WHERE`` of a listing over ``contacts c``, with its parameters."""

    conditions: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    # A search tested entry by entry along the ordered walk (a broad one), not its hits first.
    tested_on_walk: bool = False
    # How many hits a narrow search has, and their search rowids as SQL text ("4, 17, 230").
    narrow: int | None = None
    narrow_listed: str = ""
    # The listing starts from the search's hits (a narrow search, or ``hits_first``).
    from_hits: bool = False
    # The hits are read from the full-text index, each joined to the contacts (``hits_first``).
    joined: bool = False
    # What the probe found of a broad search: the first of its hits.
    probed: _Probe | None = None

    def sql(self, *extra: str) -> str:
        return " AND ".join([*self.conditions, *extra]) or "1"

    def table(self) -> str:
        """The contacts to read: starting from the hits, through the index that covers what
        the listing tests and sorts by name (trash state, kind, name, id), so each hit is
        one look-up in that index and never reads the contact's row; SQLite would otherwise
        take the unique index on the search rowid, and read each hit's row."""
        if self.joined:
            return f"contact_search CROSS JOIN contacts c INDEXED BY {_HITS_INDEX}"
        return f"contacts c INDEXED BY {_HITS_INDEX}" if self.from_hits else "contacts c"


@dataclass(frozen=True)
class _Segment:
    condition: str
    order: tuple[str, ...]
    # Row-value comparison of a contact's sort values "before" a given contact.
    before: str


def _role_exists(table: str, active: bool) -> str:
    flag = " AND r.is_active" if active else ""
    return f"EXISTS (SELECT 1 FROM {table} r WHERE r.contact_id = c.id{flag})"


class ContactListing:
    """Counts, pages and positions of contacts for a :class:`ContactQuery`, on one connection."""

    def __init__(self, connection: Connection | sqlite3.Connection) -> None:
        self._conn = connection

    def _execute(self, sql: str, params: Mapping[str, Any], expanding: str | None = None) -> Any:
        """Run ``sql`` (named parameters; ``expanding`` names a list parameter written as
        ``IN :name``) on the driver's connection under SQLAlchemy's, or on a plain one: a
        table's page is a few statements, and SQLAlchemy's work per statement and per row
        would cost more than SQLite's."""
        values = dict(params)
        if expanding is not None:
            items = list(values.pop(expanding))
            names = [f"{expanding}_{i}" for i in range(len(items))]
            values.update(zip(names, items, strict=True))
            marks = ", ".join(f":{name}" for name in names) or "NULL"
            sql = sql.replace(f":{expanding}", f"({marks})")
        return _PlainResult(run_statement(self._driver_connection(), sql, values))

    def _driver_connection(self) -> Any:
        if isinstance(self._conn, sqlite3.Connection):
            return self._conn
        return self._conn.connection.dbapi_connection

    # --- public -----------------------------------------------------------------------------

    def count(self, query: ContactQuery) -> int:
        where = self._filter(query, whole=True)
        if where is None:
            return 0
        sql = f"SELECT count(*) FROM {where.table()} WHERE {where.sql()}"
        return int(self._execute(sql, where.params).scalar_one())

    def ids(self, query: ContactQuery, offset: int = 0, limit: int = 200) -> list[str]:
        """The ids of one page, in the query's order."""
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        return self._ids(self._filter(query), query, offset, limit)

    def _ids(
        self, where: _Filter | None, query: ContactQuery, offset: int, limit: int
    ) -> list[str]:
        if where is None or limit == 0:
            return []
        found: list[str] = []
        skip = offset
        segments = self._segments(query)
        for number, segment in enumerate(segments):
            need = limit - len(found)
            if need <= 0:
                break
            sql = (
                f"SELECT c.id FROM {where.table()} WHERE {where.sql(segment.condition)} "
                f"ORDER BY {', '.join(segment.order)} LIMIT :limit OFFSET :offset"
            )
            rows = list(
                self._execute(sql, {**where.params, "limit": need, "offset": skip}).scalars().all()
            )
            found += rows
            if number + 1 < len(segments):
                if rows:
                    skip = 0
                elif skip > 0:
                    skip = max(0, skip - self._count(where, segment.condition))
        return found

    def page(self, query: ContactQuery, offset: int = 0, limit: int = 200) -> list[ContactSummary]:
        return self.summaries_for(self.ids(query, offset, limit))

    def first_ids(self, query: ContactQuery, limit: int = 200) -> list[str]:
        """The ids of the first page, as :meth:`ids` gives them.

        A search that is not narrow is not looked up in the whole index first: a window of
        the ordered walk is tested entry by entry (each entry's text), and a common text fills
        its page there.  A text rare in that window walks a longer one, each entry tested
        against the set of its hits; rarer still, it starts from its hits (sorted).  Short
        words only (which the index cannot look up) go the whole ordered walk instead.

        The probe's first hits tell more of a broad search: how many of its hits are listed
        (few: it starts from its hits, or walks the whole listing), how long a window its share
        promises a page in (walked first), and whether the first window holds any of them at
        all (a country's phone prefix, its people further down the alphabet: the window of
        texts is skipped for the set of its hits).
        """
        if not query.search or limit <= 0:
            return self.ids(query, 0, limit)
        long_words = _has_long_word(query.search)
        where = self._filter(replace(query, search=None))
        assert where is not None  # only a search can rule everything out
        estimate = None
        probed = None
        if long_words:
            searched = self._filter(query)
            if searched is None or not searched.tested_on_walk:
                found = self._dense_walk(searched, query, limit)
                if found is not None:
                    return found
                return self._ids(searched, query, 0, limit)  # narrow: from its hits
            estimate = self._estimate(searched, where)
            probed = searched.probed
        text = _text_condition(query.search)
        if estimate is not None:
            hits, listed, shown = estimate
            walk = WALK_MARGIN * limit * shown // listed if listed else None
            if walk is None or walk > SEARCH_WINDOW:
                # Rarely listed here: from its hits, or the whole walk, whichever costs less.
                if hits * HIT_COST <= (hits + shown) * WALK_COST:
                    return self._ids(self._filter(query, hits_first=True), query, 0, limit)
                return self._ids(searched, query, 0, limit)
        if estimate is None or self._window_promises(where, query, text, limit):
            found = self._window_walk(where, query, text, FIRST_PAGE_WINDOW, limit)
            if found is not None:
                return found
        if not long_words:
            return self.ids(query, 0, limit)
        if estimate is not None and probed is not None and probed.hits:
            # The set of its hits costs a few times what finding as many hits did in the probe.
            per_hit = probed.seconds / probed.hits
            _hand_over_if_late(self._driver_connection(), SET_FACTOR * per_hit * estimate[0])
        hit_set = _hits_condition(query.search)
        found = self._window_walk(where, query, hit_set, SEARCH_WINDOW, limit)
        if found is not None:
            return found
        return self._ids(self._filter(query, hits_first=True), query, 0, limit)

    def _window_promises(
        self, where: _Filter, query: ContactQuery, test: tuple[str, dict[str, Any]], limit: int
    ) -> bool:
        """Whether the first window of the ordered walk (:data:`FIRST_PAGE_WINDOW` entries)
        promises a page of a broad search, as the texts of a few of its entries, spread over
        it (:data:`WINDOW_SAMPLE`), tell: a text common in the book may be missing from the
        start of the walk (a country's phone prefix, its people all further down the
        alphabet), where testing each entry's text would be wasted."""
        segment = self._segments(query)[0]
        every = max(FIRST_PAGE_WINDOW // WINDOW_SAMPLE, 1)
        walk = (
            "SELECT c.search_rowid FROM contacts c "
            f"WHERE {where.sql(segment.condition)} "
            f"ORDER BY {', '.join(segment.order)} LIMIT :window"
        )
        text_condition, text_params = test
        # One entry in ``every``, by search rowid: spread over the window, as the contacts'
        # search rowids have nothing to do with their order.
        row = self._execute(
            f"SELECT count(*), total({text_condition}) FROM ({walk}) AS c "
            "WHERE c.search_rowid % :every = 0",
            {**where.params, **text_params, "window": FIRST_PAGE_WINDOW, "every": every},
        ).first()
        sampled, hits = int(row[0]), int(row[1])
        # Too few entries to tell (a short listing): the window is short too.
        return sampled < WINDOW_SAMPLE // 2 or hits * FIRST_PAGE_WINDOW >= limit * sampled

    def _estimate(self, searched: _Filter, where: _Filter) -> tuple[int, int, int] | None:
        """How many hits a broad search has, how many of them are listed (``where``: the
        listing without the search) and how many contacts are, estimated from the first of
        its hits (the probe's) and the first contacts as if the rest were like them; ``None``
        without a probe.

        A text whose hits are rarely listed (a VAT prefix in the people list: its hits nearly
        all organizations) is then read from its hits or from the whole walk, not from
        windows of the walk that cannot fill a page."""
        probed = searched.probed
        if probed is None or not probed.last:
            return None
        sample = probed.sample(SAMPLE)
        sampled = sample.count(",") + 1
        seen = self._execute(
            f"SELECT count(*) FROM contacts c INDEXED BY {_HITS_INDEX} "
            f"WHERE {where.sql(f'c.search_rowid IN ({sample})')}",
            where.params,
        ).scalar_one()
        book = int(self._execute("SELECT max(search_rowid) FROM contacts", {}).scalar_one() or 0)
        # The share of the book listed, from its first contacts.
        row = self._execute(
            f"SELECT count(*), total(shown) FROM (SELECT ({where.sql()}) AS shown "
            f"FROM contacts c INDEXED BY {_HITS_INDEX} WHERE c.search_rowid IS NOT NULL "
            "ORDER BY c.search_rowid LIMIT :sample)",
            {**where.params, "sample": SAMPLE},
        ).first()
        shown = book * int(row[1]) // max(int(row[0]), 1)
        # The hits spread over the search rowids as the first of them do.
        hits = max(probed.hits, probed.hits * book // probed.last)
        return hits, hits * int(seen) // sampled, shown

    def _dense_walk(
        self, searched: _Filter | None, query: ContactQuery, limit: int
    ) -> list[str] | None:
        """The first page of a narrow search whose hits are common enough that the ordered
        walk, each entry tested against the set of its hits, fills the page sooner than the
        hits are looked up one by one and sorted; ``None`` when they are not (or when the
        walk's window, a few times the entries the hits' share of the book promises, does
        not fill the page: the hits are rarer among the contacts listed)."""
        if searched is None or searched.narrow is None:
            return None
        hits = searched.narrow
        book = self._execute("SELECT max(rowid) FROM contacts", {}).scalar_one() or 0
        window = WALK_MARGIN * limit * int(book) // max(hits, 1)
        if window * WALK_COST > hits * HIT_COST or window > SEARCH_WINDOW:
            return None
        where = self._filter(replace(query, search=None))
        assert where is not None  # only a search can rule everything out
        listed = searched.narrow_listed
        return self._window_walk(where, query, (f"c.search_rowid IN ({listed})", {}), window, limit)

    def _window_walk(
        self,
        where: _Filter,
        query: ContactQuery,
        test: tuple[str, dict[str, Any]],
        window: int,
        limit: int,
    ) -> list[str] | None:
        """The first page of ``query`` from the first ``window`` entries of each segment's
        ordered walk that pass ``test``; ``None`` when a segment goes on past its window
        without filling the page (the text is rare there)."""
        text_condition, text_params = test
        params = {**where.params, **text_params, "window": window}
        found: list[str] = []
        for segment in self._segments(query):
            need = limit - len(found)
            if need <= 0:
                break
            walk = (
                "SELECT c.id, c.search_rowid FROM contacts c "
                f"WHERE {where.sql(segment.condition)} "
                f"ORDER BY {', '.join(segment.order)} LIMIT :window"
            )
            # The window is read in its order and its entries tested as they come: the page
            # stops the walk once full.
            sql = f"SELECT c.id FROM ({walk}) AS c WHERE {text_condition} LIMIT :need"
            rows = self._execute(sql, {**params, "need": need}).scalars().all()
            found += rows
            if len(rows) == need:
                break
            walked = f"SELECT count(*) FROM ({walk})"
            if int(self._execute(walked, where.params | {"window": window}).scalar_one()) >= window:
                return None
        return found

    def row_of(self, contact_id: str, query: ContactQuery) -> int | None:
        """The row number of ``contact_id`` in the listing, or ``None`` when it is not shown."""
        where = self._filter(query)
        if where is None:
            return None
        sort = _SORT_KEY_COLUMN[query.sort]
        columns = "c.sort_name, c.id" + (f", c.{sort}" if sort else "")
        sql = f"SELECT {columns} FROM contacts c WHERE c.id = :row_of_id AND {where.sql()}"
        row = self._execute(sql, {**where.params, "row_of_id": contact_id}).first()
        if row is None:
            return None
        values = {"at_name": row[0], "at_id": row[1], "at_key": row[2] if sort else None}
        segments = self._segments(query)
        # Contacts without a value in the sort column are the second segment.
        mine = 1 if sort and values["at_key"] is None else 0
        before = sum(self._count(where, s.condition) for s in segments[:mine])
        segment = segments[mine]
        return before + self._count(where, segment.condition, segment.before, values=values)

    def positions(self, query: ContactQuery) -> array[int]:
        """The row ids (``contacts.rowid``) of the whole listing, in its order.

        Its length is the count; any page of it is then a lookup by row id
        (:meth:`summaries_at`).  Read from the same walks as the pages, a few bytes per row.
        """
        found: array[int] = array("q")
        where = self._filter(query, whole=True)
        if where is None:
            return found
        # Straight from the driver's cursor: a result row object per contact would cost more
        # than reading the index.
        raw = self._driver_connection()
        for segment in self._segments(query):
            sql = (
                f"SELECT c.rowid FROM {where.table()} WHERE {where.sql(segment.condition)} "
                f"ORDER BY {', '.join(segment.order)}"
            )
            cursor = raw.cursor()
            try:
                cursor.execute(sql, where.params)
                while chunk := cursor.fetchmany(10_000):
                    found.extend([row[0] for row in chunk])
            finally:
                cursor.close()
        return found

    def rowid_of(self, contact_id: str) -> int | None:
        """The row id of ``contact_id`` (what :meth:`positions` lists), if it exists."""
        found = self._execute(
            "SELECT rowid FROM contacts WHERE id = :id", {"id": contact_id}
        ).scalar_one_or_none()
        return None if found is None else int(found)

    def summaries_at(self, rowids: Sequence[int]) -> list[ContactSummary]:
        """Table rows for contacts by row id, in that order (gone ones are left out)."""
        if not rowids:
            return []
        # One statement for every page (the row ids a JSON list): neither SQLAlchemy nor
        # SQLite keeps a compiled statement per page scrolled to.
        listed = "[" + ",".join(str(int(r)) for r in rowids) + "]"
        by_rowid = self._summaries(
            "c.rowid IN (SELECT value FROM json_each(:rowids))", {"rowids": listed}
        )
        return [by_rowid[r] for r in rowids if r in by_rowid]

    def summaries_for(self, ids: Sequence[str]) -> list[ContactSummary]:
        """Table rows for ``ids``, in that order (ids that do not exist are left out)."""
        if not ids:
            return []
        by_rowid = self._summaries("c.id IN :ids", {"ids": list(ids)}, expanding="ids")
        by_id = {summary.id: summary for summary in by_rowid.values()}
        return [by_id[i] for i in ids if i in by_id]

    def _summaries(
        self, condition: str, params: dict[str, Any], expanding: str | None = None
    ) -> dict[int, ContactSummary]:
        first = (
            "(SELECT t.{column} FROM {table} t WHERE t.contact_id = c.id "
            "ORDER BY t.position LIMIT 1)"
        )
        sql = (
            "SELECT c.rowid, c.id, c.kind, c.name, c.deleted_at IS NOT NULL AS in_trash, "
            f"{first.format(column='address', table='emails')} AS email, "
            f"{first.format(column='number', table='phones')} AS phone, "
            f"{first.format(column='city', table='addresses')} AS city, "
            f"{first.format(column='country_code', table='addresses')} AS country_code, "
            "cr.contact_id IS NOT NULL AS is_customer, "
            "sr.contact_id IS NOT NULL AS is_supplier, "
            "ar.contact_id IS NOT NULL AS is_alternative_payer, "
            "(coalesce(cr.is_active, 0) OR coalesce(sr.is_active, 0) "
            " OR coalesce(ar.is_active, 0)) AS has_active_role "
            "FROM contacts c "
            "LEFT JOIN customer_roles cr ON cr.contact_id = c.id "
            "LEFT JOIN supplier_roles sr ON sr.contact_id = c.id "
            "LEFT JOIN alternative_payer_roles ar ON ar.contact_id = c.id "
            f"WHERE {condition}"
        )
        found: dict[int, ContactSummary] = {}
        # Each summary is made without the frozen dataclass's __init__, which sets every field
        # through object.__setattr__: the same object (every field set, as the tests hold),
        # in a third of the time, for each row of each page shown.
        new = object.__new__
        for row in self._execute(sql, params, expanding):
            summary = found[row[0]] = new(ContactSummary)
            summary.__dict__.update(
                id=row[1],
                kind=_KINDS[row[2]],
                name=row[3],
                email=row[5],
                phone=row[6],
                city=row[7],
                country_code=row[8],
                is_customer=bool(row[9]),
                is_supplier=bool(row[10]),
                in_trash=bool(row[4]),
                is_alternative_payer=bool(row[11]),
                has_active_role=bool(row[12]),
            )
        return found

    # --- building the query -----------------------------------------------------------------

    def _count(
        self,
        where: _Filter,
        *extra: str,
        values: Mapping[str, Any] | None = None,
    ) -> int:
        sql = f"SELECT count(*) FROM {where.table()} WHERE {where.sql(*extra)}"
        params = {**where.params, **(values or {})}
        return int(self._execute(sql, params).scalar_one())

    def _filter(
        self,
        query: ContactQuery,
        *,
        probe: bool = True,
        hits_first: bool = False,
        whole: bool = False,
    ) -> _Filter | None:
        """The conditions of ``query``; ``None`` when nothing can match (a search without hits).

        Without ``probe`` a search is taken as broad (tested entry by entry) without asking
        the index how many hits it has.  With ``hits_first`` a search of long words starts
        from its hits however many there are (a text rare among the contacts listed, though
        common in the whole book).  With ``whole`` (the whole listing is read: a count, the
        positions) a broad search of short words tests each entry against the set of the
        index's texts that hold them, made once by reading those texts in a row, rather
        than looking each entry's text up on its own.
        """
        where = _Filter()
        cond = where.conditions
        # A narrow search starts from its hits: the other conditions on indexed columns are
        # written so the planner cannot start from them (a unary + hides a column's index).
        narrow: tuple[int, str] | None = None
        hits = hits_first and bool(query.search) and _has_long_word(query.search or "")
        if query.search and probe and not hits:
            probed = self._probe(query.search)
            if not probed.hits:
                return None
            if probed.hits <= NARROW_SEARCH:
                narrow = (probed.hits, probed.listed)
            else:
                where.probed = probed
        plus = "+" if narrow is not None or hits else ""
        where.from_hits = narrow is not None or hits
        if query.only_trash:
            cond.append(f"{plus}c.deleted_at IS NOT NULL")
        elif not query.include_trash:
            cond.append(f"{plus}c.deleted_at IS NULL")
        if query.kind is not None:
            cond.append(f"{plus}c.kind = :kind")
            where.params["kind"] = query.kind.value
        if narrow is not None:
            where.narrow, where.narrow_listed = narrow
            # Integers written by SQLite itself: safe to write into the statement, and no limit
            # on the number of bound parameters applies.
            cond.append(f"c.search_rowid IN ({where.narrow_listed})")
        elif query.search and hits:
            # Each hit joined to the index as the full-text index gives it: no set of them is
            # made first.
            fts, params = search_condition(query.search)
            cond.append(fts)
            cond.append("c.search_rowid = contact_search.rowid")
            where.params.update(params)
            where.joined = True
        elif query.search:
            # Tested along the ordered walk: against the set of the index's hits (made once
            # per statement) when the index can look the words up, else in each entry's text.
            if _has_long_word(query.search):
                text_condition, params = _hits_condition(query.search)
            elif whole:
                text_condition, params = _texts_holding(query.search)
            else:
                text_condition, params = _text_condition(query.search)
            cond.append(text_condition)
            where.params.update(params)
            where.tested_on_walk = True
        for i, tag_id in enumerate(query.tag_ids):
            cond.append(
                "EXISTS (SELECT 1 FROM contact_tags t "
                f"WHERE t.contact_id = c.id AND t.tag_id = :tag{i})"
            )
            where.params[f"tag{i}"] = tag_id
        tables = [_ROLE_TABLES[r] for r in (query.roles or tuple(RoleFilter))]
        if query.active is None and query.roles:
            cond.append("(" + " OR ".join(_role_exists(t, False) for t in tables) + ")")
        elif query.active is True:
            cond.append("(" + " OR ".join(_role_exists(t, True) for t in tables) + ")")
        elif query.active is False:
            cond.append("(" + " OR ".join(_role_exists(t, False) for t in tables) + ")")
            cond.append("NOT (" + " OR ".join(_role_exists(t, True) for t in tables) + ")")
        if query.organization_type is not None:
            cond.append("c.organization_type = :organization_type")
            where.params["organization_type"] = query.organization_type
        if query.customer_list_id is not None:
            cond.append(
                "EXISTS (SELECT 1 FROM customer_list_members m "
                "WHERE m.list_id = :customer_list_id AND m.contact_id = c.id)"
            )
            where.params["customer_list_id"] = query.customer_list_id
        if query.contact_ids is not None:
            cond.append("c.id IN (SELECT value FROM json_each(:contact_ids))")
            where.params["contact_ids"] = json.dumps(list(query.contact_ids))
        return where

    def _probe(self, search: str) -> _Probe:
        """How many hits a search has (up to one more than a narrow search may have) and the
        first of them."""
        fts, params = search_condition(search)
        # Counted and listed by SQLite in one row: no Python object per hit (a keystroke's
        # first page is read on the GUI thread).
        sql = (
            "SELECT count(*), coalesce(group_concat(rowid, ', '), ''), max(rowid) FROM "
            f"(SELECT rowid FROM contact_search WHERE {fts} LIMIT :probe)"
        )
        began = time.thread_time()
        row = self._execute(sql, {**params, "probe": NARROW_SEARCH + 1}).first()
        took = time.thread_time() - began
        return _Probe(int(row[0]), str(row[1]), int(row[2] or 0), took)

    @staticmethod
    def _segments(query: ContactQuery) -> list[_Segment]:
        way = " DESC" if query.descending else ""
        older = "<" if not query.descending else ">"
        key = _SORT_KEY_COLUMN[query.sort]
        by_name = _Segment(
            "1",
            ("c.sort_name", "c.id"),
            "(c.sort_name, c.id) < (:at_name, :at_id)",
        )
        if key is None:
            if not query.descending:
                return [by_name]
            return [
                _Segment(
                    "1",
                    (f"c.sort_name{way}", f"c.id{way}"),
                    f"(c.sort_name, c.id) {older} (:at_name, :at_id)",
                )
            ]
        with_value = _Segment(
            f"c.{key} IS NOT NULL",
            (f"c.{key}{way}", f"c.sort_name{way}", f"c.id{way}"),
            f"(c.{key}, c.sort_name, c.id) {older} (:at_key, :at_name, :at_id)",
        )
        without_value = _Segment(f"c.{key} IS NULL", by_name.order, by_name.before)
        return [with_value, without_value]


_SORT_KEY_COLUMN: dict[SortColumn, str | None] = {
    SortColumn.NAME: None,
    SortColumn.EMAIL: "sort_email",
    SortColumn.PHONE: "sort_phone",
    SortColumn.CITY: "sort_city",
    SortColumn.COUNTRY: "sort_country",
}


def run_statement(
    connection: sqlite3.Connection, sql: str, params: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """Every row of one statement of the listing, as the driver gives them (what
    ``bench/ui.py`` replays as the floor of a search)."""
    return connection.execute(sql, params).fetchall()


_KINDS = {kind.value: kind for kind in ContactKind}


class _PlainResult:
    """What the listing reads from a result: rows by position, ``scalar_one``,
    ``scalars().all()``, ``first`` and ``fetchall``."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows: list[Any] = rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def fetchall(self) -> list[Any]:
        return self._rows

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def scalar_one(self) -> Any:
        if len(self._rows) != 1:
            raise LookupError(f"one row expected, {len(self._rows)} found")
        return self._rows[0][0]

    def scalar_one_or_none(self) -> Any:
        return self._rows[0][0] if self._rows else None

    def scalars(self) -> _PlainResult:
        scalars = _PlainResult.__new__(_PlainResult)
        scalars._rows = [row[0] for row in self._rows]
        return scalars

    def all(self) -> list[Any]:
        return self._rows
