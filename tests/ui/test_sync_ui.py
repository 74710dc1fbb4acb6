"""Sync in the main window, driven as a user drives it, against the reference server on
loopback: Sync now, the status bar, pending changes, sync issues, cancel and offline."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import OrganizationContact
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.credentials import TokenStore
from app.sync.reference_server import Faults, RunningServer, running_server
from app.sync.settings import SyncSettings
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column
from app.ui.editors.general_form import OrganizationGeneral
from app.ui.main_window import MainWindow
from app.ui.pages.pending import PendingPage
from app.ui.pages.sync_issues import MINE, THEIRS, SyncIssuesPage
from app.ui.sync_controller import SyncController
from app.ui.sync_status import SyncStatusWidget
from app.ui.sync_wiring import SyncUi

TOKEN = "ui-sync-token-5c2e"
F5 = Qt.Key.Key_F5


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference"), TOKEN) as url:
        yield url


@pytest.fixture
def org() -> str:
    return f"org-x-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def make_services(tmp_path: Path) -> Iterator[Callable[[str, str, str], Services]]:
    """Kontor workstations (each its own database) syncing with ``url`` / ``org``."""
    made: list[Services] = []

    def make(name: str, url: str, org: str) -> Services:
        db = open_database(tmp_path / f"{name}.sqlite")
        services = Services.over(db, TokenStore(environ={"KONTOR_API_TOKEN": TOKEN}))
        settings = SyncSettings(base_url=url, org_id=org, interval_minutes=0, sync_on_start=False)
        assert services.sync_setup.save(settings) == []
        made.append(services)
        return services

    yield make
    for services in made:
        services.close()


@pytest.fixture
def open_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Services], MainWindow]]:
    opened: list[MainWindow] = []

    def open_(services: Services) -> MainWindow:
        window = build_main_window(services, "test")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        _activate(qtbot, window)
        opened.append(window)
        return window

    # A test that fails while editing must not hang on the unsaved-changes question when the
    # window closes (tests that answer questions patch it again).
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    yield open_
    for window in opened:  # before the databases close: stops the sync worker and timers
        window.close()


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _ui(window: MainWindow) -> SyncUi:
    found = window.findChild(SyncUi, "syncUi")
    assert isinstance(found, SyncUi)
    return found


def _status(window: MainWindow) -> SyncStatusWidget:
    found = window.findChild(SyncStatusWidget)
    assert isinstance(found, SyncStatusWidget)
    return found


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _click_cell(qtbot: QtBot, view: object, index: QModelIndex) -> None:
    rect = view.visualRect(index)  # type: ignore[attr-defined]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]


def _sync_by_key(qtbot: QtBot, window: MainWindow) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window, F5)


def _wait_synced(qtbot: QtBot, window: MainWindow, pending: str = "0 changes to send") -> None:
    status = _status(window)
    qtbot.waitUntil(
        lambda: (
            not status.progress.isVisible()
            and status.last_sync.text().startswith("Last sync ")
            and status.pending.text() == pending
        ),
        timeout=20000,
    )


def _modal_dialogs() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog | QMessageBox) and w.isVisible()
    ]


def _org_names(window: MainWindow) -> list[str]:
    window.select_section("organizations")
    model = window.table.model()
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


# --- Sync now, the status bar, pending changes ----------------------------------------------------


def test_sync_now_edit_and_discard_a_pending_change(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = make_services("a", str(server), org)
    acme = services.editing.save(OrganizationContact(name="Acme AG")).contact
    assert acme is not None
    window = open_window(services)
    status = _status(window)
    qtbot.waitUntil(lambda: status.pending.text() == "1 change to send", timeout=5000)
    assert status.last_sync.text() == "Never synced"
    assert not status.progress.isVisible() and not status.cancel.isVisible()

    # Sync now (F5): the progress shows while it runs, then the last sync time.
    gui_thread = threading.get_ident()
    reports: list[int] = []
    _ui(window).controller.progress.connect(lambda *_: reports.append(threading.get_ident()))
    _sync_by_key(qtbot, window)
    _wait_synced(qtbot, window)
    assert "Online" in status.connection.text()
    assert not status.issues.isVisible()
    assert reports and set(reports) == {gui_thread}
    assert "1 change sent" in status.message_text()

    # An edit in the editor: one change to send.
    window.select_section("organizations")
    page = window.organizations
    page.show_contact(acme.id)
    general = page.editor.section(OrganizationGeneral)
    assert isinstance(general, OrganizationGeneral)
    general.name.setFocus()
    general.name.selectAll()
    qtbot.keyClicks(general.name, "Acme Holding AG")
    qtbot.keyClick(general.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: status.pending.text() == "1 change to send", timeout=5000)

    # The pending changes page (from the status bar) lists it; discard it after the question.
    _click(qtbot, status.pending)
    pending = window.current_section().page
    assert isinstance(pending, PendingPage)
    assert window.current_section().key == "pending"
    model = pending.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Acme Holding AG"
    assert model.index(0, 1).data() == "Organization"
    assert model.index(0, 2).data() == "Changed: Contact · name"
    assert window.count_label.text() == "1 contact with changes to send"
    _click_cell(qtbot, pending.table, model.index(0, 0))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    _click(qtbot, pending.discard_button)
    qtbot.waitUntil(lambda: status.pending.text() == "0 changes to send", timeout=5000)
    assert asked and "Acme Holding AG" in asked[0]
    assert model.rowCount() == 0 and pending.empty_label.isVisible()
    stored = services.directory.get(acme.id)
    assert stored is not None and stored.name == "Acme AG"
    assert _org_names(window) == ["Acme AG"]


def test_open_contact_from_pending_changes(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = make_services("a", str(server), org)
    services.editing.save(OrganizationContact(name="Zeta NV"))
    window = open_window(services)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    pending = window.current_section().page
    assert isinstance(pending, PendingPage)
    assert pending.model.index(0, 2).data() == "New contact"
    where = pending.table.visualRect(pending.model.index(0, 0)).center()
    viewport = pending.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # Qt 6 wants a press first
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert window.current_section().key == "organizations"
    assert window.organizations.editor.draft().name == "Zeta NV"

    # Del on the table asks first; Cancel keeps the change.
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    pending.table.setFocus()
    qtbot.keyClick(pending.table, Qt.Key.Key_Delete)
    assert asked == [
        "Discard the unsent changes to “Zeta NV”?\n\nIt was never sent, so it goes to the trash."
    ]
    assert services.sync.pending_count() == 1
    assert pending.model.rowCount() == 1


# --- sync issues ----------------------------------------------------------------------------------


def _conflict(
    server: RunningServer, org: str, make: Callable[[str, str, str], Services]
) -> tuple[Services, Services, str]:
    """Workstations A and B; the same organization renamed on both: a conflict on A."""
    a, b = make("a", str(server), org), make("b", str(server), org)
    made = a.editing.save(OrganizationContact(name="Brouwerij")).contact
    assert made is not None
    assert a.sync.run().outcome == "ok"
    assert b.sync.run().outcome == "ok"
    (on_b,) = b.directory.page(ContactKind.ORGANIZATION)
    theirs = b.directory.get(on_b.id)
    assert theirs is not None
    b.editing.save(theirs.model_copy(update={"name": "Brouwerij Zuid"}))
    assert b.sync.run().pushed == 1
    mine = a.directory.get(made.id)
    assert mine is not None
    a.editing.save(mine.model_copy(update={"name": "Brouwerij Noord"}))
    assert a.sync.run().conflicts == 1
    return a, b, made.id


def test_conflict_take_theirs_for_a_field(
    qtbot: QtBot,
    qtmodeltester: object,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    a, b, contact_id = _conflict(server, org, make_services)
    window = open_window(a)
    status = _status(window)
    qtbot.waitUntil(lambda: status.issues.isVisible(), timeout=5000)
    assert status.issues.text() == "1 sync issue"
    assert "Online" in status.connection.text()

    _click(qtbot, status.issues)
    page = window.current_section().page
    assert isinstance(page, SyncIssuesPage)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Conflict"
    assert page.heading.text() == "Brouwerij Noord · Organization"
    choices = page.choices
    qtmodeltester.check(choices)  # type: ignore[attr-defined]
    assert [choices.index(0, c).data() for c in range(4)] == [
        "Contact · name",
        "Brouwerij",
        "Brouwerij Noord",
        "Brouwerij Zuid",
    ]
    assert choices.chosen(0) == "mine"

    # The keyboard: Space on the Theirs cell chooses it, on Mine goes back.
    table = page.choices_table
    table.setFocus()
    table.setCurrentIndex(choices.index(0, THEIRS))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert choices.chosen(0) == "theirs"
    table.setCurrentIndex(choices.index(0, MINE))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert choices.chosen(0) == "mine"
    _click(qtbot, page.take_theirs_button)
    assert choices.chosen(0) == "theirs"
    _click(qtbot, page.keep_mine_button)
    # The mouse: click the value to keep.
    _click_cell(qtbot, table, choices.index(0, THEIRS))
    assert choices.chosen(0) == "theirs"
    assert choices.choices() == {f"contact/{contact_id}.name": "theirs"}

    _click(qtbot, page.apply_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: not status.issues.isVisible(), timeout=5000)
    assert page.empty_label.isVisible()
    assert window.count_label.text().startswith("Conflict of “Brouwerij Noord” settled")
    assert _org_names(window) == ["Brouwerij Zuid"]
    window.organizations.show_contact(contact_id)
    assert window.organizations.editor.draft().name == "Brouwerij Zuid"

    # The decision is a local edit the next sync sends.
    _sync_by_key(qtbot, window)
    _wait_synced(qtbot, window)
    assert a.sync.issues() == []
    b.sync.run()
    assert [s.name for s in b.directory.page(ContactKind.ORGANIZATION)] == ["Brouwerij Zuid"]


def test_conflict_edit_contact_applies_then_opens_the_editor(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    a, _b, contact_id = _conflict(server, org, make_services)
    window = open_window(a)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.current_section().page
    assert isinstance(page, SyncIssuesPage)
    _click(qtbot, page.conflict_edit_button)  # keeps mine (the default choice)
    qtbot.waitUntil(lambda: window.current_section().key == "organizations", timeout=5000)
    assert window.organizations.editor.draft().name == "Brouwerij Noord"
    assert a.sync.issues() == []
    found = a.directory.get(contact_id)
    assert found is not None and found.name == "Brouwerij Noord"


def test_deleted_on_the_server_keep_my_version(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    a, b = make_services("a", str(server), org), make_services("b", str(server), org)
    made = a.editing.save(OrganizationContact(name="Gone BV")).contact
    assert made is not None
    a.sync.run()
    b.sync.run()
    (on_b,) = b.directory.page(ContactKind.ORGANIZATION)
    b.history.trash(on_b.id)
    assert b.sync.run().outcome == "ok"
    a.editing.save(made.model_copy(update={"name": "Still Here BV"}))
    a.sync.run()
    (issue,) = a.sync.issues()
    assert issue.issue == "remote_deleted"

    window = open_window(a)
    window.select_section("sync_issues")
    page = window.current_section().page
    assert isinstance(page, SyncIssuesPage)
    assert page.model.index(0, 1).data() == "Deleted on the server"
    assert page.mine_button.text() == "&Keep my version (send it again)"
    assert page.theirs_button.text() == "A&ccept the deletion"
    _click(qtbot, page.mine_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    _sync_by_key(qtbot, window)
    _wait_synced(qtbot, window)
    b.sync.run()
    assert [s.name for s in b.directory.page(ContactKind.ORGANIZATION)] == ["Still Here BV"]


def test_rejected_change_shows_the_problems_and_retries(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    a = make_services("a", str(server), org)
    a.editing.save(OrganizationContact(name="Refused REJECTME GmbH"))
    window = open_window(a)
    status = _status(window)
    server.app.state.faults = Faults(reject_body_containing="REJECTME")
    try:
        _sync_by_key(qtbot, window)
        qtbot.waitUntil(lambda: status.issues.text() == "1 sync issue", timeout=20000)
    finally:
        server.app.state.faults = Faults()
    _click(qtbot, status.issues)
    page = window.current_section().page
    assert isinstance(page, SyncIssuesPage)
    assert page.model.index(0, 1).data() == "Refused by the server"
    problems = [page.problems_list.item(i).text() for i in range(page.problems_list.count())]
    assert problems and any("body" in p for p in problems)
    _click(qtbot, page.retry_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    _sync_by_key(qtbot, window)
    _wait_synced(qtbot, window)
    assert not status.issues.isVisible()


# --- cancel, offline, not set up, the schedule ---------------------------------------------------


def test_cancel_a_slow_sync_while_the_window_stays_usable(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    services = make_services("a", str(server), org)
    for number in range(30):
        services.editing.save(OrganizationContact(name=f"Slow {number:02d} BV"))
    window = open_window(services)
    status = _status(window)
    controller = _ui(window).controller
    server.app.state.faults = Faults(latency_ms=200)
    try:
        _sync_by_key(qtbot, window)
        qtbot.waitUntil(lambda: status.progress.isVisible(), timeout=5000)
        assert not _ui(window).sync_action.isEnabled()
        assert controller.sync_now() is False  # one run at a time
        # The window stays usable: typing into the search box filters meanwhile.
        window.select_section("organizations")
        qtbot.keyClicks(window.search_edit, "Slow 07")
        qtbot.waitUntil(lambda: window.table.model().rowCount() == 1, timeout=5000)
        assert window.search_edit.text() == "Slow 07"
        qtbot.waitUntil(lambda: "/" in status.progress.text(), timeout=10000)
        _click(qtbot, status.cancel)
        qtbot.waitUntil(lambda: not status.progress.isVisible(), timeout=20000)
    finally:
        server.app.state.faults = Faults()
    assert controller.last_summary is not None
    assert controller.last_summary.outcome == "cancelled"
    assert status.message_text().startswith("Sync cancelled")
    qtbot.waitUntil(lambda: status.pending.text().endswith("to send"), timeout=5000)
    assert 0 < services.sync.pending_count() < 30
    assert _ui(window).sync_action.isEnabled()
    assert _modal_dialogs() == []


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_offline_is_a_state_not_an_error(
    qtbot: QtBot,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    services = make_services("a", f"http://127.0.0.1:{_closed_port()}", org)
    services.editing.save(OrganizationContact(name="Kept GmbH"))
    window = open_window(services)
    status = _status(window)
    _sync_by_key(qtbot, window)
    qtbot.waitUntil(lambda: "Offline" in status.connection.text(), timeout=30000)
    assert not status.progress.isVisible()
    assert status.pending.text() == "1 change to send"
    assert status.last_sync.text() == "Never synced"
    assert status.message_text().startswith("Offline")
    assert _modal_dialogs() == []


def test_sync_not_set_up_offers_preferences(
    qtbot: QtBot, tmp_path: Path, open_window: Callable[[Services], MainWindow]
) -> None:
    db = open_database(tmp_path / "plain.sqlite")
    try:
        window = open_window(Services.over(db, TokenStore(environ={})))
        status = _status(window)
        qtbot.waitUntil(lambda: "Not set up" in status.connection.text(), timeout=5000)
        ui = _ui(window)
        _sync_by_key(qtbot, window)
        qtbot.waitUntil(lambda: ui.message_box is not None, timeout=10000)
        box = ui.message_box
        assert box is not None and "Preferences" in box.text()
        (open_button,) = [
            b for b in box.findChildren(QPushButton) if b.text() == "Open &Preferences…"
        ]
        _click(qtbot, open_button)
        qtbot.waitUntil(lambda: ui.preferences is not None, timeout=5000)
        dialog = ui.preferences
        assert isinstance(dialog, QDialog) and dialog.isVisible()
        dialog.reject()
        qtbot.waitUntil(lambda: ui.preferences is None, timeout=5000)
        window.close()
    finally:
        db.close()


def test_preferences_shortcut_and_the_schedule_follows_the_settings(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
    open_window: Callable[[Services], MainWindow],
) -> None:
    services = make_services("a", str(server), org)
    window = open_window(services)
    ui = _ui(window)
    controller = ui.controller
    assert controller.interval_ms() == 0
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.preferences is not None, timeout=5000)
    dialog = ui.preferences
    assert dialog is not None
    dialog.interval_spin.setValue(5)  # type: ignore[attr-defined]
    dialog.accept()
    qtbot.waitUntil(lambda: ui.preferences is None, timeout=10000)
    assert services.sync_setup.settings().interval_minutes == 5
    assert controller.interval_ms() == 5 * 60_000


def test_sync_on_start_runs_once_on_the_worker(
    qtbot: QtBot,
    server: RunningServer,
    org: str,
    make_services: Callable[[str, str, str], Services],
) -> None:
    services = make_services("a", str(server), org)
    services.sync_setup.save(
        SyncSettings(base_url=str(server), org_id=org, interval_minutes=0, sync_on_start=True)
    )
    services.editing.save(OrganizationContact(name="Early AG"))
    controller = SyncController(services)
    try:
        with qtbot.waitSignal(controller.finished, timeout=20000) as finished:
            controller.start()
        assert finished.args is not None and finished.args[0].outcome == "ok"
        assert not controller.is_manual_run()
        qtbot.waitUntil(lambda: controller.state.pending == 0, timeout=5000)
        assert controller.state.connection == "online"
    finally:
        assert controller.shutdown()
