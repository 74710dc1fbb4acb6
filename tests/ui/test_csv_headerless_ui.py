"""Importing a CSV file without a header row in the main window: the columns are named by
position, the user picks each column's field from its list, sees the preview and imports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.interchange import MappingTemplates
from app.services.registry import Services
from app.store.database import Database
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column
from app.ui.interchange.csv_mapping import CsvMappingPage, PreviewModel
from app.ui.interchange.import_dialog import ImportDialog
from app.ui.interchange.wiring import InterchangeUi
from app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
NO_HEADER = "Ann,Peeters,ann@peeters.example\r\nBert,Claes,bert@claes.example\r\n"


@pytest.fixture
def window(
    qtbot: QtBot, tmp_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    services = Services.over(tmp_db)
    services.interchange.templates = MappingTemplates(tmp_path / "templates")
    window = build_main_window(services, "test")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    yield window
    window.close()


def _open_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    found = window.findChild(QObject, "interchangeUi")
    assert isinstance(found, InterchangeUi)
    dialog = found.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def _choose(qtbot: QtBot, combo: QComboBox, label: str) -> None:
    """Open the combo's list with the mouse and click the entry ``label``."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    # The list ignores a release that comes at once after it opened (a click, not a choice).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    row = combo.findText(label)
    assert row >= 0, label
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert combo.currentText() == label


def _column_names(page: CsvMappingPage) -> list[str]:
    return [
        label.text()
        for label in page.columns_widget.findChildren(QLabel, "csvColumnName")
        if isinstance(label, QLabel)
    ]


def _names(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_a_file_without_header_is_mapped_by_position_and_imported(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    file = tmp_path / "people.csv"
    file.write_text(NO_HEADER, encoding="utf-8")
    dialog = _open_import(qtbot, window, monkeypatch, file)
    page = dialog.mapping_page
    assert page is not None
    model = page.preview_model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not page.is_busy(), timeout=5000)

    # The first row is data, not names of columns: the columns are numbered.
    assert not page.header_check.isChecked()
    assert _column_names(page) == ["Column 1", "Column 2", "Column 3"]
    assert model.index(0, PreviewModel.ROW).data() == "row 1"
    assert page.target_combo("Column 3").currentData() == "email.1"

    # Choose the fields of the first two columns from their lists.
    _choose(qtbot, page.target_combo("Column 1"), "Given name")
    _choose(qtbot, page.target_combo("Column 2"), "Family name")
    qtbot.waitUntil(
        lambda: not page.is_busy() and model.index(0, PreviewModel.CONTACT).data() == "Ann Peeters",
        timeout=5000,
    )
    assert model.index(1, PreviewModel.CONTACT).data() == "Bert Claes"
    assert model.index(0, PreviewModel.RESULT).data().startswith("Create")
    widget: QWidget = page
    widget.grab().save(str(tmp_path / "headerless.png"))

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.current_step() == "plan" and not dialog.busy.isVisible(), timeout=5000
    )
    assert dialog.plan_page.create_label.text() == "2 to create"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(window) == ["Ann Peeters", "Bert Claes"], timeout=5000)
    people = [window.services.directory.get(c.id) for c in window.services.directory.page(limit=10)]
    assert sorted(e.address for c in people if c is not None for e in c.emails) == [
        "ann@peeters.example",
        "bert@claes.example",
    ]


def test_telling_the_dialog_the_first_row_names_the_columns(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    file = tmp_path / "people.csv"
    file.write_text(NO_HEADER, encoding="utf-8")
    dialog = _open_import(qtbot, window, monkeypatch, file)
    page = dialog.mapping_page
    assert page is not None
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 2 and not page.is_busy(), timeout=5000)

    qtbot.mouseClick(page.header_check, Qt.MouseButton.LeftButton)
    assert page.header_check.isChecked()

    # The first row now names the columns; none of those names is known, so nothing is
    # mapped until the user chooses.
    qtbot.waitUntil(
        lambda: (
            _column_names(page) == ["Ann", "Peeters", "ann@peeters.example"] and not page.is_busy()
        ),
        timeout=5000,
    )
    assert page.preview_model.rowCount() == 0
    assert "Choose the field of at least one column" in page.message.text()
    _choose(qtbot, page.target_combo("ann@peeters.example"), "E-mail 1")
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 1 and not page.is_busy(), timeout=5000)
    assert page.preview_model.index(0, PreviewModel.ROW).data() == "row 2"
    dialog.reject()
