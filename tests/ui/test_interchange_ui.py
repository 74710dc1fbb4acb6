"""Import and export in the main window, driven as a user drives them: File → Import… (Ctrl+I)
with the CSV column mapping and the dry run, one undoable step, a refused file, and
File → Export… (Ctrl+E) of the selected rows or of what the table shows."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import Email, IndividualContact, OrganizationContact
from app.services.interchange import ImportLimits, MappingTemplates
from app.services.registry import Services
from app.store.database import Database
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column
from app.ui.editors.marking import ERROR_COLOR, WARNING_COLOR
from app.ui.interchange.csv_mapping import PREVIEW_DELAY_MS, PreviewModel
from app.ui.interchange.import_dialog import ImportDialog
from app.ui.interchange.plan_page import PlanModel
from app.ui.interchange.wiring import InterchangeUi
from app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
TWO_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:An Peeters\r\nN:Peeters;An;;;\r\n"
    "EMAIL;TYPE=work:an.peeters@klok.example\r\nTEL;TYPE=cell:+32 495 12 34 56\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan Jansen\r\nN:Jansen;Jan;;;\r\n"
    "EMAIL:jan@bakkerij.example\r\nCATEGORIES:VIP,Friends\r\nEND:VCARD\r\n"
)
OUTLOOK = (
    "First Name,Middle Name,Last Name,Company,Job Title,Business Phone,Mobile Phone,"
    "E-mail Address,Birthday,Categories,Notes,Business Street,Business City,"
    "Business Postal Code,Business Country/Region\r\n"
    "An,Maria,Peeters,Brouwerij De Klok NV,Key account,09 289 24 71,0495 12 34 56,"
    "an.peeters@klok.example,2/28/1980,VIP;Newsletter,First row,Nieuwevaart 118,Gent,9000,"
    "Belgium\r\n"
    ",,,,,,,not-an-email,,,,,,,\r\n"
    "Bob,,Smith,,,,,bob@smith.example,99/99/2000,,,,,,\r\n"
)


@pytest.fixture
def services(tmp_db: Database, tmp_path: Path) -> Services:
    found = Services.over(tmp_db)
    found.interchange.templates = MappingTemplates(tmp_path / "templates")
    return found


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    # Closing the window at the end must never wait for an answer.
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
    """Shortcuts reach the active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _ui(window: MainWindow) -> InterchangeUi:
    found = window.findChild(QObject, "interchangeUi")
    assert isinstance(found, InterchangeUi)
    return found


def _names(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def _open_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ImportDialog:
    """Ctrl+I and pick ``path`` in the file dialog."""
    asked: list[str] = []

    def pick(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    assert asked == ["Import contacts"]
    dialog = _ui(window).import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def _plan(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.current_step() == "plan" and not dialog.busy.isVisible())


def test_import_a_vcard_file_dry_run_import_and_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    file = tmp_path / "two.vcf"
    file.write_text(TWO_CARDS, encoding="utf-8")
    assert "&Import…" in [a.text() for a in window.file_menu.actions()]

    dialog = _open_import(qtbot, window, monkeypatch, file)
    _plan(qtbot, dialog)
    page = dialog.plan_page
    assert page.create_label.text() == "2 to create"
    assert page.update_label.text() == "0 to update"
    assert page.skip_label.text() == "0 skipped"
    assert [r.name for r in page.visible_rows()] == ["An Peeters", "Jan Jansen"]
    assert services_count(window) == 0  # a dry run writes nothing
    qtbot.keyClicks(page.filter_edit, "jansen")
    assert [r.name for r in page.visible_rows()] == ["Jan Jansen"]
    page.filter_edit.clear()
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(window) == ["An Peeters", "Jan Jansen"], timeout=5000)
    assert _ui(window).import_dialog is None  # closed
    assert window.undo_action.text().startswith("Undo import of “two.vcf”")
    assert "Imported: 2 created, 0 updated" in window.count_label.text()

    # Importing the same file again changes nothing.
    again = _open_import(qtbot, window, monkeypatch, file)
    _plan(qtbot, again)
    assert again.plan_page.verdict.text().startswith("Nothing to import: all 2 contacts")
    assert not again.import_button.isEnabled()
    assert again.cancel_button.text() == "Close"
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _ui(window).import_dialog is None, timeout=2000)

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _names(window) == [], timeout=5000)
    assert services_count(window) == 0


def services_count(window: MainWindow) -> int:
    from app.services.directory import ContactQuery

    return window.services.directory.count(ContactQuery())


