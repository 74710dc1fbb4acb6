"""Read-side use cases for lists of contacts: counts, pages, positions, filters and sorting.

Every call is one short read transaction and everything is done in SQL (see
:mod:`app.store.listing` for how deep pages and searches stay fast on 100,000 contacts).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app.domain.enums import ContactKind
from app.store.database import Database
from app.store.listing import (
    ContactListing,
    ContactQuery,
    ContactSummary,
    ReadCancel,
    ReadCancelledError,
    ReadTooSlowError,
    RoleFilter,
    SortColumn,
    time_limited,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.domain.models import AnyContact


def as_query(kind: ContactKind | ContactQuery | None, search: str | None = None) -> ContactQuery:
    """The query for the older ``(kind, search)`` calls, or the query given."""
    if isinstance(kind, ContactQuery):
        if search is not None:
            raise TypeError("give the search text in the ContactQuery, not beside it")
        return kind
    return ContactQuery(kind=kind, search=search)


class ContactDirectory:
    """What the contact tables ask for; each call is one short read transaction.

    ``count`` and ``page`` take a :class:`ContactQuery` in place of ``kind``; the older form
    ``count(kind, search=…)`` / ``page(kind, offset, limit, search=…)`` means a query with just
    that kind and search text, sorted by name.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(
        self, kind: ContactKind | ContactQuery | None = None, search: str | None = None
    ) -> int:
        with self._db.reading() as conn:
            return ContactListing(conn).count(as_query(kind, search))

    def page(
        self,
        kind: ContactKind | ContactQuery | None = None,
        offset: int = 0,
        limit: int = 200,
        search: str | None = None,
    ) -> list[ContactSummary]:
        with self._db.reading() as conn:
            return ContactListing(conn).page(as_query(kind, search), offset, limit)

    def first_page(
        self,
        query: ContactQuery,
        limit: int = 200,
        cancel: ReadCancel | None = None,
        within: float | None = None,
    ) -> list[ContactSummary]:
        """The first ``limit`` rows of ``query``, found without counting the matches first
        (what a table shows for each keystroke of a search).  With ``cancel``, a call that is
        no longer wanted stops in SQLite and raises :class:`ReadCancelledError`; with
        ``within`` (seconds), one that takes longer stops with :class:`ReadTooSlowError`.
        Until the engine is made (the window's first screen), it is read on a plain
        connection: the first screen does not wait for SQLAlchemy to load."""
        if not self._db.engine_ready():
            with (
                self._db.plain_reading() as plain,
                _watched(plain, cancel),
                time_limited(plain, within),
            ):
                listing = ContactListing(plain)
                return listing.summaries_for(listing.first_ids(query, limit))
        with self._reading(cancel) as conn, time_limited(conn, within):
            listing = ContactListing(conn)
            return listing.summaries_for(listing.first_ids(query, limit))

    def positions(self, query: ContactQuery, cancel: ReadCancel | None = None) -> array[int]:
        """Every row of ``query`` as a compact row id, in order; its length is the count.
        Read on a plain connection until the engine is made (the window's first screen)."""
        if not self._db.engine_ready():
            with self._db.plain_reading() as plain, _watched(plain, cancel):
                return ContactListing(plain).positions(query)
        with self._reading(cancel) as conn:
            return ContactListing(conn).positions(query)

    def rows_at(self, rowids: Sequence[int]) -> list[ContactSummary]:
        """Table rows for row ids from :meth:`positions`, in that order."""
        with self._db.reading() as conn:
            return ContactListing(conn).summaries_at(rowids)

    def rowid_of(self, contact_id: str) -> int | None:
        with self._db.reading() as conn:
            return ContactListing(conn).rowid_of(contact_id)

    @contextmanager
    def _reading(self, cancel: ReadCancel | None) -> Iterator[Connection]:
        with self._db.reading() as conn:
            if cancel is None:
                yield conn
            else:
                with cancel.watching(conn):
                    yield conn

    def ids(self, query: ContactQuery, offset: int = 0, limit: int = 200) -> list[str]:
        """Only the ids of one page (cheaper than :meth:`page` when rows are not shown)."""
        with self._db.reading() as conn:
            return ContactListing(conn).ids(query, offset, limit)

    def row_of(self, contact_id: str, query: ContactQuery | None = None) -> int | None:
        """The row at which ``contact_id`` is listed by ``query``; ``None`` when it is not.

        For selecting a contact just saved: the table scrolls to that row.
        """
        with self._db.reading() as conn:
            return ContactListing(conn).row_of(contact_id, query or ContactQuery())

    def get(self, contact_id: str) -> AnyContact | None:
        from app.store.unit_of_work import UnitOfWork

        with self._db.reading() as conn:
            return UnitOfWork(conn).contacts.get(contact_id)


@contextmanager
def _watched(connection: sqlite3.Connection, cancel: ReadCancel | None) -> Iterator[None]:
    if cancel is None:
        yield
    else:
        with cancel.watching(connection):
            yield


__all__ = [
    "ContactDirectory",
    "ContactQuery",
    "ContactSummary",
    "ReadCancel",
    "ReadCancelledError",
    "ReadTooSlowError",
    "RoleFilter",
    "SortColumn",
    "as_query",
]
