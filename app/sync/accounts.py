"""Accounts: the remote systems one address book is linked to.

An account has a type (which connector serves it: :mod:`app.sync.connector`), a name the user
chose (unique), the base URL of the system, a tenant (the enfore organization id, the
partner id; not every system has one), an optional user, the sync interval and whether it
takes part in syncs.  ``settings`` holds what a connector needs beyond that (route overrides,
sync on start).  The token is never here: it lives in the system keychain, one entry per
account (:mod:`app.sync.credentials`).

Account 1 is the book's enfore account: it exists from the start, set up or not, so that
everything made before sync was set up is sent on its first run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.sync.settings import (
    DEFAULT_INTERVAL_MINUTES,
    SyncSettings,
    _interval_problems,
    _org_problems,
    _route_problems,
    _url_problems,
)

ENFORE_ACCOUNT_ID: Final = 1
ACCOUNT_TYPES: Final = ("enfore", "kanbert", "partners", "kip", "workspace", "carddav")
#: The type as the user reads it (English: show it with ``translate("Accounts", label)``).
TYPE_LABELS: Final[Mapping[str, str]] = {
    "enfore": QT_TRANSLATE_NOOP("Accounts", "enfore Contacts API"),
    "kanbert": QT_TRANSLATE_NOOP("Accounts", "Kanbert"),
    "partners": QT_TRANSLATE_NOOP("Accounts", "Partner organizations"),
    "carddav": QT_TRANSLATE_NOOP("Accounts", "CardDAV"),
    "kip": QT_TRANSLATE_NOOP("Accounts", "KIP companies"),
    "workspace": QT_TRANSLATE_NOOP("Accounts", "Workspace"),
}
#: What the tenant is called for each type (types without one do not ask for it; English:
#: show it with ``translate("Accounts", label)``).
TENANT_LABELS: Final[Mapping[str, str]] = {
    "enfore": QT_TRANSLATE_NOOP("Accounts", "Organization id"),
    "partners": QT_TRANSLATE_NOOP("Accounts", "Partner id"),
    "carddav": QT_TRANSLATE_NOOP("Accounts", "Address book"),
}
MAX_NAME_LENGTH: Final = 128
MAX_USER_LENGTH: Final = 256

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Account:
    """One remote system the book is linked to (``id`` is ``None`` until stored)."""

    type: str
    name: str
    base_url: str = ""
    tenant: str = ""
    user: str = ""
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    enabled: bool = True
    settings: JsonDict = field(default_factory=dict)
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "settings", dict(self.settings))

    @property
    def label(self) -> str:
        """The type as the user reads it (in the user's language)."""
        return translate("Accounts", TYPE_LABELS.get(self.type, self.type))

    @property
    def configured(self) -> bool:
        """Whether the address (and the tenant, where the type has one) is set."""
        needs_tenant = self.type in TENANT_LABELS
        return bool(self.base_url.strip()) and (bool(self.tenant.strip()) or not needs_tenant)

    @property
    def route_overrides(self) -> dict[str, str]:
        overrides = self.settings.get("route_overrides")
        if not isinstance(overrides, Mapping):
            return {}
        return {str(k): v for k, v in overrides.items() if isinstance(v, str)}

    @property
    def sync_on_start(self) -> bool:
        value = self.settings.get("sync_on_start", True)
        return value if isinstance(value, bool) else True

    def normalized(self) -> Account:
        return replace(
            self,
            name=" ".join(self.name.split()),
            base_url=self.base_url.strip().rstrip("/"),
            tenant=self.tenant.strip(),
            user=self.user.strip(),
        )

    def field_problems(self) -> dict[str, list[str]]:
        """What is wrong, by field (``type``, ``name``, ``base_url``, ``tenant``, ``user``,
        ``interval_minutes``, ``route_overrides``); only fields with problems are named."""
        found: dict[str, list[str]] = {}
        if self.type not in ACCOUNT_TYPES:
            found["type"] = [
                translate(
                    "Accounts", "Unknown account type “{type}”: choose one of {types}."
                ).format(type=self.type, types=", ".join(ACCOUNT_TYPES))
            ]
        name = self.name.strip()
        if not name:
            found["name"] = [translate("Accounts", "Enter a name for the account.")]
        elif len(name) > MAX_NAME_LENGTH:
            found["name"] = [
                translate("Accounts", "The account name is at most {most} characters long.").format(
                    most=MAX_NAME_LENGTH
                )
            ]
        elif any(not c.isprintable() for c in name):
            found["name"] = [
                translate("Accounts", "The account name must not contain control characters.")
            ]
        found["base_url"] = _url_problems(self.base_url.strip())
        if self.type == "carddav":
            found["tenant"] = _address_book_problems(self.tenant.strip())
        elif self.type in TENANT_LABELS:
            tenant = "partner" if self.type == "partners" else "organization"
            found["tenant"] = _org_problems(self.tenant.strip(), tenant)
        if len(self.user) > MAX_USER_LENGTH:
            found["user"] = [
                translate("Accounts", "The user is at most {most} characters long.").format(
                    most=MAX_USER_LENGTH
                )
            ]
        found["interval_minutes"] = _interval_problems(self.interval_minutes)
        if self.type == "enfore":
            found["route_overrides"] = _route_problems(self.route_overrides)
        return {k: v for k, v in found.items() if v}

    def validate(self) -> list[str]:
        return [m for messages in self.field_problems().values() for m in messages]

    # --- the enfore account and the sync settings of before ------------------------------

    def sync_settings(self) -> SyncSettings:
        """This (enfore) account as the sync settings the enfore code reads."""
        return SyncSettings(
            base_url=self.base_url,
            org_id=self.tenant,
            interval_minutes=self.interval_minutes,
            sync_on_start=self.sync_on_start,
            route_overrides=self.route_overrides,
        )

    def with_sync_settings(self, settings: SyncSettings) -> Account:
        """This account with the values of ``settings``."""
        return replace(
            self,
            base_url=settings.base_url,
            tenant=settings.org_id,
            interval_minutes=settings.interval_minutes,
            settings={
                **self.settings,
                "sync_on_start": settings.sync_on_start,
                "route_overrides": dict(settings.route_overrides),
            },
        )


def _address_book_problems(href: str) -> list[str]:
    """What is wrong with a CardDAV address book's path (``/user/contacts/``)."""
    if not href:
        return [
            translate(
                "Accounts",
                "Choose the address book (its path on the server, e.g. /alice/contacts/).",
            )
        ]
    if not href.startswith("/") or any(not c.isprintable() for c in href):
        return [
            translate(
                "Accounts", "“{href}” is not the path of an address book (it starts with “/”)."
            ).format(href=href)
        ]
    return []


__all__ = [
    "ACCOUNT_TYPES",
    "ENFORE_ACCOUNT_ID",
    "TENANT_LABELS",
    "TYPE_LABELS",
    "Account",
]
