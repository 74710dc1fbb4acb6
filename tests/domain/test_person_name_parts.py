"""Splitting a person's full name: plain names take a short way that must agree with the
full parser, every other name goes through it."""

from __future__ import annotations

import pytest
from nameparser import HumanName

from app.domain import person_names as pn
from app.domain.person_names import NameParts, split_person_name


def parsed_in_full(name: str) -> NameParts:
    parsed = HumanName(name, constants=pn._CONSTANTS)
    titles = [t for t in parsed.title_list if t.rstrip(".").casefold() not in pn._SALUTATIONS]
    return NameParts(
        title=pn._joined(*titles),
        given_name=pn._joined(parsed.first, parsed.middle),
        family_name=pn._joined(parsed.last),
        title_suffix=pn._joined(parsed.suffix),
    )


@pytest.mark.parametrize(
    "name",
    [
        "Anna Müller",
        "Anna Maria Müller",
        "Jean-Luc Picard",
        "Siobhán O'Brien",
        "Mary Ann Smith Jones",
        "Li Na",
        "Dr. Anna Müller",
        "Prof. Dr. Hans Meier MSc",
        "Jan van der Berg",
        "Ana y Garcia",
        "John Smith Jr",
        "John Smith III",
        "Anna MÜLLER",
        "Müller, Anna",
        "Herr Karl Huber",
        "Gerda ten Brink",
        "DI Paul Berger",
        "A. Smith",
        "Madonna",
        "Anna Maria de Vries",
        "Steven Van Dyck",
        "Anna de la Cruz",
        "Lotte de Vries-Bakker",
        "Pieter van 't Hof",
        "Jan van",
        "van Dijk",
        "Jan van der",
        "Karl von und zu Guttenberg",
        "Ali bin Ahmad",
        "Anna de Vries Jr",
        "Anna di Maggio",
        "Prof. dr. Peter Van de Velde",
    ],
)
def test_every_name_splits_as_the_full_parser_splits_it(name: str) -> None:
    assert split_person_name(name) == parsed_in_full(name)


def test_plain_names_take_the_short_way_and_names_with_more_do_not() -> None:
    assert pn._plain_split("Anna Maria Müller") == NameParts(
        given_name="Anna Maria", family_name="Müller"
    )
    for name in ("Dr. Anna Müller", "Jan van der Berg", "John Smith Jr", "Ana y Garcia", "Madonna"):
        assert pn._plain_split(name) is None, name


def test_names_with_particles_before_one_family_name_take_the_short_way_too() -> None:
    assert pn._particle_split("Anna Maria van der Berg") == NameParts(
        given_name="Anna Maria", family_name="van der Berg"
    )
    assert pn._particle_split("Anna Maria van der Berg") == parsed_in_full(
        "Anna Maria van der Berg"
    )
    for name in ("Jan van", "van Dijk", "Dr. Jan de Vries", "Anna de Vries Jr", "Ana y Garcia"):
        assert pn._particle_split(name) is None, name


def test_every_generated_name_splits_as_the_full_parser_splits_it() -> None:
    from app.services.demo_data import generate_contacts

    names = {c.name for c in generate_contacts(800, 5) if c.kind.value == "individual"}
    assert len(names) > 500
    for name in names:
        assert split_person_name(name) == parsed_in_full(name), name
