"""KIP and workspace accounts in the window, driven as a person would: the organization
editor's "Registered with KIP" box with KIP's rules, the VAT and company registration numbers
locked with the reason once KIP has the company, "Request my data from KIP" showing the links
KIP answers (a reference server on a loopback socket), the workspace's own organization and
read-only organization in the account form, and the country and language pickers offering the
workspace's lists first."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.models import Address, Email, Location, OrganizationContact, Phone
from app.services.registry import Services
from app.store.migrations import open_database
from app.store.sync_state import SyncRecord, SyncStateRepository
from app.sync.accounts import Account
from app.sync.connectors.kip import MARKED
from app.sync.connectors.workspace import COUNTRIES, INFO, LANGUAGES, OWN
from app.sync.credentials import TokenStore
from app.sync.reference_server import RunningServer, running_server
from app.ui.app import build_main_window
from app.ui.dialogs.accounts import AccountEditor, AccountsDialog
from app.ui.editors.kip_bar import KipBar
from app.ui.editors.pickers import PREFERRED
from app.ui.main_window import MainWindow
from tests.ui.test_preferences import MemoryKeyring

SHOTS = os.environ.get("KONTOR_SCREENSHOTS")
TOKEN = "kip-ui-token-77"


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Tick or untick with the space bar, as from the keyboard."""
    assert box.isVisible() and box.isEnabled()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


class Book:
    def __init__(self, path: Path, kip_url: str = "http://127.0.0.1:9") -> None:
        self.services = Services.over(open_database(path), TokenStore(MemoryKeyring(), environ={}))
        saved = self.services.editing.save(
            OrganizationContact(
                name="Kinepolis Gent",
                vat_number="BE0415928179",
                company_registration_number="0415928179",
                invoice_language="NL",
                emails=[Email(address="development@kinepolis.com")],
                phones=[Phone(number="+32 9 241 00 00", type="MAIN")],
                addresses=[
                    Address(
                        street_name="Ter Platen",
                        street_number="12",
                        zip="9000",
                        city="Gent",
                        country_code="BE",
                    )
                ],
            )
        ).contact
        assert saved is not None
        self.org = saved
        accounts = self.services.accounts
        kip, problems = accounts.save(
            Account(type="kip", name="KIP", base_url=kip_url, interval_minutes=0), TOKEN
        )
        assert kip is not None and kip.id is not None, problems
        self.kip = kip
        workspace, problems = accounts.save(
            Account(
                type="workspace",
                name="Werkplaats",
                base_url="http://127.0.0.1:9/api",
                interval_minutes=0,
                settings={
                    OWN: saved.id,
                    INFO: {
                        "id": "w1",
                        "name": "Werkplaats Noord",
                        "slug": "werkplaats-noord",
                        "status": "active",
                        "type": "company",
                    },
                    COUNTRIES: ["NL", "BE"],
                    LANGUAGES: ["FR", "NL"],
                },
            )
        )
        assert workspace is not None, problems
        self.workspace = workspace


@pytest.fixture(autouse=True)
def _no_preferred_codes() -> Iterator[None]:
    yield
    PREFERRED.set((), ())


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Book]:
    made = Book(tmp_path / "book.sqlite")
    yield made
    made.services.close()


