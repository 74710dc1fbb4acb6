"""Reading CSV files: the dialect and encoding, the header mapping, and one record per row.

The encoding comes from :func:`decode_csv`: :mod:`.text` (byte-order mark, UTF-8, or a
reported guess), plus UTF-16 without a byte-order mark and the multi-byte encodings of
Japanese phones and mail programs (Shift_JIS), which look like a mix of encodings to a plain
UTF-8 check.  The delimiter comes from :class:`csv.Sniffer` over the first lines (``,``,
``;``, tab or ``|``), falling back to the one the header row uses most; a row that holds a
single cell split by another delimiter (files glued together from a comma and a tab export)
is split by that one.

The first non-empty row is the header unless it holds values no header has (an e-mail
address, a number): then the file has no header row, its columns are called ``Column 1``,
``Column 2``, … and mapped by position, with a guess from the values (the e-mail and phone
columns, the first column of names).  The caller can say which it is (``has_header``).  Rows
are counted as they are read and the file is refused as soon as there are too many, so a
million-row file costs no more than the cap.

A row is an organization when its ``kind`` column says so, or when it has an organization
name and no person's name (Outlook and Google export companies that way); the people of the
file with that company then work at it.  A person without any name is named after the first
e-mail address or phone number of the row, with a warning.  A person's
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
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.interchange import point_types as pt
from app.services.interchange.csv_fields import NUMBERED_SLOTS, POINT_SLOTS, TARGETS, guess_columns
from app.services.interchange.limits import FileRejectedError, ImportLimits
from app.services.interchange.records import Affiliation, ImportRecord
from app.services.interchange.text import DecodedText, decode
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
_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+")
_PHONE = re.compile(r"\+?[\d\s()./-]{6,}")
_NUMBER = re.compile(r"[\d\s.,/:-]+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Multi-byte legacy encodings tried, in this order, for a file that is not UTF-8 and holds
# Japanese (or Chinese, Korean) text.
_CJK_ENCODINGS = ("shift_jis", "cp932", "euc_jp", "gb18030", "big5", "euc_kr")
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
            translate("Import", "“{field}” is not a field Kontor can import into").format(field=t)
            for t in self.columns.values()
            if t not in TARGETS
        ]
        if self.date_order not in DATE_ORDERS:
            found.append(
                translate("Import", "the date order must be one of {orders}").format(
                    orders=", ".join(DATE_ORDERS)
                )
            )
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
    # False: the file has no header row; ``header`` names the columns by position.
    has_header: bool = True


@dataclass(frozen=True)
class CsvRow:
    source: str
    cells: tuple[str, ...]


def _dialect(delimiter: str) -> type[csv.Dialect]:
    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when every other byte of the start is NUL (ASCII text in
    UTF-16 without a byte-order mark)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half < 2:
        return None
    if sample[1::2].count(0) >= half * 0.6 and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) >= half * 0.6 and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _cjk(data: bytes, name: str) -> DecodedText | None:
    """The text of a file in a multi-byte East Asian encoding, when it is one: the bytes are
    mostly not UTF-8 and decode wholly into kana and ideographs in one of the encodings."""
    salvaged = data.decode("utf-8", errors="replace")
    bad = salvaged.count("\ufffd")
    good = sum(1 for c in salvaged if ord(c) > 0x7F and c != "\ufffd")
    if bad <= 2 * good:
        return None
    for encoding in _CJK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        east_asian = sum(
            1
            for c in wide
            if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
        )
        if wide and east_asian * 2 >= len(wide):
            readable = encoding.replace("_", "-")
            return DecodedText(
                text,
                readable,
                (
                    translate(
                        "Import",
                        "{file} is not UTF-8; it was read as {encoding} (a guess). Check the "
                        "names in the preview, or choose the encoding.",
                    ).format(file=name, encoding=readable),
                ),
            )
    return None


def decode_csv(data: bytes, name: str, encoding: str | None = None) -> DecodedText:
    """The text of a CSV file: as :func:`.text.decode`, and UTF-16 without a byte-order mark
    and Shift_JIS (and the other East Asian multi-byte encodings) recognised."""
    if not encoding:
        wide = _utf16_without_bom(data)
        if wide is not None:
            try:
                return DecodedText(data.decode(wide), wide)
            except UnicodeDecodeError:
                pass
    try:
        return decode(data, name, encoding)
    except FileRejectedError:
        found = None if encoding else _cjk(data, name)
        if found is None:
            raise
        return found


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


def _looks_like_data(cells: list[str]) -> bool:
    """Whether a row holds values rather than column names (an e-mail address, a number)."""
    for cell in cells:
        value = cell.strip()
        if value and (_EMAIL.fullmatch(value) or _NUMBER.fullmatch(value)):
            return True
    return False


def _resplit(cells: list[str], delimiter: str, width: int) -> list[str]:
    """A row read as one cell that another delimiter splits (a tab row in a comma file)."""
    if len(cells) != 1 or width < 2:
        return cells
    others = {d: cells[0].count(d) for d in DELIMITERS if d != delimiter}
    best = max(others, key=lambda d: others[d])
    if not others[best]:
        return cells
    return next(csv.reader([cells[0]], _dialect(best)), cells)


def _rows(
    text: str, delimiter: str, limits: ImportLimits, name: str, has_header: bool | None
) -> tuple[tuple[str, ...], bool, Iterator[CsvRow]]:
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(delimiter))
    try:
        first: list[str] = []
        while not any(cell.strip() for cell in first):
            first = next(reader)
    except StopIteration:
        raise FileRejectedError(
            translate("Import", "{file} has no rows.").format(file=name)
        ) from None
    except csv.Error as exc:
        raise FileRejectedError(
            translate("Import", "{file}: the first row cannot be read ({error}).").format(
                file=name, error=exc
            )
        ) from exc
    first_line = reader.line_num
    if has_header is None:
        has_header = not _looks_like_data(first)
    width = len(first)
    pending: list[CsvRow] = []
    if has_header:
        clean = tuple(h.strip().lstrip("\ufeff") for h in first)
    else:
        first = [first[0].lstrip("\ufeff"), *first[1:]]
        pending.append(CsvRow(_row_source(first_line), tuple(first)))
        clean = ()

    def rows() -> Iterator[CsvRow]:
        count = 0
        start = reader.line_num + 1
        while True:
            if pending:
                row = pending.pop(0)
                count += 1
                yield row
                continue
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileRejectedError(
                    translate(
                        "Import",
                        "{file}: line {line} cannot be read ({error}). Nothing was imported.",
                    ).format(file=name, line=reader.line_num, error=exc)
                ) from exc
            if any(cell.strip() for cell in cells):
                count += 1
                if count > limits.max_records:
                    raise FileRejectedError(
                        translate(
                            "Import",
                            "{file} has more than {maximum} rows; an import may have at most "
                            "that many. Split it into smaller files.",
                        ).format(file=name, maximum=f"{limits.max_records:,}")
                    )
                yield CsvRow(_row_source(start), tuple(_resplit(cells, delimiter, width)))
            start = reader.line_num + 1

    return clean, has_header, rows()


def _row_source(line: int) -> str:
    """Where a record is in the file, for the report: ``row 12``."""
    return translate("Import", "row {line}").format(line=line)


def _positional(width: int) -> tuple[str, ...]:
    return tuple(f"Column {i}" for i in range(1, width + 1))


def _guess_by_values(header: tuple[str, ...], rows: list[CsvRow]) -> dict[str, str]:
    """The targets of a header-less file's columns, from their values: e-mail and phone
    columns, and the first column of words is the name."""
    columns: dict[str, str] = {}
    counts = {"email": 0, "phone": 0}
    named = False
    for i, header_text in enumerate(header):
        values = [r.cells[i].strip() for r in rows if i < len(r.cells) and r.cells[i].strip()]
        if not values:
            continue
        if all(_EMAIL.fullmatch(v) for v in values):
            counts["email"] += 1
            columns[header_text] = f"email.{counts['email']}"
        elif all(_PHONE.fullmatch(v) and sum(c.isdigit() for c in v) >= 6 for v in values):
            counts["phone"] += 1
            columns[header_text] = f"phone.{counts['phone']}"
        elif not named and all(_LETTERS.search(v) for v in values):
            columns[header_text] = "name"
            named = True
    return {h: t for h, t in columns.items() if t in TARGETS}


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
    decoded: DecodedText,
    name: str,
    limits: ImportLimits,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> tuple[CsvLayout, Iterator[CsvRow]]:
    """The detected layout (with guessed mapping) and the data rows of a decoded CSV file;
    ``has_header`` ``None`` detects whether the first row names the columns."""
    if "\x00" in decoded.text[:SAMPLE_CHARS]:
        raise FileRejectedError(f"{name} is not a text file (it holds NUL bytes).")
    chosen = delimiter or detect_delimiter(decoded.text)
    header, headed, rows = _rows(decoded.text, chosen, limits, name, has_header)
    sample: list[CsvRow] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= 200:
            break
    if headed:
        layout, columns = guess_columns(list(header))
    else:
        header = _positional(max((len(r.cells) for r in sample), default=1))
        layout, columns = "unknown", _guess_by_values(header, sample)
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
            has_header=headed,
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
                translate(
                    "Import", "has {length} characters; a value may have at most {maximum}"
                ).format(length=f"{len(value):,}", maximum=f"{limit:,}"),
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
                translate("Fields", "Kind"),
                translate(
                    "Import", "“{value}” is neither a person nor an organization; read as a person"
                ).format(value=kind),
                error=False,
            )
        return False
    organization = (cells.first("organization") or "").strip()
    # A display name that is the company's name (Thunderbird writes both) is not a person's.
    name = (cells.first("name") or "").strip()
    has_person_name = bool(name and name.casefold() != organization.casefold()) or any(
        cells.first(k) for k in ("given_name", "family_name", "additional_name")
    )
    return not has_person_name and bool(organization)


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
            translate("Fields", "Country"),
            translate("Import", "“{value}” is not recognised; kept in the address text").format(
                value=country_text
            ),
            error=False,
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
        message = translate("Import", "a date without a year ({value}) cannot be kept")
        record.problem(what, message.format(value=value), error=False)
    except ValueError:
        message = translate("Import", "“{value}” is not a date; not kept")
        record.problem(what, message.format(value=value), error=False)
    return None


def _name_from_points(contact: AnyContact, record: ImportRecord) -> None:
    """A contact without a name is called by its first e-mail address, else its first phone
    number (reported, so that the user can name it)."""
    emails = [e.address for e in contact.emails if "@" in e.address.strip("@")]
    phones = [p.number for p in contact.phones if sum(c.isdigit() for c in p.number) >= 3]
    for message, value in (
        (
            QT_TRANSLATE_NOOP("Import", "the row has no name; named after its e-mail address"),
            emails[0] if emails else None,
        ),
        (
            QT_TRANSLATE_NOOP("Import", "the row has no name; named after its phone number"),
            phones[0] if phones else None,
        ),
    ):
        if value:
            contact.name = value
            record.problem(translate("Fields", "Name"), translate("Import", message), error=False)
            return


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
            cells.first("birthday"), translate("CsvTargets", "Birthday"), mapping.date_order, record
        )
        person.anniversary = _date(
            cells.first("anniversary"),
            translate("CsvTargets", "Anniversary"),
            mapping.date_order,
            record,
        )
        gender = cells.first("gender")
        if gender:
            known = _GENDERS.get(gender.casefold())
            if known is None:
                record.problem(
                    translate("CsvTargets", "Gender"),
                    translate("Import", "“{value}” is not a gender Kontor knows; not kept").format(
                        value=gender
                    ),
                    error=False,
                )
            person.gender = known.value if known is not None else None
        organization = cells.first("organization")
        if organization:
            record.affiliations.append(Affiliation(organization, cells.first("job_title")))
        if cells.first("vat_number"):
            record.problem(
                translate("CsvTargets", "VAT number"),
                translate("Import", "a person has no VAT number in Kontor; not kept"),
                error=False,
            )
        contact = person
    _points(cells, contact, record, organization=is_org)
    if not contact.name.strip():
        _name_from_points(contact, record)
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
    "decode_csv",
    "detect_delimiter",
    "open_csv",
    "row_record",
]
