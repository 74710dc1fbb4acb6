"""The contact editor driven the way a user drives it, checked by the real ContactEditing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import DepartmentRef, Money, OrganizationContact
from app.services.contacts import ContactEditing
from app.services.directory import ContactDirectory
from app.store.database import Database
from app.ui.editors import ContactEditor
from app.ui.editors.contact_points import ContactPointsSection
from app.ui.editors.general_form import IndividualGeneral, OrganizationGeneral
from app.ui.editors.roles import RolesSection
from app.ui.editors.work import IdentityRow, WorkSection
from tests.ui.test_editor_support import add_row, choose, click, make_editor, open_tab, seed

VAT_MESSAGE = "VAT number: the check digits do not match — BE0415928178"


@pytest.fixture
def ids(tmp_db: Database) -> dict[str, str]:
    return seed(tmp_db)


@pytest.fixture
def editor(qtbot: QtBot, tmp_db: Database, ids: dict[str, str]) -> ContactEditor:
    return make_editor(qtbot, tmp_db)


def _organization_general(editor: ContactEditor) -> OrganizationGeneral:
    section = editor.section(OrganizationGeneral)
    assert isinstance(section, OrganizationGeneral)
    return section


def test_vat_number_is_checked_while_typing(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.ORGANIZATION)
    general = _organization_general(editor)
    qtbot.keyClicks(general.name, "De Klok Gent BV")
    qtbot.keyClicks(general.vat_number, "BE0415928178")
    # Debounced: the check runs once the user pauses.
    assert editor.check_pending()
    qtbot.waitUntil(lambda: editor.field_severity("vat_number") == "error", timeout=5000)
    assert VAT_MESSAGE in editor.problems_panel.texts()
    assert general.vat_number.toolTip() == VAT_MESSAGE
    assert editor.problems_panel.isVisible()

    qtbot.keyClick(general.vat_number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(general.vat_number, "9")
    qtbot.waitUntil(lambda: editor.field_severity("vat_number") is None, timeout=5000)
    assert VAT_MESSAGE not in editor.problems_panel.texts()
    assert editor.problems() == []
    assert not editor.problems_panel.isVisible()
    assert general.vat_number.toolTip() == ""


def test_problems_changed_carries_the_domain_problems(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.ORGANIZATION)
    general = _organization_general(editor)
    with qtbot.waitSignal(editor.problems_changed, timeout=5000) as blocker:
        qtbot.keyClicks(general.vat_number, "BE0415928178")
    fields = {p.field for p in blocker.args[0]}
    assert fields == {"name", "vat_number"}  # the name is still missing


def test_clicking_a_problem_goes_to_its_field(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.ORGANIZATION)
    general = _organization_general(editor)
    qtbot.keyClicks(general.vat_number, "BE0415928178")
    qtbot.waitUntil(lambda: VAT_MESSAGE in editor.problems_panel.texts(), timeout=5000)
    open_tab(qtbot, editor, "Tags")
    panel = editor.problems_panel.list
    (item,) = panel.findItems(VAT_MESSAGE, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(item).center()
    )
    assert editor.tabs.currentWidget() is general
    qtbot.waitUntil(lambda: QApplication.focusWidget() is general.vat_number, timeout=5000)


def test_addresses_phones_and_emails_entered_in_the_form(
    qtbot: QtBot, editor: ContactEditor
) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    general = editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    qtbot.keyClicks(general.given_name, "An")
    qtbot.keyClicks(general.family_name, "Peeters")
    section = open_tab(qtbot, editor, "Addresses")
    assert isinstance(section, ContactPointsSection)
    points = section.points

    address = add_row(qtbot, points.addresses)
    assert address.street.hasFocus() or address.type_combo.hasFocus()
    choose(address.type_combo, "HOME_OFFICE")
    click(qtbot, address.usages.box("INVOICES"))
    click(qtbot, address.usages.box("SHIPPING"))
    qtbot.keyClicks(address.street, "Korenmarkt")
    qtbot.keyClicks(address.number, "1")
    qtbot.keyClicks(address.zip, "9000")
    qtbot.keyClicks(address.city, "Gent")
    # The country picker completes on names: type part of it, take the suggestion.
    line = address.country.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Belgi")
    completer = address.country.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert completer.currentCompletion() == "BE — Belgium"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert address.country.currentText() == "BE — Belgium"
    # The full address follows the parts.
    assert address.full.text() == "Korenmarkt 1, 9000 Gent, BE"

    phone = add_row(qtbot, points.phones)
    choose(phone.type_combo, "MOBILE")
    qtbot.keyClicks(phone.number, "+32 470 12 34 56")
    click(qtbot, phone.usages.box("SMS"))
    click(qtbot, phone.usages.box("WHATSAPP"))

    email = add_row(qtbot, points.emails)
    choose(email.type_combo, "PERSONAL_EMAIL")
    qtbot.keyClicks(email.address, "an.peeters@example.org")

    draft = editor.draft()
    assert draft.name == "An Peeters"
    (a,) = draft.addresses
    assert (a.type, a.usages, a.usage_context) == (
        "HOME_OFFICE",
        ["INVOICES", "SHIPPING"],
        "PERSONAL",
    )
    assert (a.street_name, a.street_number, a.zip, a.city, a.country_code) == (
        "Korenmarkt",
        "1",
        "9000",
        "Gent",
        "BE",
    )
    assert a.full_address == "Korenmarkt 1, 9000 Gent, BE"
    (p,) = draft.phones
    assert (p.type, p.number, p.usages) == ("MOBILE", "+32 470 12 34 56", ["SMS", "WHATSAPP"])
    (e,) = draft.emails
    assert (e.type, e.address) == ("PERSONAL_EMAIL", "an.peeters@example.org")
    assert editor.check_now() == []


def test_full_address_written_by_hand_stays(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.ORGANIZATION)
    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    row = add_row(qtbot, points.points.addresses)
    qtbot.keyClicks(row.city, "Gent")
    assert row.full.text() == "Gent"
    row.full.clear()
    qtbot.keyClicks(row.full, "Postbus 12, Gent")
    qtbot.keyClicks(row.zip, "9000")
    assert row.full.text() == "Postbus 12, Gent"
    assert row.full.placeholderText() == "9000 Gent"
    row.full.selectAll()
    qtbot.keyClick(row.full, Qt.Key.Key_Delete)  # cleared: the parts take over again
    qtbot.keyClicks(row.state, "OVL")
    assert row.full.text() == "9000 Gent, OVL"


def test_marks_follow_rows_when_they_move(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    phones = points.points.phones
    click(qtbot, phones.add_button)
    click(qtbot, phones.add_button)
    first, second = phones.rows()
    qtbot.keyClicks(first.number, "+32 9 210 10 10")
    editor.check_now()
    # The second phone has no number: its field is marked, the first's is not.
    assert second.number.property("problem") == "error"
    assert first.number.property("problem") is None
    phones.move_row(second, -1)
    editor.check_now()
    assert editor.widget_for_field("phones[0].number") is second.number
    assert second.number.property("problem") == "error"
    phones.remove_row(second)
    editor.check_now()
    assert editor.widget_for_field("phones[0].number") is first.number
    assert [p.field for p in editor.problems() if p.field.startswith("phones")] == []


def test_customer_role_credit_limit_and_delivery_configuration(
    qtbot: QtBot, editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    klok = ContactDirectory(tmp_db).get(ids["klok"])
    assert isinstance(klok, OrganizationContact)
    editor.load(klok)
    roles = open_tab(qtbot, editor, "Roles")
    assert isinstance(roles, RolesSection)
    customer = roles.customer
    assert not customer.isChecked() and not customer.body.isVisible()
    customer.setFocus()
    qtbot.keyClick(customer, Qt.Key.Key_Space)
    assert customer.isChecked() and customer.body.isVisible()
    assert customer.since.value() == date.today()
    qtbot.keyClicks(customer.customer_id, "C-1001")
    qtbot.keyClicks(customer.credit_limit.amount, "1000.50")
    currency = customer.credit_limit.currency
    currency.lineEdit().clear()  # type: ignore[union-attr]
    qtbot.keyClicks(currency.lineEdit(), "eur")
    config = add_row(qtbot, customer.configurations)
    texts = [config.invoice.itemText(i) for i in range(config.invoice.count())]
    assert texts == ["(none)", "Korenmarkt 1, 9000 Gent, BE"]
    choose(config.invoice, ids["address"])
    qtbot.keyClicks(config.brand, "brand-7")

    draft = editor.draft()
    role = draft.customer_role
    assert role is not None
    assert role.customer_id == "C-1001"
    assert role.credit_limit == Money(value=Decimal("1000.50"), unit="EUR")
    (configuration,) = role.delivery_and_invoicing_configurations
    assert configuration.invoice_address_id == ids["address"]
    assert configuration.delivery_address_id is None
    assert configuration.limitations.brand_id == "brand-7"
    assert editor.check_now() == []

    # The owner saves what the editor asks for and loads the result.
    saved: list[bool] = []
    editor.save_requested.connect(lambda: saved.append(True))
    qtbot.keyClick(customer.customer_id, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]
    result = ContactEditing(tmp_db).save(editor.draft())
    assert result.contact is not None
    editor.load(result.contact)
    assert not editor.is_dirty()
    stored = ContactDirectory(tmp_db).get(ids["klok"])
    assert stored is not None and stored.customer_role is not None
    assert stored.customer_role.credit_limit == Money(value=Decimal("1000.50"), unit="EUR")


def test_address_choices_follow_the_addresses_tab(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.ORGANIZATION)
    roles = open_tab(qtbot, editor, "Roles")
    assert isinstance(roles, RolesSection)
    roles.customer.setChecked(True)
    config = add_row(qtbot, roles.customer.configurations)
    assert config.invoice.count() == 1
    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    address = add_row(qtbot, points.points.addresses)
    qtbot.keyClicks(address.city, "Brugge")
    assert [config.delivery.itemText(i) for i in range(config.delivery.count())] == [
        "(none)",
        "Brugge",
    ]
    choose(config.delivery, address.base.id)
    points.points.addresses.remove_row(address)
    # The address is gone: the reference is kept and shown as unknown, and it is an error.
    assert config.delivery.currentText().startswith("(unknown address")
    problems = editor.check_now()
    assert any(
        p.field == "customer_role.delivery_and_invoicing_configurations[0].delivery_address_id"
        for p in problems
    )


def test_professional_identity_picks_organization_and_department(
    qtbot: QtBot, editor: ContactEditor, ids: dict[str, str]
) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    general = editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    qtbot.keyClicks(general.given_name, "An")
    work = open_tab(qtbot, editor, "Work")
    assert isinstance(work, WorkSection)
    row = add_row(qtbot, work.identities)
    assert isinstance(row, IdentityRow)
    qtbot.keyClicks(row.organization.edit, "klok")
    popup = row.organization.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert row.organization.model.rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert row.organization.contact_id() == ids["klok"]
    assert row.organization.text() == "Brouwerij De Klok NV"
    labels = [row.departments.item(i).text() for i in range(row.departments.count())]
    assert labels == ["Sales", "Brewing"]
    brewing = row.departments.item_for(ids["brewing"])
    assert brewing is not None
    brewing.setCheckState(Qt.CheckState.Checked)  # what a click on its box does
    qtbot.keyClicks(row.job_title, "Brewer")

    (pi,) = editor.draft().professional_identities
    assert pi.organization_contact == ids["klok"]
    assert pi.departments == [DepartmentRef(contact_id=ids["klok"], department_id=ids["brewing"])]
    assert pi.job_title == "Brewer" and pi.is_active
    assert editor.check_now() == []

    # Typing over the organization un-picks it: the identity then names no organization.
    qtbot.keyClicks(row.organization.edit, "x")
    assert row.organization.contact_id() == ""
    fields = [p.field for p in editor.check_now()]
    assert "professional_identities[0].organization_contact" in fields
    assert editor.field_severity("professional_identities[0].organization_contact") == "error"


def test_display_name_follows_the_parts_until_edited(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.INDIVIDUAL)
    general = editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    qtbot.keyClicks(general.title, "Dr.")
    qtbot.keyClicks(general.given_name, "An")
    qtbot.keyClicks(general.family_name, "Peeters")
    qtbot.keyClicks(general.title_suffix, "MSc")
    assert general.name.text() == "Dr. An Peeters, MSc"
    assert editor.header.name_label.text() == "Dr. An Peeters, MSc"
    general.name.selectAll()
    qtbot.keyClicks(general.name, "Annie")
    qtbot.keyClicks(general.family_name, "-Janssens")
    assert general.name.text() == "Annie"
    assert editor.draft().family_name == "Peeters-Janssens"


def test_save_with_errors_lists_them_and_emits_nothing(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.new(ContactKind.ORGANIZATION)
    general = _organization_general(editor)
    qtbot.keyClicks(general.name, "De Klok Gent BV")
    qtbot.keyClicks(general.vat_number, "BE0415928178")
    with qtbot.assertNotEmitted(editor.save_requested):
        click(qtbot, editor.save_button)
    box = editor.error_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert VAT_MESSAGE in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: editor.error_box is None, timeout=5000)
    # Warnings do not stop a save: a valid number with a doubtful phone saves.
    general.vat_number.selectAll()
    qtbot.keyClicks(general.vat_number, "BE0415928179")
    with qtbot.waitSignal(editor.save_requested, timeout=1000):
        click(qtbot, editor.save_button)


def test_dirty_flag_and_revert(
    qtbot: QtBot,
    editor: ContactEditor,
    tmp_db: Database,
    ids: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    klok = ContactDirectory(tmp_db).get(ids["klok"])
    assert klok is not None
    editor.load(klok)
    assert not editor.is_dirty()
    general = _organization_general(editor)
    with qtbot.waitSignal(editor.dirty_changed, timeout=1000) as blocker:
        qtbot.keyClicks(general.name, " Gent")
    assert blocker.args == [True]
    assert editor.is_dirty() and editor.revert_button.isEnabled()
    assert klok.name == "Brouwerij De Klok NV"  # the caller's object is untouched

    # Ctrl+R asks first; Cancel keeps the edit.
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    qtbot.keyClick(general.name, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert general.name.text() == "Brouwerij De Klok NV Gent"
    with qtbot.waitSignal(editor.dirty_changed, timeout=1000) as blocker:
        qtbot.keyClick(general.name, Qt.Key.Key_Escape)
    assert blocker.args == [False]
    assert general.name.text() == "Brouwerij De Klok NV"
    assert not editor.is_dirty() and not editor.revert_button.isEnabled()
    assert editor.draft() == klok

    # Typing the old text back makes the contact clean again.
    qtbot.keyClick(general.name, Qt.Key.Key_End)
    qtbot.keyClicks(general.name, "X")
    assert editor.is_dirty()
    qtbot.keyClick(general.name, Qt.Key.Key_Backspace)
    assert not editor.is_dirty()


def test_delete_asks_the_owner(
    qtbot: QtBot, editor: ContactEditor, tmp_db: Database, ids: dict[str, str]
) -> None:
    editor.new(ContactKind.ORGANIZATION)
    assert not editor.delete_button.isEnabled()
    klok = ContactDirectory(tmp_db).get(ids["klok"])
    assert klok is not None
    editor.load(klok)
    with qtbot.waitSignal(editor.delete_requested, timeout=1000) as blocker:
        click(qtbot, editor.delete_button)
    assert blocker.args == [ids["klok"]]
