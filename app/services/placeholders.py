"""Placeholder customers: customer records without a full contact behind them.

Saving works like :class:`~app.services.contacts.ContactEditing`: the draft is validated in the
domain layer, errors stop the save and come back, warnings come back with the stored record;
unknown values a server sent are kept (and only warned about).
"""

from __future__ import annotations

from app.domain.models import PlaceholderCustomer
from app.domain.problems import Problem, has_errors
from app.domain.validation import keep_received_values, validate_placeholder_customer
from app.services.outcome import Outcome
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork, unit_of_work


class PlaceholderNotFoundError(LookupError):
    pass


class PlaceholderCustomers:
    def __init__(self, db: Database) -> None:
        self._db = db

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

    def save(self, draft: PlaceholderCustomer) -> Outcome[PlaceholderCustomer]:
        with unit_of_work(self._db) as uow:
            problems = self._check(uow, draft)
            if has_errors(problems):
                return Outcome(None, problems)
            return Outcome(uow.placeholder_customers.save(draft), problems)

    def trash(self, customer_id: str) -> PlaceholderCustomer:
        with unit_of_work(self._db) as uow:
            found = self._require(uow, customer_id)
            if found.deleted_at is not None:
                return found
            return uow.placeholder_customers.trash(customer_id)

    def restore(self, customer_id: str) -> PlaceholderCustomer:
        with unit_of_work(self._db) as uow:
            found = self._require(uow, customer_id)
            if found.deleted_at is None:
                return found
            return uow.placeholder_customers.restore(customer_id)

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
