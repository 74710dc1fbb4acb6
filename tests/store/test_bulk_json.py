"""Bulk inserts write JSON columns exactly as ``json.dumps`` (SQLAlchemy's JSON type) would."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from app.store.bulk import _json

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
