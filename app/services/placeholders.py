"""Placeholder customers: customer records without a full contact behind them.

Saving works like :class:`~app.services.contacts.ContactEditing`: the draft is validated in the
domain layer, errors stop the save and come back, warnings come back with the stored record;
unknown values a server sent are kept (and only warned about).

Given the edit history, every save, trash and restore is an undoable step of it, like an edit
of a contact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from app.domain.models import PlaceholderCustomer
from app.domain.problems import Problem, has_errors
from app.domain.validation import keep_received_values, validate_placeholder_customer
from app.i18n import translate
from app.services.outcome import Outcome
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from app.services.history import EditHistory

T = TypeVar("T")


class PlaceholderNotFoundError(LookupError):
    pass


def _quoted(name: str) -> str:
    return translate("History", "“{name}”").format(
        name=name.strip() or translate("History", "no name")
    )


class PlaceholderCustomers:
    def __init__(self, db: Database, history: EditHistory | None = None) -> None:
        self._db = db
        self._history = history

    def _write(
        self,
        customer_id: str,
        description: Callable[[], str],
        action: Callable[[UnitOfWork], T],
        source: str = "edit",
    ) -> T:
        """Run ``action`` in one transaction; a step of the edit history when there is one."""
        from app.services.history import record_step

        return record_step(
            self._db, self._history, description, action, source, placeholder_ids=[customer_id]
        )

    def count(
        self, search: str | None = None, include_trash: bool = False, only_trash: bool = False
    ) -> int:
        with self._db.reading() as conn:
            return UnitOfWork(conn).placeholder_customers.count(search, include_trash, only_trash)

    def page(
        self,
        search: str | None = None,
        offset: int = 0,
        limit: int = 200,
        include_trash: bool = False,
        only_trash: bool = False,
    ) -> list[PlaceholderCustomer]:
        """Placeholder customers by name whose name, customer number or external id holds
        ``search`` (case-insensitive)."""
        with self._db.reading() as conn:
            repo = UnitOfWork(conn).placeholder_customers
            return repo.find(search, include_trash, offset, limit, only_trash)

    def get(self, customer_id: str) -> PlaceholderCustomer | None:
        with self._db.reading() as conn:
            return UnitOfWork(conn).placeholder_customers.get(customer_id)

    def check(self, draft: PlaceholderCustomer) -> list[Problem]:
        with self._db.reading() as conn:
            return self._check(UnitOfWork(conn), draft)

    def save(
        self,
        draft: PlaceholderCustomer,
        *,
        source: str = "edit",
        description: str | None = None,
    ) -> Outcome[PlaceholderCustomer]:
        """Validate and save; errors write nothing.  ``source`` and ``description`` say what
        the save was when it is not typed here (a value restored from the history)."""

        def write(uow: UnitOfWork) -> Outcome[PlaceholderCustomer]:
            problems = self._check(uow, draft)
            if has_errors(problems):
                return Outcome(None, problems)
            return Outcome(uow.placeholder_customers.save(draft), problems)

        def described() -> str:
            if description is not None:
                return description
            if self.get(draft.id) is None:
                return translate("History", "creation of {name}").format(name=_quoted(draft.name))
            return translate("History", "save of {name}").format(name=_quoted(draft.name))

        return self._write(draft.id, described, write, source)

    def trash(self, customer_id: str) -> PlaceholderCustomer:
        def write(uow: UnitOfWork) -> PlaceholderCustomer:
            found = self._require(uow, customer_id)
            if found.deleted_at is not None:
                return found
            return uow.placeholder_customers.trash(customer_id)

        return self._write(
            customer_id,
            lambda: translate("History", "moving {name} to the trash").format(
                name=self._name_of(customer_id)
            ),
            write,
        )

    def restore(self, customer_id: str) -> PlaceholderCustomer:
        def write(uow: UnitOfWork) -> PlaceholderCustomer:
            found = self._require(uow, customer_id)
            if found.deleted_at is None:
                return found
            return uow.placeholder_customers.restore(customer_id)

        return self._write(
            customer_id,
            lambda: translate("History", "restore of {name}").format(
                name=self._name_of(customer_id)
            ),
            write,
        )

    def _name_of(self, customer_id: str) -> str:
        found = self.get(customer_id)
        return _quoted(found.name if found is not None else customer_id)

    @staticmethod
    def _check(uow: UnitOfWork, draft: PlaceholderCustomer) -> list[Problem]:
        original = uow.placeholder_customers.get(draft.id)
        return keep_received_values(validate_placeholder_customer(draft), draft, original)

    @staticmethod
    def _require(uow: UnitOfWork, customer_id: str) -> PlaceholderCustomer:
        found = uow.placeholder_customers.get(customer_id)
        if found is None:
            raise PlaceholderNotFoundError(customer_id)
        return found


__all__ = ["PlaceholderCustomers", "PlaceholderNotFoundError"]
