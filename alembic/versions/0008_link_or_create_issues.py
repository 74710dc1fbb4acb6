"""sync_issues: a remote record waiting for the user to link it or make it a new contact

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 00:10:00

The first pull of a new account into a book that already has contacts matches the remote
records to the contacts there; a match that is not certain waits as a ``link_or_create``
issue (the remote document and the candidates with their scores and reasons) until the user
links it to one of them or makes it a new contact.  SQLite cannot widen a CHECK constraint
in place, so the table is rebuilt with its rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    "id, account_id, local_id, aggregate, kind, issue, title, detail, theirs, theirs_etag, seq, at"
)
_OLD = "issue IN ('conflict', 'rejected', 'remote_deleted', 'local_deleted')"
_NEW = "issue IN ('conflict', 'rejected', 'remote_deleted', 'local_deleted', 'link_or_create')"


def _rebuild(check: str) -> None:
    op.create_table(
        "_new_sync_issues",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("account_id", sa.Integer, nullable=False),
        sa.Column("local_id", sa.String(36), nullable=False),
        sa.Column("aggregate", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("issue", sa.String(24), nullable=False),
        sa.Column("title", sa.String(512), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("theirs", sa.JSON, nullable=True),
        sa.Column("theirs_etag", sa.String(256), nullable=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.CheckConstraint(check, name="issue"),
        sa.UniqueConstraint("account_id", "local_id", name="uq_sync_issues_account_record"),
    )
    op.execute(f"INSERT INTO _new_sync_issues ({_COLUMNS}) SELECT {_COLUMNS} FROM sync_issues")
    op.drop_table("sync_issues")
    op.rename_table("_new_sync_issues", "sync_issues")


def upgrade() -> None:
    _rebuild(_NEW)


def downgrade() -> None:
    # The waiting matches go: the next first pull of their account finds them again.
    op.execute("DELETE FROM sync_issues WHERE issue = 'link_or_create'")
    _rebuild(_OLD)
