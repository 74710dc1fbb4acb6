"""Customer lists: named groups of contacts (mailings, price lists, …).

Every change is one transaction journaled as a change of the list.  Members are contacts; a
list's member page and count leave out contacts in the trash (they stay members and come back
with the contact).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.models import CustomerList
from app.domain.problems import has_errors
from app.domain.validation import validate_customer_list
from app.i18n import translate
from app.services.outcome import Outcome
from app.store.aggregates import CustomerListInfo
from app.store.contacts import ContactNotFoundError
from app.store.database import Database
from app.store.listing import ContactListing, ContactQuery, ContactSummary, SortColumn
from app.store.unit_of_work import UnitOfWork, unit_of_work


class CustomerListNotFoundError(LookupError):
    pass


class CustomerLists:
    def __init__(self, db: Database) -> None:
        self._db = db

    def lists(
        self, include_trash: bool = False, only_trash: bool = False
    ) -> list[CustomerListInfo]:
        """Every list by name, with its number of members."""
        with self._db.reading() as conn:
            return UnitOfWork(conn).customer_lists.infos(include_trash, only_trash)

    def get(self, list_id: str) -> CustomerList | None:
        with self._db.reading() as conn:
            return UnitOfWork(conn).customer_lists.get(list_id)

    def create(self, name: str) -> Outcome[CustomerList]:
        draft = CustomerList(name=name.strip())
        problems = validate_customer_list(draft)
        if has_errors(problems):
            return Outcome(None, problems)
        with unit_of_work(self._db) as uow:
            return Outcome(uow.customer_lists.save(draft), problems)

    def rename(self, list_id: str, name: str) -> Outcome[CustomerList]:
        with unit_of_work(self._db) as uow:
            found = self._require(uow, list_id)
            draft = found.model_copy(update={"name": name.strip()})
            problems = validate_customer_list(draft)
            if has_errors(problems):
                return Outcome(None, problems)
            if draft.name == found.name:
                return Outcome(found, problems)
            return Outcome(uow.customer_lists.save(draft), problems)

    def trash(self, list_id: str) -> CustomerList:
        with unit_of_work(self._db) as uow:
            self._require(uow, list_id)
            return uow.customer_lists.trash(list_id)

    def restore(self, list_id: str) -> CustomerList:
        with unit_of_work(self._db) as uow:
            self._require(uow, list_id)
            return uow.customer_lists.restore(list_id)

    def add_members(self, list_id: str, contact_ids: Iterable[str]) -> CustomerList:
        """Add contacts (at the end, each once).  Ids that are not contacts are refused
        with :class:`~app.store.contacts.ContactNotFoundError` and nothing is changed."""
        with unit_of_work(self._db) as uow:
            found = self._require(uow, list_id)
            wanted = [c for c in dict.fromkeys(contact_ids) if c not in set(found.member_ids)]
            unknown = [c for c in wanted if not uow.contacts.exists(c)]
            if unknown:
                raise ContactNotFoundError(
                    translate(
                        "Validation", "not contacts, so they cannot be members: {ids}"
                    ).format(ids=", ".join(unknown))
                )
            if not wanted:
                return found
            members = [*found.member_ids, *wanted]
            return uow.customer_lists.save(found.model_copy(update={"member_ids": members}))

    def remove_members(self, list_id: str, contact_ids: Iterable[str]) -> CustomerList:
        with unit_of_work(self._db) as uow:
            found = self._require(uow, list_id)
            gone = set(contact_ids)
            members = [m for m in found.member_ids if m not in gone]
            if len(members) == len(found.member_ids):
                return found
            return uow.customer_lists.save(found.model_copy(update={"member_ids": members}))

    @staticmethod
    def members_query(
        list_id: str,
        search: str | None = None,
        sort: SortColumn = SortColumn.NAME,
        descending: bool = False,
    ) -> ContactQuery:
        """The listing of a list's members, for :class:`ContactDirectory` too."""
        return ContactQuery(
            customer_list_id=list_id, search=search, sort=sort, descending=descending
        )

    def members_count(self, list_id: str, search: str | None = None) -> int:
        with self._db.reading() as conn:
            return ContactListing(conn).count(self.members_query(list_id, search))

    def members_page(
        self,
        list_id: str,
        offset: int = 0,
        limit: int = 200,
        search: str | None = None,
        sort: SortColumn = SortColumn.NAME,
        descending: bool = False,
    ) -> list[ContactSummary]:
        """A page of the list's members (not in the trash), by name unless told otherwise."""
        query = self.members_query(list_id, search, sort, descending)
        with self._db.reading() as conn:
            return ContactListing(conn).page(query, offset, limit)

    @staticmethod
    def _require(uow: UnitOfWork, list_id: str) -> CustomerList:
        found = uow.customer_lists.get(list_id)
        if found is None:
            raise CustomerListNotFoundError(list_id)
        return found


__all__ = ["CustomerListInfo", "CustomerListNotFoundError", "CustomerLists"]
