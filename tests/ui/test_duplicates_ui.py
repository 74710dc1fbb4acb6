"""Duplicates in the main window, driven as a user drives them: the editor's warning while
typing, the Duplicates section (Find duplicates, Merge…) and undoing a merge."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import (
    Address,
    AnyContact,
    CustomerRole,
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
)
from app.services.directory import ContactQuery
from app.services.registry import Services
from app.store.database import Database
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column
from app.ui.duplicates.banner import DuplicateBanner
from app.ui.duplicates.merge_dialog import MergeDialog
from app.ui.duplicates.page import DuplicatesPage, PairsModel
from app.ui.duplicates.wiring import DuplicatesUi
from app.ui.editors.contact_points import ContactPointsSection
from app.ui.editors.general_form import IndividualGeneral
from app.ui.main_window import MainWindow
from tests.ui.test_editor_support import add_row, open_tab

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def services(tmp_db: Database) -> Services:
    return Services.over(tmp_db)


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    # Closing the window with a half-typed contact must never wait for an answer.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = build_main_window(services, "test")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    yield window
    window.close()


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _ui(window: MainWindow) -> DuplicatesUi:
    found = window.findChild(QObject, "duplicatesUi")
    assert isinstance(found, DuplicatesUi)
    return found


def _save(services: Services, contact: AnyContact) -> str:
    result = services.editing.save(contact)
    assert result.contact is not None, [str(p) for p in result.problems]
    return result.contact.id


def _names(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def _plant(services: Services) -> tuple[str, str]:
    """Els Wouters twice (the same e-mail in another case), and someone else."""
    els = _save(
        services,
        IndividualContact(
            name="Els Wouters",
            given_name="Els",
            family_name="Wouters",
            emails=[Email(address="Els.Wouters@klok.example")],
            addresses=[Address(full_address="Kerkstraat 1, 9000 Gent", city="Gent")],
        ),
    )
    twin = _save(
        services,
        IndividualContact(
            name="E. Wouters",
            family_name="Wouters",
            emails=[Email(address="els.wouters@klok.example"), Email(address="els@home.example")],
            phones=[Phone(number="+32 9 123 45 67")],
            customer_role=CustomerRole(customer_id="C-77", customer_since=date(2020, 1, 1)),
        ),
    )
    _save(services, IndividualContact(name="Jan Jansen", emails=[Email(address="jan@x.example")]))
    return els, twin


def test_typing_an_existing_e_mail_shows_the_duplicate_banner(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    els, _twin = _plant(services)
    window.reload_current()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.people.editor
    banner = editor.findChild(DuplicateBanner, "duplicateBanner")
    assert isinstance(banner, DuplicateBanner)
    assert not banner.isVisible()
    general = editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    qtbot.keyClicks(general.given_name, "Elsa")
    qtbot.keyClicks(general.family_name, "Maes")
    points = open_tab(qtbot, editor, "Addresses")
    assert isinstance(points, ContactPointsSection)
    email = add_row(qtbot, points.points.emails)
    qtbot.keyClicks(email.address, "ELS.WOUTERS@klok.example")  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    text = banner.label.text()
    assert text.startswith("Possible duplicate: “")
    assert "same e-mail (els.wouters@klok.example)" in text
    assert "and 1 more" in text  # both Wouters have that address
    assert banner.current() is not None and banner.current().contact_id in set(  # type: ignore[union-attr]
        _ids(services)
    )

    # Another address: the warning goes away by itself.
    email.address.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(email.address, "elsa@maes.example")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)

    # Back to the shared address, then Dismiss (the ✕): gone, and it stays gone.
    email.address.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(email.address, "els.wouters@klok.example")  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()

    # An existing contact is never its own duplicate; open shows the other one.
    editor.revert()
    window.open_contact(els)
    assert editor.draft().id == els
    qtbot.keyClicks(general.given_name, "x")  # edits Els: Els itself must not be named
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    hint = banner.current()
    assert hint is not None and hint.contact_id != els and hint.name == "E. Wouters"
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)  # unsaved: Discard (patched)
    qtbot.waitUntil(lambda: editor.draft().name == "E. Wouters", timeout=5000)
    assert not banner.isVisible()


def _ids(services: Services) -> list[str]:
    return services.directory.ids(ContactQuery(), 0, 100)


def _tick(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_find_duplicates_merge_and_undo(
    qtbot: QtBot, services: Services, window: MainWindow, qtmodeltester: object
) -> None:
    els, twin = _plant(services)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL)  # the ninth section
    page = window.current_section().page
    assert isinstance(page, DuplicatesPage)
    assert page.empty_label.isVisible() and "Find duplicates" in page.empty_label.text()

    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_scanning() and page.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]
    assert window.count_label.text().startswith("1 possible duplicate pair")
    (pair,) = page.pairs()
    assert {pair.first_id, pair.second_id} == {els, twin}
    row = [page.proxy.index(0, c).data() for c in range(4)]
    assert sorted(row[:2]) == ["E. Wouters", "Els Wouters"]
    assert row[2] == "95%" and row[3] == "same e-mail (els.wouters@klok.example)"
    assert page.merge_button.isEnabled()

    # Merge… with Els Wouters staying (swap when the scan listed the twin first).
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = _ui(window).merge_dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    if dialog.survivor_id != els:
        qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.preview is not None and dialog.preview.survivor.id == els,
            timeout=5000,
        )
    assert dialog.survivor_title.text() == "Els Wouters"
    assert dialog.other_title.text() == "E. Wouters"
    assert set(dialog.choices) == {"name"}  # given name: Els; the twin has none
    assert dialog.taken() == []
    moves = dialog.moves_label.text()
    assert "2 e-mails" in moves and "1 phone," in moves and "customer role" in moves
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.current_section().key == "people", timeout=5000)
    qtbot.waitUntil(lambda: _names(window) == ["Els Wouters", "Jan Jansen"], timeout=5000)
    assert window.people.editor.draft().id == els  # the survivor opens
    merged = services.directory.get(els)
    assert merged is not None
    assert len(merged.emails) == 3 and merged.customer_role is not None
    assert window.undo_action.text() == "Undo merge of “E. Wouters” into “Els Wouters”"

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(
        lambda: _names(window) == ["E. Wouters", "Els Wouters", "Jan Jansen"], timeout=5000
    )
    restored = services.directory.get(els)
    assert restored is not None and len(restored.emails) == 1
    # Back on the Duplicates page, the pair is listed again.
    window.select_section("duplicates")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_a_refused_merge_is_shown_and_changes_nothing(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    person = _save(
        services,
        IndividualContact(name="Info Klok", emails=[Email(address="info@klok.example")]),
    )
    organization = _save(
        services,
        OrganizationContact(name="Brouwerij De Klok", emails=[Email(address="info@klok.example")]),
    )
    page = _ui(window).page
    window.select_section("duplicates")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter merges the selected pair
    dialog = _ui(window).merge_dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert dialog.error_label.text() == (
        "Cannot merge: A person and an organization cannot be merged."
    )
    assert not dialog.merge_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _ui(window).merge_dialog is None, timeout=2000)
    assert services.directory.get(person) is not None
    assert services.directory.get(organization) is not None
    assert not window.undo_action.isEnabled()


def test_pairs_sort_by_score_and_a_pair_can_be_set_aside(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    _plant(services)
    _save(services, IndividualContact(name="Karel Maes", phones=[Phone(number="+32 9 111 22 33")]))
    _save(services, IndividualContact(name="Karl Maes", phones=[Phone(number="09/111.22.33")]))
    page = _ui(window).page
    window.select_section("duplicates")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    header = page.table.horizontalHeader()
    score = header.sectionViewportPosition(PairsModel.SCORE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(score, 5))
    scores = [page.proxy.index(r, PairsModel.SCORE).data() for r in range(2)]
    assert scores in (["90%", "95%"], ["95%", "90%"])
    first = page.pairs()[0]
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Not duplicates
    assert [p for p in page.pairs() if p == first] == []
    assert page.model.rowCount() == 1
