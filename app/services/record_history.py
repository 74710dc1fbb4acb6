"""The history of a record, and of the whole book, read from the change journal.

Every change the journal holds for a contact, a placeholder customer or a customer list is
shown as one entry per transaction: when, where it came from (typed here, an import, a merge,
a sync from which account, an undo or redo, a value restored from the history, an erasure)
and each field's old and new value in words ("Phone 2: +32 470 … → +32 471 …").

:meth:`RecordHistory.restore_value` puts an old value back as a new edit: it goes through the
edit history, so it is journaled like any save and can itself be undone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from app.domain.changes import Op
from app.domain.models import AnyContact, Contact, CustomerList, PlaceholderCustomer
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import SaveResult
from app.services.field_names import field_name, field_part
from app.services.history import EditHistory
from app.services.outcome import Outcome
from app.store.accounts import AccountRepository
from app.store.database import Database
from app.store.journal import (
    JournalEntry,
    entries_page,
    origins_of,
    record_names,
    sources_of,
    sync_accounts_at,
)
from app.store.unit_of_work import UnitOfWork

_CONTACT: TypeAdapter[AnyContact] = TypeAdapter(Contact)
_Record = TypeVar("_Record", PlaceholderCustomer, CustomerList)

# Entities shown with a number ("Phone 2"): entity -> (label with its number, label without,
# group for the field filter).
_NUMBERED = {
    "email": (
        QT_TRANSLATE_NOOP("Fields", "E-mail {n}"),
        QT_TRANSLATE_NOOP("Fields", "E-mail"),
        QT_TRANSLATE_NOOP("History", "E-mails"),
    ),
    "phone": (
        QT_TRANSLATE_NOOP("Fields", "Phone {n}"),
        QT_TRANSLATE_NOOP("Fields", "Phone"),
        QT_TRANSLATE_NOOP("History", "Phones"),
    ),
    "address": (
        QT_TRANSLATE_NOOP("Fields", "Address {n}"),
        QT_TRANSLATE_NOOP("Fields", "Address"),
        QT_TRANSLATE_NOOP("History", "Addresses"),
    ),
    "web_address": (
        QT_TRANSLATE_NOOP("Fields", "Web address {n}"),
        QT_TRANSLATE_NOOP("Fields", "Web address"),
        QT_TRANSLATE_NOOP("History", "Web addresses"),
    ),
    "professional_identity": (
        QT_TRANSLATE_NOOP("Fields", "Work {n}"),
        QT_TRANSLATE_NOOP("Fields", "Work"),
        QT_TRANSLATE_NOOP("History", "Work"),
    ),
    "personal_relationship": (
        QT_TRANSLATE_NOOP("Fields", "Relationship {n}"),
        QT_TRANSLATE_NOOP("Fields", "Relationship"),
        QT_TRANSLATE_NOOP("History", "Relationships"),
    ),
    "department": (
        QT_TRANSLATE_NOOP("Fields", "Department {n}"),
        QT_TRANSLATE_NOOP("Fields", "Department"),
        QT_TRANSLATE_NOOP("History", "Departments"),
    ),
    "location": (
        QT_TRANSLATE_NOOP("Fields", "Location {n}"),
        QT_TRANSLATE_NOOP("Fields", "Location"),
        QT_TRANSLATE_NOOP("History", "Locations"),
    ),
    "membership": (
        QT_TRANSLATE_NOOP("Fields", "Membership {n}"),
        QT_TRANSLATE_NOOP("Fields", "Membership"),
        QT_TRANSLATE_NOOP("History", "Memberships"),
    ),
    "image": (
        QT_TRANSLATE_NOOP("Fields", "Picture {n}"),
        QT_TRANSLATE_NOOP("Fields", "Picture"),
        QT_TRANSLATE_NOOP("History", "Pictures"),
    ),
}
_SINGLE = {
    "customer_role": QT_TRANSLATE_NOOP("Fields", "Customer role"),
    "supplier_role": QT_TRANSLATE_NOOP("Fields", "Supplier role"),
    "alternative_payer_role": QT_TRANSLATE_NOOP("Fields", "Alternative payer role"),
    "external_id_mapping": QT_TRANSLATE_NOOP("Fields", "External id"),
}
# The field that is the entity's value: "Phone 2" rather than "Phone 2 number".
_MAIN_FIELD = {
    "email": "address",
    "phone": "number",
    "address": "full_address",
    "web_address": "url",
    "professional_identity": "job_title",
    "personal_relationship": "individual_contact",
    "department": "name",
    "location": "name",
    "membership": "name",
    "image": "sha256",
}
# Child lists of a contact, to find an entity by id for "Restore this value".
_LISTS = {
    "email": "emails",
    "phone": "phones",
    "address": "addresses",
    "web_address": "web_addresses",
    "professional_identity": "professional_identities",
    "personal_relationship": "personal_relationships",
    "department": "departments",
    "location": "locations",
    "membership": "memberships",
}
_CONTACT_POINTS = ("email", "phone", "address", "web_address")
# Bookkeeping that says nothing to the user.
_CREATE_NOISE = frozenset({"kind", "created_at", "remote_deleted"})
_HIDDEN_FIELDS = frozenset({"position", "owner", "remote_id", "extra", "size", "search_rowid"})
_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "date_of_birth": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "title_suffix": QT_TRANSLATE_NOOP("Fields", "Title suffix"),
    "external_id": QT_TRANSLATE_NOOP("Fields", "External id"),
    "internal_note": QT_TRANSLATE_NOOP("Fields", "Internal note"),
    "custom_fields": QT_TRANSLATE_NOOP("Fields", "Custom fields"),
    "vcard_properties": QT_TRANSLATE_NOOP("Fields", "Other vCard properties"),
    "deleted_at": QT_TRANSLATE_NOOP("Fields", "In the trash since"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Created"),
    "vat_number": QT_TRANSLATE_NOOP("Fields", "VAT number"),
    "company_registration_number": QT_TRANSLATE_NOOP("Fields", "Company registration number"),
    "uid": QT_TRANSLATE_NOOP("Fields", "UID"),
    "zvr": QT_TRANSLATE_NOOP("Fields", "ZVR"),
    "dvr": QT_TRANSLATE_NOOP("Fields", "DVR"),
    "usage_context": QT_TRANSLATE_NOOP("Fields", "Used for"),
    "job_title": QT_TRANSLATE_NOOP("Fields", "Job title"),
    "organization_contact": QT_TRANSLATE_NOOP("Fields", "Organization"),
    "individual_contact": QT_TRANSLATE_NOOP("Fields", "Person"),
    "customer_id": QT_TRANSLATE_NOOP("Fields", "Customer id"),
    "is_active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "member_ids": QT_TRANSLATE_NOOP("Fields", "Members"),
    "full_address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "zip": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "country_code": QT_TRANSLATE_NOOP("Fields", "Country"),
    "remote_deleted": QT_TRANSLATE_NOOP("Fields", "Deleted on the server"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "Picture"),
}
_SOURCE_TEXT = {
    "edit": QT_TRANSLATE_NOOP("History", "Typed here"),
    "import": QT_TRANSLATE_NOOP("History", "Import"),
    "merge": QT_TRANSLATE_NOOP("History", "Merge"),
    "undo": QT_TRANSLATE_NOOP("History", "Undo"),
    "redo": QT_TRANSLATE_NOOP("History", "Redo"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored from the history"),
    "erase": QT_TRANSLATE_NOOP("History", "Erased (privacy request)"),
    "sync": QT_TRANSLATE_NOOP("History", "Sync"),
    "demo": QT_TRANSLATE_NOOP("History", "Demo data"),
}
_ACTION_WORDS = {
    "Created": QT_TRANSLATE_NOOP("History", "Created"),
    "Changed": QT_TRANSLATE_NOOP("History", "Changed"),
    "Deleted": QT_TRANSLATE_NOOP("History", "Deleted"),
}
MAX_VALUE_CHARS = 80


@dataclass(frozen=True)
class FieldChange:
    """One field of one entry: its label in words, old and new value in words and as stored."""

    label: str
    group: str
    old: str
    new: str
    entity: str
    entity_id: str
    field: str
    old_value: Any
    new_value: Any

    def text(self) -> str:
        return translate("History", "{field}: {old} → {new}").format(
            field=self.label, old=self.old, new=self.new
        )


@dataclass(frozen=True)
class HistoryEntry:
    """Everything one transaction changed on one record."""

    txn_id: str
    seq: int
    at: datetime
    aggregate: str
    record_id: str
    record_name: str
    source: str  # edit, import, merge, sync, undo, redo, restore, erase, demo
    origin: str  # where it came from, in words ("Sync from enfore", "Import of “a.vcf” …")
    action: str  # Created, Changed, Deleted (a code; action_words says it in words)
    changes: tuple[FieldChange, ...]

    def groups(self) -> set[str]:
        return {c.group for c in self.changes}

    @property
    def action_words(self) -> str:
        """``action`` in the user's language."""
        return translate("History", _ACTION_WORDS.get(self.action, self.action))


