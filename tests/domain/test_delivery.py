"""The selection rule for delivery-and-invoicing configurations."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.delivery import (
    LIMITATION_PRIORITY,
    configuration_limitations,
    limitations_match,
    order_by_priority,
    priority_key,
    select_by_limitations,
    select_configuration,
)
from app.domain.models import DeliveryAndInvoicingConfiguration, DeliveryLimitations

# The document's worked example: La > Lb > Lc > Ld.
PRIORITY = ("La", "Lb", "Lc", "Ld")
CONFIGS: dict[str, dict[str, object]] = {
    "1": {},
    "2": {"La": "a"},
    "3": {"Lb": "b"},
    "4": {"La": "a", "Ld": "d"},
    "5": {"Lb": "b", "Lc": "c", "Ld": "d"},
}
CONTEXT = {"La": "a", "Lb": "b", "Lc": "c", "Ld": "d"}


def _lims(name: str) -> Mapping[str, object]:
    return CONFIGS[name]


def test_priority_is_brand_only() -> None:
    assert LIMITATION_PRIORITY == ("brand_id",)


def test_worked_example_chooses_four() -> None:
    assert select_by_limitations(list(CONFIGS), _lims, CONTEXT, PRIORITY) == "4"


def test_worked_example_ordering() -> None:
    limited = ["2", "3", "4", "5"]
    assert order_by_priority(limited, _lims, PRIORITY) == ["4", "2", "5", "3"]
    # Input order does not matter.
    assert order_by_priority(list(reversed(limited)), _lims, PRIORITY) == ["4", "2", "5", "3"]


def test_priority_key_of_worked_example() -> None:
    assert priority_key(CONFIGS["4"], PRIORITY) == (True, False, False, True)
    assert priority_key(CONFIGS["5"], PRIORITY) == (False, True, True, True)
    assert priority_key(CONFIGS["4"], PRIORITY) > priority_key(CONFIGS["2"], PRIORITY)
    assert priority_key(CONFIGS["2"], PRIORITY) > priority_key(CONFIGS["5"], PRIORITY)


def test_non_matching_configs_are_dropped() -> None:
    context = {**CONTEXT, "Ld": "other"}  # "4" and "5" no longer match
    assert select_by_limitations(list(CONFIGS), _lims, context, PRIORITY) == "2"


def test_missing_context_key_does_not_match() -> None:
    assert not limitations_match({"La": "a"}, {})
    assert limitations_match({}, {})
    assert limitations_match({"La": "a"}, {"La": "a", "Lb": "x"})


def test_unlimited_used_when_nothing_matches() -> None:
    assert select_by_limitations(list(CONFIGS), _lims, {}, PRIORITY) == "1"


def test_none_when_nothing_matches_and_no_unlimited() -> None:
    assert select_by_limitations(["2", "3"], _lims, {}, PRIORITY) is None


def _config(brand: str | None = None, **extra: object) -> DeliveryAndInvoicingConfiguration:
    return DeliveryAndInvoicingConfiguration(
        limitations=DeliveryLimitations(brand_id=brand, extra=dict(extra)),
        invoice_address_id=f"addr-{brand}",
    )


def test_select_configuration_by_brand() -> None:
    default, b1, b2 = _config(), _config("b1"), _config("b2")
    configs = [default, b1, b2]
    assert select_configuration(configs, {"brand_id": "b2"}) is b2
    assert select_configuration(configs, {"brand_id": "b1"}) is b1
    assert select_configuration(configs, {"brand_id": "b3"}) is default
    assert select_configuration(configs, {}) is default
    assert select_configuration([b1], {"brand_id": "b3"}) is None
    assert select_configuration([], {"brand_id": "b1"}) is None


def test_brand_outranks_unknown_extra_limitation() -> None:
    by_brand = _config("b1")
    by_channel = _config(None, channel="web")
    context = {"brand_id": "b1", "channel": "web"}
    assert select_configuration([by_channel, by_brand], context) is by_brand


def test_configuration_limitations_ignore_unset_values() -> None:
    config = _config("b1", channel="web", region=None)
    assert configuration_limitations(config) == {"brand_id": "b1", "channel": "web"}
    assert configuration_limitations(_config()) == {}
