"""The placeholder customers page, driven the way a user drives it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.models import PlaceholderCustomer
from app.services.placeholders import PlaceholderCustomers
from app.store.database import Database
from app.ui.pages import PlaceholdersPage
from tests.ui.test_editor_support import load_image, png_bytes
from tests.ui.test_pages_support import (
    click,
    click_row,
    column_texts,
    patch_prompts,
    rows,
    screenshot,
    show,
)

CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton


def _page(
    qtbot: QtBot, db: Database, *stored: PlaceholderCustomer
) -> tuple[PlaceholdersPage, PlaceholderCustomers]:
    service = PlaceholderCustomers(db)
    for customer in stored:
        assert service.save(customer).saved
    page = PlaceholdersPage(service, load_image)
    show(qtbot, page, (1100, 560))
    return page, service


def _walk_in(name: str, number: str) -> PlaceholderCustomer:
    return PlaceholderCustomer(name=name, customer_id=number, customer_since=date(2024, 3, 1))


def test_a_new_placeholder_is_checked_while_typing_and_saved(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, service = _page(qtbot, tmp_db, _walk_in("Walk-in Gent", "W-1"))
    patch_prompts(monkeypatch)
    assert page.title == "Placeholder customers"
    assert page.status() == "1 placeholder customer"
    assert rows(page.model) == [("Walk-in Gent", "W-1", "Yes", "2024-03-01")]
    editor = page.editor

    click(qtbot, editor.new_button)
    assert editor.is_new() and editor.problems() == []
    qtbot.keyClicks(editor.name_edit, "Market stall")
    qtbot.keyClicks(editor.external_id, "pos-17")
    click(qtbot, editor.requires_formal_invoice)
    # The check runs after a pause in typing: the missing customer number is an error.
    qtbot.waitUntil(lambda: editor.field_severity("customer_id") == "error", timeout=2000)
    assert any("Customer number" in t for t in editor.problems_panel.texts())
    assert editor.problems_panel.isVisible()

    # Save (Ctrl+S) does nothing but say why, and puts the cursor in the field.
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)
    assert service.count() == 1
    assert page.status().startswith("Not saved: fix the marked field first")
    assert editor.customer_id.hasFocus()

    qtbot.keyClicks(editor.customer_id, "M-9")
    qtbot.waitUntil(lambda: editor.field_severity("customer_id") is None, timeout=2000)
    assert not editor.problems_panel.isVisible()
    editor.header.use_bytes(png_bytes())
    qtbot.keyClick(editor.customer_id, Qt.Key.Key_S, CTRL)
    assert service.count() == 2
    assert column_texts(page.model) == ["Market stall", "Walk-in Gent"]
    assert page.status() == "“Market stall” saved — 2 placeholder customers"
    assert page.table.selectionModel().currentIndex().row() == 0  # the saved row
    (stored,) = service.page("Market")
    assert (stored.customer_id, stored.external_id) == ("M-9", "pos-17")
    assert stored.requires_formal_invoice and stored.track_revenue and stored.is_active
    assert stored.customer_since == date.today()
    assert len(stored.images) == 1
    assert not editor.is_new() and not editor.is_dirty()
    screenshot(page, "placeholders")


def test_switching_rows_with_unsaved_edits_asks_first(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, service = _page(
        qtbot, tmp_db, _walk_in("Walk-in Gent", "W-1"), _walk_in("Walk-in Brugge", "W-2")
    )
    prompts = patch_prompts(monkeypatch)
    editor = page.editor
    click_row(qtbot, page.table, "Walk-in Gent")
    assert editor.original().name == "Walk-in Gent"
    qtbot.keyClicks(editor.name_edit, " Centrum")
    assert editor.is_dirty()

    # Cancel: the edits stay, and so does the row.
    prompts.answer(Button.Cancel)
    click_row(qtbot, page.table, "Walk-in Brugge")
    assert "Save your changes to “Walk-in Gent Centrum”?" in prompts.questions[-1]
    assert editor.name_edit.text() == "Walk-in Gent Centrum"
    assert page.model.key(page.table.currentIndex().row()) == editor.original().id

    # Discard: the other row is shown, nothing was saved.
    prompts.answer(Button.Discard)
    click_row(qtbot, page.table, "Walk-in Brugge")
    assert editor.original().name == "Walk-in Brugge"
    assert column_texts(page.model) == ["Walk-in Brugge", "Walk-in Gent"]

    # Save: the edits are stored first, then the chosen row opens.
    editor.is_active.click()
    prompts.answer(Button.Save)
    click_row(qtbot, page.table, "Walk-in Gent")
    assert editor.original().name == "Walk-in Gent"
    assert [(p.name, p.is_active) for p in service.page()] == [
        ("Walk-in Brugge", False),
        ("Walk-in Gent", True),
    ]
    assert prompts.all_asked()


def test_revert_search_and_delete(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, service = _page(
        qtbot, tmp_db, _walk_in("Walk-in Gent", "W-1"), _walk_in("Walk-in Brugge", "W-2")
    )
    prompts = patch_prompts(monkeypatch)
    editor = page.editor
    qtbot.keyClicks(page.search_edit, "w-1")
    qtbot.waitUntil(lambda: column_texts(page.model) == ["Walk-in Gent"], timeout=2000)
    assert page.status() == "1 match in 2 placeholder customers"
    click_row(qtbot, page.table, "Walk-in Gent")
    editor.customer_id.clear()
    prompts.answer(Button.Discard)
    click(qtbot, editor.revert_button)
    assert editor.customer_id.text() == "W-1" and not editor.is_dirty()

    prompts.answer(Button.Yes)
    click(qtbot, editor.delete_button)
    assert "Move “Walk-in Gent” to the trash?" in prompts.questions[-1]
    assert column_texts(page.model) == []
    assert [p.name for p in service.page()] == ["Walk-in Brugge"]
    assert editor.is_new()
    assert prompts.all_asked()
