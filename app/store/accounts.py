"""The accounts in the local database: table ``accounts`` (revision 0006).

The enfore account (id 1) mirrors its settings into ``sync_settings``, the form older code
reads, and :class:`~app.store.sync_settings.SyncSettingsRepository` mirrors them back: both
always say the same.  Removing an account removes its links, bases, outbox position, issues
and runs — never a contact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, literal, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from app.i18n import translate
from app.store import schema as s
from app.store.sync_state import ENTITY_TABLES
from app.sync.accounts import ENFORE_ACCOUNT_ID, Account


@dataclass(frozen=True)
class AccountLink:
    """One account that holds a contact: its id there and when they were last in step."""

    account_id: int
    account: str
    type: str
    remote_id: str | None  # None: linked, not sent yet
    synced_at: datetime | None
    kind: str = ""  # the kind of the record there (``organization`` for a Kanbert company)
    #: Filled by the accounts service from the account type's connector: the record is only
    #: read from there, never written (an organization linked to a Kanbert company) ...
    read_only: bool = False
    #: ... and what that system cannot do with such a record, in the user's language.
    notes: tuple[str, ...] = ()


class AccountNameTaken(ValueError):  # noqa: N818
    """Another account has that name already; ``str()`` says so."""


def _account(row: Any) -> Account:
    settings = row.settings if isinstance(row.settings, dict) else {}
    return Account(
        id=int(row.id),
        type=str(row.type),
        name=str(row.name),
        base_url=str(row.base_url),
        tenant=str(row.tenant),
        user=str(row.user_name),
        interval_minutes=int(row.interval_minutes),
        enabled=bool(row.enabled),
        settings=settings,
    )


def _values(account: Account) -> dict[str, Any]:
    return {
        "type": account.type,
        "name": account.name,
        "base_url": account.base_url,
        "tenant": account.tenant,
        "user_name": account.user,
        "interval_minutes": account.interval_minutes,
        "enabled": account.enabled,
        "settings": dict(account.settings),
    }


class AccountRepository:
    """Reads and writes accounts on ``connection`` (the caller's transaction)."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection

    def all(self) -> list[Account]:
        """Every account, the enfore account first, then by name."""
        t = s.accounts
        rows = self._conn.execute(select(t).order_by(t.c.id != ENFORE_ACCOUNT_ID, t.c.name))
        return [_account(row) for row in rows]

    def get(self, account_id: int) -> Account | None:
        row = self._conn.execute(select(s.accounts).where(s.accounts.c.id == account_id)).first()
        return _account(row) if row is not None else None

    def by_name(self, name: str) -> Account | None:
        t = s.accounts
        wanted = " ".join(name.split()).casefold()
        row = self._conn.execute(select(t).where(func.casefold(t.c.name) == wanted)).first()
        return _account(row) if row is not None else None

    def enfore(self) -> Account:
        """The book's enfore account (made again with defaults if it is missing)."""
        found = self.get(ENFORE_ACCOUNT_ID)
        if found is not None:
            return found
        self._conn.execute(
            insert(s.accounts).values(
                id=ENFORE_ACCOUNT_ID,
                **_values(Account(type="enfore", name=self._free_name("enfore"))),
            )
        )
        made = self.get(ENFORE_ACCOUNT_ID)
        assert made is not None
        return made

    def placed(self, account: Account) -> Account:
        """A new ``account`` where it goes: a new enfore account takes the book's first
        enfore account (id 1) while that is not set up; any other is a further account."""
        if account.type != "enfore" or account.id is not None:
            return account
        first = self.enfore()
        if first.configured:
            return account
        settings = {**first.settings, **account.settings}
        return replace(account, id=ENFORE_ACCOUNT_ID, settings=settings)

    def _free_name(self, name: str) -> str:
        candidate, n = name, 1
        while self.by_name(candidate) is not None:
            n += 1
            candidate = f"{name} {n}"
        return candidate

    def save(self, account: Account) -> Account:
        """Store ``account`` (a new one when its ``id`` is ``None``); returns it with its id.

        Raises :class:`AccountNameTaken` when another account has the same name."""
        other = self.by_name(account.name)
        if other is not None and other.id != account.id:
            raise AccountNameTaken(
                translate("Store", "An account named “{name}” exists already.").format(
                    name=other.name
                )
            )
        t = s.accounts
        if account.id is None:
            result = self._conn.execute(insert(t).values(**_values(account)))
            key = result.inserted_primary_key
            assert key is not None
            account_id = int(key[0])
            if account.type == "enfore":
                # A further enfore organization starts, as the first did, from everything the
                # book holds (its first run sends what that server does not have yet).
                self._queue_everything(account_id)
        else:
            account_id = account.id
            self._conn.execute(update(t).where(t.c.id == account_id).values(**_values(account)))
        stored = self.get(account_id)
        assert stored is not None
        if account_id == ENFORE_ACCOUNT_ID:
            _mirror_to_settings(self._conn, stored)
        return stored

    def links_of(self, local_id: str) -> list[AccountLink]:
        """The accounts that hold the record ``local_id`` (the enfore account first)."""
        a, r = s.accounts, s.sync_records
        rows = self._conn.execute(
            select(a.c.id, a.c.name, a.c.type, r.c.remote_id, r.c.synced_at, r.c.kind)
            .select_from(r.join(a, a.c.id == r.c.account_id))
            .where(r.c.local_id == local_id, r.c.remote_gone.is_(False))
            .order_by(a.c.id != ENFORE_ACCOUNT_ID, a.c.name)
        )
        return [
            AccountLink(
                account_id=int(row.id),
                account=str(row.name),
                type=str(row.type),
                remote_id=str(row.remote_id) if row.remote_id is not None else None,
                synced_at=row.synced_at,
                kind=str(row.kind),
            )
            for row in rows
        ]

    def remove(self, account_id: int) -> None:
        """Unlink the book from an account: its links, bases, outbox position, issues and
        runs go; contacts stay.  The enfore account is set back to not set up (its row
        stays: the book's outbox for enfore starts again from everything there is)."""
        for table in (
            s.sync_records,
            s.sync_outbox,
            s.sync_issues,
            s.sync_runs,
            s.sync_entity_ids,
        ):
            self._conn.execute(delete(table).where(table.c.account_id == account_id))
        if account_id != ENFORE_ACCOUNT_ID:
            self._conn.execute(delete(s.accounts).where(s.accounts.c.id == account_id))
            return
        current = self.enfore()
        self.save(
            Account(
                id=ENFORE_ACCOUNT_ID,
                type="enfore",
                name=current.name,
                enabled=True,
                settings={},
            )
        )
        # The enfore ids on the data rows belong to the account that is gone.
        for table in ENTITY_TABLES.values():
            self._conn.execute(
                update(table).where(table.c.remote_id.is_not(None)).values(remote_id=None)
            )
        # Everything there is waits for the next enfore account, as in a new book.
        self._queue_everything(ENFORE_ACCOUNT_ID)

    def _queue_everything(self, account_id: int) -> None:
        """Put every record the journal knows into ``account_id``'s outbox."""
        j = s.change_journal
        self._conn.execute(
            insert(s.sync_outbox).from_select(
                ["account_id", "local_id", "aggregate", "first_seq", "last_seq"],
                select(
                    literal(account_id),
                    j.c.aggregate_id,
                    func.min(j.c.aggregate),
                    func.min(j.c.seq),
                    func.max(j.c.seq),
                )
                .where(j.c.aggregate.in_(("contact", "placeholder_customer", "customer_list")))
                .group_by(j.c.aggregate_id),
            )
        )


def _mirror_to_settings(conn: Connection, account: Account) -> None:
    values = [{"key": k, "value": v} for k, v in account.sync_settings().to_json().items()]
    statement = upsert(s.sync_settings)
    statement = statement.on_conflict_do_update(
        index_elements=[s.sync_settings.c.key], set_={"value": statement.excluded.value}
    )
    conn.execute(statement, values)


def mirror_settings_to_account(conn: Connection, account: Account) -> None:
    """Write the enfore account's columns without touching ``sync_settings`` (used by the
    sync settings repository, which writes those itself)."""
    t = s.accounts
    conn.execute(update(t).where(t.c.id == ENFORE_ACCOUNT_ID).values(**_values(account)))


__all__ = ["AccountLink", "AccountNameTaken", "AccountRepository", "mirror_settings_to_account"]
