"""Where Kontor keeps its files: one module, with overrides for tests and portable use.

``KONTOR_DATA_DIR`` moves the whole data folder; ``KONTOR_DB`` (or ``--db``) names the database
file.  The demo database always lives beside the user's database, never in place of it.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Kontor"
DB_FILENAME = "kontor.sqlite"
DEMO_DB_FILENAME = "kontor-demo.sqlite"


def data_dir() -> Path:
    override = os.environ.get("KONTOR_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    override = os.environ.get("KONTOR_DB")
    return Path(override) if override else data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def repo_root() -> Path:
    """The folder that holds ``alembic/`` and ``resources/`` (the checkout or the bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent
