"""Importing a file again: a record that would leave its stored contact as it is is found
identical from rows (without loading the contact), and the plan is the same as the full
merge would make it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection

from app.domain.models import Email, IndividualContact, Phone, ProfessionalIdentity
from app.services.interchange import planning, unchanged
from app.services.interchange.planning import Action, ImportPlan, SkipReason
from app.services.interchange.unchanged import Content, content_of, stored_contents
from app.store import schema as s
from app.store.snapshots import read_rows
from app.store.unit_of_work import UnitOfWork, unit_of_work
from tests.interchange.conftest import Book
from tests.store import factories

CARDS = """BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:0b6c2f3e-1111-4a6b-9f00-000000000001
FN:Acme Tools
KIND:org
ORG:Acme Tools
EMAIL;TYPE=work:info@acme-tools.be
URL:www.acme-tools.be
END:VCARD
BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:0b6c2f3e-1111-4a6b-9f00-000000000002
FN:An Peeters
N:Peeters;An;;;
BDAY:19800412
CATEGORIES:Partner,Golf
NOTE:Met at the fair
EMAIL;TYPE=home:an.peeters@example.org
TEL;TYPE=cell:+32 475 12 34 56
ADR;TYPE=home:;;Kerkstraat 5;Gent;;9000;Belgium
work1.ORG:Acme Tools
work1.TITLE:Buyer
work1.EMAIL;TYPE=work:an@acme-tools.be
work1.TEL;TYPE=work:+32 9 220 53 34
X-SPOUSE:Jan
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bert Claes
N:Claes;Bert;;;
EMAIL:bert.claes@example.net
TEL;TYPE=HOME:+32 3 456 78 90
ORG:Nieuwe Zaak BV
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Chris Maes
N:Maes;Chris;;;
EMAIL:chris@example.com
EMAIL:chris@example.com
TEL:+31 6 12345678
END:VCARD
"""


def _write(tmp_path: Path, text: str, name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _plan(book: Book, path: Path) -> ImportPlan:
    return book.service.plan_import(book.service.read_file(path))


def _actions(plan: ImportPlan) -> list[tuple[str, Action, SkipReason | None, str]]:
    return [(r.source, r.action, r.skip_reason, r.reason) for r in plan.rows]


def _slow_plan(book: Book, path: Path, monkeypatch: pytest.MonkeyPatch) -> ImportPlan:
    """The plan with every matched contact loaded and merged (no comparison of rows)."""
    with monkeypatch.context() as patch:
        patch.setattr(planning._Planner, "unchanged", lambda *args: False)
        return _plan(book, path)


def _imported(book: Book, path: Path) -> None:
    created, updated, skipped = book.import_file(path)
    assert (created, updated, skipped) == (5, 0, 0)  # four cards, one new organization


def test_the_same_file_again_is_identical_without_loading_the_contacts(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, CARDS)
    _imported(book, path)
    loaded: list[str] = []
    real = UnitOfWork.__init__

    def spying(self: UnitOfWork, *args: object, **kwargs: object) -> None:
        real(self, *args, **kwargs)  # type: ignore[arg-type]
        get_many, get = self.contacts.get_many, self.contacts.get
        self.contacts.get_many = lambda ids: (loaded.extend(ids), get_many(ids))[1]  # type: ignore[method-assign]
        self.contacts.get = lambda cid: (loaded.append(cid), get(cid))[1]  # type: ignore[method-assign]

    with monkeypatch.context() as patch:
        patch.setattr(UnitOfWork, "__init__", spying)
        again = _plan(book, path)
    assert again.to_create == 0 and again.to_update == 0
    assert [r.skip_reason for r in again.rows] == [SkipReason.IDENTICAL] * 4
    assert loaded == []
    assert _actions(again) == _actions(_slow_plan(book, path, monkeypatch))
    assert not book.service.apply_import(again).txn_id


def test_one_changed_field_updates_exactly_that_contact(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _imported(book, _write(tmp_path, CARDS))
    changed = _write(
        tmp_path, CARDS.replace("NOTE:Met at the fair", "NOTE:Met at the spring fair"), "b.vcf"
    )
    plan = _plan(book, changed)
    assert _actions(plan) == _actions(_slow_plan(book, changed, monkeypatch))
    assert [r.action for r in plan.rows] == [Action.SKIP, Action.UPDATE, Action.SKIP, Action.SKIP]
    result = book.service.apply_import(plan)
    assert len(result.updated) == 1 and not result.created
    people = {c.name: c for c in book.contacts()}
    assert people["An Peeters"].internal_note == "Met at the spring fair"
    # A new work phone at the organization changes that contact only, too.
    more = _write(
        tmp_path,
        CARDS.replace("work1.TEL;TYPE=work:+32 9 220 53 34", "work1.TEL;TYPE=work:+32 9 220 53 35"),
        "c.vcf",
    )
    plan = _plan(book, more)
    assert _actions(plan) == _actions(_slow_plan(book, more, monkeypatch))
    assert [r.action for r in plan.rows] == [Action.SKIP, Action.UPDATE, Action.SKIP, Action.SKIP]


def test_a_row_found_equal_while_preloading_is_decided_as_when_compared_again(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison made while preloading is remembered for the row; without it (the
    forms compared again) the plan is the same, also with rows of the file that differ."""
    _imported(book, _write(tmp_path, CARDS))
    changed = _write(
        tmp_path, CARDS.replace("NOTE:Met at the fair", "NOTE:Met at the spring fair"), "b.vcf"
    )
    preload = planning._Planner._preload
    remembered: list[int] = []

    def forgetting(self: planning._Planner, batch: list[int]) -> None:
        preload(self, batch)
        remembered.extend(i for i, (_, _, same) in self.predicted.items() if same is not None)
        self.predicted = {i: (a, c, None) for i, (a, c, _) in self.predicted.items()}

    for path in (tmp_path / "cards.vcf", changed):
        quick = _plan(book, path)
        with monkeypatch.context() as patch:
            patch.setattr(planning._Planner, "_preload", forgetting)
            again = _plan(book, path)
        assert _actions(quick) == _actions(again)
    assert remembered  # the remembered comparison was taken


