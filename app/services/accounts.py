"""The accounts as Preferences → Accounts and ``kontor accounts`` change them.

An account's settings go to the local database, its token to the system keychain, never the
other way round; :meth:`Accounts.save` stores both or neither.  Removing an account unlinks
the book from it and never deletes a contact.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.i18n import translate
from app.store.accounts import AccountLink, AccountNameTaken, AccountRepository
from app.store.database import Database
from app.sync.accounts import Account
from app.sync.connection_check import DEFAULT_TIMEOUT, ConnectionReport, check_connection
from app.sync.credentials import CredentialsUnavailable, TokenSource, TokenStore, token_problems

if TYPE_CHECKING:
    from app.services.kip import KipCompanies
    from app.services.workspace import Workspace
    from app.sync.connector import Connector
    from app.sync.progress import SyncSummary


class Accounts:
    """Lists, adds, changes, tests and removes accounts."""

    def __init__(
        self, db: Database, tokens: TokenStore, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self._db = db
        self._tokens = tokens
        self._timeout = timeout
        # How many records gone there one run takes as gone without the user's yes (None:
        # each engine's own limit).
        self.delete_limit: int | None = None
        # One lock per account: its runs (the window's timer, Sync other accounts, the
        # Accounts dialog's Sync now) wait for each other, never overlap.
        self._locks_lock = threading.Lock()
        self._run_locks: dict[int, threading.Lock] = {}

    def all(self) -> list[Account]:
        """Every account that is set up (the enfore account only once it is)."""
        with self._db.reading() as conn:
            return [a for a in AccountRepository(conn).all() if a.configured]

    def get(self, account_id: int) -> Account | None:
        with self._db.reading() as conn:
            return AccountRepository(conn).get(account_id)

    def links(self, local_id: str) -> list[AccountLink]:
        """Which accounts hold the contact ``local_id``, its id there and when it was last
        synced with each (what the contact editor's "Linked to" row shows), each with
        whether the record is only read from there and what that system cannot do with it."""
        with self._db.reading() as conn:
            links = AccountRepository(conn).links_of(local_id)
        return [
            replace(
                link,
                read_only=read_only(link.type, link.kind),
                notes=notes_of(link.type, link.kind),
            )
            for link in links
        ]

    @staticmethod
    def limitations(account_type: str) -> list[str]:
        """What accounts of ``account_type`` cannot do, in the user's language (what
        Preferences → Accounts shows for the chosen account); empty when nothing is known."""
        return limitations_of(account_type)

    def save(self, account: Account, token: str | None = None) -> tuple[Account | None, list[str]]:
        """Store ``account`` (new when its id is ``None``) and, when given, its token: both
        or neither.  Returns the stored account, or ``None`` and the problems."""
        account = account.normalized()
        token = (token or "").strip()
        problems = account.validate() + (token_problems(token) if token else [])
        if problems:
            return None, problems
        previous: str | None = None
        try:
            with self._db.transaction() as conn:
                repo = AccountRepository(conn)
                account = repo.placed(account)
                stored = repo.save(account)
                if token:
                    previous = self._tokens.stored(stored)
                    self._tokens.set(stored, token)
        except AccountNameTaken as exc:
            return None, [str(exc)]
        except CredentialsUnavailable:
            raise
        except BaseException:
            if token and previous is not None:
                with contextlib.suppress(CredentialsUnavailable, ValueError):
                    self._tokens.set(stored, previous)
            raise
        return stored, []

    def remove(self, account: Account) -> None:
        """Unlink the book from ``account`` (contacts stay) and forget its token."""
        assert account.id is not None
        with self._db.transaction() as conn:
            AccountRepository(conn).remove(account.id)
        with contextlib.suppress(CredentialsUnavailable):
            self._tokens.delete(account)

    def _test_kip_or_workspace(self, account: Account, token: str | None) -> ConnectionReport:
        from app.services.workspace import test_connection

        typed = (token or "").strip()
        if not typed and account.type == "workspace":
            try:
                typed = self._tokens.get(account) or ""
            except CredentialsUnavailable as exc:
                return ConnectionReport.failure("no_token", exc.message)
        return test_connection(account, typed, timeout=self._timeout)

    def kip(self) -> KipCompanies:
        """KIP registration of organizations and KIP's data export."""
        from app.services.kip import KipCompanies

        return KipCompanies(self._db, self._tokens, timeout=self._timeout)

    def workspace(self) -> Workspace:
        """The workspace accounts' own organization and reference lists."""
        from app.services.workspace import Workspace

        return Workspace(self._db)

    def sync(
        self,
        account: Account,
        cancelled: Callable[[], bool] | None = None,
        *,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        """One run of an account synced by its own connector (every type but enfore, whose
        runs the window's sync makes); a network call: off the GUI thread.  ``cancelled`` is
        asked between steps (what was done so far is kept).  ``allow_mass_delete``: the
        user's yes to more deletions (or companies gone there) than the safety limit.  A run
        of an account that is syncing already waits for that run to end: one account's runs
        never overlap."""
        with self._locks_lock:
            lock = self._run_locks.setdefault(account.id or 0, threading.Lock())
        with lock:
            return self._sync_once(account, cancelled, allow_mass_delete)

    def _sync_once(
        self,
        account: Account,
        cancelled: Callable[[], bool] | None = None,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        from app.sync.connector import connector_for
        from app.sync.document_sync import DocumentSyncEngine
        from app.sync.progress import SyncSummary

        try:
            token = self._tokens.get(account) or ""
        except CredentialsUnavailable as exc:
            return SyncSummary(outcome="credentials", complete=False, messages=[exc.message])
        if not token:
            return SyncSummary(
                outcome="credentials",
                complete=False,
                messages=[
                    translate("Accounts", "No API token for this account: enter it in Edit….")
                ],
            )
        connector: Any = connector_for(account.type)
        client_for = getattr(connector, "client_for", None)
        if client_for is not None:
            client = client_for(account, token)
        else:
            client = connector.make_client(
                account.base_url, account.tenant, token, route_overrides=account.route_overrides
            )
        try:
            make_engine = getattr(connector, "make_engine", None)
            engine = (
                make_engine(self._db, client, account)
                if make_engine is not None
                else DocumentSyncEngine(self._db, client, connector, account)
            )
            if self.delete_limit is not None and hasattr(engine, "delete_limit"):
                engine.delete_limit = self.delete_limit
            summary: SyncSummary = engine.run(None, cancelled, allow_mass_delete=allow_mass_delete)
            return summary
        finally:
            client.close()

    def token_source(self, account: Account) -> TokenSource | None:
        return self._tokens.source(account)

    def test_connection(self, account: Account, token: str | None = None) -> ConnectionReport:
        """Try ``account`` with ``token`` or its stored one (a network call: off the GUI
        thread).  Only enfore accounts can be tried by this version."""
        problems = account.normalized().validate()
        if problems:
            return ConnectionReport.failure("bad_settings", " ".join(problems))
        if account.type == "carddav":
            return self._test_carddav(account.normalized(), token)
        if account.type in ("kip", "workspace"):
            return self._test_kip_or_workspace(account.normalized(), token)
        if account.type != "enfore":
            return ConnectionReport.failure(
                "bad_settings",
                translate("Accounts", "Testing a {kind} account is not possible yet.").format(
                    kind=account.label
                ),
            )
        typed = (token or "").strip()
        if not typed:
            try:
                typed = self._tokens.get(account) or ""
            except CredentialsUnavailable as exc:
                return ConnectionReport.failure("no_token", exc.message)
        settings = account.normalized().sync_settings()
        return check_connection(settings, typed or None, timeout=self._timeout)

    def find_address_books(
        self, url: str, user: str, secret: str, auth: str = "", account: Account | None = None
    ) -> list[tuple[str, str]]:
        """The CardDAV address books ``user`` has on the server at ``url`` as
        ``(name, path)``, signing in with ``secret`` (else the stored one of ``account``); a
        network call: off the GUI thread.  Raises
        :class:`~app.sync.connectors.carddav.setup.SetupError` saying what is wrong."""
        from app.sync.connectors.carddav.setup import SetupError, find_address_books

        if not secret.strip() and account is not None:
            try:
                secret = self._tokens.get(account) or ""
            except CredentialsUnavailable as exc:
                raise SetupError(exc.message) from exc

        found = find_address_books(
            url.strip().rstrip("/"), user.strip(), secret.strip(), auth=auth,
            connect_timeout=self._timeout, read_timeout=self._timeout,
        )  # fmt: skip
        return [(book.name, book.href) for book in found.books]

    def _test_carddav(self, account: Account, token: str | None) -> ConnectionReport:
        """Sign in to a CardDAV server and read the account's address book."""
        from app.sync.client import ApiAuthError, ApiError, ApiNotFound, ApiUnavailable
        from app.sync.connectors.carddav.client import CardDavClient

        secret = (token or "").strip()
        if not secret:
            try:
                secret = self._tokens.get(account) or ""
            except CredentialsUnavailable as exc:
                return ConnectionReport.failure("no_token", exc.message)
        if not secret:
            return ConnectionReport.failure(
                "no_token", translate("Accounts", "Enter the password (or token) first.")
            )
        client = CardDavClient(
            account.base_url,
            secret,
            user=account.user,
            auth=str(account.settings.get("auth") or ""),
            addressbook=account.tenant,
            connect_timeout=self._timeout,
            read_timeout=self._timeout,
        )
        try:
            book = client.book(tags=False)
        except ApiAuthError as exc:
            return ConnectionReport.failure(
                "unauthorized",
                translate(
                    "Accounts", "The server refused the user name and password ({status})."
                ).format(status=exc.status),
            )
        except ApiNotFound:
            return ConnectionReport.failure(
                "not_the_api",
                translate("Accounts", "There is no address book at {path} on this server.").format(
                    path=account.tenant
                ),
            )
        except ApiUnavailable as exc:
            return ConnectionReport.failure(
                "unreachable",
                translate("Accounts", "Not reachable: {error}.").format(error=exc.message),
            )
        except ApiError as exc:
            return ConnectionReport.failure(
                "not_the_api",
                translate("Accounts", "Not a CardDAV address book: {error}").format(error=exc),
            )
        finally:
            client.close()
        if book.supports_sync:
            how = translate("Accounts", "sync-collection")
        else:
            how = translate("Accounts", "ETags (no sync-collection)")
        return ConnectionReport.success(
            translate(
                "Accounts", "Connected: address book “{name}”, vCard {version}, synced by {how}."
            ).format(name=book.name, version=book.vcard_version, how=how)
        )


def _connector(account_type: str) -> Connector | None:
    from app.sync.connector import connector_for

    try:
        return connector_for(account_type)
    except (KeyError, LookupError, ValueError):
        return None


def read_only(account_type: str, kind: str) -> bool:
    """Whether records of ``kind`` are only read from accounts of this type, never written
    there (Kanbert's companies: organizations here)."""
    connector = _connector(account_type)
    return bool(kind) and getattr(connector, "related_kind", None) == kind


def notes_of(account_type: str, kind: str) -> tuple[str, ...]:
    """What a system cannot do with a record of ``kind``, as its connector declares it."""
    connector = _connector(account_type)
    note = connector.capabilities.notes.get(kind) if connector is not None else None
    return (translate("Sync", note),) if note else ()


def limitations_of(account_type: str) -> list[str]:
    """Every limitation the connector of ``account_type`` declares, in the user's language:
    its notes per kind of record and, for a write-only system, that it cannot be read."""
    from app.sync.connector import ListingKind

    connector = _connector(account_type)
    if connector is None:
        return []
    capabilities = connector.capabilities
    system = translate("Sync", connector.label)
    lines = [translate("Sync", note) for note in capabilities.notes.values()]
    if capabilities.listing is ListingKind.NONE:
        lines.append(
            translate(
                "Accounts",
                "{system} cannot be read: changes made there are not taken in here; Kontor "
                "only sends what it has.",
            ).format(system=system)
        )
    return list(dict.fromkeys(lines))


__all__ = ["AccountLink", "Accounts", "limitations_of", "notes_of", "read_only"]
