"""What goes on paper: label sheets and envelopes, and the contents of labels, envelopes,
contact sheets and phone lists.

Everything here is measured in millimetres and written as text; drawing it with Qt (the
print preview, a printer, a PDF file) is :mod:`app.ui.printing`'s job.  Addresses are in each
country's postal format (:mod:`app.services.postal`); the sender of envelopes is "our
organization", an organization contact chosen once and kept with the book.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from app.domain.enums import ContactKind
from app.domain.keys import EMAIL, email_key
from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.field_names import field_name, field_part
from app.services.postal import (
    PostalAddress,
    contact_postal_lines,
    home_country_of,
    mailing_address,
    postal_lines,
    recipient_lines,
)
from app.store import schema as s
from app.store.database import Database
from app.store.listing import ContactListing, ContactQuery
from app.store.unit_of_work import UnitOfWork

A4 = (210.0, 297.0)
# The row of the book's settings table holding our organization's contact id.
OWN_ORGANIZATION_KEY = "print.own_organization"


class PrintError(ValueError):
    """A print job that cannot be made; the message says why, in the user's words."""


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of labels: ``columns`` × ``rows`` labels of ``width`` × ``height`` mm, the
    first one ``left`` / ``top`` mm from the sheet's corner, the next one ``pitch_x`` to the
    right and ``pitch_y`` below (label size plus the gap)."""

    key: str
    name: str  # the sheet's name in English (a catalogue entry), see ``title``
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    page: tuple[float, float] = A4

    @property
    def title(self) -> str:
        """The sheet's name in the user's language."""
        return translate("Printing", self.name)

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def label_rect(self, index: int) -> tuple[float, float, float, float]:
        """Where label ``index`` (0-based, row by row) of a sheet is: x, y, width, height."""
        row, column = divmod(index % self.per_sheet, self.columns)
        return (
            self.left + column * self.pitch_x,
            self.top + row * self.pitch_y,
            self.width,
            self.height,
        )

    def check(self) -> None:
        """Raise :class:`PrintError` when the labels do not fit on the page."""
        if self.columns < 1 or self.rows < 1:
            raise PrintError(
                translate("Printing", "a sheet needs at least one column and one row of labels")
            )
        if self.width <= 0 or self.height <= 0:
            raise PrintError(translate("Printing", "labels must be wider and taller than 0 mm"))
        if self.left < 0 or self.top < 0:
            raise PrintError(translate("Printing", "the margins cannot be negative"))
        if self.pitch_x < self.width or self.pitch_y < self.height:
            raise PrintError(
                translate(
                    "Printing", "labels cannot overlap: the distance between them is too small"
                )
            )
        right = self.left + (self.columns - 1) * self.pitch_x + self.width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.height
        if right > self.page[0] + 0.01 or bottom > self.page[1] + 0.01:
            raise PrintError(
                translate(
                    "Printing",
                    "the labels do not fit on the page: they need {width} × {height} mm, the page "
                    "has {page_width} × {page_height} mm",
                ).format(
                    width=f"{right:.1f}",
                    height=f"{bottom:.1f}",
                    page_width=f"{self.page[0]:.0f}",
                    page_height=f"{self.page[1]:.0f}",
                )
            )


def custom_sheet(
    columns: int,
    rows: int,
    width: float,
    height: float,
    left: float,
    top: float,
    gap_x: float = 0.0,
    gap_y: float = 0.0,
) -> LabelSheet:
    """A sheet of the user's own measures (checked: :class:`PrintError` when it cannot be)."""
    sheet = LabelSheet(
        "custom",
        translate("Printing", "Custom: {columns} × {rows}, {width} × {height} mm").format(
            columns=columns, rows=rows, width=f"{width:g}", height=f"{height:g}"
        ),
        columns,
        rows,
        width,
        height,
        left,
        top,
        width + gap_x,
        height + gap_y,
    )
    sheet.check()
    return sheet


