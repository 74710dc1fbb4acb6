"""Privacy requests: "what do you hold about me?" and "erase me", and the retention list.

:meth:`Privacy.export` gathers everything the book holds about a person — every stored row
about them column by column, the contact as the app shows it, its history, customer lists,
relationships (its own and other people's to it), roles and the accounts that hold it — as
JSON, a vCard and a readable report (HTML, which the user interface or the command line turn
into a PDF with Qt's text document; no Qt here).

:meth:`Privacy.erase` removes a person's personal data: the contact is deleted for good, or —
where the record must stay for accounting (a customer, supplier or alternative payer that
invoices and bookings refer to) and the user chooses so — kept with its numbers and accounts
and everything personal removed.  Either way it is one journaled transaction; the person's
values are then wiped from the journal's old and new values, the undo steps, the labels of
transactions, the sync state's last agreed documents and issues and the search index, and the
database file is rewritten so no freed page or log still holds them.  Every linked account
gets the erasure with its next sync: a delete, or the anonymised record where the system has
no delete (or the record is anonymised).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.domain.enums import ContactKind
from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.services.field_names import field_name
from app.services.history import EditHistory
from app.services.interchange.service import Names
from app.services.interchange.vcard_write import vcard_of
from app.services.record_history import RecordHistory
from app.store import schema as s
from app.store.accounts import AccountLink, AccountRepository
from app.store.contacts import ContactInUseError
from app.store.database import Database
from app.store.privacy import (
    compact,
    json_value,
    last_activity,
    retention_years,
    rows_about,
    scrub_journal,
    scrub_sync_state,
    secure_delete,
    set_retention_years,
)
from app.store.unit_of_work import UnitOfWork, unit_of_work
from app.sync.connector import connector_for

DEFAULT_RETENTION_YEARS = 5
ERASURE_LABEL = QT_TRANSLATE_NOOP("Privacy", "Erasure of a person's data (privacy request)")
#: In English; :func:`accounting_rule` gives it in the user's language.
ACCOUNTING_RULE = QT_TRANSLATE_NOOP(
    "Privacy",
    "Invoices and bookings refer to customers, suppliers and alternative payers by their "
    "record, and bookkeeping rules require keeping those for years (up to 10). Such a record "
    "can be anonymised instead of deleted: it keeps its customer or supplier number and "
    "accounts, and loses the name, birthday, e-mails, phones, addresses, web addresses, "
    "pictures, notes, relationships, work details and custom fields.",
)


def accounting_rule() -> str:
    """Why a record accounting refers to is anonymised rather than deleted, in words."""
    return translate("Privacy", ACCOUNTING_RULE)


class ErasureMode(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"


class PersonNotFoundError(LookupError):
    """No contact has that id or e-mail; ``str()`` says so."""


class ErasureRefusedError(Exception):
    """The erasure cannot be done as asked; ``str()`` says why and what to do."""


@dataclass(frozen=True)
class LinkedAccount:
    account: str
    remote_id: str | None
    can_delete: bool
    note: str  # what the erasure does there, in words
    #: Read here, never written there (an organization linked to a Kanbert company): the
    #: erasure changes nothing there.
    read_only: bool = False


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing the person would do, for the confirmation."""

    contact_id: str
    name: str
    kind: ContactKind
    must_keep: bool  # a record accounting refers to
    keep_reason: str
    rule: str
    accounts: tuple[LinkedAccount, ...]
    can_delete: bool  # every linked system has a delete
    suggested: ErasureMode


@dataclass(frozen=True)
class ErasureResult:
    contact_id: str
    mode: ErasureMode
    journal_entries_wiped: int
    undo_steps_dropped: int
    accounts: tuple[LinkedAccount, ...]
    # False: another connection kept the file from being rewritten just now (the values were
    # overwritten as they were deleted; the log is emptied at its next checkpoint).
    compacted: bool = True

    def summary(self) -> str:
        if self.mode is ErasureMode.DELETE:
            lines = [translate("Privacy", "The person's data was erased (deleted here).")]
        else:
            lines = [translate("Privacy", "The person's data was erased (anonymised here).")]
        lines += [
            translate("Privacy", "{account}: {note}").format(account=a.account, note=a.note)
            for a in self.accounts
        ]
        lines.append(
            translate(
                "Privacy",
                "Backups of the database made before an upgrade still hold it; delete old "
                "backups if the request covers them.",
            )
        )
        return "\n".join(lines)


