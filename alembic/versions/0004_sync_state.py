"""sync: outbox, base snapshots, issues, runs and settings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 16:40:00

* ``change_journal.origin``: ``user`` for edits made here, ``sync`` for the server's state
  applied by sync (those are history, not outbox).
* ``sync_outbox``: one row per contact, placeholder customer or customer list with edits
  not yet pushed, kept in step with the
  journal by the trigger ``change_journal_outbox`` (same transaction as the edit).  Existing
  contacts have never been pushed, so each gets a row.
* ``sync_records`` (remote id, base document, hash, ETag, id map), ``sync_issues``
  (conflicts and rejected changes), ``sync_runs`` and ``sync_settings``.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGGER = """
CREATE TRIGGER change_journal_outbox AFTER INSERT ON change_journal
WHEN NEW.origin = 'user'
    AND NEW.aggregate IN ('contact', 'placeholder_customer', 'customer_list')
BEGIN
    INSERT INTO sync_outbox (local_id, aggregate, first_seq, last_seq)
    VALUES (NEW.aggregate_id, NEW.aggregate, NEW.seq, NEW.seq)
    ON CONFLICT (local_id) DO UPDATE SET last_seq = excluded.last_seq;
END
"""


def upgrade() -> None:
    op.add_column(
        "change_journal",
        sa.Column("origin", sa.String(8), nullable=False, server_default="user"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("local_id", sa.String(36), primary_key=True),
        sa.Column("aggregate", sa.String(32), nullable=False),
        sa.Column("first_seq", sa.Integer, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_sync_outbox_first_seq", "sync_outbox", ["first_seq"])
    op.create_table(
        "sync_records",
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
    op.create_index("ix_sync_records_remote_id", "sync_records", ["kind", "remote_id"], unique=True)
    op.create_table(
        "sync_issues",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("local_id", sa.String(36), nullable=False, unique=True),
        sa.Column("aggregate", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("issue", sa.String(24), nullable=False),
        sa.Column("title", sa.String(512), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("theirs", sa.JSON, nullable=True),
        sa.Column("theirs_etag", sa.String(256), nullable=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "issue IN ('conflict', 'rejected', 'remote_deleted', 'local_deleted')", name="issue"
        ),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32), nullable=True),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
    )
    op.create_table(
        "sync_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
    )
    op.execute(_TRIGGER)
    # Nothing has been pushed yet: every contact with journal entries waits in the outbox.
    op.execute(
        "INSERT INTO sync_outbox (local_id, aggregate, first_seq, last_seq) "
        "SELECT aggregate_id, aggregate, MIN(seq), MAX(seq) FROM change_journal "
        "WHERE aggregate IN ('contact', 'placeholder_customer', 'customer_list') "
        "GROUP BY aggregate_id"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS change_journal_outbox")
    for table in ("sync_settings", "sync_runs", "sync_issues", "sync_records", "sync_outbox"):
        op.drop_table(table)
    with op.batch_alter_table("change_journal") as batch:
        batch.drop_column("origin")
