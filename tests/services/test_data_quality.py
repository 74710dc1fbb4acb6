"""Data quality: planted problems of each kind are counted exactly, a fix lowers the count
after a re-check of just the changed contacts, and the fast checks agree with the editor's."""

from __future__ import annotations

import random
from datetime import date

import phonenumbers
import pytest

from app.domain import checks
from app.domain.models import (
    Address,
    CustomerRole,
    CustomerTaxInformation,
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
    ProfessionalIdentity,
    WebAddress,
)
from app.domain.quality import Category, email_problem, phone_problem
from app.domain.validation import validate
from app.services.data_quality import DataQuality
from app.services.registry import Services
from app.store.database import Database
from app.store.unit_of_work import unit_of_work

VALID_VAT = "BE0415928179"
BAD_VAT = "BE0415928178"
OTHER_VAT = "BE0403000059"


@pytest.fixture
def services(tmp_db: Database) -> Services:
    return Services.over(tmp_db)


def _home(city: str = "Gent", zip_code: str | None = "9000", country: str | None = "BE") -> Address:
    return Address(
        full_address=f"Kerkstraat 1, {zip_code or ''} {city}",
        street_name="Kerkstraat",
        street_number="1",
        city=city,
        zip=zip_code,
        country_code=country,
    )


def _store(db: Database, contact: IndividualContact | OrganizationContact) -> str:
    """Written as an import or a server would leave it: kept as received, rules or not."""
    with unit_of_work(db) as uow:
        return uow.contacts.save(contact).id


def _clean_person(name: str, n: int) -> IndividualContact:
    return IndividualContact(
        name=name,
        addresses=[_home()],
        emails=[Email(address=f"person{n}@klok.be")],
        phones=[Phone(number=f"+32 9 222 33 {n:02d}")],
    )


def _plant(db: Database) -> dict[str, str]:
    ids: dict[str, str] = {}
    for n in range(3):  # clean contacts: nothing counted for them
        _store(db, _clean_person(f"Clean {n}", n))
    ids["clean_org"] = _store(
        db,
        OrganizationContact(
            name="Klok NV",
            vat_number=VALID_VAT,
            addresses=[_home()],
            phones=[Phone(number="+32 9 222 33 44")],
        ),
    )
    ids["vat"] = _store(
        db,
        OrganizationContact(
            name="Bad VAT NV",
            vat_number=BAD_VAT,
            addresses=[_home()],
            emails=[Email(address="info@badvat.be")],
        ),
    )
    role = CustomerRole(
        customer_id="C1",
        customer_since=date(2020, 1, 1),
        global_location_number="5412345000014",  # check digit should be 3
        tax_information=CustomerTaxInformation(eu_vat_number="NL000099998B56"),
    )
    ids["gln"] = _store(
        db,
        IndividualContact(
            name="Gerda GLN", customer_role=role, emails=[Email(address="gerda@gln.be")]
        ),
    )
    ids["phone"] = _store(
        db,
        IndividualContact(
            name="Piet Phone",
            addresses=[_home()],
            phones=[Phone(number="+32 9 222 33 67"), Phone(number="0470 12")],
        ),
    )
    ids["email"] = _store(
        db,
        IndividualContact(
            name="Emma Email", addresses=[_home()], emails=[Email(address="emma@@klok")]
        ),
    )
    ids["zip"] = _store(
        db,
        IndividualContact(
            name="Zeno Zip",
            addresses=[_home(zip_code="90000")],  # Belgian codes have 4 digits
            emails=[Email(address="zeno@klok.be")],
        ),
    )
    ids["no_country"] = _store(
        db,
        IndividualContact(
            name="Nora Nowhere",
            addresses=[_home(country=None)],
            emails=[Email(address="nora@klok.be")],
        ),
    )
    ids["no_zip"] = _store(
        db,
        IndividualContact(
            name="Olaf Nozip",
            addresses=[_home(zip_code=None)],
            emails=[Email(address="olaf@klok.be")],
        ),
    )
    ids["received"] = _store(
        db,
        IndividualContact(
            name="Rita Received",
            emails=[Email(address="rita@klok.be", type="CARRIER_PIGEON")],
            web_addresses=[WebAddress(url="klok.be/rita")],
        ),
    )
    ids["unreachable"] = _store(db, IndividualContact(name="Una Unreachable"))
    ids["inactive"] = _store(
        db,
        IndividualContact(
            name="Ivo Inactive",
            emails=[Email(address="ivo@klok.be")],
            professional_identities=[
                ProfessionalIdentity(organization_contact=ids["clean_org"], is_active=False)
            ],
        ),
    )
    ids["work_email"] = _store(
        db,
        IndividualContact(
            name="Wim Work",
            phones=[Phone(number="+32 9 222 33 99")],
            professional_identities=[
                ProfessionalIdentity(organization_contact=ids["clean_org"]),
                ProfessionalIdentity(
                    organization_contact=ids["clean_org"],
                    emails=[Email(address="wim@klok.be"), Email(address="wim at klok")],
                ),
            ],
        ),
    )
    ids["dup_a"] = _store(
        db, IndividualContact(name="Dirk Dubbel", emails=[Email(address="dirk@dubbel.be")])
    )
    ids["dup_b"] = _store(
        db, IndividualContact(name="D. Dubbel", emails=[Email(address="Dirk@Dubbel.be")])
    )
    # In the trash: never counted.
    trashed = _store(
        db, IndividualContact(name="Trashed Tom", emails=[Email(address="not an address")])
    )
    with unit_of_work(db) as uow:
        uow.contacts.trash(trashed)
    return ids


