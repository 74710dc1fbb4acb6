"""Tags: usage counts, completion, rename, delete and tagging many contacts."""

from __future__ import annotations

from app.domain.models import IndividualContact, Tag
from app.services.history import EditHistory
from app.services.tags import TagService
from app.store.database import Database
from app.store.journal import all_entries, entries_for
from app.store.unit_of_work import UnitOfWork, unit_of_work


def _book(db: Database) -> dict[str, str]:
    people = {
        "Ann": ["VIP", "Lead"],
        "Bob": ["vip"],
        "Cem": ["Österreich"],
        "Dan": [],
    }
    ids = {}
    with unit_of_work(db) as uow:
        for name, tags in people.items():
            stored = uow.contacts.add(
                IndividualContact(name=name, tags=[Tag(name=t) for t in tags])
            )
            ids[name] = stored.id
        uow.contacts.trash(ids["Bob"])
    return ids


def _tag_id(db: Database, name: str) -> str:
    with db.reading() as conn:
        tag = UnitOfWork(conn).tags.by_name(name)
    assert tag is not None
    return tag.id


def _tags_of(db: Database, contact_id: str) -> list[str]:
    with db.reading() as conn:
        return UnitOfWork(conn).contacts.require(contact_id).tag_names()


def test_tags_with_usage_counts_leave_out_the_trash(tmp_db: Database) -> None:
    _book(tmp_db)
    usages = TagService(tmp_db).tags()
    assert [(u.name, u.count) for u in usages] == [("Lead", 1), ("Österreich", 1), ("VIP", 1)]


def test_names_complete_a_prefix_case_insensitively(tmp_db: Database) -> None:
    _book(tmp_db)
    tags = TagService(tmp_db)
    assert tags.names("v") == ["VIP"]
    assert tags.names("ö") == ["Österreich"]  # beyond ASCII too
    assert tags.names("") == ["Lead", "Österreich", "VIP"]
    assert tags.names("x") == []
    assert tags.names("", limit=1) == ["Lead"]


def test_rename_is_journaled_once_for_the_tag(tmp_db: Database) -> None:
    ids = _book(tmp_db)
    tags = TagService(tmp_db)
    vip = _tag_id(tmp_db, "VIP")
    outcome = tags.rename(vip, "  Very important ")
    assert outcome.saved and outcome.value is not None
    assert outcome.value.name == "Very important"
    assert _tags_of(tmp_db, ids["Ann"]) == ["Very important", "Lead"]
    with tmp_db.reading() as conn:
        [entry] = entries_for(conn, vip)
    assert (entry.aggregate, entry.entity, entry.op) == ("tag", "tag", "update")
    assert entry.changes == {"name": ("VIP", "Very important")}
    # Only the case changes: the same tag.
    assert tags.rename(vip, "VERY IMPORTANT").saved


def test_rename_refuses_a_taken_or_empty_name(tmp_db: Database) -> None:
    _book(tmp_db)
    tags = TagService(tmp_db)
    taken = tags.rename(_tag_id(tmp_db, "Lead"), "vip")
    assert not taken.saved
    assert taken.problems[0].message == "a tag named “VIP” exists already"
    empty = tags.rename(_tag_id(tmp_db, "Lead"), "  ")
    assert not empty.saved and empty.problems[0].field == "name"
    assert tags.check_name("x" * 257)[0].code == "length"
    assert tags.check_name("Lead", _tag_id(tmp_db, "Lead")) == []
    assert tags.check_name("lead") != []


def test_delete_takes_the_tag_from_every_contact_journaled_per_contact(tmp_db: Database) -> None:
    ids = _book(tmp_db)
    vip = _tag_id(tmp_db, "VIP")
    affected = TagService(tmp_db).delete(vip)
    assert sorted(affected) == sorted([ids["Ann"], ids["Bob"]])  # trashed Bob too
    assert _tags_of(tmp_db, ids["Ann"]) == ["Lead"]
    assert _tags_of(tmp_db, ids["Bob"]) == []
    with tmp_db.reading() as conn:
        assert UnitOfWork(conn).tags.get(vip) is None
        entries = all_entries(conn)
    removed = {(e.aggregate_id, e.entity, e.op) for e in entries if e.entity_id.endswith(vip)}
    assert removed == {
        (ids["Ann"], "contact_tag", "delete"),
        (ids["Bob"], "contact_tag", "delete"),
        (vip, "tag", "delete"),
    }
    # Lead moved up to the first place on Ann: journaled as its position changing.
    moved = [e for e in entries if e.aggregate_id == ids["Ann"] and e.op == "update"]
    assert moved[-1].changes == {"position": (1, 0)}


def test_tag_and_untag_many_at_once(tmp_db: Database) -> None:
    ids = _book(tmp_db)
    history = EditHistory(tmp_db)
    tags = TagService(tmp_db, history)
    outcome = tags.tag_contacts([ids["Ann"], ids["Cem"], ids["Dan"]], "Lead")
    assert outcome.value == [ids["Cem"], ids["Dan"]]  # Ann had it already
    assert _tags_of(tmp_db, ids["Dan"]) == ["Lead"]
    assert not tags.tag_contacts([ids["Dan"]], "").saved
    assert tags.untag_contacts([ids["Ann"], ids["Dan"]], _tag_id(tmp_db, "Lead")) == [
        ids["Ann"],
        ids["Dan"],
    ]
    assert _tags_of(tmp_db, ids["Ann"]) == ["VIP"]
    history.undo()
    assert _tags_of(tmp_db, ids["Ann"]) == ["VIP", "Lead"]
    # Without a history the same works, just not undoably.
    plain = TagService(tmp_db)
    assert plain.tag_contacts([ids["Dan"]], "New").value == [ids["Dan"]]
    assert plain.untag_contacts([ids["Dan"]], _tag_id(tmp_db, "New")) == [ids["Dan"]]
