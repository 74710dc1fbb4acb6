"""CSV import (layouts, detection, preview, templates, caps) and CSV export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.domain.models import IndividualContact, OrganizationContact
from app.services.interchange import (
    Action,
    CsvMapping,
    FileRejectedError,
    SkipReason,
    TemplateError,
    neutralise,
)
from app.services.seeding import seed_demo
from app.store.listing import ContactQuery
from tests.interchange.conftest import Book

OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Company,Department,Job Title,"
    "Business Street,Business City,Business Postal Code,Business Country/Region,"
    "Home Street,Home City,Home Postal Code,Home Country/Region,Business Fax,Business Phone,"
    "Home Phone,Mobile Phone,E-mail Address,E-mail 2 Address,Birthday,Categories,Notes,Web Page\r\n"
    "An,Maria,Peeters,Dr.,,Brouwerij De Klok NV,Sales,Key account,Nieuwevaart 118,Gent,9000,"
    "Belgium,Hoogstraat 27,Gent,9000,België,09 220 07 91,09 289 24 71,,0495 12 34 56,"
    'an.peeters@klok.example,an@home.example,2/28/1980,VIP;Newsletter,"Two\nlines",'
    "https://klok.example/\r\n"
    ",,,,,Acme NV,,,,,,,,,,,,,,,info@acme.example,,0/0/00,,,\r\n"
)
GOOGLE = (
    "Name,Given Name,Additional Name,Family Name,Name Prefix,Birthday,Notes,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,"
    "Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country,"
    "Organization 1 - Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value\n"
    "Jan Jansen,Jan,,Jansen,,1975-05-17,,* myContacts ::: Friends,* Work,jan@bakkerij.example,"
    "Home,jan@thuis.example ::: jj@thuis.example,Mobile,+31 6 12345678,Work Fax,+31 20 1234567,"
    'Home,"Kerkstraat 1\n1017 GA Amsterdam",Kerkstraat 1,Amsterdam,1017 GA,Netherlands,'
    "Bakkerij Jansen,Baker,Profile,https://www.linkedin.com/in/janjansen\n"
)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_outlook_headers_are_recognised(book: Book, tmp_path: Path) -> None:
    path = _write(tmp_path / "outlook.csv", OUTLOOK)

    layout = book.service.inspect_csv(path)

    assert (layout.layout, layout.delimiter, layout.encoding) == ("outlook", ",", "utf-8")
    assert layout.mapping.date_order == "MDY"
    columns = layout.mapping.columns
    assert columns["First Name"] == "given_name" and columns["Last Name"] == "family_name"
    assert columns["Company"] == "organization" and columns["Job Title"] == "job_title"
    assert columns["Business Phone"] == "phone.work" and columns["Mobile Phone"] == "phone.mobile"
    assert columns["E-mail Address"] == "email.1" and columns["Categories"] == "tags"
    assert columns["Business Country/Region"] == "address.work.country"
    assert "Department" not in columns

    plan = book.service.plan_import(book.service.read_file(path))
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE]
    an, acme = (r.contact for r in plan.rows)
    assert isinstance(an, IndividualContact) and isinstance(acme, OrganizationContact)
    assert (an.name, an.title, an.given_name) == ("Dr. An Maria Peeters", "Dr.", "An Maria")
    assert str(an.date_of_birth) == "1980-02-28" and an.tag_names() == ["VIP", "Newsletter"]
    assert an.internal_note == "Two\nlines"
    assert {(p.number, p.type) for p in an.phones} == {
        ("09 220 07 91", "DIRECT_FAX"),
        ("09 289 24 71", "DIRECT_LINE"),
        ("0495 12 34 56", "MOBILE"),
    }
    assert {(a.city, a.type, a.country_code) for a in an.addresses} == {
        ("Gent", "OFFICE", "BE"),
        ("Gent", "RESIDENTIAL_HOME", "BE"),
    }
    assert [r.name for r in plan.organizations] == ["Brouwerij De Klok NV"]
    assert acme.name == "Acme NV" and acme.emails[0].usage_context == "ORGANIZATION"


def test_google_headers_are_recognised(book: Book, tmp_path: Path) -> None:
    path = _write(tmp_path / "google.csv", GOOGLE)

    layout = book.service.inspect_csv(path)
    assert layout.layout == "google"
    assert layout.mapping.columns["E-mail 1 - Value"] == "email.1"
    assert layout.mapping.columns["E-mail 1 - Type"] == "email.1.type"
    assert layout.mapping.columns["Organization 1 - Name"] == "organization"

    [row] = book.service.plan_import(book.service.read_file(path)).rows
    jan = row.contact
    assert isinstance(jan, IndividualContact)
    assert [(e.address, e.type) for e in jan.emails] == [
        ("jan@bakkerij.example", "WORK_EMAIL"),
        ("jan@thuis.example", "PERSONAL_EMAIL"),
        ("jj@thuis.example", "PERSONAL_EMAIL"),
    ]
    assert [(p.number, p.type) for p in jan.phones] == [
        ("+31 6 12345678", "MOBILE"),
        ("+31 20 1234567", "DIRECT_FAX"),
    ]
    [address] = jan.addresses
    assert address.full_address == "Kerkstraat 1, 1017 GA Amsterdam"
    assert (address.type, address.country_code) == ("RESIDENTIAL_HOME", "NL")
    assert jan.tag_names() == ["Friends"]
    assert jan.web_addresses[0].type == "LINKEDIN_PROFILE"


def test_plain_headers_semicolons_and_a_windows_encoding_are_detected(
    book: Book, tmp_path: Path
) -> None:
    text = "NAME;  e-mail ;Telefoon;Stad;Land\r\nJürgen Müller;jm@example.de;+49 30 1234567;Köln;DE\r\n"
    path = _write(tmp_path / "plain.csv", text, encoding="cp1252")

    layout = book.service.inspect_csv(path)

    assert layout.delimiter == ";" and layout.layout == "plain"
    assert layout.warnings and "not UTF-8" in layout.warnings[0]
    assert layout.mapping.columns == {
        "NAME": "name",
        "e-mail": "email.1",
        "Telefoon": "phone.1",
        "Stad": "address.1.city",
        "Land": "address.1.country",
    }
    [row] = book.service.plan_import(book.service.read_file(path)).rows
    assert row.contact is not None and row.contact.name == "Jürgen Müller"
    assert row.contact.addresses[0].city == "Köln"


def test_a_byte_order_mark_and_tabs(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("Name\tEmail\nÉmile\te@example.fr\n".encode("utf-8-sig"))
    layout = book.service.inspect_csv(path)
    assert (layout.delimiter, layout.encoding, layout.header) == ("\t", "utf-8", ("Name", "Email"))


def test_the_preview_shows_rows_with_their_problems_and_actions(book: Book, tmp_path: Path) -> None:
    book.history.save(IndividualContact(name="An Peeters", emails=[]))
    text = (
        "Name,Email,Phone,Birthday\n"
        "Bert Goossens,bert@example.be,+32 9 220 53 34,1990-01-01\n"
        "Cas,not-an-email,,\n"
        ",,,\n"
        "Dirk,dirk@example.be,12,3000-01-01\n"
    )
    preview = book.service.preview_csv(_write(tmp_path / "p.csv", text), rows=10)

    assert [r.source for r in preview.rows] == ["row 2", "row 3", "row 5"]
    bert, cas, dirk = (r.planned for r in preview.rows)
    assert bert.action is Action.CREATE and not bert.problems
    assert cas.action is Action.SKIP and cas.skip_reason is SkipReason.INVALID
    assert "E-mail 1" in cas.reason
    assert dirk.action is Action.SKIP and "future" in dirk.reason
    assert preview.rows[0].cells[1] == "bert@example.be"
    assert book.count() == 1  # a preview writes nothing


def test_mapping_templates_can_be_saved_listed_loaded_and_deleted(
    book: Book, tmp_path: Path
) -> None:
    templates = book.service.templates
    mapping = CsvMapping({"Naam": "name", "Mail": "email.work"}, "DMY")

    templates.save("Boekhouding export", mapping)

    assert templates.names() == ["Boekhouding export"]
    assert templates.load("Boekhouding export") == mapping
    path = _write(tmp_path / "custom.csv", "Naam,Mail\nEva,eva@example.be\n")
    source = book.service.read_file(path, mapping=templates.load("Boekhouding export"))
    [record] = source.records
    assert record.contact is not None and record.contact.emails[0].type == "WORK_EMAIL"
    assert templates.delete("Boekhouding export") and templates.names() == []
    with pytest.raises(TemplateError):
        templates.save("../escape", mapping)
    with pytest.raises(TemplateError):
        templates.save("bad", CsvMapping({"Naam": "shoe_size"}))
    with pytest.raises(TemplateError, match="no template"):
        templates.load("missing")


def test_importing_the_same_csv_twice_creates_nothing_the_second_time(
    book: Book, tmp_path: Path
) -> None:
    path = _write(tmp_path / "outlook.csv", OUTLOOK)
    assert book.import_file(path) == (3, 0, 0)
    count, journal = book.count(), book.journal_rows()

    plan = book.service.plan_import(book.service.read_file(path))

    assert (plan.to_create, plan.to_update) == (0, 0)
    assert plan.skip_counts() == {SkipReason.IDENTICAL: 2}
    book.service.apply_import(plan)
    assert (book.count(), book.journal_rows()) == (count, journal)


def test_a_million_row_csv_is_refused_and_changes_nothing(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Name,Email\n")
        out.writelines(f"Person {i},p{i}@example.com\n" for i in range(1_000_000))

    with pytest.raises(FileRejectedError, match=r"more than 100,000 rows"):
        book.service.read_file(path)
    assert book.count() == 0 and book.journal_rows() == 0


def test_an_overlong_cell_makes_its_row_invalid(book: Book, tmp_path: Path) -> None:
    path = _write(tmp_path / "long.csv", f"Name,Notes\nOk,short\nLong,{'x' * 10_001}\n")
    plan = book.service.plan_import(book.service.read_file(path))
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.SKIP]
    assert "at most 10,000" in plan.rows[1].reason


def test_a_file_without_known_columns_is_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(FileRejectedError, match="none of the columns"):
        book.service.read_file(_write(tmp_path / "x.csv", "foo,bar\n1,2\n"))


def test_a_name_beginning_with_equals_exports_as_text(book: Book, tmp_path: Path) -> None:
    person = IndividualContact(name='=HYPERLINK("http://evil","x")', internal_note="@SUM(A1)")
    book.history.save(person)
    book.history.save(IndividualContact(name="-minus", internal_note="\tTab"))

    book.service.export_csv(tmp_path / "out.csv", ContactQuery(), ["name", "note", "phone"])

    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert rows[0] == ["Name", "Note", "Phone"]
    assert sorted(rows[1:]) == sorted(
        [['\'=HYPERLINK("http://evil","x")', "'@SUM(A1)", ""], ["'-minus", "'\tTab", ""]]
    )
    assert neutralise("+32 9 123") == "'+32 9 123" and neutralise("\rx") == "'\rx"
    assert neutralise("plain") == "plain"


def test_csv_export_of_a_query_or_of_ids_with_chosen_columns(book: Book, tmp_path: Path) -> None:
    seed_demo(book.db)
    target = tmp_path / "brouwerij.csv"

    result = book.service.export_csv(
        target,
        ContactQuery(search="Brouwerij De Klok"),
        ["name", "email", "city", "tags"],
        excel=True,
    )

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Name", "E-mail", "City", "Tags"]
    assert result.count == len(rows) - 1 >= 1
    assert [
        "Brouwerij De Klok NV",
        "info@brouwerijdeklok.be",
        "Gent",
        "VIP; Wholesale; Newsletter",
    ] in rows
    ids = [c.id for c in book.contacts()[:3]]
    out = io.StringIO()
    assert book.service.export_csv(out, ids, ["id"]).count == 3
    assert out.getvalue().split("\r\n")[1:4] == ids
    with pytest.raises(ValueError, match="unknown columns"):
        book.service.export_csv(out, ids, ["shoe_size"])


def test_kontor_csv_export_reads_back(book: Book, other_book: Book, tmp_path: Path) -> None:
    seed_demo(other_book.db)
    other_book.service.export_csv(tmp_path / "all.csv", ContactQuery())
    layout = book.service.inspect_csv(tmp_path / "all.csv")
    assert layout.mapping.columns["Id"] == "external_id"
    assert layout.mapping.columns["Postal code"] == "address.1.zip"

    plan = book.service.plan_import(book.service.read_file(tmp_path / "all.csv"))

    assert plan.to_create >= 87 and not [r for r in plan.rows if r.action is Action.SKIP]
