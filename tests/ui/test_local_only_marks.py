"""The editor says which fields stay on this computer when an account is linked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import IndividualContact, OrganizationContact
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.credentials import TokenStore
from app.sync.settings import SyncSettings
from app.ui.app import build_main_window
from app.ui.contacts_page import ContactsPage
from app.ui.editors.general_form import IndividualGeneral, OrganizationGeneral
from app.ui.main_window import MainWindow

KEPT_HERE = "Kept on this computer only — not sent to contacts.example.com"
SETTINGS = SyncSettings(
    base_url="https://contacts.example.com/api/v1",
    org_id="acme",
    interval_minutes=0,
    sync_on_start=False,
)
PERSON_ROWS = {
    "Title",
    "Given name",
    "Family name",
    "Title suffix",
    "Gender",
    "Locale",
    "Internal note",
    "Owner type",
    "First name",
    "Last name",
    "E-mail",
}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    made = Services.over(open_database(tmp_path / "k.sqlite"), TokenStore(environ={}))
    yield made
    made.close()


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[[Services], MainWindow]:
    def open_(services: Services) -> MainWindow:
        window = build_main_window(services, "test")
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        return window

    return open_


def _cells(form: QFormLayout, row: int) -> list[QWidget]:
    found = []
    for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
        item = form.itemAt(row, role)
        if item is not None and item.widget() is not None:
            found.append(item.widget())
    return found


def marked_rows(section: QWidget) -> dict[str, str]:
    """Row label → tooltip of every mark on screen that says the row stays on this computer."""
    found: dict[str, str] = {}
    for form in section.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            cells = _cells(form, row)
            if not cells:
                continue
            labels = [
                w for w in (cells[0], *cells[0].findChildren(QLabel)) if isinstance(w, QLabel)
            ]
            text = next((label.text() for label in labels if label.text()), "")
            for cell in cells:
                for widget in (cell, *cell.findChildren(QWidget)):
                    tip = widget.toolTip()
                    if tip.startswith("Kept on this computer only") and widget.isVisibleTo(section):
                        found[text] = tip
    return found


def click_contact(qtbot: QtBot, page: ContactsPage, name: str) -> None:
    """Click the contact's row in the list, as a user picks it."""
    table = page.list_view.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=3000)
    rows = [
        model.index(r, 0, QModelIndex())
        for r in range(model.rowCount())
        if name in str(model.index(r, 0).data())
    ]
    assert rows, f"{name} is not listed"
    rect = table.visualRect(rows[0])
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor.original().name == name, timeout=3000)


def _people(services: Services) -> IndividualContact:
    result = services.editing.save(
        IndividualContact(
            name="Dr. Anna Müller",
            title="Dr.",
            given_name="Anna",
            family_name="Müller",
            internal_note="Prefers calls in the morning",
        )
    )
    assert isinstance(result.contact, IndividualContact)
    return result.contact


def test_with_an_account_linked_the_fields_it_does_not_carry_are_marked(
    qtbot: QtBot, services: Services, open_window: Callable[[Services], MainWindow]
) -> None:
    assert services.sync_setup.save(SETTINGS) == []
    _people(services)
    services.editing.save(OrganizationContact(name="Klok NV", vat_number="BE0415928179"))
    window = open_window(services)

    window.select_section("people")
    click_contact(qtbot, window.people, "Dr. Anna Müller")
    general = window.people.editor.section(IndividualGeneral)
    assert window.people.editor.tabs.currentWidget() is general
    marks = marked_rows(general)
    assert set(marks) == PERSON_ROWS
    assert set(marks.values()) == {KEPT_HERE}
    for sent in ("Display name", "Date of birth", "Anniversary", "External ID"):
        assert sent not in marks
    notes = [
        label.text()
        for label in general.findChildren(QLabel)
        if "contacts.example.com" in label.text() and label.isVisibleTo(general)
    ]
    assert notes and "kept on this computer only" in notes[0]
    window.people.editor.grab().save("/tmp/editor_local_only.png")

    window.select_section("organizations")
    click_contact(qtbot, window.organizations, "Klok NV")
    org_general = window.organizations.editor.section(OrganizationGeneral)
    org_marks = marked_rows(org_general)
    assert {"VAT number", "Organization type", "Internal note", "Invoice language"} <= set(
        org_marks
    )
    for sent in ("Name", "Founded", "External ID", "External organization ID"):
        assert sent not in org_marks


def test_without_an_account_nothing_is_marked_until_one_is_set_up(
    qtbot: QtBot, services: Services, open_window: Callable[[Services], MainWindow]
) -> None:
    _people(services)
    window = open_window(services)
    window.select_section("people")
    click_contact(qtbot, window.people, "Dr. Anna Müller")
    editor = window.people.editor
    general = editor.section(IndividualGeneral)
    assert marked_rows(general) == {}

    # Sync is set up while the window is open (what Preferences → OK stores): the next
    # contact shown says which fields stay here.
    assert services.sync_setup.save(SETTINGS) == []
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.is_new(), timeout=2000)
    assert editor.original().kind is ContactKind.INDIVIDUAL
    assert set(marked_rows(general)) == PERSON_ROWS
