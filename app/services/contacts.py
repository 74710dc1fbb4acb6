"""Saving, trashing and restoring contacts: the rules are checked before anything is written.

Every save goes through :meth:`ContactEditing.save`: the draft is validated in the domain layer
(with the organizations its professional identities name, the fields that cannot change once
synced, and unknown values received from a server kept as warnings); errors stop the save and
come back to the caller, warnings are returned with the stored contact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.domain.problems import Problem, has_errors
from app.domain.validation import (
    keep_received_values,
    validate_individual,
    validate_locked_fields,
    validate_organization,
)
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork, unit_of_work


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the stored contact, or nothing and the reasons why."""

    contact: AnyContact | None
    problems: list[Problem] = field(default_factory=list)
    txn_id: str | None = None

    @property
    def saved(self) -> bool:
        return self.contact is not None


class ContactEditing:
    def __init__(self, db: Database) -> None:
        self._db = db

    def check(self, draft: AnyContact) -> list[Problem]:
        """Every problem of ``draft`` as the user would see it while typing."""
        with self._db.reading() as conn:
            return self._check(UnitOfWork(conn), draft)

    def save(self, draft: AnyContact) -> SaveResult:
        """Validate and store ``draft`` in one transaction, journal included."""
        with unit_of_work(self._db) as uow:
            return self.save_in(uow, draft)

    def save_in(self, uow: UnitOfWork, draft: AnyContact) -> SaveResult:
        """:meth:`save` inside the caller's unit of work (e.g. one that also records undo)."""
        problems = self._check(uow, draft)
        if has_errors(problems):
            return SaveResult(None, problems)
        stored = uow.contacts.save(draft)
        return SaveResult(stored, problems, uow.journal.txn_id)

    def trash(self, contact_id: str) -> AnyContact:
        with unit_of_work(self._db) as uow:
            return uow.contacts.trash(contact_id)

    def restore(self, contact_id: str) -> AnyContact:
        with unit_of_work(self._db) as uow:
            return uow.contacts.restore(contact_id)

    @staticmethod
    def _check(uow: UnitOfWork, draft: AnyContact) -> list[Problem]:
        original = uow.contacts.get(draft.id)
        if isinstance(draft, IndividualContact):
            organizations: dict[str, OrganizationContact] = {}
            for pi in draft.professional_identities:
                found = uow.contacts.get(pi.organization_contact)
                if isinstance(found, OrganizationContact):
                    organizations[found.id] = found
            problems = validate_individual(draft, organizations)
        else:
            problems = validate_organization(draft)
        if original is not None and original.kind == draft.kind:
            problems += validate_locked_fields(original, draft)
        return keep_received_values(problems, draft, original)
