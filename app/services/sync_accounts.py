"""Sync across accounts, as the window shows it: what waits to be sent and what waits for a
decision in every account the book is linked to, and how each account last synced.

:class:`SyncOverview` lists the pending changes and sync issues of every account (or of one,
for the account filter), each with its account, and routes a decision to the account the
issue or change belongs to.  The per-account work is :class:`~app.services.sync.SyncService`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from app.domain.models import AnyContact
from app.i18n import translate
from app.services.sync import (
    PendingChange,
    Side,
    SyncIssue,
    SyncNotSetUp,
    SyncService,
    SyncStatus,
    pending_page,
    pending_total,
)
from app.store.accounts import AccountRepository
from app.store.database import Database
from app.store.sync_state import issue_account
from app.sync.accounts import ENFORE_ACCOUNT_ID, Account

#: Account types whose queued edits of contacts they do not carry are dropped.
TIDIED = frozenset({"kip", "workspace"})


@dataclass(frozen=True)
class AccountSyncStatus:
    """How one account stands: its counts, its last run and the recent outcomes."""

    account_id: int
    name: str
    type: str
    configured: bool
    enabled: bool
    status: SyncStatus
    outcomes: list[tuple[str, datetime | None]]  # newest first
    # Why the last run (cancelled ones aside) could not reach the server, in words
    # ("Offline: cannot reach example.com."); "" when it did.
    unreachable: str = ""


def _not_connected() -> Any:
    raise SyncNotSetUp(translate("Sync", "This account is synced by its own run."))


class SyncOverview:
    """Pending changes, sync issues and status of every account of the book."""

    def __init__(self, db: Database, enfore: SyncService | None = None) -> None:
        self._db = db
        self._enfore = enfore

    def service(self, account_id: int) -> SyncService:
        """The sync service of one account (for its lists and decisions)."""
        if self._enfore is not None and account_id == self._enfore.account_id:
            return self._enfore
        return SyncService(self._db, _not_connected, account_id=account_id)

    # --- which accounts ---------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """The accounts the sync views list: every account that is set up (the enfore account
        first), or the enfore account alone while none is (it collects what the first sync
        will send)."""
        with self._db.reading() as conn:
            repo = AccountRepository(conn)
            found = [a for a in repo.all() if a.configured]
            return found or [repo.enfore()]

    def _ids(self, account_id: int | None) -> list[int]:
        listed = [a.id for a in self.accounts() if a.id is not None]
        if account_id is None:
            return listed
        return [account_id] if account_id in listed else []

    def _names(self) -> dict[int, str]:
        return {a.id: a.name for a in self.accounts() if a.id is not None}

    # --- pending changes --------------------------------------------------------------------

    def tidy(self) -> None:
        """Every edit is queued for every account; an account whose connector knows which
        contacts it carries (KIP, the workspace) drops the others, so that what waits for it
        is what it will get."""
        from app.sync.connector import connector_for

        with self._db.reading() as conn:
            tidy = [a for a in AccountRepository(conn).all() if a.type in TIDIED]
        if not tidy:
            return
        with self._db.transaction() as conn:
            for account in tidy:
                connector_for(account.type).tidy_outbox(conn, account)  # type: ignore[attr-defined]

    def pending_count(self, account_id: int | None = None) -> int:
        """How many records wait to be sent to ``account_id`` (every listed account: None)."""
        self.tidy()
        ids = self._ids(account_id)
        with self._db.reading() as conn:
            return pending_total(conn, ids) if ids else 0

    def pending(
        self, offset: int = 0, limit: int = 200, account_id: int | None = None
    ) -> list[PendingChange]:
        """A page of what waits to be sent, oldest first, each row with its account."""
        self.tidy()
        ids = self._ids(account_id)
        if not ids:
            return []
        with self._db.reading() as conn:
            return pending_page(conn, ids, offset, limit)

    def discard(self, account_id: int, local_id: str) -> AnyContact | None:
        """Throw away the unsent edits of one record for one account."""
        return self.service(account_id).discard(local_id)

    # --- issues -----------------------------------------------------------------------------

    def issues(self, account_id: int | None = None) -> list[SyncIssue]:
        """The sync issues of ``account_id`` (every listed account: None), oldest first, each
        with its account's name."""
        names = self._names()
        ids = self._ids(account_id)
        found = [
            replace(issue, account=names.get(issue.account_id, ""))
            for one in ids
            for issue in self.service(one).issues()
        ]
        return sorted(found, key=lambda issue: issue.at)

    def issue_count(self, account_id: int | None = None) -> int:
        return sum(self.service(one).issue_count() for one in self._ids(account_id))

    def account_of(self, issue_id: str) -> int:
        """The account an issue belongs to (ValueError when it was settled already)."""
        with self._db.reading() as conn:
            found = issue_account(conn, issue_id)
        if found is None:
            raise ValueError(translate("Sync", "this sync issue was settled already"))
        return found

    def resolve(self, issue_id: str, choices: Mapping[str, Side]) -> Any:
        """Settle a conflict in the account it belongs to."""
        return self.service(self.account_of(issue_id)).resolve(issue_id, choices)

    def settle_deleted(self, issue_id: str, side: Side) -> AnyContact | None:
        """Settle an edit-against-delete in the account it belongs to."""
        return self.service(self.account_of(issue_id)).settle_deleted(issue_id, side)

    def retry(self, issue_id: str) -> None:
        """Send a refused change again with the next run of its account."""
        self.service(self.account_of(issue_id)).retry(issue_id)

    # --- status -----------------------------------------------------------------------------

    def statuses(self, runs: int = 20) -> list[AccountSyncStatus]:
        """Each listed account with its counts and its recent run outcomes."""
        self.tidy()
        out: list[AccountSyncStatus] = []
        for account in self.accounts():
            assert account.id is not None
            service = self.service(account.id)
            recent = service.last_runs(runs)
            out.append(
                AccountSyncStatus(
                    account_id=account.id,
                    name=account.name,
                    type=account.type,
                    configured=account.configured,
                    enabled=account.enabled,
                    status=service.status(),
                    outcomes=[(r.outcome, r.finished_at or r.started_at) for r in recent],
                    unreachable=_unreachable(recent),
                )
            )
        return out


def _unreachable(runs: list[Any]) -> str:
    """The words of the last run that was not cancelled, if it could not reach the server."""
    last = next((r for r in runs if r.outcome != "cancelled"), None)
    if last is None or last.outcome != "offline" or not isinstance(last.summary, dict):
        return ""
    words = last.summary.get("unreachable")
    return words if isinstance(words, str) else ""


__all__ = ["ENFORE_ACCOUNT_ID", "AccountSyncStatus", "SyncOverview"]
