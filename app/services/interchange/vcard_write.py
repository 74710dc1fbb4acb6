"""Writing contacts as vCard 4.0 (RFC 6350).

Each contact becomes one card with what vCard can carry: names (``FN``, ``N``), ``KIND:org``
for organizations, addresses / phones / e-mails / web addresses with standard ``TYPE`` words
(plus ``X-KONTOR-TYPE`` and ``X-KONTOR-USAGES``, which other programs ignore and Kontor reads
back exactly), each professional identity as a property group ``workN`` holding its ``ORG``,
``TITLE`` and contact points, ``CATEGORIES`` for tags, ``BDAY``, ``ANNIVERSARY``, ``GENDER``,
``LANG``, ``NOTE``, every picture as a ``PHOTO`` data URI, and ``UID`` = the contact's id
(``urn:uuid:…``), which a later import matches.  The properties an imported card had that
Kontor has no field for (``NICKNAME``, ``IMPP``, ``X-…``) are written back as they were read.

vobject builds and escapes the lines.  Pictures are added afterwards: their base64 text is
ASCII, so folding it at 75 characters is exact, and vobject's own folding goes character by
character (seconds per megabyte).
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Callable
from typing import Any

import vobject
from vobject.base import ContentLine
from vobject.vcard import Address as VAddress
from vobject.vcard import Name as VName

from app.domain.enums import Gender
from app.domain.models import (
    Address,
    AnyContact,
    ContactPoints,
    Email,
    Image,
    IndividualContact,
    Phone,
    WebAddress,
)
from app.services.interchange import point_types as pt
from app.services.interchange.values import country_name

PRODID = "-//Kontor//Kontor contact manager//EN"
LINE_LENGTH = 75
_GENDER_LETTERS = {
    Gender.MALE.value: "M",
    Gender.FEMALE.value: "F",
    Gender.DIVERSE.value: "O",
    Gender.UNSPECIFIED.value: "U",
}
_PARAM_UNSAFE = re.compile(r'["\r\n]+')

OrganizationName = Callable[[str], str | None]


def _uid(contact_id: str) -> str:
    try:
        return f"urn:uuid:{uuid.UUID(contact_id)}"
    except ValueError:
        return contact_id


def _param_text(value: str) -> str:
    """A parameter value: no double quotes or line breaks (vCard cannot escape them)."""
    return _PARAM_UNSAFE.sub(" ", value).strip()


class _CardWriter:
    def __init__(self, contact: AnyContact, organization_name: OrganizationName) -> None:
        self.contact = contact
        self.organization_name = organization_name
        self.card = vobject.vCard()

    def add(
        self,
        name: str,
        value: Any,
        params: dict[str, list[str]] | None = None,
        group: str | None = None,
        raw: bool = False,
    ) -> ContentLine:
        line: ContentLine = self.card.add(name.lower(), group=group)
        line.value = value
        if params:
            for key, values in params.items():
                if values:
                    line.params[key] = values
        if raw:
            # A URI: written as it is (text escaping would break ``data:`` and ``,``).
            line.encoded = True
        return line

    def write(self) -> str:
        contact = self.contact
        self.add("version", "4.0")
        self.add("prodid", PRODID)
        self.add("uid", _uid(contact.id), raw=True)
        self.add("fn", contact.name or "?")
        if isinstance(contact, IndividualContact):
            self.add(
                "n",
                VName(
                    family=contact.family_name or "",
                    given=contact.given_name or "",
                    prefix=contact.title or "",
                    suffix=contact.title_suffix or "",
                ),
            )
            if contact.date_of_birth is not None:
                self.add("bday", contact.date_of_birth.strftime("%Y%m%d"))
            if contact.anniversary is not None:
                self.add("anniversary", contact.anniversary.strftime("%Y%m%d"))
            if contact.gender in _GENDER_LETTERS:
                self.add("gender", _GENDER_LETTERS[contact.gender])
            if contact.locale:
                self.add("lang", contact.locale.replace("_", "-"))
        else:
            self.add("kind", "org")
            self.add("org", [contact.name or "?"])
        self.points(contact, None)
        if isinstance(contact, IndividualContact):
            for index, identity in enumerate(contact.professional_identities, start=1):
                group = f"work{index}"
                org_name = self.organization_name(identity.organization_contact)
                self.add("org", [org_name or "?"], group=group)
                if identity.job_title:
                    self.add("title", identity.job_title, group=group)
                self.points(identity, group)
        if contact.tags:
            self.add("categories", [t.name for t in contact.tags])
        if contact.internal_note:
            self.add("note", contact.internal_note)
        text: str = self.card.serialize(lineLength=LINE_LENGTH)
        if contact.images or contact.vcard_properties:
            end = text.rindex("END:VCARD")
            kept = "".join(_folded(line) for line in contact.vcard_properties)
            photos = "".join(_photo_line(image) for image in contact.images)
            text = text[:end] + kept + photos + text[end:]
        return text

    def points(self, owner: ContactPoints, group: str | None) -> None:
        for address in owner.addresses:
            self.address(address, group)
        for email in owner.emails:
            self.email(email, group)
        for phone in owner.phones:
            self.phone(phone, group)
        for web in owner.web_addresses:
            self.web(web, group)

    def address(self, address: Address, group: str | None) -> None:
        street = " ".join(p for p in (address.street_name, address.street_number) if p)
        value = VAddress(
            street=street,
            extended=address.additional or "",
            city=address.city or "",
            region=address.state or "",
            code=address.zip or "",
            country=country_name(address.country_code),
        )
        label = _param_text(address.display())
        self.add(
            "adr",
            value,
            {
                "TYPE": pt.plain_words(address.usage_context),
                "LABEL": [label] if label else [],
                pt.KONTOR_TYPE: [address.type],
                pt.KONTOR_USAGES: list(address.usages),
            },
            group,
        )

    def email(self, email: Email, group: str | None) -> None:
        self.add(
            "email",
            email.address,
            {"TYPE": pt.plain_words(email.usage_context), pt.KONTOR_TYPE: [email.type]},
            group,
        )

    def phone(self, phone: Phone, group: str | None) -> None:
        self.add(
            "tel",
            phone.number,
            {
                "TYPE": pt.phone_words(phone.type, phone.usage_context, phone.usages),
                pt.KONTOR_TYPE: [phone.type],
                pt.KONTOR_USAGES: list(phone.usages),
            },
            group,
        )

    def web(self, web: WebAddress, group: str | None) -> None:
        self.add(
            "url",
            web.url.strip(),
            {"TYPE": pt.plain_words(web.usage_context), pt.KONTOR_TYPE: [web.type]},
            group,
            raw=True,
        )


def _folded(line: str) -> str:
    """One kept line, folded at 75 octets without splitting a character."""
    chunks: list[str] = []
    current = ""
    size = 0
    for char in line.replace("\r", "").replace("\n", " "):
        width = len(char.encode("utf-8"))
        if size + width > LINE_LENGTH:
            chunks.append(current)
            current, size = " ", 1
        current += char
        size += width
    chunks.append(current)
    return "\r\n".join(chunks) + "\r\n"


def _photo_line(image: Image) -> str:
    data = base64.b64encode(image.data).decode("ascii")
    line = f"PHOTO:data:{image.media_type};base64,{data}"
    chunks = [line[:LINE_LENGTH]]
    chunks += [" " + line[i : i + LINE_LENGTH - 1] for i in range(LINE_LENGTH, len(line), 74)]
    return "\r\n".join(chunks) + "\r\n"


def vcard_of(contact: AnyContact, organization_name: OrganizationName) -> str:
    """One vCard 4.0 card (CRLF line ends) for ``contact``; ``organization_name`` gives the
    name of the organization of each professional identity (by the organization's id)."""
    return _CardWriter(contact, organization_name).write()


__all__ = ["PRODID", "OrganizationName", "vcard_of"]
