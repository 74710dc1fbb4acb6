"""One failing record does not stop a sync: the others are sent and the pull runs.

A write the server keeps failing (5xx, network) is retried, then that record waits for the
next run, noted in the summary; the run stops early only when the server is plainly
unreachable (several failures in a row) or refuses the credentials.
"""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from app.domain.models import Email
from app.store import schema as s
from app.sync.reference_server import Faults, RunningServer
from tests.sync.conftest import Kontor
from tests.sync.test_engine import (
    MakeKontor,
    edit,
    pending,
    person_named,
    server_contacts,
)


def faults(reference: RunningServer) -> Faults:
    current: Faults = reference.app.state.faults  # type: ignore[attr-defined]
    return current


def set_faults(reference: RunningServer, new: Faults) -> None:
    reference.app.state.faults = new  # type: ignore[attr-defined]


def local_names(k: Kontor) -> set[str]:
    with k.services.db.reading() as conn:
        rows = conn.execute(select(s.contacts.c.name).where(s.contacts.c.deleted_at.is_(None)))
        return set(rows.scalars())


def listing_reads(reference: RunningServer) -> int:
    """GETs of the contact listings the server received (the pull reads them first)."""
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    return int(stats.count("GET", "/orgs/{org}/{kind}"))


def test_a_record_the_server_keeps_failing_does_not_block_the_others_or_the_pull(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a, b = kontor("a"), kontor("b")
    people = [a.add(person_named(f"Person {i}")) for i in range(5)]
    assert a.sync().complete
    assert b.sync().complete
    b.add(person_named("Made on B"))
    assert b.sync().complete

    # The first in the outbox is the one the server fails on, every time.
    for person in people:
        edit(a, person.id, name=f"{person.name}, edited")
    blocked = a.get(people[0].id)
    faults(reference).fail_writes_path = rf"/individual-contacts/{blocked.remote_id}(/|$)"

    for run in range(2):
        result = a.sync()
        assert result.outcome == "incomplete", result.messages
        assert not result.complete
        assert result.pushed == (4 if run == 0 else 0)
        assert result.waiting == 1
        assert pending(a) == 1
        assert any("Person 0" in m for m in result.messages), result.messages
        names = sorted(c["name"] for c in server_contacts(a))
        assert names == [
            "Made on B",
            "Person 0",
            "Person 1, edited",
            "Person 2, edited",
            "Person 3, edited",
            "Person 4, edited",
        ]
        # The pull ran: what B made is here.
        assert "Made on B" in local_names(a)

    faults(reference).fail_writes_path = None
    last = a.sync()
    assert last.complete, last.messages
    assert last.pushed == 1 and pending(a) == 0
    assert "Person 0, edited" in {c["name"] for c in server_contacts(a)}


def test_an_unreachable_server_ends_the_run_after_a_few_failures_in_a_row(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    people = [a.add(person_named(f"Person {i}")) for i in range(10)]
    assert a.sync().complete
    for person in people:
        edit(a, person.id, name=f"{person.name}, edited")
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    stats.reset()
    set_faults(reference, Faults(error_rate=1.0))
    result = a.sync()
    assert result.outcome == "offline", result.messages
    assert not result.complete
    assert pending(a) == 10
    # Not every record was tried against a server that answers nothing: a few, then stop.
    assert len(stats) <= 5 * 2, stats.by_route()
    assert listing_reads(reference) == 0


def test_refused_credentials_end_the_run_at_once(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    people = [a.add(person_named(f"Person {i}")) for i in range(4)]
    assert a.sync().complete
    for person in people:
        edit(a, person.id, name=f"{person.name}, edited")
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    stats.reset()
    set_faults(reference, Faults(unauthorized_after=0))
    result = a.sync()
    assert result.outcome == "credentials", result.messages
    assert len(stats) == 1
    assert pending(a) == 4


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_under_a_flaky_server_three_runs_send_every_edit_once(
    kontor: MakeKontor, reference: RunningServer, seed: int
) -> None:
    a, b = kontor("a", attempts=2), kontor("b")
    people = [a.add(person_named(f"Person {i:02d}")) for i in range(15)]
    assert a.sync().complete
    b.add(person_named("Made on B"))
    assert b.sync().complete

    for person in people:
        edit(a, person.id, name=f"{person.name}, edited")
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    stats.reset()
    set_faults(
        reference,
        Faults(error_rate=0.10, drop_connection_rate=0.05, apply_then_drop=0.05, seed=seed),
    )
    sent: list[int] = []
    for _ in range(3):
        before = pending(a)
        result = a.sync()
        assert result.outcome != "error"
        sent.append(before - pending(a))
        if not pending(a):
            break
    set_faults(reference, Faults())

    assert pending(a) == 0, f"sent per run: {sent}"
    assert sent[0] >= 10, f"sent per run: {sent}"
    assert listing_reads(reference) >= 2  # the pull ran despite the failures
    assert "Made on B" in local_names(a)
    names = Counter(c["name"] for c in server_contacts(a) if not c.get("deleted"))
    assert names == Counter(["Made on B", *(f"Person {i:02d}, edited" for i in range(15))]), names


@pytest.mark.parametrize("seed", [3, 11])
def test_under_a_flaky_server_three_runs_send_new_sub_items_once(
    kontor: MakeKontor, reference: RunningServer, seed: int
) -> None:
    """Edits that add e-mails (creates whose answers can be lost) and change fields."""
    a = kontor("a", attempts=2)
    people = [a.add(person_named(f"Person {i:02d}", f"p{i}@klok.be")) for i in range(15)]
    assert a.sync().complete
    for i, person in enumerate(people):
        contact = a.get(person.id)
        extra = Email(address=f"p{i}.new@klok.be", type="WORK_EMAIL")
        edit(a, person.id, name=f"{person.name}, edited", emails=[*contact.emails, extra])
    set_faults(
        reference,
        Faults(error_rate=0.10, drop_connection_rate=0.05, apply_then_drop=0.05, seed=seed),
    )
    sent: list[int] = []
    for _ in range(3):
        before = pending(a)
        result = a.sync()
        assert result.outcome != "error"
        sent.append(before - pending(a))
        if not pending(a):
            break
    set_faults(reference, Faults())

    assert pending(a) == 0, f"sent per run: {sent}"
    names = Counter(c["name"] for c in server_contacts(a) if not c.get("deleted"))
    assert names == Counter(f"Person {i:02d}, edited" for i in range(15)), names
    for i, person in enumerate(people):
        remote_id = a.get(person.id).remote_id
        assert remote_id is not None
        details = a.client.get_details("individual", remote_id).body
        emails = sorted(e["address"] for e in details["emails"])
        assert emails == sorted([f"p{i}@klok.be", f"p{i}.new@klok.be"]), emails
