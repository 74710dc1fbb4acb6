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

from nameparser import HumanName
from nameparser.config import Constants

# Particles of family names and titles that nameparser's own lists lack.
_EXTRA_PREFIXES = ("ten", "zum", "zur")
_EXTRA_TITLES = ("di", "univ.-prof", "univ.-doz", "ao.univ.-prof")
# Forms of address: nameparser reads them as titles, a contact's title is an academic one.
_SALUTATIONS = frozenset(
    {"herr", "frau", "mr", "mrs", "ms", "miss", "mx", "dhr", "mevr", "monsieur", "madame"}
)


def _constants() -> Constants:
    constants = Constants()
    constants.prefixes.add(*_EXTRA_PREFIXES)
    constants.titles.add(*_EXTRA_TITLES)
    return constants


_CONSTANTS = _constants()


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


def split_person_name(full_name: str) -> NameParts:
    """Split ``full_name`` ("Dr. Anna Maria Müller", "van der Berg, Jan") into its parts.

    Middle names belong to the given name; particles to the family name."""
    if not full_name.strip():
        return NameParts()
    parsed = HumanName(full_name, constants=_CONSTANTS)
    titles = [t for t in parsed.title_list if t.rstrip(".").casefold() not in _SALUTATIONS]
    return NameParts(
        title=_joined(*titles),
        given_name=_joined(parsed.first, parsed.middle),
        family_name=_joined(parsed.last),
        title_suffix=_joined(parsed.suffix),
    )


__all__ = ["NameParts", "split_person_name"]
