"""The dry run of an import (:func:`plan_import`) and writing it as one batch (:func:`apply_import`).

The plan says for every record what will happen and why: **create** a new contact, **update**
a stored one (which one, and which key matched it), or **skip** it (identical to the stored
contact, invalid, ambiguous, a duplicate of another row of the file, or in the trash).  It also
lists the organizations that will be created because a person works at one the book does not
have yet (vCard ``ORG``, CSV ``Company``).  Every contact to write has been validated by the
same rules as the editor's save; rows with errors are skipped and reported with their problems,
warnings travel with the rows that are written.

Applying writes every create and update in one transaction (journaled: sync pushes the
creates and updates like edits), after checking that nothing the plan relied on has changed
since; otherwise nothing is written.  With an :class:`~app.services.history.EditHistory` the
batch is one undoable step ("Undo import of “contacts.vcf”").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.domain.models import AnyContact, IndividualContact, OrganizationContact, new_id
from app.domain.problems import Problem, Severity, has_errors
from app.domain.validation import (
    keep_received_values,
    validate_individual,
    validate_locked_fields,
    validate_organization,
)
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.services.history import same_state
from app.services.interchange.limits import FileRejectedError
from app.services.interchange.matching import Ambiguous, Match, MatchIndex, keys_of
from app.services.interchange.merging import (
    ResolvedAffiliation,
    merge_record,
    merged_contact,
    new_contact,
)
from app.services.interchange.records import FileFormat, ImportRecord, ImportSource
from app.services.interchange.unchanged import Content, content_of, stored_contents
from app.services.interchange.values import fold
from app.store.snapshots import existing
from app.store.unit_of_work import UnitOfWork


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    # The same contact as an earlier row of the file: its data joins that row's contact.
    MERGE = "merge"
    SKIP = "skip"


class SkipReason(StrEnum):
    IDENTICAL = "identical"
    INVALID = "invalid"
    AMBIGUOUS = "ambiguous"
    DUPLICATE = "duplicate"
    IN_TRASH = "in_trash"


_ACTION_WORDS: dict[Action, str] = {
    Action.CREATE: QT_TRANSLATE_NOOP("Import", "create"),
    Action.UPDATE: QT_TRANSLATE_NOOP("Import", "update"),
    Action.MERGE: QT_TRANSLATE_NOOP("Import", "merge"),
    Action.SKIP: QT_TRANSLATE_NOOP("Import", "skip"),
}


def _skipped_for(reason: SkipReason, n: int) -> str:
    """``"2 identical"``: how many rows were skipped for ``reason``."""
    if reason is SkipReason.IDENTICAL:
        return tr("%n identical", "", n)
    if reason is SkipReason.INVALID:
        return tr("%n invalid", "", n)
    if reason is SkipReason.AMBIGUOUS:
        return tr("%n ambiguous", "", n)
    if reason is SkipReason.DUPLICATE:
        return tr("%n duplicate", "", n)
    return tr("%n in trash", "", n)


@dataclass(frozen=True)
class PlannedRow:
    """What happens to one record (or to an organization the import creates)."""

    source: str
    action: Action
    # The state to write (create / update); for a skip, the draft as read (if any).
    contact: AnyContact | None
    # The stored state the update starts from (compared again when the plan is applied).
    before: AnyContact | None = None
    match: Match | None = None
    skip_reason: SkipReason | None = None
    reason: str = ""
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.contact.name if self.contact is not None else ""

    @property
    def label(self) -> str:
        """``card 3 (line 17) “An Peeters”``: where the row is and whom it is about."""
        if not self.name:
            return self.source
        return translate("Import", "{source} “{name}”").format(source=self.source, name=self.name)

    def describe(self) -> str:
        """One line for a report: ``card 3 (line 17) “An Peeters”: update — same e-mail …``."""
        action = translate("Import", _ACTION_WORDS[self.action])
        if self.reason:
            text = translate("Import", "{row}: {action} — {reason}")
        else:
            text = translate("Import", "{row}: {action}")
        return text.format(row=self.label, action=action, reason=self.reason)


@dataclass(frozen=True)
class ImportPlan:
    """The dry run of one import: nothing has been written."""

    source_name: str
    format: FileFormat
    encoding: str
    rows: tuple[PlannedRow, ...]
    # Organizations created because people in the file work there.
    organizations: tuple[PlannedRow, ...] = ()
    warnings: tuple[str, ...] = ()
    import_id: str = field(default_factory=new_id)

    def _count(self, action: Action) -> int:
        return sum(1 for r in (*self.rows, *self.organizations) if r.action is action)

    @property
    def to_create(self) -> int:
        return self._count(Action.CREATE)

    @property
    def to_update(self) -> int:
        return self._count(Action.UPDATE)

    @property
    def merged(self) -> tuple[PlannedRow, ...]:
        """Rows joined to an earlier row of the file (the same contact twice)."""
        return tuple(r for r in self.rows if r.action is Action.MERGE)

    @property
    def skipped(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is Action.SKIP)

    def skip_counts(self) -> dict[SkipReason, int]:
        counts: dict[SkipReason, int] = {}
        for row in self.skipped:
            if row.skip_reason is not None:
                counts[row.skip_reason] = counts.get(row.skip_reason, 0) + 1
        return counts

    @property
    def changes_anything(self) -> bool:
        return self.to_create + self.to_update > 0

    def summary(self) -> str:
        """E.g. ``12 to create, 3 to update, 2 skipped (1 identical, 1 invalid)``."""
        counts = self.skip_counts()
        parts = [tr("%n to create", "", self.to_create), tr("%n to update", "", self.to_update)]
        if self.merged:
            parts.append(tr("%n merged", "", len(self.merged)))
        parts.append(tr("%n skipped", "", len(self.skipped)))
        text = ", ".join(parts)
        if not counts:
            return text
        details = ", ".join(_skipped_for(r, n) for r, n in counts.items())
        return translate("Import", "{counts} ({reasons})").format(counts=text, reasons=details)


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote."""

    import_id: str
    txn_id: str | None
    description: str
    created: tuple[str, ...]
    updated: tuple[str, ...]
    skipped: tuple[PlannedRow, ...]
    # Whether the import is one step of the edit history (undo takes it back whole).
    undoable: bool

    @property
    def contact_ids(self) -> tuple[str, ...]:
        return self.created + self.updated


