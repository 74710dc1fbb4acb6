"""Undo and redo of the user's actions on contacts, customer lists and placeholder customers.

Every action the user takes on contacts (save, trash, restore, delete for good, emptying the
trash, tagging many) goes through :class:`EditHistory`: it performs the action through the
store, in one transaction, and records a step holding the state of each contact before and
after.  Changes of customer lists and placeholder customers are steps of the same history
(:meth:`EditHistory.batch`), so one Undo takes back whatever was done last.  Undo writes the before-states back, redo the after-states; both are ordinary journaled
writes, so sync pushes them like any edit.

A step is only undone (or redone) when the stored contacts are still exactly in the state the
step left them in (bookkeeping timestamps aside).  Anything else changed them since — a later
action outside this history, a sync — and undo refuses with :class:`UndoConflictError` rather
than overwrite that change; the step is then dropped from the history.

The history is kept in memory (at most ``limit`` steps) and is safe to use from worker
threads.  Each step is also stored with its transaction (``journal_transactions``), in the same
transaction as the action, so the last ``limit`` steps — undo and redo alike — are there again
after a restart; a step of more than :data:`MAX_STORED_CONTACTS` contacts (a large import)
stays in memory only.  Every transaction the history writes says where it came from (an edit
made here, an import, a merge, an undo or redo, a restored value) for the record's history.
"""

from __future__ import annotations

import json
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from app.domain.changes import EntityChange, Op, diff, flatten_contact, flatten_placeholder
from app.domain.enums import ContactKind
from app.domain.models import AnyContact, Contact, CustomerList, PlaceholderCustomer, Tag
from app.i18n import translate
from app.services.contacts import ContactEditing, SaveResult
from app.store import schema as s
from app.store.bulk import bulk_insert
from app.store.bulk_contacts import fingerprints_of_writes
from app.store.contacts import AGGREGATE as CONTACT_AGGREGATE
from app.store.contacts import ContactInUseError, ContactNotFoundError, PurgedContact
from app.store.database import Database
from app.store.journal import (
    drop_steps,
    load_step,
    move_step,
    save_step,
    steps_naming,
    stored_steps,
    trim_steps,
)
from app.store.listing import ContactListing, ContactQuery
from app.store.snapshots import (
    ContactRows,
    delete_contacts,
    existing,
    fingerprints,
    insert_rows,
    organization_ids,
    outside_references,
    read_rows,
)
from app.store.unit_of_work import UnitOfWork, unit_of_work

DEFAULT_LIMIT = 100
T = TypeVar("T")
# Emptying a trash of more contacts than this is not recorded (it would hold them all).
MAX_CONTACTS_PER_STEP = 1000
# Steps touching more contacts than this are not stored (they stay undoable until the app quits).
MAX_STORED_CONTACTS = 1000
_CONTACT: TypeAdapter[AnyContact] = TypeAdapter(Contact)


class HistoryError(Exception):
    """Undo or redo could not be done; the message says why, in the user's words."""


class NothingToUndoError(HistoryError):
    pass


class NothingToRedoError(HistoryError):
    pass


class UndoRefusedError(HistoryError):
    """The step cannot be applied now (e.g. people still work at an organization); it stays."""


class UndoConflictError(UndoRefusedError):
    """A contact changed since the step: applying it would overwrite that change.

    The step can never be applied again and has been removed from the history.
    """

    def __init__(self, message: str, contact_id: str) -> None:
        super().__init__(message)
        self.contact_id = contact_id


@dataclass(frozen=True)
class ContactChange:
    """One contact's state before and after a step; ``None`` where it did not exist."""

    contact_id: str
    before: AnyContact | None
    after: AnyContact | None


@dataclass(frozen=True)
class Applied:
    """What an undo or redo did: for the status bar and for refreshing the rows."""

    description: str
    contact_ids: tuple[str, ...]
    txn_id: str


@dataclass(frozen=True)
class EmptiedTrash:
    purged: tuple[str, ...]
    # (contact id, why it was kept) for contacts that could not be deleted for good.
    kept: tuple[tuple[str, str], ...]
    undoable: bool


def record_step(
    db: Database,
    history: EditHistory | None,
    description: Callable[[], str],
    action: Callable[[UnitOfWork], T],
    source: str = "edit",
    *,
    list_ids: Iterable[str] = (),
    placeholder_ids: Iterable[str] = (),
) -> T:
    """Run ``action`` in one transaction; a step of ``history`` (recorded only if it changed
    the customer lists or placeholder customers named) when there is one."""
    if history is None:
        with unit_of_work(db) as uow:
            return action(uow)
    return history.batch(
        description(),
        (),
        list_ids,
        action,
        source,
        placeholder_ids=placeholder_ids,
        only_if_changed=True,
    )


def same_state(a: AnyContact | None, b: AnyContact | None) -> bool:
    """Whether two states of a contact are the same, bookkeeping timestamps aside."""
    if a is None or b is None:
        return a is None and b is None
    return a.kind == b.kind and not diff(flatten_contact(a), flatten_contact(b))


def _quoted(name: str) -> str:
    return translate("History", "“{name}”").format(
        name=name.strip() or translate("History", "no name")
    )