@dataclass(frozen=True)
class RetentionCandidate:
    contact_id: str
    name: str
    last_change: datetime


@dataclass(frozen=True)
class PersonExport:
    """Everything about one person: ``data`` (JSON), ``vcard`` and ``report`` (HTML)."""

    contact_id: str
    name: str
    data: dict[str, Any]
    vcard: str
    report: str
    files: list[Path] = field(default_factory=list)


PdfWriter = Callable[[str, Path], None]


class Privacy:
    def __init__(self, db: Database, history: EditHistory) -> None:
        self._db = db
        self._history = history
        self._records = RecordHistory(db, history)

    # --- finding the person ---------------------------------------------------------------

    def find(self, email_or_id: str) -> AnyContact:
        """The contact with that id, or the one with that e-mail address (its own or at
        work).  Raises :class:`PersonNotFoundError` when none or several have it."""
        wanted = email_or_id.strip()
        if not wanted:
            raise PersonNotFoundError(
                translate("Privacy", "Give the person's e-mail address or id.")
            )
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            found = uow.contacts.get(wanted)
            if found is not None:
                return found
            e, pi = s.emails, s.professional_identities
            owners = set(
                conn.execute(
                    select(e.c.contact_id).where(
                        func.casefold(e.c.address) == wanted.casefold(),
                        e.c.contact_id.is_not(None),
                    )
                ).scalars()
            )
            owners |= set(
                conn.execute(
                    select(pi.c.contact_id)
                    .join(e, e.c.professional_identity_id == pi.c.id)
                    .where(func.casefold(e.c.address) == wanted.casefold())
                ).scalars()
            )
            if not owners:
                raise PersonNotFoundError(
                    translate("Privacy", "No contact has the id or e-mail “{wanted}”.").format(
                        wanted=wanted
                    )
                )
            if len(owners) > 1:
                raise PersonNotFoundError(
                    translate(
                        "Privacy",
                        "{count} contacts have the e-mail “{wanted}”: give the id of the one you "
                        "mean ({ids}).",
                    ).format(count=len(owners), wanted=wanted, ids=", ".join(sorted(owners)))
                )
            contact = uow.contacts.get(owners.pop())
            assert contact is not None
            return contact

    # --- export ---------------------------------------------------------------------------

    def export(self, contact_id: str) -> PersonExport:
        """Everything the book holds about the contact (see the module docstring)."""
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            contact = uow.contacts.get(contact_id)
            if contact is None:
                raise PersonNotFoundError(_no_such_id(contact_id))
            names = Names(conn)
            tables = rows_about(conn, contact_id)
            accounts = AccountRepository(conn).links_of(contact_id)
            lists = [
                {"id": row.id, "name": row.name, "in_trash": row.deleted_at is not None}
                for row in conn.execute(
                    select(
                        s.customer_lists.c.id,
                        s.customer_lists.c.name,
                        s.customer_lists.c.deleted_at,
                    )
                    .join(
                        s.customer_list_members,
                        s.customer_list_members.c.list_id == s.customer_lists.c.id,
                    )
                    .where(s.customer_list_members.c.contact_id == contact_id)
                    .order_by(s.customer_lists.c.name)
                )
            ]
            relationships = self._relationships(conn, contact, names)
            vcard = vcard_of(contact, names)
        history = self._records.of_record(contact_id)
        data: dict[str, Any] = {
            "exported_at": datetime.now(UTC).isoformat(),
            "contact": contact.model_dump(mode="json"),
            "customer_lists": lists,
            "relationships": relationships,
            "roles": {
                role: getattr(contact, role).model_dump(mode="json")
                for role in ("customer_role", "supplier_role", "alternative_payer_role")
                if getattr(contact, role) is not None
            },
            "accounts": [_account_json(link) for link in accounts],
            "history": [
                {
                    "at": entry.at.isoformat(),
                    "origin": entry.origin,
                    "action": entry.action,
                    "changes": [change.text() for change in entry.changes],
                }
                for entry in history
            ],
            "tables": tables,
        }
        report = _report(contact, data)
        return PersonExport(contact_id, contact.name, data, vcard, report)

    def write_export(
        self, contact_id: str, folder: Path, pdf: PdfWriter | None = None
    ) -> PersonExport:
        """Write the export into ``folder`` (made if needed): ``<name>.json``, ``.vcf`` and,
        with ``pdf`` (the caller's renderer of the report), ``.pdf``; each file is written
        under a temporary name and renamed when complete."""
        exported = self.export(contact_id)
        folder.mkdir(parents=True, exist_ok=True)
        stem = _file_stem(exported.name, contact_id)
        json_path = folder / f"{stem}.json"
        vcf_path = folder / f"{stem}.vcf"
        _write(
            json_path, json.dumps(exported.data, indent=2, ensure_ascii=False, default=json_value)
        )
        _write(vcf_path, exported.vcard, newline="")
        exported.files.extend([json_path, vcf_path])
        if pdf is not None:
            pdf_path = folder / f"{stem}.pdf"
            partial = pdf_path.with_name(pdf_path.name + ".part")
            pdf(exported.report, partial)
            partial.replace(pdf_path)
            exported.files.append(pdf_path)
        return exported

    @staticmethod
    def _relationships(conn: Any, contact: AnyContact, names: Names) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if isinstance(contact, IndividualContact):
            for rel in contact.personal_relationships:
                found.append(
                    {
                        "direction": "own",
                        "type": rel.type,
                        "contact_id": rel.individual_contact,
                        "name": names(rel.individual_contact),
                    }
                )
            for pi in contact.professional_identities:
                found.append(
                    {
                        "direction": "works at",
                        "type": pi.job_title or "",
                        "contact_id": pi.organization_contact,
                        "name": names(pi.organization_contact),
                    }
                )
        rel_t = s.personal_relationships
        for row in conn.execute(
            select(rel_t.c.contact_id, rel_t.c.type).where(
                rel_t.c.related_contact_id == contact.id, rel_t.c.contact_id != contact.id
            )
        ):
            found.append(
                {
                    "direction": "of another person",
                    "type": row.type,
                    "contact_id": row.contact_id,
                    "name": names(row.contact_id),
                }
            )
        if isinstance(contact, OrganizationContact):
            pi_t = s.professional_identities
            for row in conn.execute(
                select(pi_t.c.contact_id, pi_t.c.job_title).where(
                    pi_t.c.organization_id == contact.id
                )
            ):
                found.append(
                    {
                        "direction": "works here",
                        "type": row.job_title or "",
                        "contact_id": row.contact_id,
                        "name": names(row.contact_id),
                    }
                )
        return found

    # --- erasure --------------------------------------------------------------------------

    def plan_erasure(self, contact_id: str) -> ErasurePlan:
        with self._db.reading() as conn:
            contact = UnitOfWork(conn).contacts.get(contact_id)
            if contact is None:
                raise PersonNotFoundError(_no_such_id(contact_id))
            links = AccountRepository(conn).links_of(contact_id)
            accounts = {a.id: a for a in AccountRepository(conn).all()}
            payer_of = conn.execute(
                select(func.count())
                .select_from(s.customer_roles)
                .where(s.customer_roles.c.alternative_payer_id == contact_id)
            ).scalar_one()
        reasons = _keep_reasons(contact, int(payer_of))
        linked: list[LinkedAccount] = []
        for link in links:
            account = accounts.get(link.account_id)
            if _read_only(account.type if account else link.type, contact.kind):
                linked.append(
                    LinkedAccount(
                        link.account,
                        link.remote_id,
                        True,  # nothing is sent there: the deletion here is not held up
                        translate(
                            "Privacy",
                            "read only here: Kontor neither deletes nor changes it there; "
                            "remove it there by hand if it should go",
                        ),
                        read_only=True,
                    )
                )
                continue
            can_delete = _can_delete(account.type if account else link.type, contact.kind)
            linked.append(
                LinkedAccount(
                    link.account,
                    link.remote_id,
                    can_delete,
                    translate("Privacy", "deleted there with the next sync")
                    if can_delete
                    else translate(
                        "Privacy",
                        "has no delete: the record there is anonymised with the next sync",
                    ),
                )
            )
        everywhere = all(a.can_delete for a in linked)
        suggested = ErasureMode.ANONYMISE if reasons or not everywhere else ErasureMode.DELETE
        return ErasurePlan(
            contact_id,
            contact.name,
            contact.kind,
            bool(reasons),
            "; ".join(reasons),
            accounting_rule(),
            tuple(linked),
            everywhere,
            suggested,
        )

    def erase(self, contact_id: str, mode: ErasureMode) -> ErasureResult:
        """Erase the person (see the module docstring).  Raises
        :class:`ErasureRefusedError` when ``mode`` cannot be done (a linked system has no
        delete, or people still work at the organization)."""
        plan = self.plan_erasure(contact_id)
        if mode is ErasureMode.DELETE and not plan.can_delete:
            names = ", ".join(a.account for a in plan.accounts if not a.can_delete)
            raise ErasureRefusedError(
                translate(
                    "Privacy",
                    "{accounts} cannot delete records: choose Anonymise, so the record is "
                    "anonymised there too.",
                ).format(accounts=names)
            )
        accounts = tuple(
            LinkedAccount(
                a.account,
                a.remote_id,
                a.can_delete,
                a.note
                if mode is ErasureMode.DELETE or a.read_only
                else translate("Privacy", "the anonymised record is sent with the next sync"),
                a.read_only,
            )
            for a in plan.accounts
        )
        with self._db.reading() as conn:
            contact = UnitOfWork(conn).contacts.get(contact_id)
            enfore_ids = [
                a.id
                for a in AccountRepository(conn).all()
                if a.type == "enfore" and a.id is not None
            ]
        assert contact is not None
        values = personal_values(contact)
        try:
            with unit_of_work(self._db) as uow:
                secure_delete(uow.connection, True)
                uow.journal.describe("erase", translate("Privacy", ERASURE_LABEL))
                if mode is ErasureMode.DELETE:
                    uow.contacts.purge(contact_id)
                else:
                    uow.contacts.save(anonymised(contact))
                dropped = self._history.forget_in(uow.connection, {contact_id})
                wiped = scrub_journal(uow.connection, contact_id, values)
                scrub_sync_state(
                    uow.connection,
                    contact_id,
                    values,
                    enfore_ids,
                    keep_base=mode is ErasureMode.ANONYMISE,
                )
                secure_delete(uow.connection, False)
        except ContactInUseError as exc:
            raise ErasureRefusedError(str(exc)) from exc
        compacted = compact(self._db)
        return ErasureResult(contact_id, mode, wiped, dropped, accounts, compacted)

    # --- retention ------------------------------------------------------------------------

    def retention_years(self) -> int:
        with self._db.reading() as conn:
            return retention_years(conn, DEFAULT_RETENTION_YEARS)

    def set_retention_years(self, years: int) -> None:
        if not 1 <= years <= 100:
            raise ValueError(
                translate("Privacy", "The retention period is a number of years from 1 to 100.")
            )
        with self._db.transaction() as conn:
            set_retention_years(conn, years)

    def retention(
        self, years: int | None = None, now: datetime | None = None
    ) -> list[RetentionCandidate]:
        """People not changed here nor by any linked system for ``years`` (the book's
        setting by default), the longest unchanged first."""
        years = years or self.retention_years()
        before = (now or datetime.now(UTC)) - timedelta(days=round(365.25 * years))
        with self._db.reading() as conn:
            return [RetentionCandidate(*row) for row in last_activity(conn, before)]

    def erase_many(
        self, contact_ids: Sequence[str], mode: ErasureMode
    ) -> tuple[list[ErasureResult], list[tuple[str, str]]]:
        """Erase each; returns the results and (contact id, why not) of those refused.  A
        record accounting needs is anonymised even when ``mode`` says delete."""
        done: list[ErasureResult] = []
        refused: list[tuple[str, str]] = []
        for contact_id in contact_ids:
            try:
                plan = self.plan_erasure(contact_id)
                chosen = mode if plan.suggested is ErasureMode.DELETE else ErasureMode.ANONYMISE
                done.append(self.erase(contact_id, chosen))
            except (ErasureRefusedError, PersonNotFoundError) as exc:
                refused.append((contact_id, str(exc)))
        return done, refused


