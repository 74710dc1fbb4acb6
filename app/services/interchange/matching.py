"""Finding the stored contact an imported record is, so re-importing updates, not duplicates.

A record is matched, strongest key first, by

1. its external reference (vCard ``UID``, a CSV id column) = a stored contact's id or external id;
2. a VAT number (separators and case ignored);
3. an e-mail address (case ignored; a person's identities' addresses count too);
4. a phone number of the contact itself, in E.164 as ``phonenumbers`` reads it (national
   numbers in the country of the contact's first address, Belgium when it has none).

The first key that finds exactly one contact of the record's kind decides.  E-mail and phone
are shared more often than one thinks (a family's landline, a shared mailbox), so they only
match a contact whose name is compatible (the same words, or one's words within the other's);
a hit with another name is reported on the row, which then creates a new contact.  A key
that finds several contacts makes the row ambiguous: it is skipped with the reason, never
guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from sqlalchemy import Connection

from app.domain import checks
from app.domain.enums import ContactKind
from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.services.interchange.records import ImportRecord
from app.services.interchange.unchanged import driver_rows
from app.services.interchange.values import compatible_names, fold
from app.store import schema as s

DEFAULT_REGION = "BE"
_DIGITS = re.compile(r"\D")


class MatchKey(StrEnum):
    ID = "id"
    VAT = "vat"
    EMAIL = "email"
    PHONE = "phone"


# The name of each key in the user's language, for the reasons of a report.
_KEY_WORDS = {
    MatchKey.ID: QT_TRANSLATE_NOOP("Import", "external id"),
    MatchKey.VAT: QT_TRANSLATE_NOOP("Import", "VAT number"),
    MatchKey.EMAIL: QT_TRANSLATE_NOOP("Import", "e-mail"),
    MatchKey.PHONE: QT_TRANSLATE_NOOP("Import", "phone"),
}


def _key_words(key: MatchKey) -> str:
    return translate("Import", _KEY_WORDS[key])


@dataclass(frozen=True)
class Match:
    """The stored (or planned) contact a record is, and which key said so."""

    contact_id: str
    name: str
    key: MatchKey
    value: str

    @property
    def reason(self) -> str:
        return translate("Import", "same {key} {value}").format(
            key=_key_words(self.key), value=self.value
        )


@dataclass(frozen=True)
class Ambiguous:
    key: MatchKey
    value: str
    names: tuple[str, ...]

    @property
    def reason(self) -> str:
        listed = ", ".join(f"“{n}”" for n in self.names[:3])
        if len(self.names) > 3:
            listed = tr("{names} and %n more", "", len(self.names) - 3).format(names=listed)
        return translate(
            "Import",
            "the {key} {value} belongs to several contacts ({names}); not imported — merge "
            "them first or give the row an id",
        ).format(key=_key_words(self.key), value=self.value, names=listed)


@dataclass
class _Known:
    kind: str
    name: str
    in_trash: bool


@dataclass(frozen=True)
class RecordKeys:
    refs: tuple[str, ...]
    vats: tuple[str, ...]
    emails: tuple[str, ...]
    phones: tuple[str, ...]

    def by_level(self) -> tuple[tuple[MatchKey, tuple[str, ...]], ...]:
        return (
            (MatchKey.ID, self.refs),
            (MatchKey.VAT, self.vats),
            (MatchKey.EMAIL, self.emails),
            (MatchKey.PHONE, self.phones),
        )


def email_key(address: str | None) -> str | None:
    value = (address or "").strip().casefold()
    return value or None


@lru_cache(maxsize=65536)
def phone_key(number: str | None, region: str | None = None) -> str | None:
    """The number in E.164 (``+3292205334``), or ``None`` when it cannot be read."""
    if not number or not number.strip():
        return None
    return checks.phone_e164(number, region or DEFAULT_REGION)


def vat_key(number: str | None) -> str | None:
    value = checks.normalise_vat(number or "")
    return value if len(value) >= 4 else None


def region_of(contact: AnyContact) -> str:
    for address in contact.addresses:
        if address.country_code:
            return address.country_code
    return DEFAULT_REGION


def keys_of(contact: AnyContact, record: ImportRecord | None = None) -> RecordKeys:
    emails = [e.address for e in contact.emails]
    if isinstance(contact, IndividualContact):
        for identity in contact.professional_identities:
            emails += [e.address for e in identity.emails]
    if record is not None:
        for affiliation in record.affiliations:
            emails += [e.address for e in affiliation.points.emails]
    region = region_of(contact)
    vats = [contact.vat_number] if isinstance(contact, OrganizationContact) else []
    refs = [record.external_ref] if record is not None and record.external_ref else []
    return RecordKeys(
        refs=tuple(dict.fromkeys(r.strip() for r in refs if r.strip())),
        vats=tuple(dict.fromkeys(k for k in map(vat_key, vats) if k)),
        emails=tuple(dict.fromkeys(k for k in map(email_key, emails) if k)),
        phones=tuple(
            dict.fromkeys(k for k in (phone_key(p.number, region) for p in contact.phones) if k)
        ),
    )


def _suffix(number: str) -> str:
    return _DIGITS.sub("", number)[-7:]


_CONTACTS_SQL = f'SELECT "id", "kind", "name", "external_id", "vat_number", "deleted_at" FROM "{s.contacts.name}"'
# The e-mail addresses of the contacts and of their professional identities.
_EMAILS_SQL = (
    f'SELECT "address", "contact_id" FROM "{s.emails.name}" WHERE "contact_id" IS NOT NULL',
    f'SELECT e."address", p."contact_id" FROM "{s.emails.name}" e '
    f'JOIN "{s.professional_identities.name}" p ON p."id" = e."professional_identity_id"',
)
_PHONES_SQL = f'SELECT "number", "contact_id" FROM "{s.phones.name}" WHERE "contact_id" IS NOT NULL'
# The country of each contact's addresses, first address first.
_REGIONS_SQL = (
    f'SELECT "contact_id", "country_code" FROM "{s.addresses.name}" '
    'WHERE "contact_id" IN ({marks}) AND "country_code" IS NOT NULL '
    'ORDER BY "contact_id", "position"'
)


@dataclass
class MatchIndex:
    """The keys of the stored contacts that can matter for one import, plus the contacts the
    import itself plans to create (so two rows of one file are found to be one contact)."""

    known: dict[str, _Known] = field(default_factory=dict)
    keys: dict[MatchKey, dict[str, set[str]]] = field(
        default_factory=lambda: {k: {} for k in MatchKey}
    )
    organizations: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection, wanted: Iterable[RecordKeys]) -> MatchIndex:
        index = cls()
        wanted = list(wanted)
        refs = {r for w in wanted for r in w.refs}
        emails = {e for w in wanted for e in w.emails}
        suffixes = {_suffix(p) for w in wanted for p in w.phones}
        vats = {v for w in wanted for v in w.vats}
        # Every stored contact is read (the organizations by name, the kinds): through the
        # driver's own cursor, as SQLAlchemy's result rows cost more than reading them.
        rows = driver_rows(conn)
        organization = ContactKind.ORGANIZATION.value
        for cid, kind, name, external_id, vat_number, deleted_at in rows(_CONTACTS_SQL, ()):
            index.known[cid] = _Known(kind, name, deleted_at is not None)
            if cid in refs:
                index._put(MatchKey.ID, cid, cid)
            if external_id and external_id in refs:
                index._put(MatchKey.ID, external_id, cid)
            if vat_number and vats:
                vat = vat_key(vat_number)
                if vat and vat in vats:
                    index._put(MatchKey.VAT, vat, cid)
            if kind == organization and deleted_at is None:
                index.organizations.setdefault(fold(name).strip(), []).append(cid)
        if emails:
            for query in _EMAILS_SQL:
                for address, contact_id in rows(query, ()):
                    key = email_key(address)
                    if key in emails:
                        index._put(MatchKey.EMAIL, key, contact_id)
        if suffixes:
            index._load_phones(conn, suffixes, {p for w in wanted for p in w.phones})
        return index

    def _load_phones(self, conn: Connection, suffixes: set[str], wanted: set[str]) -> None:
        rows = driver_rows(conn)
        candidates = [
            (number, cid) for number, cid in rows(_PHONES_SQL, ()) if _suffix(number) in suffixes
        ]
        owners = sorted({cid for _, cid in candidates})
        regions: dict[str, str] = {}
        for i in range(0, len(owners), 500):
            chunk = owners[i : i + 500]
            for cid, country in rows(_REGIONS_SQL.format(marks=", ".join("?" * len(chunk))), chunk):
                regions.setdefault(cid, country)
        for number, cid in candidates:
            key = phone_key(number, regions.get(cid))
            if key in wanted:
                self._put(MatchKey.PHONE, key, cid)

    def _put(self, key: MatchKey, value: str, contact_id: str) -> None:
        self.keys[key].setdefault(value, set()).add(contact_id)

    def add(self, contact: AnyContact, keys: RecordKeys) -> None:
        """A contact the import plans to create: later rows find it like a stored one."""
        self.known[contact.id] = _Known(contact.kind.value, contact.name, False)
        for level, values in keys.by_level():
            for value in values:
                self._put(level, value, contact.id)
        if isinstance(contact, OrganizationContact):
            self.name_organization(contact.name, contact.id)

    def name_of(self, contact_id: str) -> str:
        known = self.known.get(contact_id)
        return known.name if known is not None else contact_id

    def in_trash(self, contact_id: str) -> bool:
        known = self.known.get(contact_id)
        return known is not None and known.in_trash

    def find(
        self, keys: RecordKeys, kind: ContactKind, name: str
    ) -> tuple[Match | Ambiguous | None, list[str]]:
        """The contact ``keys`` point to, and notes on e-mail / phone hits that were not
        taken because the name differs."""
        notes: list[str] = []
        for level, values in keys.by_level():
            if not values:
                continue
            table = self.keys[level]
            for value in values:
                hits = table.get(value)
                if not hits:
                    continue  # nothing has this key (most rows of a file new to the book)
                found = {
                    cid for cid in hits if cid in self.known and self.known[cid].kind == kind.value
                }
                if level in (MatchKey.EMAIL, MatchKey.PHONE):
                    other = {c for c in found if not compatible_names(name, self.name_of(c))}
                    for cid in sorted(other):
                        notes.append(
                            translate(
                                "Import",
                                "“{name}” has the same {key} {value} but another name: not "
                                "taken as the same contact",
                            ).format(name=self.name_of(cid), key=_key_words(level), value=value)
                        )
                    found -= other
                if len(found) == 1:
                    cid = found.pop()
                    return Match(cid, self.name_of(cid), level, value), notes
                if len(found) > 1:
                    names = tuple(sorted(self.name_of(c) for c in found))
                    return Ambiguous(level, value, names), notes
        return None, notes

    def organization(self, name: str) -> list[str]:
        """The ids of the (not trashed) organizations called ``name``, case and accents aside."""
        return list(dict.fromkeys(self.organizations.get(fold(name).strip(), [])))

    def name_organization(self, name: str, contact_id: str) -> None:
        """Let ``name`` find the organization ``contact_id`` too (its name in the file)."""
        ids = self.organizations.setdefault(fold(name).strip(), [])
        if contact_id not in ids:
            ids.append(contact_id)


__all__ = [
    "Ambiguous",
    "Match",
    "MatchIndex",
    "MatchKey",
    "RecordKeys",
    "email_key",
    "keys_of",
    "phone_key",
    "region_of",
    "vat_key",
]
