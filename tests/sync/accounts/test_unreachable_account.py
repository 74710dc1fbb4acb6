"""A Kanbert or partner-portal account whose server refuses the connection (nothing listens
on its port): the run ends at once as offline, as the enfore account's does, the book is left
as it was and its changes stay queued for the next run."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.models import Email, IndividualContact, OrganizationContact
from app.services.registry import Services
from app.store import schema as s
from app.store.migrations import open_database
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import Account
from app.sync.credentials import TokenStore
from tests.cli.test_accounts_command import MemoryKeyring


def closed_port() -> int:
    """A port nothing listens on: one the system handed out, then let go."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize("edits", [True, False], ids=["with-edits", "nothing-queued"])
@pytest.mark.parametrize("system", ["kanbert", "partners"])
def test_a_refused_connection_ends_the_run_offline_at_once_and_changes_stay_queued(
    tmp_path: Path, system: str, edits: bool
) -> None:
    services = Services.over(
        open_database(tmp_path / "book.sqlite"), TokenStore(MemoryKeyring(), environ={})
    )
    try:
        account, problems = services.accounts.save(
            Account(
                type=system,
                name="Down the road",
                base_url=f"http://127.0.0.1:{closed_port()}",
                tenant="p1" if system == "partners" else "",
            ),
            "a-token-for-nobody",
        )
        assert account is not None and account.id is not None, problems
        if edits:
            services.editing.save(
                IndividualContact(name="Ann Peeters", emails=[Email(address="ann@acme.be")])
            )
            services.editing.save(OrganizationContact(name="Acme"))

        def book() -> tuple[list[tuple[object, ...]], int, int]:
            c = s.contacts
            with services.db.reading() as conn:
                queued = SyncStateRepository(conn, account.id or 0).outbox_count()
                rows = conn.execute(
                    select(c.c.id, c.c.name, c.c.updated_at, c.c.deleted_at).order_by(c.c.id)
                ).all()
                links = conn.execute(select(func.count()).select_from(s.sync_records)).scalar()
            return [tuple(r) for r in rows], queued, int(links or 0)

        before = book()
        assert len(before[0]) == before[1] == (2 if edits else 0)  # both wait for the account

        started = time.monotonic()
        summary = services.accounts.sync(account)
        took = time.monotonic() - started

        assert summary.outcome == "offline", summary
        assert not summary.complete
        assert any("could not be reached" in m for m in summary.messages), summary.messages
        assert book() == before  # nothing changed here, both still queued
        assert took < 2.0, f"a refused connection took {took:.1f} s"  # no retries with pauses
        runs = services.sync_accounts.service(account.id).last_runs(1)
        assert [r.outcome for r in runs] == ["offline"]
    finally:
        services.close()