# Common A4 sheets (e.g. Avery Zweckform 3475, 3652, L7165 and L7162), centred on the page.
SHEETS: dict[str, LabelSheet] = {
    "3x8": LabelSheet(
        "3x8",
        QT_TRANSLATE_NOOP("Printing", "3 × 8, 70 × 36 mm (24 a sheet)"),
        *(3, 8, 70, 36, 0, 4.5, 70, 36),
    ),
    "3x7": LabelSheet(
        "3x7",
        QT_TRANSLATE_NOOP("Printing", "3 × 7, 70 × 42.3 mm (21 a sheet)"),
        *(3, 7, 70, 42.3, 0, 0.45, 70, 42.3),
    ),
    "2x4": LabelSheet(
        "2x4",
        QT_TRANSLATE_NOOP("Printing", "2 × 4, 99.1 × 67.7 mm (8 a sheet)"),
        *(2, 4, 99.1, 67.7, 4.65, 13.1, 101.6, 67.7),
    ),
    # The same width, half the height: 16 a sheet (e.g. Avery L7162).
    "2x8": LabelSheet(
        "2x8",
        QT_TRANSLATE_NOOP("Printing", "2 × 8, 99.1 × 33.9 mm (16 a sheet)"),
        *(2, 8, 99.1, 33.9, 4.65, 12.9, 101.6, 33.9),
    ),
}


@dataclass(frozen=True)
class Envelope:
    key: str
    title: str
    width: float
    height: float

    def recipient_origin(self) -> tuple[float, float]:
        """Top-left of the recipient's block (mm): right of centre, below the middle, where
        window envelopes have their window and franking machines leave room."""
        return (self.width * 0.45, self.height * 0.45)


ENVELOPES: dict[str, Envelope] = {
    "DL": Envelope("DL", "DL (220 × 110 mm)", 220, 110),
    "C5": Envelope("C5", "C5 (229 × 162 mm)", 229, 162),
    "C6": Envelope("C6", "C6 (162 × 114 mm)", 162, 114),
}
SENDER_ORIGIN = (15.0, 12.0)  # mm from the envelope's top-left corner


@dataclass(frozen=True)
class SheetSection:
    heading: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ContactSheet:
    """One contact on one page: title, a line under it, then sections of label / value."""

    title: str
    subtitle: str
    sections: tuple[SheetSection, ...]


@dataclass(frozen=True)
class PhoneListRow:
    name: str
    organization: str
    phones: str
    email: str


# --- a contact sheet ----------------------------------------------------------------------

_SKIP = frozenset(
    {
        "id",
        "remote_id",
        "extra",
        "kind",
        "position",
        "vcard_properties",
        "remote_deleted",
        "deleted_at",
        "images",
        "data",
    }
)
_LABELS = {
    "zip": QT_TRANSLATE_NOOP("Printing", "Postal code"),
    "vat_number": QT_TRANSLATE_NOOP("Printing", "VAT number"),
    "eu_vat_number": QT_TRANSLATE_NOOP("Printing", "EU VAT number"),
    "global_location_number": QT_TRANSLATE_NOOP("Printing", "GLN"),
    "internal_note": QT_TRANSLATE_NOOP("Printing", "Note"),
    "usage_context": QT_TRANSLATE_NOOP("Printing", "Context"),
    "organization_contact": QT_TRANSLATE_NOOP("Printing", "Organization"),
    "individual_contact": QT_TRANSLATE_NOOP("Printing", "Person"),
    "country_code": QT_TRANSLATE_NOOP("Printing", "Country"),
}


