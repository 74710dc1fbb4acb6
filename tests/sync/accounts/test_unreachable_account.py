"""A Kanbert or partner-portal account whose server refuses the connection (nothing listens
on its port): the run ends at once as offline, as the enfore account's does, the book is left
as it was and its changes stay queued for the next run."""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.models import Address, Email, IndividualContact, OrganizationContact, Phone
from app.services.registry import Services
from app.store import schema as s
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import Account
from app.sync.client import RetryPolicy
from app.sync.connector import connector_for
from app.sync.connectors.kip import MARKED
from app.sync.credentials import TokenStore
from app.sync.document_sync import DocumentSyncEngine
from app.sync.reference_server import running_server
from app.sync.reference_server.kip import companies
from tests.cli.test_accounts_command import MemoryKeyring
from tests.sync.accounts.workstations import workstation


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
        assert any("Offline: cannot reach 127.0.0.1:" in m for m in summary.messages), (
            summary.messages
        )
        assert book() == before  # nothing changed here, both still queued
        assert took < 2.0, f"a refused connection took {took:.1f} s"  # no retries with pauses
        runs = services.sync_accounts.service(account.id).last_runs(1)
        assert [r.outcome for r in runs] == ["offline"]
    finally:
        services.close()


def test_a_kip_create_refused_at_the_connection_is_sent_later_without_asking(
    tmp_path: Path,
) -> None:
    """KIP cannot be asked whether a create whose answer was lost made the company; a create
    whose connection was refused never left here, so it asks nothing: it is sent once KIP is
    back, as if nothing had happened."""
    w = workstation(tmp_path / "k.sqlite", "kip", f"http://127.0.0.1:{closed_port()}", "kip")
    try:
        made = w.add(
            OrganizationContact(
                name="Kinepolis Gent",
                vat_number="BE 0415.928.179",
                invoice_language="nl",
                emails=[Email(address="development@kinepolis.com")],
                phones=[
                    Phone(number="+32 9 241 00 00", type="MAIN"),
                    Phone(number="+32 470 12 34 56", type="MOBILE"),
                ],
                addresses=[
                    Address(
                        street_name="Ter Platen",
                        street_number="12",
                        zip="9000",
                        city="Gent",
                        country_code="BE",
                    ),
                ],
            )
        )
        w.account = replace(w.account, settings={MARKED: [made.id]})
        for _run in range(2):
            down = DocumentSyncEngine(w.services.db, w.client, w.engine.connector, w.account).run()
            assert down.outcome == "offline", down
            assert w.pending() == 1 and w.issues() == []
        with running_server(tmp_path, "kip-token", system="kip") as server:
            with w.services.db.transaction() as conn:
                w.account = AccountRepository(conn).save(replace(w.account, base_url=str(server)))
            connector = connector_for("kip")
            client = connector.make_client(  # type: ignore[attr-defined]
                str(server), "", "kip-token", retry=RetryPolicy(max_attempts=1)
            )
            try:
                back = DocumentSyncEngine(w.services.db, client, connector, w.account).run()  # type: ignore[arg-type]
            finally:
                client.close()
            assert back.outcome == "ok" and back.created_remote == 1, back
            assert len(companies(server.app)) == 1 and w.issues() == []
    finally:
        w.close()