# --- helpers -----------------------------------------------------------------------------


def personal_values(contact: AnyContact) -> list[str]:
    """The values that identify the person, to be wiped wherever they were copied."""
    values = [contact.name]
    owners: list[Any] = [contact]
    if isinstance(contact, IndividualContact):
        values += [contact.composed_name()]
        owners += contact.professional_identities
    for owner in owners:
        values += [e.address for e in owner.emails]
        for phone in owner.phones:
            values += [phone.number, phone.number.replace(" ", "")]
        for address in owner.addresses:
            values += [address.full_address, address.display()]
            street = " ".join(p for p in (address.street_name, address.street_number) if p)
            values.append(street)
        values += [w.url for w in owner.web_addresses]
    return [v for v in values if v and v.strip()]


def anonymised(contact: AnyContact) -> AnyContact:
    """The record kept for accounting: its numbers, roles and accounts, nothing personal."""
    label = f"Anonymised {contact.id[:8]}"
    common: dict[str, Any] = {
        "name": label,
        "addresses": [],
        "emails": [],
        "phones": [],
        "web_addresses": [],
        "images": [],
        "custom_fields": {},
        "vcard_properties": [],
        "internal_note": None,
        "extra": {},
    }
    if contact.customer_role is not None:
        role = contact.customer_role.model_copy(deep=True)
        for config in getattr(role, "delivery_and_invoicing_configurations", []) or []:
            for name in ("invoice_address_id", "delivery_address_id"):
                if hasattr(config, name):
                    setattr(config, name, None)
        common["customer_role"] = role
    if isinstance(contact, IndividualContact):
        common |= {
            "given_name": None,
            "family_name": None,
            "title": None,
            "title_suffix": None,
            "date_of_birth": None,
            "anniversary": None,
            "gender": None,
            "locale": None,
            "owner": None,
            "personal_relationships": [],
            "professional_identities": [
                pi.model_copy(
                    update={
                        "job_title": None,
                        "addresses": [],
                        "emails": [],
                        "phones": [],
                        "web_addresses": [],
                    }
                )
                for pi in contact.professional_identities
            ],
        }
    else:
        common |= {"representatives": [], "founders": [], "leaders": []}
    return contact.model_copy(update=common)


