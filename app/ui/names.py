"""Country, language and currency names in the user's language, in that language's order.

The pickers show "AT — Österreich" to a German user and "AT — Autriche" to a French one,
sorted as a dictionary of that language sorts them (:class:`QCollator`: "Österreich" among the
O names in German, "États-Unis" among the E names in French). The names come from the Unicode
CLDR through Babel; a code it does not name (a withdrawn country such as AN) keeps its English
name from ISO (pycountry). Lists are made once per locale.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import babel
import pycountry
from PySide6.QtCore import QCollator, QLocale

from app.domain.enums import COUNTRY_CODES

#: (code, "CODE — name") as the pickers show them
Entries = tuple[tuple[str, str], ...]


def babel_locale(locale: QLocale | None = None) -> babel.Locale:
    """Babel's locale for ``locale`` (the default locale): "de_AT" -> de_AT; C -> en."""
    qt = locale or QLocale()
    if qt.language() == QLocale.Language.C:
        return babel.Locale("en")
    try:
        return babel.Locale.parse(qt.name())
    except (ValueError, babel.UnknownLocaleError):
        try:
            return babel.Locale.parse(qt.name().split("_")[0])
        except (ValueError, babel.UnknownLocaleError):
            return babel.Locale("en")


def sort_key(locale: QLocale | None = None) -> Callable[[str], Any]:
    """A key that sorts names as the language of ``locale`` (the default locale) does."""
    collator = QCollator(locale or QLocale())
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    collator.setNumericMode(True)
    return functools.cmp_to_key(collator.compare)


def _english_country(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code) or pycountry.historic_countries.get(alpha_2=code)
    return str(getattr(found, "common_name", None) or getattr(found, "name", "") or code)


def _english_language(code: str) -> str:
    found = pycountry.languages.get(alpha_2=code.lower())
    return str(getattr(found, "name", "") or code)


def _english_currency(code: str) -> str:
    found = pycountry.currencies.get(alpha_3=code)
    return str(getattr(found, "name", "") or code)


def _capitalized(name: str) -> str:
    """A name as a list item starts ("euro" in French CLDR → "Euro")."""
    return name[:1].upper() + name[1:]


def _entries(
    codes: Iterable[str], names: Mapping[str, str], english: Callable[[str], str], key_of: str
) -> Entries:
    key = sort_key(QLocale(key_of))
    named = [(code, _capitalized(names.get(code) or english(code))) for code in codes]
    named.sort(key=lambda e: key(e[1]))
    return tuple((code, f"{code} — {name}") for code, name in named)


@functools.cache
def _countries(locale_name: str) -> Entries:
    names = babel_locale(QLocale(locale_name)).territories
    return _entries(COUNTRY_CODES, names, _english_country, locale_name)


@functools.cache
def _languages(locale_name: str) -> Entries:
    names = babel_locale(QLocale(locale_name)).languages
    codes = sorted(
        str(lang.alpha_2).upper() for lang in pycountry.languages if hasattr(lang, "alpha_2")
    )
    localized = {code: names[code.lower()] for code in codes if code.lower() in names}
    return _entries(codes, localized, _english_language, locale_name)


@functools.cache
def _currencies(locale_name: str) -> Entries:
    names = babel_locale(QLocale(locale_name)).currencies
    codes = sorted(str(c.alpha_3) for c in pycountry.currencies)
    return _entries(codes, names, _english_currency, locale_name)


def country_entries() -> Entries:
    """(code, "AT — Österreich") for the API's country codes (AN and WG included), in the
    user's language and its order."""
    return _countries(QLocale().name())


def language_entries() -> Entries:
    """(code, "NL — Niederländisch") for the two-letter ISO 639-1 languages."""
    return _languages(QLocale().name())


def currency_entries() -> Entries:
    """(code, "EUR — Euro") for the ISO 4217 currencies."""
    return _currencies(QLocale().name())


def country_name(code: str | None) -> str:
    """The country's name in the user's language ("Deutschland" for DE), else the code."""
    if not code:
        return ""
    return _country_name(QLocale().name(), code.upper())


@functools.cache
def _country_name(locale_name: str, code: str) -> str:
    name = babel_locale(QLocale(locale_name)).territories.get(code)
    return _capitalized(str(name)) if name else _english_country(code)


__all__ = [
    "Entries",
    "babel_locale",
    "country_entries",
    "country_name",
    "currency_entries",
    "language_entries",
    "sort_key",
]
