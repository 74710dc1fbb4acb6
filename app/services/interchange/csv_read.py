"""Reading CSV files: the dialect and encoding, the header mapping, and one record per row.

The encoding comes from :mod:`.text` (byte-order mark, UTF-8, or a reported guess); the
delimiter from :class:`csv.Sniffer` over the first lines (``,``, ``;``, tab or ``|``), falling
back to the one the header row uses most.  The first non-empty row is the header.  Rows are
counted as they are read and the file is refused as soon as there are too many, so a
million-row file costs no more than the cap.

A row is an organization when its ``kind`` column says so, or when it has an organization
name and no person's name (Outlook and Google export companies that way).  A person's
``organization`` / ``job_title`` become a professional identity; the row's e-mails, phones and
addresses stay the person's own (``work`` ones with the PROFESSIONAL usage context), since a
flat row cannot tell which belong to the identity.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain import checks
from app.domain.enums import Gender
from app.domain.models import (
    Address,
    AnyContact,
    ContactPoints,
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
    Tag,
    WebAddress,
    compose_full_address,
)
from app.services.interchange import point_types as pt
from app.services.interchange.csv_fields import NUMBERED_SLOTS, POINT_SLOTS, TARGETS, guess_columns
from app.services.interchange.limits import FileRejectedError, ImportLimits
from app.services.interchange.records import Affiliation, ImportRecord
from app.services.interchange.text import DecodedText
from app.services.interchange.values import (
    PartialDateError,
    country_code,
    parse_date,
    split_street,
)

DELIMITERS = ",;\t|"
SAMPLE_CHARS = 64 * 1024
DATE_ORDERS = ("DMY", "MDY", "YMD")
_MULTI = re.compile(r"\s*:::\s*|\s*;\s*|\n")
_TAGS = re.compile(r"\s*:::\s*|\s*[;,]\s*")
_EMPTY_DATE = re.compile(r"[0./\-\s:]*")
_SLASHED = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}")
_ORGANIZATION_WORDS = {"org", "organization", "organisation", "company", "business", "firm"}
_GENDERS = {
    "male": Gender.MALE,
    "m": Gender.MALE,
    "man": Gender.MALE,
    "mann": Gender.MALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "woman": Gender.FEMALE,
    "frau": Gender.FEMALE,
    "vrouw": Gender.FEMALE,
    "v": Gender.FEMALE,
    "w": Gender.FEMALE,
    "diverse": Gender.DIVERSE,
    "other": Gender.DIVERSE,
    "x": Gender.DIVERSE,
    "d": Gender.DIVERSE,
    "unspecified": Gender.UNSPECIFIED,
    "unknown": Gender.UNSPECIFIED,
}


@dataclass(frozen=True)
class CsvMapping:
    """Which target each column goes to, by header text (see :mod:`.csv_fields`).

    Headers left out are not imported.  ``date_order`` tells how ``04/05/1980`` is read.
    """

    columns: Mapping[str, str]
    date_order: str = "DMY"

    def problems(self) -> list[str]:
        found = [
            f"“{t}” is not a field Kontor can import into"
            for t in self.columns.values()
            if t not in TARGETS
        ]
        if self.date_order not in DATE_ORDERS:
            found.append(f"the date order must be one of {', '.join(DATE_ORDERS)}")
        return found

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(self.columns), "date_order": self.date_order}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CsvMapping:
        columns = data.get("columns")
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise ValueError("“columns” must map header texts to field names")
        order = data.get("date_order", "DMY")
        if not isinstance(order, str):
            raise ValueError("“date_order” must be text")
        return cls(dict(columns), order)


@dataclass(frozen=True)
class CsvLayout:
    """What was detected about a CSV file, with the guessed mapping."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    layout: str
    mapping: CsvMapping
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CsvRow:
    source: str
    cells: tuple[str, ...]


def _dialect(delimiter: str) -> type[csv.Dialect]:
    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def detect_delimiter(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _rows(
    text: str, delimiter: str, limits: ImportLimits, name: str
) -> tuple[tuple[str, ...], Iterator[CsvRow]]:
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(delimiter))
    try:
        header: list[str] = []
        while not any(cell.strip() for cell in header):
            header = next(reader)
    except StopIteration:
        raise FileRejectedError(f"{name} has no header row.") from None
    except csv.Error as exc:
        raise FileRejectedError(f"{name}: the header row cannot be read ({exc}).") from exc
    clean = tuple(h.strip().lstrip("\ufeff") for h in header)

    def rows() -> Iterator[CsvRow]:
        count = 0
        start = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileRejectedError(
                    f"{name}: line {reader.line_num} cannot be read ({exc}). Nothing was imported."
                ) from exc
            if any(cell.strip() for cell in cells):
                count += 1
                if count > limits.max_records:
                    raise FileRejectedError(
                        f"{name} has more than {limits.max_records:,} rows; an import may have "
                        "at most that many. Split it into smaller files."
                    )
                yield CsvRow(f"row {start}", tuple(cells))
            start = reader.line_num + 1

    return clean, rows()


