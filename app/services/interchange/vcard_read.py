"""Reading vCard files (2.1, 3.0 and 4.0) into import records.

vobject reads each property line (name, group, parameters with their quoting,
quoted-printable text in the declared ``CHARSET``) and decodes text, names and addresses.
Around it this module does what vobject's own reader cannot do safely for imports:

* cards are found with one linear pass over the lines, so a broken card (an unreadable line,
  a missing ``END:VCARD``) is reported on its own and the other cards are still read;
* a card larger than a picture may ever be (a 50 MB ``PHOTO``) is reported from its size
  alone — never unfolded, decoded or parsed — so it costs no memory;
* lines are unfolded in one step (vobject's reader copies the line buffer on every
  continuation line, which takes minutes for a folded picture of a few megabytes);
* URI values (``PHOTO:data:image/png;base64,…``, ``URL``, ``UID``) are taken as they are:
  vobject's text decoding would cut them at the first comma.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from vobject.base import ContentLine, VObjectError, textLineToContentLine
from vobject.icalendar import stringToTextValues
from vobject.vcard import splitFields

from app.domain.enums import Gender
from app.domain.models import (
    Address,
    AnyContact,
    ContactPoints,
    Email,
    Image,
    IndividualContact,
    OrganizationContact,
    Phone,
    Tag,
    WebAddress,
    compose_full_address,
)
from app.domain.validation import CODE_SIZE, MAX_IMAGE_BYTES
from app.services.images import load_image
from app.services.interchange import point_types as pt
from app.services.interchange.limits import FileRejectedError, ImportLimits, megabytes
from app.services.interchange.records import Affiliation, ImportRecord
from app.services.interchange.values import PartialDateError, country_code, parse_date, split_street

# A card may hold one picture of the largest allowed size (base64: 4 characters per 3
# bytes) plus a megabyte of everything else; anything larger is refused unread.
MAX_CARD_CHARS = MAX_IMAGE_BYTES * 4 // 3 + 1024 * 1024

_NEWLINE = re.compile(r"\r\n|\n|\r")
_LABEL_MARKS = re.compile(r"^_\$!<(.*)>!\$_$")
_URI_VALUED = frozenset({"PHOTO", "LOGO", "URL", "UID", "SOUND", "KEY", "SOURCE"})
_PICTURES = frozenset({"PHOTO", "LOGO"})
_GENDERS = {"M": Gender.MALE, "F": Gender.FEMALE, "O": Gender.DIVERSE, "U": Gender.UNSPECIFIED}


@dataclass
class _RawCard:
    number: int
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)
    chars: int = 0
    # Characters per property name (to name the culprit of a card that is too large).
    sizes: dict[str, int] = field(default_factory=dict)
    oversize: bool = False
    closed: bool = False
    nested: bool = False


def _physical_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(line number, start, end) of every line, without copying the text."""
    start = 0
    number = 1
    for match in _NEWLINE.finditer(text):
        yield number, start, match.start()
        start = match.end()
        number += 1
    if start < len(text):
        yield number, start, len(text)


def _is(text: str, start: int, end: int, keyword: str) -> bool:
    return end - start < 40 and text[start:end].strip().upper() == keyword