def _keep_reasons(contact: AnyContact, payer_of: int) -> list[str]:
    reasons: list[str] = []
    customer = contact.customer_role
    if customer is not None:
        reasons.append(
            translate("Privacy", "a customer (customer id {id})").format(id=customer.customer_id)
        )
    if contact.supplier_role is not None:
        reasons.append(
            translate("Privacy", "a supplier (supplier id {id})").format(
                id=contact.supplier_role.supplier_id
            )
        )
    if contact.alternative_payer_role is not None:
        reasons.append(translate("Privacy", "an alternative payer"))
    if payer_of:
        reasons.append(tr("the payer of %n customers", "", payer_of))
    return reasons


def _no_such_id(contact_id: str) -> str:
    return translate("Privacy", "No contact has the id “{id}”.").format(id=contact_id)


def _can_delete(account_type: str, kind: ContactKind) -> bool:
    try:
        capabilities = connector_for(account_type).capabilities
    except (KeyError, LookupError, ValueError):
        return True
    if kind.value not in capabilities.records:
        return True  # the system does not hold such records: nothing to delete there
    return capabilities.operations.delete


def _read_only(account_type: str, kind: ContactKind) -> bool:
    """Whether records of ``kind`` are only read from accounts of this type (Kanbert's
    companies: organizations here)."""
    try:
        connector = connector_for(account_type)
    except (KeyError, LookupError, ValueError):
        return False
    return getattr(connector, "related_kind", None) == kind.value


