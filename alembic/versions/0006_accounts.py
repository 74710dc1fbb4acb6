"""accounts: any number of remote systems, sync state per account

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 11:00:00

* ``accounts``: one row per remote system the book is linked to (type, unique name, base URL,
  tenant, user, interval, enabled, settings JSON).  Account 1 is the book's enfore account:
  it is made from the sync settings of before (set up or not), so that a database that
  synced with one server keeps doing so, and one that never did still sends everything on
  its first sync.
* ``sync_outbox``, ``sync_records``, ``sync_issues`` and ``sync_runs`` gain ``account_id``
  (every existing row belongs to account 1): the outbox position, the links and bases, the
  issues and the runs are per account.  The outbox trigger queues an edit for every account.
* ``sync_settings`` keeps its rows (the enfore account's settings are mirrored there).
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AGGREGATES = "('contact', 'placeholder_customer', 'customer_list')"

_OLD_TRIGGER = f"""
CREATE TRIGGER change_journal_outbox AFTER INSERT ON change_journal
WHEN NEW.origin = 'user'
    AND NEW.aggregate IN {_AGGREGATES}
BEGIN
    INSERT INTO sync_outbox (local_id, aggregate, first_seq, last_seq)
    VALUES (NEW.aggregate_id, NEW.aggregate, NEW.seq, NEW.seq)
    ON CONFLICT (local_id) DO UPDATE SET last_seq = excluded.last_seq;
END
"""

_TRIGGER = f"""
CREATE TRIGGER change_journal_outbox AFTER INSERT ON change_journal
WHEN NEW.origin = 'user'
    AND NEW.aggregate IN {_AGGREGATES}
BEGIN
    INSERT INTO sync_outbox (account_id, local_id, aggregate, first_seq, last_seq)
    SELECT id, NEW.aggregate_id, NEW.aggregate, NEW.seq, NEW.seq FROM accounts WHERE 1
    ON CONFLICT (account_id, local_id) DO UPDATE SET last_seq = excluded.last_seq;
