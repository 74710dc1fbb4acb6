"""Rows of the contact list for tests that give the table a directory of their own."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.enums import ContactKind
from app.services.directory import ContactSummary


def bare_person(n: int, name: str) -> ContactSummary:
    """Person ``n`` of a made-up directory: a name and nothing else."""
    return ContactSummary(
        id=f"id-{n}",
        kind=ContactKind.INDIVIDUAL,
        name=name,
        email=None,
        phone=None,
        city=None,
        country_code=None,
        is_customer=False,
        is_supplier=False,
        in_trash=False,
    )


class NumberedPeople:
    """A directory of ``total`` numbered people (person ``n``'s row made by ``person``) that
    records which pages were asked for."""

    def __init__(
        self,
        total: int,
        person: Callable[[int], ContactSummary] = lambda n: bare_person(n, f"Person {n:05d}"),
    ) -> None:
        self.total = total
        self.person = person
        self.pages: list[int] = []

    def count(self, kind: object = None, search: str | None = None) -> int:
        return self.total

    def row_of(self, contact_id: str, query: object = None) -> int | None:
        return int(contact_id.removeprefix("id-"))

    def page(
        self,
        kind: object = None,
        offset: int = 0,
        limit: int = 200,
        search: str | None = None,
    ) -> list[ContactSummary]:
        self.pages.append(offset)
        return [self.person(n) for n in range(offset, min(offset + limit, self.total))]