class RestoreRefusedError(Exception):
    """The value cannot be put back; the message says why, in the user's words."""


def words(value: Any) -> str:
    """A stored value as the user reads it (shortened when long)."""
    if value is None or value == "" or value == [] or value == {}:
        text = translate("History", "(empty)")
    elif isinstance(value, bool):
        text = translate("History", "yes") if value else translate("History", "no")
    elif isinstance(value, list):
        text = ", ".join(words(v) for v in value)
    elif isinstance(value, dict):
        parts = [f"{k}: {words(v)}" for k, v in value.items() if v not in (None, "", [], {})]
        text = "; ".join(parts) or translate("History", "(empty)")
    else:
        text = str(value)
    text = " ".join(text.split())
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1].rstrip() + "…"
    return text


def field_label(field: str) -> str:
    known = _FIELD_LABELS.get(field)
    if known:
        return translate("Fields", known)
    return field_name(field)


def _part_label(prefix: str, field: str) -> str:
    """``"Phone 2"`` and ``"type"``: ``"Phone 2 type"`` (the field's name in lower case unless
    a translation says how to write it)."""
    known = _FIELD_LABELS.get(field)
    if known is None:
        part = field_part(field)
    else:
        part = translate("Fields", known)
        part = part.lower() if part == known else part
    return translate("Fields", "{label} {part}").format(label=prefix, part=part)