def test_planted_problems_of_each_kind_are_counted_exactly(services: Services) -> None:
    ids = _plant(services.db)
    quality = DataQuality(services.db)
    report = quality.scan()
    assert report.counts == {
        Category.VAT: 2,  # the organization's and the customer role's
        Category.GLN: 1,
        Category.PHONE: 1,
        Category.EMAIL: 2,
        Category.ADDRESS: 3,
        Category.AS_RECEIVED: 2,
        Category.DUPLICATE: 2,
        Category.UNREACHABLE: 1,
        Category.INACTIVE: 1,
    }

    def listed(category: Category) -> set[tuple[str, str]]:
        return {(c.id, f.field) for c, f in quality.findings(category)}

    assert listed(Category.VAT) == {
        (ids["vat"], "vat_number"),
        (ids["gln"], "customer_role.tax_information.eu_vat_number"),
    }
    assert listed(Category.GLN) == {(ids["gln"], "customer_role.global_location_number")}
    assert listed(Category.PHONE) == {(ids["phone"], "phones[1].number")}
    assert listed(Category.EMAIL) == {
        (ids["email"], "emails[0].address"),
        (ids["work_email"], "professional_identities[1].emails[1].address"),
    }
    [work] = [f for c, f in quality.findings(Category.EMAIL) if c.id == ids["work_email"]]
    assert work.label == "Professional identity 2 e-mail 2" and work.value == "wim at klok"
    assert listed(Category.ADDRESS) == {
        (ids["zip"], "addresses[0].zip"),
        (ids["no_country"], "addresses[0].country_code"),
        (ids["no_zip"], "addresses[0].zip"),
    }
    assert listed(Category.AS_RECEIVED) == {
        (ids["received"], "emails[0].type"),
        (ids["received"], "web_addresses[0].url"),
    }
    assert {c.id for c, _ in quality.findings(Category.DUPLICATE)} == {ids["dup_a"], ids["dup_b"]}
    assert listed(Category.UNREACHABLE) == {(ids["unreachable"], "emails")}
    assert {c.id for c, _ in quality.findings(Category.INACTIVE)} == {ids["inactive"]}
    # The paths are the editor's: each names a field the validation of that contact flags too.
    for category in (Category.VAT, Category.PHONE, Category.EMAIL, Category.AS_RECEIVED):
        for contact, finding in quality.findings(category):
            stored = services.directory.get(contact.id)
            assert stored is not None
            assert finding.field in {p.field for p in validate(stored)}, finding


def test_a_fix_lowers_the_count_after_rechecking_only_the_changed_contact(
    services: Services,
) -> None:
    ids = _plant(services.db)
    quality = DataQuality(services.db)
    quality.scan()
    organization = services.directory.get(ids["vat"])
    assert isinstance(organization, OrganizationContact)
    saved = services.history.save(organization.model_copy(update={"vat_number": OTHER_VAT}))
    assert saved.saved
    person = services.directory.get(ids["dup_b"])
    assert person is not None
    services.history.save(person.model_copy(update={"emails": [Email(address="d@other.be")]}))
    rechecked = quality.refresh()
    assert rechecked == {ids["vat"], ids["dup_b"]}
    counts = quality.report().counts
    assert counts[Category.VAT] == 1
    # Changing one side of a pair clears both: its partner was re-checked with it.
    assert counts[Category.DUPLICATE] == 0
    # Breaking a value raises the count again; a trashed contact leaves the counts.
    phone_person = services.directory.get(ids["phone"])
    assert phone_person is not None
    services.history.trash(ids["phone"])
    assert quality.refresh() == {ids["phone"]}
    assert quality.report().counts[Category.PHONE] == 0
    # The same as a whole new scan.
    assert quality.report().counts == DataQuality(services.db).scan().counts