@pytest.fixture
def window(qtbot: QtBot, book: Book, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    opened = build_main_window(book.services, "test")
    qtbot.addWidget(opened)
    opened.resize(1280, 800)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def _bar(window: MainWindow) -> KipBar:
    found = window.organizations.editor.findChild(KipBar)
    assert isinstance(found, KipBar)
    return found


def test_ticking_an_organization_for_kip_shows_kips_rules(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    assert window.open_contact(book.org.id)
    bar = _bar(window)
    qtbot.waitUntil(lambda: bar.isVisible() and bool(bar.boxes))
    [box] = bar.boxes
    assert box.objectName() == "kipRegistered"
    assert box.text() == "Registered with KIP" and not box.isChecked()
    _tick(qtbot, box)
    note = bar.findChild(QLabel, "kipNote")
    assert isinstance(note, QLabel)
    qtbot.waitUntil(lambda: "KIP needs a mobile phone number" in note.text())
    assert "add one or leave this company out of KIP" in note.text()
    assert "Sent to KIP with the next sync" in note.text()
    account = book.services.accounts.get(book.kip.id or 0)
    assert account is not None and account.settings[MARKED] == [book.org.id]
    _shot(window.organizations.editor, "kip-ticked")

    assert bar.boxes == [box] and box.hasFocus()  # the same box, still in focus
    _tick(qtbot, box)  # untick
    qtbot.waitUntil(lambda: "KIP needs" not in note.text())
    account = book.services.accounts.get(book.kip.id or 0)
    assert account is not None and account.settings[MARKED] == []


def test_vat_and_registration_number_are_locked_once_kip_has_the_company(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    with book.services.db.transaction() as conn:
        SyncStateRepository(conn, book.kip.id or 0).save_record(
            SyncRecord(local_id=book.org.id, kind="organization", remote_id="9f1c-uuid",
                       base={"name": "Kinepolis Gent"})
        )  # fmt: skip
    book.services.accounts.kip().set_ticked(book.kip.id or 0, book.org.id, True)
    assert window.open_contact(book.org.id)
    editor = window.organizations.editor
    vat = editor.widget_for_field("vat_number")
    number = editor.widget_for_field("company_registration_number")
    assert isinstance(vat, QLineEdit) and isinstance(number, QLineEdit)
    qtbot.waitUntil(lambda: vat.isReadOnly())
    assert number.isReadOnly()
    assert "registered with KIP" in vat.toolTip()
    assert "does not let them change afterwards" in vat.toolTip()
    note = _bar(window).findChild(QLabel, "kipNote")
    assert isinstance(note, QLabel) and "Locked: registered with KIP" in note.text()
    _shot(editor, "kip-locked")
    # Another organization, not registered: its numbers can be typed.
    other = book.services.editing.save(OrganizationContact(name="Other BV")).contact
    assert other is not None
    window.organizations.reload()  # the window picks up a contact added elsewhere
    assert window.open_contact(other.id)
    qtbot.waitUntil(lambda: editor.original().id == other.id)
    qtbot.waitUntil(lambda: not vat.isReadOnly())
    assert vat.toolTip() == "" and not number.isReadOnly()


def test_pickers_offer_the_workspace_lists_first(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    assert window.open_contact(book.org.id)
    editor = window.organizations.editor
    qtbot.waitUntil(lambda: PREFERRED.countries == ("NL", "BE"))
    [country] = editor.findChildren(QComboBox, "countryPicker")
    qtbot.waitUntil(lambda: country.itemData(1) in ("NL", "BE"))
    # The workspace's countries first (by name: Belgium, Netherlands), then the others.
    assert [country.itemData(1), country.itemData(2)] == ["BE", "NL"]
    assert country.itemData(3) not in ("BE", "NL") and country.count() > 200
    assert country.currentData() == "BE"  # the chosen country stays
    language = editor.widget_for_field("invoice_language")
    assert isinstance(language, QLineEdit)
    qtbot.waitUntil(lambda: language.completer() is not None)
    language.setFocus()
    language.selectAll()
    qtbot.keyClick(language, Qt.Key.Key_Delete)
    qtbot.keyClicks(language, "f")
    popup = language.completer().popup()
    assert isinstance(popup, QAbstractItemView)
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "FR — French"
    _shot(window, "workspace-language-first")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert language.text() == "FR"


@pytest.fixture
def kip_server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN, system="kip") as running:
        yield running


def test_request_my_data_from_kip_shows_the_links(
    qtbot: QtBot, tmp_path: Path, kip_server: RunningServer
) -> None:
    book = Book(tmp_path / "export.sqlite", kip_url=str(kip_server))
    try:
        dialog = AccountsDialog(book.services.accounts)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        row = next(i for i, a in enumerate(dialog._shown) if a.type == "kip")
        dialog.table.selectRow(row)
        _click(qtbot, dialog.export_button)
        links = dialog.export_links
        qtbot.waitUntil(links.isVisible)
        assert "KIP started the export of your data (pending)" in links.text()
        assert "download:" in links.text() and f"{kip_server}/users/me/exports/" in links.text()
        assert links.openExternalLinks()
        _shot(dialog, "kip-export-links")
        # Selecting the workspace account: nothing to export.
        other = next(i for i, a in enumerate(dialog._shown) if a.type == "workspace")
        dialog.table.selectRow(other)
        assert not dialog.export_button.isEnabled()
    finally:
        book.services.close()


def test_the_account_form_shows_the_own_organization_and_the_workspace_read_only(
    qtbot: QtBot, book: Book
) -> None:
    editor = AccountEditor(book.services.accounts, book.workspace)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    picker = editor.extras.own_picker
    assert picker.isVisible() and picker.text() == "Kinepolis Gent"
    info = editor.extras.workspace_info
    assert info.isVisible()
    assert info.text() == "Name: Werkplaats Noord · Slug: werkplaats-noord · Status: active"
    assert not editor.extras.kip_tag.isVisible()
    _shot(editor, "workspace-account-form")
    editor.close()

    kip_form = AccountEditor(book.services.accounts, book.kip)
    qtbot.addWidget(kip_form)
    kip_form.show()
    qtbot.waitExposed(kip_form)
    tag = kip_form.extras.kip_tag
    assert tag.isVisible() and not kip_form.extras.own_picker.isVisible()
    tag.setFocus()
    qtbot.keyClicks(tag, "KIP")
    kip_form.accept()
    assert kip_form.result() == QDialog.DialogCode.Accepted
    stored = book.services.accounts.get(book.kip.id or 0)
    assert stored is not None and stored.settings["tag"] == "KIP"


def test_sync_now_in_accounts_runs_the_workspace_and_its_lists_arrive(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_server(tmp_path, TOKEN, system="workspace") as server:
        book = Book(tmp_path / "ws.sqlite")
        try:
            stored, problems = book.services.accounts.save(
                replace(book.workspace, base_url=str(server), settings={OWN: book.org.id}),
                TOKEN,
            )
            assert stored is not None, problems
            dialog = AccountsDialog(book.services.accounts)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            row = next(i for i, a in enumerate(dialog._shown) if a.type == "workspace")
            dialog.table.selectRow(row)
            _click(qtbot, dialog.sync_button)
            qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Werkplaats: "))
            # The words the status bar uses for an account's run, not the run's code.
            assert dialog.result_label.text().startswith("Werkplaats: synced\n")
            assert "0 sent" in dialog.result_label.text()
            _shot(dialog, "workspace-synced")
            countries, languages = book.services.accounts.workspace().reference_lists()
            assert "BE" in countries and "NL" in languages
            form = AccountEditor(book.services.accounts, dialog.selected())
            qtbot.addWidget(form)
            assert form.extras.workspace_info.text().startswith("Name: Werkplaats Noord")
        finally:
            book.services.close()


def test_a_lost_kip_create_waits_in_sync_issues_until_retry(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    from app.store.schema import utc_now
    from app.sync.connectors.kip import LOST_CREATE
    from app.sync.document_sync import RESEND_CONFIRMED
    from app.ui.pages.sync_issues import SyncIssuesPage

    with book.services.db.transaction() as conn:
        state = SyncStateRepository(conn, book.kip.id or 0)
        state.save_record(SyncRecord(local_id=book.org.id, kind="organization"))
        state.put_issue(
            local_id=book.org.id,
            kind="organization",
            issue="rejected",
            title=book.org.name,
            detail={
                "lost_create": True,
                "problems": [{"title": "Answer lost", "detail": LOST_CREATE}],
            },
            now=utc_now(),
        )
    page = window.findChild(SyncIssuesPage)
    assert isinstance(page, SyncIssuesPage)
    page.refresh()
    window.select_section("sync_issues")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    message = page.findChild(QLabel, "issueMessage")
    assert isinstance(message, QLabel)
    qtbot.waitUntil(lambda: "the answer was lost" in message.text())
    assert "Retry sends it again — only if it is not there" in message.text()
    problems = page.problems_list
    assert "cannot tell whether KIP made it" in problems.item(0).text()
    _shot(page, "kip-lost-create-issue")
    _click(qtbot, page.retry_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    with book.services.db.reading() as conn:
        record = SyncStateRepository(conn, book.kip.id or 0).record(book.org.id)
    assert record is not None and record.base == {RESEND_CONFIRMED: True}


def test_our_own_organization_shows_its_workspace_read_only(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    from app.ui.editors.workspace_bar import WorkspaceBar

    assert window.open_contact(book.org.id)
    bar = window.organizations.editor.findChild(WorkspaceBar)
    assert isinstance(bar, WorkspaceBar)
    qtbot.waitUntil(bar.isVisible)
    text = bar.label.text()
    assert "Our own organization in the workspace “Werkplaats Noord”" in text
    assert "slug werkplaats-noord, status active" in text
    assert "change them there" in text
    _shot(window.organizations.editor, "workspace-own-organization")
    other = book.services.editing.save(OrganizationContact(name="Other BV")).contact
    assert other is not None
    window.organizations.reload()  # the window picks up a contact added elsewhere
    assert window.open_contact(other.id)
    qtbot.waitUntil(lambda: window.organizations.editor.original().id == other.id)
    qtbot.waitUntil(lambda: not bar.isVisible())


def test_sync_other_accounts_from_the_sync_menu(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.sync.reference_server.workspace import locations

    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    with running_server(tmp_path, TOKEN, system="workspace") as server:
        book = Book(tmp_path / "menu.sqlite")
        try:
            org = book.org.model_copy(
                update={"locations": [Location(name="Gent", office_open_hour=8)]}
            )
            assert book.services.editing.save(org).contact is not None
            stored, problems = book.services.accounts.save(
                replace(book.workspace, base_url=str(server), settings={OWN: book.org.id}), TOKEN
            )
            assert stored is not None, problems
            window = build_main_window(book.services, "test")
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            menu = next(
                m.menu() for m in window.menuBar().actions() if m.text().replace("&", "") == "Sync"
            )
            action = next(
                a for a in menu.actions() if a.text().replace("&", "") == "Sync other accounts"
            )
            action.trigger()
            bar = window.statusBar()
            qtbot.waitUntil(lambda: "Werkplaats: synced" in bar.currentMessage(), timeout=15000)
            assert "KIP: synced" in bar.currentMessage()
            assert [d["name"] for d in locations(server.app)] == ["Gent"]
            window.close()
        finally:
            book.services.close()


def test_sync_now_f5_syncs_every_other_account_too(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 in a book whose only accounts are KIP and the workspace (enfore not set up): no
    "not set up" question, and both accounts run."""
    from app.sync.reference_server.workspace import locations

    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: asked.append(a) or 0)
    with running_server(tmp_path, TOKEN, system="workspace") as server:
        book = Book(tmp_path / "f5.sqlite")
        try:
            org = book.org.model_copy(
                update={"locations": [Location(name="Brugge", office_open_hour=9)]}
            )
            assert book.services.editing.save(org).contact is not None
            stored, problems = book.services.accounts.save(
                replace(book.workspace, base_url=str(server), settings={OWN: book.org.id}), TOKEN
            )
            assert stored is not None, problems
            window = build_main_window(book.services, "test")
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
            qtbot.keyClick(window, Qt.Key.Key_F5)
            bar = window.statusBar()
            qtbot.waitUntil(lambda: "Werkplaats: synced" in bar.currentMessage(), timeout=15000)
            assert "KIP: synced" in bar.currentMessage()
            assert [d["name"] for d in locations(server.app)] == ["Brugge"]
            assert asked == []
            window.close()
        finally:
            book.services.close()
