"""The sync settings in the local database: table ``sync_settings``, one row per setting.

One row per key lets a newer Kontor add settings without a migration, and lets an older one
keep the rows it does not know: :meth:`SyncSettingsRepository.save` writes only its own keys
and leaves every other row alone.  The API token is never stored here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from app.store.accounts import AccountRepository, mirror_settings_to_account
from app.store.schema import sync_settings
from app.sync.settings import SyncSettings


class SyncSettingsRepository:
    """Reads and writes :class:`SyncSettings` on ``connection`` (the caller's transaction)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def load(self) -> SyncSettings:
        """The stored settings; defaults for anything never saved."""
        rows = self._connection.execute(select(sync_settings.c.key, sync_settings.c.value))
        stored: dict[str, Any] = {row.key: row.value for row in rows}
        return SyncSettings.from_json(stored)

    def save(self, settings: SyncSettings) -> None:
        """Store every setting of ``settings``, replacing the values stored before."""
        values = [{"key": key, "value": value} for key, value in settings.to_json().items()]
        statement = insert(sync_settings)
        statement = statement.on_conflict_do_update(
            index_elements=[sync_settings.c.key],
            set_={"value": statement.excluded.value},
        )
        self._connection.execute(statement, values)
        # The enfore account says the same (see app.store.accounts).
        accounts = AccountRepository(self._connection)
        mirror_settings_to_account(self._connection, accounts.enfore().with_sync_settings(settings))


__all__ = ["SyncSettingsRepository"]
