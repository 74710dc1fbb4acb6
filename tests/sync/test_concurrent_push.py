"""Many contacts sent several at a time: each is made once on the server, whatever fails."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from app.sync.reference_server import Faults, RunningServer
from tests.sync.books import assert_books_equal
from tests.sync.conftest import Kontor
from tests.sync.test_engine import (
    MakeKontor,
    edit,
    fresh_pair,
    pending,
    person_named,
    server_contacts,
)


def at_once(k: Kontor, workers: int = 4) -> Kontor:
    """``k`` sending its contacts ``workers`` at a time however few wait."""
    k.engine.concurrent_from = 1
    k.engine.workers = workers
    return k


def set_faults(reference: RunningServer, new: Faults) -> None:
    reference.app.state.faults = new  # type: ignore[attr-defined]


def stats_of(reference: RunningServer) -> object:
    return reference.app.state.stats  # type: ignore[attr-defined]


def server_names(k: Kontor) -> Counter[str]:
    return Counter(
        str(c["name"])
        for kind in ("organization", "individual")
        for c in server_contacts(k, kind)
        if not c.get("deleted")
    )


def test_a_clean_run_sends_every_contact_once_and_counts_each(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = at_once(kontor("a"))
    names: list[str] = []
    for _ in range(6):
        organization, person = fresh_pair()
        names += [a.add(organization).name, a.add(person).name]
    stats = stats_of(reference)
    stats.reset()  # type: ignore[attr-defined]
    result = a.sync()
    assert result.complete, result.messages
    assert (result.pushed, result.created_remote) == (12, 12)
    assert pending(a) == 0
    assert server_names(a) == Counter(names)
    # Contacts sent for the first time in this run are not looked for by external id.
    lookups = stats.count("GET", "/orgs/{org}/{kind}/external-ids/{external_id:path}")  # type: ignore[attr-defined]
    assert lookups == 0
    b = kontor("b")
    assert b.sync().complete
    assert_books_equal(a, b)


@pytest.mark.parametrize("seed", [5])
def test_through_a_flaky_server_every_contact_and_item_is_made_once(
    kontor: MakeKontor, reference: RunningServer, seed: int
) -> None:
    """Organizations, people working there (identities referring to them) and their items,
    sent four at a time while answers fail, connections drop and answers are lost after
    the server wrote."""
    a = at_once(kontor("a", attempts=2))
    names: list[str] = []
    for _ in range(5):
        organization, person = fresh_pair()
        names += [a.add(organization).name, a.add(person).name]
    set_faults(
        reference,
        Faults(error_rate=0.10, drop_connection_rate=0.05, apply_then_drop=0.05, seed=seed),
    )
    outcomes: list[str] = []
    for _ in range(8):
        result = a.sync()
        outcomes.append(result.outcome)
        assert result.outcome != "error", result.messages
        if not pending(a) and result.complete:
            break
    set_faults(reference, Faults())
    assert a.sync().complete, outcomes
    assert pending(a) == 0
    assert server_names(a) == Counter(names)
    b = kontor("b")
    assert b.sync().complete
    assert_books_equal(a, b)


def test_credentials_refused_halfway_keep_the_rest_queued_and_nothing_is_made_twice(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = at_once(kontor("a"))
    for i in range(12):
        a.add(person_named(f"Queued {i:02d}", f"q{i}@klok.be"))
    reference.app.state.faults.unauthorized_after = 15  # type: ignore[attr-defined]
    result = a.sync()
    assert result.outcome == "credentials" and not result.complete
    set_faults(reference, Faults())
    sent = len(server_contacts(a))
    assert 0 < sent < 12
    assert pending(a) >= 12 - sent
    assert a.sync().complete
    assert pending(a) == 0
    assert server_names(a) == Counter(f"Queued {i:02d}" for i in range(12))


def test_an_edit_made_after_the_chunk_was_read_is_kept_and_sent_next(
    kontor: MakeKontor, reference: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contacts of a chunk are read together before it goes; one edited in between is
    sent as read, its newer edit stays in the book and queued, and goes with the next run."""
    from app.sync import engine

    a = at_once(kontor("a"))
    people = [a.add(person_named(f"Chunk Person {i}")) for i in range(4)]
    target = people[2]
    read = engine._Run._preload

    def preload_then_edit(run: Any, local_ids: list[str]) -> None:
        read(run, local_ids)
        if target.id in local_ids:
            edit(a, target.id, name="Edited Meanwhile")

    monkeypatch.setattr(engine._Run, "_preload", preload_then_edit)
    first = a.sync()
    assert first.complete, first.messages
    assert first.pushed == 4
    assert a.get(target.id).name == "Edited Meanwhile"
    assert pending(a) == 1
    assert server_names(a)["Chunk Person 2"] == 1
    monkeypatch.setattr(engine._Run, "_preload", read)
    second = a.sync()
    assert second.complete, second.messages
    assert pending(a) == 0
    names = server_names(a)
    assert names["Edited Meanwhile"] == 1 and "Chunk Person 2" not in names
    b = kontor("b")
    assert b.sync().complete
    assert_books_equal(a, b)