def split_cards(text: str, max_card_chars: int, max_cards: int) -> tuple[list[_RawCard], list[str]]:
    """The cards of a file, and warnings about lines outside any card.

    Raises :class:`FileRejectedError` as soon as there are more than ``max_cards`` cards.
    """
    cards: list[_RawCard] = []
    warnings: list[str] = []
    current: _RawCard | None = None
    depth = 0
    stray = 0
    prop = ""
    for number, start, end in _physical_lines(text):
        if current is None:
            if _is(text, start, end, "BEGIN:VCARD"):
                current = _RawCard(len(cards) + 1, number)
                depth = 1
            elif text[start:end].strip():
                stray += 1
            continue
        if _is(text, start, end, "BEGIN:VCARD"):
            depth += 1
            current.nested = True
            continue
        if _is(text, start, end, "END:VCARD"):
            depth -= 1
            if depth == 0:
                current.closed = True
                cards.append(current)
                current = None
                if len(cards) > max_cards:
                    raise FileRejectedError(
                        f"the file has more than {max_cards:,} cards; an import may have at "
                        "most that many. Split it into smaller files."
                    )
            continue
        if depth > 1:
            continue
        length = end - start
        if end > start and text[start] not in " \t":
            head = text[start : min(end, start + 80)]
            prop = re.split(r"[;:]", head, maxsplit=1)[0].split(".")[-1].upper()
        current.chars += length
        current.sizes[prop] = current.sizes.get(prop, 0) + length
        if current.oversize:
            continue
        if current.chars > max_card_chars:
            current.oversize = True
            current.lines = []
        else:
            current.lines.append((number, text[start:end]))
    if current is not None:
        cards.append(current)
    if stray:
        warnings.append(
            f"{stray} line{'s' if stray != 1 else ''} outside BEGIN:VCARD … END:VCARD were ignored."
        )
    return cards, warnings


