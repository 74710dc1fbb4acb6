"""CSV files as other programs and people write them: no header row, tab and comma mixed,
Shift_JIS and UTF-16, rows that hold only a company, Outlook exports in German, Dutch and
French, and ``kontor import --columns`` for a file without a header row."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from app.cli.interchange import add_parsers, run
from app.domain.models import IndividualContact, OrganizationContact
from app.services.interchange import Action, CsvMapping
from app.store.migrations import open_database
from tests.interchange.conftest import Book

NO_HEADER = "John Doe,John,Doe,john@doe.example\nJane Doe,Jane,Doe,jane@doe.example\n"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _kontor(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="kontor")
    add_parsers(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    code = run(parser.parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_file_without_a_header_row_is_read_by_position(book: Book, tmp_path: Path) -> None:
    path = _write(tmp_path / "people.csv", NO_HEADER)

    layout = book.service.inspect_csv(path)

    assert layout.has_header is False
    assert layout.header == ("Column 1", "Column 2", "Column 3", "Column 4")
    # Guessed from the values: the e-mail column, and the first column of names.
    assert layout.mapping.columns == {"Column 1": "name", "Column 4": "email.1"}
    plan = book.service.plan_import(book.service.read_file(path))
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE]
    assert [r.source for r in plan.rows] == ["row 1", "row 2"]  # the first row is data
    john = plan.rows[0].contact
    assert isinstance(john, IndividualContact)
    assert (john.name, [e.address for e in john.emails]) == ("John Doe", ["john@doe.example"])


def test_columns_chosen_by_position_and_header_forced(book: Book, tmp_path: Path) -> None:
    path = _write(tmp_path / "people.csv", NO_HEADER)
    mapping = CsvMapping(
        {"Column 2": "given_name", "Column 3": "family_name", "Column 4": "email.work"}
    )

    source = book.service.read_file(path, mapping=mapping)

    people = [r.contact for r in source.records]
    assert [(p.given_name, p.family_name) for p in people if isinstance(p, IndividualContact)] == [
        ("John", "Doe"),
        ("Jane", "Doe"),
    ]
    # Told that the first row is a header, it is one (its cells name the columns).
    layout = book.service.inspect_csv(path, has_header=True)
    assert layout.has_header is True and layout.header[3] == "john@doe.example"
    assert len(book.service.read_file(path, mapping=mapping, has_header=False).records) == 2


def test_a_file_mixing_comma_and_tab_rows(book: Book, tmp_path: Path) -> None:
    text = (
        "Ann,Peeters,ann@a.example,+32 9 220 07 91\n"
        "Bert\tClaes\tbert@b.example\t+32 9 220 07 92\n"
        "Cis\tDe Smet\tcis@c.example\t\n"
    )
    path = _write(tmp_path / "mixed.csv", text)
    mapping = CsvMapping(
        {
            "Column 1": "given_name",
            "Column 2": "family_name",
            "Column 3": "email.1",
            "Column 4": "phone.1",
        }
    )

    source = book.service.read_file(path, mapping=mapping)

    names = [(r.contact.name if r.contact else None) for r in source.records]
    assert names == ["Ann Peeters", "Bert Claes", "Cis De Smet"]
    bert = source.records[1].contact
    assert bert is not None and [e.address for e in bert.emails] == ["bert@b.example"]
    assert [p.number for p in bert.phones] == ["+32 9 220 07 92"]


JAPANESE = "First Name,Last Name,Primary Email\n太郎,山田,taro@yamada.example\n花子,佐藤,hanako@sato.example\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("shift_jis", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-le", b""), ("utf-16-be", b"")],
)
def test_shift_jis_and_utf16_files(book: Book, tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "japanese.csv"
    path.write_bytes(bom + JAPANESE.encode(encoding))

    source = book.service.read_file(path)

    people = [r.contact for r in source.records]
    assert [(p.given_name, p.family_name) for p in people if isinstance(p, IndividualContact)] == [
        ("太郎", "山田"),
        ("花子", "佐藤"),
    ]
    assert [e.address for p in people if p for e in p.emails] == [
        "taro@yamada.example",
        "hanako@sato.example",
    ]


def test_a_row_with_only_a_company_is_the_organization_its_people_work_at(
    book: Book, tmp_path: Path
) -> None:
    text = (
        "First Name,Last Name,Company,Job Title,E-mail Address,Business Phone\r\n"
        "An,Peeters,Brouwerij De Klok NV,Brewer,an@klok.example,\r\n"
        ",,Brouwerij De Klok NV,,info@klok.example,+32 9 220 07 91\r\n"
        "Bob,Smith,brouwerij de klok nv,,bob@klok.example,\r\n"
    )
    path = _write(tmp_path / "outlook.csv", text)

    created, updated, skipped = book.import_file(path)

    assert (created, updated, skipped) == (3, 0, 0)
    contacts = book.contacts()
    organizations = [c for c in contacts if isinstance(c, OrganizationContact)]
    assert [o.name for o in organizations] == ["Brouwerij De Klok NV"]
    klok = organizations[0]
    assert [e.address for e in klok.emails] == ["info@klok.example"]
    assert [p.number for p in klok.phones] == ["+32 9 220 07 91"]
    people = {c.name: c for c in contacts if isinstance(c, IndividualContact)}
    assert set(people) == {"An Peeters", "Bob Smith"}
    for person in people.values():
        assert [pi.organization_contact for pi in person.professional_identities] == [klok.id]
    assert people["An Peeters"].professional_identities[0].job_title == "Brewer"


GERMAN = (
    "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,"
    "Straße geschäftlich,Ort geschäftlich,Postleitzahl geschäftlich,Land/Region geschäftlich,"
    "Telefon geschäftlich,Mobiltelefon,Fax geschäftlich,E-Mail-Adresse,E-Mail 2: Adresse,"
    "Geburtstag,Kategorien,Notizen,Webseite\r\n"
    "Dr.,Anna,,Müller,,Bäckerei Müller GmbH,Verkauf,Leiterin,Hauptstraße 5,München,80331,"
    "Deutschland,089 123456,0171 2345678,089 123457,anna@mueller.example,anna@privat.example,"
    "14.03.1975,Kunden;VIP,Erste Zeile,https://mueller.example\r\n"
)
DUTCH = (
    "Titel,Voornaam,Middelste naam,Achternaam,Achtervoegsel,Bedrijf,Afdeling,Functie,"
    "Werkadres, straat,Werkadres, plaats,Werkadres, postcode,Land/regio (werk),"
    "Telefoon op werk,Mobiele telefoon,Fax op werk,E-mailadres,E-mailadres 2,Verjaardag,"
    "Categorieën,Notities,Webpagina\r\n"
)
DUTCH_ROW = (
    ",Anna,,Müller,,Bäckerei Müller GmbH,Verkauf,Leiterin,Hauptstraße 5,München,80331,"
    "Deutschland,089 123456,0171 2345678,089 123457,anna@mueller.example,anna@privat.example,"
    "14-3-1975,Kunden;VIP,Erste Zeile,https://mueller.example\r\n"
)
FRENCH = (
    "Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Titre,Rue (bureau),"
    "Ville (bureau),Code postal (bureau),Pays/Région (bureau),Téléphone (bureau),Tél. mobile,"
    "Télécopie (bureau),Adresse de messagerie,Adresse de messagerie 2,Anniversaire,"
    "Catégories,Notes,Page Web\r\n"
)


def _quoted_header(header: str) -> str:
    """Outlook quotes every header; the Dutch ones hold commas."""
    if header.startswith("Titel,"):
        parts = [
            "Titel",
            "Voornaam",
            "Middelste naam",
            "Achternaam",
            "Achtervoegsel",
            "Bedrijf",
            "Afdeling",
            "Functie",
            "Werkadres, straat",
            "Werkadres, plaats",
            "Werkadres, postcode",
            "Land/regio (werk)",
            "Telefoon op werk",
            "Mobiele telefoon",
            "Fax op werk",
            "E-mailadres",
            "E-mailadres 2",
            "Verjaardag",
            "Categorieën",
            "Notities",
            "Webpagina",
        ]
    else:
        parts = header.rstrip("\r\n").split(",")
    return ",".join(f'"{p}"' for p in parts) + "\r\n"


@pytest.mark.parametrize(
    ("language", "header", "row"),
    [
        ("German", GERMAN.split("\r\n")[0] + "\r\n", GERMAN.split("\r\n")[1] + "\r\n"),
        ("Dutch", DUTCH, DUTCH_ROW),
        ("French", FRENCH, GERMAN.split("\r\n")[1] + "\r\n"),
    ],
)
def test_localized_outlook_exports_are_recognised(
    book: Book, tmp_path: Path, language: str, header: str, row: str
) -> None:
    path = _write(tmp_path / f"{language}.csv", _quoted_header(header) + row, "cp1252")

    layout = book.service.inspect_csv(path)

    assert layout.layout == "outlook", language
    plan = book.service.plan_import(book.service.read_file(path))
    assert [r.action for r in plan.rows] == [Action.CREATE]
    anna = plan.rows[0].contact
    assert isinstance(anna, IndividualContact)
    assert (anna.given_name, anna.family_name) == ("Anna", "Müller")
    assert {e.address for e in anna.emails} == {"anna@mueller.example", "anna@privat.example"}
    assert {(p.number, p.type) for p in anna.phones} == {
        ("089 123456", "DIRECT_LINE"),
        ("0171 2345678", "MOBILE"),
        ("089 123457", "DIRECT_FAX"),
    }
    assert [(a.city, a.zip, a.country_code) for a in anna.addresses] == [("München", "80331", "DE")]
    assert str(anna.date_of_birth) == "1975-03-14"
    assert anna.tag_names() == ["Kunden", "VIP"]
    assert anna.internal_note == "Erste Zeile"
    assert [w.url for w in anna.web_addresses] == ["https://mueller.example"]
    assert [o.name for o in plan.organizations] == ["Bäckerei Müller GmbH"]


def test_kontor_import_with_columns_by_position(tmp_path: Path) -> None:
    path = _write(tmp_path / "people.csv", NO_HEADER)
    db_path = tmp_path / "k.sqlite"

    code, out, err = _kontor("import", str(path), "--db", str(db_path), "--columns", "name,,,email")

    assert (code, err) == (0, ""), out
    assert "2 created" in out
    db = open_database(db_path)
    try:
        with db.reading() as conn:
            rows = conn.exec_driver_sql(
                "SELECT c.name, e.address FROM contacts c JOIN emails e ON e.contact_id = c.id "
                "ORDER BY c.name"
            ).all()
    finally:
        db.close()
    assert [tuple(r) for r in rows] == [
        ("Jane Doe", "jane@doe.example"),
        ("John Doe", "john@doe.example"),
    ]


def test_kontor_import_columns_names_an_unknown_field(tmp_path: Path) -> None:
    path = _write(tmp_path / "people.csv", NO_HEADER)

    code, _, err = _kontor(
        "import", str(path), "--db", str(tmp_path / "k.sqlite"), "--columns", "name,shoe_size"
    )

    assert code == 2
    assert "shoe_size" in err and "email" in err
