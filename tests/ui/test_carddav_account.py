"""Adding a CardDAV account in Preferences → Accounts as a person would: the server's
address, the login and password, Find address books, choose one, OK; then Test connection
and Sync now against a real Radicale on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import IndividualContact
from app.services.accounts import Accounts
from app.services.registry import Services
from app.store.database import Database
from app.sync.credentials import TokenStore
from app.ui.dialogs.accounts import AccountEditor, AccountsDialog
from tests.sync.carddav.radicale_server import Radicale, running_radicale
from tests.ui.test_preferences import MemoryKeyring

PASSWORD = "dav-secret"
SCREENSHOT = os.environ.get("KONTOR_SCREENSHOT", "")  # where to save the filled form, if set


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    with running_radicale(tmp_path / "radicale", {"alice": PASSWORD}) as server:
        server.make_address_book("alice", "contacts")
        server.make_address_book("alice", "work")
        yield server


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_carddav_account_is_found_chosen_tested_and_synced(
    qtbot: QtBot, tmp_db: Database, radicale: Radicale
) -> None:
    keys = MemoryKeyring()
    tokens = TokenStore(keys, environ={})
    services = Services.over(tmp_db, tokens)
    assert services.editing.save(IndividualContact(name="Ada Lovelace")).contact is not None
    accounts = Accounts(tmp_db, tokens, timeout=10)
    seen: list[str] = []

    def person(editor: AccountEditor) -> bool:
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.type_combo.setFocus()
        while editor.type_combo.currentData() != "carddav":
            qtbot.keyClick(editor.type_combo, Qt.Key.Key_Down)
        assert editor.find_books_button.isVisible()
        assert editor.token_label.text() == "&Password / token:"
        _type(qtbot, editor.name_edit, "Phones")
        _type(qtbot, editor.url_edit, radicale.url)
        _type(qtbot, editor.user_edit, "alice")
        # A wrong password first: the form says so.
        _type(qtbot, editor.token_edit, "wrong")
        _click(qtbot, editor.find_books_button)
        seen.append(editor.problems_label.text())
        _type(qtbot, editor.token_edit, PASSWORD)
        _click(qtbot, editor.find_books_button)
        assert editor.books_combo.isVisible() and editor.books_combo.count() == 2
        assert editor.tenant_edit.text() == "/alice/contacts/"  # the first, until chosen
        editor.books_combo.setFocus()
        qtbot.keyClick(editor.books_combo, Qt.Key.Key_Down)
        assert editor.tenant_edit.text() == "/alice/work/"
        if SCREENSHOT:
            editor.grab().save(SCREENSHOT)
        _click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Ok))
        return editor.result() == QDialog.DialogCode.Accepted

    dialog = AccountsDialog(accounts, None, edit=person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _click(qtbot, dialog.add_button)
    assert "refused “alice” (401)" in seen[0]
    [account] = accounts.all()
    assert (account.type, account.tenant, account.user) == ("carddav", "/alice/work/", "alice")
    assert keys.passwords[("Kontor", f"account:{account.id}")] == PASSWORD

    dialog.table.selectRow(0)
    _click(qtbot, dialog.test_button)
    assert "Connected: address book “Work”, vCard 3.0" in dialog.result_label.text()

    _click(qtbot, dialog.sync_button)
    assert dialog.result_label.text().startswith("Phones: synced\n"), dialog.result_label.text()
    with radicale.client("alice") as http:
        listing = http.request("PROPFIND", "/alice/work/", headers={"Depth": "1"}).text
    assert listing.count(".vcf<") == 1  # Ada went to the chosen address book
