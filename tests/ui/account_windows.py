"""A book with an in-memory keychain and its main windows, for the tests of accounts in the
window (status bar, schedules, trouble)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.credentials import TokenStore
from app.ui.app import build_main_window
from app.ui.main_window import MainWindow
from app.ui.sync_status import SyncStatusWidget
from tests.ui.test_preferences import MemoryKeyring


@contextmanager
def keychain_book(path: Path) -> Iterator[Services]:
    """The book at ``path``; its tokens go to a keychain in memory."""
    made = Services.over(open_database(path), TokenStore(MemoryKeyring(), environ={}))
    try:
        yield made
    finally:
        made.close()


@contextmanager
def closing_windows() -> Iterator[list[MainWindow]]:
    """The windows a test opens, closed at its end before the book closes (that stops their
    sync workers and timers)."""
    windows: list[MainWindow] = []
    try:
        yield windows
    finally:
        for window in windows:
            window.close()


@contextmanager
def declining_windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    """``closing_windows``, where a question the window asks on closing is answered Discard."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    with closing_windows() as windows:
        yield windows


def closed_port() -> int:
    """A loopback port nothing listens on (a connection to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def open_window(qtbot: QtBot, services: Services, opened: list[MainWindow]) -> MainWindow:
    window = build_main_window(services, "test")
    qtbot.addWidget(window)
    opened.append(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def sync_status(window: MainWindow) -> SyncStatusWidget:
    found = window.findChild(SyncStatusWidget)
    assert isinstance(found, SyncStatusWidget)
    return found
