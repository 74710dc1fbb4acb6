"""The history of a record: where each change came from and its fields' old and new values;
restoring a value; undo and redo after a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.domain.models import Email, IndividualContact, Phone
from app.services.history import UndoRefusedError
from app.services.interchange.records import FileFormat
from app.services.record_history import HistoryEntry, RecordHistory
from app.services.registry import Services
from app.store.database import Database
from app.store.migrations import open_database

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lies Maes\r\nN:Maes;Lies;;;\r\n"
    "EMAIL:lies@maes.example\r\nTEL:+32 470 11 22 33\r\nEND:VCARD\r\n"
)


def _an() -> IndividualContact:
    return IndividualContact(
        name="An Peeters",
        given_name="An",
        family_name="Peeters",
        emails=[Email(address="an@example.com")],
        phones=[Phone(number="+32 2 555 01 01"), Phone(number="+32 470 12 34 56")],
    )


def _texts(entry: HistoryEntry) -> list[str]:
    return [c.text() for c in entry.changes]


def test_a_save_shows_typed_here_with_the_phone_old_and_new(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    created = services.history.save(_an()).contact
    assert created is not None
    draft = created.model_copy(deep=True)
    draft.phones[1].number = "+32 471 99 88 77"
    draft.family_name = "Peeters-Janssens"
    services.history.save(draft)

    entries = history.of_record(created.id)

    assert [e.action for e in entries] == ["Changed", "Created"]
    latest = entries[0]
    assert latest.source == "edit" and latest.origin == "Typed here"
    assert "Phone 2: +32 470 12 34 56 → +32 471 99 88 77" in _texts(latest)
    assert "Last name: Peeters → Peeters-Janssens" in _texts(latest)
    assert "Name: (empty) → An Peeters" in _texts(entries[1])
    # Filtering by a field keeps only the entries (and fields) of that field.
    assert "Phones" in history.groups(entries)
    only_phones = history.filtered(entries, "Phones")
    assert [_texts(e) for e in only_phones] == [["Phone 2: +32 470 12 34 56 → +32 471 99 88 77"]]


def test_import_merge_and_undo_each_say_where_they_came_from(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    source = services.interchange.read_bytes(VCARD.encode(), "friends.vcf", FileFormat.VCARD)
    result = services.interchange.apply_import(services.interchange.plan_import(source))
    (lies_id,) = result.created
    twin = services.history.save(
        IndividualContact(name="Lies Maes", phones=[Phone(number="+32 9 123 45 67")])
    ).contact
    assert twin is not None

    services.duplicates.merge(lies_id, twin.id)
    imported = history.of_record(lies_id)
    assert imported[-1].source == "import"
    assert imported[-1].origin.startswith("Import of “friends.vcf”")
    merged = imported[0]
    assert merged.source == "merge" and merged.origin.startswith("Merge of “Lies Maes”")
    assert any(t.startswith("Phone 2: (empty) → +32 9 123 45 67") for t in _texts(merged))

    services.history.undo()
    undone = history.of_record(lies_id)[0]
    assert undone.source == "undo"
    assert undone.origin.startswith("Undo of merge of “Lies Maes”")
    assert any(t.startswith("Phone 2: +32 9 123 45 67 → (empty)") for t in _texts(undone))


def test_restore_this_value_is_a_new_edit_that_can_be_undone(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    created = services.history.save(_an()).contact
    assert created is not None
    draft = created.model_copy(deep=True)
    draft.phones[1].number = "+32 471 99 88 77"
    services.history.save(draft)
    change = next(c for c in history.of_record(created.id)[0].changes if c.label == "Phone 2")

    result = history.restore_value(created.id, change)

    assert result.contact is not None and result.contact.phones[1].number == "+32 470 12 34 56"
    latest = history.of_record(created.id)[0]
    assert latest.source == "restore"
    assert _texts(latest) == ["Phone 2: +32 471 99 88 77 → +32 470 12 34 56"]
    assert services.history.undo_text == "Undo restoring Phone 2 of “An Peeters”"
    services.history.undo()
    back = services.directory.get(created.id)
    assert back is not None and back.phones[1].number == "+32 471 99 88 77"


def test_a_deleted_e_mail_can_be_put_back(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    created = services.history.save(_an()).contact
    assert created is not None
    services.history.save(created.model_copy(update={"emails": []}))
    change = next(c for c in history.of_record(created.id)[0].changes if c.label == "E-mail 1")
    assert change.text() == "E-mail 1: an@example.com → (empty)"

    history.restore_value(created.id, change)

    back = services.directory.get(created.id)
    assert back is not None and [e.address for e in back.emails] == ["an@example.com"]


def test_undo_and_redo_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services = Services.over(db)
    created = services.history.save(_an()).contact
    assert created is not None
    for number in ("+32 471 00 00 01", "+32 471 00 00 02"):
        draft = services.directory.get(created.id)
        assert draft is not None
        draft.phones[1].number = number
        services.history.save(draft)
    services.history.undo()
    db.close()

    again = open_database(path)
    try:
        restarted = Services.over(again)
        assert restarted.history.redo_text == "Redo save of “An Peeters”"
        assert restarted.history.undo_text == "Undo save of “An Peeters”"
        restarted.history.undo()
        back = restarted.directory.get(created.id)
        assert back is not None and back.phones[1].number == "+32 470 12 34 56"
        restarted.history.redo()
        restarted.history.redo()
        back = restarted.directory.get(created.id)
        assert back is not None and back.phones[1].number == "+32 471 00 00 02"
        # A new edit after a restart clears the redo stack, stored too.
        restarted.history.undo()
        draft = restarted.directory.get(created.id)
        assert draft is not None
        draft.given_name = "Anna"
        restarted.history.save(draft)
    finally:
        again.close()
    third = open_database(path)
    try:
        history = Services.over(third).history
        assert not history.can_redo
        assert history.undo_text == "Undo save of “An Peeters”"
    finally:
        third.close()


def test_the_stored_history_keeps_the_last_hundred_steps(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services = Services.over(db)
    created = services.history.save(_an()).contact
    assert created is not None
    for n in range(105):
        draft = services.directory.get(created.id)
        assert draft is not None
        draft.internal_note = f"note {n}"
        services.history.save(draft)
    db.close()
    again = open_database(path)
    try:
        history = Services.over(again).history
        undone = 0
        while history.can_undo:
            history.undo()
            undone += 1
        assert undone == 100
        back = Services.over(again).directory.get(created.id)
        assert back is not None and back.internal_note == "note 4"
    finally:
        again.close()


def test_recent_changes_cover_the_whole_book(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    an = services.history.save(_an()).contact
    bert = services.history.save(IndividualContact(name="Bert Claes")).contact
    assert an is not None and bert is not None
    services.customer_lists.create("Newsletter")

    recent = history.recent(limit=50)

    assert [e.record_name for e in recent[:3]] == ["Newsletter", "Bert Claes", "An Peeters"]
    assert recent[0].aggregate == "customer_list"


def test_a_stored_step_that_cannot_be_read_is_dropped_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services = Services.over(db)
    created = services.history.save(_an()).contact
    assert created is not None
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute('UPDATE journal_transactions SET step = json(\'{"type": "contacts"}\')')
    again = open_database(path)
    try:
        history = Services.over(again).history
        assert history.undo_text == "Undo creation of “An Peeters”"
        with pytest.raises(UndoRefusedError, match="cannot be undone"):
            history.undo()
        assert not history.can_undo
        assert Services.over(again).directory.get(created.id) is not None
    finally:
        again.close()


def test_a_merge_shows_on_both_contacts_with_what_moved(tmp_db: Database) -> None:
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    survivor = services.history.save(IndividualContact(name="Lies Maes")).contact
    other = services.history.save(
        IndividualContact(name="Lies Maes", phones=[Phone(number="+32 9 123 45 67")])
    ).contact
    assert survivor is not None and other is not None

    services.duplicates.merge(survivor.id, other.id)

    gained = history.of_record(survivor.id)[0]
    gave = history.of_record(other.id)[0]
    assert gained.source == gave.source == "merge" and gained.txn_id == gave.txn_id
    assert "Phone 1: (empty) → +32 9 123 45 67" in _texts(gained)
    assert "Phone 1: +32 9 123 45 67 → (empty)" in _texts(gave)


def test_a_merge_and_a_tagging_are_undone_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services = Services.over(db)
    survivor = services.history.save(IndividualContact(name="Lies Maes")).contact
    other = services.history.save(
        IndividualContact(name="Lies Maes", phones=[Phone(number="+32 9 123 45 67")])
    ).contact
    assert survivor is not None and other is not None
    newsletter = services.customer_lists.create("Newsletter").value
    assert newsletter is not None
    services.customer_lists.add_members(newsletter.id, [other.id])
    services.duplicates.merge(survivor.id, other.id)
    services.tags.tag_contacts([survivor.id], "VIP")
    db.close()

    again = open_database(path)
    try:
        restarted = Services.over(again)
        assert restarted.history.undo_text == "Undo tagging 1 contact with “VIP”"
        restarted.history.undo()
        restarted.history.undo()
        back = restarted.directory.get(other.id)
        kept = restarted.directory.get(survivor.id)
        assert back is not None and back.deleted_at is None
        assert [p.number for p in back.phones] == ["+32 9 123 45 67"]
        assert kept is not None and kept.phones == [] and kept.tags == []
        members = restarted.customer_lists.get(newsletter.id)
        assert members is not None and members.member_ids == [other.id]
    finally:
        again.close()


def test_sample_data_says_so_in_the_history(tmp_db: Database) -> None:
    from app.services.seeding import generate, seed_demo

    assert seed_demo(tmp_db)
    services = Services.over(tmp_db)
    history = RecordHistory(tmp_db, services.history)
    with tmp_db.reading() as conn:
        some_id = str(conn.exec_driver_sql("SELECT id FROM contacts LIMIT 1").scalar_one())
    lists = services.customer_lists.lists()
    holders = services.placeholders.page()
    assert lists and holders
    for record_id in (some_id, lists[0].id, holders[0].id):
        entry = history.of_record(record_id)[0]
        assert (entry.source, entry.origin, entry.action) == ("demo", "Demo data", "Created")
    # Contacts generated in bulk too; nothing of it is undoable.
    assert generate(tmp_db, 3, seed=5) == 3
    latest = history.recent(limit=1)[0]
    assert latest.origin == "Demo data"
    assert not services.history.can_undo