def _account_json(link: AccountLink) -> dict[str, Any]:
    return {
        "account": link.account,
        "type": link.type,
        "remote_id": link.remote_id,
        "synced_at": link.synced_at.isoformat() if link.synced_at else None,
    }


def _file_stem(name: str, contact_id: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
    return (safe or "contact")[:60] + f" ({contact_id[:8]})"


def _write(path: Path, content: str, newline: str | None = None) -> None:
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8", newline=newline) as out:
        out.write(content)
    partial.replace(path)


def _value_text(value: Any) -> str:
    if value is None or value in ("", [], {}):
        return ""
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value if _value_text(v))
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {_value_text(v)}" for k, v in value.items() if _value_text(v) and k != "id"
        )
    return str(value)


def _section(title: str, rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='k'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
        if v
    )
    if not cells:
        return ""
    return f"<h2>{html.escape(title)}</h2><table>{cells}</table>"


# The "direction" of a relationship in the export (a code in the JSON), in words.
_DIRECTIONS = {
    "own": QT_TRANSLATE_NOOP("Privacy", "own"),
    "works at": QT_TRANSLATE_NOOP("Privacy", "works at"),
    "of another person": QT_TRANSLATE_NOOP("Privacy", "of another person"),
    "works here": QT_TRANSLATE_NOOP("Privacy", "works here"),
}


