"""Putting a good backup in place of a damaged database, for the window's start-up dialog."""

from __future__ import annotations

from app.store.migrations import (
    DamagedDatabaseError,
    DatabaseVersionError,
    backup_time,
    newest_good_backup,
    restore_backup,
)

__all__ = [
    "DamagedDatabaseError",
    "DatabaseVersionError",
    "backup_time",
    "newest_good_backup",
    "restore_backup",
]
