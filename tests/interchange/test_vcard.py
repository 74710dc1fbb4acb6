"""vCard import and export: round trips, versions, encodings, pictures and broken files."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.services.interchange import Action, FileRejectedError, ImportLimits, SkipReason
from app.services.seeding import seed_demo
from app.store.listing import ContactQuery
from tests.interchange.conftest import Book


def _png(size: tuple[int, int] = (4, 3)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def _points(owner: Any) -> tuple[Any, ...]:
    return (
        sorted(
            (a.display(), a.type, tuple(a.usages), a.city, a.zip, a.country_code, a.usage_context)
            for a in owner.addresses
        ),
        sorted((e.address, e.type, e.usage_context) for e in owner.emails),
        sorted((p.number, p.type, tuple(p.usages), p.usage_context) for p in owner.phones),
        sorted((w.url, w.type, w.usage_context) for w in owner.web_addresses),
    )


def _shape(contact: AnyContact, names: dict[str, str]) -> tuple[Any, ...]:
    """What vCard carries of a contact, with organizations by name instead of by id."""
    common = (
        contact.kind,
        contact.name,
        _points(contact),
        sorted(contact.tag_names()),
        contact.internal_note,
    )
    if isinstance(contact, OrganizationContact):
        return common
    identities = sorted(
        (names[pi.organization_contact], pi.job_title or "", _points(pi))
        for pi in contact.professional_identities
    )
    return (
        *common,
        contact.given_name,
        contact.family_name,
        contact.title,
        contact.title_suffix,
        contact.date_of_birth,
        contact.anniversary,
        contact.gender,
        contact.locale,
        identities,
    )


def _shapes(book: Book) -> list[tuple[Any, ...]]:
    contacts = book.contacts()
    names = {c.id: c.name for c in contacts}
    return sorted((_shape(c, names) for c in contacts), key=repr)


def test_the_demo_book_survives_a_round_trip_through_vcard(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    seed_demo(other_book.db)
    exported = other_book.service.export_vcards(tmp_path / "demo.vcf", ContactQuery())
    assert exported.count == other_book.count() == 87

    created, updated, skipped = book.import_file(tmp_path / "demo.vcf")

    assert (created, updated, skipped) == (87, 0, 0)
    assert _shapes(book) == _shapes(other_book)
    # Every card's UID is kept as the external id of the new contact.
    source_ids = {c.id for c in other_book.contacts()}
    assert {c.external_id for c in book.contacts()} == source_ids


def test_importing_the_same_vcard_twice_changes_nothing_the_second_time(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    seed_demo(other_book.db)
    other_book.service.export_vcards(tmp_path / "demo.vcf", ContactQuery())
    book.import_file(tmp_path / "demo.vcf")
    count, journal = book.count(), book.journal_rows()

    plan = book.service.plan_import(book.service.read_file(tmp_path / "demo.vcf"))
    result = book.service.apply_import(plan)

    assert (plan.to_create, plan.to_update) == (0, 0)
    assert plan.skip_counts() == {SkipReason.IDENTICAL: 87}
    assert result.txn_id is None and not result.undoable
    assert (book.count(), book.journal_rows()) == (count, journal)
    # Re-importing the book's own export matches each contact by its id.
    book.service.export_vcards(tmp_path / "again.vcf", ContactQuery())
    again = book.service.plan_import(book.service.read_file(tmp_path / "again.vcf"))
    assert again.skip_counts() == {SkipReason.IDENTICAL: 87}


VCARD_30 = """BEGIN:VCARD
VERSION:3.0
N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Dr.;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=BCrgen M=C3=BCller aus der Stra=C3=9Fe=
 mit dem langen Namen
NOTE:A note folded over
  two lines\\, with a comma