# An organization's lists: the section's heading and the name of one item ("Department 2").
_ORGANIZATION_PARTS = {
    "departments": (
        QT_TRANSLATE_NOOP("Printing", "Departments"),
        QT_TRANSLATE_NOOP("Printing", "Department"),
    ),
    "locations": (
        QT_TRANSLATE_NOOP("Printing", "Locations"),
        QT_TRANSLATE_NOOP("Printing", "Location"),
    ),
    "memberships": (
        QT_TRANSLATE_NOOP("Printing", "Memberships"),
        QT_TRANSLATE_NOOP("Printing", "Membership"),
    ),
}
_ROLES = {
    "customer_role": QT_TRANSLATE_NOOP("Printing", "Customer role"),
    "supplier_role": QT_TRANSLATE_NOOP("Printing", "Supplier role"),
    "alternative_payer_role": QT_TRANSLATE_NOOP("Printing", "Alternative payer role"),
}


def _label(key: str) -> str:
    known = _LABELS.get(key)
    return translate("Printing", known) if known else field_name(key)


def _part(prefix: str, key: str) -> str:
    """``"Credit limit"`` and ``"value"``: ``"Credit limit value"`` (the part in lower case
    unless a translation says how to write it)."""
    known = _LABELS.get(key)
    if known is None:
        part = field_part(key)
    else:
        part = translate("Printing", known)
        part = part.lower() if part == known else part
    return translate("Fields", "{label} {part}").format(label=prefix, part=part)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return translate("Printing", "yes") if value else translate("Printing", "no")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str):
        return value.replace("_", " ").capitalize() if value.isupper() else value
    return str(value)


