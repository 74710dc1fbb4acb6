"""Duplicates: found while typing, found over the whole book, and merged.

A duplicate is the same party recorded twice: the same normalised e-mail, phone or VAT
number (``app.domain.keys``), or a very similar name in the same city (rapidfuzz).  A key
that many contacts share (a generic ``info@`` address, a switchboard) identifies no one and
is left out.

A **merge** keeps one contact (the survivor) and moves everything the other owns to it:
contact points, roles it lacks, professional identities, departments, locations,
memberships, tags and pictures; other records that name the other contact (people working
at it, relationships, customer lists, founders and leaders) are pointed at the survivor.
The other contact goes to the trash.  It is one step of the edit history (undo takes all of
it back) and sync sends it as an update plus a delete.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import String, cast, func, or_, select

from app.domain.keys import EMAIL, PHONE, VAT, contact_keys
from app.domain.models import (
    AnyContact,
    DepartmentRef,
    IndividualContact,
    LocationRef,
    OrganizationContact,
    ProfessionalIdentityRef,
)
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.field_names import field_name
from app.services.history import EditHistory
from app.store import schema as s
from app.store.database import Database
from app.store.rows import optional_sort_key
from app.store.sync_state import forget_own_entity_ids
from app.store.unit_of_work import UnitOfWork
from app.sync.wire import iter_entities

# Keys shared by more contacts than this identify no one (info@, a switchboard).
MAX_KEY_GROUP = 20
NAME_CUTOFF = 88  # rapidfuzz ratio (0..100) from which names count as very similar
_KEY_WEIGHT = {VAT: 0.98, EMAIL: 0.95, PHONE: 0.9}
_KEY_LABEL = {
    VAT: QT_TRANSLATE_NOOP("Duplicates", "same VAT number ({value})"),
    EMAIL: QT_TRANSLATE_NOOP("Duplicates", "same e-mail ({value})"),
    PHONE: QT_TRANSLATE_NOOP("Duplicates", "same phone ({value})"),
}
_ROLE_WORDS = {
    "customer_role": QT_TRANSLATE_NOOP("Duplicates", "customer role"),
    "supplier_role": QT_TRANSLATE_NOOP("Duplicates", "supplier role"),
    "alternative_payer_role": QT_TRANSLATE_NOOP("Duplicates", "alternative payer role"),
}


def _same_key(kind: str, key: str) -> str:
    return translate("Duplicates", _KEY_LABEL[kind]).format(value=key)


# Fields a merge never takes from the other contact.
_KEEP = frozenset({"id", "remote_id", "kind", "created_at", "updated_at", "deleted_at"})
_LISTS = (
    "addresses",
    "emails",
    "phones",
    "web_addresses",
    "professional_identities",
    "personal_relationships",
    "departments",
    "locations",
    "memberships",
    "images",
)
_ROLES = ("customer_role", "supplier_role", "alternative_payer_role")
_MOVED = {
    "addresses": (
        QT_TRANSLATE_NOOP("Duplicates", "1 address"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} addresses"),
    ),
    "emails": (
        QT_TRANSLATE_NOOP("Duplicates", "1 e-mail"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} e-mails"),
    ),
    "phones": (
        QT_TRANSLATE_NOOP("Duplicates", "1 phone"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} phones"),
    ),
    "web_addresses": (
        QT_TRANSLATE_NOOP("Duplicates", "1 web address"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} web addresses"),
    ),
    "professional_identities": (
        QT_TRANSLATE_NOOP("Duplicates", "1 professional identity"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} professional identities"),
    ),
    "personal_relationships": (
        QT_TRANSLATE_NOOP("Duplicates", "1 relationship"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} relationships"),
    ),
    "departments": (
        QT_TRANSLATE_NOOP("Duplicates", "1 department"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} departments"),
    ),
    "locations": (
        QT_TRANSLATE_NOOP("Duplicates", "1 location"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} locations"),
    ),
    "memberships": (
        QT_TRANSLATE_NOOP("Duplicates", "1 membership"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} memberships"),
    ),
    "images": (
        QT_TRANSLATE_NOOP("Duplicates", "1 picture"),
        QT_TRANSLATE_NOOP("Duplicates", "{n} pictures"),
    ),
}


def _count(n: int, singular: str, plural: str) -> str:
    """``"1 e-mail"`` or ``"3 e-mails"`` (one, or more: the two forms Kontor's languages use)."""
    if n == 1:
        return translate("Duplicates", singular)
    return translate("Duplicates", plural).format(n=n)


@dataclass(frozen=True)
class DuplicateHint:
    """An existing contact that looks like the one being edited."""

    contact_id: str
    name: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DuplicatePair:
    first_id: str
    first_name: str
    second_id: str
    second_name: str
    score: float  # 0..1
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class FieldOption:
    """A field both contacts have, with different values: the user picks one."""

    name: str
    label: str
    survivor: str
    other: str


@dataclass(frozen=True)
class MergePreview:
    survivor: AnyContact
    other: AnyContact
    choices: list[FieldOption]
    moves: list[str] = field(default_factory=list)  # "3 e-mails", "1 professional identity"…


class MergeRefused(Exception):  # noqa: N818
    pass


def _combine(scores: Iterable[float]) -> float:
    rest = 1.0
    for value in scores:
        rest *= 1.0 - value
    return round(1.0 - rest, 3)


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


class DuplicateFinder:
    def __init__(self, db: Database, history: EditHistory) -> None:
        self._db = db
        self._history = history

    # --- while typing -------------------------------------------------------------------------

    def similar_to(self, draft: AnyContact, limit: int = 5) -> list[DuplicateHint]:
        """Contacts that look like ``draft`` (same key, or a very similar name in its city)."""
        reasons: dict[str, list[tuple[float, str]]] = defaultdict(list)
        keys = contact_keys(draft)
        k, c = s.contact_keys, s.contacts
        with self._db.reading() as conn:
            if keys:
                wanted = or_(*[(k.c.kind == kind) & (k.c.key == key) for kind, key in keys])
                rows = conn.execute(
                    select(k.c.contact_id, k.c.kind, k.c.key)
                    .join(c, c.c.id == k.c.contact_id)
                    .where(wanted, k.c.contact_id != draft.id, c.c.deleted_at.is_(None))
                ).all()
                for row in rows:
                    reasons[row.contact_id].append(
                        (_KEY_WEIGHT[row.kind], _same_key(row.kind, row.key))
                    )
            from rapidfuzz import fuzz, process, utils  # loaded on first use, not at start

            city = next((a.city for a in draft.addresses if a.city), None)
            city_key = optional_sort_key(city)
            if city_key and len(draft.name.strip()) >= 3:
                namesakes = conn.execute(
                    select(c.c.id, c.c.name)
                    .where(
                        c.c.sort_city == city_key,
                        c.c.kind == draft.kind.value,
                        c.c.id != draft.id,
                        c.c.deleted_at.is_(None),
                    )
                    .limit(50_000)
                ).all()
                found = process.extract(
                    draft.name,
                    {row.id: row.name for row in namesakes},
                    scorer=fuzz.ratio,
                    processor=utils.default_process,
                    score_cutoff=NAME_CUTOFF,
                    limit=limit,
                )
                for name, score, contact_id in found:
                    reasons[contact_id].append(
                        (
                            score / 100 * 0.85,
                            translate("Duplicates", "similar name “{name}” in {city}").format(
                                name=name, city=city
                            ),
                        )
                    )
            if not reasons:
                return []
            names = dict(
                conn.execute(select(c.c.id, c.c.name).where(c.c.id.in_(list(reasons)))).all()
            )
        hints = [
            DuplicateHint(
                cid,
                names.get(cid, ""),
                _combine(w for w, _ in found_reasons),
                tuple(r for _, r in found_reasons),
            )
            for cid, found_reasons in reasons.items()
        ]
        return sorted(hints, key=lambda h: -h.score)[:limit]

    # --- the whole book -----------------------------------------------------------------------

    def scan(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[DuplicatePair]:
        """Every likely pair of duplicates, best first."""
        pairs: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
        k, c = s.contact_keys, s.contacts
        with self._db.reading() as conn:
            groups = conn.execute(
                select(k.c.kind, k.c.key, func.group_concat(k.c.contact_id, ","))
                .join(c, c.c.id == k.c.contact_id)
                .where(c.c.deleted_at.is_(None))
                .group_by(k.c.kind, k.c.key)
                .having(func.count() > 1)
                .having(func.count() <= MAX_KEY_GROUP)
            ).all()
            for kind, key, ids in groups:
                for a, b in combinations(sorted(set(ids.split(","))), 2):
                    pairs[(a, b)].append((_KEY_WEIGHT[kind], _same_key(kind, key)))
            people = conn.execute(
                select(c.c.id, c.c.kind, c.c.name, c.c.sort_city)
                .where(c.c.deleted_at.is_(None), c.c.sort_city.is_not(None))
                .order_by(c.c.kind, c.c.sort_city)
            ).all()
            names = dict(conn.execute(select(c.c.id, c.c.name)).all())
        from rapidfuzz import fuzz, process, utils

        blocks: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for row in people:
            blocks[(row.kind, row.sort_city)].append(row)
        done = 0
        total = len(people)
        for (_kind, _city), rows in blocks.items():
            if cancelled is not None and cancelled():
                break
            done += len(rows)
            if progress is not None:
                progress(done, total)
            if len(rows) < 2:
                continue
            texts = [utils.default_process(r.name) for r in rows]
            matrix = process.cdist(
                texts, texts, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF, dtype="uint8", workers=-1
            )
            for i, j in zip(*matrix.nonzero(), strict=True):
                if i >= j:
                    continue
                a, b = rows[int(i)], rows[int(j)]
                key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                score = float(matrix[i, j])
                pairs[key].append(
                    (
                        score / 100 * 0.85,
                        translate("Duplicates", "similar name ({score}%) in the same city").format(
                            score=f"{score:.0f}"
                        ),
                    )
                )
        found = [
            DuplicatePair(
                a,
                names.get(a, ""),
                b,
                names.get(b, ""),
                _combine(w for w, _ in reasons),
                tuple(r for _, r in reasons),
            )
            for (a, b), reasons in pairs.items()
        ]
        return sorted(found, key=lambda p: (-p.score, p.first_name))

    # --- merging ------------------------------------------------------------------------------

    def preview_merge(self, survivor_id: str, other_id: str) -> MergePreview:
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            survivor = uow.contacts.require(survivor_id)
            other = uow.contacts.require(other_id)
        _check_mergeable(survivor, other)
        choices = []
        for name in type(survivor).model_fields:
            if name in _KEEP or name in _LISTS or name in _ROLES or name == "tags":
                continue
            mine, theirs = getattr(survivor, name), getattr(other, name)
            if theirs in (None, "", [], {}) or mine == theirs:
                continue
            choices.append(FieldOption(name, field_name(name), _text(mine), _text(theirs)))
        moves = [
            _count(len(getattr(other, n)), *_MOVED[n])
            for n in _LISTS
            if hasattr(other, n) and getattr(other, n)
        ]
        moves += [
            translate("Duplicates", _ROLE_WORDS[r]) for r in _ROLES if getattr(other, r) is not None
        ]
        return MergePreview(survivor, other, choices, moves)

    def merge(self, survivor_id: str, other_id: str, take: Iterable[str] = ()) -> AnyContact:
        """Merge ``other`` into ``survivor``; fields named in ``take`` come from ``other``
        (empty fields of the survivor are filled from ``other`` anyway)."""
        taken = set(take)
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            survivor = uow.contacts.require(survivor_id)
            other = uow.contacts.require(other_id)
            _check_mergeable(survivor, other)
            affected = _referring_contacts(uow, other_id)
            list_ids = list(
                conn.execute(
                    select(s.customer_list_members.c.list_id).where(
                        s.customer_list_members.c.contact_id == other_id
                    )
                ).scalars()
            )

        def action(uow: UnitOfWork) -> AnyContact:
            # The other contact gives its items up first: saved the other way round, the
            # survivor's save would take their rows over and the other's journal (and sync)
            # would never hear that they left it.
            emptied = other.model_copy(update={n: [] for n in _LISTS if hasattr(other, n)})
            emptied = emptied.model_copy(update={r: None for r in _ROLES} | {"tags": []})
            uow.contacts.save(emptied)
            # Its items are new on every server under the survivor: the ids the further enfore
            # accounts kept for them go, as the rows' go with _fresh.
            forget_own_entity_ids(
                uow.connection, [e.id for e in iter_entities(other) if e is not other]
            )
            stored = uow.contacts.save(_merged(survivor, other, taken))
            uow.contacts.trash(other_id)
            for contact_id in affected:
                found = uow.contacts.get(contact_id)
                if found is not None:
                    uow.contacts.save(_repointed(found, other_id, survivor_id))
            for list_id in list_ids:
                found_list = uow.customer_lists.get(list_id)
                if found_list is not None:
                    members = [survivor_id if m == other_id else m for m in found_list.member_ids]
                    uow.customer_lists.save(
                        found_list.model_copy(update={"member_ids": list(dict.fromkeys(members))})
                    )
            return stored

        return self._history.batch(
            translate("History", "merge of “{other}” into “{survivor}”").format(
                other=other.name, survivor=survivor.name
            ),
            [survivor_id, other_id, *affected],
            list_ids,
            action,
            "merge",
        )


def _check_mergeable(survivor: AnyContact, other: AnyContact) -> None:
    if survivor.id == other.id:
        raise MergeRefused(translate("Duplicates", "A contact cannot be merged with itself."))
    if survivor.kind != other.kind:
        raise MergeRefused(
            translate("Duplicates", "A person and an organization cannot be merged.")
        )
    if survivor.deleted_at is not None or other.deleted_at is not None:
        raise MergeRefused(
            translate("Duplicates", "Restore the contact from the trash before merging it.")
        )


def _fresh(items: Sequence[Any]) -> list[Any]:
    """Items moving to another contact: new on the server there (no remote ids)."""
    moved = []
    for item in items:
        copy = item.model_copy(deep=True)
        copy.remote_id = None
        for name in ("addresses", "emails", "phones", "web_addresses"):
            for point in getattr(copy, name, []) or []:
                point.remote_id = None
        moved.append(copy)
    return moved


def _merged(survivor: AnyContact, other: AnyContact, taken: set[str]) -> AnyContact:
    update: dict[str, Any] = {}
    for name in type(survivor).model_fields:
        if name in _KEEP or name in _LISTS or name in _ROLES or name == "tags":
            continue
        mine, theirs = getattr(survivor, name), getattr(other, name)
        if name in taken or (mine in (None, "", [], {}) and theirs not in (None, "", [], {})):
            update[name] = theirs
    for name in _LISTS:
        if hasattr(survivor, name):
            update[name] = [*getattr(survivor, name), *_fresh(getattr(other, name))]
    for role in _ROLES:
        if getattr(survivor, role) is None and getattr(other, role) is not None:
            update[role] = getattr(other, role).model_copy(deep=True)
    names = {t.name.casefold() for t in survivor.tags}
    update["tags"] = [*survivor.tags, *[t for t in other.tags if t.name.casefold() not in names]]
    merged = survivor.model_copy(update=update)
    return _repointed(merged, other.id, survivor.id)


def _referring_contacts(uow: UnitOfWork, other_id: str) -> list[str]:
    """Contacts (besides the two) whose records name ``other_id``."""
    conn = uow.connection
    c, pi, rel = s.contacts, s.professional_identities, s.personal_relationships
    found: set[str] = set(
        conn.execute(
            select(pi.c.contact_id).where(
                pi.c.organization_id == other_id, pi.c.contact_id != other_id
            )
        ).scalars()
    )
    found |= set(
        conn.execute(select(rel.c.contact_id).where(rel.c.related_contact_id == other_id)).scalars()
    )
    pattern = f"%{other_id}%"
    found |= set(
        conn.execute(
            select(c.c.id).where(
                or_(
                    cast(c.c.founders, String).like(pattern),
                    cast(c.c.leaders, String).like(pattern),
                    cast(c.c.representatives, String).like(pattern),
                )
            )
        ).scalars()
    )
    found.discard(other_id)
    return sorted(found)


def _repointed(contact: AnyContact, old: str, new: str) -> AnyContact:
    """``contact`` with every reference to contact ``old`` pointing at ``new``."""

    def ref(value: Any) -> Any:
        if (
            isinstance(value, ProfessionalIdentityRef | DepartmentRef | LocationRef)
            and value.contact_id == old
        ):
            return value.model_copy(update={"contact_id": new})
        return value

    copy = contact.model_copy(deep=True)
    if isinstance(copy, IndividualContact):
        for pi in copy.professional_identities:
            if pi.organization_contact == old:
                pi.organization_contact = new
            pi.departments = [ref(d) for d in pi.departments]
            pi.locations = [ref(x) for x in pi.locations]
        for rel in copy.personal_relationships:
            if rel.individual_contact == old:
                rel.individual_contact = new
    if isinstance(copy, OrganizationContact):
        copy.founders = [ref(x) for x in copy.founders]
        copy.leaders = [ref(x) for x in copy.leaders]
        for rep in copy.representatives:
            rep.professional_identity = ref(rep.professional_identity)
        for loc in copy.locations:
            loc.leaders = [ref(x) for x in loc.leaders]
    return copy
