"""The tags and trash pages, driven the way a user drives them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.models import IndividualContact, OrganizationContact, ProfessionalIdentity
from app.services.directory import ContactDirectory
from app.services.history import EditHistory
from app.services.tags import TagService
from app.services.trash import TrashService
from app.store.database import Database
from app.ui.pages import TagsPage, TrashPage
from tests.ui.test_pages_support import (
    click,
    click_row,
    column_texts,
    patch_prompts,
    rows,
    screenshot,
    seed_contacts,
    show,
)

Button = QMessageBox.StandardButton


def _tag_names(db: Database, contact_id: str) -> list[str]:
    found = ContactDirectory(db).get(contact_id)
    assert found is not None
    return found.tag_names()


def test_tags_are_renamed_and_deleted_with_their_counts(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed_contacts(tmp_db)
    tags = TagService(tmp_db)
    page = TagsPage(tags)
    show(qtbot, page, (640, 400))
    prompts = patch_prompts(monkeypatch)
    assert page.title == "Tags"
    assert rows(page.model) == [("Newsletter", "2"), ("VIP", "2")]
    assert page.status() == "2 tags"

    # F2: a name another tag has is refused with the service's message, then asked again.
    prompts.answer_text(("newsletter", True), ("Key account", True))
    click_row(qtbot, page.table, "VIP")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert prompts.defaults[0] == "VIP"
    assert "Tag: a tag named “Newsletter” exists already" in prompts.labels[1]
    assert rows(page.model) == [("Key account", "2"), ("Newsletter", "2")]
    assert page.current_tag() is not None and page.current_tag().name == "Key account"  # type: ignore[union-attr]
    assert _tag_names(tmp_db, ids["Ann Becker"]) == ["Key account", "Newsletter"]
    assert _tag_names(tmp_db, ids["Cem Yilmaz"]) == ["Key account"]
    assert page.status() == "Tag “VIP” renamed to “Key account” — 2 tags"
    screenshot(page, "tags")

    # Del asks how many contacts lose the tag; No keeps it.
    prompts.answer(Button.Cancel, Button.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert prompts.questions[-1] == "Remove tag “Key account” from 2 contacts?"
    assert len(tags.tags()) == 2
    changed: list[list[str]] = []
    page.contacts_changed.connect(changed.append)
    click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert rows(page.model) == [("Newsletter", "2")]
    assert sorted(changed[0]) == sorted([ids["Ann Becker"], ids["Cem Yilmaz"]])
    assert [t.name for t in tags.tags()] == ["Newsletter"]
    assert _tag_names(tmp_db, ids["Ann Becker"]) == ["Newsletter"]
    assert _tag_names(tmp_db, ids["Cem Yilmaz"]) == []
    assert page.status().startswith("Tag “Key account” deleted and taken from 2 contacts")

    # The filter narrows the table.
    qtbot.keyClicks(page.filter_edit, "zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.status() == "0 matches in 1 tag"
    assert prompts.all_asked()


def _trash_setup(db: Database) -> tuple[EditHistory, TrashService, dict[str, str]]:
    history = EditHistory(db)
    ids: dict[str, str] = {}
    org = OrganizationContact(name="Gone BV")
    for contact in (
        IndividualContact(name="Zoe Adams"),
        IndividualContact(name="Adam Zorn"),
        org,
        IndividualContact(
            name="Worker Bee",
            professional_identities=[ProfessionalIdentity(organization_contact=org.id)],
        ),
    ):
        stored = history.save(contact).contact
        assert stored is not None
        ids[contact.name] = stored.id
    history.clear()
    return history, TrashService(db, history), ids


def test_trash_restores_deletes_and_empties_through_the_history(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    history, trash, ids = _trash_setup(tmp_db)
    page = TrashPage(trash, history)
    show(qtbot, page, (800, 400))
    prompts = patch_prompts(monkeypatch)
    assert page.title == "Trash"
    assert page.status() == "The trash is empty"
    assert not page.empty_button.isEnabled()

    for name in ("Zoe Adams", "Adam Zorn", "Gone BV"):
        history.trash(ids[name])
    page.refresh()
    assert rows(page.model) == [
        ("Adam Zorn", "Person", "", ""),
        ("Gone BV", "Organization", "", ""),
        ("Zoe Adams", "Person", "", ""),
    ]
    assert page.status() == "3 contacts in the trash"
    screenshot(page, "trash")

    # Restore: gone from the trash, and the window's Undo can take it back.
    history_signals: list[bool] = []
    page.history_changed.connect(lambda: history_signals.append(True))
    history.clear()
    click_row(qtbot, page.table, "Zoe Adams")
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert column_texts(page.model) == ["Adam Zorn", "Gone BV"]
    assert history.can_undo and history.undo_text == "Undo restore of “Zoe Adams”"
    assert history_signals == [True]
    assert page.status() == "“Zoe Adams” restored — 2 contacts in the trash"
    history.undo()
    page.refresh()
    assert column_texts(page.model) == ["Adam Zorn", "Gone BV", "Zoe Adams"]

    # Delete permanently asks; Del on the table does the same.
    prompts.answer(Button.Yes)
    click_row(qtbot, page.table, "Adam Zorn")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert prompts.questions[-1] == "Delete “Adam Zorn” for good?"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert column_texts(page.model) == ["Gone BV", "Zoe Adams"]
    assert history.undo_text == "Undo deletion of “Adam Zorn”"

    # Empty trash: the organization Worker Bee works at is kept, and the page says why.
    prompts.answer(Button.Yes)
    click(qtbot, page.empty_button)
    assert prompts.questions[-1] == "Delete all 2 contacts in the trash for good?"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert column_texts(page.model) == ["Gone BV"]
    box = page.kept_box
    assert box is not None and box.isVisible()
    assert "could not be deleted for good" in box.text()
    assert "1 person works there" in box.informativeText()
    assert page.status() == "1 contact deleted for good; 1 kept — 1 contact in the trash"
    assert history.undo_text == "Undo emptying the trash (1 contact)"
    box.close()
    assert len(history_signals) == 3
    assert prompts.all_asked()
