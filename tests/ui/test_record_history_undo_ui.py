"""A placeholder customer's and a customer list's History, driven by keys and clicks: an edit,
"Restore this value" on it, and Edit → Undo (Ctrl+Z) of the restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import IndividualContact, PlaceholderCustomer
from app.services.registry import Services
from app.store.database import Database
from app.ui.app import build_main_window
from app.ui.history.panel import HistoryPanel
from app.ui.main_window import MainWindow
from tests.ui.test_history_privacy_ui import _click_item, _top

CTRL = Qt.KeyboardModifier.ControlModifier


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
    window.resize(1400, 820)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    yield window
    window.close()


def _click_row(qtbot: QtBot, table: QWidget, row: int) -> None:
    view = table  # a QTableView
    rect = view.visualRect(view.model().index(row, 0))  # type: ignore[attr-defined]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]


def test_a_placeholder_value_is_restored_from_its_history_and_undone(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    made = services.placeholders.save(
        PlaceholderCustomer(customer_id="W-1", name="Walk-in", customer_since=date(2024, 1, 1))
    ).value
    assert made is not None
    window.select_section("placeholders")
    page = window.current_section().page
    table = page.table  # type: ignore[attr-defined]
    editor = page.editor  # type: ignore[attr-defined]
    panel = page.findChild(HistoryPanel)
    assert panel is not None and panel.restore_button.isVisible()
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10000)
    _click_row(qtbot, table, 0)
    qtbot.waitUntil(lambda: editor.name_edit.text() == "Walk-in", timeout=5000)

    # Change the name the way a person does, and save with Ctrl+S.
    editor.name_edit.setFocus()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.name_edit, " Gent")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: services.placeholders.get(made.id).name == "Walk-in Gent", timeout=5000)  # type: ignore[union-attr]
    assert window.undo_action.text() == "Undo save of “Walk-in Gent”"

    view = panel.view
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2, timeout=10000)
    assert view.shown_texts()[0] == ["Name: Walk-in → Walk-in Gent"]
    _click_item(qtbot, view.tree, "Name: Walk-in → Walk-in Gent")
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: services.placeholders.get(made.id).name == "Walk-in", timeout=10000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: editor.name_edit.text() == "Walk-in", timeout=5000)
    qtbot.waitUntil(lambda: _top(view.tree).startswith("Restoring Name"), timeout=10000)
    assert "Undo (Ctrl+Z) takes it back" in panel.note.text()
    assert window.undo_action.text() == "Undo restoring Name of “Walk-in Gent”"
    window.grab().save(str(tmp_path / "placeholder-history.png"))

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: services.placeholders.get(made.id).name == "Walk-in Gent", timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: editor.name_edit.text() == "Walk-in Gent", timeout=5000)
    assert not editor.is_dirty()
    qtbot.waitUntil(lambda: _top(view.tree).startswith("Undo of"), timeout=10000)
    assert window.undo_action.text() == "Undo save of “Walk-in Gent”"


def test_a_customer_list_name_and_member_are_restored_from_its_history_and_undone(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    an = services.history.save(IndividualContact(name="An Peeters")).contact
    assert an is not None
    made = services.customer_lists.create("Newsletter").value
    assert made is not None
    services.customer_lists.add_members(made.id, [an.id])
    lists = services.customer_lists

    window.select_section("customer_lists")
    page = window.current_section().page
    qtbot.waitUntil(lambda: page.current_list() is not None, timeout=10000)  # type: ignore[attr-defined]

    # Rename with F2 (the name asked for in a prompt).
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Prices", True)))
    page.lists_table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(page.lists_table, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: lists.get(made.id).name == "Prices", timeout=5000)  # type: ignore[union-attr]
    assert window.undo_action.text() == "Undo renaming the customer list “Newsletter” to “Prices”"
    # Take the member out with Del on the members table.
    members = page.members_table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: members.model().rowCount() == 1, timeout=5000)
    _click_row(qtbot, members, 0)
    qtbot.keyClick(members, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: lists.get(made.id).member_ids == [], timeout=5000)  # type: ignore[union-attr]
    assert window.undo_action.text() == "Undo taking “An Peeters” out of “Prices”"

    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    panel = tabs.currentWidget()
    assert isinstance(panel, HistoryPanel) and panel.restore_button.isVisible()
    view = panel.view
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 4, timeout=10000)
    assert view.shown_texts()[1] == ["Name: Newsletter → Prices"]

    # Restore the old name, then the member.
    _click_item(qtbot, view.tree, "Name: Newsletter → Prices")
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lists.get(made.id).name == "Newsletter", timeout=10000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: _top(view.tree).startswith("Restoring Name"), timeout=10000)
    qtbot.waitUntil(lambda: "Newsletter" in page.list_label.text(), timeout=5000)  # type: ignore[attr-defined]

    removed = f"Members: {an.id} → (empty)"
    _click_item(qtbot, view.tree, removed)
    qtbot.keyClick(view.tree, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: lists.get(made.id).member_ids == [an.id], timeout=10000)  # type: ignore[union-attr]
    assert window.undo_action.text() == "Undo restoring Members of “Newsletter”"

    # Ctrl+Z takes back the member, then the name.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: lists.get(made.id).member_ids == [], timeout=5000)  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: lists.get(made.id).name == "Prices", timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Prices" in page.list_label.text(), timeout=5000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _top(view.tree).startswith("Undo of"), timeout=10000)