class ImportOutdatedError(FileRejectedError):
    """The book changed after the dry run in a way the plan depends on; nothing was written."""


def check_contact(
    draft: AnyContact,
    original: AnyContact | None,
    organizations: Mapping[str, OrganizationContact],
    *,
    as_received: bool = False,
) -> list[Problem]:
    """The problems the editor's save would find (:meth:`ContactEditing.save` runs the same
    rules); ``organizations`` also holds the organizations this import is about to create.
    ``as_received``: a new contact's values that break a rule are kept as the file has them
    (vCard), with a warning."""
    if isinstance(draft, IndividualContact):
        named = {
            pi.organization_contact: organizations[pi.organization_contact]
            for pi in draft.professional_identities
            if pi.organization_contact in organizations
        }
        problems = validate_individual(draft, named)
    else:
        problems = validate_organization(draft)
    if original is not None and original.kind == draft.kind:
        problems += validate_locked_fields(original, draft)
    received = original if original is not None or not as_received else draft
    return _addresses_as_received(keep_received_values(problems, draft, received), draft)


_EMAIL_FIELD = re.compile(r"emails\[(\d+)\]\.address")


def _addresses_as_received(problems: list[Problem], draft: AnyContact) -> list[Problem]:
    """An e-mail address the file has in the shape ``someone@somewhere`` that breaks a rule
    (a reserved domain such as ``.invalid``, no dot in the domain) is kept as received with
    a warning, not a reason to skip the contact; a value without an @-sign stays an error."""
    kept: list[Problem] = []
    for problem in problems:
        found = _EMAIL_FIELD.fullmatch(problem.field)
        if found and problem.severity == Severity.ERROR and int(found[1]) < len(draft.emails):
            local, at, domain = draft.emails[int(found[1])].address.partition("@")
            if at and local and domain and "@" not in domain:
                problem = problem.model_copy(
                    update={
                        "severity": Severity.WARNING,
                        "message": translate("Validation", "{message} — kept as received").format(
                            message=problem.message
                        ),
                    }
                )
        kept.append(problem)
    return kept


# The stored contacts the rows match are loaded for this many rows at a time.
_LOAD_BATCH = 500