class RecordHistory:
    """Reads the journal as history and puts old values back."""

    def __init__(self, db: Database, history: EditHistory) -> None:
        self._db = db
        self._history = history

    # --- reading --------------------------------------------------------------------------

    def of_record(self, record_id: str, limit: int = 2000) -> list[HistoryEntry]:
        """The history of one contact, placeholder customer or customer list, newest first."""
        with self._db.reading() as conn:
            entries = entries_page(conn, aggregate_id=record_id, limit=limit)
            return self._entries(conn, entries, self._positions(conn, record_id, entries))

    def recent(self, limit: int = 200, before_seq: int | None = None) -> list[HistoryEntry]:
        """The book's latest changes, newest first; ``before_seq`` pages further back."""
        with self._db.reading() as conn:
            entries = entries_page(conn, before_seq=before_seq, limit=limit)
            return self._entries(conn, entries, {})

    @staticmethod
    def groups(entries: Sequence[HistoryEntry]) -> list[str]:
        """The field groups found in ``entries``, for the filter."""
        return sorted({g for entry in entries for g in entry.groups()})

    @staticmethod
    def filtered(entries: Sequence[HistoryEntry], group: str | None) -> list[HistoryEntry]:
        """The entries that changed a field of ``group`` (every entry for ``None``), each
        with only those fields."""
        if not group:
            return list(entries)
        kept: list[HistoryEntry] = []
        for entry in entries:
            changes = tuple(c for c in entry.changes if c.group == group)
            if changes:
                kept.append(
                    HistoryEntry(
                        entry.txn_id,
                        entry.seq,
                        entry.at,
                        entry.aggregate,
                        entry.record_id,
                        entry.record_name,
                        entry.source,
                        entry.origin,
                        entry.action,
                        changes,
                    )
                )
        return kept

    def _positions(
        self, conn: Any, record_id: str, entries: Sequence[JournalEntry]
    ) -> dict[str, int]:
        """entity id -> its number (1-based) among its kind: as it is now, else as it was."""
        positions: dict[str, int] = {}
        for entry in reversed(entries):  # oldest first: later positions win
            position = entry.changes.get("position")
            if position is not None and isinstance(position[1], int):
                positions[entry.entity_id] = position[1] + 1
        contact = UnitOfWork(conn).contacts.get(record_id)
        if contact is not None:
            data = contact.model_dump(mode="json")
            for list_name in _LISTS.values():
                for index, item in enumerate(data.get(list_name) or []):
                    positions[item["id"]] = index + 1
                    for inner in ("emails", "phones", "addresses", "web_addresses"):
                        for j, point in enumerate(item.get(inner) or []):
                            positions[point["id"]] = j + 1
        return positions

    def _entries(
        self, conn: Any, entries: Sequence[JournalEntry], positions: Mapping[str, int]
    ) -> list[HistoryEntry]:
        if not entries:
            return []
        sources = sources_of(conn, [e.txn_id for e in entries])
        origins = origins_of(conn, [e.seq for e in entries])
        synced = [e.at for e in entries if origins.get(e.seq) == "sync"]
        accounts_at = sync_accounts_at(conn, synced)
        account_names = {a.id: a.name for a in AccountRepository(conn).all()}
        names = record_names(conn, list({e.aggregate_id for e in entries}))
        grouped: dict[tuple[str, str], list[JournalEntry]] = {}
        for entry in entries:
            grouped.setdefault((entry.txn_id, entry.aggregate_id), []).append(entry)
        result: list[HistoryEntry] = []
        for (txn_id, record_id), group in grouped.items():
            group.sort(key=lambda e: e.seq)
            first = group[0]
            described = sources.get(txn_id)
            if described is not None:
                source = described.source
                origin = _origin(source, described.label)
            elif origins.get(first.seq) == "sync":
                source = "sync"
                account_id = accounts_at.get(first.at)
                account = account_names.get(account_id) if account_id is not None else None
                if account:
                    origin = translate("History", "Sync from {account}").format(account=account)
                else:
                    origin = translate("History", _SOURCE_TEXT["sync"])
            else:
                source, origin = "edit", translate("History", _SOURCE_TEXT["edit"])
            root = [e for e in group if e.entity in (first.aggregate, "contact")]
            if root and root[0].op is Op.CREATE:
                action = "Created"
            elif root and root[0].op is Op.DELETE:
                action = "Deleted"
            else:
                action = "Changed"
            changes = tuple(c for e in group for c in _field_changes(e, positions))
            name = names.get(record_id) or _name_in(group) or record_id
            result.append(
                HistoryEntry(
                    txn_id,
                    group[-1].seq,
                    first.at,
                    first.aggregate,
                    record_id,
                    name,
                    source,
                    origin,
                    action,
                    changes,
                )
            )
        result.sort(key=lambda h: h.seq, reverse=True)
        return result

    # --- restoring ------------------------------------------------------------------------

    def restore_value(
        self, record_id: str, change: FieldChange, use_old: bool = True
    ) -> SaveResult | Outcome[PlaceholderCustomer] | Outcome[CustomerList]:
        """Put the field's old value (or with ``use_old=False`` its new one) back on the
        contact, placeholder customer or customer list as a new edit, undoable like any
        other.  Raises :class:`RestoreRefusedError` when the value has nowhere to go any
        more.  A contact's save answers with a ``SaveResult``, the others with an
        ``Outcome`` (``value`` is ``None`` when the value was refused, with the problems)."""
        value = change.old_value if use_old else change.new_value
        if change.entity == "placeholder_customer":
            return self._restore_placeholder(record_id, change, value)
        if change.entity == "customer_list":
            return self._restore_list(record_id, change, value)
        with self._db.reading() as conn:
            contact = UnitOfWork(conn).contacts.get(record_id)
        if contact is None:
            raise RestoreRefusedError(translate("History", "The contact is not there any more."))
        data = contact.model_dump(mode="json")
        target = _find(data, change.entity, change.entity_id, record_id)
        if target is None:
            if change.entity in _CONTACT_POINTS and change.field == _MAIN_FIELD[change.entity]:
                target = self._readd(data, change.entity, change.entity_id)
            if target is None:
                raise RestoreRefusedError(
                    translate(
                        "History",
                        "“{field}” is not on the contact any more; the value cannot be put back.",
                    ).format(field=change.label)
                )
        if change.field not in target:
            raise RestoreRefusedError(
                translate("History", "“{field}” cannot be restored from the history.").format(
                    field=change.label
                )
            )
        target[change.field] = value
        try:
            draft = _CONTACT.validate_python(data)
        except ValidationError as exc:
            raise RestoreRefusedError(
                translate(
                    "History",
                    "The old value of “{field}” does not fit the contact any more: {error}",
                ).format(field=change.label, error=exc.errors()[0].get("msg", exc))
            ) from exc
        description = translate("History", "restoring {field} of “{name}”").format(
            field=change.label, name=contact.name.strip() or translate("History", "no name")
        )
        return self._history.save(draft, source="restore", description=description)

    def _restore_placeholder(
        self, record_id: str, change: FieldChange, value: Any
    ) -> Outcome[PlaceholderCustomer]:
        from app.services.placeholders import PlaceholderCustomers

        with self._db.reading() as conn:
            found = UnitOfWork(conn).placeholder_customers.get(record_id)
        if found is None or change.entity_id != record_id:
            raise RestoreRefusedError(
                translate("History", "The placeholder customer is not there any more.")
            )
        draft = self._changed(found, change, value, PlaceholderCustomer)
        description = translate("History", "restoring {field} of “{name}”").format(
            field=change.label, name=found.name.strip() or translate("History", "no name")
        )
        service = PlaceholderCustomers(self._db, self._history)
        return service.save(draft, source="restore", description=description)

    def _restore_list(
        self, record_id: str, change: FieldChange, value: Any
    ) -> Outcome[CustomerList]:
        from app.services.customer_lists import CustomerLists

        with self._db.reading() as conn:
            found = UnitOfWork(conn).customer_lists.get(record_id)
        if found is None or change.entity_id != record_id:
            raise RestoreRefusedError(
                translate("History", "The customer list is not there any more.")
            )
        draft = self._changed(found, change, value, CustomerList)
        description = translate("History", "restoring {field} of “{name}”").format(
            field=change.label, name=found.name.strip() or translate("History", "no name")
        )
        service = CustomerLists(self._db, self._history)
        return service.replace(draft, source="restore", description=description)

    @staticmethod
    def _changed(found: _Record, change: FieldChange, value: Any, kind: type[_Record]) -> _Record:
        """``found`` with ``change.field`` set to ``value`` (validated like a stored record)."""
        data = found.model_dump(mode="json")
        if change.field not in data or change.field in ("id", "created_at", "updated_at"):
            raise RestoreRefusedError(
                translate("History", "“{field}” cannot be restored from the history.").format(
                    field=change.label
                )
            )
        data[change.field] = value
        try:
            return kind.model_validate(data)
        except ValidationError as exc:
            raise RestoreRefusedError(
                translate(
                    "History",
                    "The old value of “{field}” does not fit the record any more: {error}",
                ).format(field=change.label, error=exc.errors()[0].get("msg", exc))
            ) from exc

    def _readd(self, data: dict[str, Any], entity: str, entity_id: str) -> dict[str, Any] | None:
        """A deleted contact point made again from the fields its deletion recorded."""
        with self._db.reading() as conn:
            found = [
                e
                for e in entries_page(conn, aggregate_id=data["id"], limit=5000)
                if e.entity_id == entity_id and e.op is Op.DELETE
            ]
        if not found:
            return None
        fields = {f: old for f, (old, _new) in found[0].changes.items()}
        owner = fields.pop("owner", data["id"])
        fields.pop("position", None)
        fields["id"] = entity_id
        holder = data
        if owner != data["id"]:
            holder = next(
                (pi for pi in data.get("professional_identities") or [] if pi["id"] == owner),
                data,
            )
        holder.setdefault(_LISTS[entity], []).append(fields)
        return fields