def _guess_date_order(
    header: tuple[str, ...], columns: Mapping[str, str], rows: list[CsvRow]
) -> str:
    dated = [i for i, h in enumerate(header) if columns.get(h) in ("birthday", "anniversary")]
    for row in rows:
        for i in dated:
            found = _SLASHED.fullmatch(row.cells[i].strip()) if i < len(row.cells) else None
            if found and int(found[1]) > 12:
                return "DMY"
            if found and int(found[2]) > 12:
                return "MDY"
    return "DMY"


def open_csv(
    decoded: DecodedText, name: str, limits: ImportLimits, delimiter: str | None = None
) -> tuple[CsvLayout, Iterator[CsvRow]]:
    """The detected layout (with guessed mapping) and the data rows of a decoded CSV file."""
    if "\x00" in decoded.text[:SAMPLE_CHARS]:
        raise FileRejectedError(f"{name} is not a text file (it holds NUL bytes).")
    chosen = delimiter or detect_delimiter(decoded.text)
    header, rows = _rows(decoded.text, chosen, limits, name)
    layout, columns = guess_columns(list(header))
    sample: list[CsvRow] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= 200:
            break
    order = _guess_date_order(header, columns, sample)

    def all_rows() -> Iterator[CsvRow]:
        yield from sample
        yield from rows

    return (
        CsvLayout(
            encoding=decoded.encoding,
            delimiter=chosen,
            header=header,
            layout=layout,
            mapping=CsvMapping(columns, order),
            warnings=decoded.warnings,
        ),
        all_rows(),
    )


# --- rows to records ----------------------------------------------------------------------


@dataclass
class _Cells:
    scalars: dict[str, list[str]] = field(default_factory=dict)
    # (point, slot) -> values; (point, slot) -> type label.
    points: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)

    def first(self, key: str) -> str | None:
        values = self.scalars.get(key)
        return values[0] if values else None


def _collect(
    row: CsvRow, header: tuple[str, ...], mapping: CsvMapping, record: ImportRecord, limit: int
) -> _Cells:
    cells = _Cells()
    for i, raw in enumerate(row.cells):
        if i >= len(header):
            break
        target = mapping.columns.get(header[i])
        value = raw.strip()
        if target is None or target not in TARGETS or not value:
            continue
        if len(value) > limit:
            record.problem(
                header[i],
                f"has {len(value):,} characters; a value may have at most {limit:,}",
                error=True,
            )
            continue
        parts = target.split(".")
        if len(parts) == 1:
            cells.scalars.setdefault(target, []).append(value)
        elif parts[0] == "address":
            if parts[2] == "type":
                cells.labels[("address", parts[1])] = value
            else:
                cells.addresses.setdefault(parts[1], {})
                previous = cells.addresses[parts[1]].get(parts[2])
                cells.addresses[parts[1]][parts[2]] = f"{previous}, {value}" if previous else value
        elif len(parts) == 3:
            cells.labels[(parts[0], parts[1])] = value
        else:
            cells.points.setdefault((parts[0], parts[1]), []).append(value)
    return cells


def _words(point: str, slot: str, cells: _Cells) -> list[str]:
    if slot in NUMBERED_SLOTS:
        label = cells.labels.get((point, slot), "")
        return pt.type_words([label]) if label else []
    return list(POINT_SLOTS[point][slot][1])


def _kind(cells: _Cells, record: ImportRecord) -> bool:
    """Whether the row is an organization."""
    kind = (cells.first("kind") or "").strip().casefold()
    if kind:
        if kind in _ORGANIZATION_WORDS:
            return True
        if kind not in {"person", "individual", "people", "contact", "private"}:
            record.problem(
                "Kind",
                f"“{kind}” is neither a person nor an organization; read as a person",
                error=False,
            )
        return False
    has_person_name = any(
        cells.first(k) for k in ("name", "given_name", "family_name", "additional_name")
    )
    return not has_person_name and bool(cells.first("organization"))