class _Planner:
    def __init__(
        self, uow: UnitOfWork, records: Sequence[ImportRecord], *, as_received: bool = False
    ) -> None:
        self.uow = uow
        self.as_received = as_received
        self.records = records
        self.keys = [keys_of(r.contact, r) if r.contact is not None else None for r in records]
        self.index = MatchIndex.load(uow.connection, [k for k in self.keys if k is not None])
        self.organizations: dict[str, OrganizationContact] = {}
        self.stubs: list[PlannedRow] = []
        # Contact id -> the source of the row that creates or updates it.
        self.claimed: dict[str, str] = {}
        self.planned_ids: set[str] = set()
        # The rows planned so far, and the row that creates or updates each contact.
        self.rows: list[PlannedRow | None] = []
        self.row_of: dict[str, int] = {}
        self.loaded: dict[str, AnyContact] = {}
        # The plain form of the stored contacts the rows of the current batch match, and of
        # what each row would become as a new contact (with the affiliations it was made
        # with, and the stored contact it was found equal to, if any): a row equal to its
        # match is identical without loading the contact.
        self.stored_forms: dict[str, Content] = {}
        self.predicted: dict[int, tuple[list[ResolvedAffiliation], Content, str | None]] = {}

    def organization(self, organization_id: str) -> OrganizationContact | None:
        if organization_id not in self.organizations:
            found = self.uow.contacts.get(organization_id)
            if not isinstance(found, OrganizationContact):
                return None
            self.organizations[organization_id] = found
        return self.organizations[organization_id]

    def plan(self) -> tuple[list[PlannedRow], list[PlannedRow]]:
        rows: list[PlannedRow | None] = [None] * len(self.records)
        self.rows = rows
        # Organizations first, so that the people of the file find them by name.
        order = sorted(
            range(len(self.records)),
            key=lambda i: not isinstance(self.records[i].contact, OrganizationContact),
        )
        for start in range(0, len(order), _LOAD_BATCH):
            batch = order[start : start + _LOAD_BATCH]
            self._preload(batch)
            for i in batch:
                rows[i] = self.row(self.records[i], i)
        self.loaded, self.stored_forms, self.predicted = {}, {}, {}
        return [r for r in rows if r is not None], self.stubs

    def _preload(self, batch: Sequence[int]) -> None:
        """Load the stored contacts the rows of ``batch`` match in one go, not one by one;
        only one batch is held at a time (the plan keeps the ones that are updated).  A
        contact that the row would leave as it is (the same plain form) is not loaded."""
        wanted: dict[int, str] = {}
        for i in batch:
            record, keys = self.records[i], self.keys[i]
            if record.contact is None or keys is None or has_errors(record.problems):
                continue
            found, _ = self.index.find(keys, record.contact.kind, record.contact.name)
            if found is not None and not isinstance(found, Ambiguous):
                wanted[i] = found.contact_id
        self.stored_forms = stored_contents(self.uow.connection, sorted(set(wanted.values())))
        self.predicted = {}
        load: set[str] = set()
        for i, contact_id in wanted.items():
            form = self.stored_forms.get(contact_id)
            if form is not None and contact_id not in self.claimed:
                record = self.records[i]
                affiliations, stubs, _ = self.affiliations(record)
                if not stubs:
                    draft = record.contact
                    assert draft is not None
                    made = new_contact(draft, affiliations, record.external_ref)
                    content = content_of(made)
                    same = content == form
                    self.predicted[i] = (affiliations, content, contact_id if same else None)
                    if same:
                        continue
            load.add(contact_id)
        self.loaded = self.uow.contacts.get_many(sorted(load))

    def unchanged(
        self, i: int, contact_id: str, record: ImportRecord, affiliations: list[ResolvedAffiliation]
    ) -> bool:
        """Whether row ``i`` as a new contact has the plain form of the stored contact it
        matches (so merging it in would change nothing)."""
        form = self.stored_forms.get(contact_id)
        if form is None or record.contact is None:
            return False
        predicted = self.predicted.get(i)
        if predicted is not None and predicted[0] == affiliations:
            if predicted[2] == contact_id:
                return True  # compared with this very form while preloading
            content = predicted[1]
        else:
            content = content_of(new_contact(record.contact, affiliations, record.external_ref))
        return content == form

    def row(self, record: ImportRecord, i: int) -> PlannedRow:
        draft = record.contact
        read_problems = tuple(record.problems)
        if draft is None or has_errors(list(read_problems)):
            return PlannedRow(
                record.source,
                Action.SKIP,
                draft,
                skip_reason=SkipReason.INVALID,
                reason=_first_error(read_problems)
                or translate("Import", "the record cannot be read"),
                problems=read_problems,
            )
        keys = self.keys[i]
        assert keys is not None
        found, notes = self.index.find(keys, draft.kind, draft.name)
        if isinstance(found, Ambiguous):
            return self.skip(record, SkipReason.AMBIGUOUS, found.reason, notes)
        if found is not None:
            earlier = self.claimed.get(found.contact_id)
            if earlier is not None:
                merged = self.merge(record, found, earlier)
                if merged is not None:
                    return merged
                reason = translate(
                    "Import", "the same contact as {earlier} of this file ({reason})"
                ).format(earlier=earlier, reason=found.reason)
                return self.skip(record, SkipReason.DUPLICATE, reason, notes)
            if self.index.in_trash(found.contact_id):
                reason = translate(
                    "Import", "“{name}” ({reason}) is in the trash — restore it to update it"
                ).format(name=found.name, reason=found.reason)
                return self.skip(record, SkipReason.IN_TRASH, reason, notes)
        affiliations, stubs, aff_notes = self.affiliations(record)
        notes = notes + aff_notes
        stored = None
        if (
            found is not None
            and not stubs
            and self.unchanged(i, found.contact_id, record, affiliations)
        ):
            return self.identical(record, found, found.name, draft, notes)
        if found is not None:
            stored = self.loaded.get(found.contact_id) or self.uow.contacts.get(found.contact_id)
        if found is not None and stored is not None:
            target, changed = merge_record(stored, draft, affiliations, record.external_ref)
            if not changed or same_state(stored, target):
                return self.identical(record, found, stored.name, draft, notes)
        else:
            target = new_contact(draft, affiliations, record.external_ref)
        organizations = self.named(target, stubs, look_up=True)
        checked = check_contact(target, stored, organizations, as_received=self.as_received)
        problems = (*read_problems, *checked)
        if has_errors(list(problems)):
            return PlannedRow(
                record.source,
                Action.SKIP,
                target,
                match=found,
                skip_reason=SkipReason.INVALID,
                reason=_first_error(problems) or translate("Import", "invalid"),
                problems=problems,
                notes=tuple(notes),
            )
        for stub in _organizations(stubs):
            self.organizations[stub.id] = stub
            self.index.add(stub, keys_of(stub))
        self.stubs += stubs
        self.claim(target.id, record.source, target)
        self.row_of[target.id] = i
        if found is None:
            self.index.add(target, keys)
            if isinstance(target, OrganizationContact):
                self.organizations[target.id] = target
            return PlannedRow(
                record.source,
                Action.CREATE,
                target,
                problems=problems,
                notes=tuple(notes),
                reason=translate("Import", "new contact"),
            )
        return PlannedRow(
            record.source,
            Action.UPDATE,
            target,
            before=stored,
            match=found,
            reason=translate("Import", "“{name}” ({reason})").format(
                name=found.name, reason=found.reason
            ),
            problems=problems,
            notes=tuple(notes),
        )

    def merge(self, record: ImportRecord, found: Match, earlier: str) -> PlannedRow | None:
        """The record joined to the contact an earlier row of the file creates or updates
        (the union of both), or ``None`` when that row writes nothing or the union is invalid."""
        index = self.row_of.get(found.contact_id)
        first = self.rows[index] if index is not None else None
        draft = record.contact
        if first is None or first.contact is None or draft is None:
            return None
        affiliations, stubs, _ = self.affiliations(record)
        union = merged_contact(first.contact, draft, affiliations, record.external_ref)
        organizations = self.named(union, stubs, look_up=False)
        problems = check_contact(union, first.before, organizations, as_received=self.as_received)
        if has_errors(problems):
            return None
        for stub in _organizations(stubs):
            self.organizations[stub.id] = stub
            self.index.add(stub, keys_of(stub))
        self.stubs += stubs
        assert index is not None
        self.rows[index] = replace(
            first,
            contact=union,
            problems=(*first.problems, *record.problems),
            notes=(
                *first.notes,
                translate("Import", "{source} was merged into it (the same contact)").format(
                    source=record.source
                ),
            ),
        )
        return PlannedRow(
            record.source,
            Action.MERGE,
            union,
            match=found,
            reason=translate("Import", "merged into {earlier}: the same contact ({reason})").format(
                earlier=earlier, reason=found.reason
            ),
            problems=tuple(record.problems),
        )

    def named(
        self, contact: AnyContact, stubs: Sequence[PlannedRow], *, look_up: bool
    ) -> dict[str, OrganizationContact]:
        """The organizations the professional identities of ``contact`` name, as
        :func:`check_contact` needs them: the ones of ``stubs``, else the ones the import
        knows (created by earlier rows or read before), else (``look_up``) stored ones."""
        named: dict[str, OrganizationContact] = {}
        if not isinstance(contact, IndividualContact):
            return named
        new = {stub.id: stub for stub in _organizations(stubs)}
        for pi in contact.professional_identities:
            organization_id = pi.organization_contact
            found = new.get(organization_id)
            if found is None:
                found = self.organizations.get(organization_id)
            if found is None and look_up:
                found = self.organization(organization_id)
            if found is not None:
                named[organization_id] = found
        return named

    def claim(self, contact_id: str, source: str, contact: AnyContact) -> None:
        self.claimed[contact_id] = source
        if isinstance(contact, OrganizationContact):
            # People of the file may name the organization as the file does.
            self.index.name_organization(contact.name, contact_id)

    def identical(
        self,
        record: ImportRecord,
        found: Match,
        name: str,
        draft: AnyContact,
        notes: Iterable[str],
    ) -> PlannedRow:
        """``record`` is ``found`` as stored (named ``name``): skipped, its contact claimed."""
        self.claim(found.contact_id, record.source, draft)
        return self.skip(
            record,
            SkipReason.IDENTICAL,
            translate("Import", "identical to “{name}” ({reason})").format(
                name=name, reason=found.reason
            ),
            notes,
            match=found,
        )

    def skip(
        self,
        record: ImportRecord,
        reason: SkipReason,
        text: str,
        notes: Iterable[str],
        contact: AnyContact | None = None,
        match: Match | None = None,
    ) -> PlannedRow:
        return PlannedRow(
            record.source,
            Action.SKIP,
            contact or record.contact,
            match=match,
            skip_reason=reason,
            reason=text,
            problems=tuple(record.problems),
            notes=tuple(notes),
        )

    def affiliations(
        self, record: ImportRecord
    ) -> tuple[list[ResolvedAffiliation], list[PlannedRow], list[str]]:
        resolved: list[ResolvedAffiliation] = []
        stubs: list[PlannedRow] = []
        notes: list[str] = []
        for affiliation in record.affiliations:
            name = affiliation.organization.strip()
            ids = self.index.organization(name)
            stub_ids = [o.id for o in _organizations(stubs) if fold(o.name) == fold(name)]
            if len(ids) > 1:
                notes.append(
                    translate(
                        "Import",
                        "several organizations are called “{name}”: the work there was not "
                        "linked — link it by hand",
                    ).format(name=name)
                )
                continue
            if ids:
                org_id = ids[0]
            elif stub_ids:
                org_id = stub_ids[0]
            else:
                stub = OrganizationContact(name=name)
                stubs.append(
                    PlannedRow(
                        translate("Import", "organization named by {source}").format(
                            source=record.source
                        ),
                        Action.CREATE,
                        stub,
                        reason=translate("Import", "new organization"),
                    )
                )
                org_id = stub.id
            resolved.append(ResolvedAffiliation(org_id, affiliation.job_title, affiliation.points))
        return resolved, stubs, notes


