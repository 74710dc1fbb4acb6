"""What the first push of new contacts asks of the server, counted on the reference server:
one create per contact and per part of it, nothing looked up before a create that was never
sent (no external id, no role that is not there), and one details answer per contact for its
base.  The closing writes of contacts sent at once share transactions: what they store is
what one transaction per contact stores, and a write that fails undoes none of the others."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import (
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
    Tag,
)
from app.store.migrations import open_database
from app.store.sync_state import SyncStateRepository
from app.sync.engine import _LockedWrites
from app.sync.reference_server import RunningServer
from tests.sync.conftest import Kontor
from tests.sync.test_engine import MakeKontor

_C = "/orgs/{org}/{kind}"
_PI = "/orgs/{org}/individual-contacts/{id}/professional-identities"
#: the listings every run reads after sending (both kinds of contact, the other records)
_LISTINGS = {
    ("GET", _C): 2,
    ("GET", "/orgs/{org}/placeholder-customers"): 1,
    ("GET", "/orgs/{org}/customer-lists"): 1,
}


def _requests(reference: RunningServer, org: str) -> Counter[tuple[str, str]]:
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    return Counter((r.method, r.route) for r in stats.records if r.path.startswith(f"/orgs/{org}/"))


def _email(n: int) -> Email:
    return Email(type="WORK_EMAIL", address=f"p{n}@klok.example", usage_context="PERSONAL")


def _person(n: int) -> IndividualContact:
    return IndividualContact(name=f"Person {n}", emails=[_email(n)], tags=[Tag(name="Beer")])


@pytest.mark.parametrize("threads", [False, True], ids=["in order", "on the thread pool"])
def test_a_first_push_makes_one_request_per_part_and_no_lookups(
    kontor: MakeKontor, reference: RunningServer, org: str, threads: bool
) -> None:
    a = kontor("a")
    if threads:  # the path of a large outbox, one contact at a time so the count is exact
        a.engine.concurrent_from = 1
        a.engine.workers = 1
    a.add(
        OrganizationContact(
            name="Klok NV",
            emails=[Email(type="WORK_EMAIL", address="info@klok.example")],
            phones=[Phone(type="MAIN", number="+32 2 555 12 12", usages=["CALL"])],
        )
    )
    for n in range(3):
        a.add(_person(n))
    reference.app.state.stats.reset()  # type: ignore[attr-defined]

    summary = a.sync()

    assert summary.complete and summary.created_remote == 4, summary.messages
    assert _requests(reference, org) == Counter(
        {
            ("POST", _C): 4,  # the contacts
            ("POST", _C + "/{id}/{cp}"): 2 + 3,  # the organization's e-mail and phone, the e-mails
            ("POST", _C + "/{id}/tags"): 3,
            ("GET", _C + "/{id}/details"): 4,  # each contact's base
            **_LISTINGS,
            # the first run into a book with contacts reads both lists once more, first, to
            # match the server's contacts with the book's (none here: nothing else is asked)
            ("GET", _C): 4,
        }
    )


def _stored(k: Kontor) -> dict[str, tuple[object, bool, list[str], list[bool]]]:
    """Per contact: the name its base holds, whether it has an ETag, its e-mail addresses
    here and whether each has its remote id."""
    with k.services.db.reading() as conn:
        records = SyncStateRepository(conn).records()
    out: dict[str, tuple[object, bool, list[str], list[bool]]] = {}
    for record in records:
        contact = k.get(record.local_id)
        assert record.base is not None and record.remote_id == contact.remote_id
        out[contact.name] = (
            record.base["details"]["individual_contact"]["name"],
            record.etag is not None,
            [e.address for e in contact.emails],
            [e.remote_id is not None for e in contact.emails],
        )
    return out


def test_closing_writes_shared_between_threads_store_what_one_by_one_stores(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    together, alone = kontor("together"), kontor("alone")
    together.engine.concurrent_from = alone.engine.concurrent_from = 1
    alone.engine.workers = 1
    for k in (together, alone):
        for n in range(12):
            k.add(_person(n))

    for k in (together, alone):
        summary = k.sync()
        assert summary.complete and summary.pushed == 12, summary.messages
        assert k.services.sync.pending_count() == 0

    assert _stored(together) == _stored(alone)
    assert len(_stored(together)) == 12


def test_a_failing_closing_write_undoes_none_of_the_others(tmp_path: Path) -> None:
    db = open_database(tmp_path / "book.sqlite")
    locked = _LockedWrites(db)
    with db.transaction() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER)")
    start = threading.Barrier(4)
    errors: dict[int, BaseException | None] = {}

    def write(n: int) -> None:
        def insert(conn: Any) -> None:
            conn.exec_driver_sql(f"INSERT INTO t VALUES ({n})")
            if n == 2:
                raise ValueError("refused")

        start.wait()
        try:
            locked.together(insert)
            errors[n] = None
        except ValueError as exc:
            errors[n] = exc

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [n for n, error in sorted(errors.items()) if error is not None] == [2]
    with db.reading() as conn:
        stored = sorted(row[0] for row in conn.exec_driver_sql("SELECT n FROM t"))
    assert stored == [0, 1, 3]
    db.close()
