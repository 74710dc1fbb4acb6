"""The services the user interface works with, built together by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.account_matching import AccountMatching
from app.services.accounts import Accounts
from app.services.contacts import ContactEditing
from app.services.customer_lists import CustomerLists
from app.services.directory import ContactDirectory
from app.services.duplicates import DuplicateFinder
from app.services.history import EditHistory
from app.services.images import ImageService
from app.services.interchange import Interchange
from app.services.placeholders import PlaceholderCustomers
from app.services.sync import SyncService, connect_with
from app.services.sync_accounts import SyncOverview
from app.services.sync_setup import SyncSetup
from app.services.tags import TagService
from app.services.trash import TrashService
from app.store.database import Database
from app.sync.credentials import TokenStore


@dataclass
class Services:
    db: Database
    directory: ContactDirectory
    editing: ContactEditing
    history: EditHistory
    trash: TrashService
    tags: TagService
    customer_lists: CustomerLists
    placeholders: PlaceholderCustomers
    images: ImageService
    sync_setup: SyncSetup
    sync: SyncService
    interchange: Interchange
    duplicates: DuplicateFinder
    accounts: Accounts
    sync_accounts: SyncOverview
    matching: AccountMatching

    @classmethod
    def over(cls, db: Database, tokens: TokenStore | None = None) -> Services:
        editing = ContactEditing(db)
        history = EditHistory(db, editing)
        tokens = tokens if tokens is not None else TokenStore()
        setup = SyncSetup(db, tokens)
        sync = SyncService(db, lambda: connect_with(setup.settings(), tokens))
        return cls(
            db=db,
            directory=ContactDirectory(db),
            editing=editing,
            history=history,
            trash=TrashService(db, history),
            tags=TagService(db, history),
            customer_lists=CustomerLists(db),
            placeholders=PlaceholderCustomers(db),
            images=ImageService(db, history),
            sync_setup=setup,
            sync=sync,
            interchange=Interchange(db, history),
            duplicates=DuplicateFinder(db, history),
            accounts=Accounts(db, tokens),
            sync_accounts=SyncOverview(db, sync),
            matching=AccountMatching(db),
        )

    def close(self) -> None:
        self.db.close()