def test_outlook_csv_mapping_preview_template_and_plan(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtmodeltester: object,
) -> None:
    file = tmp_path / "outlook.csv"
    file.write_text(OUTLOOK, encoding="utf-8")
    dialog = _open_import(qtbot, window, monkeypatch, file)
    mapping = dialog.mapping_page
    assert mapping is not None
    model = mapping.preview_model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and not mapping.is_busy(), timeout=5000)
    assert dialog.current_step() == "columns"
    assert "Outlook" in mapping.layout_label.text()
    assert mapping.encoding_combo.currentText() == "utf-8"
    assert mapping.delimiter_combo.currentData() == ","
    assert mapping.date_combo.currentData() == "MDY"
    guessed = {
        header: mapping.target_combo(header).currentData()
        for header in ("First Name", "Last Name", "Company", "Mobile Phone", "E-mail Address")
    }
    assert guessed == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Company": "organization",
        "Mobile Phone": "phone.mobile",
        "E-mail Address": "email.1",
    }
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    # The row without a name and with a broken e-mail is red, the bad birthday amber.
    rows = {model.index(r, PreviewModel.ROW).data(): r for r in range(model.rowCount())}
    invalid, warned = rows["row 3"], rows["row 4"]
    result = model.index(invalid, PreviewModel.RESULT)
    assert result.data().startswith("Skip: invalid")
    assert result.data(Qt.ItemDataRole.ForegroundRole) == QColor(ERROR_COLOR)
    assert "an @-sign" in result.data(Qt.ItemDataRole.ToolTipRole)
    email_column = PreviewModel.FIXED + 7
    assert model.headerData(email_column, Qt.Orientation.Horizontal) == "E-mail Address"
    email_cell = model.index(invalid, email_column)
    assert email_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "an @-sign" in email_cell.data(Qt.ItemDataRole.ToolTipRole)
    warned_result = model.index(warned, PreviewModel.RESULT)
    assert warned_result.data(Qt.ItemDataRole.ForegroundRole) == QColor(WARNING_COLOR)
    assert "is not a date" in warned_result.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(warned, PreviewModel.CONTACT).data() == "Bob Smith"

    # Change a target as a user does (keyboard on the combo), then save it as a template.
    notes = mapping.target_combo("Notes")
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Home)  # "— not imported —"
    assert notes.currentData() is None
    qtbot.waitUntil(lambda: not mapping.is_busy(), timeout=5000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Outlook sales", True))
    qtbot.mouseClick(mapping.save_template_button, Qt.MouseButton.LeftButton)
    templates = window.services.interchange.templates
    assert templates.names() == ["Outlook sales"]
    assert "Notes" not in templates.load("Outlook sales").columns
    assert mapping.template_combo.currentText() == "Outlook sales"
    assert mapping.delete_template_button.isEnabled()

    # Next: the dry run of the whole file.
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _plan(qtbot, dialog)
    page = dialog.plan_page
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.create_label.text() == "3 to create"  # An, Bob and the brewery An works at
    assert page.skip_label.text() == "1 skipped (1 invalid)"
    page.show_combo.setCurrentIndex(page.show_combo.findData("problems"))
    assert [r.source for r in page.visible_rows()] == ["row 3", "row 4"]
    invalid_row = page.proxy.index(0, PlanModel.ACTION)
    assert invalid_row.data() == "Skip: invalid"
    page.table.setCurrentIndex(invalid_row)
    assert "Error — E-mail 1" in page.details.toPlainText()

    # Back to the columns, then forward again: the mapping is as it was left.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.current_step() == "columns"
    assert mapping.target_combo("Notes").currentData() is None
    # The preview held back behind the dry run is made now; Next is there again after it.
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled() and not mapping.is_busy())
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _plan(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(window) == ["An Maria Peeters", "Bob Smith"], timeout=5000)
    an = window.services.directory.page(limit=10)
    assert {c.name for c in an} >= {"An Maria Peeters", "Bob Smith", "Brouwerij De Klok NV"}


