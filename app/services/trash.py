"""The trash: contacts the user deleted, until restored or deleted for good.

Restoring and deleting for good are user actions, so they go through the
:class:`~app.services.history.EditHistory` and can be undone.  (The sync layer's tombstones are a
separate matter: ``remote_deleted`` on the contact, not the trash.)
"""

from __future__ import annotations

from app.domain.enums import ContactKind
from app.domain.models import AnyContact
from app.services.history import EditHistory, EmptiedTrash
from app.store.contacts import PurgedContact
from app.store.database import Database
from app.store.listing import ContactListing, ContactQuery, ContactSummary, SortColumn


class TrashService:
    def __init__(self, db: Database, history: EditHistory) -> None:
        self._db = db
        self._history = history

    @staticmethod
    def query(
        kind: ContactKind | None = None,
        search: str | None = None,
        sort: SortColumn = SortColumn.NAME,
        descending: bool = False,
    ) -> ContactQuery:
        """The listing of the trash, for :class:`~app.services.directory.ContactDirectory`."""
        return ContactQuery(
            kind=kind, search=search, only_trash=True, sort=sort, descending=descending
        )

    def count(self, kind: ContactKind | None = None, search: str | None = None) -> int:
        with self._db.reading() as conn:
            return ContactListing(conn).count(self.query(kind, search))

    def page(
        self,
        offset: int = 0,
        limit: int = 200,
        kind: ContactKind | None = None,
        search: str | None = None,
    ) -> list[ContactSummary]:
        """Trashed contacts by name."""
        with self._db.reading() as conn:
            return ContactListing(conn).page(self.query(kind, search), offset, limit)

    def restore(self, contact_id: str) -> AnyContact:
        return self._history.restore(contact_id)

    def purge(self, contact_id: str) -> PurgedContact:
        """Delete one contact for good; see :meth:`EditHistory.purge`."""
        return self._history.purge(contact_id)

    def empty(self) -> EmptiedTrash:
        """Delete every trashed contact for good; those still needed are kept and named."""
        return self._history.empty_trash()


__all__ = ["EmptiedTrash", "TrashService"]
