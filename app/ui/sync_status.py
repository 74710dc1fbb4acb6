"""The sync part of the status bar: connection, changes to send, last sync, issues, progress.

A view only: it paints a :class:`~app.ui.sync_controller.SyncState` and the progress of the
running sync, and reports clicks (``pending_clicked``, ``issues_clicked``,
``connection_clicked``, ``cancel_clicked``); :mod:`app.ui.sync_wiring` connects it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QWidget,
)

from app.ui.pages.common import time_text
from app.ui.sync_controller import (
    CREDENTIALS,
    DISABLED,
    ERROR,
    NOT_SET_UP,
    OFFLINE,
    ONLINE,
    WAITING,
    AccountState,
    SyncState,
)

ONLINE_COLOR: Final = "#2e7d32"
OFFLINE_COLOR: Final = "#757575"
WARNING_COLOR: Final = "#b26a00"
MESSAGE_MS: Final = 10_000
MESSAGE_WIDTH: Final = 420


def _flat(name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


class SyncStatusWidget(QWidget):
    """Online / Offline / Not set up · N changes to send · Last sync 14:05 · N sync issues,
    while a sync runs a progress bar with Cancel, and for a while what the last run did.

    (Not ``QStatusBar.showMessage``: a temporary message there hides the page's own status
    text, and a second message brings it back on top of the first.)
    """

    pending_clicked = Signal()
    issues_clicked = Signal()
    connection_clicked = Signal()
    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setContentsMargins(4, 0, 8, 0)
        self._message = ""
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.clear_message)
        self.connection = _flat("syncConnection")
        self.pending = _flat("syncPending")
        self.pending.setToolTip(self.tr("Show the changes the next sync sends"))
        self.last_sync = QLabel()
        self.last_sync.setObjectName("syncLast")
        self.last_sync.setContentsMargins(4, 0, 4, 0)
        self.issues = _flat("syncIssues")
        self.issues.setToolTip(self.tr("Show the sync issues"))
        self.issues.setStyleSheet(f"QToolButton {{ color: {WARNING_COLOR}; font-weight: bold; }}")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setMinimumWidth(140)
        self.progress.setTextVisible(True)
        self.cancel = QToolButton()
        self.cancel.setObjectName("syncCancel")
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop the sync; what was done so far is kept"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (
            self.message,
            self.progress,
            self.cancel,
            self.connection,
            self.pending,
            self.last_sync,
            self.issues,
        ):
            layout.addWidget(widget)
        self.progress.setVisible(False)
        self.cancel.setVisible(False)
        self.message.setVisible(False)

        self.pending.clicked.connect(self.pending_clicked)
        self.issues.clicked.connect(self.issues_clicked)
        self.connection.clicked.connect(self.connection_clicked)
        self.cancel.clicked.connect(self.cancel_clicked)
        self.show_state(SyncState())

    # --- painting ------------------------------------------------------------------------------

    def show_state(self, state: SyncState) -> None:
        if len(state.accounts) > 1:
            self._show_accounts(
                state.accounts, state.opens_accounts, state.fix_account, state.review_account
            )
        else:
            text, color, tip = self._connection_texts(state)
            self.connection.setText(f"● {text}" if color else text)
            self.connection.setStyleSheet(f"QToolButton {{ color: {color}; }}" if color else "")
            self.connection.setToolTip(tip)
        self.pending.setText(self.tr("%Ln changes to send", "", state.pending))
        if state.last_sync is None:
            self.last_sync.setText(self.tr("Never synced"))
        else:
            self.last_sync.setText(
                self.tr("Last sync {time}").format(time=time_text(state.last_sync, relative=True))
            )
        self.last_sync.setToolTip(state.last_summary)
        self.issues.setText(self.tr("%Ln sync issues", "", state.issues))
        self.issues.setVisible(state.issues > 0)
        self.set_running(state.running)

    def _show_accounts(
        self,
        accounts: tuple[AccountState, ...],
        opens_accounts: bool,
        fix: int | None = None,
        review: int | None = None,
    ) -> None:
        """One part per account — "enfore: Online · 3 to send; Kanbert: Offline" — coloured
        after the worst of them, with a line per account in the tooltip."""
        parts: list[str] = []
        tips: list[str] = []
        colors: list[str] = []
        for account in accounts:
            text, color, tip = self._connection_texts(
                SyncState(connection=account.connection, detail=account.detail), click=False
            )
            part = f"{account.name}: {text}"
            if account.pending:
                part += " · " + self.tr("%Ln to send", "", account.pending)
            parts.append(part)
            if account.issues:  # the issues button counts them all; the tooltip per account
                part += " · " + self.tr("%Ln sync issues", "", account.issues)
            last = (
                self.tr("last sync {time}").format(time=time_text(account.last_sync, relative=True))
                if account.last_sync is not None
                else self.tr("never synced")
            )
            tips.append(f"{part} — {last}" + (f"\n    {tip}" if tip else ""))
            colors.append(color)
        color = next((c for c in (WARNING_COLOR, OFFLINE_COLOR, ONLINE_COLOR) if c in colors), "")
        self.connection.setText(("● " if color else "") + "; ".join(parts))
        self.connection.setStyleSheet(f"QToolButton {{ color: {color}; }}" if color else "")
        fixed = next((a.name for a in accounts if a.account_id == fix), None)
        reviewed = next((a.name for a in accounts if a.account_id == review), None)
        tips.append(self._click_text(opens_accounts, fixed, reviewed))
        self.connection.setToolTip("\n".join(tips))

    def _click_text(
        self, opens_accounts: bool, fix: str | None = None, review: str | None = None
    ) -> str:
        """What a click on the connection opens (``fix``: the account whose refused token it
        lets the user change; ``review``: the account whose held deletions it asks about)."""
        if review is not None and fix is None:
            return self.tr("Click to review what “{name}” holds back.").format(name=review)
        if fix is not None:
            return self.tr("Click to open Accounts and enter a valid token for “{name}”.").format(
                name=fix
            )
        if opens_accounts:
            return self.tr("Click to open Accounts.")
        return self.tr("Click to open Preferences.")

    def _connection_texts(self, state: SyncState, *, click: bool = True) -> tuple[str, str, str]:
        """The connection's text, colour and tooltip (``click``: saying what a click on it
        opens, where it is the trouble's remedy)."""
        if state.connection == ONLINE:
            return self.tr("Online"), ONLINE_COLOR, self.tr("The last sync reached the server")
        if state.connection == OFFLINE:
            tip = state.detail or self.tr("The server could not be reached")
            return self.tr("Offline"), OFFLINE_COLOR, tip
        if state.connection == NOT_SET_UP:
            if not click:
                tip = state.detail
            elif state.opens_accounts:
                tip = self.tr("{why} Click to open Accounts.").format(why=state.detail).strip()
            else:
                tip = self.tr("{why} Click to open Preferences.").format(why=state.detail).strip()
            return self.tr("Not set up"), WARNING_COLOR, tip
        if state.connection == CREDENTIALS:
            if not click:
                tip = self.tr("The server refused the API token.")
            elif state.opens_accounts:
                tip = self.tr("The server refused the API token. Click to open Accounts.")
            else:
                tip = self.tr("The server refused the API token. Click to open Preferences.")
            return self.tr("Token refused"), WARNING_COLOR, tip
        if state.connection == WAITING:
            tip = self.tr(
                "Contacts deleted on the server, more than the safety limit allows at once, are "
                "still here: nothing is deleted before you say yes."
            )
            if click:
                tip += " " + self.tr("Click to review them.")
            return self.tr("Deletions wait"), WARNING_COLOR, tip
        if state.connection == ERROR:
            return self.tr("Sync failed"), WARNING_COLOR, state.detail
        if state.connection == DISABLED:
            return self.tr("Off"), OFFLINE_COLOR, self.tr("Not synced (off)")
        return self.tr("Not synced yet"), "", self.tr("Sync now with F5")

    def show_message(self, text: str, msecs: int = MESSAGE_MS) -> None:
        """Say ``text`` for ``msecs`` (shortened to fit; the tooltip has all of it)."""
        self._message = text
        metrics = self.message.fontMetrics()
        self.message.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, MESSAGE_WIDTH))
        self.message.setToolTip(text)
        self.message.setVisible(bool(text))
        if text:
            self._message_timer.start(msecs)

    def message_text(self) -> str:
        """The whole message shown now ("" when none)."""
        return self._message

    def clear_message(self) -> None:
        self._message_timer.stop()
        self._message = ""
        self.message.clear()
        self.message.setToolTip("")
        self.message.setVisible(False)

    def set_running(self, running: bool) -> None:
        if running and not self.progress.isVisible():
            self.progress.setRange(0, 0)  # busy until the first report
            self.progress.setFormat(self.tr("Syncing…"))
            self.cancel.setEnabled(True)
        self.progress.setVisible(running)
        self.cancel.setVisible(running)

    def show_progress(self, phase: str, done: int, total: int, _message: str = "") -> None:
        what = {
            "push": self.tr("Sending"),
            "pull": self.tr("Receiving"),
            "deletions": self.tr("Checking deletions"),
        }.get(phase, self.tr("Syncing"))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(f"{what} %v/%m")
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{what}…")

    def show_cancelling(self) -> None:
        self.cancel.setEnabled(False)
        self.progress.setFormat(self.tr("Cancelling…"))


__all__ = ["SyncStatusWidget"]
