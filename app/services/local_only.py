"""Which fields of a contact stay on this computer: those the linked account does not carry.

The editor marks them when sync is set up, so nobody types a note on one workstation and
looks for it on another.  The list itself belongs to the sync mapping
(:data:`app.sync.wire.LOCAL_ONLY_FIELDS`); this module only pairs it with the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from app.domain.enums import ContactKind
from app.services.sync_setup import SyncSetup
from app.sync.settings import SyncSettings
from app.sync.wire import LOCAL_ONLY_FIELDS


@dataclass(frozen=True)
class LocalOnlyFields:
    """The fields of one kind of contact that ``account`` does not carry."""

    account: str
    fields: frozenset[str]


def account_name(settings: SyncSettings) -> str:
    """How the account is called to the user: the server's host name."""
    url = settings.base_url.strip()
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    return host or url


def local_only_fields(settings: SyncSettings, kind: ContactKind) -> LocalOnlyFields | None:
    """The fields of ``kind`` kept on this computer only; ``None`` when no account is linked."""
    if not settings.configured:
        return None
    return LocalOnlyFields(account_name(settings), LOCAL_ONLY_FIELDS[kind])


class LocalOnly:
    """Answers for the editor, reading the sync settings as they are now."""

    def __init__(self, setup: SyncSetup) -> None:
        self._setup = setup

    def __call__(self, kind: ContactKind) -> LocalOnlyFields | None:
        return local_only_fields(self._setup.settings(), kind)


__all__ = ["LocalOnly", "LocalOnlyFields", "account_name", "local_only_fields"]