def _cannot(description: str, done: str, reason: str) -> str:
    """ "“<step>” cannot be undone: <reason>" (``done`` is ``"undone"`` or ``"redone"``)."""
    if done == "undone":
        text = translate("History", "“{action}” cannot be undone: {reason}")
    else:
        text = translate("History", "“{action}” cannot be redone: {reason}")
    return text.format(action=description, reason=reason)


def _changed_since(description: str, done: str, name: str) -> str:
    return _cannot(
        description,
        done,
        translate(
            "History",
            "{name} was changed since (by a later edit or a sync), and that change would be "
            "lost. The step has been removed from the history.",
        ).format(name=_quoted(name)),
    )


# --- steps ----------------------------------------------------------------------------------


class _Step(ABC):
    description: str

    @property
    @abstractmethod
    def contact_ids(self) -> tuple[str, ...]: ...

    @abstractmethod
    def undo(self, uow: UnitOfWork) -> None: ...

    @abstractmethod
    def redo(self, uow: UnitOfWork) -> None: ...


@dataclass(frozen=True)
class _ContactStep(_Step):
    """Whole-contact states before and after, in the order the action wrote them."""

    description: str
    changes: tuple[ContactChange, ...]
    # Customer lists a purged contact was taken out of: (contact id, list ids).
    memberships: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def contact_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.contact_id for c in self.changes))

    def undo(self, uow: UnitOfWork) -> None:
        self._check(uow, [(c.contact_id, c.after) for c in self.changes], "undone")
        writes = [(c.contact_id, c.after, c.before) for c in reversed(self.changes)]
        for contact_id, _, state in _losers_first(writes):
            _write_state(uow, contact_id, state)
        for contact_id, list_ids in self.memberships:
            for list_id in list_ids:
                found = uow.customer_lists.get(list_id)
                if found is not None and contact_id not in found.member_ids:
                    members = [*found.member_ids, contact_id]
                    uow.customer_lists.save(found.model_copy(update={"member_ids": members}))

    def redo(self, uow: UnitOfWork) -> None:
        self._check(uow, [(c.contact_id, c.before) for c in self.changes], "redone")
        writes = [(c.contact_id, c.before, c.after) for c in self.changes]
        for contact_id, _, state in _losers_first(writes):
            _write_state(uow, contact_id, state)

    def _check(
        self, uow: UnitOfWork, expected: Sequence[tuple[str, AnyContact | None]], done: str
    ) -> None:
        currents = uow.contacts.get_many([contact_id for contact_id, _ in expected])
        for contact_id, state in expected:
            current = currents.get(contact_id)
            if not same_state(current, state):
                known = current or state
                name = known.name if known is not None else contact_id
                raise UndoConflictError(
                    _changed_since(self.description, done, name),
                    contact_id,
                )


def _parts(state: AnyContact | None) -> set[tuple[str, str]]:
    """The entities a contact state owns (its addresses, phones, identities, …)."""
    if state is None:
        return set()
    return {key for key in flatten_contact(state) if key[0] not in _OWN_KEYS}


_OWN_KEYS = frozenset({"contact", "customer_role", "supplier_role", "alternative_payer_role"})

Write = tuple[str, AnyContact | None, AnyContact | None]


def _losers_first(writes: Sequence[Write]) -> list[Write]:
    """``writes`` (contact id, current state, state to write) with the contacts that give
    entities to another contact of the step first: written the other way round, the gaining
    contact's save would move the rows over and the losing contact's journal would never
    record that they left it (nor would sync send it)."""
    arriving = [_parts(target) - _parts(current) for _, current, target in writes]
    first: list[Write] = []
    rest: list[Write] = []
    for index, (contact_id, current, target) in enumerate(writes):
        leaving = _parts(current) - _parts(target)
        others = set().union(*(a for i, a in enumerate(arriving) if i != index))
        (first if leaving & others else rest).append((contact_id, current, target))
    return first + rest


def _write_state(uow: UnitOfWork, contact_id: str, state: AnyContact | None) -> None:
    try:
        if state is None:
            if uow.contacts.exists(contact_id):
                uow.contacts.purge(contact_id)
        else:
            uow.contacts.save(state)
    except ContactInUseError as exc:
        raise UndoRefusedError(str(exc)) from exc


@dataclass(frozen=True)
class _TagStep(_Step):
    """A tag given to (or taken from) many contacts; only the tag's presence is checked."""

    description: str
    tag: Tag
    # contact id -> the position the tag had (taken away) or was given at (given).
    positions: tuple[tuple[str, int], ...]
    given: bool

    @property
    def contact_ids(self) -> tuple[str, ...]:
        return tuple(cid for cid, _ in self.positions)

    def undo(self, uow: UnitOfWork) -> None:
        self._apply(uow, give=not self.given, done="undone")

    def redo(self, uow: UnitOfWork) -> None:
        self._apply(uow, give=self.given, done="redone")

    def _apply(self, uow: UnitOfWork, give: bool, done: str) -> None:
        tagged = set(uow.contacts.tagged(self.tag.id))
        for contact_id in self.contact_ids:
            if (contact_id in tagged) == give or not uow.contacts.exists(contact_id):
                contact = uow.contacts.get(contact_id)
                name = contact.name if contact else contact_id
                raise UndoConflictError(
                    _cannot(
                        self.description,
                        done,
                        translate(
                            "History",
                            "the tags of {name} were changed since. The step has been removed "
                            "from the history.",
                        ).format(name=_quoted(name)),
                    ),
                    contact_id,
                )
        if give:
            uow.contacts.tag_contacts(self.contact_ids, self.tag, dict(self.positions))
        else:
            uow.contacts.untag_contacts(self.contact_ids, self.tag.id)