def _report(contact: AnyContact, data: dict[str, Any]) -> str:
    """The export as a readable document (HTML for Qt's rich text)."""
    own = data["contact"]
    skip = {
        "id",
        "addresses",
        "emails",
        "phones",
        "web_addresses",
        "images",
        "tags",
        "professional_identities",
        "personal_relationships",
        "customer_role",
        "supplier_role",
        "alternative_payer_role",
        "departments",
        "locations",
        "memberships",
        "extra",
    }
    general = [(field_name(k), _value_text(v)) for k, v in own.items() if k not in skip]
    points: list[tuple[str, str]] = []
    for key, label in (
        ("emails", QT_TRANSLATE_NOOP("Privacy", "E-mail {n}")),
        ("phones", QT_TRANSLATE_NOOP("Privacy", "Phone {n}")),
        ("addresses", QT_TRANSLATE_NOOP("Privacy", "Address {n}")),
        ("web_addresses", QT_TRANSLATE_NOOP("Privacy", "Web {n}")),
    ):
        for n, item in enumerate(own.get(key) or [], start=1):
            main = item.get("address") or item.get("number") or item.get("url") or ""
            if key == "addresses":
                main = item.get("full_address") or _value_text(
                    {
                        k: item.get(k)
                        for k in ("street_name", "street_number", "zip", "city", "country_code")
                    }
                )
            points.append(
                (translate("Privacy", label).format(n=n), f"{main} ({item.get('type', '')})")
            )
    if contact.kind is ContactKind.INDIVIDUAL:
        intro = translate(
            "Privacy",
            "Everything Kontor holds about this person, exported {at} UTC. The JSON file beside "
            "this report has every stored field.",
        )
    else:
        intro = translate(
            "Privacy",
            "Everything Kontor holds about this organization, exported {at} UTC. The JSON file "
            "beside this report has every stored field.",
        )
    exported = data["exported_at"][:19].replace("T", " ")
    parts = [
        "<html><head><style>"
        "body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} h2{font-size:12pt;"
        "margin-top:14px} td{padding:2px 8px;vertical-align:top} td.k{color:#555}"
        "</style></head><body>",
        f"<h1>{html.escape(contact.name or translate('Privacy', 'Contact'))}</h1>",
        "<p>" + html.escape(intro.format(at=exported)) + "</p>",
        _section(translate("Privacy", "General"), general),
        _section(translate("Privacy", "Addresses, phones, e-mails, web"), points),
        _section(
            translate("Privacy", "Work and relationships"),
            [
                (
                    translate("Privacy", _DIRECTIONS.get(r["direction"], r["direction"])),
                    f"{r['name'] or r['contact_id']} {r['type']}".strip(),
                )
                for r in data["relationships"]
            ],
        ),
        _section(
            translate("Privacy", "Roles"),
            [(field_name(k), _value_text(v)) for k, v in data["roles"].items()],
        ),
        _section(
            translate("Privacy", "Customer lists"),
            [(str(n), entry["name"]) for n, entry in enumerate(data["customer_lists"], 1)],
        ),
        _section(
            translate("Privacy", "Tags"),
            [(str(n), t["name"]) for n, t in enumerate(own.get("tags") or [], 1)],
        ),
        _section(
            translate("Privacy", "Accounts holding this contact"),
            [
                (
                    a["account"],
                    translate("Privacy", "id {id}, last synced {synced}").format(
                        id=a["remote_id"] or translate("Privacy", "not sent yet"),
                        synced=a["synced_at"] or translate("Privacy", "never"),
                    ),
                )
                for a in data["accounts"]
            ],
        ),
        _section(
            translate("Privacy", "Pictures"),
            [
                (translate("Privacy", "Picture {n}").format(n=n), f"{i.get('media_type')}")
                for n, i in enumerate(own.get("images") or [], 1)
            ],
        ),
    ]
    history_rows = "".join(
        f"<tr><td class='k'>{html.escape(h['at'][:19].replace('T', ' '))}</td>"
        f"<td>{html.escape(h['origin'])}</td><td>{html.escape(translate('History', h['action']))}</td>"
        f"<td>{'<br>'.join(html.escape(c) for c in h['changes'])}</td></tr>"
        for h in data["history"]
    )
    if history_rows:
        heading = html.escape(translate("Privacy", "History"))
        parts.append(f"<h2>{heading}</h2><table>{history_rows}</table>")
    parts.append("</body></html>")
    return "".join(p for p in parts if p)


__all__ = [
    "ACCOUNTING_RULE",
    "DEFAULT_RETENTION_YEARS",
    "ErasureMode",
    "ErasurePlan",
    "ErasureRefusedError",
    "ErasureResult",
    "LinkedAccount",
    "PersonExport",
    "PersonNotFoundError",
    "Privacy",
    "RetentionCandidate",
    "anonymised",
    "personal_values",
]
