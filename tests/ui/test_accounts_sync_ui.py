"""Sync with more than one account in the window, driven as a person would: the status bar
per account, Pending changes and Sync issues with an Account column and filter, the contact
editor's "Linked to" badges, and the "Link or create" review of a first pull."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import Email, IndividualContact
from app.services.registry import Services
from app.store.migrations import open_database
from app.store.schema import utc_now
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import Account
from app.sync.credentials import TokenStore
from app.ui.app import build_main_window
from app.ui.dialogs.link_or_create import LinkOrCreateDialog
from app.ui.editors.linked_to import LinkedToBar
from app.ui.main_window import MainWindow
from app.ui.pages.pending import ACCOUNT_COLUMN, PendingPage
from app.ui.pages.sync_issues import SyncIssuesPage
from app.ui.sync_status import SyncStatusWidget
from app.ui.sync_wiring import SyncUi
from tests.services.test_sync_accounts import KANBERT_DOC
from tests.ui.test_preferences import MemoryKeyring

SHOTS = os.environ.get("KONTOR_SCREENSHOTS")


def _shot(widget: QWidget, name: str) -> None:
    """Keep a picture of ``widget`` when screenshots are asked for."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


class Book:
    def __init__(self, path: Path) -> None:
        self.services = Services.over(open_database(path), TokenStore(MemoryKeyring(), environ={}))
        accounts = self.services.accounts
        enfore, _ = accounts.save(
            Account(
                type="enfore",
                name="enfore",
                base_url="http://127.0.0.1:9/v1",
                tenant="o1",
                interval_minutes=0,
                settings={"sync_on_start": False},
            )
        )
        kanbert, _ = accounts.save(
            Account(
                type="kanbert",
                name="Kanbert",
                base_url="https://kanbert.example/api/v1",
                interval_minutes=0,
            )
        )
        assert enfore is not None and enfore.id is not None
        assert kanbert is not None and kanbert.id is not None
        self.enfore_id, self.kanbert_id = enfore.id, kanbert.id
        self.ids: dict[str, str] = {}
        for name, email in (
            ("Ann Peeters", "anneke@acme.be"),
            ("Ann Peters", "ann.peters@other.be"),
            ("Bob Smet", "bob@smet.be"),
        ):
            saved = self.services.editing.save(
                IndividualContact(name=name, emails=[Email(address=email, type="WORK_EMAIL")])
            ).contact
            assert saved is not None
            self.ids[name] = saved.id

    def issue(self, account_id: int, name: str, why: str) -> str:
        with self.services.db.transaction() as conn:
            return SyncStateRepository(conn, account_id).put_issue(
                local_id=self.ids[name],
                kind="individual",
                issue="rejected",
                title=name,
                detail={"problems": [{"title": "Invalid", "detail": why}]},
                now=utc_now(),
            )


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


def _status(window: MainWindow) -> SyncStatusWidget:
    found = window.findChild(SyncStatusWidget)
    assert isinstance(found, SyncStatusWidget)
    return found


