"""Tags: the list with usage counts, completion, rename, delete, and tagging many contacts.

Tags are one global table shared by name (case-insensitive).  Renaming a tag is journaled once,
as a change of the tag (aggregate ``tag``); deleting one takes it from every contact first, each
journaled as a change of that contact, then journals the tag's deletion.  Tagging and untagging
many contacts go through the :class:`~app.services.history.EditHistory` when one is given, so
each is one undoable step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.models import Tag
from app.domain.problems import Problem, has_errors
from app.domain.validation import validate_tag
from app.i18n import translate
from app.services.history import EditHistory
from app.services.outcome import Outcome
from app.store.aggregates import TagNameTakenError
from app.store.database import Database
from app.store.rows import sort_key
from app.store.unit_of_work import UnitOfWork, unit_of_work


@dataclass(frozen=True)
class TagUsage:
    id: str
    name: str
    # Contacts that have the tag and are not in the trash.
    count: int


class TagService:
    def __init__(self, db: Database, history: EditHistory | None = None) -> None:
        self._db = db
        self._history = history

    def tags(self) -> list[TagUsage]:
        """Every tag by name (case-insensitive) with the number of contacts that have it."""
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            counts = uow.tags.usage_counts(include_trash=False)
            tags = uow.tags.all()
        usages = [TagUsage(t.id, t.name, counts.get(t.id, 0)) for t in tags]
        return sorted(usages, key=lambda u: (sort_key(u.name), u.name))

    def all(self) -> list[Tag]:
        """Every tag by name, without counting its contacts (cheap: for filters and pickers)."""
        with self._db.reading() as conn:
            tags = UnitOfWork(conn).tags.all()
        return sorted(tags, key=lambda t: (sort_key(t.name), t.name))

    def names(self, prefix: str = "", limit: int = 20) -> list[str]:
        """Tag names starting with ``prefix`` (case-insensitive, any script), for completion."""
        wanted = prefix.strip().casefold()
        with self._db.reading() as conn:
            tags = UnitOfWork(conn).tags.all()
        found = sorted(
            (t.name for t in tags if t.name.strip().casefold().startswith(wanted)),
            key=lambda n: (sort_key(n), n),
        )
        return found[:limit]

    def check_name(self, name: str, tag_id: str | None = None) -> list[Problem]:
        """Problems of ``name`` as the name of a tag (``tag_id``: the tag being renamed)."""
        problems = validate_tag(Tag(name=name.strip()))
        if problems:
            return problems
        with self._db.reading() as conn:
            other = UnitOfWork(conn).tags.by_name(name.strip())
        if other is not None and other.id != tag_id:
            return [_taken(other.name)]
        return []

    def rename(self, tag_id: str, name: str) -> Outcome[Tag]:
        """Rename a tag everywhere; a name another tag has already is refused."""
        name = name.strip()
        problems = validate_tag(Tag(name=name))
        if has_errors(problems):
            return Outcome(None, problems)
        with unit_of_work(self._db) as uow:
            try:
                return Outcome(uow.tags.rename(tag_id, name))
            except TagNameTakenError:
                other = uow.tags.by_name(name)
                return Outcome(None, [_taken(other.name if other else name)])

    def delete(self, tag_id: str) -> list[str]:
        """Delete a tag: it is taken from every contact (each journaled); returns their ids."""
        with unit_of_work(self._db) as uow:
            if uow.tags.get(tag_id) is None:
                raise LookupError(tag_id)
            affected = uow.contacts.tagged(tag_id)
            uow.contacts.untag_contacts(affected, tag_id)
            uow.tags.delete(tag_id)
            return affected

    def tag_contacts(self, contact_ids: Iterable[str], name: str) -> Outcome[list[str]]:
        """Give the tag ``name`` (made if new) to many contacts at once; returns those changed."""
        name = name.strip()
        problems = validate_tag(Tag(name=name))
        if has_errors(problems):
            return Outcome(None, problems)
        if self._history is not None:
            return Outcome(self._history.tag(contact_ids, name))
        with unit_of_work(self._db) as uow:
            return Outcome(uow.contacts.tag_contacts(contact_ids, Tag(name=name)))

    def untag_contacts(self, contact_ids: Iterable[str], tag_id: str) -> list[str]:
        """Take a tag from many contacts at once; returns those changed."""
        if self._history is not None:
            return self._history.untag(contact_ids, tag_id)
        with unit_of_work(self._db) as uow:
            return list(uow.contacts.untag_contacts(contact_ids, tag_id))


def _taken(name: str) -> Problem:
    return Problem(
        field="name",
        label=translate("Fields", "Tag"),
        message=translate("Validation", "a tag named “{name}” exists already").format(name=name),
        code="duplicate",
    )


__all__ = ["TagService", "TagUsage"]
