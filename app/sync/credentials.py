"""The API token: kept in the system keychain, or given by ``KONTOR_API_TOKEN``.

The token is a secret: it is never written to the database, the settings, a log line, an
exception message or a ``repr``.  Each account has its own keychain entry (service
``Kontor``): user ``account:{id}``, except enfore accounts, whose entry stays
``{org_id}@{base_url}`` as it always was (the book's first enfore account, its settings and
any further account of the same organization on the same server name the same entry), so
tokens of a test and a production server never mix.

``KONTOR_API_TOKEN``, when set and not empty, wins over the keychain: scripts and CI machines
often have no keychain at all.  Every keychain failure (none installed, locked, refused)
becomes :class:`CredentialsUnavailable` with a sentence the user can act on.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Mapping
from typing import Final, Literal, TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.sync.accounts import Account
from app.sync.settings import SyncSettings

log = logging.getLogger(__name__)

SERVICE: Final = "Kontor"
TOKEN_VARIABLE: Final = "KONTOR_API_TOKEN"
MAX_TOKEN_LENGTH: Final = 4096

TokenSource = Literal["environment", "keychain"]
T = TypeVar("T")


class CredentialsUnavailable(Exception):  # noqa: N818 (reads as a state, like the others)
    """The keychain could not be used; ``str()`` is a sentence for the user, token-free."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"CredentialsUnavailable({self.message!r})"


Keyed = SyncSettings | Account


def account_name(settings: Keyed) -> str:
    """The keychain user of an account (``account:{id}``), or of sync settings and the
    enfore account (``{org_id}@{base_url}``, normalized)."""
    if isinstance(settings, Account) and settings.type == "enfore":
        settings = settings.sync_settings()
    if isinstance(settings, Account):
        if settings.id is None:
            raise ValueError("an account gets a keychain entry once it is stored")
        return f"account:{settings.id}"
    normal = settings.normalized()
    return f"{normal.org_id}@{normal.base_url}"


def token_problems(token: str) -> list[str]:
    """What is wrong with ``token`` as an API token (the token itself is never quoted)."""
    token = token.strip()
    if not token:
        return [translate("Accounts", "Enter the API token.")]
    if len(token) > MAX_TOKEN_LENGTH:
        return [
            translate("Accounts", "The API token is too long (at most {most} characters).").format(
                most=MAX_TOKEN_LENGTH
            )
        ]
    if any(c.isspace() or not c.isprintable() for c in token):
        return [
            translate(
                "Accounts",
                "The API token must not contain spaces, line breaks or control characters.",
            )
        ]
    if not token.isascii():
        return [
            translate(
                "Accounts",
                "The API token must contain only plain ASCII letters, digits and symbols.",
            )
        ]
    return []


def _default_backend() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


class TokenStore:
    """Get, set and delete the API token of a server and organization.

    ``backend`` is the keyring backend to use (the system's when not given: looked up on
    first use); ``environ`` is where ``KONTOR_API_TOKEN`` is read (``os.environ`` when not
    given).
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._backend = backend
        self._environ = environ

    def __repr__(self) -> str:
        backend = "system" if self._backend is None else type(self._backend).__name__
        return f"TokenStore(backend={backend})"

    # --- the public calls -----------------------------------------------------------------

    def get(self, settings: Keyed) -> str | None:
        """The token for ``settings``: ``KONTOR_API_TOKEN`` if set, else the keychain's."""
        from_env = self._from_environment()
        if from_env is not None:
            return from_env
        return self.stored(settings)

    def stored(self, settings: Keyed) -> str | None:
        """The keychain's token for ``settings``, whatever ``KONTOR_API_TOKEN`` says."""
        account = account_name(settings)
        found = self._call(
            lambda b: b.get_password(SERVICE, account),
            QT_TRANSLATE_NOOP("Accounts", "The system keychain could not be read"),
        )
        return found or None

    def set(self, settings: Keyed, token: str) -> None:
        """Store ``token`` in the keychain for ``settings`` (replacing any stored before).

        Raises ``ValueError`` for a token that cannot be one (see :func:`token_problems`)."""
        problems = token_problems(token)
        if problems:
            raise ValueError(problems[0])
        token = token.strip()
        account = account_name(settings)
        self._call(
            lambda b: b.set_password(SERVICE, account, token),
            QT_TRANSLATE_NOOP(
                "Accounts", "The API token could not be stored in the system keychain"
            ),
            secret=token,
        )
        log.info("API token stored in the keychain for %s", account)

    def delete(self, settings: Keyed) -> None:
        """Remove the keychain's token for ``settings``; nothing to remove is fine.

        ``KONTOR_API_TOKEN`` is not touched: it belongs to whoever set it."""
        account = account_name(settings)

        def delete(backend: KeyringBackend) -> None:
            with contextlib.suppress(PasswordDeleteError):  # there was none
                backend.delete_password(SERVICE, account)

        self._call(
            delete,
            QT_TRANSLATE_NOOP(
                "Accounts", "The API token could not be removed from the system keychain"
            ),
        )
        log.info("API token removed from the keychain for %s", account)

    def source(self, settings: Keyed) -> TokenSource | None:
        """Where :meth:`get` finds the token: ``environment``, ``keychain`` or nowhere."""
        if self._from_environment() is not None:
            return "environment"
        return "keychain" if self.stored(settings) is not None else None

    # --- plumbing -------------------------------------------------------------------------

    def _from_environment(self) -> str | None:
        environ = os.environ if self._environ is None else self._environ
        value = (environ.get(TOKEN_VARIABLE) or "").strip()
        return value or None

    def _call(
        self, work: Callable[[KeyringBackend], T], failure: str, *, secret: str | None = None
    ) -> T:
        """``work`` on the backend, every failure turned into :class:`CredentialsUnavailable`
        (``failure``: what went wrong, marked with ``QT_TRANSLATE_NOOP("Accounts", ...)``).

        The original exception is not chained: a backend may have put the secret into it."""
        try:
            backend = self._backend if self._backend is not None else _default_backend()
            return work(backend)
        except NoKeyringError:
            message = translate(
                "Accounts", "No keychain is available on this computer; set {variable} instead."
            ).format(variable=TOKEN_VARIABLE)
        except KeyringLocked:
            message = translate(
                "Accounts",
                "The system keychain is locked. Unlock it and try again, "
                "or set {variable} instead.",
            ).format(variable=TOKEN_VARIABLE)
        except Exception as exc:  # any backend failure (D-Bus, Windows, macOS errors)
            reason = _reason(exc, secret)
            message = translate(
                "Accounts", "{failure} ({reason}). Try again, or set {variable} instead."
            ).format(failure=translate("Accounts", failure), reason=reason, variable=TOKEN_VARIABLE)
        log.warning("keychain failed: %s", message)
        raise CredentialsUnavailable(message)


def _reason(exc: BaseException, secret: str | None) -> str:
    """A short, secret-free description of a backend failure."""
    text = " ".join(str(exc).split())
    if secret and secret in text:
        text = ""
    if len(text) > 160:
        text = text[:157] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


__all__ = [
    "SERVICE",
    "TOKEN_VARIABLE",
    "CredentialsUnavailable",
    "TokenSource",
    "TokenStore",
    "account_name",
    "token_problems",
]