@dataclass(frozen=True)
class _BatchStep(_ContactStep):
    """Many contacts and customer lists changed together (a merge of duplicates), or a
    customer list or placeholder customer changed on its own.

    A list or placeholder customer the step created has ``None`` as its state before: undo
    moves it to the trash (they are only ever deleted softly), and redo finds it there."""

    # (list id, before, after) of the customer lists the step changed.
    lists: tuple[tuple[str, CustomerList | None, CustomerList | None], ...] = ()
    # (id, before, after) of the placeholder customers the step changed.
    placeholders: tuple[
        tuple[str, PlaceholderCustomer | None, PlaceholderCustomer | None], ...
    ] = ()

    def undo(self, uow: UnitOfWork) -> None:
        self._check_lists(uow, [(lid, after) for lid, _, after in self.lists], "undone")
        self._check_placeholders(uow, [(pid, a) for pid, _, a in self.placeholders], "undone")
        super().undo(uow)
        for list_id, before, _ in self.lists:
            _write_list(uow, list_id, before)
        for customer_id, holder_before, _ in self.placeholders:
            _write_placeholder(uow, customer_id, holder_before)

    def redo(self, uow: UnitOfWork) -> None:
        self._check_lists(uow, [(lid, before) for lid, before, _ in self.lists], "redone")
        self._check_placeholders(uow, [(pid, b) for pid, b, _ in self.placeholders], "redone")
        super().redo(uow)
        for list_id, _, after in self.lists:
            _write_list(uow, list_id, after)
        for customer_id, _, holder_after in self.placeholders:
            _write_placeholder(uow, customer_id, holder_after)

    def _check_placeholders(
        self,
        uow: UnitOfWork,
        expected: Sequence[tuple[str, PlaceholderCustomer | None]],
        done: str,
    ) -> None:
        for customer_id, state in expected:
            current = uow.placeholder_customers.get(customer_id)
            if state is None:
                same = current is None or current.deleted_at is not None
            else:
                same = current is not None and not diff(
                    flatten_placeholder(current), flatten_placeholder(state)
                )
            if not same:
                known = current or state
                name = known.name if known is not None else customer_id
                raise UndoConflictError(
                    _cannot(
                        self.description,
                        done,
                        translate(
                            "History",
                            "the placeholder customer {name} was changed since. The step has "
                            "been removed from the history.",
                        ).format(name=_quoted(name)),
                    ),
                    customer_id,
                )

    def _check_lists(
        self, uow: UnitOfWork, expected: Sequence[tuple[str, CustomerList | None]], done: str
    ) -> None:
        for list_id, state in expected:
            current = uow.customer_lists.get(list_id)
            if state is None:
                # Made by the step: gone, or in the trash where undo put it.
                same = current is None or current.deleted_at is not None
            else:
                same = current is not None and (
                    current.name,
                    current.member_ids,
                    current.deleted_at,
                ) == (state.name, state.member_ids, state.deleted_at)
            if not same:
                known = current or state
                name = known.name if known is not None else list_id
                raise UndoConflictError(
                    _cannot(
                        self.description,
                        done,
                        translate(
                            "History",
                            "the customer list {name} was changed since. The step has been "
                            "removed from the history.",
                        ).format(name=_quoted(name)),
                    ),
                    list_id,
                )


def _write_list(uow: UnitOfWork, list_id: str, state: CustomerList | None) -> None:
    if state is not None:
        uow.customer_lists.save(state)
    elif uow.customer_lists.get(list_id) is not None:
        uow.customer_lists.trash(list_id)  # made by the step: undone into the trash


def _write_placeholder(
    uow: UnitOfWork, customer_id: str, state: PlaceholderCustomer | None
) -> None:
    repo = uow.placeholder_customers
    if state is not None:
        repo.save(state)
        return
    current = repo.get(customer_id)
    if current is not None and current.deleted_at is None:
        repo.trash(customer_id)  # made by the step: undone into the trash


