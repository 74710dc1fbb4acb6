"""The History tab, Recent changes and the privacy actions, driven by keys and clicks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget
from pytestqt.qtbot import QtBot

from app.domain.models import CustomerRole, Email, IndividualContact, Phone
from app.services.registry import Services
from app.store.database import Database
from app.ui.app import build_main_window
from app.ui.history.panel import HistoryPanel
from app.ui.history.recent import RecentChangesPage
from app.ui.main_window import MainWindow
from app.ui.privacy.erase_dialog import EraseDialog
from app.ui.privacy.retention import RetentionPage
from app.ui.privacy.wiring import PrivacyUi

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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


def _an(services: Services) -> str:
    created = services.history.save(
        IndividualContact(
            name="An Peeters",
            given_name="An",
            family_name="Peeters",
            emails=[Email(address="an@peeters.example")],
            phones=[Phone(number="+32 2 555 01 01"), Phone(number="+32 470 12 34 56")],
        )
    ).contact
    assert created is not None
    draft = created.model_copy(deep=True)
    draft.phones[1].number = "+32 471 99 88 77"
    draft.family_name = "Peeters-Claes"
    assert services.history.save(draft).saved
    return created.id


def _open(qtbot: QtBot, window: MainWindow, contact_id: str) -> None:
    """Show the contact in People (the list re-read first: it was planted behind its back)."""
    window.select_section("people")
    window.people.reload()
    qtbot.waitUntil(lambda: window.people.list_view.model.rowCount() > 0, timeout=10000)
    window.people.show_contact(contact_id)
    qtbot.waitUntil(lambda: window.people.editor.original().id == contact_id, timeout=10000)


def _history_tab(qtbot: QtBot, window: MainWindow) -> HistoryPanel:
    """Show the History tab the way a person does: click the tab bar, arrow to History."""
    editor = window.people.editor
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    for _ in range(editor.tabs.count()):
        if editor.tabs.tabText(editor.tabs.currentIndex()) == "History":
            break
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    panel = editor.tabs.currentWidget()
    assert isinstance(panel, HistoryPanel)
    return panel


def _top(tree: QTreeWidget) -> str:
    """Where the newest change shown came from ("" while the tab reads)."""
    item = tree.topLevelItem(0)
    return item.text(1) if item is not None else ""


def _click_item(qtbot: QtBot, tree: QTreeWidget, text: str) -> None:
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            if child.text(0).strip() == text:
                tree.scrollToItem(child)
                rect = tree.visualItemRect(child)
                qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                assert tree.currentItem() is child
                return
    raise AssertionError(f"no row {text}")


def test_history_tab_filters_restores_a_value_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    an_id = _an(services)
    _open(qtbot, window, an_id)
    panel = _history_tab(qtbot, window)
    view = panel.view
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2, timeout=10000)
    assert "Phone 2: +32 470 12 34 56 → +32 471 99 88 77" in view.shown_texts()[0]
    assert view.tree.topLevelItem(0).text(1) == "Typed here"
    assert not panel.restore_button.isEnabled()

    # Filter by keyboard: focus the field box and arrow down to "Phones".
    view.filter_box.setFocus()
    while view.filter_box.currentText() != "Phones":
        qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    assert view.shown_texts() == [["Phone 2: +32 470 12 34 56 → +32 471 99 88 77"]]

    _click_item(qtbot, view.tree, "Phone 2: +32 470 12 34 56 → +32 471 99 88 77")
    assert panel.restore_button.isEnabled()
    chosen = view.current_change()
    # Read again (another edit elsewhere): the chosen field stays chosen.
    panel.reload()
    window.runner.wait(5000)
    qtbot.waitUntil(lambda: view.current_change() == chosen, timeout=10000)
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)

    def restored() -> bool:
        found = services.directory.get(an_id)
        return found is not None and found.phones[1].number == "+32 470 12 34 56"

    qtbot.waitUntil(restored, timeout=10000)
    qtbot.waitUntil(lambda: _top(view.tree).startswith("Restoring Phone 2"), timeout=10000)
    assert view.shown_texts()[0] == ["Phone 2: +32 471 99 88 77 → +32 470 12 34 56"]
    editor = window.people.editor
    qtbot.waitUntil(lambda: editor.original().phones[1].number == "+32 470 12 34 56")
    window.grab().save(str(tmp_path / "history-tab.png"))

    assert window.undo_action.text() == "Undo restoring Phone 2 of “An Peeters”"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(
        lambda: services.directory.get(an_id).phones[1].number == "+32 471 99 88 77",  # type: ignore[union-attr]
        timeout=5000,
    )
    qtbot.waitUntil(lambda: _top(view.tree).startswith("Undo of"), timeout=10000)


def test_recent_changes_lists_the_book_and_opens_a_contact(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    an_id = _an(services)
    services.customer_lists.create("Newsletter")
    window.select_section("recent_changes")
    page = window.current_section().page
    assert isinstance(page, RecentChangesPage)
    tree = page.view.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=10000)
    names = [tree.topLevelItem(i).text(1) for i in range(3)]  # type: ignore[union-attr]
    assert names == ["Newsletter", "An Peeters", "An Peeters"]
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_section().key == "people", timeout=3000)
    qtbot.waitUntil(lambda: window.people.editor.original().id == an_id, timeout=3000)


def _privacy(window: MainWindow) -> PrivacyUi:
    found = window.findChild(QObject, "privacyUi")
    assert isinstance(found, PrivacyUi)
    return found


def test_erase_dialog_asks_then_erases_the_person(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    an_id = _an(services)
    _open(qtbot, window, an_id)
    privacy = _privacy(window)

    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL_SHIFT)
    qtbot.waitUntil(lambda: privacy.dialog is not None, timeout=10000)
    dialog = privacy.dialog
    assert isinstance(dialog, EraseDialog)
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "erase.png"))
    assert "No invoice" in dialog.rule.text() and dialog.delete_choice.isChecked()
    assert not dialog.erase_button.isEnabled()
    # Erase does nothing before the box is ticked.
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert privacy.dialog is dialog and services.directory.get(an_id) is not None
    dialog.understood.setFocus()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.understood.isChecked() and dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: services.directory.get(an_id) is None, timeout=10000)
    qtbot.waitUntil(lambda: privacy.message_box is not None, timeout=10000)
    assert "erased" in privacy.message_box.text()  # type: ignore[union-attr]
    assert services.record_history.of_record(an_id)[0].source == "erase"
    assert "an@peeters.example" not in str(services.record_history.of_record(an_id))


def test_erase_dialog_explains_the_accounting_rule(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    created = services.history.save(
        IndividualContact(
            name="Jef Customer",
            customer_role=CustomerRole(customer_id="C-1", customer_since=date(2020, 1, 1)),
        )
    ).contact
    assert created is not None
    _open(qtbot, window, created.id)
    privacy = _privacy(window)
    privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: privacy.dialog is not None, timeout=10000)
    dialog = privacy.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "erase-dialog.png"))
    assert "customer id C-1" in dialog.rule.text() and dialog.anonymise_choice.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: privacy.dialog is None, timeout=3000)
    assert services.directory.get(created.id) is not None


def test_retention_section_lists_and_erases_ticked_people(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    an_id = _an(services)
    with services.db.transaction() as conn:
        conn.exec_driver_sql("UPDATE contacts SET updated_at = '2015-01-01T00:00:00.000000+00:00'")
        conn.exec_driver_sql("UPDATE change_journal SET at = '2015-01-01T00:00:00.000000+00:00'")
    window.select_section("retention")
    page = window.current_section().page
    assert isinstance(page, RetentionPage)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10000)
    item = page.list.topLevelItem(0)
    assert item is not None and item.text(0) == "An Peeters"
    # The book's period, read from the store, is shown with its plural ("5 years", not "5 year").
    assert page.years.value() > 1
    assert page.years.text() == f"{page.years.value()} years"
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    assert page.ticked() == [an_id]
    monkeypatch.setattr(QMessageBox, "exec", _press_erase)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.directory.get(an_id) is None, timeout=10000)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 0, timeout=10000)


def _press_erase(box: QMessageBox) -> int:
    for button in box.buttons():
        if button.text() == "Erase":
            box.show()
            button.click()
            return 0
    raise AssertionError("no Erase button")


def test_preferences_hold_the_retention_period(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    window.select_section("people")
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    privacy = _privacy(window)
    qtbot.waitUntil(lambda: privacy.preferences is not None, timeout=10000)
    group = privacy.preferences
    assert group is not None
    qtbot.waitUntil(group.years.isEnabled, timeout=10000)
    assert group.years.value() == 5
    dialog = group.window()
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumHeight() > 300, timeout=3000)
    dialog.grab().save(str(tmp_path / "preferences.png"))
    group.years.setFocus()
    group.years.selectAll()
    qtbot.keyClicks(group.years, "7")
    qtbot.keyClick(group.years, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: services.privacy.retention_years() == 7, timeout=10000)


def test_a_customer_list_and_a_placeholder_customer_show_their_history(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtWidgets import QTabWidget

    from app.domain.models import PlaceholderCustomer

    created = services.customer_lists.create("Newsletter").value
    assert created is not None
    services.customer_lists.rename(created.id, "Newsletter 2027")
    customer = services.placeholders.save(
        PlaceholderCustomer(customer_id="W-1", name="Walk-in", customer_since=date(2024, 1, 1))
    ).value
    assert customer is not None
    services.placeholders.save(customer.model_copy(update={"name": "Walk-in Gent"}))

    window.select_section("customer_lists")
    page = window.current_section().page
    qtbot.waitUntil(lambda: page.current_list() is not None, timeout=10000)  # type: ignore[attr-defined]
    tabs = page.findChild(QTabWidget)
    assert tabs is not None and tabs.tabText(1) == "History"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    panel = tabs.currentWidget()
    assert isinstance(panel, HistoryPanel) and panel.restore_button.isVisible()
    qtbot.waitUntil(lambda: panel.view.tree.topLevelItemCount() == 2, timeout=10000)
    assert panel.view.shown_texts()[0] == ["Name: Newsletter → Newsletter 2027"]

    window.select_section("placeholders")
    holder = window.current_section().page
    found = holder.findChild(HistoryPanel)  # type: ignore[union-attr]
    assert found is not None
    table = holder.table  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10000)
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: found.view.tree.topLevelItemCount() == 2, timeout=10000)
    assert found.view.shown_texts()[0] == ["Name: Walk-in → Walk-in Gent"]


def test_export_everything_about_the_open_person(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    an_id = _an(services)
    _open(qtbot, window, an_id)
    privacy = _privacy(window)
    out = tmp_path / "request"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    privacy.export_action.trigger()
    qtbot.waitUntil(lambda: out.exists() and len(list(out.glob("*.pdf"))) == 1, timeout=10000)
    suffixes = sorted(p.suffix for p in out.iterdir())
    assert suffixes == [".json", ".pdf", ".vcf"]
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["contact"]["id"] == an_id
    assert next(out.glob("*.pdf")).read_bytes().startswith(b"%PDF")
    assert "Exported everything about “An Peeters”" in window.count_label.text()
