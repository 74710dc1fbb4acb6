"""Bulk inserts write JSON columns as ``json.dumps`` (SQLAlchemy's JSON type) would, and moments
as UTC text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from app.store import schema as s
from app.store.bulk import _datetime, _json, _tuples

_VALUES: list[Any] = [
    ["CALL"],
    ["CALL", "SMS", "WHATSAPP"],
    {"name": [None, "Café Zoë “Eins” BV"], "founding_year": [None, 1928]},
    {"b": [True, False], "x": [0.1, 1e300], "n": [None, -7], "nested": {"k": ["ä", "\n"]}},
    "plain text",
    12,
    {"": [], "e": {}},
]


@pytest.mark.parametrize("value", _VALUES)
def test_json_columns_are_written_as_json_dumps_writes_them(value: Any) -> None:
    assert _json(value) == json.dumps(value)


def test_empty_and_missing_values() -> None:
    assert (_json(None), _json({}), _json([])) == (None, "{}", "[]")


def test_what_json_cannot_hold_is_refused() -> None:
    with pytest.raises(TypeError):
        _json({"amount": Decimal("1.50")})


def test_moments_are_written_as_utc_text_each_as_it_is() -> None:
    moment = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    brussels = moment.astimezone(timezone(timedelta(hours=1)))
    assert _datetime(moment) == "2026-03-01T12:00:00.000000+00:00"
    assert _datetime(brussels) == "2026-03-01T12:00:00.000000+00:00"
    assert _datetime(datetime(2026, 3, 1, 12, 0)) == "2026-03-01T12:00:00.000000+00:00"
    assert _datetime(moment + timedelta(microseconds=1)) == "2026-03-01T12:00:00.000001+00:00"
    assert _datetime(None) is None


@pytest.mark.parametrize("value", [*_VALUES, None, {}, [], 0, "", False, ()])
def test_the_parameters_of_a_bulk_insert_hold_what_the_converter_gives(value: Any) -> None:
    # The converters are spelled out inline in the parameter tuples; each gives the same.
    [(custom_fields,)] = _tuples(s.contacts, ("custom_fields",))([{"custom_fields": value}])
    assert custom_fields == _json(value)


@pytest.mark.parametrize("value", [True, False, None, 1, 0])
def test_booleans_are_written_as_numbers(value: Any) -> None:
    [(deleted,)] = _tuples(s.contacts, ("remote_deleted",))([{"remote_deleted": value}])
    assert deleted == (None if value is None else int(value))
    assert deleted is None or type(deleted) is int