class _ImportStep(_Step):
    """A large import, held compactly: the contacts it created as ids with a fingerprint of
    their stored rows (not as whole contacts), the contacts it updated with their states.

    Undo checks the fingerprints, then deletes the created contacts in a few statements and
    keeps their rows; redo writes those rows back.  Both are journaled like deleting and
    creating each contact: sync sends them the same way.  When something outside the import
    depends on a created contact (someone else works at an organization it created, a
    relationship, a customer list), undo takes the contacts back one by one like any step.
    """

    def __init__(
        self,
        description: str,
        contact_ids: tuple[str, ...],
        created: tuple[str, ...],
        fingerprints: dict[str, bytes],
        created_changes: dict[str, str],
        updates: tuple[ContactChange, ...],
    ) -> None:
        self.description = description
        self._contact_ids = contact_ids
        self.created = created
        self.fingerprints = fingerprints
        # contact id -> its create entry in the journal (JSON), for the delete entries.
        self.created_changes = created_changes
        self.updates = updates
        # The created contacts' rows, kept by undo for redo.
        self.rows: ContactRows | None = None

    @property
    def contact_ids(self) -> tuple[str, ...]:
        return self._contact_ids

    def _conflict(self, uow: UnitOfWork, contact_id: str, done: str) -> UndoConflictError:
        current = uow.contacts.get(contact_id)
        name = current.name if current is not None else self._created_name(contact_id)
        return UndoConflictError(_changed_since(self.description, done, name), contact_id)

    def _created_name(self, contact_id: str) -> str:
        changes = json.loads(self.created_changes.get(contact_id) or "{}")
        value = changes.get("name", [None, None])[1]
        return str(value) if value else contact_id

    def _check_updates(self, uow: UnitOfWork, undo: bool) -> None:
        done = "undone" if undo else "redone"
        expected = [(c.contact_id, c.after if undo else c.before) for c in self.updates]
        currents = uow.contacts.get_many([cid for cid, _ in expected])
        for contact_id, state in expected:
            if not same_state(currents.get(contact_id), state):
                raise self._conflict(uow, contact_id, done)

    def _journal(self, uow: UnitOfWork, op: Op) -> None:
        rows: list[dict[str, Any]] = []
        for contact_id in self.created:
            changes = json.loads(self.created_changes.get(contact_id) or "{}")
            if op is Op.DELETE:
                fields = {f: (new, old) for f, (old, new) in changes.items()}
            else:
                fields = {f: (old, new) for f, (old, new) in changes.items()}
            rows += uow.journal.rows(
                CONTACT_AGGREGATE, contact_id, [EntityChange("contact", contact_id, op, fields)]
            )
        bulk_insert(uow.connection, s.change_journal, rows)

    def undo(self, uow: UnitOfWork) -> None:
        conn = uow.connection
        self._check_updates(uow, undo=True)
        rows = read_rows(conn, self.created)
        current = fingerprints(rows)
        for contact_id in self.created:
            if current.get(contact_id) != self.fingerprints.get(contact_id):
                raise self._conflict(uow, contact_id, "undone")
        self.rows = rows
        if outside_references(conn, self.created):
            before = {c.contact_id: c.before for c in self.updates}
            for contact_id in reversed(self._contact_ids):
                _write_state(uow, contact_id, before.get(contact_id))
            return
        organizations = organization_ids(rows)
        people = [cid for cid in self.created if cid not in organizations]
        delete_contacts(conn, rows, people)
        for change in reversed(self.updates):
            _write_state(uow, change.contact_id, change.before)
        delete_contacts(conn, rows, [cid for cid in self.created if cid in organizations])
        self._journal(uow, Op.DELETE)

    def redo(self, uow: UnitOfWork) -> None:
        conn = uow.connection
        self._check_updates(uow, undo=False)
        present = existing(conn, self.created)
        if present or self.rows is None:
            raise self._conflict(uow, sorted(present)[0] if present else self.created[0], "redone")
        if insert_rows(conn, self.rows, uow.journal.now):
            # A tag was found again under another id: the rows hold that one now.
            self.fingerprints = fingerprints(read_rows(conn, self.created, search=False))
        for change in self.updates:
            _write_state(uow, change.contact_id, change.after)
        self._journal(uow, Op.CREATE)


# --- steps as stored -------------------------------------------------------------------------


def _contact_json(contact: AnyContact | None) -> dict[str, Any] | None:
    return None if contact is None else contact.model_dump(mode="json")


def _contact_of(data: dict[str, Any] | None) -> AnyContact | None:
    return None if data is None else _CONTACT.validate_python(data)


def _list_json(found: CustomerList | None) -> dict[str, Any] | None:
    return None if found is None else found.model_dump(mode="json")


def _list_of(data: dict[str, Any] | None) -> CustomerList | None:
    return None if data is None else CustomerList.model_validate(data)


def _placeholder_json(found: PlaceholderCustomer | None) -> dict[str, Any] | None:
    return None if found is None else found.model_dump(mode="json")


def _placeholder_of(data: dict[str, Any] | None) -> PlaceholderCustomer | None:
    return None if data is None else PlaceholderCustomer.model_validate(data)


