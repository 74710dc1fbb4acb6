"""Fixtures shared by every test: a fresh database and settings kept out of the user's home."""

from __future__ import annotations

import os

# Before anything imports Qt: tests run without a display, on every machine the same way.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store.database import Database
from app.store.migrations import open_database


@pytest.fixture
def tmp_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database file in the test's temporary folder."""
    db = open_database(tmp_path / "k.sqlite")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(autouse=True)
def isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point QSettings (and anything else reading the config home) at a temporary folder.

    Qt fixes its settings paths when QSettings is first used, so changing the environment is
    not enough once Qt is loaded: ``QSettings.setPath`` redirects every format and scope too.
    Tests that never load Qt only get the environment change. The folder is not ``tmp_path``,
    so a test's own temporary folder stays empty.
    """
    home = tmp_path_factory.mktemp("home")
    config = home / ".config"
    config.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
            QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(home / "system-config"))
    return config
