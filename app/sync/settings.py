"""Where and how often Kontor syncs: the server address, the organization and the schedule.

The settings hold no secret: the API token lives in the system keychain
(:mod:`app.sync.credentials`), never here.  :meth:`SyncSettings.validate` says in plain words
what is wrong with a form the user filled in; :meth:`SyncSettings.from_json` reads whatever an
older or newer Kontor stored, keeping what it understands.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final
from urllib.parse import urlsplit

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.sync.routes import DEFAULT_TEMPLATES, Routes

DEFAULT_INTERVAL_MINUTES: Final = 15
MAX_INTERVAL_MINUTES: Final = 1440  # one day
MAX_ORG_ID_LENGTH: Final = 256
LOOPBACK_NAMES: Final = frozenset({"localhost"})

JsonDict = dict[str, Any]


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this computer (``localhost``, ``127.0.0.0/8`` or ``::1``)."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SyncSettings:
    """How Kontor reaches the Contacts API.

    ``interval_minutes`` is the pause between automatic syncs; 0 means the user syncs by hand
    only.  ``route_overrides`` replaces path templates of :mod:`app.sync.routes` by name, for a
    deployment whose server uses other paths.
    """

    base_url: str = ""
    org_id: str = ""
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    sync_on_start: bool = True
    route_overrides: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A private copy: a frozen value must not change when the caller's dict does.
        object.__setattr__(self, "route_overrides", dict(self.route_overrides))

    @property
    def configured(self) -> bool:
        """Whether a server address and an organization are set (not whether they are valid)."""
        return bool(self.base_url.strip()) and bool(self.org_id.strip())

    @property
    def automatic(self) -> bool:
        """Whether Kontor syncs on a schedule (``interval_minutes`` above 0)."""
        return self.interval_minutes > 0

    def normalized(self) -> SyncSettings:
        """The same settings with surrounding blanks and trailing slashes taken off."""
        return replace(
            self,
            base_url=self.base_url.strip().rstrip("/"),
            org_id=self.org_id.strip(),
        )

    # --- validation -----------------------------------------------------------------------

    def validate(self) -> list[str]:
        """What is wrong with these settings, one sentence per problem (empty: all fine)."""
        return [message for messages in self.field_problems().values() for message in messages]

    def field_problems(self) -> dict[str, list[str]]:
        """:meth:`validate`'s sentences by the name of the setting they are about (only
        settings with problems are named), so a form can mark the field to fix."""
        found = {
            "base_url": _url_problems(self.base_url.strip()),
            "org_id": _org_problems(self.org_id.strip()),
            "interval_minutes": _interval_problems(self.interval_minutes),
            "route_overrides": _route_problems(self.route_overrides),
        }
        return {name: problems for name, problems in found.items() if problems}

    # --- stored form ----------------------------------------------------------------------

    def to_json(self) -> JsonDict:
        """A JSON object of every setting (one key per setting)."""
        return {
            "base_url": self.base_url,
            "org_id": self.org_id,
            "interval_minutes": self.interval_minutes,
            "sync_on_start": self.sync_on_start,
            "route_overrides": dict(self.route_overrides),
        }

    @classmethod
    def from_json(cls, data: Any) -> SyncSettings:
        """Settings from :meth:`to_json`'s form; missing or unreadable values get defaults and
        unknown keys are ignored, so settings written by another Kontor version still load."""
        if not isinstance(data, Mapping):
            return cls()
        defaults = cls()
        base_url = data.get("base_url")
        org_id = data.get("org_id")
        sync_on_start = data.get("sync_on_start")
        overrides = data.get("route_overrides")
        return cls(
            base_url=base_url if isinstance(base_url, str) else defaults.base_url,
            org_id=org_id if isinstance(org_id, str) else defaults.org_id,
            interval_minutes=_read_interval(data.get("interval_minutes")),
            sync_on_start=(
                sync_on_start if isinstance(sync_on_start, bool) else defaults.sync_on_start
            ),
            route_overrides=(
                {str(k): v for k, v in overrides.items() if isinstance(v, str)}
                if isinstance(overrides, Mapping)
                else {}
            ),
        )


def make_routes(settings: SyncSettings) -> Routes:
    """The route table for ``settings``: its organization and its overridden templates.

    Raises ``ValueError`` for an unknown route name (see :meth:`SyncSettings.validate`)."""
    return Routes(settings.org_id.strip(), dict(settings.route_overrides))


# ----------------------------------------------------------------------------------------
# the rules


def _url_problems(url: str) -> list[str]:
    example = "https://contacts.example.com/v1"
    if not url:
        return [
            translate("Connection", "Enter the server address, e.g. {example}.").format(
                example=example
            )
        ]
    if any(c.isspace() for c in url):
        return [translate("Connection", "The server address must not contain spaces.")]
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return [
            translate(
                "Connection", "The server address is not a valid web address (e.g. {example})."
            ).format(example=example)
        ]
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return [
            translate(
                "Connection", "The server address must start with https:// (e.g. {example})."
            ).format(example=example)
        ]
    host = parts.hostname or ""
    if not host:
        return [
            translate("Connection", "The server address needs a host name, e.g. {example}.").format(
                example=example
            )
        ]
    problems: list[str] = []
    if parts.username is not None or parts.password is not None:
        problems.append(
            translate(
                "Connection",
                "The server address must not contain a user name or password; "
                "enter the API token in its own field.",
            )
        )
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        problems.append(translate("Connection", "The server address must not contain “?” or “#”."))
    if port == 0:
        problems.append(
            translate("Connection", "The port in the server address must be between 1 and 65535.")
        )
    if scheme == "http" and not is_loopback_host(host):
        problems.append(
            translate(
                "Connection",
                "Plain http:// is allowed only for a server on this computer "
                "(localhost, 127.0.0.1 or ::1). Use https://{address} instead.",
            ).format(address=_netloc(host, port))
        )
    return problems


def _netloc(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port is not None else shown


#: The words for a tenant id's problems, by what the tenant is: empty, too long, a “/” in it,
#: control characters in it.
_TENANT_TEXTS: Final[Mapping[str, tuple[str, str, str, str]]] = {
    "organization": (
        QT_TRANSLATE_NOOP("Connection", "Enter the organization id."),
        QT_TRANSLATE_NOOP(
            "Connection",
            "The organization id is at most {most} characters long (this one has {length}).",
        ),
        QT_TRANSLATE_NOOP("Connection", "The organization id must not contain “/”."),
        QT_TRANSLATE_NOOP("Connection", "The organization id must not contain control characters."),
    ),
    "partner": (
        QT_TRANSLATE_NOOP("Connection", "Enter the partner id."),
        QT_TRANSLATE_NOOP(
            "Connection",
            "The partner id is at most {most} characters long (this one has {length}).",
        ),
        QT_TRANSLATE_NOOP("Connection", "The partner id must not contain “/”."),
        QT_TRANSLATE_NOOP("Connection", "The partner id must not contain control characters."),
    ),
}


def _org_problems(org_id: str, tenant: str = "organization") -> list[str]:
    """What is wrong with a tenant id (``tenant``: ``organization`` or ``partner``)."""
    empty, too_long, slash, control = _TENANT_TEXTS[tenant]
    if not org_id:
        return [translate("Connection", empty)]
    problems: list[str] = []
    if len(org_id) > MAX_ORG_ID_LENGTH:
        problems.append(
            translate("Connection", too_long).format(most=MAX_ORG_ID_LENGTH, length=len(org_id))
        )
    if "/" in org_id:
        problems.append(translate("Connection", slash))
    if any(not c.isprintable() for c in org_id):
        problems.append(translate("Connection", control))
    return problems


def _interval_problems(minutes: object) -> list[str]:
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not 0 <= minutes <= MAX_INTERVAL_MINUTES
    ):
        return [
            translate(
                "Connection",
                "The sync interval must be a whole number of minutes from 0 (sync by hand only) "
                "to {most} (once a day).",
            ).format(most=MAX_INTERVAL_MINUTES)
        ]
    return []


def _route_problems(overrides: Mapping[str, str]) -> list[str]:
    unknown = sorted(set(overrides) - set(DEFAULT_TEMPLATES))
    if unknown:
        return [
            translate("Connection", "Unknown route names in the sync settings: {names}.").format(
                names=", ".join(unknown)
            )
        ]
    bad = sorted(name for name, path in overrides.items() if not path.startswith("/"))
    if bad:
        return [
            translate("Connection", "Route templates must start with “/”: {names}.").format(
                names=", ".join(bad)
            )
        ]
    return []


def _read_interval(value: Any) -> int:
    if isinstance(value, bool):
        return DEFAULT_INTERVAL_MINUTES
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return DEFAULT_INTERVAL_MINUTES


__all__ = [
    "DEFAULT_INTERVAL_MINUTES",
    "MAX_INTERVAL_MINUTES",
    "MAX_ORG_ID_LENGTH",
    "SyncSettings",
    "is_loopback_host",
    "make_routes",
]
