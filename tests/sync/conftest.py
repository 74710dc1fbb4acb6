"""Kontor databases syncing with the reference server over a real loopback socket."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain.models import AnyContact
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.client import ContactsApiClient, RetryPolicy
from app.sync.engine import SyncEngine, SyncSummary
from app.sync.reference_server import Faults, RunningServer, running_server

TOKEN = "sync-test-token"


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference"), TOKEN) as server:
        yield server


@dataclass
class Kontor:
    """One workstation: its own database, syncing with the shared org."""

    services: Services
    client: ContactsApiClient
    engine: SyncEngine

    def sync(self, **kw: object) -> SyncSummary:
        return self.engine.run(**kw)  # type: ignore[arg-type]

    def add(self, contact: AnyContact) -> AnyContact:
        result = self.services.editing.save(contact)
        assert result.contact is not None, [str(p) for p in result.problems]
        return result.contact

    def get(self, contact_id: str) -> AnyContact:
        found = self.services.directory.get(contact_id)
        assert found is not None
        return found


@pytest.fixture
def org() -> str:
    return f"org-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def kontor(reference: RunningServer, org: str, tmp_path: Path) -> Iterator[Callable[..., Kontor]]:
    made: list[Kontor] = []

    def make(
        name: str = "a", *, delete_limit: int = 50, attempts: int = 2, page_limit: int = 5000
    ) -> Kontor:
        db = open_database(tmp_path / f"{name}.sqlite")
        client = ContactsApiClient(
            str(reference),
            org,
            TOKEN,
            retry=RetryPolicy(max_attempts=attempts),
            sleep=lambda _s: None,
            read_timeout=5.0,
        )
        k = Kontor(
            Services.over(db),
            client,
            SyncEngine(db, client, delete_limit=delete_limit, page_limit=page_limit),
        )
        made.append(k)
        return k

    yield make
    reference.app.state.faults = Faults()
    for k in made:
        k.client.close()
        k.services.close()
