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

It takes what other programs write: a file is decoded line by line (``CHARSET=`` per property,
the file's legacy encoding detected for the rest, UTF-16 with or without a byte-order mark);
quoted-printable text is decoded here (UTF-8 first, then the declared or detected charset);
a missing ``END:VCARD``, comment lines, a line that cannot be read (skipped and reported), an
embedded ``AGENT`` card (a contact of its own) and ``VERSION`` anywhere or nowhere cost no card.
A value that breaks a rule is normalised where the intent is plain (``www.example.com``,
``tel:`` and ``mailto:`` URIs, ``"Name" <address>``) and otherwise kept as received; the
planner turns the editor's errors about it into warnings.  Properties the model has no field
for are kept as lines in the contact's ``vcard_properties`` and written back on export.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from vobject.base import VObjectError, parseLine
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
from app.domain.validation import MAX_IMAGE_BYTES
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.services.images import load_image
from app.services.interchange import point_types as pt
from app.services.interchange.limits import FileRejectedError, ImportLimits, megabytes
from app.services.interchange.records import Affiliation, ImportRecord
from app.services.interchange.text import DecodedText, decode
from app.services.interchange.values import PartialDateError, country_code, parse_date, split_street

# A card may hold one picture of the largest allowed size (base64: 4 characters per 3
# bytes) plus a megabyte of everything else; anything larger is refused unread.
MAX_CARD_CHARS = MAX_IMAGE_BYTES * 4 // 3 + 1024 * 1024

_NEWLINE = re.compile(r"\r\r\n|\r\n|\n|\r")
_LABEL_MARKS = re.compile(r"^_\$!<(.*)>!\$_$")
_URI_VALUED = frozenset({"PHOTO", "LOGO", "URL", "UID", "SOUND", "KEY", "SOURCE"})
_PICTURES = frozenset({"PHOTO", "LOGO"})
_GENDERS = {"M": Gender.MALE, "F": Gender.FEMALE, "O": Gender.DIVERSE, "U": Gender.UNSPECIFIED}
_GROUP_PREFIX = re.compile(r"^[A-Za-z0-9_-]+\.")
_NAME_HEAD = re.compile(r"[^;:]*")
# Properties the reader turns into fields; every other one is kept as received.  VERSION,
# PRODID and REV describe the file and the program that wrote it, not the contact.
_MODELLED = frozenset(
    {
        "VERSION",
        "PRODID",
        "REV",
        "N",
        "FN",
        "ORG",
        "ADR",
        "EMAIL",
        "TEL",
        "URL",
        "CATEGORIES",
        "NOTE",
        "UID",
        "KIND",
        "GENDER",
        "LANG",
        "X-ABLABEL",
    }
)
# An unmodelled binary value (a SOUND, a KEY) is kept up to this many characters.
MAX_KEPT_BINARY_CHARS = 1024 * 1024
_BYTES_FOLD = re.compile(rb"(?:\r\n|\r|\n)[ \t]")
_CHARSET_PARAM = re.compile(rb';\s*CHARSET\s*=\s*"?([A-Za-z0-9_.:-]+)', re.IGNORECASE)
_QP_PARAM = re.compile(r";\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\b", re.IGNORECASE)
_CHARSET_TEXT = re.compile(r';\s*CHARSET\s*=\s*"?[A-Za-z0-9_.:-]+"?', re.IGNORECASE)
_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")
_NUMBER_DOTS = re.compile(r"(?<=\d)\.(?=\d)")
_BARE_HOST = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#:]\S*)?$")


# --- bytes to text ----------------------------------------------------------------------------


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when the bytes look like UTF-16 text without a mark."""
    head = data[:400]
    if len(head) < 8:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def _units(data: bytes) -> list[bytes]:
    """The file's lines with their folded continuation lines, as bytes."""
    units: list[list[bytes]] = []
    for line in data.splitlines(keepends=True):
        if units and line[:1] in (b" ", b"\t"):
            units[-1].append(line)
        else:
            units.append([line])
    return [b"".join(unit) for unit in units]


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _declared(unit: bytes) -> str | None:
    found = _CHARSET_PARAM.search(unit.split(b":", 1)[0])
    return found[1].decode("ascii").lower() if found else None


def legacy_encoding(sample: bytes) -> str:
    """The 8-bit encoding of ``sample`` (bytes that are not UTF-8), detected; cp1252 when the
    detection has nothing better to say."""
    # A few accented letters are too little to tell one 8-bit encoding from another: the
    # Windows one that most such files come from is the better guess.
    if sum(1 for byte in sample if byte > 0x7F) < 32:
        return "cp1252"
    from charset_normalizer import from_bytes  # only when a file needs guessing

    guess = from_bytes(sample).best()
    found = guess.encoding if guess is not None else None
    if found is None or found.startswith("utf") or found == "ascii":
        return "cp1252"
    return found


def decode_vcard(data: bytes, name: str, encoding: str | None = None) -> DecodedText:
    """A vCard file as text.

    A byte-order mark or a chosen ``encoding`` decide for the whole file, as for any file.
    Otherwise: UTF-16 without a mark is recognised by its zero bytes, a UTF-8 file is read as
    UTF-8, and a file that is not all UTF-8 is decoded line by line (a folded line with its
    continuation lines): UTF-8 where the line is UTF-8, else the line's ``CHARSET=``, else the
    file's legacy encoding as detected from the lines that are not UTF-8.
    """
    boms = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
    if encoding or data.startswith(boms):
        return decode(data, name, encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return DecodedText(data.decode(utf16, errors="replace"), utf16)
    if _is_utf8(data):
        return DecodedText(data.decode("utf-8"), "utf-8")
    units = _units(data)
    undeclared = b"\n".join(
        u for u in units if not _is_utf8(_BYTES_FOLD.sub(b"", u)) and _declared(u) is None
    )
    legacy = legacy_encoding(undeclared)
    parts: list[str] = []
    used: Counter[str] = Counter()
    for unit in units:
        text, how = _decode_unit(unit, legacy)
        parts.append(text)
        if how != "utf-8":
            used[how] += 1
    if not any("BEGIN:VCARD" in p.upper() or "END:VCARD" in p.upper() for p in parts):
        # Not a vCard in any encoding (a picture, an archive): the usual refusal.
        return decode(data, name, None)
    how_read = ", ".join(
        tr("%n lines as {encoding}", "", n).format(encoding=enc) for enc, n in used.items()
    )
    message = translate(
        "Import", "{file} is not all UTF-8: {how} (each property's CHARSET, else detected)."
    )
    return DecodedText(
        "".join(parts),
        "/".join(["utf-8", *used]),
        (message.format(file=name, how=how_read),),
    )


def _decode_unit(unit: bytes, legacy: str) -> tuple[str, str]:
    try:
        return unit.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A fold may split a UTF-8 character in two: joined again, the line is UTF-8.
    unfolded = _BYTES_FOLD.sub(b"", unit)
    try:
        return unfolded.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared(unit)
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return unit.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return unit.decode(legacy, errors="replace"), legacy


# --- cards ------------------------------------------------------------------------------------


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
    # Read without a BEGIN:VCARD line (the lines before an END:VCARD).
    no_begin: bool = False
    # The number of the card this one is embedded in (an AGENT), and the cards embedded here.
    agent_of: int | None = None
    agents: list[_RawCard] = field(default_factory=list)


def _is(text: str, start: int, end: int, keyword: str) -> bool:
    if end - start >= 60:
        return False
    word = _GROUP_PREFIX.sub("", text[start:end].strip()).upper().replace(" ", "")
    return word == keyword or word == f"AGENT:{keyword}"


def _looks_like_property(line: str) -> bool:
    head = line.split(":", 1)[0]
    return ":" in line and bool(head) and len(head) < 80 and head[:1].isalpha()


def _split_lines(text: str) -> list[str]:
    """``text`` cut at its line breaks (``\r\r\n``, ``\r\n``, ``\n`` or ``\r``), as
    ``_NEWLINE.split`` cuts it, with plain string operations where they give the same."""
    # Split without a copy of the text: a file can take a good part of the memory allowed.
    if "\r" not in text:
        return text.split("\n")
    if "\n" not in text:
        return text.split("\r")
    # Every carriage return followed by a line feed and every line feed after one.
    if text.count("\r\n") == text.count("\r") == text.count("\n"):
        return text.split("\r\n")
    return _NEWLINE.split(text)


def split_cards(text: str, max_card_chars: int, max_cards: int) -> tuple[list[_RawCard], list[str]]:
    """The cards of a file (an AGENT card right after the card it is embedded in), and
    warnings about lines outside any card.

    Raises :class:`FileRejectedError` as soon as there are more than ``max_cards`` cards.
    """
    cards: list[_RawCard] = []
    warnings: list[str] = []
    stack: list[_RawCard] = []
    # Lines before a BEGIN:VCARD: a card of its own when an END:VCARD closes them.
    pending: list[tuple[int, str]] = []
    stray = 0
    prop = ""

    def finish(card: _RawCard) -> None:
        cards.append(card)
        for agent in card.agents:
            agent.number = len(cards) + 1
            cards.append(agent)
        if len(cards) > max_cards:
            raise FileRejectedError(
                translate(
                    "Import",
                    "the file has more than {maximum} cards; an import may have at most that "
                    "many. Split it into smaller files.",
                ).format(maximum=f"{max_cards:,}")
            )

    # The property name in front of a line's parameters or value (``work1.TEL``), and the
    # name it counts under: a file repeats the same few.
    props: dict[str, str] = {}
    lines = _split_lines(text)
    if lines and not lines[-1]:
        lines.pop()  # the text ends with a line break
    current: _RawCard | None = None  # the innermost open card (``stack[-1]``)
    for number, line in enumerate(lines, 1):
        length = len(line)
        # Only a short line naming VCARD can begin or end a card.
        keyword = length < 60 and "CARD" in line.upper().replace(" ", "")
        if not keyword and current is not None and not current.oversize:
            # The common line: inside a card, neither BEGIN nor END.
            current.chars += length
            if current.chars <= max_card_chars:
                current.lines.append((number, line))
                continue
            current.chars -= length  # counted again below, where it is dropped
        if keyword and _is(line, 0, length, "BEGIN:VCARD"):
            stray += sum(1 for _, line in pending if line.strip())
            pending = []
            card = _RawCard(0, number)
            if stack:
                card.agent_of = stack[0].number
                stack[0].agents.append(card)
            else:
                card.number = len(cards) + 1
            stack.append(card)
            current = card
            continue
        if keyword and _is(line, 0, length, "END:VCARD"):
            if stack:
                card = stack.pop()
                current = stack[-1] if stack else None
                card.closed = True
                if not stack:
                    finish(card)
            elif any(_looks_like_property(line) for _, line in pending):
                card = _RawCard(len(cards) + 1, pending[0][0], closed=True, no_begin=True)
                card.lines = pending
                pending = []
                finish(card)
            continue
        if not stack:
            if line:
                pending.append((number, line))
            continue
        current = stack[-1]
        current.chars += length
        if not current.oversize and current.chars <= max_card_chars:
            current.lines.append((number, line))
            continue
        # A card too large to read: what its characters are counted under (to name the
        # culprit); its lines are dropped.
        if not current.oversize:
            current.oversize = True
            for _, earlier in current.lines:
                prop = _count(current.sizes, earlier, prop, props)
            current.lines = []
        prop = _count(current.sizes, line, prop, props)
    if stack:
        finish(stack[0])
    stray += sum(1 for _, line in pending if line.strip())
    if stray:
        warnings.append(tr("%n lines outside BEGIN:VCARD … END:VCARD were ignored.", "", stray))
    return cards, warnings


def _count(sizes: dict[str, int], line: str, prop: str, props: dict[str, str]) -> str:
    """Count ``line`` in ``sizes`` under its property name (a continuation line under the
    property it continues, ``prop``); the property name it counted under."""
    if line and line[0] not in " \t":
        found = _NAME_HEAD.match(line, 0, 80)
        name = found[0] if found else ""
        prop = props.get(name) or props.setdefault(name, name.split(".")[-1].upper())
    sizes[prop] = sizes.get(prop, 0) + len(line)
    return prop


def _logical_lines(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Unfolded lines: a line starting with a space or tab continues the one before, and so
    does the line after a quoted-printable value ending in ``=`` (vCard 2.1) and a line
    without a colon after a value ending in a backslash (old Android address lines)."""
    logical: list[tuple[int, str]] = []
    # The logical line being read: its first line's number, its first piece (empty before
    # the first), its further pieces (``None`` while there are none) and its last piece.
    start = 0
    head = ""
    pieces: list[str] | None = None
    last = ""
    qp_open = False
    for number, line in lines:
        if qp_open and head:
            last = "\n" + line
        elif line[:1] in (" ", "\t") and head:
            last = line[1:]
        elif not line.strip():
            qp_open = False
            continue
        elif head and last.endswith("\\") and ":" not in line:
            last = "\n" + line
        else:
            if head:
                logical.append((start, head + "".join(pieces) if pieces is not None else head))
            start, head, last, pieces = number, line, line, None
            qp_open = line.endswith("=") and "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
            continue
        if pieces is None:
            pieces = [last]
        else:
            pieces.append(last)
        qp_open = last.endswith("=") and "QUOTED-PRINTABLE" in head.split(":", 1)[0].upper()
    if head:
        logical.append((start, head + "".join(pieces) if pieces is not None else head))
    return logical


@lru_cache(maxsize=4096)
def _typed_by_parameters(
    types: tuple[str, ...],
    singles: tuple[str, ...],
    kontor_type: tuple[str, ...],
    kontor_usages: tuple[str, ...],
) -> dict[tuple[object, ...], Any]:
    """The typings worked out for the lines with these ``TYPE`` values, parameters without a
    name and Kontor type and usages (all that typing a line reads of its parameters), by
    what else it depends on (see ``_CardReader._typed_key``)."""
    return {}


class _Line:
    """One property line as the reader uses it: its name (upper case), group, parameters
    (``params``: name -> values, ``singletonparams``: values without a name) and value.

    It holds what vobject's ``ContentLine`` would, without that class's per-attribute hooks
    (which cost more than reading the line)."""

    __slots__ = (
        "_kept",
        "group",
        "lineNumber",
        "name",
        "params",
        "singletonparams",
        "typed",
        "value",
    )

    def __init__(
        self,
        name: str,
        params: Sequence[Sequence[str]],
        value: str,
        group: str | None,
        lineNumber: int,  # noqa: N803 - vobject's name for it
        qp: bool = False,
    ) -> None:
        self.name = name.upper()
        self.group = group
        self.value = value
        self.lineNumber = lineNumber
        self.params: dict[str, list[str]] = {}
        self.singletonparams: list[str] = []
        for param in params:
            if len(param) == 1:
                self.singletonparams.append(param[0])
            else:
                self.params.setdefault(param[0].upper(), []).extend(param[1:])
        self._kept = (name, params, qp)
        # What the reader made of the parameters (see ``_CardReader._typed``), shared by the
        # lines with the same parameters that it reads: the lines made from this one, and
        # lines whose other parameters differ (an address's ``LABEL``).
        self.typed = _typed_by_parameters(
            tuple(self.params.get("TYPE", ())),
            tuple(self.singletonparams),
            tuple(self.params.get(pt.KONTOR_TYPE, ())),
            tuple(self.params.get(pt.KONTOR_USAGES, ())),
        )

    def with_value(self, value: str, line_number: int) -> _Line:
        """A line with this one's name, group and parameters (shared: the reader only reads
        them) and ``value``."""
        line = _Line.__new__(_Line)
        line.name = self.name
        line.group = self.group
        line.value = value
        line.lineNumber = line_number
        line.params = self.params
        line.singletonparams = self.singletonparams
        line._kept = self._kept
        line.typed = self.typed
        return line

    def kept_text(self) -> str:
        """The line as it is kept when the model has no field for it."""
        name, params, qp = self._kept
        return _kept_text(self.group, name, params, self.value, qp)


class _BadLineError(Exception):
    """A line that cannot be read as a property; the message says why."""


_NAME_CHARS = re.compile(r"[^A-Za-z0-9-]+")


_PLAIN_NAME = re.compile(r"(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)")
_PARAM_NAME = re.compile(r"[A-Za-z0-9_-]+")

Parsed = tuple[str, Sequence[Sequence[str]], str, str | None]


def _parse_plain(text: str) -> Parsed | None:
    """What vobject's ``parseLine`` makes of a line without quotes in its name and
    parameters and without a line break (nearly every line), or ``None`` for any other."""
    head, colon, value = text.partition(":")
    # A quoted value differs from line to line: such a head is not looked up (see below).
    if not colon or "\n" in text or "\r" in text or '"' in head:
        return None
    parsed = _plain_head(head)
    if parsed is None:
        return None
    name, params, group = parsed
    return name, [list(param) for param in params], value, group


# A file repeats the same few property names with the same parameters on thousands of
# lines (``TEL;TYPE=home,cell;…``): each is taken apart once (kept as tuples, so that no
# line can change what the others get).
@lru_cache(maxsize=4096)
def _plain_head(head: str) -> tuple[str, tuple[tuple[str, ...], ...], str | None] | None:
    """Name, parameters and group of the part of a line before its value, or ``None``
    when it has quotes or anything else :func:`_parse_plain` leaves to vobject."""
    if '"' in head:
        return None
    name_part, *parts = head.split(";")
    named = _PLAIN_NAME.fullmatch(name_part)
    if named is None:
        return None
    params: list[tuple[str, ...]] = []
    for part in parts:
        key, equals, values = part.partition("=")
        if not _PARAM_NAME.fullmatch(key):
            return None
        params.append((key, *(v for v in values.split(",") if v)) if equals else (key,))
    return named[2].replace("_", "-"), tuple(params), named[1]


_MARK = "\x00"


def _parse_quoted(text: str) -> Parsed | None:
    """What vobject's ``parseLine`` makes of a line whose parameter values are quoted whole
    (``ADR;LABEL="Hoogstraat 27, 9000 Gent";TYPE=work:…``), or ``None`` for any other line.

    Each quoted value is read verbatim; the head with a mark in each one's place repeats
    from line to line and is taken apart once (:func:`_plain_head`)."""
    if "\n" in text or "\r" in text or _MARK in text:
        return None
    values: list[str] = []
    pieces: list[str] = []
    at = 0
    # The head ends at the first colon outside double quotes.
    while True:
        colon = text.find(":", at)
        start = text.find('"', at)
        if start == -1 or -1 < colon < start:
            break
        stop = text.find('"', start + 1)
        # Only a whole value, and not empty (vobject keeps ``""`` as an empty value).
        if (
            stop <= start + 1
            or text[start - 1 : start] not in ("=", ",")
            or text[stop + 1 : stop + 2] not in (";", ",", ":")
        ):
            return None
        values.append(text[start + 1 : stop])
        pieces += (text[at:start], _MARK)
        at = stop + 1
    if colon == -1:
        return None
    pieces.append(text[at:colon])
    end = colon + 1
    parsed = _plain_head("".join(pieces))
    if parsed is None:
        return None
    name, params, group = parsed
    # Each mark must have come out as a value of its own (``B=="x"`` would not).
    marks = [v for param in params for v in param[1:] if _MARK in v]
    if len(marks) != len(values) or any(v != _MARK for v in marks):
        return None
    given = iter(values)
    full = [[next(given) if v == _MARK else v for v in param] for param in params]
    return name, full, text[end:], group


def _parse(text: str, number: int) -> Parsed:
    """Name, parameters, value and group of a line, repairing what is plainly meant: a
    property name with spaces or slashes, empty parameters (``TEL;;TYPE=x;``)."""
    plain = _parse_plain(text)
    if plain is not None:
        return plain
    quoted = _parse_quoted(text)
    if quoted is not None:
        return quoted
    try:
        return parseLine(text, number)  # type: ignore[no-any-return]
    except VObjectError:
        pass
    head, colon, value = text.partition(":")
    if not colon:
        raise _BadLineError(
            translate("Import", "it has no “:” between a property name and a value")
        )
    parts = [p for p in head.split(";")]
    group_name = parts[0].strip()
    group, _, name = group_name.rpartition(".")
    name = _NAME_CHARS.sub("-", name.strip()).strip("-")
    if not name:
        raise _BadLineError(translate("Import", "it has no property name"))
    params = [p for p in parts[1:] if p.strip() and p.strip() != "="]
    repaired = ";".join([f"{group}.{name}" if group else name, *params]) + ":" + value
    try:
        return parseLine(repaired, number)  # type: ignore[no-any-return]
    except VObjectError as exc:
        raise _BadLineError(
            translate("Import", "it cannot be read as a vCard property ({error})").format(error=exc)
        ) from exc


def _text_values(value: str, separator: str | None = ",") -> list[str]:
    """The text values of a property value separated by ``separator`` (backslash escapes
    undone); without a backslash the value is simply split, as vobject would."""
    if "\\" in value:
        return [str(v) for v in stringToTextValues(value, listSeparator=separator)]
    if separator is None:
        return [value]
    parts = value.split(separator)
    if len(parts) > 1 and not parts[-1]:
        parts.pop()
    return parts


def _split_fields(value: str) -> list[str | list[str]]:
    """The fields of a structured value (N, ADR, ORG), each a text or a list of texts."""
    if "\\" in value:
        return splitFields(value)  # type: ignore[no-any-return]
    fields: list[str | list[str]] = []
    for part in _text_values(value, ";"):
        values = _text_values(part)
        fields.append(values[0] if len(values) == 1 else values)
    return fields


def _address_fields(value: str) -> list[str]:
    """The seven fields of an ADR value (post office box … country), each one text."""
    if "\\" in value or "," in value:
        fields = [_joined(f) for f in _split_fields(value)]
    else:
        # No escapes and no lists: the fields are the parts between semicolons.
        fields = [part.strip() for part in value.split(";")]
    return (fields + [""] * 7)[:7]


def _text(value: str) -> str:
    return _text_values(value, None)[0].strip()


def _uri(value: str) -> str:
    return value.replace("\\:", ":").replace("\\,", ",").replace("\\;", ";").strip()


def _joined(value: str | list[str]) -> str:
    if isinstance(value, list):
        return ", ".join(v.strip() for v in value if v.strip())
    return value.strip()


_READ_WHEN_VALID = frozenset({"PHOTO", "LOGO", "TITLE", "BDAY", "ANNIVERSARY"})


def _is_binary(line: _Line) -> bool:
    if "ENCODING" not in line.params and not line.singletonparams:
        return line.value[:5].lower() == "data:"
    encoding = {str(v).upper() for v in line.params.get("ENCODING", [])}
    singles = {str(v).upper() for v in line.singletonparams}
    return bool({"B", "BASE64"} & (encoding | singles)) or line.value[:5].lower() == "data:"


def _normal_email(text: str) -> str:
    """``mailto:a@b.c`` and ``"Name" <a@b.c>`` as the bare address."""
    address = text.strip()
    if address.lower().startswith("mailto:"):
        address = address[7:].split("?", 1)[0]
    found = _ANGLE_ADDRESS.search(address)
    if found:
        address = found[1]
    return address.strip()


def _normal_number(text: str) -> str:
    """``tel:+43-1-234;ext=5`` as ``+43-1-234 ext. 5``; dots between digits as spaces."""
    number = text.strip()
    if number.lower().startswith("tel:"):
        number = number[4:]
        base, _, rest = number.partition(";")
        ext = re.search(r"(?:^|;)ext=([^;]+)", rest)
        number = f"{base} ext. {ext[1]}" if ext else base
    return _NUMBER_DOTS.sub(" ", number).strip()


def _param(line: _Line, name: str) -> str | None:
    values = line.params.get(name)
    return str(values[0]) if values else None


# A file has few combinations of TYPE values: each is worked out once.
@lru_cache(maxsize=4096)
def _typing(
    values: tuple[str, ...], organization: bool, professional: bool
) -> tuple[tuple[str, ...], str, str | None]:
    """The type words of a line's ``TYPE`` values (and label), its usage context and the
    words kept as its description."""
    words = pt.type_words(values)
    context = pt.usage_context(words, organization=organization, professional=professional)
    return tuple(words), context, pt.unmapped(words)


class _Points:
    """The contact points of a contact being read (a contact is made once it has them all)."""

    __slots__ = ("addresses", "emails", "phones", "web_addresses")

    def __init__(self) -> None:
        self.addresses: list[Address] = []
        self.emails: list[Email] = []
        self.phones: list[Phone] = []
        self.web_addresses: list[WebAddress] = []


class _CardReader:
    """Turns the content lines of one card into an :class:`ImportRecord`."""

    def __init__(
        self,
        record: ImportRecord,
        limits: ImportLimits,
        extra: list[str] | None = None,
    ) -> None:
        self.record = record
        self.limits = limits
        self.labels: dict[str, str] = {}
        # The lines the model has no field for (by identity).
        self.kept: set[int] = set()
        self.extra = extra or []

    def keep(self, line: _Line) -> None:
        self.kept.add(id(line))

    def kept_lines(self, lines: list[_Line]) -> list[str]:
        groups = {line.group for line in lines if id(line) in self.kept and line.group}
        found: list[str] = []
        for line in lines:
            keep = id(line) in self.kept or (line.name == "X-ABLABEL" and line.group in groups)
            if keep:
                found.append(line.kept_text())
        return found + self.extra

    def problem(self, line: _Line | None, message: str, *, error: bool) -> None:
        where = _line_label(line.name, line.lineNumber) if line is not None else _card_label()
        self.record.problem(where, message, error=error)

    def type_values(self, line: _Line) -> list[str]:
        values = [str(v) for v in line.params.get("TYPE", [])]
        values += [str(v) for v in line.singletonparams]
        if line.group and line.group in self.labels:
            values.append(self.labels[line.group])
        return values

    def read(self, lines: list[_Line]) -> AnyContact | None:
        by_name: dict[str, list[_Line]] = {}
        usable: list[_Line] = []
        shortest = min(MAX_KEPT_BINARY_CHARS, self.limits.max_value_chars)
        for line in lines:
            name = line.name
            if len(line.value) > shortest and name not in _PICTURES:
                binary = _is_binary(line)
                cap = MAX_KEPT_BINARY_CHARS if binary else self.limits.max_value_chars
            else:
                cap = shortest
            if name not in _PICTURES and len(line.value) > cap:
                self.problem(
                    line,
                    translate(
                        "Import",
                        "has {length} characters; a value may have at most {maximum} — not kept",
                    ).format(length=f"{len(line.value):,}", maximum=f"{cap:,}"),
                    error=False,
                )
                continue
            usable.append(line)
            if name in by_name:
                by_name[name].append(line)
            else:
                by_name[name] = [line]
            if name not in _MODELLED and name not in _READ_WHEN_VALID:
                self.keep(line)
        return self.build(by_name, usable)

    def build(self, by_name: dict[str, list[_Line]], lines: list[_Line]) -> AnyContact | None:
        for line in by_name.get("X-ABLABEL", []):
            if line.group:
                label = _text(line.value)
                marked = _LABEL_MARKS.match(label)
                self.labels[line.group] = marked[1] if marked else label

        kind = (_text(by_name["KIND"][0].value) if "KIND" in by_name else "").lower()
        if kind in ("group", "location"):
            if kind == "group":
                message = translate("Import", "a group card (KIND:group) is not a contact")
            else:
                message = translate("Import", "a location card (KIND:location) is not a contact")
            self.problem(None, message, error=True)
            return None
        orgs = by_name.get("ORG", [])
        org_names = [self.org_name(line) for line in orgs]
        fn = _text(by_name["FN"][0].value) if "FN" in by_name else ""
        name_parts = self.name_parts(by_name.get("N", []))
        show_as = [_text(x.value).upper() for x in by_name.get("X-ABSHOWAS", [])]
        is_org = kind in ("org", "organization") or "COMPANY" in show_as
        if not is_org and not any(name_parts.values()) and org_names:
            is_org = not fn or fn.casefold() == org_names[0].casefold()
        if not fn and not any(name_parts.values()) and not org_names:
            fn = self.fallback_name(by_name, lines)
            if not fn:
                return None
        groups = self.affiliations(by_name, orgs, org_names, organization=is_org)
        own = _Points()
        self.points(by_name, own, groups, organization=is_org)
        # The contact is made in one go from all it has (setting its fields one by one
        # afterwards costs more than making it).
        fields: dict[str, Any] = {
            "addresses": own.addresses,
            "emails": own.emails,
            "phones": own.phones,
            "web_addresses": own.web_addresses,
            **self.details(by_name, individual=not is_org),
            "vcard_properties": self.kept_lines(lines),
        }
        if is_org:
            name = fn or (org_names[0] if org_names else "")
            return OrganizationContact(name=name, **fields)
        person = IndividualContact(**name_parts, **fields)
        person.name = fn or person.composed_name()
        return person

    def fallback_name(self, by_name: dict[str, list[_Line]], lines: list[_Line]) -> str:
        """A name for a card without N, FN and ORG: its nickname, e-mail or phone; failing
        those, anything it says.  An empty card is skipped, saying what it lacks."""
        candidates: list[tuple[str, str]] = []
        for line in by_name.get("NICKNAME", []):
            candidates.append(("NICKNAME", _text(line.value).split(",")[0]))
        for line in by_name.get("X-ANDROID-CUSTOM", []):
            fields = _split_fields(line.value)
            if fields and _joined(fields[0]).endswith("/nickname") and len(fields) > 1:
                candidates.append((_A_NICKNAME, _joined(fields[1])))
        for line in by_name.get("EMAIL", []):
            candidates.append(("EMAIL", _normal_email(_text(line.value))))
        for line in by_name.get("TEL", []):
            candidates.append(("TEL", _normal_number(_text(line.value))))
        for line in lines:
            if line.name in ("VERSION", "PRODID", "REV", "UID", "KIND", "X-ABLABEL"):
                continue
            if line.name in _PICTURES or _is_binary(line):
                if line.value.strip():
                    unnamed = translate("Import", "Unnamed {source}")
                    candidates.append((_A_PICTURE, unnamed.format(source=self.record.source)))
                continue
            value = _text(line.value) if line.name not in _URI_VALUED else _uri(line.value)
            words = " ".join(p for p in re.split(r"[;\n]+", value) if p.strip())
            candidates.append((line.name, words.strip()[:80]))
        for source, name in candidates:
            if name.strip():
                if source not in ("NICKNAME", "EMAIL", "TEL"):
                    self.problem(
                        None,
                        translate(
                            "Import",
                            "the card has no name (N, FN), ORG, NICKNAME, EMAIL or TEL; named "
                            "“{name}” from {source} — rename it",
                        ).format(name=name.strip(), source=translate("Import", source)),
                        error=False,
                    )
                return name.strip()
        self.problem(
            None,
            translate(
                "Import",
                "the card is empty: no name (N, FN), no ORG, NICKNAME, EMAIL or TEL, and "
                "nothing else to keep",
            ),
            error=True,
        )
        return ""

    def org_name(self, line: _Line) -> str:
        fields = _split_fields(line.value)
        return _joined(fields[0]) if fields else ""

    def name_parts(self, lines: list[_Line]) -> dict[str, str | None]:
        if not lines:
            return {}
        fields = [_joined(f) for f in _split_fields(lines[0].value)] + [""] * 5
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
        by_name: dict[str, list[_Line]],
        orgs: list[_Line],
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
                self.keep(line)
                self.problem(
                    line,
                    translate(
                        "Import", "“{title}” has no organization (ORG); kept with the card"
                    ).format(title=title),
                    error=False,
                )
        return grouped

    def points(
        self,
        by_name: dict[str, list[_Line]],
        own: _Points,
        groups: dict[str | None, Affiliation],
        *,
        organization: bool,
    ) -> None:
        """The contact points of the card: an identity's into its affiliation, the contact's
        own into ``own``."""
        for name, build in (
            ("ADR", self.address),
            ("EMAIL", self.email),
            ("TEL", self.phone),
            ("URL", self.web),
        ):
            for line in by_name.get(name, []):
                affiliation = groups.get(line.group) if line.group else None
                owner: ContactPoints | _Points = affiliation.points if affiliation else own
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
        self, line: _Line, *, organization: bool, professional: bool
    ) -> tuple[list[str], str, str | None]:
        words, context, description = _typing(
            tuple(self.type_values(line)), organization, professional
        )
        return list(words), context, description

    def _typed_key(
        self, line: _Line, point: str, organization: bool, professional: bool
    ) -> tuple[object, ...]:
        """What the typing of ``line`` as a ``point`` depends on besides its parameters (the
        lines sharing ``line.typed`` have the same): the card's kind, whether the point is
        an identity's and the label its group has."""
        label = self.labels.get(line.group) if line.group else None
        return (point, organization, professional, label)

    def _typed(
        self,
        line: _Line,
        point: str,
        organization: bool,
        professional: bool,
        make: Callable[[list[str], str, str | None], tuple[Any, ...]],
    ) -> Any:
        """The typing of ``line`` as a ``point``: ``make(words, context, description)``, worked
        out once for the lines that share its head and ``_typed_key``."""
        key = self._typed_key(line, point, organization, professional)
        typed = line.typed.get(key)
        if typed is None:
            words, context, description = self._common(
                line, organization=organization, professional=professional
            )
            typed = line.typed[key] = make(words, context, description)
        return typed

    def email(self, line: _Line, *, organization: bool, professional: bool) -> Email | None:
        address = _normal_email(_text(line.value))
        if not address:
            return None
        kind, context, description = self._typed(
            line,
            "EMAIL",
            organization,
            professional,
            lambda words, context, description: (
                pt.email_type(words, _param(line, pt.KONTOR_TYPE)),
                context,
                description,
            ),
        )
        return Email(address=address, type=kind, usage_context=context, description=description)

    def phone(self, line: _Line, *, organization: bool, professional: bool) -> Phone | None:
        number = _normal_number(_uri(line.value))
        if not number:
            return None
        kind, usages, context, description = self._typed(
            line,
            "TEL",
            organization,
            professional,
            lambda words, context, description: (
                pt.phone_type(words, _param(line, pt.KONTOR_TYPE), organization=organization),
                tuple(pt.phone_usages(words, line.params.get(pt.KONTOR_USAGES, []))),
                context,
                description,
            ),
        )
        return Phone(
            number=number,
            type=kind,
            usages=list(usages),
            usage_context=context,
            description=description,
        )

    def web(self, line: _Line, *, organization: bool, professional: bool) -> WebAddress | None:
        url = _uri(line.value)
        if _BARE_HOST.match(url) and "@" not in url:
            url = f"https://{url}"
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

    def address(self, line: _Line, *, organization: bool, professional: bool) -> Address | None:
        box, extended, street, city, region, code, country = _address_fields(line.value)
        if not any((box, extended, street, city, region, code, country)):
            return None
        kind, usages, context, description = self._typed(
            line,
            "ADR",
            organization,
            professional,
            lambda words, context, description: (
                pt.address_type(words, _param(line, pt.KONTOR_TYPE), organization=organization),
                tuple(pt.address_usages(words, line.params.get(pt.KONTOR_USAGES, []))),
                context,
                description,
            ),
        )
        street_name, number = split_street(street) if street else (None, None)
        country_found = country_code(country)
        if country and country_found is None:
            self.problem(
                line,
                translate(
                    "Import", "the country “{value}” is not recognised; kept in the text"
                ).format(value=country),
                error=False,
            )
        label = (_param(line, "LABEL") or "").replace("\n", ", ").strip()
        address = Address(
            type=kind,
            usages=list(usages),
            usage_context=context,
            description=description,
            street_name=street_name or None,
            street_number=number,
            additional=", ".join(p for p in (extended, box) if p) or None,
            city=city or None,
            zip=code or None,
            state=region or None,
            country_code=country_found,
            full_address=label,
        )
        if not label:
            composed = compose_full_address(address)
            if country and country_found is None:
                composed = f"{composed}, {country}" if composed else country
            address.full_address = " ".join(composed.split())
        return address

    def details(self, by_name: dict[str, list[_Line]], *, individual: bool) -> dict[str, Any]:
        """The contact's fields other than its name and points (``individual``: a person's
        fields too)."""
        tags: list[Tag] = []
        for line in by_name.get("CATEGORIES", []):
            for value in _text_values(line.value):
                name = str(value).strip()
                if name and name.casefold() not in {t.name.casefold() for t in tags}:
                    tags.append(Tag(name=name))
        notes = [_text(line.value) for line in by_name.get("NOTE", [])]
        fields: dict[str, Any] = {
            "tags": tags,
            "internal_note": "\n\n".join(n for n in notes if n) or None,
        }
        if "UID" in by_name:
            uid = _uri(by_name["UID"][0].value)
            if uid.lower().startswith("urn:uuid:"):
                uid = uid[9:]
            self.record.external_ref = uid or None
        images: list[Image] = []
        for name in ("PHOTO", "LOGO"):
            for line in by_name.get(name, []):
                image = self.picture(line)
                if image is not None:
                    images.append(image)
        fields["images"] = images
        if not individual:
            # An organization has none of these fields: the lines are kept as they are.
            for name in ("BDAY", "ANNIVERSARY", "GENDER", "LANG", "TITLE"):
                for line in by_name.get(name, []):
                    self.keep(line)
        else:
            fields["date_of_birth"] = self.date(by_name.get("BDAY"), "birthday")
            fields["anniversary"] = self.date(by_name.get("ANNIVERSARY"), "anniversary")
            if "GENDER" in by_name:
                sex = _text(by_name["GENDER"][0].value).split(";")[0].strip().upper()
                fields["gender"] = _GENDERS[sex].value if sex in _GENDERS else None
            if "LANG" in by_name:
                fields["locale"] = _text(by_name["LANG"][0].value).replace("-", "_") or None
        return fields

    def date(self, lines: list[_Line] | None, what: str) -> date | None:
        if not lines:
            return None
        value = _text(lines[0].value)
        for line in lines[1:]:
            self.keep(line)
        try:
            return parse_date(value, "YMD")
        except PartialDateError:
            if what == "birthday":
                message = translate(
                    "Import", "a birthday without a year ({value}); kept as received"
                )
            else:
                message = translate(
                    "Import", "an anniversary without a year ({value}); kept as received"
                )
            self.problem(lines[0], message.format(value=value), error=False)
        except ValueError:
            message = translate("Import", "“{value}” is not a date; kept as received")
            self.problem(lines[0], message.format(value=value), error=False)
        self.keep(lines[0])
        return None

    def picture(self, line: _Line) -> Image | None:
        value = line.value.strip()
        encoding = (_param(line, "ENCODING") or "").upper()
        singles = {str(s).upper() for s in line.singletonparams}
        if value.lower().startswith("data:"):
            header, _, payload = value.partition(",")
            if ";base64" not in header.lower():
                message = translate("Import", "not a base64 picture; kept as received")
                self.problem(line, message, error=False)
                self.keep(line)
                return None
        elif encoding in ("B", "BASE64") or "BASE64" in singles or "B" in singles:
            payload = value
        else:
            self.problem(
                line,
                translate("Import", "a picture at a web address is not downloaded; kept as a link"),
                error=False,
            )
            self.keep(line)
            return None
        size = len("".join(payload.split())) * 3 // 4
        if size > MAX_IMAGE_BYTES:
            self.problem(
                line,
                translate(
                    "Import",
                    "the picture has {size}; a picture may be at most {maximum} — the picture "
                    "is not kept",
                ).format(size=megabytes(size), maximum=megabytes(MAX_IMAGE_BYTES)),
                error=False,
            )
            return None
        try:
            data = base64.b64decode("".join(payload.split()), validate=False)
        except (binascii.Error, ValueError):
            message = translate("Import", "the picture's base64 text is damaged; not kept")
            self.problem(line, message, error=False)
            return None
        loaded = load_image(data)
        if isinstance(loaded, Image):
            return loaded
        for problem in loaded:
            message = translate("Import", "{message} — the picture is not kept")
            self.problem(line, message.format(message=problem.message), error=False)
        return None


def _qp_text(value: str, charset: str | None, legacy: str | None) -> tuple[str, str | None]:
    """Quoted-printable ``value`` decoded: UTF-8 first, then the declared charset, then the
    file's legacy encoding (cp1252 when the file is otherwise UTF-8).  The second item names
    the encoding when it was a guess."""
    raw = quopri.decodestring(value.encode("utf-8"))
    tried: list[str] = ["utf-8"]
    if charset and charset.lower() not in ("utf-8", "utf8"):
        tried.append(charset)
    for encoding in tried:
        try:
            return raw.decode(encoding), None
        except (LookupError, UnicodeDecodeError):
            continue
    guess = legacy or "cp1252"
    try:
        return raw.decode(guess), guess
    except (LookupError, UnicodeDecodeError):
        guess = legacy_encoding(raw)
        return raw.decode(guess, errors="replace"), guess


def _content_line(text: str, number: int, legacy: str | None) -> tuple[_Line, str | None]:
    """The line read (quoted-printable decoded, ``CHARSET`` gone: the text is Unicode now)
    and the encoding a quoted-printable value was guessed to be in."""
    head, colon, value = text.partition(":")
    # A quoted parameter value (``LABEL="…"``) differs from line to line: such a head is
    # never plain, and is not looked up (it would only push the repeated heads out).
    if colon and "\n" not in text and "\r" not in text and '"' not in head:
        known = _known_head(head)
        if known is not None:
            template, charset = known
            if template._kept[2]:
                decoded, guessed = _qp_text(value, charset, legacy)
                return template.with_value(decoded, number), guessed
            return template.with_value(value, number), None
    name, params, value, group = _parse(text, number)
    kept, qp, charset = _line_params(params)
    guessed = None
    if qp:
        value, guessed = _qp_text(value, charset, legacy)
    return _Line(name, kept, value, group, number, qp), guessed


# The lines of a file repeat a few heads (``TEL;TYPE=home,cell;…``): each is read once.
@lru_cache(maxsize=4096)
def _known_head(head: str) -> tuple[_Line, str | None] | None:
    """A line (without value) of what :func:`_content_line` makes of the part of a plain
    line before its value, and the charset it declares; ``None`` for a head that is not
    plain (see :func:`_plain_head`)."""
    parsed = _plain_head(head)
    if parsed is None:
        return None
    name, params, group = parsed
    kept, qp, charset = _line_params([list(param) for param in params])
    return _Line(name, kept, "", group, 0, qp), charset


def _line_params(
    params: Sequence[Sequence[str]],
) -> tuple[list[Sequence[str]], bool, str | None]:
    """The parameters of a line without its encoding and charset; whether its value is
    quoted-printable; the charset it declares."""
    qp = False
    charset = None
    kept: list[Sequence[str]] = []
    for param in params:
        key = param[0].upper()
        if len(param) == 1:
            if key == "QUOTED-PRINTABLE":
                qp = True
                continue
        elif key == "ENCODING" and any(v.upper() == "QUOTED-PRINTABLE" for v in param[1:]):
            qp = True
            continue
        elif key == "CHARSET":
            charset = param[1]
            continue
        kept.append(param)
    return kept, qp, charset


def _param_value(value: str) -> str:
    return f'"{value}"' if re.search(r"[;:,\s]", value) and '"' not in value else value


def _kept_text(
    group: str | None, name: str, params: Sequence[Sequence[str]], value: str, qp: bool
) -> str:
    head = f"{group}.{name}" if group else name
    for param in params:
        if len(param) == 1:
            head += f";{param[0]}"
        else:
            head += f";{param[0]}=" + ",".join(_param_value(v) for v in param[1:])
    if qp:
        value = value.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n")
    return f"{head}:{value.replace(chr(13), '').replace(chr(10), ' ')}"


_A_NICKNAME = QT_TRANSLATE_NOOP("Import", "a nickname")
_A_PICTURE = QT_TRANSLATE_NOOP("Import", "a picture")


def _card_label() -> str:
    """The label of a problem with the card as a whole."""
    return translate("Import", "Card")


def _line_label(name: str, number: int) -> str:
    """The label of a problem with one property: ``TEL (line 12)``."""
    return translate("Import", "{property} (line {line})").format(property=name, line=number)


def _where(number: int) -> str:
    """The label of a problem with a line that is not read as a property: ``Line 12``."""
    return translate("Import", "Line {line}").format(line=number)


def _card_record(
    card: _RawCard, limits: ImportLimits, legacy: str | None, agents: dict[int, str]
) -> ImportRecord:
    source = translate("Import", "card {number} (line {line})")
    record = ImportRecord(source=source.format(number=card.number, line=card.line), contact=None)
    if card.oversize:
        prop, size = max(card.sizes.items(), key=lambda item: item[1])
        if prop in _PICTURES:
            what = translate("Import", "picture")
        else:
            what = prop or translate("Import", "a value")
        record.problem(
            _card_label(),
            translate(
                "Import",
                "the card is {size} ({what} alone {part}); a card may be at most {maximum} and "
                "a picture at most {picture} — the card is not imported",
            ).format(
                size=megabytes(card.chars),
                what=what,
                part=megabytes(size),
                maximum=megabytes(MAX_CARD_CHARS),
                picture=megabytes(MAX_IMAGE_BYTES),
            ),
            error=True,
        )
        return record
    if not card.closed:
        record.problem(
            _card_label(),
            translate(
                "Import",
                "END:VCARD is missing (the file ends inside this card); read up to the end",
            ),
            error=False,
        )
    if card.no_begin:
        record.problem(
            _card_label(),
            translate("Import", "BEGIN:VCARD is missing; the lines before END:VCARD were read"),
            error=False,
        )
    if card.agent_of is not None:
        record.problem(
            _card_label(),
            translate("Import", "embedded (AGENT) in card {number}; imported as a contact").format(
                number=card.agent_of
            ),
            error=False,
        )
    lines: list[_Line] = []
    for number, text in _logical_lines(card.lines):
        first = text[:1]
        if first == "#" or (first in (" ", "\t") and text.lstrip().startswith("#")):
            record.problem(
                _where(number), translate("Import", "a comment line; ignored"), error=False
            )
            continue
        try:
            line, guessed = _content_line(text, number, legacy)
        except _BadLineError as exc:
            snippet = text[:60] + ("…" if len(text) > 60 else "")
            message = translate("Import", "skipped: {reason} — {text}")
            record.problem(_where(number), message.format(reason=exc, text=snippet), error=False)
            continue
        if guessed:
            record.problem(
                _line_label(line.name, number),
                translate(
                    "Import", "the quoted-printable text is not UTF-8; read as {encoding}"
                ).format(encoding=guessed),
                error=False,
            )
        if line.name == "AGENT" and not line.value.strip():
            continue  # the embedded card follows; kept below by its name
        lines.append(line)
    extra = [f"AGENT;VALUE=text:{agents[card.number]}"] if card.number in agents else []
    reader = _CardReader(record, limits, extra)
    try:
        record.contact = reader.read(lines)
    except (VObjectError, ValueError, TypeError) as exc:
        message = translate("Import", "cannot be read: {error}").format(error=exc)
        record.problem(_card_label(), message, error=True)
        record.contact = None
    return record


def read_vcards(
    text: str, limits: ImportLimits, legacy: str | None = None
) -> tuple[list[ImportRecord], list[str]]:
    """One record per card of ``text``, and warnings about the file as a whole.  ``legacy``
    is the 8-bit encoding the file's other text was in (for quoted-printable text that is
    not UTF-8)."""
    cards, warnings = split_cards(text, MAX_CARD_CHARS, limits.max_records)
    if not cards:
        raise FileRejectedError(
            translate("Import", "the file has no vCard in it (no BEGIN:VCARD line).")
        )
    records: list[ImportRecord] = []
    agents: dict[int, str] = {}
    # Agents first: the card that embeds one keeps its name.
    by_number: dict[int, ImportRecord] = {}
    for card in sorted(cards, key=lambda c: c.agent_of is None):
        record = _card_record(card, limits, legacy, agents)
        card.lines = []  # read: its text need not stay while the other cards are read
        by_number[card.number] = record
        if card.agent_of is not None and record.contact is not None:
            names = [agents[card.agent_of]] if card.agent_of in agents else []
            agents[card.agent_of] = ", ".join([*names, record.contact.name])
    records = [by_number[card.number] for card in cards]
    return records, warnings


__all__ = ["MAX_CARD_CHARS", "decode_vcard", "legacy_encoding", "read_vcards", "split_cards"]
