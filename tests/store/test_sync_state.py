"""The outbox kept by the journal, sync records and issues, and revision 0004."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.domain.models import Email, IndividualContact
from app.store import migrations
from app.store.database import Database
from app.store.schema import utc_now
from app.store.sync_state import SyncRecord, SyncStateRepository
from app.store.unit_of_work import unit_of_work


def _outbox(db: Database) -> dict[str, tuple[int, int]]:
    with db.reading() as conn:
        return {i.local_id: (i.first_seq, i.last_seq) for i in SyncStateRepository(conn).outbox()}


def test_a_users_edit_is_queued_in_the_same_transaction_and_syncs_own_writes_are_not(
    db: Database,
) -> None:
    with unit_of_work(db) as uow:
        uow.contacts.add(IndividualContact(id="p1", name="Queued"))
    first = _outbox(db)["p1"]
    with unit_of_work(db) as uow:
        uow.contacts.save(uow.contacts.require("p1").model_copy(update={"name": "Again"}))
    assert _outbox(db)["p1"][0] == first[0] and _outbox(db)["p1"][1] > first[1]
    # What sync applies is history, not outbox.
    with unit_of_work(db, origin="sync") as uow:
        uow.contacts.add(IndividualContact(id="p2", name="From the server"))
    assert set(_outbox(db)) == {"p1"}
    # A transaction that fails leaves no outbox entry either.
    try:
        with unit_of_work(db) as uow:
            uow.contacts.add(IndividualContact(id="p3", name="Rolled back"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert set(_outbox(db)) == {"p1"}


def test_marking_pushed_keeps_later_edits_queued(db: Database) -> None:
    with unit_of_work(db) as uow:
        uow.contacts.add(IndividualContact(id="p1", name="One"))
    sent_up_to = _outbox(db)["p1"][1]
    with unit_of_work(db) as uow:
        uow.contacts.save(uow.contacts.require("p1").model_copy(update={"name": "Two"}))
    latest = _outbox(db)["p1"][1]
    with db.transaction() as conn:
        SyncStateRepository(conn).mark_pushed("p1", sent_up_to)
    assert _outbox(db)["p1"] == (sent_up_to + 1, latest)
    with db.transaction() as conn:
        state = SyncStateRepository(conn)
        assert [e.changes["name"] for e in state.pending_entries("p1")] == [["One", "Two"]]
        state.mark_pushed("p1", latest)
    assert _outbox(db) == {}


def test_records_and_issues_round_trip(db: Database) -> None:
    base = {"details": {"individual_contact": {"id": "r1", "name": "X"}}, "tags": [], "images": []}
    with db.transaction() as conn:
        state = SyncStateRepository(conn)
        state.save_record(
            SyncRecord("p1", "individual", remote_id="r1", base=base, base_ids={"r1": "p1"})
        )
        state.put_issue(
            local_id="p1",
            kind="individual",
            issue="rejected",
            title="X",
            detail={"problems": [{"title": "t", "detail": "d"}]},
            now=utc_now(),
            seq=4,
        )
        # One issue per record: a newer one replaces it.
        state.put_issue(
            local_id="p1", kind="individual", issue="conflict", title="X", detail={}, now=utc_now()
        )
    with db.reading() as conn:
        state = SyncStateRepository(conn)
        record = state.record("p1")
        assert record is not None and record.base == base and record.base_ids == {"r1": "p1"}
        assert state.remote_ids() == {"p1": "r1"}
        assert [i.issue for i in state.issues()] == ["conflict"]


def test_a_save_from_an_older_copy_keeps_the_remote_ids_sync_gave_out(db: Database) -> None:
    with unit_of_work(db) as uow:
        stale = uow.contacts.add(
            IndividualContact(name="Editor", emails=[Email(address="a@klok.be")])
        )
    with db.transaction() as conn:
        state = SyncStateRepository(conn)
        state.set_remote_id("contact", stale.id, "r-contact")
        state.set_remote_id("email", stale.emails[0].id, "r-email")
    # The editor still holds the copy from before the sync and saves it.
    with unit_of_work(db) as uow:
        uow.contacts.save(stale.model_copy(update={"name": "Editor, renamed"}))
        stored = uow.contacts.require(stale.id)
    assert stored.remote_id == "r-contact" and stored.emails[0].remote_id == "r-email"


def test_revision_0004_queues_every_contact_of_an_existing_book(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0003")
    with sqlite3.connect(path) as conn:
        # Revision 0003 has no origin column: the journal rows are plain.
        assert "origin" not in [r[1] for r in conn.execute("PRAGMA table_info(change_journal)")]
        for seq, op in ((1, "create"), (2, "update")):
            conn.execute(
                "INSERT INTO change_journal (seq, txn_id, at, aggregate, aggregate_id, entity, "
                "entity_id, op, changes) VALUES (?, 't', '2020-01-01T00:00:00+00:00', "
                "'contact', 'old', 'contact', 'old', ?, '{}')",
                (seq, op),
            )
    migrations.upgrade(path)
    db = Database.open(path)
    assert _outbox(db) == {"old": (1, 2)}
    with db.reading() as conn:
        origins = {r[0] for r in conn.exec_driver_sql("SELECT origin FROM change_journal")}
    assert origins == {"user"}
    db.close()


def test_records_added_with_their_base_text_read_back_as_those_encoded_here(db: Database) -> None:
    # A pull stores a new record's base as the canonical text its hash was made of (written
    # directly) instead of encoding the document again: every column reads back the same.
    import json

    base = {"details": {"name": "Zoë Ærø", "n": 1.5, "none": None}, "tags": [], "inline": True}
    now = utc_now()

    def record(local_id: str, text: str | None) -> SyncRecord:
        return SyncRecord(
            local_id=local_id,
            kind="individual",
            remote_id=f"r-{local_id}",
            base=base,
            base_hash="h" * 64,
            etag='"e1"',
            base_ids={"r-x": "l-é"},
            remote_gone=local_id.endswith("gone"),
            synced_at=now,
            base_text=text,
        )

    text = json.dumps(base, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    with db.transaction() as conn:
        SyncStateRepository(conn).add_records(
            [record("a", text), record("b", None), record("c-gone", text), record("d-gone", None)]
        )
    with db.reading() as conn:
        state = SyncStateRepository(conn)
        got = state.records_of(["a", "b", "c-gone", "d-gone"])
        raw = {
            row[0]: row[1:]
            for row in conn.exec_driver_sql(
                "SELECT local_id, base_ids, remote_gone, synced_at, json_extract(base, '$.inline'),"
                " json_extract(base, '$.details.name') FROM sync_records"
            )
        }
        inline = state.inline_bases("individual")
    for direct, encoded in (("a", "b"), ("c-gone", "d-gone")):
        assert got[direct].base == got[encoded].base == base
        fields = ("base_hash", "etag", "base_ids", "remote_gone", "synced_at", "kind", "aggregate")
        assert [getattr(got[direct], f) for f in fields] == [
            getattr(got[encoded], f) for f in fields
        ]
        assert raw[direct] == raw[encoded]
    assert raw["a"][3:] == (1, "Zoë Ærø")
    assert inline == {"a", "b", "c-gone", "d-gone"}