def _organizations(rows: Iterable[PlannedRow]) -> list[OrganizationContact]:
    return [r.contact for r in rows if isinstance(r.contact, OrganizationContact)]


def _first_error(problems: Iterable[Problem]) -> str | None:
    for problem in problems:
        if problem.severity == "error":
            return str(problem)
    return None


def plan_records(uow: UnitOfWork, source: ImportSource) -> ImportPlan:
    """The dry run for ``source`` against the book ``uow`` reads (nothing is written)."""
    as_received = source.format is FileFormat.VCARD
    rows, stubs = _Planner(uow, source.records, as_received=as_received).plan()
    return ImportPlan(
        source_name=source.name,
        format=source.format,
        encoding=source.encoding,
        rows=tuple(rows),
        organizations=tuple(stubs),
        warnings=source.warnings,
    )


# Fewer new contacts than this are written with the indexes in place.
_BULK_INDEX_MIN = 1000


@dataclass(frozen=True)
class _Batch:
    organizations: list[AnyContact]
    updates: list[PlannedRow]
    people: list[AnyContact]

    @classmethod
    def of(cls, plan: ImportPlan) -> _Batch:
        creates = [
            r.contact for r in (*plan.organizations, *plan.rows) if r.action is Action.CREATE
        ]
        return cls(
            organizations=[c for c in creates if isinstance(c, OrganizationContact)],
            updates=[r for r in plan.rows if r.action is Action.UPDATE],
            people=[c for c in creates if isinstance(c, IndividualContact)],
        )

    @property
    def contact_ids(self) -> list[str]:
        """Organizations first, people last: undo (in reverse) removes people before the
        organizations they work at."""
        return [
            *(c.id for c in self.organizations),
            *(r.contact.id for r in self.updates if r.contact is not None),
            *(c.id for c in self.people),
        ]

    def write(self, uow: UnitOfWork) -> str:
        currents = uow.contacts.get_many(
            [row.contact.id for row in self.updates if row.contact is not None]
        )
        for row in self.updates:
            assert row.contact is not None
            current = currents.get(row.contact.id)
            if not same_state(current, row.before):
                raise ImportOutdatedError(
                    translate(
                        "Import",
                        "“{name}” was changed after the dry run; nothing was imported. "
                        "Plan the import again.",
                    ).format(name=row.contact.name)
                )
        if existing(uow.connection, [c.id for c in (*self.organizations, *self.people)]):
            raise ImportOutdatedError(translate("Import", "this plan has been applied already."))
        referenced = {
            pi.organization_contact
            for c in (*self.people, *(r.contact for r in self.updates))
            if isinstance(c, IndividualContact)
            for pi in c.professional_identities
        } - {c.id for c in self.organizations}
        for org_id in sorted(referenced):
            found = uow.contacts.get(org_id)
            if not isinstance(found, OrganizationContact) or found.in_trash:
                raise ImportOutdatedError(
                    translate(
                        "Import",
                        "an organization the import links people to was deleted or moved to the "
                        "trash after the dry run; nothing was imported. Plan the import again.",
                    )
                )
        # Into a book smaller than the import, the indexes are made once from the sorted
        # rows afterwards rather than grown row by row.
        creating = len(self.organizations) + len(self.people)
        many = (
            not self.updates
            and creating > _BULK_INDEX_MIN
            and creating > uow.contacts.count(include_trash=True)
        )
        with uow.contacts.indexes_made_after() if many else nullcontext():
            uow.contacts.add_many(self.organizations)
            for row in self.updates:
                assert row.contact is not None
                uow.contacts.save(row.contact)
            uow.contacts.add_many(self.people)
        return uow.journal.txn_id


