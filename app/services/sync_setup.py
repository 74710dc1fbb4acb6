"""Setting up sync: the server, the organization, the schedule and the API token.

What the Preferences dialog asks for.  Settings go to the local database, the token to the
system keychain (:class:`~app.sync.credentials.TokenStore`), never the other way round.
:meth:`SyncSetup.apply` stores both or neither: a keychain that refuses the token leaves the
settings as they were, and settings that cannot be written take the new token back out.
"""

from __future__ import annotations

import contextlib

from app.store.database import Database
from app.store.sync_settings import SyncSettingsRepository
from app.sync.connection_check import DEFAULT_TIMEOUT, ConnectionReport, check_connection
from app.sync.credentials import CredentialsUnavailable, TokenSource, TokenStore, token_problems
from app.sync.settings import SyncSettings


class SyncSetup:
    """Reads and changes the sync settings and the token; tests the connection."""

    def __init__(
        self, db: Database, tokens: TokenStore, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self._db = db
        self._tokens = tokens
        self._timeout = timeout

    # --- settings -------------------------------------------------------------------------

    def settings(self) -> SyncSettings:
        """The stored settings (defaults when sync was never set up)."""
        with self._db.reading() as connection:
            return SyncSettingsRepository(connection).load()

    def save(self, settings: SyncSettings) -> list[str]:
        """Store ``settings`` if they are valid; the problems otherwise (nothing stored)."""
        settings = settings.normalized()
        problems = settings.validate()
        if problems:
            return problems
        with self._db.transaction() as connection:
            SyncSettingsRepository(connection).save(settings)
        return []

    def apply(self, settings: SyncSettings, token: str | None) -> list[str]:
        """Store ``settings`` and, when ``token`` is not empty, the token: both or neither.

        Returns the problems of the settings or the token (nothing stored then).  Raises
        :class:`CredentialsUnavailable` when the keychain cannot take the token (nothing
        stored either)."""
        settings = settings.normalized()
        token = (token or "").strip()
        problems = settings.validate() + (token_problems(token) if token else [])
        if problems:
            return problems
        if not token:
            return self.save(settings)
        previous = self._tokens.stored(settings)
        self._tokens.set(settings, token)
        try:
            with self._db.transaction() as connection:
                SyncSettingsRepository(connection).save(settings)
        except BaseException:
            self._restore_token(settings, previous)
            raise
        return []

    def _restore_token(self, settings: SyncSettings, previous: str | None) -> None:
        with contextlib.suppress(CredentialsUnavailable, ValueError):  # report the first error
            if previous is None:
                self._tokens.delete(settings)
            else:
                self._tokens.set(settings, previous)

    # --- the token ------------------------------------------------------------------------

    @staticmethod
    def token_problems(token: str) -> list[str]:
        """What is wrong with ``token`` as an API token (empty: nothing)."""
        return token_problems(token)

    def has_token(self, settings: SyncSettings) -> bool:
        """Whether a token is at hand for ``settings`` (environment or keychain)."""
        return self._tokens.get(settings) is not None

    def token_source(self, settings: SyncSettings) -> TokenSource | None:
        """``environment`` (``KONTOR_API_TOKEN``), ``keychain``, or ``None`` for no token.

        Raises :class:`CredentialsUnavailable` when the keychain cannot be read."""
        return self._tokens.source(settings)

    def set_token(self, settings: SyncSettings, token: str) -> list[str]:
        """Keep ``token`` in the keychain for ``settings``; its problems if it cannot be one."""
        problems = token_problems(token)
        if problems:
            return problems
        self._tokens.set(settings, token)
        return []

    def forget_token(self, settings: SyncSettings) -> None:
        """Remove the keychain's token for ``settings`` (``KONTOR_API_TOKEN`` stays)."""
        self._tokens.delete(settings)

    # --- the connection -------------------------------------------------------------------

    def test_connection(self, settings: SyncSettings, token: str | None = None) -> ConnectionReport:
        """Try ``settings`` with ``token``, or with the stored token when none is given.

        Makes a network call: run it off the GUI thread."""
        typed = (token or "").strip()
        if typed:
            problems = token_problems(typed)
            if problems:
                return ConnectionReport.failure("no_token", problems[0])
            return check_connection(settings, typed, timeout=self._timeout)
        problems = settings.validate()
        if problems:
            return ConnectionReport.failure("bad_settings", " ".join(problems))
        try:
            stored = self._tokens.get(settings)
        except CredentialsUnavailable as exc:
            return ConnectionReport.failure("no_token", exc.message)
        return check_connection(settings, stored, timeout=self._timeout)


__all__ = ["ConnectionReport", "CredentialsUnavailable", "SyncSetup", "TokenSource"]
