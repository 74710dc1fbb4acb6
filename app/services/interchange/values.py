"""Reading single values the way people and programs write them: countries, dates, streets."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

import pycountry

from app.domain.enums import COUNTRY_CODE_SET

# Local names of the countries Kontor's users mostly deal with (pycountry knows English).
_LOCAL_COUNTRY_NAMES = {
    "belgie": "BE",
    "belgique": "BE",
    "belgien": "BE",
    "belgio": "BE",
    "nederland": "NL",
    "niederlande": "NL",
    "pays-bas": "NL",
    "holland": "NL",
    "deutschland": "DE",
    "allemagne": "DE",
    "duitsland": "DE",
    "germany": "DE",
    "osterreich": "AT",
    "oostenrijk": "AT",
    "autriche": "AT",
    "luxemburg": "LU",
    "luxembourg": "LU",
    "schweiz": "CH",
    "suisse": "CH",
    "zwitserland": "CH",
    "frankrijk": "FR",
    "frankreich": "FR",
    "uk": "GB",
    "england": "GB",
    "great britain": "GB",
    "usa": "US",
    "united states of america": "US",
}


def fold(text: str) -> str:
    """Lower case without accents: ``Österreich`` → ``osterreich``."""
    if text.isascii():
        return text.lower()  # no accents to take off (NFKD leaves ASCII as it is)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A file names the same few countries on thousands of cards.
@lru_cache(maxsize=1024)
def country_code(text: str | None) -> str | None:
    """The two-letter code of a country written as a code or a name; ``None`` if unknown."""
    value = (text or "").strip()
    if not value:
        return None
    if value.upper() in COUNTRY_CODE_SET:
        return value.upper()
    local = _LOCAL_COUNTRY_NAMES.get(fold(value))
    if local:
        return local
    try:
        found = pycountry.countries.lookup(value)
    except LookupError:
        return None
    code = str(found.alpha_2)
    return code if code in COUNTRY_CODE_SET else None


def country_name(code: str | None) -> str:
    """The English name for an export (``BE`` → ``Belgium``); the code when unknown."""
    if not code:
        return ""
    found = pycountry.countries.get(alpha_2=code.upper())
    return str(found.name) if found is not None else code


class PartialDateError(ValueError):
    """A date without a year (``--0412``): Kontor's dates need one."""


_DATE_FORMATS = {
    "DMY": ("%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%d/%m/%y"),
    "MDY": ("%m/%d/%Y", "%m-%d-%Y", "%m.%d.%Y", "%m/%d/%y"),
    "YMD": ("%Y/%m/%d", "%Y.%m.%d"),
}
_ISO_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME_PART = re.compile(r"(?:T|\s+)\d{1,2}:?\d{2}.*$")


def parse_date(text: str, order: str = "DMY") -> date:
    """A date as vCard (``1985-04-12``, ``19850412``, with or without a time) or a
    spreadsheet (``12.04.1985``, ``4/12/1985`` with ``order="MDY"``) writes it.

    Raises :class:`PartialDateError` for a date without a year, ``ValueError`` for anything else
    that is not a date.
    """
    value = text.strip()
    if value.startswith("--"):
        raise PartialDateError(value)
    # A date-time (``1985-04-12T10:22:00Z``, ``2/29/1980 0:00``): only its date counts.
    head = _TIME_PART.sub("", value)
    basic = _ISO_BASIC.fullmatch(head)
    if basic:
        return date(int(basic[1]), int(basic[2]), int(basic[3]))
    try:
        return date.fromisoformat(head)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS.get(order, ()) + _DATE_FORMATS["YMD"]:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


_HOUSE_NUMBER = re.compile(r"^(?P<street>.*\D)\s+(?P<number>\d+\s?[A-Za-z]?(?:[-/]\d+\w*)?)$")


def split_street(street: str) -> tuple[str, str | None]:
    """``Hoogstraat 27`` → (``Hoogstraat``, ``27``); a street without a trailing house number
    (``10 Downing Street``) stays whole."""
    text = " ".join(street.split())
    found = _HOUSE_NUMBER.match(text)
    if found is None:
        return text, None
    return found["street"].strip().rstrip(","), found["number"]


_WORD = re.compile(r"\w+")


def name_words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(name)))


def compatible_names(a: str, b: str) -> bool:
    """Whether two names can be the same party: equal words, or one's words within the
    other's (``An Peeters`` and ``Peeters, An``; ``An`` and ``An Peeters-Janssens``)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return True
    return wa <= wb or wb <= wa


__all__ = [
    "PartialDateError",
    "compatible_names",
    "country_code",
    "country_name",
    "fold",
    "name_words",
    "parse_date",
    "split_street",
]
