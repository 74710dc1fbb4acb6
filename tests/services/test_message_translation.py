"""Import reports and history descriptions go through the lookup the front end installs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.domain.models import Address, Email, IndividualContact, Phone
from app.services.data_quality import DataQuality
from app.services.history import EditHistory
from app.services.interchange import Interchange, MappingTemplates
from app.services.interchange.planning import Action, SkipReason
from app.services.interchange.records import FileFormat
from app.services.record_history import RecordHistory
from app.store.database import Database
from app.store.unit_of_work import unit_of_work

GERMAN = {
    ("Fields", "Phone {n}"): "Telefon {n}",
    ("History", "{field}: {old} → {new}"): "{field}: {old} ⇒ {new}",
    ("History", "Undo {action}"): "{action} rückgängig machen",
    ("History", "save of {name}"): "Speichern von {name}",
    ("History", "“{name}”"): "„{name}“",
    ("History", "Typed here"): "Hier eingegeben",
    ("Import", "identical to “{name}” ({reason})"): "gleich wie „{name}“ ({reason})",
    ("Import", "same {key} {value}"): "gleiche {key} {value}",
    ("Import", "e-mail"): "E-Mail",
    ("Import", "a birthday without a year ({value}); kept as received"): (
        "ein Geburtstag ohne Jahr ({value}); wie erhalten behalten"
    ),
    ("Import", "{property} (line {line})"): "{property} (Zeile {line})",
    ("", "%n skipped"): "%n übersprungen",
    ("Quality", "the postal code is missing"): "die Postleitzahl fehlt",
    ("Fields", "{label} {part}"): "{part} von {label}",
    ("Fields", "postal code"): "Postleitzahl",
    ("Fields", "address {n}"): "Adresse {n}",
}


def fake_german(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Known sources in German, every other one marked «…» so an untranslated path shows."""
    found = GERMAN.get((context, text), f"«{text}»")
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(fake_german)
    yield
    i18n.install(None)


VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lies Maes\r\nN:Maes;Lies;;;\r\n"
    "EMAIL:lies@maes.example\r\nBDAY:--0512\r\nEND:VCARD\r\n"
)


def test_an_import_report_s_reasons_and_counts_come_from_the_lookup(
    german: None, tmp_db: Database, tmp_path: Path
) -> None:
    history = EditHistory(tmp_db)
    service = Interchange(tmp_db, history, templates=MappingTemplates(tmp_path / "templates"))
    source = service.read_bytes(VCARD.encode(), "lies.vcf", FileFormat.VCARD)
    [record] = source.records
    assert [(p.label, p.message) for p in record.problems] == [
        ("BDAY (Zeile 6)", "ein Geburtstag ohne Jahr (--0512); wie erhalten behalten")
    ]
    service.apply_import(service.plan_import(source))

    again = service.plan_import(service.read_bytes(VCARD.encode(), "lies.vcf", FileFormat.VCARD))
    [row] = again.rows
    assert (row.action, row.skip_reason) == (Action.SKIP, SkipReason.IDENTICAL)
    assert row.reason == "gleich wie „Lies Maes“ (gleiche E-Mail lies@maes.example)"
    assert "1 übersprungen" in again.summary()
    assert "«%n to create»" not in again.summary()  # the count is filled in, not left as %n
    assert "«0 to create»" in again.summary()


def test_a_history_description_and_a_field_change_come_from_the_lookup(
    german: None, tmp_db: Database
) -> None:
    history = EditHistory(tmp_db)
    created = history.save(
        IndividualContact(
            name="An Peeters",
            emails=[Email(address="an@example.com")],
            phones=[Phone(number="+32 2 555 01 01"), Phone(number="+32 470 12 34 56")],
        )
    ).contact
    assert created is not None
    draft = created.model_copy(deep=True)
    draft.phones[1].number = "+32 471 99 88 77"
    history.save(draft)

    assert history.undo_text == "Speichern von „An Peeters“ rückgängig machen"
    latest = RecordHistory(tmp_db, history).of_record(created.id)[0]
    assert latest.origin == "Hier eingegeben"
    assert [c.text() for c in latest.changes] == ["Telefon 2: +32 470 12 34 56 ⇒ +32 471 99 88 77"]


def test_a_data_quality_finding_s_label_and_reason_come_from_the_lookup(
    german: None, tmp_db: Database
) -> None:
    with unit_of_work(tmp_db) as uow:
        contact_id = uow.contacts.save(
            IndividualContact(
                name="An Peeters",
                addresses=[
                    Address(full_address="Kerkstraat 1, Gent", city="Gent", country_code="BE")
                ],
            )
        ).id
    findings = DataQuality(tmp_db)
    findings.scan()
    found = [(f.label, f.message) for f in findings.findings_of(contact_id)]
    assert ("Postleitzahl von Adresse 1", "die Postleitzahl fehlt") in found


def test_without_a_lookup_the_english_source_text_is_shown(tmp_db: Database) -> None:
    history = EditHistory(tmp_db)
    history.save(IndividualContact(name="An Peeters"))
    assert history.undo_text == "Undo creation of “An Peeters”"