def _logical_lines(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Unfolded lines: a line starting with a space or tab continues the one before, and so
    does the line after a quoted-printable value ending in ``=`` (vCard 2.1)."""
    logical: list[tuple[int, list[str]]] = []
    qp_open = False
    for number, line in lines:
        if qp_open and logical:
            logical[-1][1].append("\n" + line)
        elif line[:1] in (" ", "\t") and logical:
            logical[-1][1].append(line[1:])
        elif not line.strip():
            qp_open = False
            continue
        else:
            logical.append((number, [line]))
        current = logical[-1][1]
        head = current[0].split(":", 1)[0].upper()
        qp_open = "QUOTED-PRINTABLE" in head and current[-1].endswith("=")
    return [(number, "".join(parts)) for number, parts in logical]


def _text(value: str) -> str:
    return str(stringToTextValues(value, listSeparator=None)[0]).strip()


def _uri(value: str) -> str:
    return value.replace("\\:", ":").replace("\\,", ",").replace("\\;", ";").strip()


def _joined(value: str | list[str]) -> str:
    if isinstance(value, list):
        return ", ".join(v.strip() for v in value if v.strip())
    return value.strip()


def _param(line: ContentLine, name: str) -> str | None:
    values = line.params.get(name)
    return str(values[0]) if values else None


class _CardReader:
    """Turns the content lines of one card into an :class:`ImportRecord`."""

    def __init__(self, record: ImportRecord, limits: ImportLimits) -> None:
        self.record = record
        self.limits = limits
        self.labels: dict[str, str] = {}

    def problem(self, line: ContentLine | None, message: str, *, error: bool) -> None:
        where = f"{line.name} (line {line.lineNumber})" if line is not None else "Card"
        self.record.problem(where, message, error=error)

    def words(self, line: ContentLine) -> list[str]:
        values = [str(v) for v in line.params.get("TYPE", [])]
        values += [str(v) for v in line.singletonparams]
        if line.group and line.group in self.labels:
            values.append(self.labels[line.group])
        return pt.type_words(values)

    def read(self, lines: list[ContentLine]) -> AnyContact | None:
        by_name: dict[str, list[ContentLine]] = {}
        for line in lines:
            if line.name not in _PICTURES and len(line.value) > self.limits.max_value_chars:
                self.problem(
                    line,
                    f"has {len(line.value):,} characters; a value may have at most "
                    f"{self.limits.max_value_chars:,}",
                    error=True,
                )
                continue
            by_name.setdefault(line.name, []).append(line)
        for line in by_name.get("X-ABLABEL", []):
            if line.group:
                label = _text(line.value)
                marked = _LABEL_MARKS.match(label)
                self.labels[line.group] = marked[1] if marked else label

        kind = (_text(by_name["KIND"][0].value) if "KIND" in by_name else "").lower()
        if kind in ("group", "location"):
            self.problem(None, f"a {kind} card (KIND:{kind}) is not a contact", error=True)
            return None
        orgs = by_name.get("ORG", [])
        org_names = [self.org_name(line) for line in orgs]
        fn = _text(by_name["FN"][0].value) if "FN" in by_name else ""
        name_parts = self.name_parts(by_name.get("N", []))
        show_as = [_text(x.value).upper() for x in by_name.get("X-ABSHOWAS", [])]
        is_org = kind in ("org", "organization") or "COMPANY" in show_as
        if not is_org and not any(name_parts.values()) and org_names:
            is_org = not fn or fn.casefold() == org_names[0].casefold()
        if is_org:
            name = fn or (org_names[0] if org_names else "")
            contact: AnyContact = OrganizationContact(name=name)
        else:
            person = IndividualContact(**name_parts)
            person.name = fn or person.composed_name()
            contact = person
        groups = self.affiliations(by_name, orgs, org_names, organization=is_org)
        self.points(by_name, contact, groups, organization=is_org)
        self.details(by_name, contact)
        return contact

    def org_name(self, line: ContentLine) -> str:
        fields = splitFields(line.value)
        return _joined(fields[0]) if fields else ""

    def name_parts(self, lines: list[ContentLine]) -> dict[str, str | None]:
        if not lines:
            return {}
        fields = [_joined(f) for f in splitFields(lines[0].value)] + [""] * 5
        family, given, additional, prefix, suffix = fields[:5]
        given_names = " ".join(p for p in (given, additional) if p)
        return {
            "family_name": family or None,
            "given_name": given_names or None,
            "title": prefix or None,
            "title_suffix": suffix or None,
        }

    def affiliations(
        self,
        by_name: dict[str, list[ContentLine]],
        orgs: list[ContentLine],
        org_names: list[str],
        *,
        organization: bool,
    ) -> dict[str | None, Affiliation]:
        """Professional identities by group (``None``: the ORG lines without a group)."""
        if organization:
            return {}
        grouped: dict[str | None, Affiliation] = {}
        loose: list[Affiliation] = []
        for line, name in zip(orgs, org_names, strict=True):
            if not name:
                continue
            affiliation = Affiliation(name)
            self.record.affiliations.append(affiliation)
            if line.group:
                grouped[line.group] = affiliation
            else:
                loose.append(affiliation)
        loose_titles = []
        for line in by_name.get("TITLE", []):
            title = _text(line.value)
            if line.group in grouped:
                grouped[line.group].job_title = title or None
            elif title:
                loose_titles.append((line, title))
        for affiliation, (_, title) in zip(loose, loose_titles, strict=False):
            affiliation.job_title = title
        for line, title in loose_titles[len(loose) :]:
            if not loose and not grouped:
                self.problem(line, f"“{title}” has no organization (ORG); not kept", error=False)
        return grouped

    def points(
        self,
        by_name: dict[str, list[ContentLine]],
        contact: AnyContact,
        groups: dict[str | None, Affiliation],
        *,
        organization: bool,
    ) -> None:
        for name, build in (
            ("ADR", self.address),
            ("EMAIL", self.email),
            ("TEL", self.phone),
            ("URL", self.web),
        ):
            for line in by_name.get(name, []):
                affiliation = groups.get(line.group) if line.group else None
                owner: ContactPoints = affiliation.points if affiliation else contact
                point = build(line, organization=organization, professional=bool(affiliation))
                if point is None:
                    continue
                if isinstance(point, Address):
                    owner.addresses.append(point)
                elif isinstance(point, Email):
                    owner.emails.append(point)
                elif isinstance(point, Phone):
                    owner.phones.append(point)
                else:
                    owner.web_addresses.append(point)

    def _common(
        self, line: ContentLine, *, organization: bool, professional: bool
    ) -> tuple[list[str], str, str | None]:
        words = self.words(line)
        context = pt.usage_context(words, organization=organization, professional=professional)
        return words, context, pt.unmapped(words)

    def email(self, line: ContentLine, *, organization: bool, professional: bool) -> Email | None:
        address = _text(line.value)
        if address.lower().startswith("mailto:"):
            address = address[7:]
        if not address:
            return None
        words, context, description = self._common(
            line, organization=organization, professional=professional
        )
        kind = pt.email_type(words, _param(line, pt.KONTOR_TYPE))
        return Email(address=address, type=kind, usage_context=context, description=description)

    def phone(self, line: ContentLine, *, organization: bool, professional: bool) -> Phone | None:
        number = _text(line.value)
        if number.lower().startswith("tel:"):
            number = number[4:].replace(";ext=", " ext. ")
        if not number:
            return None
        words, context, description = self._common(
            line, organization=organization, professional=professional
        )
        return Phone(
            number=number,
            type=pt.phone_type(words, _param(line, pt.KONTOR_TYPE), organization=organization),
            usages=pt.phone_usages(words, line.params.get(pt.KONTOR_USAGES, [])),
            usage_context=context,
            description=description,
        )

    def web(
        self, line: ContentLine, *, organization: bool, professional: bool
    ) -> WebAddress | None:
        url = _uri(line.value)
        if not url:
            return None
        words, context, description = self._common(
            line, organization=organization, professional=professional
        )
        kind = pt.web_type(
            words,
            _param(line, pt.KONTOR_TYPE),
            url,
            organization=organization,
            professional=professional,
        )
        return WebAddress(url=url, type=kind, usage_context=context, description=description)

    def address(
        self, line: ContentLine, *, organization: bool, professional: bool
    ) -> Address | None:
        fields = [_joined(f) for f in splitFields(line.value)] + [""] * 7
        box, extended, street, city, region, code, country = fields[:7]
        if not any((box, extended, street, city, region, code, country)):
            return None
        words, context, description = self._common(
            line, organization=organization, professional=professional
        )
        street_name, number = split_street(street) if street else (None, None)
        country_found = country_code(country)
        if country and country_found is None:
            self.problem(
                line, f"the country “{country}” is not recognised; kept in the text", error=False
            )
        address = Address(
            type=pt.address_type(words, _param(line, pt.KONTOR_TYPE), organization=organization),
            usages=pt.address_usages(words, line.params.get(pt.KONTOR_USAGES, [])),
            usage_context=context,
            description=description,
            street_name=street_name or None,
            street_number=number,
            additional=", ".join(p for p in (extended, box) if p) or None,
            city=city or None,
            zip=code or None,
            state=region or None,
            country_code=country_found,
        )
        label = (_param(line, "LABEL") or "").replace("\n", ", ").strip()
        composed = compose_full_address(address)
        if country and country_found is None:
            composed = f"{composed}, {country}" if composed else country
        address.full_address = label or composed
        return address

    def details(self, by_name: dict[str, list[ContentLine]], contact: AnyContact) -> None:
        tags: list[Tag] = []
        for line in by_name.get("CATEGORIES", []):
            for value in stringToTextValues(line.value):
                name = str(value).strip()
                if name and name.casefold() not in {t.name.casefold() for t in tags}:
                    tags.append(Tag(name=name))
        contact.tags = tags
        notes = [_text(line.value) for line in by_name.get("NOTE", [])]
        contact.internal_note = "\n\n".join(n for n in notes if n) or None
        if "UID" in by_name:
            uid = _uri(by_name["UID"][0].value)
            if uid.lower().startswith("urn:uuid:"):
                uid = uid[9:]
            self.record.external_ref = uid or None
        for name in ("PHOTO", "LOGO"):
            for line in by_name.get(name, []):
                image = self.picture(line)
                if image is not None:
                    contact.images.append(image)
        if isinstance(contact, IndividualContact):
            contact.date_of_birth = self.date(by_name.get("BDAY"), "birthday")
            contact.anniversary = self.date(by_name.get("ANNIVERSARY"), "anniversary")
            if "GENDER" in by_name:
                sex = _text(by_name["GENDER"][0].value).split(";")[0].strip().upper()
                contact.gender = _GENDERS[sex].value if sex in _GENDERS else None
            if "LANG" in by_name:
                contact.locale = _text(by_name["LANG"][0].value).replace("-", "_") or None

    def date(self, lines: list[ContentLine] | None, what: str) -> date | None:
        if not lines:
            return None
        value = _text(lines[0].value)
        try:
            return parse_date(value, "YMD")
        except PartialDateError:
            self.problem(lines[0], f"a {what} without a year ({value}) cannot be kept", error=False)
        except ValueError:
            self.problem(lines[0], f"“{value}” is not a date; not kept", error=False)
        return None

    def picture(self, line: ContentLine) -> Image | None:
        value = line.value.strip()
        encoding = (_param(line, "ENCODING") or "").upper()
        singles = {str(s).upper() for s in line.singletonparams}
        if value.lower().startswith("data:"):
            header, _, payload = value.partition(",")
            if ";base64" not in header.lower():
                self.problem(line, "only base64 pictures can be read; not kept", error=False)
                return None
        elif encoding in ("B", "BASE64") or "BASE64" in singles or "B" in singles:
            payload = value
        else:
            self.problem(
                line, "a picture at a web address is not downloaded; not kept", error=False
            )
            return None
        size = len(payload) * 3 // 4
        if size > MAX_IMAGE_BYTES:
            self.problem(
                line,
                f"the picture has {megabytes(size)}; a picture may be at most "
                f"{megabytes(MAX_IMAGE_BYTES)} — the card is not imported",
                error=True,
            )
            return None
        try:
            data = base64.b64decode("".join(payload.split()), validate=False)
        except (binascii.Error, ValueError):
            self.problem(line, "the picture's base64 text is damaged; not kept", error=False)
            return None
        loaded = load_image(data)
        if isinstance(loaded, Image):
            return loaded
        for problem in loaded:
            blocking = problem.code == CODE_SIZE
            suffix = " — the card is not imported" if blocking else "; not kept"
            self.problem(line, f"{problem.message}{suffix}", error=blocking)
        return None


def _card_record(card: _RawCard, limits: ImportLimits) -> ImportRecord:
    record = ImportRecord(source=f"card {card.number} (line {card.line})", contact=None)
    if card.oversize:
        prop, size = max(card.sizes.items(), key=lambda item: item[1])
        what = "picture" if prop in _PICTURES else f"{prop or 'a value'}"
        record.problem(
            "Card",
            f"the card is {megabytes(card.chars)} ({what} alone {megabytes(size)}); a card may "
            f"be at most {megabytes(MAX_CARD_CHARS)} and a picture at most "
            f"{megabytes(MAX_IMAGE_BYTES)} — the card is not imported",
            error=True,
        )
        return record
    if not card.closed:
        record.problem("Card", "END:VCARD is missing; the file ends inside this card", error=True)
        return record
    if card.nested:
        record.problem(
            "Card", "it holds another card (an AGENT) that Kontor cannot read", error=True
        )
        return record
    lines: list[ContentLine] = []
    for number, text in _logical_lines(card.lines):
        try:
            lines.append(textLineToContentLine(text, number))
        except LookupError as exc:
            record.problem(f"Line {number}", f"unknown character set ({exc})", error=True)
        except UnicodeDecodeError as exc:
            record.problem(
                f"Line {number}",
                f"the quoted-printable text is not valid {exc.encoding}",
                error=True,
            )
        except (VObjectError, ValueError) as exc:
            snippet = text[:60] + ("…" if len(text) > 60 else "")
            record.problem(
                f"Line {number}",
                f"cannot be read as a vCard property ({type(exc).__name__}): {snippet}",
                error=True,
            )
    if any(p.severity == "error" for p in record.problems):
        return record
    reader = _CardReader(record, limits)
    try:
        record.contact = reader.read(lines)
    except (VObjectError, ValueError, TypeError) as exc:
        record.problem("Card", f"cannot be read: {exc}", error=True)
        record.contact = None
    return record


def read_vcards(text: str, limits: ImportLimits) -> tuple[list[ImportRecord], list[str]]:
    """One record per card of ``text``, and warnings about the file as a whole."""
    cards, warnings = split_cards(text, MAX_CARD_CHARS, limits.max_records)
    if not cards:
        raise FileRejectedError("the file has no vCard in it (no BEGIN:VCARD line).")
    return [_card_record(card, limits) for card in cards], warnings


__all__ = ["MAX_CARD_CHARS", "read_vcards", "split_cards"]