def _ui(window: MainWindow) -> SyncUi:
    found = window.findChild(SyncUi, "syncUi")
    assert isinstance(found, SyncUi)
    return found


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a closed combo box with the arrow keys, as on the keyboard."""
    combo.setFocus()
    wanted = combo.findText(text)
    assert wanted >= 0, text
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(wanted - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def _rows(page: PendingPage | SyncIssuesPage, columns: tuple[int, ...]) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(str(model.index(row, c).data()) for c in columns) for row in range(model.rowCount())
    ]


def test_status_pending_and_issues_of_every_account(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    book.issue(book.enfore_id, "Bob Smet", "enfore refused Bob")
    kanbert_issue = book.issue(book.kanbert_id, "Ann Peters", "Kanbert refused Ann")
    status = _status(window)
    _ui(window).controller.refresh_status()
    # A status read begun when the window opened (before the issues) may still answer first.
    qtbot.waitUntil(lambda: status.connection.toolTip().count("1 sync issue") == 2, timeout=5000)
    text = status.connection.text()
    assert text == "enfore: Not synced yet · 3 to send; Kanbert: Not synced yet · 3 to send"
    tip = status.connection.toolTip().splitlines()
    assert "enfore: Not synced yet · 3 to send · 1 sync issue — never synced" in tip
    assert "Kanbert: Not synced yet · 3 to send · 1 sync issue — never synced" in tip
    assert status.pending.text() == "6 changes to send"
    assert status.issues.text() == "2 sync issues"
    _shot(window.statusBar(), "accounts-status-bar")

    # Pending changes: every account, with the Account column and the filter.
    _click(qtbot, status.pending)
    pending = window.current_section().page
    assert isinstance(pending, PendingPage)
    assert pending.account_filter.isVisible()
    assert not pending.table.isColumnHidden(ACCOUNT_COLUMN)
    assert sorted(_rows(pending, (0, ACCOUNT_COLUMN))) == sorted(
        (name, account)
        for name in ("Ann Peeters", "Ann Peters", "Bob Smet")
        for account in ("enfore", "Kanbert")
    )
    _shot(window, "accounts-pending-all")
    _choose(qtbot, pending.account_filter, "Kanbert")
    qtbot.waitUntil(lambda: pending.model.rowCount() == 3, timeout=5000)
    assert pending.table.isColumnHidden(ACCOUNT_COLUMN)
    assert {r[0] for r in _rows(pending, (0,))} == {"Ann Peeters", "Ann Peters", "Bob Smet"}

    # Discarding Bob's change for Kanbert (Del, then the question) leaves enfore's.
    row = [r[0] for r in _rows(pending, (0,))].index("Bob Smet")
    pending.table.setFocus()
    pending.table.selectRow(row)
    qtbot.keyClick(pending.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: pending.model.rowCount() == 2, timeout=5000)
    assert book.services.sync_accounts.pending_count(book.enfore_id) == 3
    qtbot.waitUntil(lambda: status.pending.text() == "5 changes to send", timeout=5000)
    _choose(qtbot, pending.account_filter, "All accounts")
    qtbot.waitUntil(lambda: pending.model.rowCount() == 5, timeout=5000)

    # Sync issues: both accounts; retrying the Kanbert one settles it there only.
    _click(qtbot, status.issues)
    issues = window.current_section().page
    assert isinstance(issues, SyncIssuesPage)
    assert sorted(_rows(issues, (0, 1, 3))) == [
        ("Ann Peters", "Refused by the server", "Kanbert"),
        ("Bob Smet", "Refused by the server", "enfore"),
    ]
    _shot(window, "accounts-issues-all")
    assert issues.select_issue(kanbert_issue)
    assert "Kanbert" in issues.heading.text()
    assert [issues.problems_list.item(i).text() for i in range(issues.problems_list.count())] == [
        "Invalid: Kanbert refused Ann"
    ]
    _click(qtbot, issues.retry_button)
    qtbot.waitUntil(lambda: issues.model.rowCount() == 1, timeout=5000)
    assert _rows(issues, (0, 3)) == [("Bob Smet", "enfore")]
    assert [i.account for i in book.services.sync_accounts.issues()] == ["enfore"]
    _choose(qtbot, issues.account_filter, "Kanbert")
    qtbot.waitUntil(lambda: issues.model.rowCount() == 0, timeout=5000)
    assert "No sync issues" in issues.empty_label.text()


def test_link_or_create_review_by_keys_and_clicks(
    qtbot: QtBot, book: Book, window: MainWindow
) -> None:
    matching = book.services.matching
    matching.propose(
        book.kanbert_id,
        kind="individual",
        remote_id="k-7",
        remote=KANBERT_DOC,
        candidates=[
            {"local_id": book.ids["Ann Peters"], "score": 0.55, "reasons": ["similar name"]},
            {"local_id": book.ids["Ann Peeters"], "score": 0.5, "reasons": ["same e-mail"]},
        ],
        title="Anneke Peeters",
    )
    piet = {**KANBERT_DOC, "id": "k-8", "first_name": "Piet", "email": "piet@acme.be"}
    matching.propose(
        book.kanbert_id,
        kind="individual",
        remote_id="k-8",
        remote=piet,
        candidates=[{"local_id": book.ids["Bob Smet"], "score": 0.3, "reasons": ["same city"]}],
        title="Piet Peeters",
    )

    # The Sync issues page says what waits and opens the review.
    status = _status(window)
    _ui(window).controller.refresh_status()
    qtbot.waitUntil(lambda: status.issues.isVisible(), timeout=5000)
    _click(qtbot, status.issues)
    issues = window.current_section().page
    assert isinstance(issues, SyncIssuesPage)
    assert {r[1] for r in _rows(issues, (0, 1))} == {"Link or create"}
    issues.table.selectRow(0)
    assert "first sync of Kanbert" in issues.message.text()
    _click(qtbot, issues.review_button)
    qtbot.waitUntil(lambda: isinstance(_ui(window).review, LinkOrCreateDialog), timeout=5000)
    dialog = _ui(window).review
    assert isinstance(dialog, LinkOrCreateDialog)
    qtbot.waitExposed(dialog)

    assert [m.remote.name for m in dialog.matches()] == ["Anneke Peeters", "Piet Peeters"]
    assert dialog.remote_heading.text() == "“Anneke Peeters” from Kanbert"
    assert "anneke@acme.be" in dialog.remote_details.text()
    table = dialog.candidates
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Ann Peters",
        "Ann Peeters",
    ]
    assert table.item(1, 2).text() == "same e-mail"
    assert "anneke@acme.be" in table.item(1, 3).text()
    _shot(dialog, "link-or-create-review")

    # The best-scored one is chosen first; the person knows better: Down, then Enter.
    chosen = dialog.chosen()
    assert chosen is not None and chosen.local_id == book.ids["Ann Peters"]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.local_id == book.ids["Ann Peeters"]
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.matches()) == 1 and not dialog.is_busy(), timeout=5000)
    [link] = book.services.accounts.links(book.ids["Ann Peeters"])
    assert (link.account, link.remote_id) == ("Kanbert", "k-7")
    assert book.services.accounts.links(book.ids["Ann Peters"]) == []

    # Piet is nobody here: Create new contact.
    assert dialog.remote_heading.text() == "“Piet Peeters” from Kanbert"
    _click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.empty_label.isVisible(), timeout=5000)
    assert not dialog.link_button.isVisible()
    made = [s for s in book.services.directory.page(IndividualContact().kind, 0, 50, "Piet") if s]
    assert [s.name for s in made] == ["Piet Peeters"]
    assert book.services.matching.pending() == []
    dialog.close()
    qtbot.waitUntil(lambda: issues.model.rowCount() == 0, timeout=5000)

    # The editor of Ann Peeters says where she is linked to.
    window.select_section("people")
    window.people.show_contact(book.ids["Ann Peeters"])
    bar = window.people.editor.findChild(LinkedToBar)
    assert isinstance(bar, LinkedToBar)
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    assert bar.texts() == ["Kanbert · k-7 · not synced yet"]
    assert "Id there: k-7" in bar.badges[0].toolTip()
    _shot(window.people.editor, "linked-to-badges")
    # A contact no account holds has no row.
    window.people.show_contact(book.ids["Bob Smet"])
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=5000)
    window.people.show_contact(made[0].id)
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    [badge] = bar.texts()
    assert badge.startswith("Kanbert · k-8 · synced ")
    assert QApplication.activeModalWidget() is None
