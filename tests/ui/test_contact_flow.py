"""The whole day's work in the main window, as a user does it: create an organization and a
person working there, watch the VAT check, save, undo, search, delete and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.store.database import Database
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column
from app.ui.editors.contact_points import ContactPointsSection
from app.ui.editors.general_form import IndividualGeneral, OrganizationGeneral
from app.ui.editors.roles import RolesSection
from app.ui.editors.work import IdentityRow, WorkSection
from app.ui.main_window import MainWindow
from tests.ui.test_editor_support import add_row, choose, click, open_tab

VAT_ERROR = "VAT number: the check digits do not match — BE0415928178"


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = build_main_window(Services.over(db), "test")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    return window


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts reach the active window only (a completer popup may have taken it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _names(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_create_organization_and_person_save_undo_search_delete_restore(
    qtbot: QtBot, tmp_db: Database, monkeypatch: MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_db)
    services = window.services

    # --- an organization, with a VAT number checked while typing --------------------------
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.current_section().key == "organizations"
    editor = window.organizations.editor
    general = editor.section(OrganizationGeneral)
    assert isinstance(general, OrganizationGeneral)
    qtbot.keyClicks(general.name, "Brouwerij De Klok NV")
    qtbot.keyClicks(general.vat_number, "BE0415928178")
    qtbot.waitUntil(lambda: editor.field_severity("vat_number") == "error", timeout=5000)
    assert VAT_ERROR in editor.problems_panel.texts()
    qtbot.keyClick(general.vat_number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(general.vat_number, "9")
    qtbot.waitUntil(lambda: editor.field_severity("vat_number") is None, timeout=5000)

    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    address = add_row(qtbot, points.points.addresses)
    qtbot.keyClicks(address.street, "Korenmarkt")
    qtbot.keyClicks(address.number, "1")
    qtbot.keyClicks(address.zip, "9000")
    qtbot.keyClicks(address.city, "Gent")
    choose(address.country, "BE")
    phone = add_row(qtbot, points.points.phones)
    choose(phone.type_combo, "MAIN")
    qtbot.keyClicks(phone.number, "+32 9 233 45 67")
    email = add_row(qtbot, points.points.emails)
    choose(email.type_combo, "WORK_EMAIL")
    qtbot.keyClicks(email.address, "info@deklok.example")

    roles = open_tab(qtbot, editor, "Roles")
    assert isinstance(roles, RolesSection)
    roles.customer.setFocus()
    qtbot.keyClick(roles.customer, Qt.Key.Key_Space)
    qtbot.keyClicks(roles.customer.customer_id, "C-1001")

    qtbot.keyClick(general.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(window) == ["Brouwerij De Klok NV"], timeout=5000)
    assert not editor.is_dirty()
    (org_summary,) = services.directory.page(window.organizations.kind)
    assert org_summary.is_customer and org_summary.city == "Gent"
    assert window.undo_action.isEnabled()
    assert "Brouwerij De Klok NV" in window.undo_action.text()

    # --- a person working there --------------------------------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section().key == "people"
    person_editor = window.people.editor
    person = person_editor.section(IndividualGeneral)
    assert isinstance(person, IndividualGeneral)
    qtbot.keyClicks(person.given_name, "An")
    qtbot.keyClicks(person.family_name, "Peeters")
    work = open_tab(qtbot, person_editor, "Work")
    assert isinstance(work, WorkSection)
    row = add_row(qtbot, work.identities)
    assert isinstance(row, IdentityRow)
    qtbot.keyClicks(row.organization.edit, "klok")
    popup = row.organization.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(row.job_title, "Brewer")
    click(qtbot, person_editor.save_button)
    qtbot.waitUntil(lambda: _names(window) == ["An Peeters"], timeout=5000)
    stored = services.directory.get(window.people.list_view.current_contact_id() or "")
    assert stored is not None
    assert stored.professional_identities[0].organization_contact == org_summary.id  # type: ignore[union-attr]

    # --- undo the person's creation, then redo it --------------------------------------------
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(window) == [], timeout=5000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _names(window) == ["An Peeters"], timeout=5000)

    # --- find it by search (an e-mail of the organization finds the organization) ----------
    window.select_section("organizations")
    qtbot.keyClicks(window.search_edit, "deklok")
    qtbot.waitUntil(lambda: _names(window) == ["Brouwerij De Klok NV"], timeout=5000)
    window.search_edit.clear()
    window.select_section("people")
    qtbot.keyClicks(window.search_edit, "peeters")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 match in 1 person", timeout=5000)

    # --- delete, then restore from the trash --------------------------------------------------
    table = window.table
    rect = table.visualRect(table.model().index(0, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert person_editor.draft().name == "An Peeters"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(window) == [], timeout=5000)
    assert "moved to the trash" in window.count_label.text()

    window.select_section("trash")
    trash_page = window.current_section().page
    trash_table = trash_page.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: trash_table.model().rowCount() == 1, timeout=5000)
    assert trash_table.model().index(0, 0).data() == "An Peeters"
    rect = trash_table.visualRect(trash_table.model().index(0, 0))
    qtbot.mouseClick(trash_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, trash_page.restore_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: services.trash.count() == 0, timeout=5000)
    qtbot.waitUntil(lambda: trash_table.model().rowCount() == 0, timeout=5000)
    assert window.undo_action.isEnabled()  # the restore can be undone too
    window.select_section("people")
    window.search_edit.clear()
    qtbot.waitUntil(lambda: _names(window) == ["An Peeters"], timeout=5000)
