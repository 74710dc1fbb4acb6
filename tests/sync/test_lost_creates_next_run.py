"""New contacts whose create did not reach the enfore server, or whose answer was lost, over
the real loopback reference server: the next run makes each exactly once.

* The connection was refused before a create was sent (nothing listened there): the next
  run creates each contact once and does not first ask the server for every one of them by
  its external id (it knows none of them left).
* The server stored a create and its answer was lost, and the run ended there: the next run
  finds the contact by its external id instead of making it again.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest

from app.domain.models import IndividualContact
from app.store.sync_state import SyncStateRepository
from app.sync.client import ContactsApiClient, RetryPolicy
from app.sync.engine import SyncEngine
from app.sync.reference_server import RunningServer
from tests.sync.conftest import TOKEN, Kontor
from tests.sync.test_engine import MakeKontor, faults, pending, person_named, server_contacts


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _requests(reference: RunningServer, org: str) -> list[Any]:
    """What the server received for ``org`` since the stats were reset."""
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    return [r for r in stats.records if f"/orgs/{org}/" in r.path]


def _lookups(reference: RunningServer, org: str) -> int:
    return sum(1 for r in _requests(reference, org) if "/external-ids/" in r.path)


def _creates(reference: RunningServer, org: str) -> int:
    return sum(
        1
        for r in _requests(reference, org)
        if r.method == "POST" and r.path.endswith("/individual-contacts")
    )


def _remote_id(k: Kontor, local_id: str) -> str | None:
    with k.services.db.reading() as conn:
        record = SyncStateRepository(conn, k.engine.account_id).record(local_id)
    return record.remote_id if record is not None else None


@pytest.mark.parametrize("count", [3, 70], ids=["one-by-one", "in-chunks"])
def test_creates_refused_before_they_left_are_made_once_next_run_without_lookups(
    kontor: MakeKontor, reference: RunningServer, org: str, count: int
) -> None:
    a = kontor("a")
    people = [a.add(person_named(f"Refused {i:02d}", f"r{i}@klok.be")) for i in range(count)]
    port = _closed_port()
    down = ContactsApiClient(
        f"http://127.0.0.1:{port}",
        org,
        TOKEN,
        retry=RetryPolicy(max_attempts=2),
        sleep=lambda _s: None,
    )
    try:
        offline = SyncEngine(a.services.db, down).run()
    finally:
        down.close()
    assert offline.outcome == "offline", offline.messages
    assert offline.unreachable == f"Offline: cannot reach 127.0.0.1:{port}."  # for the status bar
    assert pending(a) == count

    reference.app.state.stats.reset()  # type: ignore[attr-defined]
    again = a.sync()
    assert again.complete and again.created_remote == count, again.messages
    assert pending(a) == 0
    on_server = server_contacts(a)
    assert sorted(c["name"] for c in on_server) == sorted(p.name for p in people)  # once each
    assert {c["external_id"] for c in on_server} == {p.id for p in people}
    assert all(_remote_id(a, p.id) is not None for p in people)
    assert _creates(reference, org) == count
    assert _lookups(reference, org) == 0  # none of them had left: nothing to look for


def test_a_create_stored_whose_answer_was_lost_is_found_by_external_id_on_the_next_run(
    kontor: MakeKontor, reference: RunningServer, org: str
) -> None:
    a = kontor("a")
    made = a.add(person_named("Lost Answer", "lost@klok.be"))
    # The server stores the create and closes the connection without its answer; then it
    # refuses every request (the token, say): the run ends before it could look.  (The first
    # run into a book with contacts reads the server's two lists first, to match them.)
    faults(reference).drop_after_apply_path = r"/individual-contacts$"
    faults(reference).drop_after_apply = 1
    faults(reference).unauthorized_after = 3
    first = a.sync()
    assert first.outcome == "credentials", first.messages
    [stored] = server_contacts_unauthorized_off(a, reference)
    assert stored["external_id"] == made.id
    assert _remote_id(a, made.id) is None and pending(a) == 1

    reference.app.state.stats.reset()  # type: ignore[attr-defined]
    second = a.sync()
    assert second.complete and second.created_remote == 0, second.messages
    assert pending(a) == 0
    [only] = server_contacts(a)  # not made a second time
    assert only["id"] == stored["id"] and _remote_id(a, made.id) == stored["id"]
    assert _creates(reference, org) == 0
    # Found in the server's list by the external id it holds (no contact of the book is
    # linked yet, so the run reads the lists first to match them): no look-up of its own.
    assert _lookups(reference, org) == 0
    found = a.get(made.id)
    assert isinstance(found, IndividualContact)
    assert [e.address for e in found.emails] == ["lost@klok.be"]


def server_contacts_unauthorized_off(a: Kontor, reference: RunningServer) -> list[Any]:
    """The server's contacts, with its refusal switched off."""
    faults(reference).unauthorized_after = None
    return server_contacts(a)
