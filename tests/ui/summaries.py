"""Rows of the contact list for tests that give the table a directory of their own."""

from __future__ import annotations

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
