"""Workstations syncing with a single-document account (Kanbert, the partner portal) over a
real loopback socket."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.domain.models import AnyContact
from app.services.registry import Services
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.store.sync_state import SyncIssueRow, SyncStateRepository
from app.sync.accounts import Account
from app.sync.client import JsonApiClient, RetryPolicy
from app.sync.connector import connector_for
from app.sync.document_sync import DocumentSyncEngine, pending_matches
from app.sync.progress import SyncSummary


@dataclass
class Workstation:
    services: Services
    account: Account
    client: JsonApiClient
    engine: DocumentSyncEngine

    def sync(self, **kw: Any) -> SyncSummary:
        return self.engine.run(**kw)

    def add(self, contact: AnyContact) -> AnyContact:
        result = self.services.editing.save(contact)
        assert result.contact is not None, [str(p) for p in result.problems]
        return result.contact

    def edit(self, contact_id: str, **changes: Any) -> AnyContact:
        return self.add(self.get(contact_id).model_copy(update=changes))

    def get(self, contact_id: str) -> AnyContact:
        found = self.services.directory.get(contact_id)
        assert found is not None
        return found

    def issues(self) -> list[SyncIssueRow]:
        with self.services.db.reading() as conn:
            return SyncStateRepository(conn, self.account.id or 0).issues()

    def pending(self) -> int:
        with self.services.db.reading() as conn:
            return SyncStateRepository(conn, self.account.id or 0).outbox_count()

    def matches(self) -> list[SyncIssueRow]:
        with self.services.db.reading() as conn:
            return pending_matches(conn, self.account.id or 0)

    def remote_id(self, contact_id: str) -> str | None:
        with self.services.db.reading() as conn:
            record = SyncStateRepository(conn, self.account.id or 0).record(contact_id)
        return record.remote_id if record else None

    def close(self) -> None:
        self.client.close()
        self.services.close()


def workstation(
    path: Path,
    system: str,
    url: str,
    token: str,
    *,
    tenant: str = "",
    services: Services | None = None,
) -> Workstation:
    """A workstation (or, with ``services``, one more account of the same book)."""
    if services is None:
        services = Services.over(open_database(path))
    db = services.db
    with db.transaction() as conn:
        account = AccountRepository(conn).save(
            Account(type=system, name=f"{system} account", base_url=url, tenant=tenant)
        )
    connector = connector_for(system)
    client = connector.make_client(  # type: ignore[attr-defined]
        url,
        tenant,
        token,
        retry=RetryPolicy(max_attempts=2),
        sleep=lambda _s: None,
        read_timeout=5.0,
    )
    engine = DocumentSyncEngine(db, client, connector, account)  # type: ignore[arg-type]
    return Workstation(services, account, client, engine)


@contextmanager
def bearer_client(server: object, token: str) -> Iterator[httpx.Client]:
    """An HTTP client with the reference server's token, for what a test puts there or reads."""
    with httpx.Client(
        base_url=str(server), headers={"Authorization": f"Bearer {token}"}, timeout=5
    ) as client:
        yield client


@contextmanager
def stations(
    folder: Path, system: str, url: str, token: str, *, tenant: str = ""
) -> Iterator[Callable[[str], Workstation]]:
    """Makes workstations by name, each with its own book in ``folder``; closes them at the end."""
    made: list[Workstation] = []

    def make(name: str) -> Workstation:
        w = workstation(folder / f"{name}.sqlite", system, url, token, tenant=tenant)
        made.append(w)
        return w

    try:
        yield make
    finally:
        for w in made:
            w.close()
