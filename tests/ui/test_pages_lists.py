"""The customer lists page, driven the way a user drives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services.customer_lists import CustomerLists
from app.services.directory import ContactDirectory
from app.store.database import Database
from app.ui.pages import CustomerListsPage
from app.ui.pages.member_picker import AddMembersDialog
from tests.ui.test_pages_support import (
    click,
    click_row,
    column_texts,
    patch_prompts,
    rows,
    screenshot,
    seed_contacts,
    show,
    wait_active,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def _page(qtbot: QtBot, db: Database) -> tuple[CustomerListsPage, CustomerLists]:
    lists = CustomerLists(db)
    page = CustomerListsPage(lists, ContactDirectory(db))
    show(qtbot, page)
    return page, lists


def _search(qtbot: QtBot, dialog: AddMembersDialog, text: str, found: list[str]) -> None:
    """Type a new search (replacing the old one); wait for the results after the pause."""
    dialog.search_edit.setFocus()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.search_edit, text)
    qtbot.waitUntil(lambda: column_texts(dialog.model) == found, timeout=2000)


def test_a_list_is_made_filled_renamed_and_deleted(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed_contacts(tmp_db)
    page, lists = _page(qtbot, tmp_db)
    prompts = patch_prompts(monkeypatch)
    assert page.title == "Customer lists"
    assert page.status() == "0 customer lists"
    statuses: list[str] = []
    page.status_changed.connect(statuses.append)

    # New list (Ctrl+N): an empty name is refused with the reason, then asked again.
    prompts.answer_text(("   ", True), ("Christmas cards", True))
    page.lists_table.setFocus()
    qtbot.keyClick(page.lists_table, Qt.Key.Key_N, CTRL)
    assert "Name: enter a name" in prompts.labels[1]
    assert rows(page.lists_model) == [("Christmas cards", "0")]
    assert page.current_list() is not None
    assert statuses[-1] == "Customer list “Christmas cards” made — 1 customer list"

    # Add members: two searches, one ticked row each.
    click(qtbot, page.add_button)
    dialog = page.members_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.add_button.isEnabled()
    _search(qtbot, dialog, "ann", ["Ann Becker"])
    assert column_texts(dialog.model, 2) == ["ann@becker.example"]
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)  # into the results
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.search_edit, "x")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # searches at once, adds nothing
    assert dialog.isVisible() and column_texts(dialog.model) == []
    _search(qtbot, dialog, "yilm", ["Cem Yilmaz"])
    click_row(qtbot, dialog.table, "Cem Yilmaz")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert "2 contacts ticked: Ann Becker, Cem Yilmaz" in dialog.chosen_label.text()
    screenshot(dialog, "add-members")
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.add_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    wait_active(qtbot, page)  # the page has the focus again
    assert rows(page.members_model) == [
        ("Ann Becker", "ann@becker.example", "Gent"),
        ("Cem Yilmaz", "cem@yilmaz.example", "Köln"),
    ]
    assert rows(page.lists_model) == [("Christmas cards", "2")]
    assert statuses[-1].startswith("2 members added to “Christmas cards”")

    # Remove one with Del in the members table.
    click_row(qtbot, page.members_table, "Ann Becker")
    qtbot.keyClick(page.members_table, Qt.Key.Key_Delete)
    assert column_texts(page.members_model) == ["Cem Yilmaz"]
    info = page.current_list()
    assert info is not None
    stored = lists.get(info.id)
    assert stored is not None and stored.member_ids == [ids["Cem Yilmaz"]]
    screenshot(page, "customer-lists")

    # Rename with F2.
    prompts.answer_text(("Cards 2025", True))
    click_row(qtbot, page.lists_table, "Christmas cards")
    qtbot.keyClick(page.lists_table, Qt.Key.Key_F2)
    assert prompts.defaults[-1] == "Christmas cards"
    assert rows(page.lists_model) == [("Cards 2025", "1")]

    # Delete with Del: to the trash, and back with Show deleted lists → Restore.
    qtbot.keyClick(page.lists_table, Qt.Key.Key_Delete)
    assert rows(page.lists_model) == []
    assert "Show deleted lists" in page.status()
    assert [i.name for i in lists.lists(only_trash=True)] == ["Cards 2025"]
    assert not page.add_button.isEnabled()
    click(qtbot, page.show_deleted)
    assert rows(page.lists_model) == [("Cards 2025", "1")]
    assert page.restore_button.isEnabled()
    click(qtbot, page.restore_button)
    assert not page.show_deleted.isChecked()
    assert rows(page.lists_model) == [("Cards 2025", "1")]
    assert lists.lists(only_trash=True) == []
    assert prompts.all_asked()


def test_members_already_in_the_list_cannot_be_ticked_again(qtbot: QtBot, tmp_db: Database) -> None:
    ids = seed_contacts(tmp_db)
    lists = CustomerLists(tmp_db)
    made = lists.create("Suppliers").value
    assert made is not None
    lists.add_members(made.id, [ids["Bakkerij Peeters BV"]])
    page, _ = _page(qtbot, tmp_db)
    assert rows(page.lists_model) == [("Suppliers", "1")]
    click(qtbot, page.add_button)
    dialog = page.members_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert len(column_texts(dialog.model)) == 4
    row = column_texts(dialog.model).index("Bakkerij Peeters BV")
    assert dialog.model.flags(dialog.model.index(row, 0)) == Qt.ItemFlag.NoItemFlags
    dialog.model.toggle([row])
    assert dialog.model.chosen == {}
    # Nothing ticked: Add takes the selected rows.
    click_row(qtbot, dialog.table, "Dora Jansen")
    assert dialog.chosen_ids() == [ids["Dora Jansen"]]
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter in the results adds
    assert column_texts(page.members_model) == ["Bakkerij Peeters BV", "Dora Jansen"]


def test_cancelled_prompts_change_nothing(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, lists = _page(qtbot, tmp_db)
    prompts = patch_prompts(monkeypatch)
    prompts.answer_text(("Ignored", False))
    click(qtbot, page.new_button)
    assert lists.lists() == []
    assert not page.rename_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.list_label.text().startswith("No list chosen")
    assert prompts.all_asked()
