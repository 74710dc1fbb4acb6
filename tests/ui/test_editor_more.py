"""The contact editor: nothing lost on a round trip, tags, picture, structure, keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    AnyContact,
    ContactRef,
    CustomerCard,
    CustomerRole,
    CustomerTaxInformation,
    DeliveryAndInvoicingConfiguration,
    DeliveryLimitations,
    Department,
    DepartmentRef,
    Email,
    IndividualContact,
    Location,
    Membership,
    Money,
    OrganizationContact,
    Owner,
    PersonalRelationship,
    Phone,
    ProfessionalIdentity,
    ProfessionalIdentityRef,
    Representative,
    SupplierRole,
    SupplierTaxInformation,
    Tag,
    WebAddress,
)
from app.domain.problems import Severity
from app.services.contacts import ContactEditing
from app.services.directory import ContactDirectory
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.editors import ContactEditor
from app.ui.editors.contact_points import ContactPointsSection
from app.ui.editors.general_form import IndividualGeneral
from app.ui.editors.pickers import ContactPicker
from app.ui.editors.roles import RolesSection
from app.ui.editors.structure import StructureSection
from app.ui.editors.tags_picture import TagsSection
from tests.ui.test_editor_support import (
    add_row,
    choose,
    click,
    make_editor,
    open_tab,
    png_bytes,
    seed,
)


@pytest.fixture
def ids(tmp_db: Database) -> dict[str, str]:
    return seed(tmp_db)


@pytest.fixture
def editor(qtbot: QtBot, tmp_db: Database, ids: dict[str, str]) -> ContactEditor:
    return make_editor(qtbot, tmp_db)


def _strange_person(ids: dict[str, str]) -> IndividualContact:
    """A person as a newer server might send it: unknown values and fields everywhere."""
    home = Address(
        type="SPACE_STATION",
        full_address="Korenmarkt 1\r\n9000 Gent",
        street_name="Korenmarkt",
        zip="9000",
        city="Gent",
        country_code="BE",
        usages=["TELEPORT", "INVOICES"],
        description="old",
        remote_id="addr-r1",
        extra={"geo": {"lat": 51.05, "lon": 3.72}},
    )
    return IndividualContact(
        name="An Peeters",
        given_name="An",
        family_name="Peeters",
        gender="nonbinary",
        date_of_birth=date(1980, 3, 4),
        locale="",
        owner=Owner(id="u-1", type="robot", first_name="Lien"),
        remote_id="p-r1",
        external_id="EXT-1",
        extra={"loyalty": {"level": 3}},
        internal_note="first line\r\nsecond line",
        addresses=[home],
        phones=[
            Phone(
                type="HOLOGRAM_LINE",
                number="+32 9 210 10 10",
                usages=["CALL", "PIGEON"],
                usage_context="INTERPLANETARY",
                extra={"verified": True},
            )
        ],
        emails=[Email(address="an@example.org", type="WORK_EMAIL", extra={"bounces": 0})],
        web_addresses=[WebAddress(url="https://an.example", type="MASTODON")],
        professional_identities=[
            ProfessionalIdentity(
                organization_contact=ids["klok"],
                remote_id="pi-r1",
                job_title="Brewer",
                departments=[DepartmentRef(contact_id=ids["klok"], department_id=ids["brewing"])],
                phones=[Phone(number="+32 9 210 10 11", type="DIRECT_LINE")],
                extra={"badge": "B-7"},
            )
        ],
        personal_relationships=[
            PersonalRelationship(type="GODPARENT", individual_contact=ids["jan"], extra={"x": 1})
        ],
        customer_role=CustomerRole(
            customer_id="C-7",
            customer_since=date(2019, 5, 1),
            managed_by=ProfessionalIdentityRef(contact_id="m", professional_identity_id="mi"),
            external_card=CustomerCard(number="4711", added=datetime(2020, 1, 2, tzinfo=UTC)),
            tax_information=CustomerTaxInformation(enabled_tax_exemptions=["SPECIAL_ZONE_XY"]),
            alternative_payer=ContactRef(id=ids["jan"]),
            credit_limit=Money(value=Decimal("1000.50"), unit="EUR"),
            delivery_and_invoicing_configurations=[
                DeliveryAndInvoicingConfiguration(
                    limitations=DeliveryLimitations(brand_id="b1", extra={"channel": "web"}),
                    invoice_address_id="addr-r1",  # by its remote id
                )
            ],
            debtor_account_id="D-1",
            extra={"rating": "A"},
        ),
        tags=[Tag(name="VIP")],
        custom_fields={"segment": "horeca", "vip": True, "employees": 42, "none": None},
    )


def test_round_trip_keeps_everything(
    qtbot: QtBot, editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    original = _strange_person(ids)
    with unit_of_work(tmp_db) as u:
        u.contacts.add(original)
    stored = ContactDirectory(tmp_db).get(original.id)
    assert stored is not None
    editor.load(stored)
    assert editor.draft() == stored
    assert not editor.is_dirty()

    points = editor.section(ContactPointsSection)
    assert isinstance(points, ContactPointsSection)
    (phone,) = points.points.phones.rows()
    assert phone.type_combo.currentText() == "HOLOGRAM_LINE"
    assert phone.usages.box("PIGEON").isChecked()
    # Values received from the server are kept, and only warned about.
    problems = editor.problems()
    hologram = [p for p in problems if p.field == "phones[0].type"]
    assert hologram and hologram[0].severity is Severity.WARNING
    assert editor.field_severity("phones[0].type") == "warning"

    with qtbot.waitSignal(editor.save_requested, timeout=1000):
        click(qtbot, editor.save_button)
    result = ContactEditing(tmp_db).save(editor.draft())
    assert result.saved
    again = ContactDirectory(tmp_db).get(original.id)
    assert again is not None
    assert again.model_dump(exclude={"updated_at"}) == stored.model_dump(exclude={"updated_at"})


def _assert_round_trip(editor: ContactEditor, contact: AnyContact) -> None:
    editor.load(contact)
    draft = editor.draft()
    assert draft.model_dump(warnings=False) == contact.model_dump(warnings=False)
    assert draft == contact
    assert not editor.is_dirty()


def test_round_trip_of_objects_the_store_never_saw(
    editor: ContactEditor, ids: dict[str, str]
) -> None:
    person = _strange_person(ids)
    person.custom_fields["ratio"] = 0.5  # type: ignore[assignment]  # not storable, but kept
    _assert_round_trip(editor, person)
    organization = OrganizationContact(
        name="Odd Org",
        organization_type="guild",
        founded=date(1900, 1, 1),
        founding_year=1899,
        vat_number="be 0415.928.179",
        company_registration_number="",
        invoice_language="nl",
        departments=[Department(name="Sales", area="SPACE_SALES", code="", extra={"k": 1})],
        locations=[
            Location(
                name="Hall",
                office_open_hour=25,
                office_close_hour=None,
                member_count=4,
                leaders=[ProfessionalIdentityRef(contact_id="p", professional_identity_id="i")],
            )
        ],
        memberships=[Membership(type="SECRET_SOCIETY", organization_contact="x", name=None)],
        founders=[ProfessionalIdentityRef(contact_id=ids["jan"], professional_identity_id="gone")],
        representatives=[
            Representative(
                professional_identity=ProfessionalIdentityRef(
                    contact_id="p", professional_identity_id="i"
                )
            )
        ],
        supplier_role=SupplierRole(
            supplier_id="S",
            tax_information=SupplierTaxInformation(type="OtherTaxInformation"),
            creditor_account_id="CR",
            extra={"y": 2},
        ),
        addresses=[Address(full_address="", city="Gent", country_code="XX")],
    )
    _assert_round_trip(editor, organization)
    _assert_round_trip(editor, IndividualContact())
    _assert_round_trip(editor, OrganizationContact())


def test_load_works_on_a_copy(qtbot: QtBot, editor: ContactEditor, ids: dict[str, str]) -> None:
    person = _strange_person(ids)
    before = person.model_copy(deep=True)
    editor.load(person)
    general = editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    qtbot.keyClicks(general.given_name, "na")
    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    points.points.phones.remove_row(points.points.phones.rows()[0])
    assert editor.draft().given_name == "Anna"
    assert editor.draft().phones == []
    assert person == before


def test_tags_complete_existing_names(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    tags = open_tab(qtbot, editor, "Tags")
    assert isinstance(tags, TagsSection)
    qtbot.keyClicks(tags.edit, "v")
    offered = tags.completions.stringList()
    assert sorted(offered) == ["VIP", "Vendor"]
    popup = tags.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.names() == [offered[0]]
    assert tags.edit.text() == ""
    # A tag already on the contact is not offered again; a new name is added with Enter.
    qtbot.keyClicks(tags.edit, "v")
    assert tags.completions.stringList() == [offered[1]]
    tags.edit.clear()
    qtbot.keyClicks(tags.edit, "Stammgast")
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    assert tags.names() == [offered[0], "Stammgast"]
    # Select a chip and press Delete to remove it.
    tags.chips.setCurrentRow(0)
    qtbot.keyClick(tags.chips, Qt.Key.Key_Delete)
    assert [t.name for t in editor.draft().tags] == ["Stammgast"]
    assert editor.is_dirty()


def test_picture_change_and_remove(
    qtbot: QtBot, editor: ContactEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    header = editor.header
    assert not header.remove_button.isEnabled()
    initials = header.avatar.pixmap().toImage()
    picture = tmp_path / "an.png"
    picture.write_bytes(png_bytes())
    chosen = [str(picture)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen.pop(0), ""))
    click(qtbot, header.change_button)
    (image,) = editor.draft().images
    assert image.data == picture.read_bytes()
    assert header.avatar.pixmap().toImage() != initials
    assert editor.is_dirty()

    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a picture")
    chosen.append(str(text_file))
    click(qtbot, header.change_button)
    assert header.picture_problem.isVisible()
    assert "only JPEG and PNG" in header.picture_problem.text()
    assert len(editor.draft().images) == 1  # the picture stays as it was

    click(qtbot, header.remove_button)
    assert editor.draft().images == []
    assert not header.remove_button.isEnabled()


def test_structure_departments_locations_and_founders(
    qtbot: QtBot, editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    with unit_of_work(tmp_db) as u:
        jan = u.contacts.get(ids["jan"])
        assert isinstance(jan, IndividualContact)
        jan.professional_identities = [
            ProfessionalIdentity(organization_contact=ids["klok"], job_title="Founder and CEO")
        ]
        u.contacts.save(jan)
    klok = ContactDirectory(tmp_db).get(ids["klok"])
    assert klok is not None
    editor.load(klok)
    structure = open_tab(qtbot, editor, "Structure")
    assert isinstance(structure, StructureSection)

    department = add_row(qtbot, structure.departments)
    qtbot.keyClicks(department.name, "Logistics")
    choose(department.area, "LOGISTICS")
    location = add_row(qtbot, structure.locations)
    qtbot.keyClicks(location.name, "Depot")
    location.open_hour.setFocus()
    for _ in range(9):
        qtbot.keyClick(location.open_hour, Qt.Key.Key_Up)
    for _ in range(8):
        qtbot.keyClick(location.close_hour, Qt.Key.Key_Up)
    assert (location.open_hour.optional(), location.close_hour.optional()) == (8, 7)
    editor.check_now()
    assert editor.field_severity("locations[1].office_close_hour") == "error"
    qtbot.keyClick(location.close_hour, Qt.Key.Key_PageUp)  # 7 + 10 = 17
    assert editor.check_now() == []

    founders = structure.founders
    qtbot.keyClicks(founders.person.edit, "jan")
    popup = founders.person.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert founders.identity.currentText() == "Founder and CEO"
    click(qtbot, founders.add_button)
    assert founders.list.item(0).text() == "Jan Peeters — Founder and CEO"

    draft = editor.draft()
    assert isinstance(draft, OrganizationContact)
    assert [(d.name, d.area) for d in draft.departments] == [
        ("Sales", "SALES"),
        ("Brewing", None),
        ("Logistics", "LOGISTICS"),
    ]
    assert (draft.locations[1].office_open_hour, draft.locations[1].office_close_hour) == (8, 17)
    (founder,) = draft.founders
    assert founder.contact_id == ids["jan"]


def test_tab_order_follows_the_form(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    general = editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    editor.activateWindow()
    general.title.setFocus()
    qtbot.waitUntil(general.title.hasFocus, timeout=5000)
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        general.given_name,
        general.family_name,
        general.title_suffix,
        general.name,
        general.gender,
    ]


def _pick(qtbot: QtBot, picker: ContactPicker, text: str) -> None:
    """Type part of a name, then take the first offer in the popup with the keyboard."""
    qtbot.keyClicks(picker.edit, text)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _give_jan_work(tmp_db: Database, ids: dict[str, str]) -> dict[str, str]:
    """Jan founds and leads De Klok and buys for Acme; returns the two identities' ids."""
    with unit_of_work(tmp_db) as u:
        jan = u.contacts.get(ids["jan"])
        assert isinstance(jan, IndividualContact)
        ceo = ProfessionalIdentity(organization_contact=ids["klok"], job_title="CEO")
        buyer = ProfessionalIdentity(organization_contact=ids["acme"], job_title="Buyer")
        jan.professional_identities = [ceo, buyer]
        u.contacts.save(jan)
    return {"ceo": ceo.id, "buyer": buyer.id}