@pytest.mark.parametrize(
    "edit",
    [
        "note",
        "phone removed",
        "phone number",
        "email added",
        "tag removed",
        "job title",
        "external id",
        "vcard line",
    ],
)
def test_a_contact_edited_in_the_book_is_merged_again(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    """Whatever was changed in the book since the import, the fast path decides as the
    full merge does (an edit the file would undo or add to is an update, never
    “identical”)."""
    path = _write(tmp_path, CARDS)
    _imported(book, path)
    with unit_of_work(book.db) as uow:
        an = next(c for c in book.contacts() if c.name == "An Peeters")
        assert isinstance(an, IndividualContact)
        if edit == "note":
            an.internal_note = "typed in Kontor"
        elif edit == "phone removed":
            an.phones = []
        elif edit == "phone number":
            an.phones = [Phone(number="+32 475 12 34 57")]
        elif edit == "email added":
            an.emails = [*an.emails, Email(address="an@private.example")]
        elif edit == "tag removed":
            an.tags = an.tags[:1]
        elif edit == "job title":
            an.professional_identities[0].job_title = "Head buyer"
        elif edit == "external id":
            an.external_id = None
        else:
            an.vcard_properties = []
        uow.contacts.save(an)
    fast = _plan(book, path)
    slow = _slow_plan(book, path, monkeypatch)
    assert _actions(fast) == _actions(slow)
    # The same contacts to write (the points the file adds have new ids in each plan).
    assert [content_of(r.contact) for r in fast.rows if r.action is Action.UPDATE] == [
        content_of(r.contact) for r in slow.rows if r.action is Action.UPDATE if r.contact
    ]
    an_row = fast.rows[1]
    if edit == "email added":
        # The file takes nothing away: the contact has all the file has, and more.
        assert an_row.skip_reason is SkipReason.IDENTICAL
    else:
        assert an_row.action is Action.UPDATE


def test_the_plain_form_of_a_new_contact_equals_its_stored_rows(book: Book, tmp_path: Path) -> None:
    _imported(book, _write(tmp_path, CARDS))
    contacts = book.contacts()
    with book.db.reading() as conn:
        forms = stored_contents(conn, [c.id for c in contacts])
    assert set(forms) == {c.id for c in contacts}
    for contact in contacts:
        assert forms[contact.id] == content_of(contact), contact.name
        changed = contact.model_copy(update={"name": contact.name + "!"})
        assert forms[contact.id] != content_of(changed)
    an = next(c for c in contacts if c.name == "An Peeters")
    assert isinstance(an, IndividualContact)
    # Another id for each part changes nothing; another organization does.
    fresh = an.model_copy(
        update={
            "id": "another",
            "phones": [p.model_copy(update={"id": "p2"}) for p in an.phones],
        }
    )
    assert forms[an.id] == content_of(fresh)
    moved = an.model_copy(
        update={
            "professional_identities": [
                an.professional_identities[0].model_copy(update={"organization_contact": "x"})
            ]
        }
    )
    assert forms[an.id] != content_of(moved)


def _from_every_row(conn: Connection, contact_ids: list[str]) -> dict[str, Content]:
    """The plain forms made in Python from every stored row of the contacts (as the undo
    steps read them): what the statements of :func:`stored_contents` must give."""
    rows = read_rows(conn, contact_ids, search=False)
    columns = {t.name: [c.name for c in t.columns] for t in s.metadata.sorted_tables}
    owner_of: dict[str, str] = {}
    identities: dict[str, dict[str, int]] = {}
    pi = columns[s.professional_identities.name]
    for row in rows.tables[s.professional_identities.name]:
        values = dict(zip(pi, row, strict=True))
        owner_of[values["id"]] = values["contact_id"]
        identities.setdefault(values["contact_id"], {})[values["id"]] = values["position"]
    forms: dict[str, list[list[tuple[object, ...]]]] = {}
    for row in rows.tables[s.contacts.name]:
        forms[dict(zip(columns["contacts"], row, strict=True))["id"]] = [
            [] for _ in range(len(unchanged._SHAPES) + 1)
        ]
    for at, shape in enumerate(unchanged._SHAPES):
        name = shape.table.name
        for row in [*rows.tables.get(name, []), *rows.identity_tables.get(name, [])]:
            values = dict(zip(columns[name], row, strict=True))
            if shape.table is s.contacts:
                owner = values["id"]
            elif name in ("departments", "locations", "memberships"):
                owner = values["organization_id"]
            else:
                owner = values.get("contact_id") or owner_of[values["professional_identity_id"]]
            kept = [values[column] for column in shape.kept]
            if shape.identity is not None and kept[shape.identity] is not None:
                kept[shape.identity] = identities[owner].get(kept[shape.identity], -1)
            forms[owner][at].append(tuple(kept))
        for parts in forms.values():
            shape.sort(parts[at])
    tag_names = {tag[0]: tag[1] for tag in rows.tags}
    tags = columns[s.contact_tags.name]
    for row in rows.tables[s.contact_tags.name]:
        values = dict(zip(tags, row, strict=True))
        forms[values["contact_id"]][-1].append(
            (values["position"], tag_names[values["tag_id"]], values["remote_id"])
        )
    for parts in forms.values():
        parts[-1].sort(key=lambda tag: tag[0])
    return {cid: tuple(tuple(part) for part in parts) for cid, parts in forms.items()}


def test_the_plain_forms_read_by_statements_equal_the_forms_of_every_row(book: Book) -> None:
    """Contacts with every part filled (identities with their own points, departments and
    locations, relationships, roles, pictures, tags): the forms :func:`stored_contents`
    reads equal the ones made from all their rows, and the ones of the contacts."""
    org = factories.organization()
    an = factories.person(org)
    points = factories.contact_points("PROFESSIONAL")
    points["phones"] = [Phone(number="+32 9 000 00 01"), Phone(number="+32 9 000 00 02")]
    second = ProfessionalIdentity(organization_contact=org.id, job_title="Advisor", **points)
    an.professional_identities = [*an.professional_identities, second]
    an.phones = [Phone(number="+32 475 00 00 01"), Phone(number="+32 475 00 00 02")]
    factories.link_leaders(org, an)
    bert = factories.person(org, "Bert Claes")
    bert.personal_relationships = [factories.relationship(an)]
    with unit_of_work(book.db) as uow:
        uow.contacts.add_many([org, an, bert])  # as an import writes them
    contacts = book.contacts()
    ids = [c.id for c in contacts]
    with book.db.reading() as conn:
        forms = stored_contents(conn, [*ids, "not-stored"])
        assert forms == _from_every_row(conn, ids)
    assert set(forms) == set(ids)
    for contact in contacts:
        assert forms[contact.id] == content_of(contact), contact.name
    # Every table compared holds rows of one of them.
    assert all(any(form[at] for form in forms.values()) for at in range(len(forms[org.id])))
