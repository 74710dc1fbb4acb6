"""The services the user interface works with, built together by the composition root.

Each service is made (and its module imported) the first time something asks for it: the
window's first screen needs the contact directory, not sync, import or duplicate finding, and
a start does not wait for them.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from app.store.database import Database

if TYPE_CHECKING:
    from app.services.account_matching import AccountMatching
    from app.services.accounts import Accounts
    from app.services.contacts import ContactEditing
    from app.services.customer_lists import CustomerLists
    from app.services.data_quality import DataQuality
    from app.services.directory import ContactDirectory
    from app.services.duplicates import DuplicateFinder
    from app.services.history import EditHistory
    from app.services.images import ImageService
    from app.services.interchange import Interchange
    from app.services.placeholders import PlaceholderCustomers
    from app.services.privacy import Privacy
    from app.services.record_history import RecordHistory
    from app.services.sync import SyncService
    from app.services.sync_accounts import SyncOverview
    from app.services.sync_setup import SyncSetup
    from app.services.tags import TagService
    from app.services.trash import TrashService
    from app.sync.credentials import TokenStore


class Services:
    """The services over one open database, each made on first use."""

    def __init__(self, db: Database, tokens: TokenStore | None = None) -> None:
        self.db = db
        self._tokens = tokens

    @classmethod
    def over(cls, db: Database, tokens: TokenStore | None = None) -> Services:
        return cls(db, tokens)

    @cached_property
    def tokens(self) -> TokenStore:
        if self._tokens is not None:
            return self._tokens
        from app.sync.credentials import TokenStore

        return TokenStore()

    @cached_property
    def directory(self) -> ContactDirectory:
        from app.services.directory import ContactDirectory

        return ContactDirectory(self.db)

    @cached_property
    def editing(self) -> ContactEditing:
        from app.services.contacts import ContactEditing

        return ContactEditing(self.db)

    @cached_property
    def history(self) -> EditHistory:
        from app.services.history import EditHistory

        return EditHistory(self.db, self.editing)

    @cached_property
    def trash(self) -> TrashService:
        from app.services.trash import TrashService

        return TrashService(self.db, self.history)

    @cached_property
    def tags(self) -> TagService:
        from app.services.tags import TagService

        return TagService(self.db, self.history)

    @cached_property
    def customer_lists(self) -> CustomerLists:
        from app.services.customer_lists import CustomerLists

        return CustomerLists(self.db, self.history)

    @cached_property
    def placeholders(self) -> PlaceholderCustomers:
        from app.services.placeholders import PlaceholderCustomers

        return PlaceholderCustomers(self.db, self.history)

    @cached_property
    def images(self) -> ImageService:
        from app.services.images import ImageService

        return ImageService(self.db, self.history)

    @cached_property
    def sync_setup(self) -> SyncSetup:
        from app.services.sync_setup import SyncSetup

        return SyncSetup(self.db, self.tokens)

    @cached_property
    def sync(self) -> SyncService:
        from app.services.sync import SyncService, connect_with

        setup, tokens = self.sync_setup, self.tokens
        return SyncService(self.db, lambda: connect_with(setup.settings(), tokens))

    @cached_property
    def interchange(self) -> Interchange:
        from app.services.interchange import Interchange

        return Interchange(self.db, self.history)

    @cached_property
    def duplicates(self) -> DuplicateFinder:
        from app.services.duplicates import DuplicateFinder

        return DuplicateFinder(self.db, self.history)

    @cached_property
    def accounts(self) -> Accounts:
        from app.services.accounts import Accounts

        return Accounts(self.db, self.tokens)

    @cached_property
    def sync_accounts(self) -> SyncOverview:
        from app.services.sync_accounts import SyncOverview

        return SyncOverview(self.db, self.sync)

    @cached_property
    def matching(self) -> AccountMatching:
        from app.services.account_matching import AccountMatching

        return AccountMatching(self.db)

    @cached_property
    def quality(self) -> DataQuality:
        from app.services.data_quality import DataQuality

        return DataQuality(self.db)

    @cached_property
    def record_history(self) -> RecordHistory:
        from app.services.record_history import RecordHistory

        return RecordHistory(self.db, self.history)

    @cached_property
    def privacy(self) -> Privacy:
        from app.services.privacy import Privacy

        return Privacy(self.db, self.history)

    def start_check_done(self) -> bool:
        """Whether the check of the database file that runs beside the start has finished
        (true when there was none)."""
        check = self.db.start_check
        return check is None or check.done()

    def start_check_error(self) -> Exception | None:
        """What that check found wrong (``None`` while it runs or when the file is sound)."""
        check = self.db.start_check
        return None if check is None else check.error()

    def wait_for_start_check(self) -> Exception | None:
        """Wait for that check to finish; what it found wrong, or ``None``."""
        check = self.db.start_check
        if check is None:
            return None
        try:
            check.wait()
        except Exception as exc:
            return exc
        return None

    def close(self) -> None:
        self.db.close()