def test_the_fast_phone_check_agrees_with_phonenumbers() -> None:
    rng = random.Random(7)
    samples: list[tuple[str, str | None]] = []
    for region in ("BE", "NL", "DE", "FR", "AT", "LU", "CH", "ES", "IT", "GB", "US", "PL", "SE"):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            text = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            samples.append((text, region))
            national = str(example.national_number)
            for _ in range(60):  # neighbours of a valid number: some valid, some not
                digits = list(national)
                digits[rng.randrange(len(digits))] = str(rng.randrange(10))
                if rng.random() < 0.3:
                    digits = digits[: rng.randint(1, len(digits))]
                elif rng.random() < 0.3:
                    digits.append(str(rng.randrange(10)))
                sep = rng.choice(["", " ", "-", "."])
                text = f"+{example.country_code} " + sep.join(digits)
                samples.append((text, rng.choice([region, None, "BE"])))
    samples += [("0470 12 34 56", "BE"), ("+32 (0)9 123 45 67", "BE"), ("+1 212 555 0100", None)]
    verdicts = {phone_problem(t, r) is None for t, r in samples}
    assert verdicts == {True, False}
    for text, region in samples:
        assert phone_problem(text, region) == checks.parse_phone(text, region).reason, text


def test_the_fast_email_check_agrees_with_email_validator() -> None:
    addresses = [
        "a@b.be",
        "jan.peeters@klok.be",
        "x+tag@sub.klok.co.uk",
        "a_b-c@x-y.example",
        "someone@host.test",
        "someone@host.invalid",
        "someone@localhost",
        "no-at-sign",
        "two@@signs.be",
        "a..b@klok.be",
        ".a@klok.be",
        "a@-klok.be",
        "a@klok-.be",
        "a@klok.b",
        "a@klok.123",
        "a@xn--bcher-kva.de",
        "é@klok.be",
        "a" * 65 + "@klok.be",
        "a@" + "b" * 64 + ".be",
    ]
    for address in addresses:
        assert (email_problem(address) is None) == (checks.email_problem(address) is None), address


def test_the_quick_web_address_check_agrees_with_the_editor() -> None:
    from app.domain.validation import _url_problem
    from app.services.data_quality import _PLAIN_URL

    urls = [
        "https://klok.be",
        "https://klok.be/team?x=1#top",
        "http://a",
        "ftp://files.klok.be/x",
        "https://?x",
        "https://#x",
        "https://[::1]/",
        "https:///path",
        "klok.be",
        "https://klok .be",
        "mailto:jan@klok.be",
    ]
    for url in urls:
        if _PLAIN_URL.fullmatch(url):
            assert _url_problem(url) is None, url


def test_a_whole_book_check_reports_each_step_and_a_cancel_keeps_the_previous_findings(
    services: Services,
) -> None:
    from app.services.data_quality import SCAN_STEPS, ScanCancelledError

    _plant(services.db)
    quality = services.quality
    steps: list[tuple[int, int, int]] = []
    report = quality.scan(lambda done, total, contacts: steps.append((done, total, contacts)))
    assert [done for done, _t, _c in steps] == list(range(1, SCAN_STEPS + 1))
    assert {total for _d, total, _c in steps} == {SCAN_STEPS}
    # The number of contacts is known from the first statement on.
    with services.db.reading() as conn:
        live = conn.exec_driver_sql("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
        in_book = int(live.scalar_one())
    assert steps[0][2] == steps[-1][2] == report.contacts_checked == in_book

    # A new problem, then a check cancelled halfway: nothing of it shows.
    _store(services.db, IndividualContact(name="Nina Nothing"))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > SCAN_STEPS // 2

    with pytest.raises(ScanCancelledError):
        quality.scan(cancelled=cancelled)
    assert len(asked) == SCAN_STEPS // 2 + 1  # stopped at the first step after the cancel
    assert quality.report() == report
    assert quality.scan().counts[Category.UNREACHABLE] == report.counts[Category.UNREACHABLE] + 1
