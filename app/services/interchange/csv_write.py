"""CSV export: chosen columns, one row per contact, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with
a leading ``'``: spreadsheets would otherwise run it as a formula (CSV injection).  Phone
numbers such as ``+32 9 …`` therefore appear as ``'+32 9 …`` — text, as they should be.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.services.interchange.values import country_name

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

OrganizationName = Callable[[str], str | None]


@dataclass(frozen=True)
class ExportColumn:
    key: str
    header: str
    value: Callable[[AnyContact, OrganizationName], str]


def neutralise(cell: str) -> str:
    """``cell`` as text a spreadsheet will not evaluate."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _street(c: AnyContact, _: OrganizationName) -> str:
    a = c.addresses[0] if c.addresses else None
    return " ".join(p for p in (a.street_name, a.street_number) if p) if a else ""


def _organizations(c: AnyContact, names: OrganizationName) -> str:
    if isinstance(c, IndividualContact):
        found = (names(pi.organization_contact) for pi in c.professional_identities)
        return "; ".join(n for n in found if n)
    return ""


def _job_titles(c: AnyContact, _: OrganizationName) -> str:
    if isinstance(c, IndividualContact):
        return "; ".join(pi.job_title for pi in c.professional_identities if pi.job_title)
    return ""


def _person(attr: str) -> Callable[[AnyContact, OrganizationName], str]:
    def value(c: AnyContact, _: OrganizationName) -> str:
        found = getattr(c, attr, None) if isinstance(c, IndividualContact) else None
        return "" if found is None else str(found)

    return value


def _org(attr: str) -> Callable[[AnyContact, OrganizationName], str]:
    def value(c: AnyContact, _: OrganizationName) -> str:
        found = getattr(c, attr, None) if isinstance(c, OrganizationContact) else None
        return "" if found is None else str(found)

    return value


def _address_part(attr: str) -> Callable[[AnyContact, OrganizationName], str]:
    def value(c: AnyContact, _: OrganizationName) -> str:
        found = getattr(c.addresses[0], attr) if c.addresses else None
        return "" if found is None else str(found)

    return value


_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("id", "Id", lambda c, _: c.id),
    ExportColumn("external_id", "External id", lambda c, _: c.external_id or ""),
    ExportColumn("kind", "Kind", lambda c, _: c.kind.value),
    ExportColumn("name", "Name", lambda c, _: c.name),
    ExportColumn("title", "Title", _person("title")),
    ExportColumn("given_name", "Given name", _person("given_name")),
    ExportColumn("family_name", "Family name", _person("family_name")),
    ExportColumn("title_suffix", "Name suffix", _person("title_suffix")),
    ExportColumn("organization", "Organization", _organizations),
    ExportColumn("job_title", "Job title", _job_titles),
    ExportColumn("email", "E-mail", lambda c, _: c.emails[0].address if c.emails else ""),
    ExportColumn("emails", "E-mails", lambda c, _: "; ".join(e.address for e in c.emails)),
    ExportColumn("phone", "Phone", lambda c, _: c.phones[0].number if c.phones else ""),
    ExportColumn("phones", "Phones", lambda c, _: "; ".join(p.number for p in c.phones)),
    ExportColumn("street", "Street", _street),
    ExportColumn("zip", "Postal code", _address_part("zip")),
    ExportColumn("city", "City", _address_part("city")),
    ExportColumn(
        "country",
        "Country",
        lambda c, _: country_name(c.addresses[0].country_code) if c.addresses else "",
    ),
    ExportColumn(
        "address", "Address", lambda c, _: c.addresses[0].display() if c.addresses else ""
    ),
    ExportColumn(
        "website", "Website", lambda c, _: c.web_addresses[0].url if c.web_addresses else ""
    ),
    ExportColumn("vat_number", "VAT number", _org("vat_number")),
    ExportColumn("organization_type", "Organization type", _org("organization_type")),
    ExportColumn("tags", "Tags", lambda c, _: "; ".join(c.tag_names())),
    ExportColumn("birthday", "Birthday", _person("date_of_birth")),
    ExportColumn("anniversary", "Anniversary", _person("anniversary")),
    ExportColumn(
        "customer_id",
        "Customer id",
        lambda c, _: c.customer_role.customer_id if c.customer_role else "",
    ),
    ExportColumn(
        "supplier_id",
        "Supplier id",
        lambda c, _: c.supplier_role.supplier_id if c.supplier_role else "",
    ),
    ExportColumn("note", "Note", lambda c, _: c.internal_note or ""),
)
EXPORT_COLUMNS: dict[str, ExportColumn] = {c.key: c for c in _COLUMNS}
DEFAULT_COLUMNS: tuple[str, ...] = (
    "name",
    "kind",
    "organization",
    "job_title",
    "email",
    "phone",
    "street",
    "zip",
    "city",
    "country",
    "website",
    "vat_number",
    "tags",
    "birthday",
    "note",
    "id",
)


def unknown_columns(columns: Iterable[str]) -> list[str]:
    return [c for c in columns if c not in EXPORT_COLUMNS]


def write_csv(
    out: TextIO,
    contacts: Iterable[AnyContact],
    columns: Iterable[str],
    organization_name: OrganizationName,
    delimiter: str = ",",
) -> int:
    """Write the header and one row per contact to ``out``; returns the number of rows."""
    chosen = [EXPORT_COLUMNS[key] for key in columns]
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(c.header) for c in chosen])
    count = 0
    for contact in contacts:
        writer.writerow([neutralise(c.value(contact, organization_name)) for c in chosen])
        count += 1
    return count


__all__ = [
    "DEFAULT_COLUMNS",
    "EXPORT_COLUMNS",
    "ExportColumn",
    "neutralise",
    "unknown_columns",
    "write_csv",
]
