"""A person's full name split into title, given name, family name and title suffix.

Systems that keep only a full name ("Dr. Jan van der Berg", "Müller, Anna") still give Kontor
enough to fill in the structured name.  The splitting is done by ``nameparser``, set up for the
names an office in central and western Europe meets: family names with particles ("van der
Berg", "ten Brink", "zur Linde"), academic titles in front ("Prof. Dr.", "Mag.", "DI",
"Univ.-Prof.") and degrees behind ("MSc", "MBA").  Salutations ("Herr", "Mrs.") are not a
title and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nameparser.config import Constants

# Particles of family names and titles that nameparser's own lists lack.
_EXTRA_PREFIXES = ("ten", "zum", "zur")
_EXTRA_TITLES = ("di", "univ.-prof", "univ.-doz", "ao.univ.-prof")
# Forms of address: nameparser reads them as titles, a contact's title is an academic one.
_SALUTATIONS = frozenset(
    {"herr", "frau", "mr", "mrs", "ms", "miss", "mx", "dhr", "mevr", "monsieur", "madame"}
)


# nameparser and its word lists are loaded at the first name split, not with the module (a
# good part of the start of a sync that finds nothing changed and splits no name).
@lru_cache(maxsize=1)
def _constants() -> Constants:
    from nameparser.config import Constants

    constants = Constants()
    constants.prefixes.add(*_EXTRA_PREFIXES)
    constants.titles.add(*_EXTRA_TITLES)
    return constants


def __getattr__(name: str) -> object:
    if name == "_CONSTANTS":
        return _constants()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class NameParts:
    """The structured name of a person; ``None`` for a part the full name does not have."""

    title: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    title_suffix: str | None = None


def _joined(*pieces: str) -> str | None:
    text = " ".join(p for p in pieces if p)
    return text or None


@lru_cache(maxsize=1)
def _special_words() -> frozenset[str]:
    """Words that make a name more than given names and a family name: titles, particles,
    suffixes, conjunctions (casefolded, without dots)."""
    words: set[str] = set()
    for name in ("titles", "prefixes", "suffix_acronyms", "suffix_not_acronyms", "conjunctions"):
        words.update(str(w).casefold().replace(".", "") for w in getattr(_constants(), name))
    return frozenset(words | _SALUTATIONS)


def _plain_split(full_name: str) -> NameParts | None:
    """The parts of a plain name — two to four words of letters (and inner hyphens or
    apostrophes), none of them a title, particle, suffix or conjunction — as the full
    parser gives them: the last word is the family name, the others the given name.
    ``None`` for any other name."""
    words = full_name.split()
    if not 2 <= len(words) <= 4:
        return None
    special = _special_words()
    for word in words:
        if len(word) < 2 or not word.replace("-", "").replace("'", "").isalpha():
            return None
        if not word[0].isalpha() or not word[-1].isalpha() or word.isupper():
            return None
        if word.casefold() in special:
            return None
    return NameParts(given_name=" ".join(words[:-1]), family_name=words[-1])


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Particles of family names ("van", "de", "ter") that are nothing else to the parser
    (not a title, suffix or conjunction as well), casefolded."""
    constants = _constants()
    others: set[str] = set(_SALUTATIONS)
    for name in ("titles", "suffix_acronyms", "suffix_not_acronyms", "conjunctions"):
        others.update(str(w).casefold().replace(".", "") for w in getattr(constants, name))
    return frozenset(
        str(w).casefold() for w in constants.prefixes if str(w).casefold() not in others
    )


def _plain_word(word: str, special: frozenset[str]) -> bool:
    return (
        len(word) >= 2
        and word.replace("-", "").replace("'", "").isalpha()
        and word[0].isalpha()
        and word[-1].isalpha()
        and not word.isupper()
        and word.casefold() not in special
    )


def _particle_split(full_name: str) -> NameParts | None:
    """The parts of a name of plain given names, then particles, then one plain family name
    ("Anna Maria van der Berg"), as the full parser gives them: the particles belong to the
    family name.  ``None`` for any other name."""
    words = full_name.split()
    special = _special_words()
    if not 3 <= len(words) <= 6 or not _plain_word(words[-1], special):
        return None
    particles = _particles()
    end = len(words) - 1
    start = end
    while start > 0 and words[start - 1].casefold() in particles:
        start -= 1
    if start == end or start == 0:
        return None
    if not all(_plain_word(word, special) for word in words[:start]):
        return None
    return NameParts(given_name=" ".join(words[:start]), family_name=" ".join(words[start:]))


@lru_cache(maxsize=4096)
def split_person_name(full_name: str) -> NameParts:
    """Split ``full_name`` ("Dr. Anna Maria Müller", "van der Berg, Jan") into its parts.

    Middle names belong to the given name; particles to the family name."""
    if not full_name.strip():
        return NameParts()
    plain = _plain_split(full_name) or _particle_split(full_name)
    if plain is not None:
        return plain
    from nameparser import HumanName

    parsed = HumanName(full_name, constants=_constants())
    titles = [t for t in parsed.title_list if t.rstrip(".").casefold() not in _SALUTATIONS]
    return NameParts(
        title=_joined(*titles),
        given_name=_joined(parsed.first, parsed.middle),
        family_name=_joined(parsed.last),
        title_suffix=_joined(parsed.suffix),
    )


__all__ = ["NameParts", "split_person_name"]
