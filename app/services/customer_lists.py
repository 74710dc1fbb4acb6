"""Customer lists: named groups of contacts (mailings, price lists, …).

Every change is one transaction journaled as a change of the list; given the edit history,
it is also an undoable step of it, like an edit of a contact.  Members are contacts; a list's
member page and count leave out contacts in the trash (they stay members and come back with
the contact).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from app.domain.models import CustomerList
from app.domain.problems import has_errors
from app.domain.validation import validate_customer_list
from app.i18n import tr, translate
from app.services.outcome import Outcome
from app.store.aggregates import CustomerListInfo
from app.store.contacts import ContactNotFoundError
from app.store.database import Database
from app.store.journal import record_names
from app.store.listing import ContactListing, ContactQuery, ContactSummary, SortColumn
from app.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from app.services.history import EditHistory

T = TypeVar("T")


class CustomerListNotFoundError(LookupError):
    pass


def _quoted(name: str) -> str:
    return translate("History", "“{name}”").format(
        name=name.strip() or translate("History", "no name")
    )


class CustomerLists:
    def __init__(self, db: Database, history: EditHistory | None = None) -> None:
        self._db = db
        self._history = history

    def _write(
        self,
        list_id: str,
        description: Callable[[], str],
        action: Callable[[UnitOfWork], T],
        source: str = "edit",
    ) -> T:
        """Run ``action`` in one transaction; a step of the edit history when there is one."""
        from app.services.history import record_step

        return record_step(self._db, self._history, description, action, source, list_ids=[list_id])

    def _contact_name(self, contact_ids: list[str]) -> str | None:
        """The one contact's name in quotes (``None`` unless there is just one)."""
        if len(contact_ids) != 1:
            return None
        with self._db.reading() as conn:
            name = record_names(conn, contact_ids).get(contact_ids[0])
        return _quoted(name or contact_ids[0])

    def _name(self, list_id: str) -> str:
        """The list's name in quotes, for the description of a step."""
        found = self.get(list_id)
        return _quoted(found.name if found is not None else list_id)

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
        return self._write(
            draft.id,
            lambda: translate("History", "creation of the customer list {name}").format(
                name=_quoted(draft.name)
            ),
            lambda uow: Outcome(uow.customer_lists.save(draft), problems),
        )

    def rename(self, list_id: str, name: str) -> Outcome[CustomerList]:
        def write(uow: UnitOfWork) -> Outcome[CustomerList]:
            found = self._require(uow, list_id)
            draft = found.model_copy(update={"name": name.strip()})
            problems = validate_customer_list(draft)
            if has_errors(problems):
                return Outcome(None, problems)
            if draft.name == found.name:
                return Outcome(found, problems)
            return Outcome(uow.customer_lists.save(draft), problems)

        def described() -> str:
            found = self.get(list_id)
            return translate("History", "renaming the customer list {old} to {new}").format(
                old=_quoted(found.name if found is not None else list_id), new=_quoted(name)
            )

        return self._write(list_id, described, write)

    def replace(
        self, draft: CustomerList, *, source: str = "edit", description: str | None = None
    ) -> Outcome[CustomerList]:
        """Save ``draft`` (an existing list with another name, other members or out of the
        trash) as one step; ``source`` and ``description`` say what it was (a value restored
        from the history).  Members that are not contacts any more are left out."""

        def write(uow: UnitOfWork) -> Outcome[CustomerList]:
            self._require(uow, draft.id)
            members = [c for c in dict.fromkeys(draft.member_ids) if uow.contacts.exists(c)]
            fixed = draft.model_copy(update={"name": draft.name.strip(), "member_ids": members})
            problems = validate_customer_list(fixed)
            if has_errors(problems):
                return Outcome(None, problems)
            return Outcome(uow.customer_lists.save(fixed), problems)

        def described() -> str:
            if description is not None:
                return description
            return translate("History", "change of the customer list {name}").format(
                name=self._name(draft.id)
            )

        return self._write(draft.id, described, write, source)

    def trash(self, list_id: str) -> CustomerList:
        def write(uow: UnitOfWork) -> CustomerList:
            self._require(uow, list_id)
            return uow.customer_lists.trash(list_id)

        return self._write(
            list_id,
            lambda: translate("History", "moving the customer list {name} to the trash").format(
                name=self._name(list_id)
            ),
            write,
        )

    def restore(self, list_id: str) -> CustomerList:
        def write(uow: UnitOfWork) -> CustomerList:
            self._require(uow, list_id)
            return uow.customer_lists.restore(list_id)

        return self._write(
            list_id,
            lambda: translate("History", "restore of the customer list {name}").format(
                name=self._name(list_id)
            ),
            write,
        )

    def add_members(self, list_id: str, contact_ids: Iterable[str]) -> CustomerList:
        """Add contacts (at the end, each once).  Ids that are not contacts are refused
        with :class:`~app.store.contacts.ContactNotFoundError` and nothing is changed."""
        ids = list(dict.fromkeys(contact_ids))

        def write(uow: UnitOfWork) -> CustomerList:
            found = self._require(uow, list_id)
            wanted = [c for c in ids if c not in set(found.member_ids)]
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

        def described() -> str:
            one = self._contact_name(ids)
            if one is not None:
                return translate("History", "adding {contact} to {name}").format(
                    contact=one, name=self._name(list_id)
                )
            return tr("adding %n contacts to {name}", "", len(ids)).format(name=self._name(list_id))

        return self._write(list_id, described, write)

    def remove_members(self, list_id: str, contact_ids: Iterable[str]) -> CustomerList:
        gone = set(contact_ids)

        def write(uow: UnitOfWork) -> CustomerList:
            found = self._require(uow, list_id)
            members = [m for m in found.member_ids if m not in gone]
            if len(members) == len(found.member_ids):
                return found
            return uow.customer_lists.save(found.model_copy(update={"member_ids": members}))

        def described() -> str:
            one = self._contact_name(list(gone))
            if one is not None:
                return translate("History", "taking {contact} out of {name}").format(
                    contact=one, name=self._name(list_id)
                )
            return tr("taking %n contacts out of {name}", "", len(gone)).format(
                name=self._name(list_id)
            )

        return self._write(list_id, described, write)

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
