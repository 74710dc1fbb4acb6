"""Preferences → Accounts driven as a person would: add, edit, test the connection, remove."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import IndividualContact
from app.services.accounts import Accounts
from app.services.registry import Services
from app.store.database import Database
from app.sync.client import ContactsApiClient
from app.sync.credentials import TokenStore
from app.sync.reference_server import RunningServer, running_server
from app.ui.dialogs.accounts import AccountEditor, AccountsDialog
from tests.ui.test_preferences import MemoryKeyring

TOKEN = "accounts-token-51c2"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference"), TOKEN) as url:
        yield url


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class Person:
    """What the person at the keyboard does in the account form each time it opens."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.plans: list[dict[str, str]] = []
        self.seen: list[str] = []  # problems shown on the way

    def __call__(self, editor: AccountEditor) -> bool:
        self.qtbot.addWidget(editor)
        editor.show()
        self.qtbot.waitExposed(editor)
        for plan in self.plans.pop(0)["steps"].split("|"):  # type: ignore[union-attr]
            field, _, value = plan.partition("=")
            if field == "type":
                editor.type_combo.setFocus()
                while editor.type_combo.currentData() != value:
                    self.qtbot.keyClick(editor.type_combo, Qt.Key.Key_Down)
            elif field == "ok":
                ok = editor.buttons.button(editor.buttons.StandardButton.Ok)
                _click(self.qtbot, ok)
                if editor.problems_label.isVisible():
                    self.seen.append(editor.problems_label.text())
            elif field == "enabled":
                _click(self.qtbot, editor.enabled_check)
            else:
                _type(self.qtbot, getattr(editor, f"{field}_edit"), value)
        accepted = editor.result() == QDialog.DialogCode.Accepted
        if not accepted:
            editor.reject()
        return accepted


def _rows(dialog: AccountsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_adding_editing_testing_and_removing_accounts(
    qtbot: QtBot, tmp_db: Database, server: RunningServer, tmp_path: Path
) -> None:
    keys = MemoryKeyring()
    tokens = TokenStore(keys, environ={})
    services = Services.over(tmp_db, tokens)
    saved = services.editing.save(IndividualContact(name="Ada Lovelace")).contact
    assert saved is not None
    ada_id = saved.id
    accounts = Accounts(tmp_db, tokens, timeout=5)
    person = Person(qtbot)
    answers: list[bool] = []
    dialog = AccountsDialog(accounts, None, edit=person, confirm=lambda _t, _q: answers.pop(0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.empty_label.isVisible() and not dialog.remove_button.isEnabled()

    # An enfore account: a bad address first (the form says why and stays open), then fixed.
    person.plans.append(
        {
            "steps": f"type=enfore|name=Head office|url=http://contacts.example.com|tenant=o1"
            f"|token={TOKEN}|ok|url={server}|ok"
        }
    )
    _click(qtbot, dialog.add_button)
    assert "Plain http:// is allowed only for a server on this computer" in person.seen[0]
    assert _rows(dialog) == [
        ["Head office", "enfore Contacts API", str(server), "o1", "every 15 min"]
    ]
    assert keys.passwords[("Kontor", f"o1@{server}")] == TOKEN

    # A Kanbert account has no tenant; its name must be its own.
    person.plans.append(
        {"steps": "type=kanbert|name=head office|url=https://api.kanbert.example/api/v1|ok"}
    )
    _click(qtbot, dialog.add_button)
    assert "An account named “Head office” exists already." in person.seen[1]
    person.plans.append(
        {"steps": "type=kanbert|name=Kanbert|url=https://api.kanbert.example/api/v1|token=k-1|ok"}
    )
    _click(qtbot, dialog.add_button)
    assert [r[0] for r in _rows(dialog)] == ["Head office", "Kanbert"]
    kanbert = accounts.all()[1]
    assert keys.passwords[("Kontor", f"account:{kanbert.id}")] == "k-1"

    # Edit: sync by hand only, and out of syncs for now.
    dialog.table.selectRow(1)
    person.plans.append({"steps": "enabled|ok"})
    _click(qtbot, dialog.edit_button)
    assert _rows(dialog)[1][-1] == "no (disabled)"
    assert not accounts.all()[1].enabled

    # Test connection: the enfore account answers with the stored token.
    dialog.table.selectRow(0)
    _click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "Testing" not in dialog.result_label.text(), timeout=5000)
    assert accounts.test_connection(accounts.all()[0]).ok, dialog.result_label.text()
    assert dialog.result_label.text() == accounts.test_connection(accounts.all()[0]).message

    # Remove: asked first (no: nothing happens), then removed; the contact stays.
    answers.extend([False, True])
    _click(qtbot, dialog.remove_button)
    assert len(_rows(dialog)) == 2
    _click(qtbot, dialog.remove_button)
    assert [r[0] for r in _rows(dialog)] == ["Kanbert"]
    assert "Every contact stays" in dialog.result_label.text()
    ada = services.directory.get(ada_id)
    assert ada is not None and ada.deleted_at is None
    assert ("Kontor", f"o1@{server}") not in keys.passwords
    dialog.grab().save(str(tmp_path / "accounts.png"))


def test_a_second_enfore_organization_is_added_and_synced_from_the_dialog(
    qtbot: QtBot, tmp_db: Database, server: RunningServer
) -> None:
    keys = MemoryKeyring()
    tokens = TokenStore(keys, environ={})
    services = Services.over(tmp_db, tokens)
    assert services.editing.save(IndividualContact(name="Ada Lovelace")).saved
    accounts = Accounts(tmp_db, tokens, timeout=5)
    person = Person(qtbot)
    dialog = AccountsDialog(accounts, None, edit=person, confirm=lambda _t, _q: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name, org in (("Head office", "h1"), ("Branch", "b2")):
        person.plans.append(
            {"steps": f"type=enfore|name={name}|url={server}|tenant={org}|token={TOKEN}|ok"}
        )
        _click(qtbot, dialog.add_button)
    assert person.seen == []
    assert [r[:2] for r in _rows(dialog)] == [
        ["Head office", "enfore Contacts API"],
        ["Branch", "enfore Contacts API"],
    ]
    # The head office syncs with the window's Sync now; the branch from here, as any other.
    dialog.table.selectRow(0)
    assert not dialog.sync_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.sync_button.isEnabled()
    _click(qtbot, dialog.sync_button)
    qtbot.waitUntil(lambda: "Syncing" not in dialog.result_label.text(), timeout=10000)
    assert "Branch" in dialog.result_label.text()
    with ContactsApiClient(str(server), "b2", TOKEN) as client:
        listing = client.list_all(ContactKind.INDIVIDUAL)
    assert [item["name"] for item in listing.items] == ["Ada Lovelace"]
    with ContactsApiClient(str(server), "h1", TOKEN) as client:
        assert client.list_all(ContactKind.INDIVIDUAL).items == []  # not synced yet
