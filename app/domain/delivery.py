"""Which delivery-and-invoicing configuration of a customer applies in a given context.

The rule of the Contacts API:

1. Set aside the configuration without limitations (there is at most one).
2. Drop every configuration with at least one limitation that does not match the context.
3. If none remain, use the configuration without limitations, when there is one.
4. Otherwise order the remaining ones by the priority of their limitations and use the first.
   Ordering compares, limitation by limitation from the highest priority down, whether the
   limitation is set; a configuration that has a higher limitation set comes first.

Today the only documented limitation is the brand; others (kept in ``limitations.extra``) rank
after the documented ones, in alphabetical order of their names.  The helpers that work on
plain mappings make the document's worked example testable with limitations La > Lb > Lc > Ld.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from app.domain.models import DeliveryAndInvoicingConfiguration

T = TypeVar("T")

# Highest priority first.
LIMITATION_PRIORITY: tuple[str, ...] = ("brand_id",)


def configuration_limitations(config: DeliveryAndInvoicingConfiguration) -> dict[str, object]:
    """The limitations a configuration sets: ``brand_id`` and the keys of ``extra``.

    A limitation whose value is ``None`` is not set.
    """
    items: dict[str, object] = {k: v for k, v in config.limitations.extra.items() if v is not None}
    if config.limitations.brand_id is not None:
        items["brand_id"] = config.limitations.brand_id
    return items


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def limitations_match(limitations: Mapping[str, object], context: Mapping[str, str]) -> bool:
    """True when every limitation that is set matches the context (a missing key does not)."""
    for key, value in limitations.items():
        if value is None:
            continue
        if key not in context or context[key] != _as_text(value):
            return False
    return True


def _is_set(limitations: Mapping[str, object]) -> list[str]:
    return [k for k, v in limitations.items() if v is not None]


def priority_key(
    limitations: Mapping[str, object], priority: Sequence[str] = LIMITATION_PRIORITY
) -> tuple[bool, ...]:
    """For each limitation name in ``priority`` (highest first): is it set?  Of two
    configurations, the one with the larger key ranks higher."""
    return tuple(limitations.get(name) is not None for name in priority)


def order_by_priority(
    items: Sequence[T],
    limitations: Callable[[T], Mapping[str, object]],
    priority: Sequence[str] = LIMITATION_PRIORITY,
) -> list[T]:
    """``items`` from the highest-ranked to the lowest; equal ranks keep their order.

    Limitations missing from ``priority`` rank below the listed ones, by name.
    """
    extra = sorted({k for item in items for k in _is_set(limitations(item)) if k not in priority})
    names = (*priority, *extra)
    return sorted(items, key=lambda item: priority_key(limitations(item), names), reverse=True)


def select_by_limitations(
    items: Sequence[T],
    limitations: Callable[[T], Mapping[str, object]],
    context: Mapping[str, str],
    priority: Sequence[str] = LIMITATION_PRIORITY,
) -> T | None:
    """The item the selection rule picks, for any kind of item with limitations."""
    unlimited: T | None = None
    limited: list[T] = []
    for item in items:
        if _is_set(limitations(item)):
            limited.append(item)
        elif unlimited is None:
            unlimited = item
    matching = [item for item in limited if limitations_match(limitations(item), context)]
    if not matching:
        return unlimited
    return order_by_priority(matching, limitations, priority)[0]


def select_configuration(
    configs: Sequence[DeliveryAndInvoicingConfiguration],
    context: Mapping[str, str],
    priority: Sequence[str] = LIMITATION_PRIORITY,
) -> DeliveryAndInvoicingConfiguration | None:
    """The configuration that applies in ``context`` (e.g. ``{"brand_id": "b1"}``), or ``None``
    when none applies and the contact's own addresses are to be used."""
    return select_by_limitations(configs, configuration_limitations, context, priority)


__all__ = [
    "LIMITATION_PRIORITY",
    "configuration_limitations",
    "limitations_match",
    "order_by_priority",
    "priority_key",
    "select_by_limitations",
    "select_configuration",
]
