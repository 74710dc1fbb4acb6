"""File → Print… driven as a user drives it: select contacts, choose labels starting at a
later label, look at Qt's print preview, save the same pages as PDF; envelopes with our
organization as sender."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.models import Address, Email, IndividualContact, OrganizationContact
from app.services.printing import PrintMaterial
from app.services.registry import Services
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.app import build_main_window
from app.ui.main_window import MainWindow
from app.ui.printing.dialog import PrintDialog


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


def _home(street: str, city: str) -> Address:
    return Address(
        full_address=f"{street} 1, 9000 {city}",
        street_name=street,
        street_number="1",
        zip="9000",
        city=city,
        country_code="BE",
    )


def _plant(services: Services) -> None:
    with unit_of_work(services.db) as uow:
        for n in range(6):
            uow.contacts.save(
                IndividualContact(name=f"Person {n}", addresses=[_home(f"Straat{n}", "Gent")])
            )
        uow.contacts.save(IndividualContact(name="Nobody", emails=[Email(address="n@x.be")]))
        uow.contacts.save(
            OrganizationContact(name="Klok NV", addresses=[_home("Kerkstraat", "Gent")])
        )


def _open(qtbot: QtBot, window: MainWindow) -> PrintDialog:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrintDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PrintDialog)
    return dialog


def test_labels_of_the_selected_contacts_previewed_and_saved_as_pdf(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _plant(services)
    window.reload_current()
    table = window.people.list_view.table
    table.selectRow(1)  # rows: Nobody, Person 0, Person 1, …
    for row in (2, 3):
        index = table.model().index(row, 0)
        table.selectionModel().select(
            index,
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    dialog = _open(qtbot, window)
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text() == "The selected contacts (3)"
    assert dialog.all_radio.text() == "Every contact in the list as filtered (7)"
    assert dialog.kind() == "labels"
    dialog.start_spin.setValue(23)
    dialog.grab().save(str(tmp_path / "print_dialog.png"))

    preview = dialog.open_preview()
    assert isinstance(preview, QPrintPreviewDialog)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=5000)  # labels 23, 24, then 1
    preview.grab().save(str(tmp_path / "print_preview.png"))
    preview.close()

    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_as_pdf() == target
    document = pdfium.PdfDocument(str(target))
    try:
        assert len(document) == 2
        first = document[0].get_textpage().get_text_range()
        assert "Person 0" in first and "Person 1" in first and "Person 2" not in first
        assert "Straat0 1" in first and "9000 GENT" in first
    finally:
        document.close()
    assert "Saved labels.pdf (2 pages)" in dialog.message.text()


def test_envelopes_for_the_whole_list_with_our_organization_as_sender(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _plant(services)
    window.reload_current()
    dialog = _open(qtbot, window)
    dialog.all_radio.setChecked(True)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("envelopes"))
    assert dialog.envelope_box.isVisible() and not dialog.labels_box.isVisible()
    dialog.envelope_combo.setCurrentIndex(dialog.envelope_combo.findData("C6"))
    qtbot.keyClicks(dialog.sender_search, "Klok")
    assert dialog.sender_combo.currentText() == "Klok NV"
    target = tmp_path / "envelopes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_as_pdf() == target
    # Nobody has no postal address: left out, and the dialog says so.
    assert "1 without a postal address left out: Nobody" in dialog.message.text()
    document = pdfium.PdfDocument(str(target))
    try:
        assert len(document) == 6
        width, height = document[0].get_size()
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (162, 114)
        assert "Klok NV" in document[0].get_textpage().get_text_range()
    finally:
        document.close()
    # Our organization is kept with the book for the next time.
    own = PrintMaterial(services.db).own_organization()
    assert own is not None and own.name == "Klok NV"
    dialog.close()
    again = _open(qtbot, window)
    again.kind_combo.setCurrentIndex(again.kind_combo.findData("envelopes"))
    assert again.sender_combo.currentText() == "Klok NV"
    again.close()
