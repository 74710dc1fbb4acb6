"""What waits for a KIP or workspace account is what it will get: every edit is queued for
every account, and these two drop the contacts they do not carry (people, organizations not
registered with KIP, organizations other than our own), so the status bar and Pending changes
count only those."""

from __future__ import annotations

from pathlib import Path

from app.domain.models import IndividualContact, Location, OrganizationContact, Tag
from app.services.registry import Services
from app.services.sync_accounts import SyncOverview
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.sync.accounts import Account
from app.sync.connectors.kip import TAG
from app.sync.connectors.workspace import OWN


def test_pending_for_kip_and_the_workspace_counts_only_what_they_carry(tmp_path: Path) -> None:
    services = Services.over(open_database(tmp_path / "book.sqlite"))
    try:
        editing = services.editing
        own = editing.save(OrganizationContact(name="Our Office BV")).contact
        other = editing.save(OrganizationContact(name="Someone Else BV")).contact
        assert own is not None and other is not None
        with services.db.transaction() as conn:
            repo = AccountRepository(conn)
            kip = repo.save(
                Account(
                    type="kip", name="KIP", base_url="https://kip.example", settings={TAG: "kip"}
                )
            )
            ws = repo.save(
                Account(type="workspace", name="WS", base_url="https://ws.example",
                        settings={OWN: own.id})
            )  # fmt: skip
        assert kip.id is not None and ws.id is not None
        overview = SyncOverview(services.db)
        person = editing.save(IndividualContact(name="Ann Peeters")).contact
        assert person is not None
        editing.save(other.model_copy(update={"internal_note": "x"}))
        editing.save(own.model_copy(update={"locations": [Location(name="Gent")]}))
        assert overview.pending_count(ws.id) == 1
        assert [p.local_id for p in overview.pending(account_id=ws.id)] == [own.id]
        assert overview.pending_count(kip.id) == 0

        tagged = services.directory.get(other.id)
        assert tagged is not None
        editing.save(tagged.model_copy(update={"tags": [Tag(name="KIP")]}))
        assert [p.local_id for p in overview.pending(account_id=kip.id)] == [other.id]
        services.accounts.kip().set_ticked(kip.id, own.id, True)
        assert overview.pending_count(kip.id) == 2
        statuses = {s.name: s.status.pending for s in overview.statuses()}
        assert statuses["KIP"] == 2 and statuses["WS"] == 1
    finally:
        services.close()
