"""What a reader makes of a file: one record per card or row, before anything is matched.

A record holds a draft contact as the file describes it, the organizations the person works
at by *name* (``ORG`` / ``Company``: the planner finds or creates the organization), the
file's own identifier of the contact (vCard ``UID``, a CSV id column) and the problems found
while reading.  A record whose ``contact`` is ``None`` could not be read at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.models import AnyContact, ContactPoints
from app.domain.problems import Problem, Severity


class FileFormat(StrEnum):
    VCARD = "vcf"
    CSV = "csv"


@dataclass
class Affiliation:
    """A person's work at an organization named in the file (vCard ``ORG`` + ``TITLE``)."""

    organization: str
    job_title: str | None = None
    points: ContactPoints = field(default_factory=ContactPoints)


@dataclass
class ImportRecord:
    """One card or row: ``source`` names it for the user (``card 3 (line 17)``, ``row 12``)."""

    source: str
    contact: AnyContact | None
    affiliations: list[Affiliation] = field(default_factory=list)
    # The file's id of the contact (vCard UID, a CSV id column): matched against the ids and
    # external ids of stored contacts, and kept as the external id of a new contact.
    external_ref: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def problem(self, label: str, message: str, *, error: bool, field: str = "") -> None:
        severity = Severity.ERROR if error else Severity.WARNING
        self.problems.append(
            Problem(field=field, label=label, message=message, severity=severity, code="import")
        )


@dataclass(frozen=True)
class ImportSource:
    """Everything read from one file: its records and what was noticed about the file."""

    name: str
    format: FileFormat
    records: tuple[ImportRecord, ...]
    encoding: str
    warnings: tuple[str, ...] = ()


__all__ = ["Affiliation", "FileFormat", "ImportRecord", "ImportSource"]