Write = Callable[[UnitOfWork], str]
# Runs the write in one transaction, given the ids of the contacts it touches.
Runner = Callable[[list[str], Write], str]


def apply_plan(plan: ImportPlan, run: Runner, undoable: bool) -> ImportResult:
    """Write ``plan`` through ``run`` (one transaction: the edit history's batch, or a plain
    unit of work)."""
    batch = _Batch.of(plan)
    created = [c.id for c in (*batch.organizations, *batch.people)]
    updated = [r.contact.id for r in batch.updates if r.contact is not None]
    txn_id = run(batch.contact_ids, batch.write) if created or updated else None
    return ImportResult(
        import_id=plan.import_id,
        txn_id=txn_id,
        description=describe(plan),
        created=tuple(created),
        updated=tuple(updated),
        skipped=plan.skipped,
        undoable=undoable and txn_id is not None,
    )


def describe(plan: ImportPlan) -> str:
    return translate("Import", "import of “{file}” ({created}, {updated})").format(
        file=plan.source_name,
        created=tr("%n created", "", plan.to_create),
        updated=tr("%n updated", "", plan.to_update),
    )


__all__ = [
    "Action",
    "ImportOutdatedError",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "SkipReason",
    "Write",
    "apply_plan",
    "check_contact",
    "describe",
    "plan_records",
]
