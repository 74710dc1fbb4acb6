"""A vCard as CardDAV sync keeps it: its property lines by name, each exactly as received.

The document of a card (its base, and what is compared in a merge) is
``{"@href": …, "@etag": …, "@version": …, NAME: [line, …], …}``: every property line of the
card under its name (upper case, without its group), each line as the server sent it —
folding, parameters and escapes included, line ends made CRLF.  A property Kontor does not
model (``X-…``, ``IMPP``, ``RELATED``, …) is never decoded or written anew: sent back, it has
the same bytes.  Decoding values is Kontor's vCard reader's work
(:mod:`app.services.interchange.vcard_read`), writing them its writer's
(:mod:`app.services.interchange.vcard_write`); this module only splits a card into its
lines and puts lines together again, and turns the lines Kontor wrote into vCard 3.0 for a
server that takes nothing newer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

JsonDict = dict[str, Any]

HREF: Final = "@href"
ETAG: Final = "@etag"
VERSION: Final = "@version"
META: Final = (HREF, ETAG, VERSION)
#: Lines that describe the card and the program that wrote it, not the contact.
CARD_LINES: Final = frozenset({"BEGIN", "END", "VERSION", "PRODID", "REV"})

_NEWLINE = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")
LINE_LENGTH: Final = 75


def property_name(line: str) -> str:
    """The name of a property line (``item1.TEL;TYPE=cell:…`` → ``TEL``)."""
    found = _NAME.match(line)
    return found[1].upper() if found else ""


def split_card(text: str) -> tuple[dict[str, list[str]], str]:
    """The property lines of the first card in ``text`` by name (folded lines kept as they
    are, joined with CRLF), and its version (``"3.0"``, ``"4.0"``; ``""`` when it has none).
    ``BEGIN``, ``END`` and ``VERSION`` are not among the lines."""
    lines: list[list[str]] = []
    for physical in _NEWLINE.split(text):
        if physical[:1] in (" ", "\t") and lines:
            lines[-1].append(physical)
        elif physical.strip():
            lines.append([physical])
    props: dict[str, list[str]] = {}
    version = ""
    inside = 0
    for parts in lines:
        name = property_name(parts[0])
        if name == "BEGIN" and parts[0].upper().endswith("VCARD"):
            inside += 1
            continue
        if name == "END" and parts[0].upper().endswith("VCARD"):
            inside -= 1
            if inside <= 0:
                break
            continue
        if name == "VERSION" and inside == 1:
            version = parts[0].split(":", 1)[-1].strip()
            continue
        if not name:
            continue
        props.setdefault(name, []).append("\r\n".join(parts))
    return props, version


def card_text(props: Mapping[str, Any], version: str = "4.0") -> str:
    """A card of ``props`` (names with ``@`` and empty values left out), CRLF line ends."""
    out = ["BEGIN:VCARD", f"VERSION:{version or '4.0'}"]
    for name, lines in props.items():
        if name.startswith("@") or not lines or name in ("BEGIN", "END", "VERSION"):
            continue
        out.extend(lines)
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def document(href: str, etag: str | None, text: str) -> JsonDict:
    """The document of a card as the server sent it."""
    props, version = split_card(text)
    doc: JsonDict = {HREF: href, ETAG: etag, VERSION: version or "4.0"}
    doc.update(props)
    return doc


def doc_text(doc: Mapping[str, Any]) -> str:
    """The card a document describes."""
    return card_text(doc, str(doc.get(VERSION) or "4.0"))


def unfold(line: str) -> str:
    return re.sub(r"\r\n[ \t]", "", line)


def fold(line: str) -> str:
    """``line`` folded at 75 octets without splitting a character."""
    chunks: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > LINE_LENGTH:
            chunks.append(current)
            current, size = " ", 1
        current += char
        size += width
    chunks.append(current)
    return "\r\n".join(chunks)


# --- vCard 3.0 for servers that take nothing newer -----------------------------------------

_DATA_URI = re.compile(r"^data:(image/([A-Za-z0-9.+-]+));base64,(.*)$", re.IGNORECASE | re.DOTALL)


def line_as_3(line: str) -> str:
    """One line Kontor wrote (vCard 4.0) as vCard 3.0 says it: a picture as ``ENCODING=b``
    with its ``TYPE``; every other line is the same in both."""
    if property_name(line) not in ("PHOTO", "LOGO"):
        return line
    flat = unfold(line)
    head, _, value = flat.partition(":")
    found = _DATA_URI.match(value)
    if found is None:
        return line
    subtype = found[2].upper().replace("JPG", "JPEG")
    return fold(f"{head};ENCODING=b;TYPE={subtype}:{found[3]}")


def lines_as_3(lines: Iterable[str]) -> list[str]:
    return [line_as_3(line) for line in lines]


__all__ = [
    "CARD_LINES",
    "ETAG",
    "HREF",
    "META",
    "VERSION",
    "card_text",
    "doc_text",
    "document",
    "fold",
    "line_as_3",
    "lines_as_3",
    "property_name",
    "split_card",
    "unfold",
]
