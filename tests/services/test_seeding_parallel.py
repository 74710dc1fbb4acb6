"""Generated contacts prepared in a second process make the same book as ``add_many`` here."""

from __future__ import annotations

import pickle
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import IndividualContact, Tag
from app.services.demo_data import generated_tags
from app.services.seeding import _prepared_elsewhere, generate
from app.services.seeding_worker import unpacked
from app.store import unit_of_work as uow_module
from app.store.database import Database
from app.store.journal import JournalStamp, all_entries, sources_of
from app.store.migrations import open_database
from app.store.unit_of_work import unit_of_work

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
SEARCHES = ("mann", "peeters", "@gmail", "+49", "gent", "c-1000", "be0")


def _book(tmp_path: Path, name: str, existing_tag: Tag | None) -> Database:
    db = open_database(tmp_path / name / "kontor.sqlite")
    if existing_tag is not None:
        with unit_of_work(db) as uow:
            uow.contacts.add(IndividualContact(id="c-0", name="Already here", tags=[existing_tag]))
    return db


def _state(db: Database) -> dict[str, Any]:
    """What a person sees of the book: contacts as read, search hits, duplicate keys, tags,
    the journal and the history step of the run."""
    with db.reading() as conn:
        ids = [
            str(i) for i in conn.exec_driver_sql("SELECT id FROM contacts ORDER BY id").scalars()
        ]
        keys = conn.exec_driver_sql(
            "SELECT contact_id, kind, key FROM contact_keys ORDER BY 1, 2, 3"
        ).fetchall()
        tags = conn.exec_driver_sql("SELECT id, name, created_at FROM tags ORDER BY id").fetchall()
        outbox = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
        entries = all_entries(conn)
        sources = sources_of(conn, sorted({e.txn_id for e in entries}))
    with unit_of_work(db) as uow:
        contacts = uow.contacts.get_many(ids)
        hits = {
            term: [(c.id, c.email, c.phone, c.city) for c in uow.contacts.summaries(search=term)]
            for term in SEARCHES
        }
        counts = {term: uow.contacts.count(search=term) for term in SEARCHES}
    return {
        "contacts": [contacts[i].model_dump() for i in ids],
        "hits": hits,
        "counts": counts,
        "keys": keys,
        "tags": tags,
        "outbox": outbox,
        "journal": [
            (e.seq, e.aggregate, e.aggregate_id, e.entity, e.entity_id, e.op, e.changes)
            for e in entries
        ],
        "sources": sorted(s.source for s in sources.values()),
    }


@pytest.mark.parametrize(
    "existing_tag",
    [None, Tag(id="tag-vip-here", name="vip")],
    ids=["new book", "book with a tag of a generated name"],
)
def test_contacts_prepared_in_another_process_make_the_same_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing_tag: Tag | None
) -> None:
    monkeypatch.setattr(uow_module, "utc_now", lambda: NOW)
    here = _book(tmp_path, "here", existing_tag)
    apart = _book(tmp_path, "apart", existing_tag)
    try:
        assert generate(here, 120, seed=11, chunk=50, parallel=False) == 120
        assert generate(apart, 120, seed=11, parallel=True) == 120
        expected, found = _state(here), _state(apart)
    finally:
        here.close()
        apart.close()

    assert len(found["contacts"]) == 120 + (existing_tag is not None)
    assert any(found["counts"].values())
    assert all(hits for hits in found["hits"].values() if hits)
    assert found["keys"] and found["tags"]
    assert found["sources"][-1] == "demo"
    if existing_tag is not None:
        # The generated "VIP" is the book's "vip", not a second tag.
        assert ("tag-vip-here", "vip") in [(t[0], t[1]) for t in found["tags"]]
        assert not any(t[1] == "VIP" for t in found["tags"])
    for part in expected:
        assert found[part] == expected[part], part


def test_a_failing_write_stops_the_preparing_process_and_writes_nothing(tmp_db: Database) -> None:
    def stop(done: int, total: int) -> None:
        raise RuntimeError("stopped halfway")

    with pytest.raises(RuntimeError, match="stopped halfway"):
        generate(tmp_db, 2100, seed=2, progress=stop, parallel=True)
    plain = sqlite3.connect(tmp_db.path)
    try:
        assert plain.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
        assert plain.execute("SELECT count(*) FROM change_journal").fetchone()[0] == 0
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


def _stamp() -> JournalStamp:
    return JournalStamp("txn-1", NOW, "user")


def test_the_preparing_process_ends_when_the_writer_is_gone() -> None:
    worker = subprocess.Popen(
        [sys.executable, "-m", "app.services.seeding_worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert worker.stdin is not None and worker.stdout is not None
    found = {t.name: None for t in generated_tags()}
    # Two batches: the second one (half a megabyte) no longer fits into the pipe.
    pickle.dump((2_500, 1, 1, _stamp(), found), worker.stdin)
    worker.stdin.close()
    first = unpacked(pickle.load(worker.stdout))
    assert first.count == 2000 and first.statements
    worker.stdout.close()  # the writer stops reading
    assert worker.wait(timeout=30) == 1


def test_a_failure_while_preparing_is_reported_with_its_cause() -> None:
    # No tags known: the first generated tag is a name the process cannot resolve.
    with (
        pytest.raises(RuntimeError, match=r"(?s)preparing the sample data failed.*KeyError"),
        _prepared_elsewhere(300, 1, 1, _stamp(), {}) as batches,
    ):
        list(batches)
