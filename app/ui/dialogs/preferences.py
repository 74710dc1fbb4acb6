"""The Preferences dialog: where Kontor syncs to, with which token, and how often; the
language Kontor speaks.

The dialog only lays out the form and asks :class:`~app.services.sync_setup.SyncSetup`; the
keychain and the network are reached on a worker (:class:`~app.ui.tasks.TaskRunner`), so a
slow keychain or server never freezes the window.  OK stores the settings and the token
together, or neither: any problem keeps the dialog open with the reason above the buttons.

The language is a setting of this computer's Kontor (Qt's settings, read before any window is
built), not of the address book: it is kept as soon as it is chosen, whatever becomes of the
sync settings (it needs no sync server), and applies when Kontor starts again; the dialog
says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.sync_setup import (
    ConnectionReport,
    CredentialsUnavailable,
    SyncSetup,
    TokenSource,
)
from app.sync.settings import MAX_INTERVAL_MINUTES, SyncSettings
from app.ui import i18n
from app.ui.editors.marking import ERROR_COLOR
from app.ui.tasks import TaskRunner
from app.ui.timing import pause_timer

OK_COLOR: Final = "#2e7d32"
# How long after the last keystroke in the address or organization the token is looked up.
TOKEN_LOOKUP_DELAY_MS: Final = 400
_MARKED: Final = f"QLineEdit {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}"


class PreferencesDialog(QDialog):
    """Sync settings and the API token; OK stores both (see :meth:`SyncSetup.apply`)."""

    def __init__(
        self,
        setup: SyncSetup,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._setup = setup
        self._runner = runner
        self._alive = True
        # Where the token of the typed server comes from; unknown until the keychain answered.
        self._source: TokenSource | None = None
        self._source_known = False
        self._refocus_test = False
        self._busy = False
        self._stored = setup.settings()
        self._build()
        self._show(self._stored)
        self._connect()
        self._show_language_note()
        self.refresh_token_state()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("serverAddress")
        self.url_edit.setPlaceholderText("https://contacts.example.com/v1")
        self.org_edit = QLineEdit()
        self.org_edit.setObjectName("organizationId")
        self.org_edit.setPlaceholderText(self.tr("e.g. acme"))
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("apiToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Leave empty to keep the stored token"))
        self.token_state = QLabel()
        self.token_state.setObjectName("tokenState")
        self.token_state.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("&Forget token"))
        self.forget_button.setObjectName("forgetToken")
        self.forget_button.setToolTip(
            self.tr("Remove the token of this server and organization from the system keychain")
        )
        self.test_button = QPushButton(self.tr("Test &connection"))
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel()
        self.test_result.setObjectName("connectionResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.setVisible(False)

        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("syncInterval")
        self.interval_spin.setRange(0, MAX_INTERVAL_MINUTES)
        self.interval_spin.setSuffix(self.tr(" min"))
        # Shown instead of "0 min".
        self.interval_spin.setSpecialValueText(self.tr("Manual only"))
        self.interval_spin.setAccelerated(True)
        self.interval_hint = QLabel(self.tr("0 = sync only when you ask for it"))
        self.interval_hint.setEnabled(False)
        self.on_start_check = QCheckBox(self.tr("Sync when Kontor &starts"))
        self.on_start_check.setObjectName("syncOnStart")

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language_combo.addItem(
            self.tr("System language ({language})").format(language=system), None
        )
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each language named in itself
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("settingsProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problems_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Enter anywhere in the form means OK; the other buttons need a click or their key.
        for button in (self.forget_button, self.test_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ok_button.setAutoDefault(True)
        self.ok_button.setDefault(True)

        server = QGroupBox(self.tr("Contacts API server"))
        form = QFormLayout(server)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("Server &address:"), self.url_edit)
        self._add_row(form, self.tr("&Organization id:"), self.org_edit)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.forget_button)
        token_label = QLabel(self.tr("API &token:"))
        token_label.setBuddy(self.token_edit)
        form.addRow(token_label, token_row)
        form.addRow("", self.token_state)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        form.addRow("", self.test_result)

        schedule = QGroupBox(self.tr("Schedule"))
        schedule_form = QFormLayout(schedule)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(self.interval_hint, 1)
        label = QLabel(self.tr("Sync &every:"))
        label.setBuddy(self.interval_spin)
        schedule_form.addRow(label, interval_row)
        schedule_form.addRow("", self.on_start_check)

        language = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language)
        self._add_row(language_form, self.tr("&Language:"), self.language_combo)
        language_form.addRow("", self.language_note)

        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(server)
        layout.addWidget(schedule)
        layout.addWidget(language)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        order = [
            self.url_edit,
            self.org_edit,
            self.token_edit,
            self.forget_button,
            self.test_button,
            self.interval_spin,
            self.on_start_check,
            self.language_combo,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(560)
        self.url_edit.setFocus()

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _show(self, settings: SyncSettings) -> None:
        self.url_edit.setText(settings.base_url)
        self.org_edit.setText(settings.org_id)
        self.interval_spin.setValue(max(0, min(settings.interval_minutes, MAX_INTERVAL_MINUTES)))
        self.on_start_check.setChecked(settings.sync_on_start)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(i18n.saved_language()))
        )

    def _connect(self) -> None:
        self._token_timer = pause_timer(self, TOKEN_LOOKUP_DELAY_MS, self.refresh_token_state)
        for edit in (self.url_edit, self.org_edit):
            edit.textChanged.connect(self._token_timer.start)
            edit.textChanged.connect(self._settings_edited)
        self.token_edit.textChanged.connect(self._settings_edited)
        self.token_edit.textChanged.connect(self._show_token_state)
        self.forget_button.clicked.connect(self.forget_token)
        self.test_button.clicked.connect(self.test_connection)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- what the form says -----------------------------------------------------------------

    def settings(self) -> SyncSettings:
        """The settings as the form shows them (route overrides kept from the stored ones)."""
        return replace(
            self._stored,
            base_url=self.url_edit.text(),
            org_id=self.org_edit.text(),
            interval_minutes=self.interval_spin.value(),
            sync_on_start=self.on_start_check.isChecked(),
        ).normalized()

    def _settings_edited(self) -> None:
        # An earlier test said nothing about what is typed now.
        self._set_result("", None)
        self._mark({})

    # --- the language -----------------------------------------------------------------------

    def chosen_language(self) -> str | None:
        """The language chosen in the form (None: the system's)."""
        data = self.language_combo.currentData()
        return str(data) if data else None

    def _language_chosen(self) -> None:
        i18n.save_language(self.chosen_language())
        self._show_language_note()

    def _show_language_note(self) -> None:
        """Say when the choice takes effect: after a restart, or never while KONTOR_LANG
        overrides it."""
        forced = i18n.language_code(os.environ.get(i18n.ENV_VAR))
        wanted = self.chosen_language() or i18n.system_language()
        if forced is not None and forced != wanted:
            text = self.tr(
                "KONTOR_LANG is set: Kontor speaks {language} as long as it is set."
            ).format(language=i18n.LANGUAGES[forced])
        elif wanted != i18n.current_language():
            text = self.tr(
                "Kontor speaks {language} after a restart: close Kontor and start it again."
            ).format(language=i18n.LANGUAGES[wanted])
        else:
            text = ""
        self.language_note.setText(text)
        self.language_note.setVisible(bool(text))
        self._grow_to_fit()

    # --- the token --------------------------------------------------------------------------

    def refresh_token_state(self) -> None:
        """Look up (on the worker) where the token of the typed server comes from."""
        self._token_timer.stop()
        settings = self.settings()
        self.forget_button.setEnabled(False)
        self._source_known = False
        self.token_state.setText(self.tr("Looking for a stored token…"))
        self.token_state.setStyleSheet("")
        self._run(
            lambda: self._setup.token_source(settings),
            self._token_state_found,
            self._token_state_failed,
            key="preferences.token-state",
        )

    def _token_state_found(self, source: TokenSource | None) -> None:
        self._source = source
        self._source_known = True
        self._show_token_state()
        self.token_state.setStyleSheet("")
        self.forget_button.setEnabled(source == "keychain")

    def _show_token_state(self) -> None:
        if not self._source_known:
            return  # still looking, or the keychain failed: that text stays
        if self._source == "keychain":
            text = self.tr("Stored in the system keychain")
        elif self._source == "environment":
            text = self.tr("Taken from KONTOR_API_TOKEN")
        else:
            text = self.tr("No token stored")
        if self.token_edit.text().strip():
            if self._source == "environment":
                note = self.tr("KONTOR_API_TOKEN is used as long as it is set.")
            else:
                note = self.tr("The typed token is saved when you press OK.")
            text = f"{text}. {note}"
        self.token_state.setText(text)
        self._grow_to_fit()

    def _token_state_failed(self, exc: BaseException) -> None:
        self._source_known = False
        self.token_state.setText(self._failure_text(exc))
        self._grow_to_fit()
        self.token_state.setStyleSheet(f"color: {ERROR_COLOR};")
        self.forget_button.setEnabled(False)

    def forget_token(self) -> None:
        """Remove the token of the typed server and organization from the keychain."""
        settings = self.settings()
        self.forget_button.setEnabled(False)
        self._run(
            lambda: self._setup.forget_token(settings),
            lambda _none: self.refresh_token_state(),
            self._token_state_failed,
            key="preferences.forget",
        )

    # --- the connection test ------------------------------------------------------------------

    def test_connection(self) -> None:
        """Try the typed settings (and the typed token, else the stored one) on the worker."""
        settings = self.settings()
        token = self.token_edit.text().strip() or None
        # A disabled button loses the focus; it gets it back with the answer.
        self._refocus_test = self.test_button.hasFocus()
        self.test_button.setEnabled(False)
        self._set_result(self.tr("Testing the connection…"), None)
        self._run(
            lambda: self._setup.test_connection(settings, token),
            self._tested,
            self._test_failed,
            key="preferences.test",
        )

    def _tested(self, report: ConnectionReport) -> None:
        self._test_over()
        self._set_result(report.message, report.ok)

    def _test_failed(self, exc: BaseException) -> None:
        self._test_over()
        self._set_result(self._failure_text(exc), False)

    def _test_over(self) -> None:
        self.test_button.setEnabled(True)
        if self._refocus_test:
            self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_result(self, text: str, ok: bool | None) -> None:
        self.test_result.setText(text)
        self.test_result.setVisible(bool(text))
        self._grow_to_fit()
        self.test_result.setProperty("ok", ok)
        color = "" if ok is None else OK_COLOR if ok else ERROR_COLOR
        self.test_result.setStyleSheet(f"color: {color};" if color else "")

    # --- OK ---------------------------------------------------------------------------------

    def accept(self) -> None:
        """Check the form; store settings and token on the worker, then close."""
        settings = self.settings()
        token = self.token_edit.text().strip()
        marks = settings.field_problems()
        token_problems = self._setup.token_problems(token) if token else []
        if token_problems:
            marks["token"] = token_problems
        if marks:
            self._mark(marks)
            return
        self._mark({})
        self._set_busy(True)
        self._run(
            lambda: self._setup.apply(settings, token or None),
            self._saved,
            self._save_failed,
            key="preferences.save",
        )

    def _saved(self, problems: list[str]) -> None:
        self._set_busy(False)
        if problems:
            self._show_problems(problems)
            return
        super().accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, CredentialsUnavailable):
            text = self.tr("Nothing was saved. {reason}").format(reason=exc.message)
        else:
            text = self.tr(
                "Nothing was saved: the settings could not be stored ({reason})."
            ).format(reason=type(exc).__name__)
        self._show_problems([text])

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        for field in (self.url_edit, self.org_edit, self.token_edit, self.interval_spin):
            field.setReadOnly(busy)

    def _mark(self, problems: dict[str, list[str]]) -> None:
        fields: dict[str, QLineEdit] = {
            "base_url": self.url_edit,
            "org_id": self.org_edit,
            "token": self.token_edit,
        }
        for name, field in fields.items():
            field.setStyleSheet(_MARKED if name in problems else "")
        self._show_problems([message for messages in problems.values() for message in messages])
        first = next((fields[name] for name in fields if name in problems), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make the dialog tall enough for the wrapped texts it shows now.

        Qt sizes a dialog once; a message that wraps onto more lines later would be cut."""
        layout = self._layout
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._grow_to_fit()

    # --- plumbing ---------------------------------------------------------------------------

    def reject(self) -> None:
        if self._busy:
            return  # the save under way finishes first (Esc included)
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        self._alive = True
        super().showEvent(event)

    def done(self, result: int) -> None:
        # Answers of tasks still running must not reach a closed dialog.
        self._alive = False
        super().done(result)

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        key: str,
    ) -> None:
        """``work`` on the runner (or here and now without one); answers only while open."""

        def done(result: Any) -> None:
            if self._alive:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if self._alive:
                on_failed(exc)

        if self._runner is not None:
            self._runner.run(work, done, failed, key=f"{key}.{id(self)}")
            return
        try:
            result = work()
        except Exception as exc:
            failed(exc)
        else:
            done(result)

    def _failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, CredentialsUnavailable):
            return exc.message
        return self.tr("Something went wrong ({reason}).").format(reason=type(exc).__name__)


__all__ = ["PreferencesDialog"]
