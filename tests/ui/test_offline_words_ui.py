"""The status bar says in words which server could not be reached when nothing listens at
an account's address ("Offline: cannot reach 127.0.0.1:PORT. Your changes stay queued."), for
the enfore account and for a Kanbert account beside it, after F5 as a person presses it —
never the name of an exception ("network error (ConnectError)")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.models import Email, IndividualContact
from app.services.registry import Services
from app.sync.accounts import Account
from app.ui.main_window import MainWindow
from tests.ui.account_windows import (
    closed_port,
    declining_windows,
    keychain_book,
    open_window,
    sync_status,
)

TECHNICAL = ("ConnectError", "network error")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with keychain_book(tmp_path / "book.sqlite") as made:
        yield made


@pytest.fixture
def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    with declining_windows(monkeypatch) as windows:
        yield windows


def test_f5_with_both_servers_unreachable_names_each_server_in_the_status_bar(
    qtbot: QtBot, services: Services, opened: list[MainWindow]
) -> None:
    enfore_port, kanbert_port = closed_port(), closed_port()
    for account, token in (
        (
            Account(
                type="enfore",
                name="Head office",
                base_url=f"http://127.0.0.1:{enfore_port}/v1",
                tenant="o1",
                interval_minutes=0,
                settings={"sync_on_start": False},
            ),
            "head-office-token",
        ),
        (
            Account(
                type="kanbert",
                name="Kanbert office",
                base_url=f"http://127.0.0.1:{kanbert_port}",
                interval_minutes=0,
            ),
            "kanbert-token",
        ),
    ):
        stored, problems = services.accounts.save(account, token)
        assert stored is not None, problems
    services.editing.save(
        IndividualContact(name="Ann Peeters", emails=[Email(address="ann@acme.be")])
    )
    window = open_window(qtbot, services, opened)
    status = sync_status(window)

    qtbot.keyClick(window, Qt.Key.Key_F5)

    enfore_words = f"Offline: cannot reach 127.0.0.1:{enfore_port}. Your changes stay queued."
    qtbot.waitUntil(lambda: status.message_text() == enfore_words, timeout=10000)
    kanbert_words = (
        f"Kanbert office: Offline: cannot reach 127.0.0.1:{kanbert_port}. Changes stay queued."
    )
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == kanbert_words, timeout=10000)
    qtbot.waitUntil(lambda: "Kanbert office: Offline" in status.connection.text())
    tip = status.connection.toolTip()
    assert f"Offline: cannot reach 127.0.0.1:{enfore_port}." in tip, tip
    assert f"Offline: cannot reach 127.0.0.1:{kanbert_port}." in tip, tip
    shown = status.message_text() + window.statusBar().currentMessage() + tip
    assert not any(word in shown for word in TECHNICAL), shown
