"""The sort key: case and accents folded, blanks trimmed, the same for plain ASCII and not."""

from __future__ import annotations

import unicodedata

from app.store.rows import sort_key


def _folded(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def test_sort_keys_fold_case_accents_and_blanks() -> None:
    assert sort_key("  Jan.PEETERS@Example.BE ") == "jan.peeters@example.be"
    assert sort_key("Österreich") == "osterreich"
    assert sort_key("Straße") == "strasse"
    assert sort_key("\tZoë De Smet\n") == "zoe de smet"


def test_plain_ascii_names_get_the_key_folding_would_give() -> None:
    for code in range(128):
        for name in (chr(code), f" A{chr(code)}b ", chr(code) * 3):
            assert sort_key(name) == _folded(name), repr(name)