TEL;TYPE=WORK,VOICE:+49 30 1234567
TEL;TYPE=CELL:+49 171 1234567
TEL;TYPE=HOME,FAX:+49 30 7654321
EMAIL;TYPE=INTERNET,WORK:juergen@example.de
item1.EMAIL;TYPE=INTERNET:jm@school.example
item1.X-ABLabel:School
URL:https://www.linkedin.com/in/juergen
ADR;TYPE=HOME:;;Hauptstraße 1;Berlin;;10115;Germany
CATEGORIES:VIP,Friends\\, close
ORG:Acme GmbH;Sales
TITLE:Head of sales
BDAY:1970-01-02
END:VCARD
"""


def test_a_vcard_30_with_quoted_printable_and_folded_lines_is_read(
    book: Book, tmp_path: Path
) -> None:
    path = _write(tmp_path / "old.vcf", VCARD_30)

    source = book.service.read_file(path)

    [record] = source.records
    assert record.problems == []
    person = record.contact
    assert isinstance(person, IndividualContact)
    assert person.name == "Dr. Jürgen Müller aus der Straße mit dem langen Namen"
    assert (person.given_name, person.family_name, person.title) == ("Jürgen", "Müller", "Dr.")
    assert person.internal_note == "A note folded over two lines, with a comma"
    assert [(p.number, p.type) for p in person.phones] == [
        ("+49 30 1234567", "DIRECT_LINE"),
        ("+49 171 1234567", "MOBILE"),
        ("+49 30 7654321", "HOME_FAX"),
    ]
    assert [(e.address, e.type, e.description) for e in person.emails] == [
        ("juergen@example.de", "WORK_EMAIL", None),
        ("jm@school.example", "NOT_QUALIFIED", "school"),
    ]
    assert person.web_addresses[0].type == "LINKEDIN_PROFILE"
    [address] = person.addresses
    assert (address.type, address.street_name, address.street_number) == (
        "RESIDENTIAL_HOME",
        "Hauptstraße",
        "1",
    )
    assert (address.city, address.zip, address.country_code) == ("Berlin", "10115", "DE")
    assert person.tag_names() == ["VIP", "Friends, close"]
    assert str(person.date_of_birth) == "1970-01-02"
    [work] = record.affiliations
    assert (work.organization, work.job_title) == ("Acme GmbH", "Head of sales")

    plan = book.service.plan_import(source)
    book.service.apply_import(plan)

    stored = {c.name: c for c in book.contacts()}
    acme = stored["Acme GmbH"]
    assert isinstance(acme, OrganizationContact)
    juergen = stored[person.name]
    assert isinstance(juergen, IndividualContact)
    [identity] = juergen.professional_identities
    assert (identity.organization_contact, identity.job_title) == (acme.id, "Head of sales")


def test_quoted_printable_in_a_wrong_charset_is_read_with_a_warning(
    book: Book, tmp_path: Path
) -> None:
    card = "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=FCller\nFN:M\nEND:VCARD\n"
    plan = book.service.plan_import(book.service.read_file(_write(tmp_path / "qp.vcf", card)))

    [row] = plan.rows
    assert row.action is Action.CREATE
    assert isinstance(row.contact, IndividualContact) and row.contact.family_name == "Müller"
    assert any("not UTF-8; read as cp1252" in str(p) for p in row.problems)


def test_pictures_inline_in_vcard_30_and_40_are_kept(book: Book, tmp_path: Path) -> None:
    png = _png()
    data = base64.b64encode(png).decode()
    cards = (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Three\nPHOTO;ENCODING=b;TYPE=PNG:{data}\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Four\nPHOTO:data:image/png;base64,{data}\nEND:VCARD\n"
    )
    book.import_file(_write(tmp_path / "photos.vcf", cards))

    contacts = book.contacts()
    assert sorted(c.name for c in contacts) == ["Four", "Three"]
    for contact in contacts:
        [image] = contact.images
        assert (image.data, image.media_type, image.width, image.height) == (
            png,
            "image/png",
            4,
            3,
        )
    book.service.export_vcards(tmp_path / "out.vcf", ContactQuery())
    text = (tmp_path / "out.vcf").read_text()
    assert "PHOTO:data:image/png;base64," in text
    again = book.service.plan_import(book.service.read_file(tmp_path / "out.vcf"))
    assert again.skip_counts() == {SkipReason.IDENTICAL: 2}


def test_a_50_mb_photo_is_a_clear_problem_and_changes_nothing(book: Book, tmp_path: Path) -> None:
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + os.urandom(50 * 1024 * 1024)).decode()
    folded = "\n ".join(data[i : i + 74] for i in range(0, len(data), 74))
    path = tmp_path / "huge.vcf"
    with path.open("w", encoding="utf-8", newline="\r\n") as out:
        out.write(f"BEGIN:VCARD\nVERSION:3.0\nFN:Big Picture\nPHOTO;ENCODING=b;TYPE=PNG:{folded}\n")
        out.write("END:VCARD\n")
    del data, folded

    plan = book.service.plan_import(book.service.read_file(path))
    result = book.service.apply_import(plan)

    [row] = plan.rows
    assert row.action is Action.SKIP and row.skip_reason is SkipReason.INVALID
    assert "picture" in row.reason and "MB" in row.reason
    assert not plan.changes_anything and result.txn_id is None
    assert book.count() == 0 and book.journal_rows() == 0


def test_a_photo_just_over_the_limit_is_left_out_by_its_decoded_size(
    book: Book, tmp_path: Path
) -> None:
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(12 * 1024 * 1024 + 100)).decode()
    path = _write(
        tmp_path / "big.vcf",
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Big\nPHOTO:data:image/png;base64,{data}\nEND:VCARD\n",
    )

    [row] = book.service.plan_import(book.service.read_file(path)).rows

    assert row.action is Action.CREATE and row.contact is not None and not row.contact.images
    assert any("a picture may be at most 12.0 MB" in str(p) for p in row.problems)


def test_broken_cards_are_reported_and_the_others_imported(book: Book, tmp_path: Path) -> None:
    cards = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Good One\nEMAIL:good@example.be\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Broken Line\nthis line has no colon\nEND:VCARD\n"
        "garbage between cards\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:No Name Here\nNOTE:x\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Not Closed\n"
    )
    source = book.service.read_file(_write(tmp_path / "broken.vcf", cards))
    plan = book.service.plan_import(source)

    assert [r.action for r in plan.rows] == [Action.CREATE] * 4
    assert plan.rows[1].source == "card 2 (line 6)"
    assert any(str(p).startswith("Line 9: skipped: it has no “:”") for p in plan.rows[1].problems)
    assert any("END:VCARD is missing" in str(p) for p in plan.rows[3].problems)
    assert any("outside BEGIN:VCARD" in w for w in plan.warnings)
    book.service.apply_import(plan)
    names = sorted(c.name for c in book.contacts())
    assert names == ["Broken Line", "Good One", "No Name Here", "Not Closed"]


def test_a_card_without_any_name_is_named_by_its_e_mail(book: Book, tmp_path: Path) -> None:
    path = _write(tmp_path / "x.vcf", "BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@b.be\nEND:VCARD\n")
    [row] = book.service.plan_import(book.service.read_file(path)).rows
    assert row.action is Action.CREATE and row.name == "a@b.be"


def test_a_file_mixing_encodings_is_read_line_by_line(book: Book, tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen\r\nNOTE:caf".encode() + b"\xe9\r\nEND:VCARD\r\n"
    (tmp_path / "mixed.vcf").write_bytes(text)

    source = book.service.read_file(tmp_path / "mixed.vcf")
    [record] = source.records
    assert record.contact is not None and record.contact.name == "Jürgen"
    assert record.contact.internal_note == "café"
    assert source.warnings and "not all UTF-8" in source.warnings[0]


def test_a_latin_1_file_is_read_with_a_warning(book: Book, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "latin.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jürgen Müller\nNOTE:Straße in Köln\nEND:VCARD\n",
        encoding="latin-1",
    )
    source = book.service.read_file(path)
    [record] = source.records
    assert record.contact is not None and record.contact.name == "Jürgen Müller"
    assert source.warnings and "not all UTF-8" in source.warnings[0]


def test_a_file_that_is_not_text_is_refused(book: Book, tmp_path: Path) -> None:
    (tmp_path / "photo.vcf").write_bytes(_png((64, 64)) + os.urandom(2000))
    with pytest.raises(FileRejectedError):
        book.service.read_file(tmp_path / "photo.vcf")


def test_file_size_and_card_count_caps(book: Book, tmp_path: Path) -> None:
    sparse = tmp_path / "huge.vcf"
    with sparse.open("wb") as out:
        out.truncate(101 * 1024 * 1024)
    with pytest.raises(FileRejectedError, match=r"101\.0 MB.*at most 100\.0 MB"):
        book.service.read_file(sparse)

    book.service.limits = ImportLimits(max_records=2)
    cards = "".join(f"BEGIN:VCARD\nVERSION:4.0\nFN:P{i}\nEND:VCARD\n" for i in range(3))
    with pytest.raises(FileRejectedError, match="more than 2 cards"):
        book.service.read_file(_write(tmp_path / "three.vcf", cards))


def test_a_value_longer_than_the_cap_is_left_out_with_a_warning(book: Book, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "long.vcf",
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Long\nNOTE:{'x' * 10_001}\nEND:VCARD\n",
    )
    [row] = book.service.plan_import(book.service.read_file(path)).rows
    assert row.action is Action.CREATE and row.contact is not None
    assert row.contact.internal_note is None
    assert any("at most 10,000" in str(p) for p in row.problems)


def test_a_card_with_the_same_uid_updates_the_contact_it_made(book: Book, tmp_path: Path) -> None:
    first = (
        "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:abc\nFN:An Peeters\nEMAIL:an@one.be\nEND:VCARD\n"
    )
    book.import_file(_write(tmp_path / "1.vcf", first))
    second = first.replace("an@one.be", "an@two.be").replace("An Peeters", "An Peeters-Janssens")

    plan = book.service.plan_import(book.service.read_file(_write(tmp_path / "2.vcf", second)))
    book.service.apply_import(plan)

    [row] = plan.rows
    assert row.action is Action.UPDATE and "same external id abc" in row.reason
    [stored] = book.contacts()
    assert stored.name == "An Peeters-Janssens" and stored.external_id == "abc"
    # Nothing is taken away: the first address stays beside the new one.
    assert [e.address for e in stored.emails] == ["an@one.be", "an@two.be"]


def test_organization_named_by_org_is_found_by_name_or_made_once(
    book: Book, tmp_path: Path
) -> None:
    existing = OrganizationContact(name="Brouwerij De Klok NV")
    book.history.save(existing)
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:An\nORG:brouwerij de klok nv\nTITLE:Sales\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bert\nORG:Nieuwe Firma\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cas\nORG:Nieuwe Firma\nTITLE:Boss\nEND:VCARD\n"
    )
    plan = book.service.plan_import(book.service.read_file(_write(tmp_path / "o.vcf", cards)))
    assert [r.name for r in plan.organizations] == ["Nieuwe Firma"]
    book.service.apply_import(plan)

    stored = {c.name: c for c in book.contacts()}
    firma = stored["Nieuwe Firma"]
    people = {c.name: c for c in stored.values() if isinstance(c, IndividualContact)}
    by_person = {
        name: [(pi.organization_contact, pi.job_title) for pi in person.professional_identities]
        for name, person in people.items()
    }
    assert by_person == {
        "An": [(existing.id, "Sales")],
        "Bert": [(firma.id, None)],
        "Cas": [(firma.id, "Boss")],
    }


def test_the_export_is_vcard_40(book: Book, tmp_path: Path) -> None:
    seed_demo(book.db)
    book.service.export_vcards(tmp_path / "all.vcf", ContactQuery())
    raw = (tmp_path / "all.vcf").read_bytes()

    cards = raw.decode("utf-8").split("BEGIN:VCARD\r\n")[1:]
    assert len(cards) == 87
    assert b"\n" not in raw.replace(b"\r\n", b"")
    for card in cards:
        lines = card.split("\r\n")
        assert lines[0] == "VERSION:4.0"
        assert any(line.startswith("FN:") for line in lines)
        assert any(line.startswith("UID:urn:uuid:") for line in lines)
        assert all(len(line.encode()) <= 75 for line in lines)
        assert card.endswith("END:VCARD\r\n")


def test_one_file_per_contact(book: Book, tmp_path: Path) -> None:
    seed_demo(book.db)
    query = ContactQuery(search="Brouwerij")
    result = book.service.export_vcards(tmp_path / "cards", query, one_per_contact=True)

    files = sorted((tmp_path / "cards").glob("*.vcf"))
    assert result.count == len(files) >= 1
    assert all(f.read_text().count("BEGIN:VCARD") == 1 for f in files)
    assert any("Brouwerij De Klok NV" in f.name for f in files)
