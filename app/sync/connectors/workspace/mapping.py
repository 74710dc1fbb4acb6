"""Workspace locations ↔ the locations of Kontor's "our own organization".

Pure functions, no I/O.  A workspace location is ``{name, officeOpenHour, officeCloseHour}``;
a Kontor location has ``name``, ``office_open_hour`` and ``office_close_hour`` (and leaders
and a member count, which the workspace does not carry and which syncing never touches).

The hours are whole hours of the day, 0 to 23, and a location opens before it closes: the API
takes any whole number, Kontor checks both before sending and before taking a location from
the workspace (:func:`problems`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from app.domain.models import Location
from app.i18n import QT_TRANSLATE_NOOP, translate

FIELDS: Final = ("name", "officeOpenHour", "officeCloseHour")
LOCAL: Final[Mapping[str, str]] = {
    "name": "name",
    "officeOpenHour": "office_open_hour",
    "officeCloseHour": "office_close_hour",
}
#: What each field is called for the user (English: shown with ``translate("Sync", ...)``).
LABELS: Final[Mapping[str, str]] = {
    "name": QT_TRANSLATE_NOOP("Sync", "name"),
    "officeOpenHour": QT_TRANSLATE_NOOP("Sync", "opening hour"),
    "officeCloseHour": QT_TRANSLATE_NOOP("Sync", "closing hour"),
}

Fields = dict[str, Any]


def from_local(location: Location) -> Fields:
    """A Kontor location in the workspace's terms."""
    return {remote: getattr(location, local) for remote, local in LOCAL.items()}


def from_remote(doc: Mapping[str, Any]) -> Fields:
    """A workspace location's carried fields (text trimmed)."""
    name = doc.get("name")
    return {
        "name": name.strip() if isinstance(name, str) else name,
        "officeOpenHour": doc.get("officeOpenHour"),
        "officeCloseHour": doc.get("officeCloseHour"),
    }


def apply(location: Location, fields: Mapping[str, Any]) -> Location:
    """``location`` with the workspace's fields written over it (nothing else changes)."""
    return location.model_copy(update={LOCAL[k]: v for k, v in fields.items() if k in LOCAL})


def _is_hour(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def problems(fields: Mapping[str, Any], where: str = "") -> list[str]:
    """What is wrong with a location for the workspace, each in a sentence naming the
    location and the field: a name is required; an hour is a whole number from 0 to 23; the
    opening hour comes before the closing hour.  ``where`` says whose value it is ("in the
    workspace", in the user's language)."""
    name = fields.get("name")
    if isinstance(name, str) and name.strip():
        label = translate("Sync", "Location “{name}”").format(name=name)
    else:
        label = translate("Sync", "A location")
    if where:
        label = f"{label} {where}"
    found: list[str] = []
    if not isinstance(name, str) or not name.strip():
        found.append(
            translate("Sync", "{location}: the workspace needs a name for every location").format(
                location=label
            )
        )
    hours_ok = True
    for key in ("officeOpenHour", "officeCloseHour"):
        value = fields.get(key)
        if value is None:
            continue
        if not _is_hour(value) or not 0 <= value <= 23:
            hours_ok = False
            found.append(
                translate(
                    "Sync", "{location}: the {field} must be an hour from 0 to 23 — {value}"
                ).format(location=label, field=translate("Sync", LABELS[key]), value=value)
            )
    opens, closes = fields.get("officeOpenHour"), fields.get("officeCloseHour")
    if hours_ok and opens is not None and closes is not None and opens >= closes:
        found.append(
            translate(
                "Sync",
                "{location}: opens at {opens} and closes at {closes} — the opening hour must "
                "be before the closing hour",
            ).format(location=label, opens=opens, closes=closes)
        )
    return found


__all__ = ["FIELDS", "LABELS", "LOCAL", "apply", "from_local", "from_remote", "problems"]
