"""How clean the whole book is: counts of each kind of problem, and the contacts behind them.

:meth:`DataQuality.scan` checks every contact (a few plain reads of the columns concerned,
then the checks of :mod:`app.domain.checks` through the fast paths of
:mod:`app.domain.quality`).  After that the findings are kept up to date contact by contact:
:meth:`DataQuality.refresh` asks the change journal which contacts changed since the last look
(saved here, imported, merged, synced, undone) and re-checks only those — and the contacts
that shared a key with them, whose "likely duplicate" may have come or gone.

The rules are the editor's: a finding names the field by the path the editor knows
(``"phones[1].number"``), so the view can open the contact on it.
"""

from __future__ import annotations

import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from app.domain import checks
from app.domain.enums import (
    COUNTRY_CODE_SET,
    KNOWN_ORGANIZATION_TYPES,
    AddressType,
    AddressUsage,
    EmailType,
    PhoneType,
    PhoneUsage,
    UsageContext,
    WebAddressType,
)
from app.domain.keys import EMAIL, PHONE, VAT
from app.domain.quality import (
    Category,
    Finding,
    email_problem,
    phone_problem,
    plainly_valid_email,
    plainly_valid_phone,
)
from app.domain.validation import _url_problem
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.database import Database
from app.store.quality import (
    STATEMENTS,
    QualityRows,
    contacts_changed_since,
    latest_journal_seq,
    read_quality_rows,
)

# key -> "the same e-mail as “An” (an@example.com)"
_KEY_WORDS = {
    EMAIL: QT_TRANSLATE_NOOP("Quality", "the same e-mail as “{name}” ({value})"),
    PHONE: QT_TRANSLATE_NOOP("Quality", "the same phone as “{name}” ({value})"),
    VAT: QT_TRANSLATE_NOOP("Quality", "the same VAT number as “{name}” ({value})"),
}
# table -> (the point's label with its number, as a part of another label, "not a known
# <point> type", "not a known <point> usage")
_POINT_WORDS = {
    "addresses": (
        QT_TRANSLATE_NOOP("Fields", "address {n}"),
        QT_TRANSLATE_NOOP("Quality", "“{value}” is not a known address type"),
        QT_TRANSLATE_NOOP("Quality", "“{value}” is not a known address usage"),
    ),
    "emails": (
        QT_TRANSLATE_NOOP("Fields", "e-mail {n}"),
        QT_TRANSLATE_NOOP("Quality", "“{value}” is not a known e-mail type"),
        "",
    ),
    "phones": (
        QT_TRANSLATE_NOOP("Fields", "phone {n}"),
        QT_TRANSLATE_NOOP("Quality", "“{value}” is not a known phone type"),
        QT_TRANSLATE_NOOP("Quality", "“{value}” is not a known phone usage"),
    ),
    "web_addresses": (
        QT_TRANSLATE_NOOP("Fields", "web address {n}"),
        QT_TRANSLATE_NOOP("Quality", "“{value}” is not a known web address type"),
        "",
    ),
}


def _sub(label: str, part: str) -> str:
    """``"Phone 2"`` and ``"type"`` (both in the user's language): ``"Phone 2 type"``."""
    if not label:
        return part[:1].upper() + part[1:]
    return translate("Fields", "{label} {part}").format(label=label, part=part)


_TYPES: dict[str, frozenset[str]] = {
    "addresses": frozenset(AddressType),
    "emails": frozenset(EmailType),
    "phones": frozenset(PhoneType),
    "web_addresses": frozenset(WebAddressType),
}
_USAGES: dict[str, frozenset[str]] = {
    "addresses": frozenset(AddressUsage),
    "phones": frozenset(PhoneUsage),
}
_CONTEXTS = frozenset(UsageContext)
_POINT_TABLES = ("addresses", "emails", "phones", "web_addresses")
Add = Callable[[str, Category, str, str, object, str], None]


# How often check_rows calls its ``step``: after the contacts, the identities, the countries,
# each of the four kinds of contact point, their places, the roles, the unreachable and
# inactive, and the duplicates.
CHECK_STEPS = 11
# The whole-book check's steps: reading each statement, then checking.
SCAN_STEPS = len(STATEMENTS) + CHECK_STEPS
# progress(steps done, SCAN_STEPS, contacts in the book (0 until they are read))
ScanProgress = Callable[[int, int, int], None]


class ScanCancelledError(Exception):
    """The whole-book check was cancelled; the findings of the previous check stay."""


class ContactRef(NamedTuple):
    """A contact as the view lists it (a tuple: 100,000 of them are made per check)."""

    id: str
    kind: str
    name: str


