"""Placeholder customers and customer lists in the edit history: each change is an undoable
step beside the contacts' (also after a restart), and a value restored from their history
is one too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.models import IndividualContact, PlaceholderCustomer
from app.services.history import UndoConflictError
from app.services.registry import Services
from app.store.database import Database
from app.store.migrations import open_database


def _walk_in(services: Services) -> PlaceholderCustomer:
    made = services.placeholders.save(
        PlaceholderCustomer(customer_id="W-1", name="Walk-in", customer_since=date(2024, 1, 1))
    ).value
    assert made is not None
    return made


def test_a_placeholder_save_is_undone_and_redone(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    made = _walk_in(services)
    assert services.history.undo_text == "Undo creation of “Walk-in”"
    services.placeholders.save(made.model_copy(update={"name": "Walk-in Gent"}))
    assert services.history.undo_text == "Undo save of “Walk-in Gent”"

    services.history.undo()
    back = services.placeholders.get(made.id)
    assert back is not None and back.name == "Walk-in"
    services.history.redo()
    back = services.placeholders.get(made.id)
    assert back is not None and back.name == "Walk-in Gent"

    # Undoing the creation puts it in the trash; redo takes it out again.
    services.history.undo()
    services.history.undo()
    gone = services.placeholders.get(made.id)
    assert gone is not None and gone.deleted_at is not None
    assert services.placeholders.count() == 0
    services.history.redo()
    again = services.placeholders.get(made.id)
    assert again is not None and again.deleted_at is None and again.name == "Walk-in"


def test_a_refused_or_empty_placeholder_save_records_nothing(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    made = _walk_in(services)
    refused = services.placeholders.save(made.model_copy(update={"customer_id": ""}))
    assert refused.value is None
    services.placeholders.save(made)
    assert services.history.undo_text == "Undo creation of “Walk-in”"


def test_customer_list_changes_are_steps_between_contact_edits(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    an = services.history.save(IndividualContact(name="An Peeters")).contact
    jef = services.history.save(IndividualContact(name="Jef Maes")).contact
    assert an is not None and jef is not None
    lists = services.customer_lists
    made = lists.create("Newsletter").value
    assert made is not None
    lists.add_members(made.id, [an.id, jef.id])
    lists.rename(made.id, "Newsletter 2027")
    lists.remove_members(made.id, [an.id, jef.id])
    assert services.history.undo_text == "Undo taking 2 contacts out of “Newsletter 2027”"

    services.history.undo()
    assert lists.get(made.id).member_ids == [an.id, jef.id]  # type: ignore[union-attr]
    services.history.undo()
    assert lists.get(made.id).name == "Newsletter"  # type: ignore[union-attr]
    services.history.undo()
    assert lists.get(made.id).member_ids == []  # type: ignore[union-attr]
    services.history.undo()
    assert [i.name for i in lists.lists()] == []
    # The next undo is the contact saved before the list was made.
    assert services.history.undo_text == "Undo creation of “Jef Maes”"
    for _ in range(4):
        services.history.redo()
    found = lists.get(made.id)
    assert found is not None and found.name == "Newsletter 2027"
    assert found.member_ids == [] and found.deleted_at is None


def test_undo_of_a_list_changed_by_sync_is_refused(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    made = services.customer_lists.create("Newsletter").value
    assert made is not None
    services.customer_lists.rename(made.id, "Prices")
    with tmp_db.transaction() as conn:  # a change outside the history
        conn.exec_driver_sql("UPDATE customer_lists SET name = 'Server name'")
    with pytest.raises(UndoConflictError, match="customer list “Server name” was changed"):
        services.history.undo()
    assert services.customer_lists.get(made.id).name == "Server name"  # type: ignore[union-attr]


def test_restoring_values_of_a_placeholder_and_a_list_is_undoable_after_a_restart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services = Services.over(db)
    made = _walk_in(services)
    services.placeholders.save(made.model_copy(update={"name": "Walk-in Gent"}))
    created = services.customer_lists.create("Newsletter").value
    assert created is not None
    services.customer_lists.rename(created.id, "Prices")

    entry = services.record_history.of_record(made.id)[0]
    change = next(c for c in entry.changes if c.field == "name")
    assert change.text() == "Name: Walk-in → Walk-in Gent"
    restored = services.record_history.restore_value(made.id, change)
    assert getattr(restored, "value", None) is not None
    assert services.placeholders.get(made.id).name == "Walk-in"  # type: ignore[union-attr]
    latest = services.record_history.of_record(made.id)[0]
    assert latest.source == "restore" and latest.origin == "Restoring Name of “Walk-in Gent”"

    named = services.record_history.of_record(created.id)[0].changes[0]
    services.record_history.restore_value(created.id, named)
    assert services.customer_lists.get(created.id).name == "Newsletter"  # type: ignore[union-attr]
    assert services.history.undo_text == "Undo restoring Name of “Prices”"
    db.close()

    again = open_database(path)
    try:
        restarted = Services.over(again)
        assert restarted.history.undo_text == "Undo restoring Name of “Prices”"
        restarted.history.undo()
        assert restarted.customer_lists.get(created.id).name == "Prices"  # type: ignore[union-attr]
        restarted.history.undo()  # the list's rename
        restarted.history.undo()  # the list's creation
        restarted.history.undo()  # the placeholder's restored name
        back = restarted.placeholders.get(made.id)
        assert back is not None and back.name == "Walk-in Gent"
    finally:
        again.close()