def _points(
    cells: _Cells, owner: ContactPoints, record: ImportRecord, *, organization: bool
) -> None:
    for (point, slot), values in cells.points.items():
        words = _words(point, slot, cells)
        context = pt.usage_context(words, organization=organization, professional=False)
        description = pt.unmapped(words)
        for value in (v for raw in values for v in _MULTI.split(raw) if v.strip()):
            value = value.strip()
            if point == "email":
                owner.emails.append(
                    Email(
                        address=value,
                        type=pt.email_type(words, None),
                        usage_context=context,
                        description=description,
                    )
                )
            elif point == "phone":
                owner.phones.append(
                    Phone(
                        number=value,
                        type=pt.phone_type(words, None, organization=organization),
                        usages=pt.phone_usages(words, []),
                        usage_context=context,
                        description=description,
                    )
                )
            else:
                kind = pt.web_type(
                    words, None, value, organization=organization, professional=False
                )
                owner.web_addresses.append(
                    WebAddress(url=value, type=kind, usage_context=context, description=description)
                )
    for slot, parts in cells.addresses.items():
        owner.addresses.append(_address(slot, parts, cells, record, organization=organization))


def _address(
    slot: str, parts: dict[str, str], cells: _Cells, record: ImportRecord, *, organization: bool
) -> Address:
    words = _words("address", slot, cells)
    street = parts.get("street", "")
    street_name, number = split_street(street) if street else (None, None)
    country_text = parts.get("country", "")
    found = country_code(country_text)
    if country_text and found is None:
        record.problem(
            "Country", f"“{country_text}” is not recognised; kept in the address text", error=False
        )
    address = Address(
        type=pt.address_type(words, None, organization=organization),
        usages=pt.address_usages(words, []),
        usage_context=pt.usage_context(words, organization=organization, professional=False),
        description=pt.unmapped(words),
        street_name=street_name or None,
        street_number=number,
        additional=", ".join(parts[p] for p in ("street2", "street3", "box") if parts.get(p))
        or None,
        city=parts.get("city"),
        zip=parts.get("zip"),
        state=parts.get("state"),
        country_code=found,
    )
    full = parts.get("full", "").replace("\r", "").replace("\n", ", ").strip()
    composed = compose_full_address(address)
    if country_text and found is None:
        composed = f"{composed}, {country_text}" if composed else country_text
    address.full_address = full or composed
    return address


def _date(value: str | None, what: str, order: str, record: ImportRecord) -> date | None:
    if not value or _EMPTY_DATE.fullmatch(value):
        return None
    try:
        return parse_date(value, order)
    except PartialDateError:
        record.problem(what, f"a date without a year ({value}) cannot be kept", error=False)
    except ValueError:
        record.problem(what, f"“{value}” is not a date; not kept", error=False)
    return None


def row_record(
    row: CsvRow, header: tuple[str, ...], mapping: CsvMapping, limits: ImportLimits
) -> ImportRecord:
    """The record of one CSV row under ``mapping``."""
    record = ImportRecord(source=row.source, contact=None)
    cells = _collect(row, header, mapping, record, limits.max_value_chars)
    is_org = _kind(cells, record)
    contact: AnyContact
    if is_org:
        name = cells.first("name") or cells.first("organization") or ""
        vat = cells.first("vat_number")
        contact = OrganizationContact(
            name=name, vat_number=checks.normalise_vat(vat) if vat else None
        )
    else:
        given = " ".join(
            v for v in (cells.first("given_name"), cells.first("additional_name")) if v
        )
        person = IndividualContact(
            given_name=given or None,
            family_name=cells.first("family_name"),
            title=cells.first("title"),
            title_suffix=cells.first("title_suffix"),
        )
        person.name = cells.first("name") or person.composed_name()
        person.date_of_birth = _date(
            cells.first("birthday"), "Birthday", mapping.date_order, record
        )
        person.anniversary = _date(
            cells.first("anniversary"), "Anniversary", mapping.date_order, record
        )
        gender = cells.first("gender")
        if gender:
            known = _GENDERS.get(gender.casefold())
            if known is None:
                record.problem(
                    "Gender", f"“{gender}” is not a gender Kontor knows; not kept", error=False
                )
            person.gender = known.value if known is not None else None
        organization = cells.first("organization")
        if organization:
            record.affiliations.append(Affiliation(organization, cells.first("job_title")))
        if cells.first("vat_number"):
            record.problem(
                "VAT number", "a person has no VAT number in Kontor; not kept", error=False
            )
        contact = person
    _points(cells, contact, record, organization=is_org)
    tags: list[Tag] = []
    for raw in cells.scalars.get("tags", []):
        for name in _TAGS.split(raw):
            name = name.strip()
            if (
                name
                and not name.startswith("* ")
                and name.casefold() not in {t.name.casefold() for t in tags}
            ):
                tags.append(Tag(name=name))
    contact.tags = tags
    notes = cells.scalars.get("note", [])
    contact.internal_note = "\n\n".join(notes) or None
    record.external_ref = cells.first("external_id")
    record.contact = contact
    return record


__all__ = [
    "DATE_ORDERS",
    "CsvLayout",
    "CsvMapping",
    "CsvRow",
    "detect_delimiter",
    "open_csv",
    "row_record",
]