def step_json(step: _Step) -> dict[str, Any]:
    """A step as JSON, to be stored with its transaction."""
    if isinstance(step, _TagStep):
        return {
            "type": "tag",
            "description": step.description,
            "tag": step.tag.model_dump(mode="json"),
            "positions": [list(p) for p in step.positions],
            "given": step.given,
        }
    assert isinstance(step, _ContactStep)
    data: dict[str, Any] = {
        "type": "batch" if isinstance(step, _BatchStep) else "contacts",
        "description": step.description,
        "changes": [
            [c.contact_id, _contact_json(c.before), _contact_json(c.after)] for c in step.changes
        ],
        "memberships": [[cid, list(ids)] for cid, ids in step.memberships],
    }
    if isinstance(step, _BatchStep):
        data["lists"] = [[lid, _list_json(b), _list_json(a)] for lid, b, a in step.lists]
        if step.placeholders:
            data["placeholders"] = [
                [pid, _placeholder_json(b), _placeholder_json(a)] for pid, b, a in step.placeholders
            ]
    return data


def step_of(data: dict[str, Any]) -> _Step:
    """The step stored as ``data``; raises ``ValueError`` when it cannot be read."""
    try:
        if data["type"] == "tag":
            return _TagStep(
                str(data["description"]),
                Tag.model_validate(data["tag"]),
                tuple((str(cid), int(pos)) for cid, pos in data["positions"]),
                bool(data["given"]),
            )
        changes = tuple(
            ContactChange(str(cid), _contact_of(before), _contact_of(after))
            for cid, before, after in data["changes"]
        )
        memberships = tuple((str(cid), tuple(ids)) for cid, ids in data.get("memberships", []))
        if data["type"] == "batch":
            lists = tuple(
                (str(lid), _list_of(before), _list_of(after))
                for lid, before, after in data.get("lists", [])
            )
            placeholders = tuple(
                (str(pid), _placeholder_of(before), _placeholder_of(after))
                for pid, before, after in data.get("placeholders", [])
            )
            return _BatchStep(str(data["description"]), changes, memberships, lists, placeholders)
        return _ContactStep(str(data["description"]), changes, memberships)
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise ValueError(
            translate("History", "a stored undo step cannot be read: {error}").format(error=exc)
        ) from exc


def _stored_size(step: _Step) -> int:
    if isinstance(step, _ContactStep):
        return len(step.changes)
    return len(step.contact_ids)


@dataclass(frozen=True)
class _Held:
    """A step on the undo or redo stack, with the transaction that made it.

    A step stored by an earlier run is read from the store only when it is undone or redone:
    until then its description and size are enough (a start does not read every state)."""

    txn_id: str
    loaded: _Step | None = None
    stored_description: str = ""
    stored_size: int = 0
    load: Callable[[str], _Step] | None = None

    @property
    def step(self) -> _Step:
        """The step (read now if it was stored); ``ValueError`` when it cannot be read."""
        if self.loaded is None:
            if self.load is None:
                raise ValueError(translate("History", "the step is not stored any more"))
            object.__setattr__(self, "loaded", self.load(self.txn_id))
        assert self.loaded is not None
        return self.loaded

    @property
    def description(self) -> str:
        return self.loaded.description if self.loaded is not None else self.stored_description

    @property
    def size(self) -> int:
        return len(self.loaded.contact_ids) if self.loaded is not None else self.stored_size


# --- the history ----------------------------------------------------------------------------


