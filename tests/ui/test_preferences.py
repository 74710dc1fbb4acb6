"""The Preferences dialog, driven the way a user drives it, against the reference server."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services.sync_setup import SyncSetup
from app.store.database import Database
from app.sync.credentials import TokenStore
from app.sync.reference_server import RunningServer, running_server
from app.sync.settings import SyncSettings
from app.ui.dialogs import PreferencesDialog
from app.ui.dialogs.preferences import OK_COLOR
from app.ui.editors.marking import ERROR_COLOR
from app.ui.tasks import TaskRunner

TOKEN = "prefs-token-8d1f"
ALT = Qt.KeyboardModifier.AltModifier


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict: the user's own keychain is never touched."""

    # Below keyring's own fallback: never picked, or chained, as the system's keychain.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class NoKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


class SlowKeyring(MemoryKeyring):
    """A keychain that takes its time (an unlock prompt, a slow D-Bus)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        time.sleep(0.3)
        super().set_password(service, username, password)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("reference"), TOKEN) as url:
        yield url


@pytest.fixture
def keys() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def _setup(
    db: Database, backend: KeyringBackend, environ: dict[str, str] | None = None
) -> SyncSetup:
    return SyncSetup(db, TokenStore(backend, environ=environ or {}), timeout=5)


def _open(qtbot: QtBot, setup: SyncSetup, runner: TaskRunner | None) -> PreferencesDialog:
    dialog = PreferencesDialog(setup, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _assert_nothing_clipped(dialog: PreferencesDialog) -> None:
    """Every text shown has the room it needs: wrapped labels all their lines, buttons and
    fields their minimum."""
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
            else:
                assert label.width() >= label.minimumSizeHint().width(), label.text()
    for widget in (dialog.url_edit, dialog.forget_button, dialog.test_button, dialog.ok_button):
        assert widget.width() >= widget.minimumSizeHint().width()
    for button in (dialog.forget_button, dialog.test_button, dialog.ok_button):
        text = button.text().replace("&", "")
        assert button.fontMetrics().horizontalAdvance(text) < button.width()


def _wait_token_state(qtbot: QtBot, dialog: PreferencesDialog, text: str) -> None:
    qtbot.waitUntil(lambda: dialog.token_state.text() == text, timeout=3000)


def test_a_first_setup_is_tested_and_saved(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring, runner: TaskRunner, server: RunningServer
) -> None:
    setup = _setup(tmp_db, keys)
    dialog = _open(qtbot, setup, runner)
    assert dialog.windowTitle() == "Preferences"
    _wait_token_state(qtbot, dialog, "No token stored")
    assert not dialog.forget_button.isEnabled()
    assert dialog.interval_spin.text() == "15 min"
    assert dialog.on_start_check.isChecked()

    _type(qtbot, dialog.url_edit, server)
    _type(qtbot, dialog.org_edit, "acme")
    _type(qtbot, dialog.token_edit, "wrong-token")
    assert dialog.token_edit.displayText() != "wrong-token"  # typed blind
    assert dialog.token_state.text() == (
        "No token stored. The typed token is saved when you press OK."
    )

    # A wrong token: the server's refusal, in red; the button is back when the answer is in.
    _click(qtbot, dialog.test_button)
    assert not dialog.test_button.isEnabled()
    assert dialog.test_result.text() == "Testing the connection…"
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert dialog.test_result.text() == (
        "The server refused the token (401). Enter a valid API token."
    )
    assert ERROR_COLOR in dialog.test_result.styleSheet()

    # The right token: connected, in green.
    _type(qtbot, dialog.token_edit, TOKEN)
    assert dialog.test_result.text() == ""  # the old answer is gone once the form changes
    _click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert dialog.test_result.text().startswith("Connected to 127.0.0.1:")
    assert OK_COLOR in dialog.test_result.styleSheet()
    _assert_nothing_clipped(dialog)

    dialog.interval_spin.setFocus()
    qtbot.keyClick(dialog.interval_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.interval_spin, "30")
    # On the box itself (the check box row is wider than its text).
    box = dialog.on_start_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not dialog.on_start_check.isChecked()
    dialog.grab().save("/tmp/prefs.png")

    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=3000)
    assert not dialog.isVisible()
    assert setup.settings() == SyncSettings(
        base_url=server, org_id="acme", interval_minutes=30, sync_on_start=False
    )
    assert keys.passwords == {("Kontor", f"acme@{server}"): TOKEN}

    # Opened again: what was saved, and the token kept in the keychain (never shown).
    again = _open(qtbot, setup, runner)
    assert again.url_edit.text() == server
    assert again.org_edit.text() == "acme"
    assert again.interval_spin.value() == 30
    assert not again.on_start_check.isChecked()
    assert again.token_edit.text() == ""
    _wait_token_state(qtbot, again, "Stored in the system keychain")
    assert again.forget_button.isEnabled()

    # An empty token field keeps the stored token, and the test uses it.
    _click(qtbot, again.test_button)
    qtbot.waitUntil(lambda: again.test_button.isEnabled(), timeout=5000)
    assert again.test_result.text().startswith("Connected to")


def test_bad_settings_keep_the_dialog_open_and_save_nothing(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring, runner: TaskRunner
) -> None:
    setup = _setup(tmp_db, keys)
    dialog = _open(qtbot, setup, runner)
    _type(qtbot, dialog.url_edit, "http://contacts.example.test/v1")
    _type(qtbot, dialog.org_edit, "acme/eu")
    _type(qtbot, dialog.token_edit, "a token")
    _click(qtbot, dialog.ok_button)

    assert dialog.isVisible()
    assert dialog.problems_label.isVisible()
    shown = dialog.problems_label.text().splitlines()
    assert shown == [
        "Plain http:// is allowed only for a server on this computer (localhost, 127.0.0.1 "
        "or ::1). Use https://contacts.example.test instead.",
        "The organization id must not contain “/”.",
        "The API token must not contain spaces, line breaks or control characters.",
    ]
    assert ERROR_COLOR in dialog.url_edit.styleSheet()
    assert ERROR_COLOR in dialog.org_edit.styleSheet()
    assert dialog.url_edit.hasFocus()  # the first field to fix
    _assert_nothing_clipped(dialog)
    dialog.grab().save("/tmp/prefs-problems.png")
    assert setup.settings() == SyncSettings()
    assert keys.passwords == {}

    # Fixing the address clears the marks; the dialog then saves.
    _type(qtbot, dialog.url_edit, "https://contacts.example.test/v1")
    assert not dialog.problems_label.isVisible()
    assert dialog.url_edit.styleSheet() == ""
    _type(qtbot, dialog.org_edit, "acme")
    _type(qtbot, dialog.token_edit, "a-token")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=3000)
    assert setup.settings().org_id == "acme"


def test_a_missing_keychain_is_explained_and_nothing_is_saved(
    qtbot: QtBot, tmp_db: Database, runner: TaskRunner
) -> None:
    setup = _setup(tmp_db, NoKeyring())
    dialog = _open(qtbot, setup, runner)
    expected = "No keychain is available on this computer; set KONTOR_API_TOKEN instead."
    _wait_token_state(qtbot, dialog, expected)
    assert ERROR_COLOR in dialog.token_state.styleSheet()

    _type(qtbot, dialog.url_edit, "https://contacts.example.test/v1")
    _type(qtbot, dialog.org_edit, "acme")
    _type(qtbot, dialog.token_edit, TOKEN)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.problems_label.isVisible(), timeout=3000)
    assert dialog.problems_label.text() == f"Nothing was saved. {expected}"
    assert TOKEN not in dialog.problems_label.text()
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()
    assert setup.settings() == SyncSettings()


def test_forget_token_removes_it_from_the_keychain(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring, runner: TaskRunner
) -> None:
    setup = _setup(tmp_db, keys)
    settings = SyncSettings(base_url="https://contacts.example.test/v1", org_id="acme")
    assert setup.apply(settings, TOKEN) == []
    dialog = _open(qtbot, setup, runner)
    _wait_token_state(qtbot, dialog, "Stored in the system keychain")

    _click(qtbot, dialog.forget_button)
    _wait_token_state(qtbot, dialog, "No token stored")
    assert keys.passwords == {}
    assert not dialog.forget_button.isEnabled()

    # Another organization has its own token: the label follows what is typed.
    setup.set_token(SyncSettings(base_url=settings.base_url, org_id="globex"), "other-token")
    _type(qtbot, dialog.org_edit, "globex")
    _wait_token_state(qtbot, dialog, "Stored in the system keychain")


def test_a_token_from_the_environment_is_named(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring, runner: TaskRunner
) -> None:
    setup = _setup(tmp_db, keys, {"KONTOR_API_TOKEN": "ci-token"})
    dialog = _open(qtbot, setup, runner)
    _wait_token_state(qtbot, dialog, "Taken from KONTOR_API_TOKEN")
    assert not dialog.forget_button.isEnabled()


def test_keyboard_enter_is_ok_and_escape_is_cancel(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring, runner: TaskRunner
) -> None:
    setup = _setup(tmp_db, keys)
    dialog = _open(qtbot, setup, runner)
    assert dialog.url_edit.hasFocus()

    # Tab walks the form in reading order.
    seen = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        dialog.url_edit,
        dialog.org_edit,
        dialog.token_edit,
        dialog.test_button,  # "Forget token" is disabled without a stored token
        dialog.interval_spin,
    ]

    # Every label names its field and has a mnemonic that jumps there.
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
    assert dialog.org_edit.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    assert dialog.url_edit.hasFocus()

    # Esc cancels: nothing stored.
    qtbot.keyClicks(dialog.url_edit, "https://contacts.example.test")
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert setup.settings() == SyncSettings()

    # Enter in a field is OK.
    again = _open(qtbot, setup, runner)
    _type(qtbot, again.url_edit, "https://contacts.example.test")
    _type(qtbot, again.org_edit, "acme")
    qtbot.keyClick(again.org_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.result() == QDialog.DialogCode.Accepted, timeout=3000)
    assert setup.settings().base_url == "https://contacts.example.test"


def test_saving_runs_off_the_gui_thread_and_cannot_be_cancelled_halfway(
    qtbot: QtBot, tmp_db: Database, runner: TaskRunner
) -> None:
    keys = SlowKeyring()
    setup = _setup(tmp_db, keys)
    dialog = _open(qtbot, setup, runner)
    _type(qtbot, dialog.url_edit, "https://contacts.example.test")
    _type(qtbot, dialog.org_edit, "acme")
    _type(qtbot, dialog.token_edit, TOKEN)
    qtbot.keyClick(dialog.token_edit, Qt.Key.Key_Return)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog.token_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=3000)
    assert setup.settings().org_id == "acme"
    assert keys.passwords == {("Kontor", "acme@https://contacts.example.test"): TOKEN}


def test_manual_only_is_shown_for_zero_minutes(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring
) -> None:
    setup = _setup(tmp_db, keys)
    setup.save(SyncSettings(base_url="https://x.test", org_id="acme", interval_minutes=0))
    dialog = _open(qtbot, setup, None)  # without a runner everything runs here and now
    assert dialog.interval_spin.value() == 0
    assert dialog.interval_spin.text() == "Manual only"
    assert dialog.token_state.text() == "No token stored"
    qtbot.keyClick(dialog.interval_spin, Qt.Key.Key_Up)
    assert dialog.interval_spin.text() == "1 min"


def test_long_messages_are_not_cut_off(
    qtbot: QtBot, tmp_db: Database, keys: MemoryKeyring, runner: TaskRunner
) -> None:
    setup = _setup(tmp_db, keys)
    dialog = _open(qtbot, setup, runner)
    dialog.adjustSize()
    _assert_nothing_clipped(dialog)
    # https against a closed port: a long answer, wrapped over several lines.
    _type(qtbot, dialog.url_edit, "https://127.0.0.1:9/a/rather/long/path/to/the/contacts/api/v1")
    _type(qtbot, dialog.org_edit, "an-organization-with-a-long-name")
    _type(qtbot, dialog.token_edit, TOKEN)
    _click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert dialog.test_result.text().startswith("Cannot reach 127.0.0.1:9")
    assert dialog.test_button.hasFocus()  # back where the user left it
    _assert_nothing_clipped(dialog)
    dialog.grab().save("/tmp/prefs-long.png")