@dataclass(frozen=True)
class QualityReport:
    """Counts of each category (every category present, 0 when clean) and what was checked."""

    counts: dict[Category, int]
    contacts_checked: int


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _blank(value: object) -> bool:
    return value is None or not str(value).strip()


def _ordered(points: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    if len(points) > 1:
        return sorted(points, key=lambda row: int(row[2] or 0))
    return points


def check_rows(
    rows: QualityRows, step: Callable[[], None] | None = None
) -> tuple[dict[str, list[Finding]], dict[str, ContactRef]]:
    """Every finding of the contacts in ``rows``, by contact, and those contacts.

    ``step`` is called :data:`CHECK_STEPS` times along the way: for progress, and to stop
    by raising."""
    contacts: dict[str, ContactRef] = {}
    findings: dict[str, list[Finding]] = defaultdict(list)
    tick = step if step is not None else _nothing

    def add(cid: str, category: Category, path: str, label: str, value: object, why: str) -> None:
        findings[cid].append(Finding(cid, category, path, label, _text(value), why))

    for cid, kind, name, vat, org_type, language in rows["contacts"]:
        contacts[cid] = ContactRef(cid, kind, name)
        if kind == "organization":
            _check_organization(add, cid, vat, org_type, language)
    tick()

    # Professional identities in the editor's order: their index in the contact's list.
    identities: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    for pid, cid, position, active in rows["identities"]:
        if cid in contacts:
            identities[cid].append((int(position or 0), pid, bool(active)))
    identity_index: dict[str, tuple[str, int]] = {}
    active_somewhere: dict[str, bool] = {}
    for cid, items in identities.items():
        if len(items) > 1:
            items.sort()
        for index, (_pos, pid, active) in enumerate(items):
            identity_index[pid] = (cid, index)
            active_somewhere[cid] = active_somewhere.get(cid, False) or active
    tick()

    # The country of each owner's first address that has one: phone numbers without
    # +country are read there (an identity's own, else its contact's), as the editor does.
    first_country: dict[str, tuple[int, str]] = {}
    for row in rows["addresses"]:
        country = row[6]
        if country is not None and str(country).strip():
            owner = row[1] or row[0]
            position = int(row[2] or 0)
            known = first_country.get(owner)
            if known is None or position < known[0]:
                first_country[owner] = (position, str(country).strip().upper())
    tick()

    # Each value is checked where it stands; only what is found needs its index in its
    # owner's list (the editor's path), worked out afterwards for those owners alone.
    reachable: set[str] = set()
    found: list[tuple[str, str, str, tuple[Any, ...], list[PointProblem]]] = []
    for table in _POINT_TABLES:
        table_rows = rows[table]
        if table != "web_addresses":
            # Contacts of the trash and identities of such contacts come along here; only
            # the contacts checked are asked about below.
            reachable.update(row[0] for row in table_rows)
        clean = _CLEAN[table]
        for row in table_rows:
            if clean(row):
                continue
            cid, pid = row[0], row[1]
            if pid is None:
                if cid not in contacts:
                    continue
                owner = cid
            elif pid in identity_index:
                owner = pid
            else:
                continue
            region = None
            if table == "phones":
                country = first_country.get(owner) or first_country.get(cid)
                region = country[1] if country is not None else None
            problems = _point_problems(table, row, region)
            if problems:
                found.append((table, owner, cid, row, problems))
        tick()
    if found:
        wanted = {(table, owner) for table, owner, _c, _r, _p in found}
        lists: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for table in {table for table, _o in wanted}:
            for row in rows[table]:
                owned_by = (table, row[1] or row[0])
                if owned_by in wanted:
                    lists[owned_by].append(row)
        for table, owner, cid, row, problems in found:
            ordered = _ordered(lists[(table, owner)])
            index = next(i for i, r in enumerate(ordered) if r is row)
            path, label = _where(table, (identity_index.get(owner), index))
            for category, field, words, value, why in problems:
                add(
                    cid,
                    category,
                    f"{path}.{field}",
                    _sub(label, words) if words else label,
                    value,
                    why,
                )
    tick()

    # The role whose "active" box the editor opens on, for a person with roles only.
    first_role: dict[str, str] = {}
    for table, path in (("customer_roles", "customer_role"), ("supplier_roles", "supplier_role")):
        for cid, active, gln, tax in rows[table]:
            if cid not in contacts:
                continue
            active_somewhere[cid] = active_somewhere.get(cid, False) or bool(active)
            first_role.setdefault(cid, path)
            if gln is not None:
                reason = checks.gln_problem(str(gln))
                if reason:
                    add(
                        cid,
                        Category.GLN,
                        f"{path}.global_location_number",
                        translate("Fields", "GLN"),
                        gln,
                        reason,
                    )
            vat_number = _tax_vat(tax)
            if not _blank(vat_number):
                field = f"{path}.tax_information.eu_vat_number"
                _check_vat(add, cid, field, translate("Fields", "EU VAT number"), vat_number)
    for cid, active in rows["alternative_payer_roles"]:
        if cid in contacts:
            active_somewhere[cid] = active_somewhere.get(cid, False) or bool(active)
            first_role.setdefault(cid, "alternative_payer_role")
    tick()

    for cid in contacts.keys() - reachable:
        why = translate("Quality", "no e-mail address, phone number or postal address")
        # The editor opens on its "Add e-mail" button.
        label = translate("Fields", "E-mail, phone or address")
        add(cid, Category.UNREACHABLE, "emails", label, "", why)
    for cid, active in active_somewhere.items():
        if not active and contacts[cid].kind == "individual":
            if cid in identities:
                field = "professional_identities[0].is_active"
                label = translate("Fields", "Professional identity {n}").format(n=1)
            else:
                field, label = f"{first_role[cid]}.is_active", translate("Fields", "Roles")
            why = translate("Quality", "every professional identity and role is inactive")
            add(cid, Category.INACTIVE, field, label, "", why)
    tick()

    for kind, key, ids in rows.shared_keys:
        for cid in ids:
            if cid not in contacts:
                continue
            for other in ids:
                if other != cid and other in contacts:
                    template = _KEY_WORDS.get(kind)
                    if template is None:
                        why = f"{kind} “{contacts[other].name}” ({key})"
                    else:
                        why = translate("Quality", template).format(
                            name=contacts[other].name, value=key
                        )
                    label = translate("Fields", "Contact")
                    findings[cid].append(
                        Finding(cid, Category.DUPLICATE, "", label, key, why, other_id=other)
                    )
    tick()
    return dict(findings), contacts


def _nothing() -> None:
    pass


def _check_organization(
    add: Add, cid: str, vat: object, org_type: object, language: object
) -> None:
    if not _blank(vat):
        _check_vat(add, cid, "vat_number", translate("Fields", "VAT number"), vat)
    if not _blank(org_type) and str(org_type) not in KNOWN_ORGANIZATION_TYPES:
        text = str(org_type)
        if not text.replace("_", "a").isalpha() or text != text.lower():
            why = translate(
                "Validation", "may contain only lower-case letters and underscores — {value}"
            ).format(value=text)
            label = translate("Fields", "Organization type")
            add(cid, Category.AS_RECEIVED, "organization_type", label, text, why)
    if not _blank(language):
        text = str(language)
        if not (text.isascii() and text.isalpha() and 2 <= len(text) <= 3):
            why = translate(
                "Validation", "must be a language code of 2 or 3 letters, e.g. NL — {value}"
            ).format(value=text)
            label = translate("Fields", "Invoice language")
            add(cid, Category.AS_RECEIVED, "invoice_language", label, text, why)


def _tax_vat(tax: object) -> object:
    if isinstance(tax, str):
        try:
            tax = json.loads(tax)
        except ValueError:
            return None
    return tax.get("eu_vat_number") if isinstance(tax, dict) else None


def _check_vat(add: Add, cid: str, path: str, label: str, value: object) -> None:
    result = checks.check_vat(str(value))
    if result.reason is not None and not result.country_unknown:
        add(cid, Category.VAT, path, label, value, result.reason)


Place = tuple[tuple[str, int] | None, int]


def _where(table: str, place: Place) -> tuple[str, str]:
    """The editor's path and the words for a contact point: ``("phones[1]", "Phone 2")``."""
    identity, index = place
    point = translate("Fields", _POINT_WORDS[table][0]).format(n=index + 1)
    if identity is None:
        return f"{table}[{index}]", _sub("", point)
    at = identity[1]
    return (
        f"professional_identities[{at}].{table}[{index}]",
        _sub(translate("Fields", "Professional identity {n}").format(n=at + 1), point),
    )


@lru_cache(maxsize=4096)
def _usage_list(value: str) -> tuple[str, ...]:
    try:
        found = json.loads(value)
    except ValueError:
        return (value,)
    return tuple(str(v) for v in found) if isinstance(found, list) else ()


def _usages(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return _usage_list(value)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


PointProblem = tuple[Category, str, str, object, str]


@lru_cache(maxsize=256)
def _usages_known(table: str, value: str) -> bool:
    return all(u in _USAGES[table] for u in _usage_list(value))


@lru_cache(maxsize=65536)
def _address_clean(country: str, zip_code: str) -> bool:
    # Postal codes repeat across a book: each country and code is looked at once.
    return not _address_problems(country, zip_code)


_ADDRESS_TYPES = _TYPES["addresses"]
_EMAIL_TYPES = _TYPES["emails"]
_PHONE_TYPES = _TYPES["phones"]
_WEB_TYPES = _TYPES["web_addresses"]
# A web address that is plainly absolute (scheme, host, no spaces or brackets): fine.
_PLAIN_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s/\[\]?#]+(?:/[^\s\[\]]*)?")


def _clean_address(row: tuple[Any, ...]) -> bool:
    return (
        row[3] in _ADDRESS_TYPES
        and row[4] in _CONTEXTS
        and isinstance(row[5], str)
        and _usages_known("addresses", row[5])
        and isinstance(row[6], str)
        and isinstance(row[7], str)
        and _address_clean(row[6], row[7])
    )


def _clean_email(row: tuple[Any, ...]) -> bool:
    return (
        row[3] in _EMAIL_TYPES
        and row[4] in _CONTEXTS
        and isinstance(row[5], str)
        and plainly_valid_email(row[5])
    )


def _clean_phone(row: tuple[Any, ...]) -> bool:
    number = row[6]
    return (
        row[3] in _PHONE_TYPES
        and row[4] in _CONTEXTS
        and isinstance(row[5], str)
        and _usages_known("phones", row[5])
        and isinstance(number, str)
        and len(number) <= 35
        and plainly_valid_phone(number.strip())
    )


def _clean_web(row: tuple[Any, ...]) -> bool:
    return (
        row[3] in _WEB_TYPES
        and row[4] in _CONTEXTS
        and isinstance(row[5], str)
        and _PLAIN_URL.fullmatch(row[5].strip()) is not None
    )


# Quick answers for the usual case, a value with nothing wrong; anything else is looked at
# closely by _point_problems (the same rules, so the quick test only saves time).
_CLEAN: dict[str, Callable[[tuple[Any, ...]], bool]] = {
    "addresses": _clean_address,
    "emails": _clean_email,
    "phones": _clean_phone,
    "web_addresses": _clean_web,
}


def _point_problems(table: str, row: tuple[Any, ...], region: str | None) -> list[PointProblem]:
    """What is wrong with one address, e-mail, phone or web address: (category, field,
    words after the point's label, value, why) — empty when nothing."""
    found: list[PointProblem] = []
    point_type, context = row[3], row[4]
    if point_type not in _TYPES[table]:
        why = translate("Quality", _POINT_WORDS[table][1]).format(value=_text(point_type))
        part = translate("Fields", "type")
        found.append((Category.AS_RECEIVED, "type", part, point_type, why))
    if context not in _CONTEXTS:
        why = translate("Quality", "“{value}” is not a known usage context").format(
            value=_text(context)
        )
        part = translate("Fields", "usage context")
        found.append((Category.AS_RECEIVED, "usage_context", part, context, why))
    if table in _USAGES:
        allowed = _USAGES[table]
        for i, usage in enumerate(_usages(row[5])):
            if usage not in allowed:
                why = translate("Quality", _POINT_WORDS[table][2]).format(value=usage)
                part = translate("Fields", "usage")
                found.append((Category.AS_RECEIVED, f"usages[{i}]", part, usage, why))
    if table == "addresses":
        found += _address_problems(row[6], row[7])
    elif table == "emails":
        address = _text(row[5])
        if address.strip():
            reason = email_problem(address)
            if reason:
                found.append((Category.EMAIL, "address", "", address, reason))
    elif table == "phones":
        number = _text(row[6])
        reason = phone_problem(number, region)
        if reason:
            found.append((Category.PHONE, "number", "", number, reason))
    else:
        url = _text(row[5])
        if url.strip():
            reason = _url_problem(url)
            if reason:
                found.append((Category.AS_RECEIVED, "url", "", url, reason))
    return found


def _address_problems(country: object, zip_code: object) -> list[PointProblem]:
    if not _blank(country) and country not in COUNTRY_CODE_SET:
        why = translate("Validation", "“{value}” is not a known country code").format(value=country)
        return [
            (Category.AS_RECEIVED, "country_code", translate("Fields", "country"), country, why)
        ]
    if _blank(country):
        why = translate("Quality", "the country is missing")
        return [(Category.ADDRESS, "country_code", translate("Fields", "country"), "", why)]
    if _blank(zip_code):
        if checks.country_uses_postal_codes(str(country)):
            why = translate("Quality", "the postal code is missing")
            return [(Category.ADDRESS, "zip", translate("Fields", "postal code"), "", why)]
        return []
    reason = checks.postal_code_problem(str(country), str(zip_code))
    if reason:
        return [(Category.ADDRESS, "zip", translate("Fields", "postal code"), zip_code, reason)]
    return []


class DataQuality:
    """The findings of the last scan, kept current by :meth:`refresh`; safe across threads."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._findings: dict[str, list[Finding]] = {}
        self._contacts: dict[str, ContactRef] = {}
        self._seq: int | None = None

    @property
    def scanned(self) -> bool:
        return self._seq is not None

    def scan(
        self, progress: ScanProgress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> QualityReport:
        """Check every contact in the book (the trash aside).

        ``progress`` hears of each of the :data:`SCAN_STEPS` steps; when ``cancelled`` says
        so, the check stops at the next step with :class:`ScanCancelledError` and the
        findings of the previous check stay as they were."""
        done = 0
        contacts_seen = 0

        def step() -> None:
            nonlocal done
            if cancelled is not None and cancelled():
                raise ScanCancelledError(translate("Quality", "The check was cancelled."))
            done += 1
            if progress is not None:
                progress(done, SCAN_STEPS, contacts_seen)

        def read(rows: QualityRows) -> None:
            nonlocal contacts_seen
            contacts_seen = len(rows.tables.get("contacts", ()))
            step()

        with self._db.reading() as conn:
            seq = latest_journal_seq(conn)
            rows = read_quality_rows(conn, step=read)
        findings, contacts = check_rows(rows, step)
        with self._lock:
            self._findings = findings
            self._contacts = contacts
            self._seq = seq
        return self.report()

    def refresh(
        self, progress: ScanProgress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> set[str]:
        """Re-check the contacts changed since the last look (a full scan the first time,
        with ``progress`` and ``cancelled`` as for :meth:`scan`); returns the ids re-checked."""
        if self._seq is None:
            self.scan(progress, cancelled)
            return set(self._contacts)
        with self._db.reading() as conn:
            seq, changed = contacts_changed_since(conn, self._seq)
        if changed:
            self.recheck(changed)
        with self._lock:
            self._seq = max(seq, self._seq or 0)
        return changed

    def recheck(self, contact_ids: Iterable[str]) -> None:
        """Check these contacts again, and those that were or now are their likely doubles."""
        ids = set(contact_ids)
        with self._lock:
            for cid in list(ids):
                ids.update(f.other_id for f in self._findings.get(cid, ()) if f.other_id)
        with self._db.reading() as conn:
            rows = read_quality_rows(conn, sorted(ids))
            partners = {cid for _k, _v, group in rows.shared_keys for cid in group}
            if partners - ids:
                ids |= partners
                rows = read_quality_rows(conn, sorted(ids))
        findings, contacts = check_rows(rows)
        with self._lock:
            for cid in ids:
                self._findings.pop(cid, None)
                self._contacts.pop(cid, None)
            self._contacts.update(contacts)
            for cid, found in findings.items():
                if cid in ids:
                    self._findings[cid] = found

    def report(self) -> QualityReport:
        with self._lock:
            counts = dict.fromkeys(Category, 0)
            for found in self._findings.values():
                for finding in found:
                    if finding.category is Category.DUPLICATE:
                        continue
                    counts[finding.category] += 1
                if any(f.category is Category.DUPLICATE for f in found):
                    counts[Category.DUPLICATE] += 1
            return QualityReport(counts, len(self._contacts))

    def findings(self, category: Category) -> list[tuple[ContactRef, Finding]]:
        """What is found in ``category``, by contact name (one row per likely duplicate)."""
        with self._lock:
            found: list[tuple[ContactRef, Finding]] = []
            for cid, items in self._findings.items():
                contact = self._contacts.get(cid)
                if contact is None:
                    continue
                chosen = [f for f in items if f.category is category]
                if category is Category.DUPLICATE:
                    chosen = chosen[:1]
                found += [(contact, f) for f in chosen]
        return sorted(found, key=lambda item: (item[0].name.casefold(), item[1].field))

    def findings_of(self, contact_id: str) -> list[Finding]:
        with self._lock:
            return list(self._findings.get(contact_id, ()))


__all__ = [
    "CHECK_STEPS",
    "SCAN_STEPS",
    "ContactRef",
    "DataQuality",
    "QualityReport",
    "ScanCancelledError",
    "ScanProgress",
    "check_rows",
]
