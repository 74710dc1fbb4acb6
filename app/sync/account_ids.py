"""The ids of an enfore account other than the book's first, over the book's records.

The enfore engine works on records whose entities carry their enfore ids (``remote_id``).
The data rows hold the first enfore account's (account 1); any further enfore account keeps
its own in ``sync_entity_ids`` (:meth:`SyncStateRepository.entity_ids`).  For such an
account the engine reads and writes records through :class:`AccountRecords`: what it reads
carries that account's ids, and what it writes keeps them apart, leaving the rows' ids (and
so account 1's sync) exactly as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final, Generic, TypeVar, cast

from sqlalchemy import Connection

from app.domain.models import Entity, Tag
from app.store.sync_state import SyncStateRepository, enqueue_for_linked
from app.sync.wire import iter_entities

#: The change journal's name of each kind of entity that carries a remote id.
ENTITY_NAMES: Final = {
    "IndividualContact": "contact",
    "OrganizationContact": "contact",
    "Address": "address",
    "Email": "email",
    "Phone": "phone",
    "WebAddress": "web_address",
    "ProfessionalIdentity": "professional_identity",
    "PersonalRelationship": "personal_relationship",
    "Department": "department",
    "Location": "location",
    "Membership": "membership",
    "Image": "image",
    "Tag": "tag",
    "PlaceholderCustomer": "placeholder_customer",
    "CustomerList": "customer_list",
}

#: The records an outbox holds.
AGGREGATES: Final = ("contact", "placeholder_customer", "customer_list")

R = TypeVar("R", bound=Entity)
T = TypeVar("T")


def _key(root: Entity, entity: Entity) -> str:
    """Where an entity's id is kept: its own id (a tag is shared by contacts: its link to
    this one, ``contact id/tag id``)."""
    return f"{root.id}/{entity.id}" if isinstance(entity, Tag) else entity.id


def _keyed(record: Entity) -> Iterable[tuple[str, str, Entity]]:
    for entity in iter_entities(record):
        yield ENTITY_NAMES.get(type(entity).__name__, ""), _key(record, entity), entity


def with_ids(record: R, ids: dict[str, str]) -> R:
    """A copy of ``record`` whose entities carry the remote ids of ``ids`` (by key), and
    none where ``ids`` has none."""
    copy = record.model_copy(deep=True)
    for _name, key, entity in _keyed(copy):
        entity.remote_id = ids.get(key)
    return copy


class AccountRecords(Generic[R]):
    """A record repository seen through one account's own ids (see the module)."""

    def __init__(self, repo: Any, state: SyncStateRepository, conn: Connection) -> None:
        self._repo = repo
        self._state = state
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repo, name)

    def _dressed(self, records: Sequence[R]) -> list[R]:
        keys = [key for record in records for _n, key, _e in _keyed(record)]
        ids = self._state.entity_ids(keys)
        return [with_ids(record, ids) for record in records]

    def get(self, local_id: str) -> R | None:
        found: R | None = self._repo.get(local_id)
        return None if found is None else self._dressed([found])[0]

    def require(self, local_id: str) -> R:
        return self._dressed([self._repo.require(local_id)])[0]

    def get_many(self, local_ids: Sequence[str]) -> dict[str, R]:
        found: dict[str, R] = self._repo.get_many(local_ids)
        dressed = self._dressed(list(found.values()))
        return {record.id: record for record in dressed}

    def keep(self, record: R) -> None:
        """Remember the account's ids of ``record``'s entities.  An entity without one keeps
        what was remembered (a copy read before a run gave ids out must not take them away,
        as :func:`app.domain.changes.carry_remote_ids` holds for the rows)."""
        self._state.keep_entity_ids(
            (name, key, entity.remote_id)
            for name, key, entity in _keyed(record)
            if name and entity.remote_id is not None
        )

    def save(self, record: R) -> R:
        """Store ``record``: its entities' ids are this account's; the rows keep theirs."""
        self.keep(record)
        stored: R = self._repo.save(with_ids(record, {}))
        aggregate = ENTITY_NAMES.get(type(stored).__name__, "")
        if aggregate in AGGREGATES and getattr(stored, "deleted_at", None) is None:
            # What this account's server changed goes on to every other account that holds
            # the record (the first enfore account included).  A deletion there does not:
            # the record goes to the trash here, and stays in the other systems, as after a
            # deletion in any other system.
            enqueue_for_linked(self._conn, self._state.account_id, stored.id, aggregate)
        return self._dressed([stored])[0]

    def add_many(self, records: Iterable[R], batch_size: int = 2000) -> int:
        bare: list[R] = []
        for record in records:
            self.keep(record)
            bare.append(with_ids(record, {}))
        return int(self._repo.add_many(bare, batch_size=batch_size))

    def trash(self, local_id: str) -> R:
        trashed: R = self._repo.trash(local_id)
        return trashed


def seen_by(state: SyncStateRepository, conn: Connection, repo: T) -> T:
    """``repo`` as ``state``'s account sees it: through :class:`AccountRecords` for an
    account with its own ids, else as it is."""
    return cast(T, AccountRecords(repo, state, conn)) if state.own_ids else repo


__all__ = ["AGGREGATES", "ENTITY_NAMES", "AccountRecords", "seen_by", "with_ids"]