def test_a_column_changed_just_before_next_does_not_hold_up_the_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The preview of a changed column is due a moment after the change; a user who clicks
    Next at once and then Import must get the import, not a button that does nothing while a
    preview nobody looks at is made behind the plan."""
    file = tmp_path / "outlook.csv"
    file.write_text(OUTLOOK, encoding="utf-8")
    dialog = _open_import(qtbot, window, monkeypatch, file)
    mapping = dialog.mapping_page
    assert mapping is not None
    qtbot.waitUntil(lambda: mapping.preview_model.rowCount() == 3 and not mapping.is_busy())
    # From now on a preview takes as long as the test says.
    release = threading.Event()
    interchange = window.services.interchange
    preview_csv = interchange.preview_csv

    def slow_preview(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return preview_csv(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(interchange, "preview_csv", slow_preview)
    try:
        notes = mapping.target_combo("Notes")
        notes.setFocus()
        qtbot.keyClick(notes, Qt.Key.Key_Home)  # "— not imported —"
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        _plan(qtbot, dialog)
        qtbot.wait(PREVIEW_DELAY_MS * 3)  # the moment the preview was due has passed
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _names(window) == ["An Maria Peeters", "Bob Smith"], timeout=5000)
    finally:
        release.set()
    assert _ui(window).import_dialog is None


def test_a_refused_file_shows_the_reason_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.services.interchange.limits = ImportLimits(max_file_bytes=200)
    file = tmp_path / "big.vcf"
    file.write_text(TWO_CARDS, encoding="utf-8")
    dialog = _open_import(qtbot, window, monkeypatch, file)
    qtbot.waitUntil(lambda: dialog.current_step() == "refused", timeout=5000)
    assert "big.vcf is 0.0 MB; an import file may be at most" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"Name,Email\r\n\x00\x01\x02\x03")
    window.services.interchange.limits = ImportLimits()
    refused = _open_import(qtbot, window, monkeypatch, binary)
    qtbot.waitUntil(lambda: refused.current_step() == "refused", timeout=5000)
    assert "not a text file" in refused.error_label.text()
    assert services_count(window) == 0
    assert not window.undo_action.isEnabled()
    refused.reject()


def _seed(services: Services) -> None:
    for contact in (
        IndividualContact(name="=SUM(1+2)", emails=[Email(address="sum@example.org")]),
        IndividualContact(name="An Peeters", emails=[Email(address="an@example.org")]),
        IndividualContact(name="Jan Jansen"),
        OrganizationContact(name="Brouwerij De Klok NV"),
    ):
        assert services.editing.save(contact).saved


def _tick(qtbot: QtBot, button: QWidget) -> None:
    """Click a radio button or check box on its indicator (its row may be wider than it)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _click_row(qtbot: QtBot, window: MainWindow, name: str) -> None:
    table = window.table
    row = _names(window).index(name)
    rect = table.visualRect(table.model().index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_export_selected_rows_to_csv_neutralises_formulas(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _seed(services)
    window.reload_current()
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=5000)
    _click_row(qtbot, window, "=SUM(1+2)")
    target = tmp_path / "out" / "selected.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialog = _ui(window).export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.shown_radio.text().startswith("The people shown in the &table (3")
    qtbot.waitUntil(lambda: "(4)" in dialog.all_radio.text(), timeout=5000)
    _tick(qtbot, dialog.csv_radio)
    _tick(qtbot, dialog.selected_radio)
    assert dialog.selected_radio.isChecked() and dialog.csv_box.isEnabled()
    # Keep Name and E-mail only, E-mail first.
    dialog.set_columns(["name", "email"])
    dialog.columns_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.columns() == ["email", "name"]
    _tick(qtbot, dialog.excel_check)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.result_label.isVisible, timeout=5000)
    assert dialog.result_label.text() == f"Exported 1 contact to {target}."
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # for Excel
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows == [["E-mail", "Name"], ["sum@example.org", "'=SUM(1+2)"]]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _ui(window).export_dialog is None, timeout=2000)


def test_export_what_the_table_shows_as_vcards(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _seed(services)
    window.reload_current()
    qtbot.keyClicks(window.search_edit, "peeters")
    qtbot.waitUntil(lambda: _names(window) == ["An Peeters"], timeout=5000)
    target = tmp_path / "shown.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _ui(window).export()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    _tick(qtbot, dialog.vcard_radio)
    assert dialog.shown_radio.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Export… is the default button
    qtbot.waitUntil(dialog.result_label.isVisible, timeout=5000)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "FN:An Peeters" in text
    assert "VERSION:4.0" in text
    dialog.reject()


def test_a_file_given_on_the_command_line_opens_the_import_dialog(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.cli.main import _file_as_import, _parser

    parser = _parser()
    assert _file_as_import(parser, ["cards.vcf"]) == ["--import", "cards.vcf"]
    assert _file_as_import(parser, ["--db", "k.sqlite", "cards.vcf"]) == [
        "--db",
        "k.sqlite",
        "--import",
        "cards.vcf",
    ]
    assert _file_as_import(parser, ["import", "cards.vcf"]) == ["import", "cards.vcf"]
    assert parser.parse_args(["--import", "x.csv"]).import_file == Path("x.csv")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    file = tmp_path / "cards.vcf"
    file.write_text(TWO_CARDS, encoding="utf-8")
    window = build_main_window(services, "test", import_file=file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: _ui(window).import_dialog is not None, timeout=5000)
    dialog = _ui(window).import_dialog
    assert dialog is not None
    _plan(qtbot, dialog)
    assert dialog.plan_page.create_label.text() == "2 to create"
    dialog.reject()

    # macOS hands a double-clicked .vcf over as a FileOpen event.
    from PySide6.QtGui import QFileOpenEvent

    app = QApplication.instance()
    assert app is not None
    assert _ui(window).eventFilter(app, QFileOpenEvent(str(file)))
    qtbot.waitUntil(lambda: _ui(window).import_dialog is not None, timeout=5000)
    again = _ui(window).import_dialog
    assert again is not None and again.path == file
    again.reject()
    window.close()
