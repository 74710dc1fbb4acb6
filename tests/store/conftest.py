from __future__ import annotations

from pathlib import Path

import pytest

from app.store.database import Database
from app.store.migrations import open_database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "kontor.sqlite")
    yield database
    database.close()
