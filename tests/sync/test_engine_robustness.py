"""Sync survives being killed, and random edits, syncs and faults on two workstations."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import select

from app.domain.models import Email, IndividualContact
from app.services.registry import Services
from app.store import schema as s
from app.store.migrations import open_database
from app.store.sync_state import SyncStateRepository
from app.sync.client import ContactsApiClient, RetryPolicy
from app.sync.engine import SyncEngine
from app.sync.reference_server import Faults, RunningServer
from tests.sync.conftest import TOKEN, Kontor
from tests.sync.test_engine import MakeKontor, person_named, server_contacts, server_view

_SYNC_IN_A_PROCESS = """
import os
import sys
from pathlib import Path
from app.store.migrations import open_database
from app.sync.client import ContactsApiClient
from app.sync.engine import SyncEngine
db = open_database(Path(sys.argv[1]))
client = ContactsApiClient(sys.argv[2], sys.argv[3], os.environ["KONTOR_API_TOKEN"])
SyncEngine(db, client, workers=1).run()
"""


def test_a_sync_killed_midway_keeps_every_edit_queued_and_the_next_run_converges(
    kontor: MakeKontor, reference: RunningServer, org: str
) -> None:
    a = kontor("a")
    made = [a.add(person_named(f"Queued {i:02d}", f"q{i}@klok.be")) for i in range(40)]
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    stats.reset()
    reference.app.state.faults = Faults(latency_ms=15)  # type: ignore[attr-defined]
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _SYNC_IN_A_PROCESS,
            str(a.services.db.path),
            str(reference),
            org,
        ],
        env={**os.environ, "KONTOR_API_TOKEN": TOKEN},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while stats.by_method().get("POST", 0) < 12:
        assert process.poll() is None, "the sync ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.kill()
    process.wait()
    reference.app.state.faults = Faults()  # type: ignore[attr-defined]

    # "Restart": a new session on the same file.
    again = open_database(a.services.db.path)
    services = Services.over(again)
    with again.reading() as conn:
        state = SyncStateRepository(conn)
        queued = {item.local_id for item in state.outbox()}
        records = {r.local_id: r for r in state.records()}
    on_server = {c["external_id"] for c in server_contacts(a)}
    for contact in made:
        settled = contact.id not in queued
        if settled:
            assert records[contact.id].base is not None
            assert contact.id in on_server
    assert queued, "the kill came after the run ended"
    k = Kontor(services, a.client, SyncEngine(again, a.client))
    result = k.sync()
    assert result.complete, result.messages
    assert services.sync.pending_count() == 0
    names = sorted(c["name"] for c in server_contacts(a))
    assert names == sorted(c.name for c in made)
    services.close()


# --- random edits, syncs and faults ----------------------------------------------------------

NAMES = st.sampled_from(["Ann", "Bert", "Cas", "Dora", "Els", "Fien"])


def test_random_edits_syncs_and_faults_converge(reference: RunningServer, tmp_path: Path) -> None:
    class TwoWorkstations(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            org = f"org-{uuid.uuid4().hex[:10]}"
            self.sides: list[Kontor] = []
            for _ in range(2):
                db = open_database(tmp_path / f"{uuid.uuid4().hex}.sqlite")
                client = ContactsApiClient(
                    str(reference),
                    org,
                    TOKEN,
                    retry=RetryPolicy(max_attempts=1),
                    sleep=lambda _s: None,
                    read_timeout=5.0,
                )
                self.sides.append(Kontor(Services.over(db), client, SyncEngine(db, client)))
            self.faults = reference.app.state.faults  # type: ignore[attr-defined]

        def _ids(self, side: int) -> list[str]:
            k = self.sides[side]
            with k.services.db.reading() as conn:
                rows = conn.execute(
                    select(s.contacts.c.id).where(s.contacts.c.deleted_at.is_(None))
                ).scalars()
                return sorted(rows)

        @rule(side=st.integers(0, 1), name=NAMES)
        def add(self, side: int, name: str) -> None:
            self.sides[side].add(IndividualContact(name=name))

        @rule(side=st.integers(0, 1), pick=st.integers(0, 50), name=NAMES)
        def rename(self, side: int, pick: int, name: str) -> None:
            ids = self._ids(side)
            if ids:
                k = self.sides[side]
                contact = k.get(ids[pick % len(ids)])
                k.add(contact.model_copy(update={"name": f"{name} {pick}"}))

        @rule(side=st.integers(0, 1), pick=st.integers(0, 50), user=NAMES)
        def add_email(self, side: int, pick: int, user: str) -> None:
            ids = self._ids(side)
            if ids:
                k = self.sides[side]
                contact = k.get(ids[pick % len(ids)])
                email = Email(address=f"{user.lower()}{pick}@klok.be", type="WORK_EMAIL")
                k.add(contact.model_copy(update={"emails": [*contact.emails, email]}))

        @rule(side=st.integers(0, 1), pick=st.integers(0, 50))
        def trash(self, side: int, pick: int) -> None:
            ids = self._ids(side)
            if ids:
                self.sides[side].services.history.trash(ids[pick % len(ids)])

        @rule(side=st.integers(0, 1), faulty=st.booleans(), seed=st.integers(0, 1000))
        def sync(self, side: int, faulty: bool, seed: int) -> None:
            if faulty:
                reference.app.state.faults = Faults(  # type: ignore[attr-defined]
                    error_rate=0.15, drop_connection_rate=0.05, apply_then_drop=0.05, seed=seed
                )
            try:
                self.sides[side].sync()
            finally:
                reference.app.state.faults = Faults()  # type: ignore[attr-defined]

        @invariant()
        def nothing_is_lost(self) -> None:
            # Every contact either is queued or agrees with its base (never silently dropped).
            for k in self.sides:
                with k.services.db.reading() as conn:
                    state = SyncStateRepository(conn)
                    queued = {i.local_id for i in state.outbox()}
                    known = {r.local_id for r in state.records() if r.base is not None}
                for contact_id in self._ids(self.sides.index(k)):
                    assert contact_id in queued or contact_id in known

        def teardown(self) -> None:
            try:
                self._converge()
            finally:
                for k in self.sides:
                    k.client.close()
                    k.services.close()

        def _converge(self) -> None:
            for _ in range(2):
                for k in self.sides:
                    result = k.sync()
                    assert result.complete, result.messages
            a = self.sides[0]
            conflicted = {i.local_id for k in self.sides for i in k.services.sync.issues()}
            views: list[dict[str, Any]] = []
            for side, k in enumerate(self.sides):
                view: dict[str, Any] = {}
                for contact_id in self._ids(side):
                    contact = k.get(contact_id)
                    if contact_id in conflicted or contact.remote_id is None:
                        assert contact_id in conflicted, "an unsent contact without an issue"
                        continue
                    view[contact.remote_id] = server_view(k, contact)
                views.append(view)
                pending = k.services.sync.pending_count()
                assert pending <= len(conflicted)
            server = {c["id"]: c for c in server_contacts(a) if not c.get("deleted")}
            for view in views:
                for remote_id in set(server) - set(view):
                    # only contacts held back by a conflict on that side may be missing
                    assert any(
                        k.get(i).remote_id == remote_id
                        for k in self.sides
                        for i in {x.local_id for x in k.services.sync.issues()}
                        if k.services.directory.get(i) is not None
                    ), f"{server[remote_id]['name']} missing"
            shared = set(views[0]) & set(views[1])
            for remote_id in shared:
                assert views[0][remote_id] == views[1][remote_id]

    TwoWorkstations.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=10,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    TwoWorkstations.TestCase().runTest()


def test_cancel_ends_a_wait_for_the_server_at_once(
    reference: RunningServer, tmp_path: Path, org: str
) -> None:
    """The server asks to come back in 30 s (429 Retry-After): Cancel does not wait that out."""
    import threading

    db = open_database(tmp_path / "waiting.sqlite")
    Services.over(db).editing.save(IndividualContact(name="Waits"))
    client = ContactsApiClient(
        str(reference), org, TOKEN, retry=RetryPolicy(max_attempts=3), read_timeout=5.0
    )
    reference.app.state.faults = Faults(rate_limit_every=1, retry_after_s=30)  # type: ignore[attr-defined]
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    try:
        result = SyncEngine(db, client).run(cancelled=stop.is_set)
    finally:
        reference.app.state.faults = Faults()  # type: ignore[attr-defined]
        client.close()
        db.close()
    assert time.monotonic() - started < 5
    assert not result.complete and result.outcome in ("cancelled", "offline")