END
"""

_RECORD_COLUMNS = (
    "local_id, aggregate, kind, remote_id, base, base_hash, etag, base_ids, remote_gone, synced_at"
)
_ISSUE_COLUMNS = "id, local_id, aggregate, kind, issue, title, detail, theirs, theirs_etag, seq, at"
_ISSUE_CHECK = "issue IN ('conflict', 'rejected', 'remote_deleted', 'local_deleted')"


def _outbox(name: str, *, per_account: bool) -> None:
    columns: list[sa.Column[object]] = []
    if per_account:
        columns.append(sa.Column("account_id", sa.Integer, primary_key=True))
    op.create_table(
        name,
        *columns,
        sa.Column("local_id", sa.String(36), primary_key=True),
        sa.Column("aggregate", sa.String(32), nullable=False),
        sa.Column("first_seq", sa.Integer, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )


def _records(name: str, *, per_account: bool) -> None:
    columns: list[sa.Column[object]] = []
    if per_account:
        columns.append(sa.Column("account_id", sa.Integer, primary_key=True))
    op.create_table(
        name,
        *columns,
        sa.Column("local_id", sa.String(36), primary_key=True),
        sa.Column("aggregate", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("remote_id", sa.String(256), nullable=True),
        sa.Column("base", sa.JSON, nullable=True),
        sa.Column("base_hash", sa.String(64), nullable=True),
        sa.Column("etag", sa.String(256), nullable=True),
        sa.Column("base_ids", sa.JSON, nullable=False),
        sa.Column("remote_gone", sa.Boolean, nullable=False),
        sa.Column("synced_at", sa.String(32), nullable=True),
    )


def _issues(name: str, *, per_account: bool) -> None:
    columns: list[sa.Column[object]] = []
    constraints: list[sa.Constraint] = [sa.CheckConstraint(_ISSUE_CHECK, name="issue")]
    if per_account:
        columns.append(sa.Column("account_id", sa.Integer, nullable=False))
        columns.append(sa.Column("local_id", sa.String(36), nullable=False))
        constraints.append(
            sa.UniqueConstraint("account_id", "local_id", name="uq_sync_issues_account_record")
        )
    else:
        columns.append(sa.Column("local_id", sa.String(36), nullable=False, unique=True))
    op.create_table(
        name,
        sa.Column("id", sa.String(36), primary_key=True),
        *columns,
        sa.Column("aggregate", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("issue", sa.String(24), nullable=False),
        sa.Column("title", sa.String(512), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("theirs", sa.JSON, nullable=True),
        sa.Column("theirs_etag", sa.String(256), nullable=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        *constraints,
    )


def _replace(table: str, make: object, columns: str, *, per_account: bool) -> None:
    """Rebuild ``table`` in its new shape and copy its rows (SQLite cannot change a primary
    key or a unique constraint in place: this is what a batch operation does)."""
    new = f"_new_{table}"
    make(new, per_account=per_account)  # type: ignore[operator]
    if per_account:
        op.execute(f"INSERT INTO {new} (account_id, {columns}) SELECT 1, {columns} FROM {table}")
    else:
        op.execute(
            f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {table} WHERE account_id = 1"
        )
    op.drop_table(table)
    op.rename_table(new, table)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("base_url", sa.String(2048), nullable=False),
        sa.Column("tenant", sa.String(256), nullable=False),
        sa.Column("user_name", sa.String(256), nullable=False),
        sa.Column("interval_minutes", sa.Integer, nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("settings", sa.JSON, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    # The enfore account, from the settings of before (defaults when sync was never set up).
    op.execute(
        """
        INSERT INTO accounts (id, type, name, base_url, tenant, user_name, interval_minutes,
                              enabled, settings, created_at)
        SELECT 1, 'enfore', 'enfore',
            COALESCE((SELECT json_extract(value, '$') FROM sync_settings
                      WHERE key = 'base_url' AND json_type(value) = 'text'), ''),
            COALESCE((SELECT json_extract(value, '$') FROM sync_settings
                      WHERE key = 'org_id' AND json_type(value) = 'text'), ''),
            '',
            COALESCE((SELECT json_extract(value, '$') FROM sync_settings
                      WHERE key = 'interval_minutes' AND json_type(value) = 'integer'), 15),
            1,
            json_object(
                'sync_on_start', json(COALESCE((SELECT value FROM sync_settings
                    WHERE key = 'sync_on_start' AND json_type(value) IN ('true', 'false')),
                    'true')),
                'route_overrides', json(COALESCE((SELECT value FROM sync_settings
                    WHERE key = 'route_overrides' AND json_type(value) = 'object'), '{}'))),
            strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
        """
    )
    op.execute("DROP TRIGGER IF EXISTS change_journal_outbox")
    op.drop_index("ix_sync_outbox_first_seq", table_name="sync_outbox")
    op.drop_index("ix_sync_records_remote_id", table_name="sync_records")
    _replace("sync_outbox", _outbox, "local_id, aggregate, first_seq, last_seq", per_account=True)
    _replace("sync_records", _records, _RECORD_COLUMNS, per_account=True)
    _replace("sync_issues", _issues, _ISSUE_COLUMNS, per_account=True)
    op.create_index("ix_sync_outbox_first_seq", "sync_outbox", ["account_id", "first_seq"])
    op.create_index(
        "ix_sync_records_remote_id",
        "sync_records",
        ["account_id", "kind", "remote_id"],
        unique=True,
    )
    with op.batch_alter_table("sync_runs") as batch:
        batch.add_column(
            sa.Column("account_id", sa.Integer, nullable=False, server_default=sa.text("1"))
        )
    op.execute(_TRIGGER)


def downgrade() -> None:
    # Back to one server: the enfore account's state is kept, the other accounts' goes.
    op.execute("DROP TRIGGER IF EXISTS change_journal_outbox")
    op.drop_index("ix_sync_outbox_first_seq", table_name="sync_outbox")
    op.drop_index("ix_sync_records_remote_id", table_name="sync_records")
    _replace("sync_outbox", _outbox, "local_id, aggregate, first_seq, last_seq", per_account=False)
    _replace("sync_records", _records, _RECORD_COLUMNS, per_account=False)
    _replace("sync_issues", _issues, _ISSUE_COLUMNS, per_account=False)
    op.create_index("ix_sync_outbox_first_seq", "sync_outbox", ["first_seq"])
    op.create_index("ix_sync_records_remote_id", "sync_records", ["kind", "remote_id"], unique=True)
    op.execute("DELETE FROM sync_runs WHERE account_id != 1")
    with op.batch_alter_table("sync_runs") as batch:
        batch.drop_column("account_id")
    op.drop_table("accounts")
    op.execute(_OLD_TRIGGER)