def test_description_of_a_phone(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    phone = add_row(qtbot, points.points.phones)
    qtbot.keyClicks(phone.description, "only mornings")
    assert editor.draft().phones[0].description == "only mornings"
    assert editor.widget_for_field("phones[0].description") is phone.description


def test_managed_by_and_alternative_payer(
    qtbot: QtBot, editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    work = _give_jan_work(tmp_db, ids)
    editor.new(ContactKind.INDIVIDUAL)
    roles = open_tab(qtbot, editor, "Roles")
    assert isinstance(roles, RolesSection)
    customer = roles.customer
    customer.setFocus()
    qtbot.keyClick(customer, Qt.Key.Key_Space)

    managed_by = customer.managed_by
    _pick(qtbot, managed_by.person, "jan")
    labels = [managed_by.identity.itemText(i) for i in range(managed_by.identity.count())]
    assert labels == ["CEO at Brouwerij De Klok NV", "Buyer at Acme AG"]
    choose(managed_by.identity, work["buyer"])
    role = editor.draft().customer_role
    assert role is not None and role.managed_by == ProfessionalIdentityRef(
        contact_id=ids["jan"], professional_identity_id=work["buyer"]
    )
    managed_by.person.edit.setFocus()
    qtbot.keyClick(managed_by.person.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(managed_by.person.edit, Qt.Key.Key_Backspace)
    role = editor.draft().customer_role
    assert role is not None and role.managed_by is None

    _pick(qtbot, customer.alternative_payer, "klok")
    assert customer.alternative_payer.text() == "Brouwerij De Klok NV"
    role = editor.draft().customer_role
    assert role is not None and role.alternative_payer == ContactRef(id=ids["klok"])


def test_representatives_and_location_leaders(
    qtbot: QtBot, editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    work = _give_jan_work(tmp_db, ids)
    klok = ContactDirectory(tmp_db).get(ids["klok"])
    assert klok is not None
    editor.load(klok)
    structure = open_tab(qtbot, editor, "Structure")
    assert isinstance(structure, StructureSection)
    ceo = ProfessionalIdentityRef(contact_id=ids["jan"], professional_identity_id=work["ceo"])

    row = add_row(qtbot, structure.representatives)
    _pick(qtbot, row.chooser.person, "jan")
    assert row.chooser.identity.currentText() == "CEO"  # only identities at De Klok
    click(qtbot, row.activation.check)
    (leaders,) = [r.leaders for r in structure.locations.rows()]
    _pick(qtbot, leaders.person, "jan")
    click(qtbot, leaders.add_button)
    assert leaders.list.item(0).text() == "Jan Peeters — CEO"

    draft = editor.draft()
    assert isinstance(draft, OrganizationContact)
    (representative,) = draft.representatives
    assert representative.professional_identity == ceo and representative.is_active
    activation = representative.activation_date
    assert activation is not None and activation.tzinfo is not None
    assert draft.locations[0].leaders == [ceo]
    assert editor.widget_for_field("locations[0].leaders") is leaders.list


def test_round_trip_of_the_newer_fields(
    editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    work = _give_jan_work(tmp_db, ids)
    buyer = ProfessionalIdentityRef(contact_id=ids["jan"], professional_identity_id=work["buyer"])
    ceo = ProfessionalIdentityRef(contact_id=ids["jan"], professional_identity_id=work["ceo"])
    gone = ProfessionalIdentityRef(contact_id="gone", professional_identity_id="x")
    organization = OrganizationContact(
        name="Odd Org",
        phones=[Phone(number="+32 9 1", description="mornings")],
        emails=[Email(address="a@b.c", description="")],
        web_addresses=[WebAddress(url="https://x", description="shop")],
        addresses=[Address(city="Gent", description="back door")],
        locations=[Location(name="Hall", leaders=[ceo, gone])],
        representatives=[
            Representative(
                professional_identity=ceo,
                is_active=False,
                activation_date=datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
                deactivation_date=datetime(2021, 1, 2),
            ),
            Representative(professional_identity=gone),
        ],
        customer_role=CustomerRole(
            customer_id="C", managed_by=buyer, alternative_payer=ContactRef(id="unknown")
        ),
        supplier_role=SupplierRole(supplier_id="S", managed_by=gone),
    )
    _assert_round_trip(editor, organization)
    roles = editor.section(RolesSection)
    assert isinstance(roles, RolesSection)
    assert roles.customer.alternative_payer.text() == "unknown"
    assert roles.customer.managed_by.person.text() == "Jan Peeters"
    organization.customer_role.alternative_payer = ContactRef(id=ids["acme"])  # type: ignore[union-attr]
    _assert_round_trip(editor, organization)
    assert roles.customer.alternative_payer.text() == "Acme AG"
