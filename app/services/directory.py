"""Read-side use cases for lists of contacts: counts and pages of summaries."""

from __future__ import annotations

from app.domain.enums import ContactKind
from app.domain.models import AnyContact
from app.store.contacts import ContactSummary
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork


class ContactDirectory:
    """What the contact tables ask for; each call is one short read transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, kind: ContactKind | None = None, search: str | None = None) -> int:
        with self._db.reading() as conn:
            return UnitOfWork(conn).contacts.count(kind, search=search)

    def page(
        self,
        kind: ContactKind | None = None,
        offset: int = 0,
        limit: int = 200,
        search: str | None = None,
    ) -> list[ContactSummary]:
        with self._db.reading() as conn:
            return UnitOfWork(conn).contacts.summaries(kind, offset, limit, search=search)

    def get(self, contact_id: str) -> AnyContact | None:
        with self._db.reading() as conn:
            return UnitOfWork(conn).contacts.get(contact_id)


__all__ = ["ContactDirectory", "ContactSummary"]
