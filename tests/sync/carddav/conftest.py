"""Kontor workstations syncing with a real CardDAV server (Radicale) on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.services.registry import Services
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.sync.accounts import Account
from app.sync.client import RetryPolicy
from app.sync.connector import connector_for
from app.sync.document_sync import DocumentSyncEngine
from tests.sync.accounts.workstations import Workstation
from tests.sync.carddav.radicale_server import Radicale, running_radicale

USER = "alice"
PASSWORD = "alice-secret"


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    """Radicale asking for Basic auth (alice / alice-secret), with one address book."""
    with running_radicale(tmp_path / "radicale", {USER: PASSWORD}) as server:
        server.make_address_book(USER, "contacts")
        yield server


def carddav_workstation(
    path: Path,
    server: Radicale,
    *,
    book: str = "/alice/contacts/",
    password: str = PASSWORD,
    settings: dict[str, object] | None = None,
    services: Services | None = None,
) -> Workstation:
    if services is None:
        services = Services.over(open_database(path))
    with services.db.transaction() as conn:
        account = AccountRepository(conn).save(
            Account(
                type="carddav",
                name="Phone book",
                base_url=server.url,
                tenant=book,
                user=USER,
                settings=dict(settings or {}),
            )
        )
    connector = connector_for("carddav")
    client = connector.client_for(  # type: ignore[attr-defined]
        account,
        password,
        retry=RetryPolicy(max_attempts=2),
        sleep=lambda _s: None,
        read_timeout=10.0,
    )
    engine = DocumentSyncEngine(services.db, client, connector, account)  # type: ignore[arg-type]
    return Workstation(services, account, client, engine)


@pytest.fixture
def kontor(tmp_path: Path, radicale: Radicale) -> Iterator[Callable[..., Workstation]]:
    """Workstations of the address book on ``radicale`` (closed at the end)."""
    made: list[Workstation] = []

    def make(name: str = "a", **kw: object) -> Workstation:
        station = carddav_workstation(tmp_path / f"{name}.sqlite", radicale, **kw)  # type: ignore[arg-type]
        made.append(station)
        return station

    yield make
    for station in made:
        station.close()