def _flat(data: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Every filled-in value of a dumped model, nested ones named "Credit limit value"."""
    found: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _SKIP or value in (None, "", [], {}):
                continue
            label = _part(prefix, key) if prefix else _label(key)
            found += _flat(value, label)
    elif isinstance(data, list):
        if all(not isinstance(v, dict | list) for v in data):
            found.append((prefix, ", ".join(_value(v) for v in data)))
        else:
            for i, value in enumerate(data):
                found += _flat(value, f"{prefix} {i + 1}")
    else:
        found.append((prefix, _value(data)))
    return found


def contact_sheet(
    contact: AnyContact, name_of: Callable[[str], str | None], home_country: str
) -> ContactSheet:
    """Everything stored about ``contact``, readable: ``name_of`` names the contacts its
    professional identities and relationships point at."""
    sections: list[SheetSection] = []
    dumped = contact.model_dump(mode="python")
    if isinstance(contact, IndividualContact):
        kind = translate("Printing", "Person")
    else:
        kind = translate("Printing", "Organization")
    not_found = translate("Printing", "(not found)")
    basics = [
        (label, value)
        for label, value in _flat(
            {
                k: v
                for k, v in dumped.items()
                if k
                not in {
                    "addresses",
                    "emails",
                    "phones",
                    "web_addresses",
                    "professional_identities",
                    "personal_relationships",
                    "customer_role",
                    "supplier_role",
                    "alternative_payer_role",
                    "tags",
                    "custom_fields",
                    "departments",
                    "locations",
                    "memberships",
                    "name",
                }
            }
        )
    ]
    sections.append(SheetSection(translate("Printing", "Details"), tuple(basics)))
    addresses = []
    for i, address in enumerate(contact.addresses):
        lines = postal_lines(address, (), home_country).lines
        kind_words = _value(address.type)
        label = translate("Printing", "Address {n} ({kind})").format(n=i + 1, kind=kind_words)
        addresses.append((label, "\n".join(lines)))
    if addresses:
        sections.append(SheetSection(translate("Printing", "Addresses"), tuple(addresses)))
    phone = translate("Printing", "Phone {n} ({kind})")
    email = translate("Printing", "E-mail {n} ({kind})")
    web = translate("Printing", "Web {n} ({kind})")
    points = [
        (phone.format(n=i + 1, kind=_value(p.type)), p.number) for i, p in enumerate(contact.phones)
    ]
    points += [
        (email.format(n=i + 1, kind=_value(e.type)), e.address)
        for i, e in enumerate(contact.emails)
    ]
    points += [
        (web.format(n=i + 1, kind=_value(w.type)), w.url)
        for i, w in enumerate(contact.web_addresses)
    ]
    if points:
        sections.append(SheetSection(translate("Printing", "Phones, e-mails, web"), tuple(points)))
    if isinstance(contact, IndividualContact):
        for i, identity in enumerate(contact.professional_identities):
            organization = _label("organization_contact")
            rows = [(organization, name_of(identity.organization_contact) or not_found)]
            rows += [r for r in _flat(identity.model_dump(mode="python")) if r[0] != organization]
            work = translate("Printing", "Work {n}").format(n=i + 1)
            sections.append(SheetSection(work, tuple(rows)))
        relations = [
            (_value(r.type), name_of(r.individual_contact) or not_found)
            for r in contact.personal_relationships
        ]
        if relations:
            sections.append(SheetSection(translate("Printing", "Relationships"), tuple(relations)))
    if isinstance(contact, OrganizationContact):
        for name, (heading, each) in _ORGANIZATION_PARTS.items():
            rows = _flat(dumped.get(name) or [], translate("Printing", each))
            if rows:
                sections.append(SheetSection(translate("Printing", heading), tuple(rows)))
    for role, heading in _ROLES.items():
        if dumped.get(role):
            sections.append(
                SheetSection(translate("Printing", heading), tuple(_flat(dumped[role])))
            )
    if contact.tags:
        tags = translate("Printing", "Tags")
        sections.append(SheetSection(tags, ((tags, ", ".join(t.name for t in contact.tags)),)))
    if contact.custom_fields:
        rows = [(str(k), _value(v)) for k, v in contact.custom_fields.items() if v is not None]
        sections.append(SheetSection(translate("Printing", "Custom fields"), tuple(rows)))
    subtitle = kind
    mailing = mailing_address(contact)
    if mailing is not None and mailing.city:
        subtitle += f" · {mailing.city}"
    return ContactSheet(contact.name, subtitle, tuple(s for s in sections if s.rows))


# --- the service --------------------------------------------------------------------------


class PrintMaterial:
    """Reads what a print job needs; stores which organization is "ours"."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def contacts(self, contact_ids: Sequence[str]) -> list[AnyContact]:
        """The contacts named, in that order (gone or trashed ones left out)."""
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            found = [uow.contacts.get(cid) for cid in dict.fromkeys(contact_ids)]
        return [c for c in found if c is not None and c.deleted_at is None]

    def find(self, reference: str) -> str | None:
        """A contact's id from its id or one of its e-mail addresses."""
        with self._db.reading() as conn:
            exists = conn.execute(
                select(s.contacts.c.id).where(
                    s.contacts.c.id == reference, s.contacts.c.deleted_at.is_(None)
                )
            ).scalar_one_or_none()
            if exists is not None:
                return str(exists)
            key = email_key(reference)
            if key is None:
                return None
            found = conn.execute(
                select(s.contact_keys.c.contact_id)
                .join(s.contacts, s.contacts.c.id == s.contact_keys.c.contact_id)
                .where(
                    s.contact_keys.c.kind == EMAIL,
                    s.contact_keys.c.key == key,
                    s.contacts.c.deleted_at.is_(None),
                )
                .limit(1)
            ).scalar_one_or_none()
        return None if found is None else str(found)

    def listed(self, query: ContactQuery, limit: int = 100_000) -> list[str]:
        """The ids a contact list shows for ``query``, in its order."""
        with self._db.reading() as conn:
            return ContactListing(conn).ids(query, 0, limit)

    # --- our organization -------------------------------------------------------------------

    def own_organization(self) -> OrganizationContact | None:
        with self._db.reading() as conn:
            value = conn.execute(
                select(s.sync_settings.c.value).where(s.sync_settings.c.key == OWN_ORGANIZATION_KEY)
            ).scalar_one_or_none()
            if not isinstance(value, str):
                return None
            found = UnitOfWork(conn).contacts.get(value)
        if isinstance(found, OrganizationContact) and found.deleted_at is None:
            return found
        return None

    def set_own_organization(self, contact_id: str | None) -> OrganizationContact | None:
        """Make ``contact_id`` (an organization) the sender of envelopes; ``None`` forgets it."""
        with self._db.transaction() as conn:
            if contact_id is None:
                conn.execute(
                    delete(s.sync_settings).where(s.sync_settings.c.key == OWN_ORGANIZATION_KEY)
                )
                return None
            found = UnitOfWork(conn).contacts.get(contact_id)
            if not isinstance(found, OrganizationContact):
                raise PrintError(
                    translate("Printing", "only an organization can be the sender of envelopes")
                )
            statement = insert(s.sync_settings).values(key=OWN_ORGANIZATION_KEY, value=contact_id)
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=[s.sync_settings.c.key],
                    set_={"value": statement.excluded.value},
                )
            )
        return found

    def home_country(self) -> str:
        return home_country_of(self.own_organization())

    def sender(self, contact_id: str | None = None) -> PostalAddress | None:
        """Our organization's (or ``contact_id``'s) name and address for the top-left of
        envelopes."""
        own: AnyContact | None = self.own_organization()
        if contact_id is not None:
            found = self.contacts([contact_id])
            own = found[0] if found else None
        if own is None:
            return None
        address = mailing_address(own)
        if address is None:
            return PostalAddress((own.name,), None)
        home = home_country_of(own if isinstance(own, OrganizationContact) else None)
        return postal_lines(address, recipient_lines(own), home)

    # --- contents ---------------------------------------------------------------------------

    def addresses(self, contacts: Iterable[AnyContact]) -> tuple[list[PostalAddress], list[str]]:
        """The postal address of each contact, and the names of those without one."""
        home = self.home_country()
        found: list[PostalAddress] = []
        missing: list[str] = []
        for contact in contacts:
            lines = contact_postal_lines(contact, home)
            if lines is None:
                missing.append(contact.name)
            else:
                found.append(lines)
        return found, missing

    def sheets(self, contacts: Iterable[AnyContact]) -> list[ContactSheet]:
        home = self.home_country()
        names: dict[str, str | None] = {}

        def name_of(contact_id: str) -> str | None:
            if contact_id not in names:
                with self._db.reading() as conn:
                    names[contact_id] = conn.execute(
                        select(s.contacts.c.name).where(s.contacts.c.id == contact_id)
                    ).scalar_one_or_none()
            return names[contact_id]

        return [contact_sheet(c, name_of, home) for c in contacts]

    def phone_list(self, contacts: Iterable[AnyContact]) -> list[PhoneListRow]:
        rows: list[PhoneListRow] = []
        organizations: dict[str, str] = {}
        for contact in contacts:
            organization = ""
            if isinstance(contact, IndividualContact):
                active = [p for p in contact.professional_identities if p.is_active]
                if active:
                    org_id = active[0].organization_contact
                    if org_id not in organizations:
                        org = self.contacts([org_id])
                        organizations[org_id] = org[0].name if org else ""
                    organization = organizations[org_id]
            phones = "\n".join(p.number for p in contact.phones if p.number.strip())
            email = contact.emails[0].address if contact.emails else ""
            rows.append(PhoneListRow(contact.name, organization, phones, email))
        return sorted(rows, key=lambda r: r.name.casefold())


def kind_query(kind: str | None, search: str | None) -> ContactQuery:
    """The query of the contact list for ``kind`` ("people", "organizations" or None)."""
    kinds = {"people": ContactKind.INDIVIDUAL, "organizations": ContactKind.ORGANIZATION}
    return ContactQuery(kind=kinds.get(kind or ""), search=search)


__all__ = [
    "ENVELOPES",
    "SENDER_ORIGIN",
    "SHEETS",
    "ContactSheet",
    "Envelope",
    "LabelSheet",
    "PhoneListRow",
    "PrintError",
    "PrintMaterial",
    "SheetSection",
    "contact_sheet",
    "custom_sheet",
    "kind_query",
]