class EditHistory:
    """Performs the user's actions on contacts and undoes / redoes them."""

    def __init__(
        self, db: Database, editing: ContactEditing | None = None, limit: int = DEFAULT_LIMIT
    ) -> None:
        self._db = db
        self._editing = editing or ContactEditing(db)
        self._limit = limit
        self._undo: deque[_Held] = deque(maxlen=limit)
        self._redo: list[_Held] = []
        self._lock = threading.RLock()
        self._load()

    def _load(self) -> None:
        """The steps stored by earlier runs: their descriptions now, their states on use."""
        with self._db.reading() as conn:
            stored = stored_steps(conn, self._limit)
        for found in stored:
            held = _Held(
                found.txn_id,
                stored_description=found.description,
                stored_size=found.size,
                load=self._read_step,
            )
            (self._undo.append if found.state == "undo" else self._redo.append)(held)

    def _read_step(self, txn_id: str) -> _Step:
        with self._db.reading() as conn:
            data = load_step(conn, txn_id)
        if data is None:
            raise ValueError(translate("History", "the step is not stored any more"))
        return step_of(data)

    # --- state for menus ----------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str | None:
        """E.g. ``Undo save of “An Peeters”``; ``None`` when there is nothing to undo."""
        with self._lock:
            if not self._undo:
                return None
            return translate("History", "Undo {action}").format(action=self._undo[-1].description)

    @property
    def redo_text(self) -> str | None:
        with self._lock:
            if not self._redo:
                return None
            return translate("History", "Redo {action}").format(action=self._redo[-1].description)

    def clear(self) -> None:
        with self._lock, self._db.transaction() as conn:
            drop_steps(conn, state="undo")
            drop_steps(conn, state="redo")
            self._undo.clear()
            self._redo.clear()

    def forget(self, contact_ids: Iterable[str]) -> int:
        """Drop every step that holds a state of one of ``contact_ids`` (an erased person),
        from memory and from the store; returns how many went."""
        wanted = set(contact_ids)
        with self._lock, self._db.transaction() as conn:
            return self.forget_in(conn, wanted)

    def forget_in(self, connection: Any, contact_ids: set[str]) -> int:
        """:meth:`forget` inside the caller's transaction."""
        with self._lock:
            named = set(steps_naming(connection, sorted(contact_ids)))
            gone = [
                held
                for held in (*self._undo, *self._redo)
                if held.txn_id in named
                or (held.loaded is not None and contact_ids & set(held.loaded.contact_ids))
            ]
            if not gone:
                return 0
            drop_steps(connection, txn_ids=[held.txn_id for held in gone])
            going = {id(held) for held in gone}
            kept = [held for held in self._undo if id(held) not in going]
            self._undo.clear()
            self._undo.extend(kept)
            self._redo[:] = [held for held in self._redo if id(held) not in going]
            return len(gone)

    # --- actions ------------------------------------------------------------------------

    def save(
        self, draft: AnyContact, *, source: str = "edit", description: str | None = None
    ) -> SaveResult:
        """Validate and save; errors write nothing and record nothing.

        ``source`` and ``description`` say what the save was when it is not an edit typed
        here (e.g. a value restored from the record's history)."""
        with self._lock, unit_of_work(self._db) as uow:
            before = uow.contacts.get(draft.id)
            result = self._editing.save_in(uow, draft)
            if result.contact is None:
                return result
            after = uow.contacts.get(draft.id)
            if not same_state(before, after):
                if description is None and before is None:
                    description = translate("History", "creation of {name}").format(
                        name=_quoted(draft.name)
                    )
                elif description is None:
                    description = translate("History", "save of {name}").format(
                        name=_quoted(draft.name)
                    )
                self._record(
                    uow,
                    _ContactStep(
                        description,
                        (ContactChange(draft.id, before, after),),
                    ),
                    source,
                )
            return result

    def trash(self, contact_id: str) -> AnyContact:
        with self._lock, unit_of_work(self._db) as uow:
            before = uow.contacts.require(contact_id)
            stored = uow.contacts.trash(contact_id)
            if before.deleted_at is None:
                after = uow.contacts.get(contact_id)
                self._record(
                    uow,
                    _ContactStep(
                        translate("History", "moving {name} to the trash").format(
                            name=_quoted(before.name)
                        ),
                        (ContactChange(contact_id, before, after),),
                    ),
                )
            return stored

    def restore(self, contact_id: str) -> AnyContact:
        with self._lock, unit_of_work(self._db) as uow:
            before = uow.contacts.require(contact_id)
            stored = uow.contacts.restore(contact_id)
            if before.deleted_at is not None:
                after = uow.contacts.get(contact_id)
                self._record(
                    uow,
                    _ContactStep(
                        translate("History", "restore of {name}").format(name=_quoted(before.name)),
                        (ContactChange(contact_id, before, after),),
                    ),
                )
            return stored

    def purge(self, contact_id: str) -> PurgedContact:
        """Delete a contact for good (undo brings it back).

        Raises :class:`app.store.contacts.ContactInUseError` for an organization people work at.
        """
        with self._lock, unit_of_work(self._db) as uow:
            purged = self._purge(uow, contact_id)
            self._record(
                uow,
                _ContactStep(
                    translate("History", "deletion of {name}").format(
                        name=_quoted(purged.contact.name)
                    ),
                    self._purge_changes(uow, purged),
                    ((contact_id, purged.customer_list_ids),),
                ),
            )
            return purged

    def empty_trash(self) -> EmptiedTrash:
        """Delete every contact in the trash for good, as one step (up to 1,000 contacts)."""
        with self._lock, unit_of_work(self._db) as uow:
            trashed = self._trashed(uow)
            changes: list[ContactChange] = []
            memberships: list[tuple[str, tuple[str, ...]]] = []
            purged: list[str] = []
            kept: list[tuple[str, str]] = []
            for contact_id in trashed:
                try:
                    result = self._purge(uow, contact_id)
                except ContactInUseError as exc:
                    kept.append((contact_id, str(exc)))
                    continue
                purged.append(contact_id)
                changes += self._purge_changes(uow, result)
                memberships.append((contact_id, result.customer_list_ids))
            undoable = 0 < len(purged) <= MAX_CONTACTS_PER_STEP
            if undoable:
                self._record(
                    uow,
                    _ContactStep(
                        translate("History", "emptying the trash ({contacts})").format(
                            contacts=_count(purged)
                        ),
                        tuple(changes),
                        tuple(memberships),
                    ),
                )
            return EmptiedTrash(tuple(purged), tuple(kept), undoable)

    def tag(self, contact_ids: Iterable[str], name: str) -> list[str]:
        """Give the tag ``name`` to every contact named, as one step; returns those changed."""
        with self._lock, unit_of_work(self._db) as uow:
            changed = uow.contacts.tag_contacts(contact_ids, Tag(name=name))
            stored = uow.tags.by_name(name)
            if changed and stored is not None:
                after = uow.contacts.tag_positions(changed, stored.id)
                self._record(
                    uow,
                    _TagStep(
                        translate("History", "tagging {contacts} with {tag}").format(
                            contacts=_count(changed), tag=_quoted(stored.name)
                        ),
                        stored,
                        tuple((cid, after[cid]) for cid in changed),
                        given=True,
                    ),
                )
            return changed

    def untag(self, contact_ids: Iterable[str], tag_id: str) -> list[str]:
        """Take the tag from every contact named, as one step; returns those changed."""
        with self._lock, unit_of_work(self._db) as uow:
            tag = uow.tags.get(tag_id)
            if tag is None:
                raise LookupError(tag_id)
            positions = uow.contacts.untag_contacts(contact_ids, tag_id)
            if positions:
                self._record(
                    uow,
                    _TagStep(
                        translate("History", "removing the tag {tag} from {contacts}").format(
                            tag=_quoted(tag.name), contacts=_count(positions)
                        ),
                        tag,
                        tuple(positions.items()),
                        given=False,
                    ),
                )
            return list(positions)

    # --- undo / redo ----------------------------------------------------------------------

    @property
    def undo_size(self) -> int:
        """How many contacts the next undo touches (0: nothing to undo)."""
        with self._lock:
            return self._undo[-1].size if self._undo else 0

    @property
    def redo_size(self) -> int:
        with self._lock:
            return self._redo[-1].size if self._redo else 0

    def undo(self) -> Applied:
        with self._lock:
            if not self._undo:
                raise NothingToUndoError(translate("History", "There is nothing to undo."))
            held = self._undo[-1]
            txn_id = self._apply(held, undo=True)
            self._undo.pop()
            self._redo.append(held)
            return Applied(held.step.description, held.step.contact_ids, txn_id)

    def redo(self) -> Applied:
        with self._lock:
            if not self._redo:
                raise NothingToRedoError(translate("History", "There is nothing to redo."))
            held = self._redo[-1]
            txn_id = self._apply(held, undo=False)
            self._redo.pop()
            self._undo.append(held)
            return Applied(held.step.description, held.step.contact_ids, txn_id)

    def _apply(self, held: _Held, undo: bool) -> str:
        try:
            step = held.step
        except ValueError as exc:
            (self._undo.pop if undo else self._redo.pop)()
            with self._db.transaction() as conn:
                drop_steps(conn, txn_ids=[held.txn_id])
            raise UndoRefusedError(
                _cannot(
                    held.description,
                    "undone" if undo else "redone",
                    translate(
                        "History", "{error}. The step has been removed from the history."
                    ).format(error=exc),
                )
            ) from exc
        try:
            with unit_of_work(self._db) as uow:
                if undo:
                    uow.journal.describe(
                        "undo",
                        translate("History", "Undo of {action}").format(action=step.description),
                    )
                    step.undo(uow)
                else:
                    uow.journal.describe(
                        "redo",
                        translate("History", "Redo of {action}").format(action=step.description),
                    )
                    step.redo(uow)
                move_step(uow.connection, held.txn_id, "redo" if undo else "undo")
                return uow.journal.txn_id
        except UndoConflictError:
            # Never applicable again: drop it, so the steps before it can still be undone.
            (self._undo.pop if undo else self._redo.pop)()
            with self._db.transaction() as conn:
                drop_steps(conn, txn_ids=[held.txn_id])
            raise

    # --- helpers --------------------------------------------------------------------------

    def batch(
        self,
        description: str,
        contact_ids: Iterable[str],
        list_ids: Iterable[str],
        action: Callable[[UnitOfWork], T],
        source: str = "edit",
        *,
        placeholder_ids: Iterable[str] = (),
        only_if_changed: bool = False,
    ) -> T:
        """Run ``action`` in one transaction and record it as one step, undone and redone as
        a whole: the states of ``contact_ids``, ``list_ids`` and ``placeholder_ids`` (placeholder
        customers) before and after it.  ``source`` says what it was ("import", "merge") in
        the records' history.  With ``only_if_changed``, an action that changed none of them
        is not recorded."""
        contact_ids, list_ids = list(dict.fromkeys(contact_ids)), list(dict.fromkeys(list_ids))
        placeholder_ids = list(dict.fromkeys(placeholder_ids))
        with self._lock, unit_of_work(self._db) as uow:
            loaded = uow.contacts.get_many(contact_ids)
            before = {cid: loaded.get(cid) for cid in contact_ids}
            lists_before = {lid: uow.customer_lists.get(lid) for lid in list_ids}
            holders_before = {pid: uow.placeholder_customers.get(pid) for pid in placeholder_ids}
            result = action(uow)
            afterwards = uow.contacts.get_many(contact_ids)
            changes = []
            for cid in contact_ids:
                after = afterwards.get(cid)
                if not same_state(before[cid], after):
                    changes.append(ContactChange(cid, before[cid], after))
            lists = tuple((lid, lists_before[lid], uow.customer_lists.get(lid)) for lid in list_ids)
            holders = tuple(
                (pid, holders_before[pid], uow.placeholder_customers.get(pid))
                for pid in placeholder_ids
            )
            if only_if_changed:
                lists = tuple(item for item in lists if _list_changed(item[1], item[2]))
                holders = tuple(item for item in holders if _holder_changed(item[1], item[2]))
                if not (changes or lists or holders):
                    return result
            step = _BatchStep(description, tuple(changes), lists=lists, placeholders=holders)
            self._record(uow, step, source)
            return result

    def import_batch(
        self,
        description: str,
        contact_ids: Sequence[str],
        created: Iterable[str],
        action: Callable[[UnitOfWork], T],
        source: str = "import",
    ) -> T:
        """:meth:`batch` for an import: ``contact_ids`` are the contacts it writes (the ones
        it creates among them ``created``).  An import of more contacts than a stored step
        holds is recorded compactly (see :class:`_ImportStep`): ids and fingerprints of the
        created contacts, whole states of the updated ones only."""
        contact_ids = list(dict.fromkeys(contact_ids))
        if len(contact_ids) <= MAX_STORED_CONTACTS:
            return self.batch(description, contact_ids, (), action, source)
        new = set(created)
        made = tuple(cid for cid in contact_ids if cid in new)
        updated = [cid for cid in contact_ids if cid not in new]
        with self._lock, unit_of_work(self._db) as uow:
            conn = uow.connection
            before = uow.contacts.get_many(updated)
            # The contacts the action adds in bulk are fingerprinted from the rows it writes.
            with fingerprints_of_writes() as written:
                result = action(uow)
            after = uow.contacts.get_many(updated)
            updates = tuple(
                ContactChange(cid, before.get(cid), after.get(cid))
                for cid in updated
                if not same_state(before.get(cid), after.get(cid))
            )
            prints = {cid: written[cid] for cid in made if cid in written}
            unread = [cid for cid in made if cid not in written]
            for start in range(0, len(unread), 2000):
                # A few thousand at a time: the rows of all of them would double the memory.
                prints.update(
                    fingerprints(read_rows(conn, unread[start : start + 2000], search=False))
                )
            created_changes = {
                str(cid): str(changes)
                for cid, changes in conn.exec_driver_sql(
                    "SELECT aggregate_id, changes FROM change_journal "
                    "WHERE txn_id = ? AND entity = 'contact' AND op = 'create'",
                    (uow.journal.txn_id,),
                )
                if cid in new
            }
            kept = tuple(cid for cid in made if cid in prints)
            ids = tuple(cid for cid in contact_ids if cid in prints or cid not in new)
            step = _ImportStep(description, ids, kept, prints, created_changes, updates)
            self._record(uow, step, source)
            return result

    def _record(self, uow: UnitOfWork, step: _Step, source: str = "edit") -> None:
        """Put ``step`` on the undo stack, stored with the action's own transaction."""
        journal = uow.journal
        journal.describe(source, step.description)
        if self._redo:
            drop_steps(uow.connection, state="redo")
        if not isinstance(step, _ImportStep) and _stored_size(step) <= MAX_STORED_CONTACTS:
            save_step(
                uow.connection,
                journal.txn_id,
                journal.now,
                source,
                step.description,
                step_json(step),
            )
            trim_steps(uow.connection, self._limit)
        self._undo.append(_Held(journal.txn_id, step))
        self._redo.clear()

    @staticmethod
    def _purge(uow: UnitOfWork, contact_id: str) -> PurgedContact:
        if not uow.contacts.exists(contact_id):
            raise ContactNotFoundError(contact_id)
        # The state as stored (what undo compares against and writes back).
        return uow.contacts.purge(contact_id)

    @staticmethod
    def _purge_changes(uow: UnitOfWork, purged: PurgedContact) -> tuple[ContactChange, ...]:
        holders = tuple(
            ContactChange(before.id, before, uow.contacts.get(before.id))
            for before, _ in purged.relationships
        )
        return (*holders, ContactChange(purged.contact.id, purged.contact, None))

    @staticmethod
    def _trashed(uow: UnitOfWork) -> list[str]:
        listing = ContactListing(uow.connection)
        # People first: an organization can only go once nobody works there any more.
        ids: list[str] = []
        for kind in (ContactKind.INDIVIDUAL, ContactKind.ORGANIZATION):
            query = ContactQuery(kind=kind, only_trash=True)
            ids += listing.ids(query, 0, listing.count(query))
        return ids


def _list_changed(before: CustomerList | None, after: CustomerList | None) -> bool:
    if before is None or after is None:
        return before is not after
    return (before.name, before.member_ids, before.deleted_at) != (
        after.name,
        after.member_ids,
        after.deleted_at,
    )


def _holder_changed(before: PlaceholderCustomer | None, after: PlaceholderCustomer | None) -> bool:
    if before is None or after is None:
        return before is not after
    return bool(diff(flatten_placeholder(before), flatten_placeholder(after)))


def _count(ids: Sequence[str] | dict[str, int]) -> str:
    """``"3 contacts"`` (one contact, two forms: the languages Kontor speaks need no more)."""
    n = len(ids)
    if n == 1:
        return translate("History", "1 contact")
    return translate("History", "{n} contacts").format(n=n)


__all__ = [
    "Applied",
    "ContactChange",
    "EditHistory",
    "EmptiedTrash",
    "HistoryError",
    "NothingToRedoError",
    "NothingToUndoError",
    "UndoConflictError",
    "UndoRefusedError",
    "same_state",
]
