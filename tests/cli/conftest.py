"""Fixtures the command-line tests share."""

from __future__ import annotations

import pytest

from tests.cli.test_accounts_command import MemoryKeyring


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.setattr("app.sync.credentials._default_backend", lambda: backend)
    monkeypatch.delenv("KONTOR_API_TOKEN", raising=False)
    return backend
