"""Messages of the domain layer go through the lookup the front end installs (app.i18n)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.domain import checks
from app.domain.models import Email, IndividualContact, OrganizationContact, Phone
from app.domain.quality import Category
from app.domain.validation import validate, validate_kip_company

GERMAN = {
    ("Fields", "phone {n}"): "Telefon {n}",
    ("Fields", "{label} {part}"): "{part} von {label}",
    ("Fields", "type"): "Art",
    ("Validation", "may have at most {maximum} characters (it has {length})"): (
        "darf höchstens {maximum} Zeichen haben (hat {length})"
    ),
    ("Validation", "“{value}” is not a known {what}"): "„{value}“ ist kein bekannter Wert: {what}",
    ("Fields", "phone type"): "Telefonart",
    ("Validation", "the check digits do not match"): "die Prüfziffern stimmen nicht",
    ("Validation", "{reason} — {value}"): "{reason}: {value}",
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


def person(**kw: object) -> IndividualContact:
    return IndividualContact.model_validate({"name": "Jan Peeters", **kw})


def test_a_problem_s_label_and_message_come_from_the_lookup_with_values_filled(
    german: None,
) -> None:
    number = "+32 470 " + "1" * 40
    problems = validate(person(phones=[Phone(number="+32 9 123 45 67"), Phone(number=number)]))
    found = [p for p in problems if p.field == "phones[1].number"]
    assert [(p.label, p.message, p.code) for p in found] == [
        ("Telefon 2", f"darf höchstens 35 Zeichen haben (hat {len(number)})", "length")
    ]


def test_a_part_of_a_numbered_field_is_put_together_in_the_translator_s_order(
    german: None,
) -> None:
    problems = validate(person(phones=[Phone(type="SATELLITE", number="+32 9 123 45 67")]))
    found = [p for p in problems if p.field == "phones[0].type"]
    assert [(p.label, p.message) for p in found] == [
        ("Art von Telefon 1", "„SATELLITE“ ist kein bekannter Wert: Telefonart")
    ]


def test_reasons_of_the_checks_are_translated_even_when_remembered(german: None) -> None:
    assert checks.vat_problem("BE0415928178") == "die Prüfziffern stimmen nicht: BE0415928178"
    # parse_phone and email_problem remember their answers: the words follow the lookup.
    assert checks.parse_phone("12", "BE").reason == "«this is not a valid phone number in BE»"
    assert checks.email_problem(" ") == "«the e-mail address is empty»"
    i18n.install(None)
    assert checks.parse_phone("12", "BE").reason == "this is not a valid phone number in BE"
    assert checks.email_problem(" ") == "the e-mail address is empty"


def test_every_message_of_a_kip_check_and_of_quality_headings_is_looked_up(
    german: None,
) -> None:
    problems = validate_kip_company(OrganizationContact.model_validate({"name": ""}))
    assert problems
    for problem in problems:
        assert problem.message.startswith("«") and problem.message.endswith("»"), problem
        assert problem.label.startswith("«"), problem
    assert Category.VAT.heading == "«VAT numbers with wrong check digits»"


def test_without_a_lookup_the_english_source_text_is_shown() -> None:
    problems = validate(person(emails=[Email(address="jan@@firma.be")]))
    assert [p.label for p in problems if p.field == "emails[0].address"] == ["E-mail 1"]
    assert "jan@@firma.be" in problems[0].message


def test_a_valid_contact_is_validated_without_looking_up_a_single_message() -> None:
    """Labels and messages are put into words only for a problem found: an import validates
    every field of every card and most of them break no rule."""
    looked_up: list[tuple[str, str]] = []

    def counting(context: str, text: str, disambiguation: str | None, n: int) -> str:
        looked_up.append((context, text))
        return fake_german(context, text, disambiguation, n)

    point = {"type": "NOT_QUALIFIED", "usage_context": "PROFESSIONAL"}
    contact = person(
        addresses=[
            {
                **point,
                "street_name": "Kerkstraat",
                "city": "Gent",
                "zip": "9000",
                "country_code": "BE",
                "usages": ["INVOICES"],
            }
        ],
        emails=[{**point, "address": "jan@firma.be"}],
        phones=[{**point, "number": "+32 9 223 45 67"}],
        web_addresses=[{**point, "url": "https://firma.be"}],
        tags=[{"name": "klant"}],
        professional_identities=[
            {"organization_contact": "org-1", "phones": [{**point, "number": "+32 9 223 45 68"}]}
        ],
        personal_relationships=[{"type": "SPOUSE", "individual_contact": "p-2"}],
    )
    i18n.install(counting)
    try:
        assert validate(contact) == []
        assert looked_up == []
        # The same contact with a problem still speaks the lookup's words.
        broken = contact.model_copy(
            update={"phones": [Phone(type="SATELLITE", number="+32 9 223 45 67")]}
        )
        problems = validate(broken)
    finally:
        i18n.install(None)
    assert [(p.field, p.label, p.message) for p in problems] == [
        ("phones[0].type", "Art von Telefon 1", "„SATELLITE“ ist kein bekannter Wert: Telefonart")
    ]
    assert looked_up
