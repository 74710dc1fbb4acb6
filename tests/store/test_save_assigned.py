"""Account numbers a server assigns, stored by the narrow write a push uses: the book ends
exactly as a full save of the contact with them leaves it (rows, journal, search index)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import AnyContact
from app.store.contacts import ContactRepository
from app.store.database import Database
from app.store.journal import Journal
from app.store.migrations import open_database
from tests.store.factories import organization

ADDED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ASSIGNED = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)

Values = list[tuple[str, str, Any, Any]]


def _book(path: Path, contact: AnyContact) -> Database:
    db = open_database(path)
    with db.transaction() as conn:
        ContactRepository(conn, Journal(conn, "txn-add", ADDED)).add(contact)
    return db


def _tables(db: Database) -> dict[str, list[str]]:
    with db.reading() as conn:
        names = [
            str(name)
            for (name,) in conn.exec_driver_sql(
                # (accounts: made when the book is opened, with that moment)
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'accounts'"
            )
        ]
        return {
            name: sorted(
                repr(tuple(row)) for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"')
            )
            for name in names
        }


def _with(contact: AnyContact, values: Values) -> AnyContact:
    update = {
        role: getattr(contact, role).model_copy(update={field_name: value})
        for role, field_name, _before, value in values
    }
    return contact.model_copy(update=update)


@pytest.mark.parametrize(
    "values",
    [
        [("customer_role", "debtor_account_id", "D-1", "D-900")],
        [
            ("alternative_payer_role", "debtor_account_id", "D-2", "D-901"),
            ("customer_role", "debtor_account_id", "D-1", None),
            ("supplier_role", "creditor_account_id", "CR-1", "CR-77"),
        ],
    ],
)
def test_assigned_values_are_stored_and_journaled_as_a_full_save_would(
    tmp_path: Path, values: Values
) -> None:
    contact = organization()
    full_book = _book(tmp_path / "full.sqlite", contact)
    narrow_book = _book(tmp_path / "narrow.sqlite", contact)
    assert _tables(full_book) == _tables(narrow_book)

    with full_book.transaction() as conn:
        repo = ContactRepository(conn, Journal(conn, "txn-sync", ASSIGNED, origin="sync"))
        stored = repo.get(contact.id)
        assert stored is not None
        repo.save(_with(stored, values))
    with narrow_book.transaction() as conn:
        repo = ContactRepository(conn, Journal(conn, "txn-sync", ASSIGNED, origin="sync"))
        repo.save_assigned(contact.id, values)

    full, narrow = _tables(full_book), _tables(narrow_book)
    assert full == narrow
    # The comparison covered the change itself: the new values and their journal entries.
    assert any(
        "D-900" in row or "CR-77" in row
        for row in narrow["customer_roles"] + narrow["supplier_roles"]
    )
    assert len(narrow["change_journal"]) == 1 + len(values)
    with narrow_book.reading() as conn:
        loaded = ContactRepository(conn, Journal(conn, "read", ASSIGNED)).get(contact.id)
    assert loaded == _with(stored, values).model_copy(update={"updated_at": ASSIGNED})
    full_book.close()
    narrow_book.close()