def _origin(source: str, label: str) -> str:
    if source in ("import", "merge", "undo", "redo", "restore") and label:
        return label[:1].upper() + label[1:]
    if source == "edit":
        return translate("History", _SOURCE_TEXT["edit"])
    known = _SOURCE_TEXT.get(source)
    return translate("History", known) if known else source.capitalize()


def _name_in(group: Sequence[JournalEntry]) -> str | None:
    for entry in group:
        value = entry.changes.get("name")
        if value is not None:
            return str(value[1] or value[0] or "") or None
    return None


def _field_changes(entry: JournalEntry, positions: Mapping[str, int]) -> list[FieldChange]:
    entity = entry.entity
    if entity in _NUMBERED:
        numbered, base, group = _NUMBERED[entity]
        group = translate("History", group)
        number = positions.get(entry.entity_id)
        position = entry.changes.get("position")
        if number is None and position is not None:
            raw = position[1] if position[1] is not None else position[0]
            number = raw + 1 if isinstance(raw, int) else None
        if number:
            prefix = translate("Fields", numbered).format(n=number)
        else:
            prefix = translate("Fields", base)
    elif entity in _SINGLE:
        prefix = group = translate("Fields", _SINGLE[entity])
    elif entity == "contact_tag":
        name = entry.changes.get("name")
        tag = (name[1] or name[0]) if name else ""
        if tag:
            prefix = translate("History", "Tag “{tag}”").format(tag=tag)
        else:
            prefix = translate("History", "Tag")
        group = translate("History", "Tags")
        added = translate("History", "added")
        given = translate("History", "given")
        value = {Op.CREATE: (None, added), Op.DELETE: (given, None)}.get(entry.op)
        if value is not None:
            return [
                FieldChange(
                    prefix,
                    group,
                    words(value[0]),
                    words(value[1]),
                    entity,
                    entry.entity_id,
                    "name",
                    value[0],
                    value[1],
                )
            ]
    else:
        prefix, group = "", ""
    found: list[FieldChange] = []
    main = _MAIN_FIELD.get(entity)
    whole = entry.op is not Op.UPDATE
    for field, (old, new) in entry.changes.items():
        if field in _HIDDEN_FIELDS or words(old) == words(new):
            continue
        if whole and entity == "contact" and field in _CREATE_NOISE:
            continue
        if whole and main is not None and main in entry.changes and field != main:
            continue  # a phone added or removed: its number says it
        if prefix and field == _MAIN_FIELD.get(entity):
            label = prefix
        elif prefix:
            label = _part_label(prefix, field)
        else:
            label = field_label(field)
        found.append(
            FieldChange(
                label,
                group or field_label(field),
                words(old),
                words(new),
                entity,
                entry.entity_id,
                field,
                old,
                new,
            )
        )
    return found


def _find(data: dict[str, Any], entity: str, entity_id: str, record_id: str) -> Any:
    """The JSON of the entity ``entity_id`` inside the contact's JSON, or ``None``."""
    if entity == "contact":
        return data if entity_id == record_id else None
    if entity in _SINGLE:
        role = data.get(entity)
        return role if isinstance(role, dict) else None
    list_name = _LISTS.get(entity)
    if list_name is None:
        return None
    holders = [data, *(data.get("professional_identities") or [])]
    for holder in holders:
        for item in holder.get(list_name) or []:
            if item.get("id") == entity_id:
                return item
    return None


__all__ = [
    "FieldChange",
    "HistoryEntry",
    "RecordHistory",
    "RestoreRefusedError",
    "field_label",
    "words",
]
