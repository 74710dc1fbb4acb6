"""The Data quality section driven as a user drives it: the counts, a category's list with the
stored value marked, Enter opening the contact on the offending field, and the count going
down once the fix is saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.models import Address, Email, IndividualContact, OrganizationContact, Phone
from app.domain.quality import Category
from app.services.registry import Services
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.app import build_main_window
from app.ui.main_window import MainWindow
from app.ui.quality import DataQualityUi
from app.ui.quality.page import MARK, DataQualityPage, FindingsModel
from tests.services.test_data_quality import _plant as plant_every_kind


@pytest.fixture
def services(tmp_db: Database) -> Services:
    return Services.over(tmp_db)


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = build_main_window(services, "test")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _store(services: Services, contact: IndividualContact | OrganizationContact) -> str:
    with unit_of_work(services.db) as uow:
        return uow.contacts.save(contact).id


def _page(window: MainWindow) -> DataQualityPage:
    found = window.findChild(QObject, "dataQualityUi")
    assert isinstance(found, DataQualityUi)
    return found.page


def _open_section(qtbot: QtBot, window: MainWindow) -> DataQualityPage:
    page = _page(window)
    window.select_section("data_quality")
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.report is not None and not page.busy, timeout=20_000)
    return page


def test_a_count_opens_its_list_and_enter_opens_the_field_to_fix(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    home = Address(
        full_address="Kerkstraat 1, 9000 Gent", city="Gent", zip="9000", country_code="BE"
    )
    piet = _store(
        services,
        IndividualContact(
            name="Piet Phone",
            addresses=[home],
            emails=[Email(address="piet@klok.be")],
            phones=[Phone(number="+32 9 222 33 44"), Phone(number="0470 12")],
        ),
    )
    _store(services, IndividualContact(name="Emma Email", emails=[Email(address="emma@@klok")]))
    _store(services, IndividualContact(name="Una Unreachable"))
    page = _open_section(qtbot, window)
    assert page.count(Category.PHONE) == 1
    assert page.count(Category.EMAIL) == 1
    assert page.count(Category.UNREACHABLE) == 1
    texts = [page.categories.item(i).text() for i in range(page.categories.count())]
    assert "Phone numbers that are not valid — 1" in texts

    page.show_category(Category.PHONE)
    model = page.table.model()
    assert isinstance(model, FindingsModel)
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:4] == ["Piet Phone", "Person", "Phone 2", "0470 12"]
    assert "too short" in row[4] or "not a valid" in row[4]
    assert model.index(0, FindingsModel.VALUE).data(Qt.ItemDataRole.BackgroundRole).color() == MARK
    page.grab().save(str(tmp_path / "data_quality_page.png"))

    # Enter on the row: People opens with the contact, the offending number focused.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_section().key == "people"
    editor = window.people.editor
    assert editor.draft().id == piet
    focused = editor.widget_for_field("phones[1].number")
    assert isinstance(focused, QLineEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focused, timeout=3000)
    assert focused.text() == "0470 12"
    window.grab().save(str(tmp_path / "data_quality_fix.png"))

    # The user types the right number and saves: back on Data quality the count is down,
    # found by re-checking only Piet.
    focused.selectAll()
    qtbot.keyClicks(focused, "+32 470 12 34 56")
    assert window.people.save()
    window.select_section("data_quality")
    qtbot.waitUntil(lambda: page.count(Category.PHONE) == 0, timeout=10_000)
    assert page.model.rowCount() == 0
    assert page.count(Category.EMAIL) == 1


def test_every_category_opens_its_own_list(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    ids = plant_every_kind(services.db)
    names = {key: services.directory.get(cid).name for key, cid in ids.items()}  # type: ignore[union-attr]
    expected = {
        Category.VAT: {names["vat"], names["gln"]},
        Category.GLN: {names["gln"]},
        Category.PHONE: {names["phone"]},
        Category.EMAIL: {names["email"], names["work_email"]},
        Category.ADDRESS: {names["zip"], names["no_country"], names["no_zip"]},
        Category.AS_RECEIVED: {names["received"]},
        Category.DUPLICATE: {names["dup_a"], names["dup_b"]},
        Category.UNREACHABLE: {names["unreachable"]},
        Category.INACTIVE: {names["inactive"]},
    }
    page = _open_section(qtbot, window)
    for category, wanted in expected.items():
        page.show_category(category)
        listed = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
        assert listed == wanted, category
        assert page.model.rowCount() == page.count(category), category
        assert page.fix_button.isEnabled()
        assert page.fix_button.text() == (
            "Merge…" if category is Category.DUPLICATE else "Open and fix"
        )

    # A contact with no way to reach it opens on its "Add e-mail" button.
    page.show_category(Category.UNREACHABLE)
    page.fix_button.click()
    assert window.current_section().key == "people"
    add_email = window.people.editor.widget_for_field("emails")
    assert add_email is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is add_email, timeout=3000)


def test_a_whole_book_check_shows_progress_and_cancel_keeps_the_previous_counts(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import threading

    import app.services.data_quality as data_quality

    _store(services, IndividualContact(name="Una Unreachable"))
    page = _open_section(qtbot, window)
    assert page.count(Category.UNREACHABLE) == 1
    before = page.summary_label.text()
    # A second contact nobody can reach: a finished check would count 2.
    _store(services, IndividualContact(name="Olga Offline"))

    # The check waits after reading the book, until the test has pressed Cancel: on a small
    # book it would otherwise end before anyone could press it.
    read = threading.Event()
    go_on = threading.Event()
    real_check = data_quality.check_rows

    def gated(rows: object, step: object = None) -> object:
        read.set()
        assert go_on.wait(10)
        return real_check(rows, step)  # type: ignore[arg-type]

    monkeypatch.setattr(data_quality, "check_rows", gated)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.is_checking() and not page.check_button.isEnabled()
    assert page.progress.isVisible() and page.progress.cancel_button.isVisible()
    assert read.wait(10)
    # Every statement read: the bar stands at those steps, the text names the contacts.
    bar = page.progress.bar
    qtbot.waitUntil(lambda: bar.value() == len(data_quality.STATEMENTS), timeout=3000)
    assert bar.maximum() == data_quality.SCAN_STEPS
    assert page.progress.label.text() == "Checking 2 contacts…"
    page.grab().save(str(tmp_path / "quality-progress.png"))

    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert page.progress.label.text() == "Cancelling…"
    go_on.set()
    qtbot.waitUntil(lambda: not page.is_checking(), timeout=10_000)
    assert not page.progress.isVisible() and page.check_button.isEnabled()
    assert page.count(Category.UNREACHABLE) == 1  # the previous counts stay
    assert page.summary_label.text() == before
    assert page.status().startswith("Check cancelled: the counts of the previous check stay")

    # Checking again to the end counts the new contact.
    monkeypatch.setattr(data_quality, "check_rows", real_check)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.count(Category.UNREACHABLE) == 2, timeout=10_000)
    assert not page.progress.isVisible()


def test_show_in_people_lists_just_the_contacts_with_the_problem_until_show_all(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    from app.ui.contact_table_model import ContactIdRole

    home = Address(full_address="Kerkstraat 1, 9000 Gent", zip="9000", country_code="BE")
    bad = [
        _store(services, IndividualContact(name=f"Emma {n}", emails=[Email(address="e@@x")]))
        for n in (1, 2)
    ]
    for n in range(3):
        _store(
            services,
            IndividualContact(
                name=f"Clean {n}", addresses=[home], emails=[Email(address=f"c{n}@klok.be")]
            ),
        )
    _store(services, OrganizationContact(name="Klok NV", addresses=[home]))
    page = _open_section(qtbot, window)
    page.show_category(Category.EMAIL)
    assert page.show_people_button.isEnabled()
    assert not page.show_organizations_button.isEnabled()  # no organization has the problem

    qtbot.mouseClick(page.show_people_button, Qt.MouseButton.LeftButton)
    assert window.current_section().key == "people"
    people = window.people
    view = people.list_view

    def listed() -> set[str]:
        model = view.model
        return {model.index(r, 0).data(ContactIdRole) for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: listed() == set(bad), timeout=5000)
    assert view.only_chip.isVisible()
    assert view.only_label.text() == (
        "Data quality: 2 contacts with “E-mail addresses that fail the syntax check”"
    )
    qtbot.waitUntil(lambda: people.status_text() == "2 matches in 5 people", timeout=5000)
    window.grab().save(str(tmp_path / "quality-in-people.png"))

    # Fixable in place: a click on a row opens that contact in the editor beside the list.
    rect = view.table.visualRect(view.model.index(1, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: people.editor.original().id in bad, timeout=5000)

    # A search still narrows within them; Show all brings back every person.
    qtbot.mouseClick(view.only_clear, Qt.MouseButton.LeftButton)
    assert not view.only_chip.isVisible()
    qtbot.waitUntil(lambda: len(listed()) == 5, timeout=5000)
    qtbot.waitUntil(lambda: people.status_text() == "5 people", timeout=5000)
