"""A unit of work: one transaction with every repository bound to it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from app.domain.models import new_id
from app.store.aggregates import (
    ConfigurationRepository,
    CustomerListRepository,
    ExternalIdMappingRepository,
    PlaceholderCustomerRepository,
    TagRepository,
)
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.schema import utc_now


class UnitOfWork:
    """Repositories sharing one connection and one journal transaction id."""

    def __init__(self, connection: Connection, origin: str = "user") -> None:
        self.connection = connection
        self.journal = Journal(connection, txn_id=new_id(), now=utc_now(), origin=origin)
        self.contacts = ContactRepository(connection, self.journal)
        self.placeholder_customers = PlaceholderCustomerRepository(connection, self.journal)
        self.customer_lists = CustomerListRepository(connection, self.journal)
        self.tags = TagRepository(connection, self.journal)
        self.external_ids = ExternalIdMappingRepository(connection, self.journal)
        self.configuration = ConfigurationRepository(connection, self.journal)


@contextmanager
def unit_of_work(db: Database, origin: str = "user") -> Iterator[UnitOfWork]:
    """Everything done in the block commits together, journal included, or not at all.

    ``origin="sync"`` journals the server's state applied by sync: history, not outbox."""
    with db.transaction() as connection:
        yield UnitOfWork(connection, origin)
